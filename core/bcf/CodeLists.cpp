#include "bcf/CodeLists.h"

#include "bcf/CodeListFiles.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace jointly::bcf {

namespace {

std::string trimmedLower(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower;
}

// A list of labels, each a string or {"label": ..., "role": ...}; the label
// with `role` goes to `withRole`.
std::vector<std::string> labels(const nlohmann::json& list, std::string_view role,
                                std::string* withRole) {
    std::vector<std::string> out;
    for (const auto& entry : list) {
        if (entry.is_string()) {
            out.push_back(entry.get<std::string>());
            continue;
        }
        out.push_back(entry.at("label").get<std::string>());
        if (withRole != nullptr && entry.value("role", std::string()) == role) {
            *withRole = out.back();
        }
    }
    return out;
}

CodeList parse(const EmbeddedCodeList& embedded) {
    const auto json = nlohmann::json::parse(embedded.json);
    CodeList list;
    const auto year = quantities::parseFinancialYear(json.at("year").get<std::string>());
    if (!year.ok()) {
        throw std::runtime_error(std::string(embedded.file) + ": " + year.error().message);
    }
    list.year = year.value();
    list.file = std::string(embedded.file);
    list.incomeSources = labels(json.at("incomeSources"), "nhs-minimum", &list.nhsMinimum);
    labels(json.at("incomeSources"), "by-district", &list.byDistrict);
    list.schemeTypes = labels(json.at("schemeTypes"), {}, nullptr);
    list.areasOfSpend = labels(json.at("areasOfSpend"), "adult-social-care", &list.adultSocialCare);
    list.providers = labels(json.at("providers"), {}, nullptr);
    if (list.nhsMinimum.empty() || list.adultSocialCare.empty()) {
        throw std::runtime_error(std::string(embedded.file) +
                                 ": name the minimum NHS contribution and adult social care");
    }
    return list;
}

} // namespace

const std::vector<CodeList>& codeLists() {
    static const std::vector<CodeList> lists = [] {
        std::vector<CodeList> all;
        for (const auto& embedded : kCodeListFiles) {
            all.push_back(parse(embedded));
        }
        std::sort(all.begin(), all.end(),
                  [](const CodeList& a, const CodeList& b) { return a.year < b.year; });
        return all;
    }();
    return lists;
}

const CodeList* codeListFor(quantities::FinancialYear year) {
    for (const auto& list : codeLists()) {
        if (list.year == year) {
            return &list;
        }
    }
    return nullptr;
}

std::string yearsListed() {
    std::vector<std::string> years;
    for (const auto& list : codeLists()) {
        years.push_back(quantities::formatFinancialYear(list.year));
    }
    std::string words;
    for (std::size_t i = 0; i < years.size(); ++i) {
        words += (i == 0 ? "" : (i + 1 == years.size() ? " and " : ", ")) + years[i];
    }
    return words;
}

std::optional<std::string> listed(const std::vector<std::string>& list, std::string_view typed) {
    const auto wanted = trimmedLower(typed);
    for (const auto& entry : list) {
        if (trimmedLower(entry) == wanted) {
            return entry;
        }
    }
    return std::nullopt;
}

std::string oneOf(const std::vector<std::string>& list) {
    std::string words;
    for (std::size_t i = 0; i < list.size(); ++i) {
        words += (i == 0 ? "" : (i + 1 == list.size() ? " or " : ", ")) + list[i];
    }
    return words;
}

} // namespace jointly::bcf
