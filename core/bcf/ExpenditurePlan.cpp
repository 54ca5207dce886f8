#include "bcf/ExpenditurePlan.h"

#include "quantities/Money.h"
#include "storage/Database.h"

#include <algorithm>
#include <map>

namespace jointly::bcf {

namespace {

using quantities::formatPounds;

// Adds, refusing a total beyond what the plan can hold (more than £90
// trillion), which no real plan reaches.
bool add(std::int64_t& total, std::int64_t pence) {
    return !__builtin_add_overflow(total, pence, &total);
}

std::string lineName(const SpendingLine& line) {
    return "The line of \u201c" +
           (line.scheme.empty() ? std::string("an unnamed scheme") : line.scheme) + "\u201d" +
           (line.reference.empty() ? std::string() : " (" + line.reference + ")");
}

// Puts a typed code as the year's list writes it, or adds the check that
// says it is not on it (or missing).
void checkCode(std::string& value, const std::vector<std::string>& list, const std::string& what,
               const std::string& owner, const std::string& year, std::vector<PlanCheck>& checks) {
    if (value.empty()) {
        checks.push_back({false, owner + " has no " + what + "."});
        return;
    }
    if (const auto found = listed(list, value)) {
        value = *found;
        return;
    }
    checks.push_back({false, owner + ": its " + what + " \u201c" + value + "\u201d is not on the " +
                                 year + " list. Write " + oneOf(list) + "."});
}

std::string difference(std::int64_t spent, std::int64_t received) {
    return spent > received ? formatPounds(spent - received) + " more than"
                            : formatPounds(received - spent) + " less than";
}

} // namespace

bool ExpenditurePlan::allMet() const {
    return std::all_of(checks.begin(), checks.end(), [](const PlanCheck& c) { return c.met; });
}

std::string commissionerWords(const std::string& key) {
    if (key == "la") {
        return "Local Authority";
    }
    if (key == "nhs") {
        return "NHS";
    }
    return key == "joint" ? "Joint" : std::string();
}

Outcome<ExpenditurePlan> loadExpenditurePlan(storage::Database& db,
                                             quantities::FinancialYear year) {
    const auto* codes = codeListFor(year);
    const auto yearText = quantities::formatFinancialYear(year);
    if (codes == nullptr) {
        return Error{ErrorKind::Invalid, "Jointly has the Better Care Fund's code lists for " +
                                             yearsListed() + ", not for " + yearText +
                                             ". Choose one of those years."};
    }
    ExpenditurePlan plan;
    plan.year = year;
    plan.codes = *codes;
    const Error tooLarge{ErrorKind::Invalid,
                         "The Better Care Fund plan for " + yearText +
                             " adds up to more than Jointly can hold; check the amounts."};

    auto income = db.prepare(
        "SELECT i.id, i.source, COALESCE(p.name, ''), i.district, COALESCE(i.amount_pence, 0), "
        "i.narrative, i.amount_pence IS NULL FROM bcf_income i LEFT JOIN partner_organisation p ON "
        "p.id = i.partner_id "
        "WHERE i.year = ?1 ORDER BY i.id");
    income.bind(1, static_cast<std::int64_t>(year.startYear));
    while (income.step()) {
        IncomeLine line{income.int64(0), income.text(1),  income.text(2),
                        income.text(3),  income.int64(4), income.text(5)};
        const auto owner =
            "The line of income of " + formatPounds(line.pence) +
            (line.organisation.empty() ? std::string() : " from " + line.organisation) +
            (line.district.empty() ? std::string() : " for " + line.district);
        checkCode(line.source, codes->incomeSources, "source", owner, yearText, plan.checks);
        if (income.int64(6) != 0) {
            plan.checks.push_back({false, owner + " has no amount."});
        }
        if (!add(plan.incomePence, line.pence)) {
            return tooLarge;
        }
        plan.income.push_back(std::move(line));
    }

    auto spending = db.prepare(
        "SELECT e.id, s.reference, s.name, s.description, s.scheme_type, s.sub_type, "
        "s.other_type, s.existing, e.area_of_spend, e.commissioner, e.nhs_share_bp, e.provider, "
        "COALESCE(p.name, ''), e.funding_source, COALESCE(e.amount_pence, 0), e.outputs, "
        "e.output_unit, e.amount_pence IS NULL FROM bcf_expenditure e JOIN bcf_scheme s ON s.id = "
        "e.scheme_id "
        "LEFT JOIN partner_organisation p ON p.id = e.provider_id WHERE e.year = ?1 "
        "ORDER BY s.reference, s.id, e.id");
    spending.bind(1, static_cast<std::int64_t>(year.startYear));
    std::vector<PlanCheck> codeChecks;
    while (spending.step()) {
        SpendingLine line;
        line.id = spending.int64(0);
        line.reference = spending.text(1);
        line.scheme = spending.text(2);
        line.description = spending.text(3);
        line.schemeType = spending.text(4);
        line.subType = spending.text(5);
        line.otherType = spending.text(6);
        line.existing = spending.int64(7) != 0;
        line.areaOfSpend = spending.text(8);
        line.commissioner = spending.text(9);
        line.nhsShareBp = spending.optionalInt64(10);
        line.provider = spending.text(11);
        line.providerName = spending.text(12);
        line.fundingSource = spending.text(13);
        line.pence = spending.int64(14);
        line.outputs = spending.optionalInt64(15);
        line.outputUnit = spending.text(16);
        const auto owner = lineName(line);
        checkCode(line.schemeType, codes->schemeTypes, "scheme type", owner, yearText, codeChecks);
        checkCode(line.areaOfSpend, codes->areasOfSpend, "area of spend", owner, yearText,
                  codeChecks);
        checkCode(line.provider, codes->providers, "provider", owner, yearText, codeChecks);
        checkCode(line.fundingSource, codes->incomeSources, "source of funding", owner, yearText,
                  codeChecks);
        if (spending.int64(17) != 0) {
            codeChecks.push_back({false, owner + " has no amount."});
        }
        if (line.commissioner.empty()) {
            codeChecks.push_back({false, owner + " has no commissioner."});
        } else if (line.commissioner == "joint" && !line.nhsShareBp) {
            codeChecks.push_back({false, owner + " is commissioned jointly: give the NHS's "
                                                 "share (the council's is the rest)."});
        }
        if (line.schemeType == "Other" && line.otherType.empty()) {
            codeChecks.push_back({false, owner + " is of the type Other: say what it is."});
        }
        if (!add(plan.spendingPence, line.pence)) {
            return tooLarge;
        }
        if (line.fundingSource == codes->nhsMinimum && line.areaOfSpend == codes->adultSocialCare &&
            !add(plan.ascSpendPence, line.pence)) {
            return tooLarge;
        }
        plan.spending.push_back(std::move(line));
    }

    // Planned spending equals income, in all.
    std::vector<PlanCheck> sums;
    if (plan.spendingPence == plan.incomePence) {
        sums.push_back({true, "Planned spending equals income: " + formatPounds(plan.incomePence) +
                                  " each in " + yearText + "."});
    } else {
        sums.push_back({false, "Planned spending of " + formatPounds(plan.spendingPence) + " is " +
                                   difference(plan.spendingPence, plan.incomePence) +
                                   " the income of " + formatPounds(plan.incomePence) + " in " +
                                   yearText + "."});
    }
    // And source by source: what is spent from each source is what it
    // brings in.
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> bySource; // spent, received
    for (const auto& line : plan.income) {
        if (!add(bySource[line.source].second, line.pence)) {
            return tooLarge;
        }
    }
    for (const auto& line : plan.spending) {
        if (!line.fundingSource.empty() && !add(bySource[line.fundingSource].first, line.pence)) {
            return tooLarge;
        }
    }
    for (const auto& [source, amounts] : bySource) {
        if (source.empty() || amounts.first == amounts.second) {
            continue;
        }
        sums.push_back({false, source + ": planned spending of " + formatPounds(amounts.first) +
                                   " is " + difference(amounts.first, amounts.second) + " the " +
                                   formatPounds(amounts.second) + " it brings in."});
    }
    // The NHS minimum contribution to adult social care: the first figure
    // given for the year, and a check when there are two.
    auto minimum = db.prepare("SELECT asc_minimum_pence FROM bcf_year WHERE year = ?1 AND "
                              "asc_minimum_pence IS NOT NULL ORDER BY id");
    minimum.bind(1, static_cast<std::int64_t>(year.startYear));
    std::size_t figures = 0;
    while (minimum.step()) {
        if (figures++ == 0) {
            plan.ascMinimumPence = minimum.int64(0);
        }
    }
    if (figures > 1) {
        sums.push_back({false, "There are " + std::to_string(figures) +
                                   " figures for the NHS minimum contribution to adult social "
                                   "care in " +
                                   yearText + "; keep one (the first given is used)."});
    }
    // Lines without a year are in no year's plan.
    auto undated = db.prepare("SELECT (SELECT count(*) FROM bcf_income WHERE year IS NULL), "
                              "(SELECT count(*) FROM bcf_expenditure WHERE year IS NULL)");
    if (undated.step() && (undated.int64(0) > 0 || undated.int64(1) > 0)) {
        const auto undatedIncome = undated.int64(0);
        const auto undatedSpending = undated.int64(1);
        std::string which;
        if (undatedIncome > 0) {
            which = std::to_string(undatedIncome) +
                    (undatedIncome == 1 ? " line of income" : " lines of income");
        }
        if (undatedSpending > 0) {
            which += (which.empty() ? "" : " and ") + std::to_string(undatedSpending) +
                     (undatedSpending == 1 ? " line of spending" : " lines of spending");
        }
        sums.push_back({false, which + (undatedIncome + undatedSpending == 1 ? " has" : " have") +
                                   " no financial year, so no year's plan counts "
                                   "them: give each its year."});
    }
    const auto ascWords = codes->nhsMinimum + " spent on " + codes->adultSocialCare;
    if (!plan.ascMinimumPence) {
        sums.push_back(
            {false, "Give the NHS minimum contribution to adult social care for " + yearText +
                        " (in the year's Better Care Fund settings) to "
                        "check it is met: " +
                        ascWords + " comes to " + formatPounds(plan.ascSpendPence) + "."});
    } else if (plan.ascSpendPence >= *plan.ascMinimumPence) {
        sums.push_back({true, "The NHS minimum contribution to adult social care is met: " +
                                  ascWords + " comes to " + formatPounds(plan.ascSpendPence) +
                                  ", against " + formatPounds(*plan.ascMinimumPence) + "."});
    } else {
        sums.push_back({false, "The NHS minimum contribution to adult social care is not met: " +
                                   ascWords + " comes to " + formatPounds(plan.ascSpendPence) +
                                   ", " + formatPounds(*plan.ascMinimumPence - plan.ascSpendPence) +
                                   " short of " + formatPounds(*plan.ascMinimumPence) + "."});
    }
    sums.insert(sums.end(), plan.checks.begin(), plan.checks.end());
    sums.insert(sums.end(), codeChecks.begin(), codeChecks.end());
    plan.checks = std::move(sums);
    return plan;
}

} // namespace jointly::bcf
