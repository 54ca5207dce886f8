#include "ui/needs/SignificanceStyle.h"

#include <QCoreApplication>

namespace jointly::ui {

QString significanceWords(needs::Significance significance) {
    switch (significance) {
    case needs::Significance::Better:
        return QCoreApplication::translate("Significance", "Better");
    case needs::Significance::Similar:
        return QCoreApplication::translate("Significance", "Similar");
    case needs::Significance::Worse:
        return QCoreApplication::translate("Significance", "Worse");
    case needs::Significance::Higher:
        return QCoreApplication::translate("Significance", "Higher");
    case needs::Significance::Lower:
        return QCoreApplication::translate("Significance", "Lower");
    case needs::Significance::NotCompared:
        break;
    }
    return QCoreApplication::translate("Significance", "Not compared");
}

QString significanceSymbolic(needs::Significance significance) {
    QString symbol;
    switch (significance) {
    case needs::Significance::Better:
        symbol = QStringLiteral("\u25B2 "); // black up-pointing triangle
        break;
    case needs::Significance::Worse:
        symbol = QStringLiteral("\u25BC "); // black down-pointing triangle
        break;
    case needs::Significance::Similar:
        symbol = QStringLiteral("\u25CF "); // black circle
        break;
    case needs::Significance::Higher:
        symbol = QStringLiteral("\u25B3 "); // white up-pointing triangle
        break;
    case needs::Significance::Lower:
        symbol = QStringLiteral("\u25BD "); // white down-pointing triangle
        break;
    case needs::Significance::NotCompared:
        break;
    }
    return symbol + significanceWords(significance);
}

QColor significanceColour(needs::Significance significance) {
    switch (significance) {
    case needs::Significance::Better:
        return {0x92, 0xd0, 0x50};
    case needs::Significance::Similar:
        return {0xff, 0xd9, 0x66};
    case needs::Significance::Worse:
        return {0xff, 0x80, 0x80};
    case needs::Significance::Higher:
        return {0x8f, 0xaa, 0xf0};
    case needs::Significance::Lower:
        return {0xc9, 0xd8, 0xff};
    case needs::Significance::NotCompared:
        break;
    }
    return {0xbb, 0xbb, 0xbb};
}

} // namespace jointly::ui
