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
    // Only what has been filled in counts: a blank row is not an area, a
    // service or a statement.
    list.part(count(db, "SELECT count(*) FROM needs_area WHERE role = 'own' AND trim(code) <> '' "
                        "AND trim(name) <> ''") > 0,
              "Record the partnership's own area (with its name and code) under Areas.",
              needsArea().singular);
    // EXISTS, not count(*): this runs after every edit, with up to millions of values.
    list.part(count(db, std::string("SELECT EXISTS (SELECT 1 FROM indicator_value v WHERE ") +
                            kLiveValue + ")") > 0,
              "Import indicator values, for example a Fingertips export.", indicator().singular);
    const std::string visible = "(" + std::string(indicator().visibleWhere) + ")";
    const auto judged =
        count(db, "SELECT count(*) FROM indicator WHERE polarity <> 'unknown' AND " + visible);
    const auto unknown =
        count(db, "SELECT count(*) FROM indicator WHERE polarity = 'unknown' AND " + visible);
    if (list.part(judged > 0,
                  "Set each indicator's polarity: whether higher or lower is better "
                  "(import indicators first).",
                  indicator().singular)) {
        list.finish(unknown == 0,
                    "Set the polarity of " + std::to_string(unknown) + " indicator" +
                        (unknown == 1 ? "" : "s") +
                        " (higher or lower is better, or no judgement).",
                    indicator().singular);
    }
    list.part(count(db, "SELECT count(*) FROM population WHERE people IS NOT NULL AND year IS NOT "
                        "NULL AND projected = 0") > 0,
              "Add population figures by age band and year.", population().singular);
    list.part(count(db, "SELECT count(*) FROM population WHERE people IS NOT NULL AND year IS NOT "
                        "NULL AND projected = 1") > 0,
              "Add population projections as well as current estimates.", population().singular);
    const auto services = count(db, "SELECT count(*) FROM service WHERE trim(name) <> ''");
    list.part(services > 0, "Map the current services.", service().singular);
    const auto costed = count(db, "SELECT count(*) FROM service WHERE trim(name) <> '' AND "
                                  "care_group_id IS NOT NULL AND annual_cost_pence IS NOT NULL");
    if (list.part(costed > 0, "Give every service a care group and an annual cost.",
                  service().singular)) {
        const auto uncosted = services - costed;
        list.finish(uncosted <= 0,
                    "Give " + std::to_string(uncosted) + " service" + (uncosted == 1 ? "" : "s") +
                        " a care group and an annual cost.",
                    service().singular);
    }
    list.part(count(db, "SELECT count(*) FROM asset WHERE trim(name) <> ''") > 0,
              "Record community and voluntary-sector assets.", asset().singular);
    list.part(count(db, "SELECT count(*) FROM engagement WHERE trim(summary) <> ''") > 0,
              "Record what service users, carers, providers and clinicians said.",
              engagement().singular);
    const auto statements =
        count(db, "SELECT count(*) FROM needs_statement WHERE trim(statement) <> ''");
    list.part(statements > 0, "Write needs statements from the evidence.",
              needsStatement().singular);
    const auto uncited =
        count(db, "SELECT count(*) FROM needs_statement s WHERE trim(s.statement) <> '' AND NOT "
                  "EXISTS (SELECT 1 FROM statement_evidence e WHERE e.statement_id = s.id)");
    if (list.part(statements > uncited, "Make every needs statement cite its evidence.",
                  statementEvidence().singular)) {
        list.finish(uncited == 0,
                    "Make " + std::to_string(uncited) + " needs statement" +
                        (uncited == 1 ? "" : "s") + " cite " + (uncited == 1 ? "its" : "their") +
                        " evidence.",
                    statementEvidence().singular);
    }
    list.part(count(db, "SELECT count(*) FROM needs_statement WHERE candidate_priority = 1 AND "
                        "trim(statement) <> ''") > 0,
              "Promote at least one needs statement to a candidate priority.",
              needsStatement().singular);
    return list.result();
}

} // namespace jointly::needs
