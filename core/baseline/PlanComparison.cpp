#include "baseline/PlanComparison.h"

#include "csv/CsvWriter.h"
#include "project/FileInspection.h"
#include "quantities/FinancialYear.h"
#include "quantities/Money.h"
#include "util/HtmlWriter.h"
#include "util/PartialFile.h"
#include "util/Text.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace jointly::baseline {

namespace {

using MoneyKey = std::tuple<std::string, std::string, std::int64_t>;

std::string yearWords(std::int64_t year) {
    return year >= 1000 && year <= 9998 ? quantities::formatFinancialYear({static_cast<int>(year)})
                                        : std::to_string(year);
}

std::string partnerWords(const std::string& partner) {
    return partner.empty() ? "All partners" : partner;
}

// Pence as a plain number of pounds for a spreadsheet: -1234.56.
std::string poundsNumber(std::int64_t pence) {
    const bool negative = pence < 0;
    const auto magnitude =
        negative ? static_cast<std::uint64_t>(-(pence + 1)) + 1 : static_cast<std::uint64_t>(pence);
    auto pennies = std::to_string(magnitude % 100);
    return (negative ? "-" : "") + std::to_string(magnitude / 100) + "." +
           (pennies.size() == 1 ? "0" + pennies : pennies);
}

// Each field by its label and, should a label come more than once, which
// time it comes: the first "Amount" of the record then against the first now.
std::vector<std::pair<std::pair<std::string, int>, std::string>>
keyedFields(const SnapshotItem& item) {
    std::map<std::string, int> times;
    std::vector<std::pair<std::pair<std::string, int>, std::string>> keyed;
    for (const auto& field : item.fields) {
        keyed.push_back({{field.label, times[field.label]++}, field.value});
    }
    return keyed;
}

std::vector<FieldChange> fieldChanges(const SnapshotItem& before, const SnapshotItem& after) {
    std::vector<FieldChange> changes;
    std::map<std::pair<std::string, int>, std::string> then;
    for (const auto& [key, value] : keyedFields(before)) {
        then[key] = value;
    }
    std::set<std::pair<std::string, int>> seen;
    for (const auto& [key, value] : keyedFields(after)) {
        seen.insert(key);
        const auto found = then.find(key);
        const auto old = found == then.end() ? std::string() : found->second;
        if (old != value) {
            changes.push_back({key.first, old, value});
        }
    }
    for (const auto& [key, value] : keyedFields(before)) {
        if (seen.count(key) == 0 && !value.empty()) {
            changes.push_back({key.first, value, ""});
        }
    }
    return changes;
}

std::string countWords(std::size_t count, const char* what) {
    return std::to_string(count) + (count == 1 ? " record " : " records ") + what;
}

// "£2.00 now against £1.00 in the baseline, £1.00 more."
std::string differenceWords(std::int64_t now, std::int64_t before, std::int64_t difference,
                            const std::string& where) {
    return quantities::formatPounds(now) + " now against " + quantities::formatPounds(before) +
           where + ", " + quantities::formatPounds(difference < 0 ? -difference : difference) +
           (difference < 0 ? " less." : " more.");
}

} // namespace

std::string_view changeWord(Change change) {
    switch (change) {
    case Change::Added:
        return "added";
    case Change::Removed:
        return "removed";
    case Change::Changed:
        return "changed";
    }
    return "";
}

PlanComparison comparePlans(const PlanSnapshot& baseline, const PlanSnapshot& now) {
    PlanComparison comparison;
    comparison.baseline = baseline.name;
    comparison.takenOn = baseline.takenOn;
    comparison.partnership = now.partnership;
    std::map<std::string, const SnapshotItem*> then;
    for (const auto& item : baseline.items) {
        then.emplace(item.key, &item);
    }
    std::vector<std::string> sections;
    for (const auto* items : {&now.items, &baseline.items}) {
        for (const auto& item : *items) {
            if (std::find(sections.begin(), sections.end(), item.section) == sections.end()) {
                sections.push_back(item.section);
            }
        }
    }
    std::set<std::string> present;
    std::size_t added = 0;
    std::size_t removed = 0;
    std::size_t changed = 0;
    for (const auto& section : sections) {
        for (const auto& item : now.items) {
            if (item.section != section) {
                continue;
            }
            present.insert(item.key);
            const auto found = then.find(item.key);
            if (found == then.end()) {
                comparison.items.push_back({section, item.label, Change::Added, {}});
                ++added;
                continue;
            }
            auto fields = fieldChanges(*found->second, item);
            if (!fields.empty()) {
                comparison.items.push_back({section, item.label, Change::Changed, fields});
                ++changed;
            }
        }
        for (const auto& item : baseline.items) {
            if (item.section == section && present.count(item.key) == 0) {
                comparison.items.push_back({section, item.label, Change::Removed, {}});
                ++removed;
            }
        }
    }
    std::map<MoneyKey, std::pair<std::int64_t, std::int64_t>> money;
    for (const auto& line : baseline.money) {
        money[{line.section, line.partner, line.year}].first = line.pence;
    }
    for (const auto& line : now.money) {
        money[{line.section, line.partner, line.year}].second = line.pence;
    }
    // Each section's total per year, for the sentences.
    std::map<std::pair<std::string, std::int64_t>, std::pair<std::int64_t, std::int64_t>> totals;
    bool totalsWhole = true;
    for (const auto& [key, amounts] : money) {
        MoneyChange line{std::get<0>(key), std::get<1>(key), std::get<2>(key),
                         amounts.first,    amounts.second,   std::nullopt};
        std::int64_t difference = 0;
        if (!__builtin_sub_overflow(amounts.second, amounts.first, &difference)) {
            line.difference = difference;
        }
        comparison.money.push_back(line);
        auto& total = totals[{line.section, line.year}];
        totalsWhole = totalsWhole &&
                      !__builtin_add_overflow(total.first, line.before, &total.first) &&
                      !__builtin_add_overflow(total.second, line.after, &total.second);
    }
    if (added + removed + changed == 0) {
        comparison.summary.push_back("No record of the plan has been added, removed or changed "
                                     "since the baseline.");
    } else {
        std::vector<std::string> parts;
        for (const auto& [count, what] : {std::pair{added, "added"}, std::pair{removed, "removed"},
                                          std::pair{changed, "changed"}}) {
            if (count > 0) {
                parts.push_back(countWords(count, what));
            }
        }
        comparison.summary.push_back("Since the baseline, " + util::joinedWithAnd(parts) + ".");
    }
    if (totalsWhole) {
        for (const auto& section : std::vector<std::string>{
                 "Contributions", "Allocations", "Savings targets", "Planned savings",
                 "Specification envelopes", "Contract values"}) {
            for (const auto& [key, amounts] : totals) {
                std::int64_t difference = 0;
                if (key.first != section || amounts.first == amounts.second ||
                    __builtin_sub_overflow(amounts.second, amounts.first, &difference)) {
                    continue;
                }
                comparison.summary.push_back(
                    section + " in " + yearWords(key.second) + ": " +
                    differenceWords(amounts.second, amounts.first, difference, " in the baseline"));
                // Then each partner whose share of it moved.
                for (const auto& line : comparison.money) {
                    if (line.section == section && line.year == key.second &&
                        !line.partner.empty() && line.difference.value_or(0) != 0) {
                        comparison.summary.push_back(
                            "Of which " + line.partner + ": " +
                            differenceWords(line.after, line.before, *line.difference, ""));
                    }
                }
            }
        }
    }
    return comparison;
}

std::string comparisonCsv(const PlanComparison& comparison) {
    std::string out = csv::csvLine({"Section", "Record", "Change", "Field", "Baseline", "Now"});
    for (const auto& item : comparison.items) {
        const auto line = [&](const std::string& field, const std::string& before,
                              const std::string& after) {
            out += csv::csvLine({csv::safeCsvText(item.section), csv::safeCsvText(item.label),
                                 std::string(changeWord(item.change)), csv::safeCsvText(field),
                                 csv::safeCsvText(before), csv::safeCsvText(after)});
        };
        if (item.fields.empty()) {
            line("", "", "");
        }
        for (const auto& field : item.fields) {
            line(field.field, field.before, field.after);
        }
    }
    out += "\r\n";
    out += csv::csvLine(
        {"Section", "Partner", "Financial year", "Baseline (£)", "Now (£)", "Difference (£)"});
    for (const auto& line : comparison.money) {
        out += csv::csvLine(
            {csv::safeCsvText(line.section), csv::safeCsvText(partnerWords(line.partner)),
             csv::csvField(yearWords(line.year)), csv::csvField(poundsNumber(line.before)),
             csv::csvField(poundsNumber(line.after)),
             line.difference ? csv::csvField(poundsNumber(*line.difference)) : std::string()});
    }
    return out;
}

std::string comparisonHtml(const PlanComparison& comparison, const std::string& partnership) {
    const auto title = "The plan against the baseline " + util::curlyQuoted(comparison.baseline);
    util::HtmlWriter html(title);
    html.heading(1, title);
    html.labelled("Partnership", partnership);
    html.labelled("Baseline taken on", comparison.takenOn);
    html.bulletList(comparison.summary);
    html.heading(2, "What was added, removed and changed");
    std::vector<std::vector<std::string>> rows;
    for (const auto& item : comparison.items) {
        std::string what;
        for (const auto& field : item.fields) {
            what += (what.empty() ? "" : "\n") + field.field + ": " +
                    (field.before.empty() ? "(empty)" : field.before) + " \u2192 " +
                    (field.after.empty() ? "(empty)" : field.after);
        }
        rows.push_back({item.section, item.label, std::string(changeWord(item.change)), what});
    }
    if (rows.empty()) {
        html.paragraph("Nothing.");
    } else {
        html.table({"Section", "Record", "Change", "What changed"}, rows);
    }
    html.heading(2, "Money by partner and year");
    rows.clear();
    for (const auto& line : comparison.money) {
        rows.push_back({line.section, partnerWords(line.partner), yearWords(line.year),
                        quantities::formatPounds(line.before), quantities::formatPounds(line.after),
                        line.difference
                            ? (*line.difference == 0 ? std::string("no change")
                                                     : quantities::formatPounds(*line.difference))
                            : std::string("too large to show")});
    }
    html.table({"Section", "Partner", "Financial year", "Baseline", "Now", "Difference"}, rows);
    return html.finish();
}

Status writeComparison(const PlanComparison& comparison, const std::string& partnership,
                       const std::string& outPath) {
    const auto endsWith = [&](std::string_view end) {
        return util::endsWithCaseless(outPath, end);
    };
    const bool asCsv = endsWith(".csv");
    if (!asCsv && !endsWith(".html") && !endsWith(".htm")) {
        return Error{ErrorKind::Invalid,
                     "The comparison is written as CSV or HTML: give a file name ending in .csv "
                     "or .html, not \"" +
                         project::displayName(outPath) + "\"."};
    }
    util::PartialFile file(outPath, project::displayName(outPath));
    if (auto opened = file.opened(); !opened.ok()) {
        return opened.error();
    }
    file.stream() << (asCsv ? comparisonCsv(comparison) : comparisonHtml(comparison, partnership));
    return file.commit();
}

} // namespace jointly::baseline
