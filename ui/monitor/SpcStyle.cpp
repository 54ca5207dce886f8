#include "ui/monitor/SpcStyle.h"

namespace jointly::ui::spc {

using monitoring::AssuranceIcon;
using monitoring::PointType;
using monitoring::VariationIcon;

QColor colourOf(PointType type) {
    switch (type) {
    case PointType::Improvement:
        return QColor(0x28, 0x9d, 0xe0); // Making Data Count blue
    case PointType::Concern:
        return QColor(0xe0, 0x8a, 0x00); // orange, darkened to read on white
    case PointType::NeitherHigh:
    case PointType::NeitherLow:
        return QColor(0x49, 0x1f, 0x8f); // purple
    case PointType::CommonCause:
        break;
    }
    return QColor(0x6b, 0x6d, 0x6d); // grey
}

Marker markerOf(PointType type) {
    switch (type) {
    case PointType::Improvement:
        return Marker::Diamond;
    case PointType::Concern:
        return Marker::Square;
    case PointType::NeitherHigh:
    case PointType::NeitherLow:
        return Marker::Triangle;
    case PointType::CommonCause:
        break;
    }
    return Marker::Circle;
}

QString variationShort(const std::optional<VariationIcon>& icon) {
    if (!icon) {
        return QStringLiteral("No icon");
    }
    const auto words = monitoring::variationShortWords(*icon);
    return QString::fromUtf8(words.data(), static_cast<qsizetype>(words.size()));
}

QColor variationColour(const std::optional<VariationIcon>& icon) {
    if (!icon) {
        return colourOf(PointType::CommonCause);
    }
    switch (*icon) {
    case VariationIcon::ImprovementHigh:
    case VariationIcon::ImprovementLow:
        return colourOf(PointType::Improvement);
    case VariationIcon::ConcernHigh:
    case VariationIcon::ConcernLow:
        return colourOf(PointType::Concern);
    case VariationIcon::NeitherHigh:
    case VariationIcon::NeitherLow:
        return colourOf(PointType::NeitherHigh);
    case VariationIcon::CommonCause:
        break;
    }
    return colourOf(PointType::CommonCause);
}

QColor assuranceColour(const std::optional<AssuranceIcon>& icon) {
    if (icon == AssuranceIcon::Pass) {
        return colourOf(PointType::Improvement);
    }
    if (icon == AssuranceIcon::Fail) {
        return colourOf(PointType::Concern);
    }
    return colourOf(PointType::CommonCause);
}

QString assuranceShort(const std::optional<AssuranceIcon>& icon) {
    if (!icon) {
        return QStringLiteral("No icon");
    }
    const auto words = monitoring::assuranceShortWords(*icon);
    return QString::fromUtf8(words.data(), static_cast<qsizetype>(words.size()));
}

QString ragShort(monitoring::Rag rag) {
    switch (rag) {
    case monitoring::Rag::Green:
        return QStringLiteral("\u25CF Green");
    case monitoring::Rag::Amber:
        return QStringLiteral("\u25B2 Amber");
    case monitoring::Rag::Red:
        break;
    }
    return QStringLiteral("\u25A0 Red");
}

QColor ragTint(monitoring::Rag rag) {
    switch (rag) {
    case monitoring::Rag::Green:
        return QColor(0xd9, 0xf2, 0xd9);
    case monitoring::Rag::Amber:
        return QColor(0xff, 0xec, 0xc2);
    case monitoring::Rag::Red:
        break;
    }
    return QColor(0xf8, 0xd4, 0xd4);
}

} // namespace jointly::ui::spc
