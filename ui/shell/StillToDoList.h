#pragma once

#include "project/StageProgress.h"

#include <QWidget>

#include <utility>
#include <vector>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace jointly::ui {

// What is still to do in the stage shown, under the cycle navigator. Each
// item can be clicked, or chosen with the arrow keys and Enter, to go to the
// place where it is done (goTo names it; see StageProgress::places).
class StillToDoList : public QWidget {
    Q_OBJECT
public:
    explicit StillToDoList(QWidget* parent = nullptr);

    void setProgress(const StageProgress& progress);
    // Adds the gaps in the chain from the evidence to the result that the
    // stage keeps (trace/TraceGaps.h), after what is still to do: each a
    // sentence and the place it goes to.
    void addGaps(const std::vector<std::pair<QString, QString>>& gaps);
    void clear();
    // What the list says, as plain text: "Still to do:" and a line per item
    // starting "• ", "This stage is complete.", or nothing; then any gaps in
    // the chain, a line each starting "⚠ ".
    QString text() const;
    QListWidget& items() { return *items_; }

signals:
    void goTo(const QString& place);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose(QListWidgetItem* item);

    QLabel* heading_;
    QListWidget* items_;
    int gaps_ = 0; // the last items are gaps in the chain
};

} // namespace jointly::ui
