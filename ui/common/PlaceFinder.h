#pragma once

#include <QString>

#include <string_view>

class QWidget;

namespace jointly::ui {

// Finds where on a stage's page a thing is done, shows it and puts the
// keyboard there: the tables and forms of a kind of record, and a few views
// (the scores, the budget's reconciliation), are marked with the place a
// "still to do" item names (see StageProgress::places).
class PlaceFinder {
public:
    // Marks a widget as where `place` is done: a kind of record in the
    // users' words ("member"), or a view's name ("scores").
    static void mark(QWidget& widget, std::string_view place);
    // Shows `place` within `page`, choosing the tabs it is on and building
    // any not yet built, then focuses it: for "kind/field", that field of a
    // form. False when the page has no such place.
    static bool goTo(QWidget& page, const QString& place);
};

} // namespace jointly::ui
