#pragma once

// Finds Alt+letter clashes and stray ampersands on what a window shows:
// every visible button, tab, check box, group box and label with a buddy
// that has a mnemonic ("&Add" is Alt+A), with the menu bar's titles. Two that
// share a letter on one screen clash (Alt+letter then cycles between them,
// or reaches the wrong one); a caption label with no buddy shows its "&"
// literally ("&File:").

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QWidget>

#include <map>

namespace jointly::test {

// The letter of a text's mnemonic ("&Add" gives 'a'); 0 if it has none. "&&"
// is a literal ampersand.
inline QChar mnemonicOf(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
    }
    return {};
}

struct MnemonicReport {
    std::map<QChar, QStringList> owners; // letter -> what has it
    QStringList clashes;
    QStringList literalAmpersands;
};

inline MnemonicReport checkMnemonics(QWidget& window) {
    MnemonicReport report;
    auto note = [&report](const QString& text, const QString& what) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull()) {
            report.owners[letter] << what + QStringLiteral(" \"") + text + QStringLiteral("\"");
        }
    };
    if (auto* main = qobject_cast<QMainWindow*>(&window)) {
        for (auto* action : main->menuBar()->actions()) {
            note(action->text(), QStringLiteral("menu"));
        }
    }
    for (auto* button : window.findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(&window) && button->isVisible()) {
            note(button->text(), QStringLiteral("button"));
        }
    }
    for (auto* bar : window.findChildren<QTabBar*>()) {
        if (!bar->isVisible()) {
            continue;
        }
        for (int tab = 0; tab < bar->count(); ++tab) {
            note(bar->tabText(tab), QStringLiteral("tab"));
        }
    }
    for (auto* box : window.findChildren<QGroupBox*>()) {
        if (box->isVisible()) {
            note(box->title(), QStringLiteral("group"));
        }
    }
    for (auto* label : window.findChildren<QLabel*>()) {
        if (!label->isVisible() || label->textFormat() == Qt::RichText) {
            continue;
        }
        if (label->buddy()) {
            note(label->text(), QStringLiteral("label"));
        } else if (!mnemonicOf(label->text()).isNull() &&
                   label->text().trimmed().endsWith(QLatin1Char(':'))) {
            report.literalAmpersands << label->text();
        }
    }
    for (const auto& [letter, owners] : report.owners) {
        if (owners.size() > 1) {
            report.clashes << QStringLiteral("Alt+") + letter.toUpper() + QStringLiteral(": ") +
                                  owners.join(QStringLiteral(", "));
        }
    }
    return report;
}

} // namespace jointly::test
