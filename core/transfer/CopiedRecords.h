#pragma once

#include "baseline/ArchiveFields.h"

#include <boost/serialization/version.hpp>

#include <cstdint>
#include <string>
#include <vector>

// Records copied from a project, as they travel on the clipboard inside
// Jointly's archive header: a partner organisation with its members, an
// options appraisal with its options, criteria and scores, a contract with
// its KPIs. Links between the copied records keep the ids they had; links
// to anything else travel as the linked record's name, found again by name
// in the project they are pasted into.
namespace jointly::transfer {

enum class CopiedValueKind : std::int64_t {
    Empty = 0,
    Number = 1,
    Text = 2,
    LinkWithin = 3,  // to a record copied with it: number is its id there
    LinkOutside = 4, // to a record not copied: text is its name, table its kind
};

// One field of a copied record.
struct CopiedValue {
    std::string column;    // a field of the record's kind
    std::int64_t kind = 0; // a CopiedValueKind
    std::int64_t number = 0;
    std::string text;
    std::string table; // what a link points at
    template <class Archive> void serialize(Archive& archive, unsigned int version) {
        baseline::checkVersion(version, 1);
        baseline::archiveText(archive, column);
        archive& kind;
        archive& number;
        baseline::archiveText(archive, text);
        baseline::archiveText(archive, table);
    }
};

struct CopiedRecord {
    std::string table; // "member"
    std::int64_t id = 0;
    std::vector<CopiedValue> values;
    template <class Archive> void serialize(Archive& archive, unsigned int version) {
        baseline::checkVersion(version, 1);
        baseline::archiveText(archive, table);
        archive& id;
        baseline::archiveList(archive, values);
    }
};

// An appraisal's score of one option against one criterion.
struct CopiedScore {
    std::int64_t optionId = 0;
    std::int64_t criterionId = 0;
    std::int64_t score = 0;
    template <class Archive> void serialize(Archive& archive, unsigned int version) {
        baseline::checkVersion(version, 1);
        archive& optionId;
        archive& criterionId;
        archive& score;
    }
};

struct CopiedRecords {
    std::string partnership;           // the project they were copied from
    std::vector<CopiedRecord> records; // the record copied first, then what belongs to it
    std::vector<CopiedScore> scores;
    template <class Archive> void serialize(Archive& archive, unsigned int version) {
        baseline::checkVersion(version, 1);
        baseline::archiveText(archive, partnership);
        baseline::archiveList(archive, records);
        baseline::archiveList(archive, scores);
    }
};

} // namespace jointly::transfer

BOOST_CLASS_VERSION(jointly::transfer::CopiedValue, 1)
BOOST_CLASS_VERSION(jointly::transfer::CopiedRecord, 1)
BOOST_CLASS_VERSION(jointly::transfer::CopiedScore, 1)
BOOST_CLASS_VERSION(jointly::transfer::CopiedRecords, 1)
