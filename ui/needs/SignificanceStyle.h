#pragma once

#include "needs/Statistics.h"

#include <QColor>
#include <QString>

namespace jointly::ui {

// How a comparison with the comparator is shown wherever it appears: words
// with a symbol (so the meaning never rests on colour) and a fill colour in
// Fingertips' scheme (green better, amber similar, red worse, blues for higher
// and lower when there is no judgement, grey not compared). Text on every
// fill is black.
QString significanceWords(needs::Significance significance);    // "Better"
QString significanceSymbolic(needs::Significance significance); // "▲ Better"
QColor significanceColour(needs::Significance significance);

} // namespace jointly::ui
