#pragma once

#include "planning/Appraisal.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace jointly::ui {

// The ranking of an appraisal's options beside how sensitive the top option
// is to each criterion's weight, with a line saying whether the ranking may
// be presented as final.
class AppraisalResultsView : public QWidget {
    Q_OBJECT
public:
    explicit AppraisalResultsView(QWidget* parent = nullptr);

    // Shows the result of planning::appraise() for `appraisal`, or the
    // sentence saying why it could not be calculated.
    void show(const planning::Appraisal& appraisal,
              const Outcome<planning::AppraisalResult>& result);
    void clear(const QString& why);

    QTableWidget& ranking() { return *ranking_; }
    QTableWidget& sensitivity() { return *sensitivity_; }
    QLabel& status() { return *status_; }

private:
    QLabel* status_;
    QTableWidget* ranking_;
    QLabel* sensitivityNote_;
    QTableWidget* sensitivity_;
};

} // namespace jointly::ui
