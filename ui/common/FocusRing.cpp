#include "ui/common/FocusRing.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

namespace jointly::ui {

namespace {

FocusRing* ringOf(QWidget* window) {
    for (auto* child : window->children()) {
        if (auto* ring = qobject_cast<FocusRing*>(child)) {
            return ring;
        }
    }
    return nullptr;
}

} // namespace

FocusRing::FocusRing(QWidget* window) : QWidget(window) {
    setObjectName(QStringLiteral("focus_ring"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
}

void FocusRing::followFocus() {
    static bool following = false;
    if (following) {
        return;
    }
    following = true;
    QObject::connect(qApp, &QApplication::focusChanged, qApp, [](QWidget* old, QWidget* now) {
        if (old && old->window() && (!now || old->window() != now->window())) {
            if (auto* ring = ringOf(old->window())) {
                ring->surround(nullptr);
            }
        }
        if (!now || !now->window() || qobject_cast<FocusRing*>(now)) {
            return;
        }
        auto* window = now->window();
        auto* ring = ringOf(window);
        if (!ring) {
            ring = new FocusRing(window);
        }
        ring->surround(now);
    });
}

QWidget* FocusRing::ringedIn(QWidget* window) {
    auto* ring = window ? ringOf(window) : nullptr;
    return ring && ring->isVisible() ? ring->target_.data() : nullptr;
}

void FocusRing::surround(QWidget* widget) {
    // Stop following the old widget and its parents.
    for (QWidget* step = target_; step && step != parentWidget(); step = step->parentWidget()) {
        step->removeEventFilter(this);
    }
    target_ = widget;
    if (!widget || widget == parentWidget()) {
        hide();
        return;
    }
    // Its parents too: a widget scrolled inside a scroll area moves with
    // its parent, not by itself.
    for (QWidget* step = widget; step && step != parentWidget(); step = step->parentWidget()) {
        step->installEventFilter(this);
    }
    place();
}

void FocusRing::place() {
    if (!target_ || !target_->isVisible()) {
        hide();
        return;
    }
    const QPoint topLeft = target_->mapTo(parentWidget(), QPoint(0, 0));
    QRect area(topLeft, target_->size());
    area.adjust(-kWidth, -kWidth, kWidth, kWidth);
    setGeometry(area.intersected(parentWidget()->rect()));
    show();
    raise();
    update();
}

bool FocusRing::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
        place();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    QPen pen(QColor(0x0b, 0x57, 0xd0));
    pen.setWidth(kWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    const int half = kWidth / 2;
    painter.drawRect(rect().adjusted(half, half, -half - 1, -half - 1));
}

} // namespace jointly::ui
