#pragma once

#include <QLabel>
#include <QString>
#include <QVBoxLayout>
#include <QWidget>

namespace jointly::ui {

// A sentence at the top of a tab saying what it holds, wrapped to its width.
inline QLabel* explanation(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// A page holding the sentence above its content.
inline QWidget* withExplanation(const QString& text, QWidget* content) {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(explanation(text, page));
    layout->addWidget(content, 1);
    return page;
}

} // namespace jointly::ui
