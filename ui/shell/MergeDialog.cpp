#include "ui/shell/MergeDialog.h"

#include "project/Project.h"
#include "ui/common/ProjectDocument.h"
#include "ui/shell/OfflineWork.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

// "Bob, 3 December 2026 at 14:05": who made a side and when, from the
// change history's UTC time.
QString whoAndWhen(const std::string& who, const std::string& at) {
    QString words = who.empty() ? QObject::tr("someone") : fromStd(who);
    if (at.size() >= 16) {
        words +=
            QObject::tr(", %1 at %2 UTC").arg(fromStd(at.substr(0, 10)), fromStd(at.substr(11, 5)));
    }
    return words;
}

} // namespace

MergeDialog::MergeDialog(ProjectDocument& document, merge::ChangeFile changes, QString fileName,
                         merge::MergeSummary preview, QWidget* parent)
    : QDialog(parent), document_(document), changes_(std::move(changes)),
      fileName_(std::move(fileName)), summary_(std::move(preview)), conflicts_(summary_.conflicts) {
    setWindowTitle(tr("Merge changes"));
    auto* layout = new QVBoxLayout(this);
    overview_ = new QLabel(this);
    overview_->setObjectName(QStringLiteral("merge_overview"));
    overview_->setWordWrap(true);
    overview_->setTextFormat(Qt::PlainText);
    layout->addWidget(overview_);

    auto* middle = new QHBoxLayout;
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("merge_conflicts"));
    list_->setAccessibleName(tr("Conflicts"));
    list_->setMinimumWidth(320);
    list_->setWordWrap(true);
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    middle->addWidget(list_, 2);

    auto* detail = new QGroupBox(tr("This conflict"), this);
    auto* detailLayout = new QVBoxLayout(detail);
    sentence_ = new QLabel(detail);
    sentence_->setWordWrap(true);
    sentence_->setTextFormat(Qt::PlainText);
    detailLayout->addWidget(sentence_);
    sides_ = new QLabel(detail);
    sides_->setWordWrap(true);
    sides_->setTextFormat(Qt::PlainText);
    detailLayout->addWidget(sides_);
    mine_ = new QRadioButton(tr("&Keep this file's"), detail);
    theirs_ = new QRadioButton(tr("&Take the incoming one"), detail);
    edited_ = new QRadioButton(tr("&Use this value:"), detail);
    mine_->setObjectName(QStringLiteral("keep_mine"));
    theirs_->setObjectName(QStringLiteral("take_theirs"));
    edited_->setObjectName(QStringLiteral("use_value"));
    choices_ = new QButtonGroup(this);
    choices_->addButton(mine_, static_cast<int>(merge::Choice::Mine));
    choices_->addButton(theirs_, static_cast<int>(merge::Choice::Theirs));
    choices_->addButton(edited_, static_cast<int>(merge::Choice::Edited));
    detailLayout->addWidget(mine_);
    detailLayout->addWidget(theirs_);
    auto* editRow = new QHBoxLayout;
    editRow->addWidget(edited_);
    value_ = new QLineEdit(detail);
    value_->setObjectName(QStringLiteral("merge_value"));
    value_->setAccessibleName(tr("Value of your own"));
    editRow->addWidget(value_, 1);
    detailLayout->addLayout(editRow);
    problem_ = new QLabel(detail);
    problem_->setObjectName(QStringLiteral("merge_problem"));
    problem_->setWordWrap(true);
    problem_->setTextFormat(Qt::PlainText);
    detailLayout->addWidget(problem_);
    detailLayout->addStretch();
    middle->addWidget(detail, 3);
    layout->addLayout(middle, 1);

    auto* buttons = new QDialogButtonBox(this);
    auto* allMine =
        buttons->addButton(tr("Keep all of t&his file's"), QDialogButtonBox::ActionRole);
    auto* allTheirs =
        buttons->addButton(tr("Take a&ll the incoming"), QDialogButtonBox::ActionRole);
    merge_ = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge_->setObjectName(QStringLiteral("merge_button"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(list_, &QListWidget::currentRowChanged, this, &MergeDialog::showConflict);
    connect(choices_, &QButtonGroup::idClicked, this, [this] { answerCurrent(); });
    connect(value_, &QLineEdit::editingFinished, this, [this] {
        if (!value_->text().isEmpty()) {
            edited_->setChecked(true);
            answerCurrent();
        }
    });
    connect(allMine, &QPushButton::clicked, this, [this] { answerAll(merge::Choice::Mine); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { answerAll(merge::Choice::Theirs); });
    connect(merge_, &QPushButton::clicked, this, &MergeDialog::mergeNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1000, 560);
    showConflicts();
}

void MergeDialog::keyPressEvent(QKeyEvent* event) {
    // Return in the value field answers the conflict (editingFinished); it
    // must not also press Merge.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && focusWidget() == value_) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

QString MergeDialog::rowText(int row) const {
    const auto& conflict = conflicts_[static_cast<std::size_t>(row)];
    auto found = answers_.find(conflict.key);
    QString state = tr("Not answered yet");
    if (found != answers_.end()) {
        state = found->second.choice == merge::Choice::Mine     ? tr("Keep this file's")
                : found->second.choice == merge::Choice::Theirs ? tr("Take the incoming")
                                                                : tr("Your own value");
    }
    // The state is said in words, never by colour alone.
    return QStringLiteral("%1 — %2").arg(state, fromStd(conflict.sentence));
}

void MergeDialog::showConflicts() {
    const int current = list_->currentRow();
    list_->clear();
    for (int row = 0; row < static_cast<int>(conflicts_.size()); ++row) {
        list_->addItem(rowText(row));
    }
    list_->setCurrentRow(
        conflicts_.empty()
            ? -1
            : std::max(0, std::min(current, static_cast<int>(conflicts_.size()) - 1)));
    updateState();
}

void MergeDialog::showConflict(int row) {
    const bool any = row >= 0 && row < static_cast<int>(conflicts_.size());
    for (auto* widget : std::initializer_list<QWidget*>{mine_, theirs_, edited_, value_}) {
        widget->setEnabled(any);
    }
    problem_->clear();
    if (!any) {
        sentence_->setText(conflicts_.empty() ? tr("Nothing conflicts: every change can be "
                                                   "merged as it is.")
                                              : QString());
        sides_->clear();
        return;
    }
    const auto& conflict = conflicts_[static_cast<std::size_t>(row)];
    sentence_->setText(fromStd(conflict.sentence));
    sides_->setText(tr("In this file: %1 (%2).\nIn the incoming changes: %3 (%4).")
                        .arg(fromStd(conflict.mine.empty() ? "nothing" : conflict.mine),
                             whoAndWhen(conflict.mineBy, conflict.mineAt),
                             fromStd(conflict.theirs.empty() ? "nothing" : conflict.theirs),
                             whoAndWhen(conflict.theirsBy, conflict.theirsAt)));
    theirs_->setEnabled(conflict.canTakeTheirs);
    edited_->setEnabled(conflict.canEdit);
    value_->setEnabled(conflict.canEdit);
    choices_->setExclusive(false);
    for (auto* button : choices_->buttons()) {
        button->setChecked(false);
    }
    choices_->setExclusive(true);
    value_->clear();
    auto found = answers_.find(conflict.key);
    if (found != answers_.end()) {
        choices_->button(static_cast<int>(found->second.choice))->setChecked(true);
    }
}

void MergeDialog::answerCurrent() {
    const int row = list_->currentRow();
    if (row < 0 || row >= static_cast<int>(conflicts_.size())) {
        return;
    }
    const auto& conflict = conflicts_[static_cast<std::size_t>(row)];
    const auto choice = static_cast<merge::Choice>(choices_->checkedId());
    problem_->clear();
    if (choice == merge::Choice::Edited) {
        if (value_->text().isEmpty()) {
            problem_->setText(tr("Type the value to keep, then press Enter."));
            value_->setFocus();
            return;
        }
        auto answer =
            merge::typedAnswer(document_.database(), conflict, value_->text().toStdString());
        if (!answer.ok()) {
            problem_->setText(fromStd(answer.error().message));
            return;
        }
        answers_[conflict.key] = answer.value();
    } else {
        answers_[conflict.key] = merge::Answer{choice, {}};
    }
    list_->item(row)->setText(rowText(row));
    updateState();
}

void MergeDialog::answerAll(merge::Choice choice) {
    answers_ = merge::preferring(conflicts_, choice, {});
    showConflicts();
}

void MergeDialog::updateState() {
    std::size_t open = 0;
    for (const auto& conflict : conflicts_) {
        open += answers_.count(conflict.key) == 0 ? 1U : 0U;
    }
    const auto edits = summary_.editsMerged;
    QString what = fromStd(summary_.source) + QStringLiteral(": ") +
                   (edits == 1 ? tr("1 edit to merge")
                               : tr("%1 edits to merge").arg(static_cast<qulonglong>(edits)));
    if (summary_.editsTakenBack > 0) {
        what += summary_.editsTakenBack == 1
                    ? tr(", 1 undone there since it was merged")
                    : tr(", %1 undone there since they were merged")
                          .arg(static_cast<qulonglong>(summary_.editsTakenBack));
    }
    what += QStringLiteral(". ");
    if (conflicts_.empty()) {
        what += tr("Nothing conflicts with this file.");
    } else if (open == 0) {
        what += tr("Every conflict has an answer: Merge makes the changes as one step you can "
                   "undo.");
    } else {
        what += open == 1 ? tr("1 conflict needs an answer before anything is merged.")
                          : tr("%1 conflicts need an answer before anything is merged.")
                                .arg(static_cast<qulonglong>(open));
    }
    overview_->setText(what);
    merge_->setEnabled(open == 0);
}

void MergeDialog::mergeNow() {
    Outcome<merge::MergeSummary> merged = Error{ErrorKind::Cancelled, ""};
    // The worker has its own answers and file name: nothing the window does
    // meanwhile can change what it reads.
    const auto answers = answers_;
    const auto fileName = fileName_.toStdString();
    document_.changeInBackground(
        tr("Merge changes"), tr("Merging %1...").arg(fileName_), this,
        [&](project::Project& project, const std::function<bool(int)>& report) {
            merged =
                merge::mergeChanges(project, changes_, fileName, answers, mergeProgress(report, 0));
        });
    if (!merged.ok()) {
        reportUnmerged(document_, merged.error());
        if (merged.error().kind != ErrorKind::Cancelled) {
            reject();
        } // cancelled, nothing was merged: the answers stay, to merge again or close
        return;
    }
    if (!merged.value().merged) {
        // An answer raised another question: it joins the list.
        for (const auto& conflict : merged.value().unanswered) {
            conflicts_.push_back(conflict);
        }
        showConflicts();
        list_->setCurrentRow(static_cast<int>(conflicts_.size()) - 1);
        return;
    }
    summary_ = merged.value();
    accept();
}

} // namespace jointly::ui
