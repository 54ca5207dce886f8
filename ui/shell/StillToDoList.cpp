#include "ui/shell/StillToDoList.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

constexpr int kPlaceRole = Qt::UserRole;

} // namespace

StillToDoList::StillToDoList(QWidget* parent)
    : QWidget(parent), heading_(new QLabel(this)), items_(new QListWidget(this)) {
    setObjectName(QStringLiteral("stage_missing"));
    heading_->setWordWrap(true);
    heading_->setTextFormat(Qt::PlainText);
    // At the top of the column, whether or not items follow.
    heading_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    heading_->setBuddy(items_);
    items_->setObjectName(QStringLiteral("still_to_do_items"));
    items_->setAccessibleName(tr("Still to do"));
    items_->setAccessibleDescription(
        tr("What this stage still needs. Press Enter on an item to go to where it is done."));
    // Sentences wrap over as many lines as they need in the narrow column,
    // and read as text on the window, not as a box of data.
    items_->setWordWrap(true);
    items_->setTextElideMode(Qt::ElideNone);
    items_->setUniformItemSizes(false);
    items_->setResizeMode(QListView::Adjust);
    items_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    items_->setFrameShape(QFrame::NoFrame);
    items_->setSpacing(2);
    items_->viewport()->setAutoFillBackground(false);
    items_->setCursor(Qt::PointingHandCursor);
    items_->installEventFilter(this);
    connect(items_, &QListWidget::itemClicked, this, &StillToDoList::choose);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(heading_);
    layout->addWidget(items_, 1);
    clear();
}

void StillToDoList::setProgress(const StageProgress& progress) {
    items_->clear();
    gaps_ = 0;
    if (progress.missing.empty()) {
        heading_->setText(tr("This stage is complete."));
        items_->hide();
        return;
    }
    heading_->setText(tr("Still to do (choose one to go there):"));
    for (std::size_t i = 0; i < progress.missing.size(); ++i) {
        const QString sentence = QString::fromStdString(progress.missing[i]);
        auto* item = new QListWidgetItem(QStringLiteral("\u2022 ") + sentence, items_);
        item->setData(kPlaceRole, i < progress.places.size()
                                      ? QString::fromStdString(progress.places[i])
                                      : QString());
        item->setToolTip(
            tr("%1\nClick, or press Enter, to go to where this is done.").arg(sentence));
        item->setData(Qt::AccessibleTextRole, sentence);
    }
    items_->show();
}

void StillToDoList::addGaps(const std::vector<std::pair<QString, QString>>& gaps) {
    if (gaps.empty()) {
        return;
    }
    if (items_->count() == 0) {
        heading_->setText(tr("This stage is complete, but the chain from the evidence to the "
                             "result has gaps (choose one to go there):"));
    }
    for (const auto& [sentence, place] : gaps) {
        // A symbol and the words, so a gap does not rest on colour.
        auto* item = new QListWidgetItem(QStringLiteral("\u26A0 ") + sentence, items_);
        item->setData(kPlaceRole, place);
        item->setToolTip(
            tr("%1\nClick, or press Enter, to go to the record where the chain breaks.")
                .arg(sentence));
        item->setData(Qt::AccessibleTextRole, tr("Gap: %1").arg(sentence));
        ++gaps_;
    }
    items_->show();
}

void StillToDoList::clear() {
    heading_->clear();
    items_->clear();
    gaps_ = 0;
    items_->hide();
}

QString StillToDoList::text() const {
    if (heading_->text().isEmpty()) {
        return {};
    }
    if (items_->count() == 0) {
        return heading_->text();
    }
    const int toDo = items_->count() - gaps_;
    QString text = toDo > 0 ? tr("Still to do:")
                            : tr("This stage is complete, but the chain from the evidence to the "
                                 "result has gaps:");
    for (int row = 0; row < items_->count(); ++row) {
        if (row == toDo && toDo > 0) {
            text += QStringLiteral("\n") + tr("Gaps in the chain from the evidence to the result:");
        }
        text += QStringLiteral("\n") + items_->item(row)->text();
    }
    return text;
}

bool StillToDoList::eventFilter(QObject* watched, QEvent* event) {
    if (watched == items_ && event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
            choose(items_->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StillToDoList::choose(QListWidgetItem* item) {
    if (!item) {
        return;
    }
    const QString place = item->data(kPlaceRole).toString();
    if (!place.isEmpty()) {
        emit goTo(place);
    }
}

} // namespace jointly::ui
