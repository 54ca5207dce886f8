#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jointly::util {

// Escapes text for HTML so that what a user typed is shown, never run.
std::string escapeHtml(std::string_view text);

// Builds a simple, self-contained HTML document. Every piece of text given to
// it is escaped; only the writer's own tags are markup.
class HtmlWriter {
public:
    explicit HtmlWriter(std::string_view title);

    void heading(int level, std::string_view text);
    void paragraph(std::string_view text); // blank lines start new paragraphs
    void labelled(std::string_view label, std::string_view text); // "Label: text"
    void bulletList(const std::vector<std::string>& items);
    void numberedList(const std::vector<std::string>& items); // 1., 2., ...
    void table(const std::vector<std::string>& headings,
               const std::vector<std::vector<std::string>>& rows);
    void note(std::string_view text); // small print
    // A picture at its size in CSS pixels, described in words for those who
    // cannot see it (the source is a file or "svg:NAME" for a report's chart).
    void image(std::string_view source, int width, int height, std::string_view description);
    // What follows starts a new page when printed.
    void pageBreak();

    std::string finish();

private:
    void list(std::string_view tag, const std::vector<std::string>& items);

    std::string html_;
};

} // namespace jointly::util
