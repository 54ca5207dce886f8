#pragma once

#include <QLabel>
#include <QString>

namespace jointly::ui {

// A sentence at the top of a tab saying what it holds, wrapped to its width.
inline QLabel* explanation(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace jointly::ui
