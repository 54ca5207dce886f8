#include "baseline/PlanSnapshot.h"

#include "baseline/ArchiveReading.h"

#include "monitoring/MonitoringKinds.h"
#include "planning/PlanningKinds.h"
#include "procurement/ContractKinds.h"
#include "procurement/ProcurementKinds.h"
#include "quantities/Apportion.h"
#include "records/FieldInput.h"
#include "records/RecordStore.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "util/Text.h"

#include <limits>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

namespace jointly::baseline {

namespace {

using records::FieldSpec;
using records::FieldType;
using records::RecordKind;

// The kinds a baseline keeps, in the order a comparison lists them, each
// with the heading of its section.
const std::vector<std::pair<const RecordKind*, const char*>>& keptKinds() {
    static const std::vector<std::pair<const RecordKind*, const char*>> kinds = {
        {&planning::priority(), "Priorities"},
        {&planning::contribution(), "Contributions"},
        {&planning::allocation(), "Allocations"},
        {&planning::savingsTarget(), "Savings targets"},
        {&planning::savingsScheme(), "Savings schemes"},
        {&planning::schemeSaving(), "Planned savings"},
        {&planning::outcomeMeasure(), "Outcome measures"},
        {&planning::measureTarget(), "Outcome targets"},
        {&procurement::specification(), "Specifications"},
        {&procurement::specificationBudget(), "Specification envelopes"},
        {&procurement::contract(), "Contracts"},
        {&procurement::contractValue(), "Contract values"},
        {&procurement::contractFunder(), "Contract funders"},
        {&procurement::contractKpi(), "KPIs"},
        {&monitoring::targetChange(), "KPI target changes"},
    };
    return kinds;
}

// The names of linked records, each kind's read once.
class LinkNames {
public:
    explicit LinkNames(storage::Database& db) : db_(db) {}

    std::string display(const FieldSpec& field, const records::FieldValue& value) {
        if (field.type != FieldType::Link) {
            return records::formatValue(field, value);
        }
        const auto* id = std::get_if<std::int64_t>(&value);
        const auto* linked = records::linkedKind(field);
        if (id == nullptr || linked == nullptr) {
            return "";
        }
        auto& names = names_[linked];
        if (names.empty()) {
            for (const auto& record : records::listRecords(db_, *linked)) {
                names.emplace(record.id, records::nameOf(*linked, record));
            }
        }
        const auto found = names.find(*id);
        return found == names.end() ? "a record no longer there" : found->second;
    }

private:
    storage::Database& db_;
    std::map<const RecordKind*, std::map<std::int64_t, std::string>> names_;
};

// A record's label: the record it belongs to, its name, and its year when
// the name is not the year ("Community falls contract, 2027/28").
std::string labelOf(const RecordKind& kind, const records::Record& record, LinkNames& names) {
    std::vector<std::string> parts;
    const auto add = [&](const FieldSpec& field, std::size_t index) {
        auto text = names.display(field, record.values[index]);
        if (!text.empty()) {
            parts.push_back(std::move(text));
        }
    };
    for (std::size_t i = 0; i < kind.fields.size(); ++i) {
        if (kind.fields[i].type == FieldType::Link && kind.fields[i].required) {
            add(kind.fields[i], i);
            break;
        }
    }
    for (std::size_t i = 0; i < kind.fields.size(); ++i) {
        if (kind.fields[i].column == kind.nameColumn) {
            add(kind.fields[i], i);
        }
    }
    for (std::size_t i = 0; i < kind.fields.size(); ++i) {
        if (kind.fields[i].type == FieldType::Year && kind.fields[i].column != kind.nameColumn) {
            add(kind.fields[i], i);
            break;
        }
    }
    std::string label;
    for (const auto& part : parts) {
        label += (label.empty() ? "" : ", ") + part;
    }
    return label.empty() ? "unnamed " + std::string(kind.singular) : label;
}

class MoneyTotals {
public:
    void add(const std::string& section, const std::string& partner, std::int64_t year,
             std::int64_t pence) {
        auto& total = totals_[{section, partner, year}];
        // A total past what 64 bits hold (only a made-up file) stays at the
        // largest amount rather than wrapping round.
        if (__builtin_add_overflow(total, pence, &total)) {
            total = pence < 0 ? std::numeric_limits<std::int64_t>::min()
                              : std::numeric_limits<std::int64_t>::max();
        }
    }

    // Rows of (partner, year, pence) from sql, into section.
    void read(storage::Database& db, const std::string& section, std::string_view sql) {
        auto rows = db.prepare(sql);
        while (rows.step()) {
            if (!rows.isNull(1) && !rows.isNull(2)) {
                add(section, rows.text(0), rows.int64(1), rows.int64(2));
            }
        }
    }

    std::vector<SnapshotMoney> lines() const {
        std::vector<SnapshotMoney> all;
        for (const auto& [key, pence] : totals_) {
            all.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), pence});
        }
        return all;
    }

private:
    std::map<std::tuple<std::string, std::string, std::int64_t>, std::int64_t> totals_;
};

// Each contract's value in a year, split between its funders by their shares
// to the penny (largest remainder); all of it unsplit when the shares do not
// add up to 100%.
void readContractValues(storage::Database& db, MoneyTotals& totals) {
    std::map<std::int64_t, std::vector<std::pair<std::string, std::int64_t>>> funders;
    auto shares = db.prepare("SELECT f.contract_id, coalesce(p.name, ''), f.share_bp "
                             "FROM contract_funder f LEFT JOIN partner_organisation p "
                             "ON p.id = f.partner_id ORDER BY f.contract_id, f.id");
    while (shares.step()) {
        funders[shares.int64(0)].emplace_back(shares.text(1),
                                              shares.isNull(2) ? -1 : shares.int64(2));
    }
    auto values = db.prepare("SELECT contract_id, year, amount_pence FROM contract_value "
                             "WHERE year IS NOT NULL AND amount_pence IS NOT NULL "
                             "ORDER BY contract_id, year");
    while (values.step()) {
        const auto year = values.int64(1);
        const auto amount = values.int64(2);
        const auto& split = funders[values.int64(0)];
        std::vector<std::int64_t> parts;
        std::int64_t sum = 0;
        for (const auto& [partner, share] : split) {
            parts.push_back(share);
            sum += share >= 0 && share <= 10000 ? share : 20000;
        }
        const auto apportioned =
            sum == 10000 ? quantities::apportion(amount, parts)
                         : Outcome<std::vector<std::int64_t>>(Error{ErrorKind::Invalid, ""});
        if (!apportioned.ok()) {
            totals.add("Contract values", "", year, amount);
            continue;
        }
        for (std::size_t i = 0; i < split.size(); ++i) {
            totals.add("Contract values", split[i].first, year, apportioned.value()[i]);
        }
    }
}

} // namespace

PlanSnapshot takeSnapshot(storage::Database& db, const std::string& name,
                          const std::string& takenOn) {
    PlanSnapshot snapshot;
    snapshot.name = name;
    snapshot.takenOn = takenOn;
    auto partnership = db.prepare("SELECT name FROM partnership WHERE id = 1");
    if (partnership.step()) {
        snapshot.partnership = partnership.text(0);
    }
    LinkNames names(db);
    for (const auto& [kind, section] : keptKinds()) {
        for (const auto& record : records::listRecords(db, *kind)) {
            SnapshotItem item{std::string(section),
                              std::string(kind->table) + ":" + std::to_string(record.id),
                              labelOf(*kind, record, names),
                              {}};
            for (std::size_t i = 0; i < kind->fields.size(); ++i) {
                item.fields.push_back({std::string(kind->fields[i].label),
                                       names.display(kind->fields[i], record.values[i])});
            }
            snapshot.items.push_back(std::move(item));
        }
    }
    MoneyTotals totals;
    totals.read(db, "Contributions",
                "SELECT p.name, c.year, c.amount_pence FROM contribution c "
                "JOIN partner_organisation p ON p.id = c.partner_id ORDER BY c.id");
    totals.read(db, "Allocations", "SELECT '', year, amount_pence FROM allocation ORDER BY id");
    totals.read(db, "Savings targets",
                "SELECT '', year, amount_pence FROM savings_target ORDER BY id");
    totals.read(db, "Planned savings",
                "SELECT coalesce(p.name, ''), s.year, s.planned_pence FROM scheme_saving s "
                "JOIN savings_scheme sc ON sc.id = s.scheme_id "
                "LEFT JOIN partner_organisation p ON p.id = sc.lead_partner_id ORDER BY s.id");
    totals.read(db, "Specification envelopes",
                "SELECT coalesce(p.name, ''), b.year, b.amount_pence FROM specification_budget b "
                "LEFT JOIN partner_organisation p ON p.id = b.partner_id ORDER BY b.id");
    readContractValues(db, totals);
    snapshot.money = totals.lines();
    return snapshot;
}

std::string saveSnapshot(const PlanSnapshot& snapshot) {
    return writeArchive(ArchiveContent::PlanBaseline, snapshot);
}

Outcome<PlanSnapshot> loadSnapshot(std::string_view stored, const std::string& what) {
    auto snapshot = readArchive<PlanSnapshot>(stored, ArchiveContent::PlanBaseline, what);
    if (!snapshot.ok()) {
        return snapshot;
    }
    // Each record and each line of money once, as a snapshot is taken.
    std::set<std::string> keys;
    std::set<std::tuple<std::string, std::string, std::int64_t>> lines;
    for (const auto& item : snapshot.value().items) {
        if (!keys.insert(item.key).second) {
            return Error{ErrorKind::Damaged,
                         what + " holds the same record twice. It was not read."};
        }
    }
    for (const auto& line : snapshot.value().money) {
        if (!lines.emplace(line.section, line.partner, line.year).second) {
            return Error{ErrorKind::Damaged,
                         what + " holds the same money twice. It was not read."};
        }
    }
    return snapshot;
}

} // namespace jointly::baseline
