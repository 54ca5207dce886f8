#pragma once

#include <QPointer>
#include <QWidget>

namespace jointly::ui {

// A thick outline around whatever has the keyboard focus, in every window of
// Jointly: the style's own focus marks are a thin dotted line on a button and
// nothing at all on an empty table or the list of stages, which is lost on a
// projector. The ring is drawn over the window (never under the mouse) and
// follows the focus, and the focused widget as it moves or resizes. A
// shape, not only a colour: three pixels wide, outside the widget's edge.
class FocusRing : public QWidget {
    Q_OBJECT
public:
    // Starts following the focus in the whole application; call once.
    static void followFocus();

    // The widget the ring of `window` is around, if it is showing.
    static QWidget* ringedIn(QWidget* window);

    static constexpr int kWidth = 3;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FocusRing(QWidget* window);
    void surround(QWidget* widget);
    void place();

    QPointer<QWidget> target_;
};

} // namespace jointly::ui
