#include "ui/common/PlaceFinder.h"

#include "ui/common/LazyTabWidget.h"
#include "ui/common/RecordForm.h"
#include "ui/common/RecordTableView.h"

#include <QAbstractItemView>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>

namespace jointly::ui {

namespace {

const char* const kPlace = "jointlyPlace";

// Builds every tab of every lazy tab widget on the page, including those
// that only appear once their parent tab is built.
void buildEverything(QWidget& page) {
    for (int round = 0; round < 8; ++round) {
        bool builtSomething = false;
        for (auto* tabs : page.findChildren<LazyTabWidget*>()) {
            for (int index = 0; index < tabs->count(); ++index) {
                builtSomething = tabs->ensureBuilt(index) || builtSomething;
            }
        }
        if (!builtSomething) {
            return;
        }
    }
}

QWidget* findMarked(QWidget& page, const QString& kind, const QString& field) {
    QWidget* first = nullptr;
    for (auto* widget : page.findChildren<QWidget*>()) {
        if (widget->property(kPlace).toString() != kind) {
            continue;
        }
        if (!field.isEmpty()) {
            if (auto* form = qobject_cast<RecordForm*>(widget)) {
                if (auto* editor = form->editorFor(field.toStdString())) {
                    return editor;
                }
                continue;
            }
        }
        if (!first) {
            first = widget;
        }
    }
    return first;
}

// Chooses, in every tab widget the target sits in, the tab holding it.
void reveal(QWidget& page, QWidget* target) {
    QWidget* child = target;
    for (QWidget* parent = target->parentWidget(); parent && child != &page;
         child = parent, parent = parent->parentWidget()) {
        auto* stack = qobject_cast<QStackedWidget*>(parent);
        auto* tabs = stack ? qobject_cast<QTabWidget*>(stack->parentWidget()) : nullptr;
        if (tabs && tabs->indexOf(child) >= 0) {
            tabs->setCurrentIndex(tabs->indexOf(child));
        }
    }
}

} // namespace

void PlaceFinder::mark(QWidget& widget, std::string_view place) {
    widget.setProperty(kPlace,
                       QString::fromUtf8(place.data(), static_cast<qsizetype>(place.size())));
}

bool PlaceFinder::goTo(QWidget& page, const QString& place) {
    const auto slash = place.indexOf(QLatin1Char('/'));
    const QString kind = slash < 0 ? place : place.left(slash);
    const QString field = slash < 0 ? QString() : place.mid(slash + 1);
    QWidget* target = findMarked(page, kind, field);
    if (!target) {
        buildEverything(page);
        target = findMarked(page, kind, field);
    }
    if (!target) {
        return false;
    }
    reveal(page, target);
    if (auto* view = qobject_cast<RecordTableView*>(target)) {
        view->table().setFocus(Qt::OtherFocusReason);
    } else if (target->focusPolicy() != Qt::NoFocus) {
        target->setFocus(Qt::OtherFocusReason);
    } else if (auto* inner = target->findChild<QAbstractItemView*>()) {
        inner->setFocus(Qt::OtherFocusReason);
    } else {
        target->nextInFocusChain()->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

} // namespace jointly::ui
