#pragma once

#include "Outcome.h"
#include "baseline/ArchiveFields.h"

#include <boost/serialization/version.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

// A snapshot of the plan as approved: the priorities, the budget
// (contributions and allocations), savings targets and schemes, the
// outcomes' measures and targets, the specifications with their budget
// envelopes, and the contracts with their values, funders and KPI targets.
// Each record is kept in the users' words (money in pounds, links by name),
// and the money besides as exact pence by section, partner and year, so a
// comparison with the plan later is to the penny.
namespace jointly::baseline {

struct SnapshotField {
    std::string label; // "Amount"
    std::string value; // "£10,000,000.00"
    template <class Archive> void serialize(Archive& archive, unsigned int version) {
        checkVersion(version, 1);
        archiveText(archive, label);
        archiveText(archive, value);
    }
};

struct SnapshotItem {
    std::string section; // "Allocations"
    std::string key;     // "allocation:12": the same record in the plan later
    std::string label;   // "Older people: prevention and falls, 2026/27"
    std::vector<SnapshotField> fields;
    template <class Archive> void serialize(Archive& archive, unsigned int version) {
        checkVersion(version, 1);
        archiveText(archive, section);
        archiveText(archive, key);
        archiveText(archive, label);
        archiveList(archive, fields);
    }
};

// The money of one section for one partner ("" for the pooled budget as a
// whole) in one financial year (the year it starts in).
struct SnapshotMoney {
    std::string section; // "Contributions"
    std::string partner; // "Westshire County Council", or ""
    std::int64_t year = 0;
    std::int64_t pence = 0;
    template <class Archive> void serialize(Archive& archive, unsigned int version) {
        checkVersion(version, 1);
        archiveText(archive, section);
        archiveText(archive, partner);
        archive& year;
        archive& pence;
    }
};

struct PlanSnapshot {
    std::string name;        // "Approved by the board, March 2026"
    std::string takenOn;     // 2026-03-26
    std::string partnership; // the partnership's name then
    std::vector<SnapshotItem> items;
    std::vector<SnapshotMoney> money;
    template <class Archive> void serialize(Archive& archive, unsigned int version) {
        checkVersion(version, 1);
        archiveText(archive, name);
        archiveText(archive, takenOn);
        archiveText(archive, partnership);
        archiveList(archive, items);
        archiveList(archive, money);
    }
};

// The plan as the project holds it now.
PlanSnapshot takeSnapshot(storage::Database& db, const std::string& name,
                          const std::string& takenOn);

// The snapshot as a wrapped archive (ArchiveEnvelope.h), as the project
// keeps it.
std::string saveSnapshot(const PlanSnapshot& snapshot);

// Reads a wrapped archive back. Refuses, with a sentence naming `what`,
// anything unwrapArchive refuses and an archive Boost cannot read or that
// holds more than an archive may: never a crash.
Outcome<PlanSnapshot> loadSnapshot(std::string_view stored, const std::string& what);

} // namespace jointly::baseline

BOOST_CLASS_VERSION(jointly::baseline::SnapshotField, 1)
BOOST_CLASS_VERSION(jointly::baseline::SnapshotItem, 1)
BOOST_CLASS_VERSION(jointly::baseline::SnapshotMoney, 1)
BOOST_CLASS_VERSION(jointly::baseline::PlanSnapshot, 1)
