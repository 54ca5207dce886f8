#pragma once

#include <QWidget>

namespace jointly::ui {

// Stands in for a stage of the cycle that is not built yet, saying so plainly
// and what the stage will hold.
class StagePlaceholder : public QWidget {
    Q_OBJECT
public:
    StagePlaceholder(const QString& stage, const QString& whatItWillHold,
                     QWidget* parent = nullptr);
};

} // namespace jointly::ui
