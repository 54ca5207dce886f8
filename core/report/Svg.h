#pragma once

#include <cstddef>
#include <string>
#include <vector>

// The pieces every chart of a report writes into its SVG (SVG Tiny 1.2,
// which Qt draws as vectors into a PDF and a browser shows as it is).
namespace jointly::report {

// Text for XML: markup characters escaped and control characters, which XML
// cannot hold, made spaces.
std::string escapeXml(const std::string& text);

// A coordinate, to a tenth of a unit.
std::string at(double value);

// The opening of a chart `width` by `height` units, with its title both as
// the document's title and written across its top.
std::string svgStart(int width, int height, const std::string& title);

// How many letters a UTF-8 text has (each character once, however many
// bytes it takes).
std::size_t letterCount(const std::string& text);

// Text broken at spaces into lines of at most `width` letters (a longer
// word has a line of its own), no more than `most` lines, the last ending
// in "…" when there was more.
std::vector<std::string> wrapText(const std::string& text, std::size_t width, std::size_t most);

enum class Anchor { Start, Middle, End };

// A line of text in sans-serif at `size` units, its baseline at y.
std::string svgText(double x, double y, int size, const std::string& text,
                    Anchor anchor = Anchor::Start);

// A straight line; `dashes` such as "6 3" for a dashed one, empty for solid.
std::string svgLine(double x1, double y1, double x2, double y2, double width,
                    const std::string& dashes = {});

} // namespace jointly::report
