#pragma once

#include <QString>

namespace jointly::ui {

// Today's date as Jointly's documents print it, e.g. "22 November 2026".
QString todayForDocuments();

} // namespace jointly::ui
