#include "procurement/ContractRegister.h"

#include "procurement/Routes.h"
#include "quantities/Apportion.h"
#include "quantities/CalendarDate.h"
#include "quantities/Money.h"
#include "quantities/WorkingDays.h"
#include "scoring/WeightedScoring.h"
#include "storage/Database.h"
#include "util/Text.h"

namespace jointly::procurement {

namespace {

std::optional<std::int64_t> optionalInt(storage::Statement& row, int column) {
    return row.isNull(column) ? std::nullopt : std::optional<std::int64_t>(row.int64(column));
}

std::string textOr(storage::Statement& row, int column) {
    return row.isNull(column) ? std::string() : row.text(column);
}

void addAlert(ContractSummary& contract, const std::string& what, const std::string& date,
              std::string_view today, const std::string& horizon) {
    const auto day = quantities::dayNumberOfDate(date);
    const auto now = quantities::dayNumberOfDate(today);
    if (!day || !now) {
        return;
    }
    const long away = *day - *now;
    const bool running = contract.endsOn.empty() || contract.endsOn >= today;
    const auto name = util::curlyQuoted(contract.name);
    const auto when = quantities::dateInWords(date);
    std::string sentence;
    if (away < 0 && running) {
        sentence = what == "notice"
                       ? "The date to give notice on " + name + " passed on " + when + "."
                       : "The extension of " + name + " was to be decided by " + when +
                             ", which has passed.";
    } else if (away >= 0 && date <= horizon) {
        const auto in = away == 0 ? std::string("today")
                                  : "in " + std::to_string(away) + (away == 1 ? " day" : " days");
        sentence =
            what == "notice"
                ? "Notice on " + name + " must be given by " + when + ", " + in + "."
                : "The extension of " + name + " must be decided by " + when + ", " + in + ".";
    }
    if (!sentence.empty()) {
        contract.alerts.push_back({what, date, away, sentence});
    }
}

void readFunding(storage::Database& db, ContractSummary& contract) {
    auto funders = db.prepare("SELECT f.partner_id, p.name, coalesce(f.share_bp, 0) FROM "
                              "contract_funder f LEFT JOIN partner_organisation p ON p.id = "
                              "f.partner_id WHERE f.contract_id = ?1 ORDER BY f.id");
    funders.bind(1, contract.id);
    std::vector<std::int64_t> shares;
    while (funders.step()) {
        auto partner = textOr(funders, 1);
        contract.funders.push_back({optionalInt(funders, 0),
                                    partner.empty() ? "unnamed partner" : partner,
                                    funders.int64(2)});
        contract.sharesBp += funders.int64(2);
        shares.push_back(funders.int64(2));
    }
    const bool exact = !shares.empty() && contract.sharesBp == scoring::kFullWeight;
    if (!shares.empty() && !exact) {
        contract.warnings.push_back("The co-funders' shares add up to " +
                                    scoring::formatHundredths(contract.sharesBp) +
                                    "%, not exactly 100%, so the value is not split between "
                                    "them.");
    }
    auto years = db.prepare("SELECT year, amount_pence FROM contract_value WHERE contract_id = "
                            "?1 AND year IS NOT NULL AND amount_pence IS NOT NULL ORDER BY year, "
                            "id");
    years.bind(1, contract.id);
    std::int64_t total = 0;
    bool overflow = false;
    while (years.step()) {
        ContractYear year{years.int64(0), years.int64(1), {}};
        if (exact) {
            auto split = quantities::apportion(year.valuePence, shares);
            if (split.ok()) {
                year.byFunder = split.value();
            }
        }
        overflow = overflow || __builtin_add_overflow(total, year.valuePence, &total);
        contract.years.push_back(std::move(year));
    }
    if (!overflow) {
        contract.totalPence = total;
        if (contract.atRiskBp) {
            auto atRisk = quantities::apportion(
                total, {*contract.atRiskBp, scoring::kFullWeight - *contract.atRiskBp});
            if (atRisk.ok()) {
                contract.atRiskPence = atRisk.value().front();
            }
        }
    }
}

void readKpis(storage::Database& db, ContractSummary& contract) {
    auto kpis = db.prepare("SELECT name, unit, polarity, frequency, target_hundredths, "
                           "pays_incentive FROM kpi WHERE contract_id = ?1 ORDER BY id");
    kpis.bind(1, contract.id);
    while (kpis.step()) {
        contract.kpis.push_back({kpis.text(0).empty() ? "unnamed KPI" : kpis.text(0), kpis.text(1),
                                 kpis.text(2), kpis.text(3), optionalInt(kpis, 4),
                                 kpis.int64(5) != 0});
    }
    if (contract.kpis.empty()) {
        contract.warnings.push_back("No KPI yet: the monitoring stage has nothing to measure.");
    }
}

} // namespace

std::string addMonths(std::string_view date, std::int64_t months) {
    // Beyond the years a date here may fall in either way: nothing.
    if (!quantities::isIsoDate(date) || months < -12 * 400 || months > 12 * 400) {
        return {};
    }
    const int year = std::stoi(std::string(date.substr(0, 4)));
    const int month = std::stoi(std::string(date.substr(5, 2)));
    const int day = std::stoi(std::string(date.substr(8, 2)));
    const int index = year * 12 + (month - 1) + static_cast<int>(months);
    const int newYear = index / 12;
    const int newMonth = index % 12 + 1;
    if (newYear < 1900 || newYear > 2200) {
        return {};
    }
    const int newDay = std::min(day, quantities::daysInMonth(newYear, newMonth));
    return quantities::dateOfDayNumber(quantities::dayNumber(newYear, newMonth, newDay));
}

std::vector<ContractSummary> contractRegister(storage::Database& db, std::string_view today,
                                              int alertMonths) {
    const auto horizon = addMonths(today, alertMonths);
    auto rows = db.prepare(
        "SELECT c.id, c.name, o.name, p.name, p.regime, p.route, c.starts_on, c.ends_on, "
        "c.latest_end_on, c.extension_decision_on, c.notice_months, c.payment_basis, "
        "c.at_risk_bp FROM contract c LEFT JOIN partner_organisation o ON o.id = c.provider_id "
        "LEFT JOIN procurement p ON p.id = c.procurement_id ORDER BY c.id");
    std::vector<ContractSummary> register_;
    while (rows.step()) {
        ContractSummary contract;
        contract.id = rows.int64(0);
        contract.name = rows.text(1).empty() ? "unnamed contract" : rows.text(1);
        contract.provider = textOr(rows, 2);
        contract.procurement = textOr(rows, 3);
        contract.regime = textOr(rows, 4);
        contract.route = textOr(rows, 5);
        contract.startsOn = textOr(rows, 6);
        contract.endsOn = textOr(rows, 7);
        contract.latestEndOn = textOr(rows, 8);
        contract.extensionDecisionOn = textOr(rows, 9);
        const auto notice = optionalInt(rows, 10);
        contract.paymentBasis = rows.text(11);
        contract.atRiskBp = optionalInt(rows, 12);
        if (notice && !contract.endsOn.empty()) {
            contract.noticeBy = addMonths(contract.endsOn, -*notice);
        }
        if (!contract.startsOn.empty() && !contract.endsOn.empty() &&
            contract.endsOn < contract.startsOn) {
            contract.warnings.push_back("It ends before it starts.");
        }
        if (!contract.latestEndOn.empty() && !contract.endsOn.empty() &&
            contract.latestEndOn < contract.endsOn) {
            contract.warnings.push_back("Its latest possible end is before its end.");
        }
        register_.push_back(std::move(contract));
    }
    for (auto& contract : register_) {
        readFunding(db, contract);
        readKpis(db, contract);
        if (!contract.noticeBy.empty()) {
            addAlert(contract, "notice", contract.noticeBy, today, horizon);
        }
        if (!contract.extensionDecisionOn.empty()) {
            addAlert(contract, "extension", contract.extensionDecisionOn, today, horizon);
        }
    }
    return register_;
}

std::vector<std::string> contractAlerts(storage::Database& db, std::string_view today) {
    std::vector<std::string> alerts;
    for (const auto& contract : contractRegister(db, today, kContractAlertMonths)) {
        for (const auto& alert : contract.alerts) {
            alerts.push_back(alert.sentence);
        }
    }
    return alerts;
}

} // namespace jointly::procurement
