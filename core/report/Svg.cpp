#include "report/Svg.h"

#include <algorithm>
#include <cstdio>

namespace jointly::report {

std::string escapeXml(const std::string& text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            escaped += "&amp;";
            break;
        case '<':
            escaped += "&lt;";
            break;
        case '>':
            escaped += "&gt;";
            break;
        case '"':
            escaped += "&quot;";
            break;
        default:
            escaped += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
        }
    }
    return escaped;
}

std::string at(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

std::size_t letterCount(const std::string& text) {
    std::size_t count = 0;
    for (const char c : text) {
        // Every byte but a UTF-8 continuation byte (10xxxxxx) starts a letter.
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return count;
}

std::vector<std::string> wrapText(const std::string& text, std::size_t width, std::size_t most) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t start = 0;
    bool more = false;
    while (start < text.size()) {
        auto end = text.find(' ', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        const auto word = text.substr(start, end - start);
        start = end + 1;
        if (word.empty()) {
            continue;
        }
        if (!line.empty() && letterCount(line) + 1 + letterCount(word) > width) {
            if (lines.size() + 1 == most) {
                more = true;
                break;
            }
            lines.push_back(line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty()) {
        lines.push_back(more ? line + "\u2026" : line);
    }
    if (lines.empty()) {
        lines.emplace_back();
    }
    return lines;
}

std::string svgStart(int width, int height, const std::string& title) {
    // The title at 15 units, smaller (down to 10) to fit across the chart.
    const double room = static_cast<double>(width) - 70;
    const double letters = static_cast<double>(std::max<std::size_t>(1, letterCount(title)));
    const int size = std::clamp(static_cast<int>(room / (letters * 0.62)), 10, 15);
    const auto w = std::to_string(width);
    const auto h = std::to_string(height);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" baseProfile=\"tiny\" "
           "width=\"" +
           w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h + "\">\n<title>" +
           escapeXml(title) +
           "</title>\n<text x=\"60.0\" y=\"24\" font-family=\"sans-serif\" font-size=\"" +
           std::to_string(size) + "\" font-weight=\"bold\">" + escapeXml(title) + "</text>\n";
}

std::string svgText(double x, double y, int size, const std::string& text, Anchor anchor) {
    std::string line = "<text x=\"" + at(x) + "\" y=\"" + at(y) +
                       "\" font-family=\"sans-serif\" font-size=\"" + std::to_string(size) + "\"";
    if (anchor == Anchor::Middle) {
        line += " text-anchor=\"middle\"";
    } else if (anchor == Anchor::End) {
        line += " text-anchor=\"end\"";
    }
    return line + ">" + escapeXml(text) + "</text>\n";
}

std::string svgLine(double x1, double y1, double x2, double y2, double width,
                    const std::string& dashes) {
    std::string line = "<line x1=\"" + at(x1) + "\" y1=\"" + at(y1) + "\" x2=\"" + at(x2) +
                       "\" y2=\"" + at(y2) + "\" stroke=\"#000000\" stroke-width=\"" + at(width) +
                       "\"";
    if (!dashes.empty()) {
        line += " stroke-dasharray=\"" + dashes + "\"";
    }
    return line + "/>\n";
}

} // namespace jointly::report
