#include "ui/common/Mnemonics.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QSet>
#include <QTabBar>

#include <functional>
#include <vector>

namespace jointly::ui {

namespace {

// The position of a text's mnemonic ampersand, or -1. "&&" is a literal
// ampersand, and in rich text an entity such as "&amp;" is not a mnemonic.
qsizetype mnemonicAt(const QString& text) {
    const bool rich = text.contains(QLatin1Char('<'));
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&')) {
            continue;
        }
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (rich) {
            auto end = i + 1;
            while (end < text.size() &&
                   (text[end].isLetterOrNumber() || text[end] == QLatin1Char('#'))) {
                ++end;
            }
            if (end < text.size() && text[end] == QLatin1Char(';')) {
                i = end;
                continue;
            }
        }
        return text[i + 1].isLetterOrNumber() ? i : -1;
    }
    return -1;
}

// Letters a text could offer, best first: the first letter of each word,
// then every other letter, skipping markup in rich text.
std::vector<qsizetype> candidates(const QString& text) {
    std::vector<qsizetype> first;
    std::vector<qsizetype> rest;
    bool inTag = false;
    bool wordStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('<')) {
            inTag = true;
        }
        if (inTag) {
            inTag = c != QLatin1Char('>');
            wordStart = true;
            continue;
        }
        if (c == QLatin1Char('&')) {
            continue;
        }
        if (c.isLetterOrNumber()) {
            (wordStart ? first : rest).push_back(i);
            wordStart = false;
        } else {
            wordStart = true;
        }
    }
    first.insert(first.end(), rest.begin(), rest.end());
    return first;
}

// The text with its mnemonic moved: to `at` (an index into the text without
// its ampersand), or removed when `at` is -1.
QString moved(QString text, qsizetype at) {
    const auto old = mnemonicAt(text);
    if (old >= 0) {
        text.remove(old, 1);
    }
    if (at >= 0) {
        text.insert(at, QLatin1Char('&'));
    }
    return text;
}

struct Owner {
    std::function<QString()> get;
    std::function<void(const QString&)> set;
};

void settle(const Owner& owner, QSet<QChar>& taken) {
    const QString text = owner.get();
    const auto at = mnemonicAt(text);
    if (at < 0) {
        return; // no mnemonic asked for: none given
    }
    const QChar letter = text[at + 1].toLower();
    if (!taken.contains(letter)) {
        taken.insert(letter);
        return;
    }
    QString plain = moved(text, -1);
    for (auto index : candidates(plain)) {
        const QChar other = plain[index].toLower();
        if (!taken.contains(other)) {
            taken.insert(other);
            owner.set(moved(plain, index));
            return;
        }
    }
    owner.set(plain);
}

} // namespace

void resolveMnemonics(QWidget& window) {
    QSet<QChar> taken;
    if (auto* main = qobject_cast<QMainWindow*>(&window)) {
        for (auto* action : main->menuBar()->actions()) {
            const auto text = action->text();
            const auto at = mnemonicAt(text);
            if (at >= 0) {
                taken.insert(text[at + 1].toLower());
            }
        }
    }
    // Tab bars, from the outside in: findChildren lists parents before
    // their children.
    for (auto* bar : window.findChildren<QTabBar*>()) {
        if (!bar->isVisible()) {
            continue;
        }
        for (int tab = 0; tab < bar->count(); ++tab) {
            settle(Owner{[bar, tab] { return bar->tabText(tab); },
                         [bar, tab](const QString& text) {
                             bar->setTabText(tab, text);
                         }},
                   taken);
        }
    }
    for (auto* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible() || qobject_cast<QTabBar*>(widget->parentWidget())) {
            continue;
        }
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            settle(Owner{[button] { return button->text(); },
                         [button](const QString& text) {
                             button->setText(text);
                         }},
                   taken);
        } else if (auto* box = qobject_cast<QGroupBox*>(widget)) {
            settle(Owner{[box] { return box->title(); },
                         [box](const QString& text) {
                             box->setTitle(text);
                         }},
                   taken);
        } else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy()) {
            settle(Owner{[label] { return label->text(); },
                         [label](const QString& text) {
                             label->setText(text);
                         }},
                   taken);
        }
    }
}

} // namespace jointly::ui
