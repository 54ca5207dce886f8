#include "util/HtmlWriter.h"

namespace jointly::util {

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

HtmlWriter::HtmlWriter(std::string_view title) {
    html_ = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
            escapeHtml(title) +
            "</title>\n<style>\n"
            "body { font-family: sans-serif; max-width: 50em; margin: 2em auto; line-height: 1.45; "
            "color: #1a1a1a; }\n"
            "h1 { font-size: 1.8em; } h2 { font-size: 1.3em; margin-top: 1.6em; }\n"
            "table { border-collapse: collapse; width: 100%; margin: 0.6em 0; }\n"
            "th, td { border: 1px solid #999; padding: 0.3em 0.5em; text-align: left; "
            "vertical-align: top; }\n"
            "th { background: #e8eef4; }\n"
            ".note { font-size: 0.85em; color: #444; }\n"
            "</style>\n</head>\n<body>\n";
}

void HtmlWriter::heading(int level, std::string_view text) {
    auto tag = "h" + std::to_string(level < 1 ? 1 : (level > 4 ? 4 : level));
    html_ += "<" + tag + ">" + escapeHtml(text) + "</" + tag + ">\n";
}

void HtmlWriter::paragraph(std::string_view text) {
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find("\n\n", start);
        auto part = text.substr(start, end == std::string_view::npos ? text.npos : end - start);
        if (part.find_first_not_of(" \n\r\t") != std::string_view::npos) {
            std::string escaped = escapeHtml(part);
            std::string withBreaks;
            for (char c : escaped) {
                withBreaks += c == '\n' ? std::string("<br>") : std::string(1, c);
            }
            html_ += "<p>" + withBreaks + "</p>\n";
        }
        if (end == std::string_view::npos) {
            break;
        }
        start = end + 2;
    }
}

void HtmlWriter::labelled(std::string_view label, std::string_view text) {
    html_ += "<p><b>" + escapeHtml(label) + ":</b> " + escapeHtml(text) + "</p>\n";
}

void HtmlWriter::bulletList(const std::vector<std::string>& items) {
    list("ul", items);
}

void HtmlWriter::numberedList(const std::vector<std::string>& items) {
    list("ol", items);
}

void HtmlWriter::list(std::string_view tag, const std::vector<std::string>& items) {
    html_ += "<" + std::string(tag) + ">\n";
    for (const auto& item : items) {
        html_ += "<li>" + escapeHtml(item) + "</li>\n";
    }
    html_ += "</" + std::string(tag) + ">\n";
}

void HtmlWriter::table(const std::vector<std::string>& headings,
                       const std::vector<std::vector<std::string>>& rows) {
    // The attribute as well as the style: Qt's documents (PDF, ODT) read
    // only the attribute.
    html_ += "<table width=\"100%\">\n<tr>";
    for (const auto& heading : headings) {
        html_ += "<th>" + escapeHtml(heading) + "</th>";
    }
    html_ += "</tr>\n";
    for (const auto& row : rows) {
        html_ += "<tr>";
        for (const auto& cell : row) {
            html_ += "<td>" + escapeHtml(cell) + "</td>";
        }
        html_ += "</tr>\n";
    }
    html_ += "</table>\n";
}

void HtmlWriter::note(std::string_view text) {
    html_ += "<p class=\"note\">" + escapeHtml(text) + "</p>\n";
}

void HtmlWriter::image(std::string_view source, int width, int height,
                       std::string_view description) {
    html_ += "<p><img src=\"" + escapeHtml(source) + "\" width=\"" + std::to_string(width) +
             "\" height=\"" + std::to_string(height) + "\" alt=\"" + escapeHtml(description) +
             "\"></p>\n";
}

void HtmlWriter::pageBreak() {
    html_ += "<p style=\"page-break-after: always\"></p>\n";
}

std::string HtmlWriter::finish() {
    return html_ + "</body>\n</html>\n";
}

} // namespace jointly::util
