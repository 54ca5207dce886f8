#pragma once

#include "monitoring/Rag.h"
#include "monitoring/SpcChart.h"

#include <QColor>
#include <QString>

#include <optional>

// How the Monitor page shows SPC and RAG: NHS "Making Data Count" colours
// (grey common cause, blue improvement, orange concern, purple neither),
// each with a shape and short words as well, so no meaning rests on colour.
namespace jointly::ui::spc {

QColor colourOf(monitoring::PointType type);

// Common cause: a circle; improvement: a diamond; concern: a square;
// neither: a triangle.
enum class Marker { Circle, Diamond, Square, Triangle };
Marker markerOf(monitoring::PointType type);

// "Improvement, higher", "Concern, lower", "Common cause"; "Pass", "Fail",
// "Hit and miss"; "No icon" when there is none.
QString variationShort(const std::optional<monitoring::VariationIcon>& icon);
QString assuranceShort(const std::optional<monitoring::AssuranceIcon>& icon);
QColor variationColour(const std::optional<monitoring::VariationIcon>& icon);
// Blue for pass, orange for fail, grey for hit and miss, as the icons are.
QColor assuranceColour(const std::optional<monitoring::AssuranceIcon>& icon);

// "● Green", "▲ Amber", "■ Red": the word and a shape, with a light tint.
QString ragShort(monitoring::Rag rag);
QColor ragTint(monitoring::Rag rag);

} // namespace jointly::ui::spc
