#include "needs/NeedsProgress.h"

#include "needs/IndicatorImport.h"
#include "needs/NeedsKinds.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

namespace jointly::needs {

namespace {

std::int64_t count(storage::Database& db, const std::string& sql) {
    return db.queryInt64(sql);
}

} // namespace

StageProgress needsProgress(storage::Database& db) {
    Checklist list;
    list.require(count(db, "SELECT count(*) FROM needs_area WHERE role = 'own'") > 0,
                 "Record the partnership's own area (with its code) under Areas.");
    // EXISTS, not count(*): this runs after every edit, with up to millions of values.
    list.require(count(db, std::string("SELECT EXISTS (SELECT 1 FROM indicator_value v WHERE ") +
                               kLiveValue + ")") > 0,
                 "Import indicator values, for example a Fingertips export.");
    const auto indicators = records::countRecords(db, indicator());
    const auto unknown =
        count(db, std::string("SELECT count(*) FROM indicator WHERE polarity = 'unknown' AND (") +
                      std::string(indicator().visibleWhere) + ")");
    list.require(indicators > 0 && unknown == 0,
                 indicators == 0 ? "Set each indicator's polarity (import indicators first)."
                                 : "Set the polarity of " + std::to_string(unknown) + " indicator" +
                                       (unknown == 1 ? "" : "s") +
                                       " (higher or lower is better, or no judgement).");
    list.require(records::countRecords(db, population()) > 0,
                 "Add population figures by age band and year.");
    list.require(count(db, "SELECT count(*) FROM population WHERE projected = 1") > 0,
                 "Add population projections as well as current estimates.");
    const auto services = records::countRecords(db, service());
    list.require(services > 0, "Map the current services.");
    list.require(services > 0 &&
                     count(db, "SELECT count(*) FROM service WHERE care_group_id IS NULL OR "
                               "annual_cost_pence IS NULL") == 0,
                 "Give every service a care group and an annual cost.");
    list.require(records::countRecords(db, asset()) > 0,
                 "Record community and voluntary-sector assets.");
    list.require(records::countRecords(db, engagement()) > 0,
                 "Record what service users, carers, providers and clinicians said.");
    const auto statements = records::countRecords(db, needsStatement());
    list.require(statements > 0, "Write needs statements from the evidence.");
    list.require(statements > 0 &&
                     count(db, "SELECT count(*) FROM needs_statement s WHERE NOT EXISTS (SELECT "
                               "1 FROM statement_evidence e WHERE e.statement_id = s.id)") == 0,
                 "Make every needs statement cite its evidence.");
    list.require(count(db, "SELECT count(*) FROM needs_statement WHERE candidate_priority = 1") > 0,
                 "Promote at least one needs statement to a candidate priority.");
    return list.result();
}

} // namespace jointly::needs
