#include "procurement/OcdsProcess.h"
#include "storage/Database.h"

#include <map>
#include <utility>

// The monitoring of each contract KPI the implementation release publishes:
// its figures, with the notes and annotations on their periods, and its
// ratings in the contract's yearly assessments.
namespace jointly::procurement {

void loadPerformance(storage::Database& db, std::vector<OcdsProcess>& processes) {
    std::map<std::int64_t, OcdsKpi*> kpis;
    for (auto& process : processes) {
        for (auto& contract : process.contracts) {
            for (auto& kpi : contract.kpis) {
                kpis.emplace(kpi.id, &kpi);
            }
        }
    }
    if (kpis.empty()) {
        return;
    }
    std::map<std::pair<std::int64_t, std::string>, std::string> annotations;
    auto notes = db.prepare("SELECT kpi_id, period, note FROM kpi_annotation WHERE trim(note) <> "
                            "'' ORDER BY kpi_id, period, id");
    while (notes.step()) {
        auto& text = annotations[{notes.int64(0), notes.text(1)}];
        text += (text.empty() ? "" : " ") + notes.text(2);
    }
    auto figures = db.prepare("SELECT kpi_id, period, value_hundredths, note FROM kpi_actual "
                              "ORDER BY kpi_id, period, id");
    while (figures.step()) {
        auto found = kpis.find(figures.int64(0));
        if (found == kpis.end()) {
            continue;
        }
        std::string note = figures.text(3);
        auto annotation = annotations.find({figures.int64(0), figures.text(1)});
        if (annotation != annotations.end()) {
            note += (note.empty() ? "" : " ") + annotation->second;
        }
        found->second->figures.push_back(
            {figures.text(1), figures.optionalInt64(2), std::move(note)});
    }
    auto ratings = db.prepare("SELECT r.kpi_id, a.id, a.year, r.rating, r.explanation FROM "
                              "kpi_rating r JOIN contract_assessment a ON a.id = r.assessment_id "
                              "ORDER BY r.kpi_id, a.year, a.id, r.id");
    while (ratings.step()) {
        auto found = kpis.find(ratings.int64(0));
        if (found == kpis.end()) {
            continue;
        }
        found->second->ratings.push_back({ratings.int64(1), static_cast<int>(ratings.int64(2)),
                                          ratings.text(3), ratings.text(4)});
    }
}

} // namespace jointly::procurement
