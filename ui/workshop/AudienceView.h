#pragma once

#include "workshop/LoadedRound.h"

#include <QStringList>
#include <QWidget>

#include <optional>

namespace jointly::ui {

// What the room sees on the projector: the workshop, the item and the
// question, how many have voted, a large countdown, and, only once the
// facilitator has revealed the round, its result as labelled bars with the
// figures and ranks written out (never colour alone). It holds no controls
// and shows no names unless the round records them. Text is at least 32 pt
// at 1080p (scaled with the window's height), light on a dark grey rather
// than white, and nothing essential sits in the bottom third of the screen.
class AudienceView : public QWidget {
    Q_OBJECT
public:
    explicit AudienceView(QWidget* parent = nullptr);

    // The workshop's name and the item's title, shown above everything.
    void setHeading(const QString& workshop, const QString& item);
    // The round to show (its state decides what the room may see), or none
    // for a holding screen.
    void showRound(const std::optional<workshop::LoadedRound>& round);
    // Seconds left on the countdown, or -1 for none.
    void setCountdown(int secondsLeft);

    // Every line of text the view paints, in order: what a test reads to
    // check that no result shows before the reveal.
    QStringList shownText() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Bar {
        QString label;
        QString figure;
        double fraction = 0.0;
    };
    void rebuild();
    int unit() const; // the body text's pixel size

    QString workshop_;
    QString item_;
    std::optional<workshop::LoadedRound> round_;
    int secondsLeft_ = -1;
    QString question_;
    QString status_;
    QString countdown_;
    QStringList notes_;
    std::vector<Bar> bars_;
};

} // namespace jointly::ui
