#include "procurement/TenderScoring.h"

#include "procurement/TenderQueries.h"
#include "procurement/TenderStore.h"
#include "project/Ids.h"
#include "project/Project.h"
#include "storage/Database.h"
#include "util/Text.h"

namespace jointly::procurement {

namespace {

// What a score may be given on, or why not.
struct Question {
    std::int64_t procurementId = 0;
    std::int64_t scaleMax = 4;
    std::string bid;
    std::string criterion;
};

Outcome<Question> questionFor(storage::Database& db, std::int64_t bidId, std::int64_t criterionId,
                              std::optional<std::int64_t> score) {
    auto row = db.prepare(
        std::string("SELECT b.procurement_id, c.procurement_id, p.scale_max, ") + kBidNameSql +
        ", c.name, c.category, "
        "b.on_time, (c.lot_id IS NULL OR c.lot_id IS b.lot_id), EXISTS (SELECT 1 FROM "
        "award_criterion s WHERE s.parent_id = c.id) FROM bid b, award_criterion c JOIN "
        "procurement p ON p.id = c.procurement_id WHERE b.id = ?1 AND c.id = ?2");
    row.bind(1, bidId).bind(2, criterionId);
    if (!row.step()) {
        return Error{ErrorKind::NotFound, "That bid or criterion no longer exists."};
    }
    Question question{row.int64(0), row.int64(2), row.text(3), row.text(4)};
    const auto where =
        " \u201c" + question.bid + "\u201d on \u201c" + question.criterion + "\u201d";
    if (row.int64(0) != row.int64(1) || row.int64(7) == 0) {
        return Error{ErrorKind::Invalid, "The bid and the criterion belong to different "
                                         "procurements or lots, so" +
                                             where + " cannot be scored."};
    }
    if (row.text(5) == "price") {
        return Error{ErrorKind::Invalid,
                     "Price is scored by the procurement's price formula, not by evaluators."};
    }
    if (row.int64(8) != 0) {
        return Error{ErrorKind::Invalid,
                     "\u201c" + question.criterion + "\u201d is scored through its sub-criteria."};
    }
    if (row.int64(6) == 0) {
        return Error{ErrorKind::Invalid, "\u201c" + question.bid +
                                             "\u201d was received after the deadline, so it is "
                                             "not evaluated."};
    }
    if (score && (*score < 0 || *score > question.scaleMax)) {
        return Error{ErrorKind::Invalid, "The score " + std::to_string(*score) +
                                             " is off this procurement's scale of 0 to " +
                                             std::to_string(question.scaleMax) + "."};
    }
    return question;
}

} // namespace

Status scoreBid(project::Project& project, std::int64_t evaluatorId, std::int64_t bidId,
                std::int64_t criterionId, std::optional<std::int64_t> score,
                const std::optional<std::string>& note) {
    return project.guarded<Status>([&]() -> Status {
        auto& db = project.database();
        auto question = questionFor(db, bidId, criterionId, score);
        if (!question.ok()) {
            return question.error();
        }
        auto row = db.prepare("SELECT name, procurement_id, role, declared_on IS NOT NULL, "
                              "finished, removed FROM evaluator WHERE id = ?1");
        row.bind(1, evaluatorId);
        if (!row.step()) {
            return Error{ErrorKind::NotFound, "That evaluator no longer exists."};
        }
        const auto name = row.text(0).empty() ? std::string("This evaluator") : row.text(0);
        if (row.int64(1) != question.value().procurementId) {
            return Error{ErrorKind::Invalid, name + " is on another procurement's panel."};
        }
        if (row.int64(5) != 0) {
            return Error{ErrorKind::Invalid,
                         name + " has been removed from the panel, so scores nothing more."};
        }
        if (row.text(2) == "price") {
            return Error{ErrorKind::Invalid, name + " evaluates price only."};
        }
        if (row.int64(3) == 0) {
            return Error{ErrorKind::Invalid,
                         name + " must declare their interests before seeing any bid: record "
                                "the date of their declaration first."};
        }
        if (row.int64(4) != 0) {
            return Error{ErrorKind::Invalid,
                         name + " has finished, so their scores are kept as they are. Scores "
                                "change in moderation, where the originals are kept."};
        }
        for (auto blocked : blockedBids(db, evaluatorId)) {
            if (blocked == bidId) {
                return Error{ErrorKind::Invalid,
                             name + " declared an interest in the bidder of \u201c" +
                                 question.value().bid + "\u201d, so cannot score its bid."};
            }
        }
        const auto label = (score ? "Score \u201c" : "Clear the score of \u201c") +
                           question.value().bid + "\u201d on \u201c" + question.value().criterion +
                           "\u201d for " + name;
        return project.edit(label, [&](storage::Database& edit) {
            if (!score) {
                auto clear = edit.prepare("DELETE FROM evaluation_score WHERE evaluator_id = ?1 "
                                          "AND bid_id = ?2 AND criterion_id = ?3");
                clear.bind(1, evaluatorId).bind(2, bidId).bind(3, criterionId);
                clear.run();
                return;
            }
            auto write = edit.prepare(
                "INSERT INTO evaluation_score (id, evaluator_id, bid_id, criterion_id, score, "
                "note) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (evaluator_id, bid_id, "
                "criterion_id) DO UPDATE SET score = excluded.score, note = CASE WHEN ?7 THEN "
                "excluded.note ELSE evaluation_score.note END");
            write.bind(1, project::newId(edit, "evaluation_score"))
                .bind(2, evaluatorId)
                .bind(3, bidId)
                .bind(4, criterionId)
                .bind(5, *score)
                .bind(6, note.value_or(""))
                .bind(7, std::int64_t{note.has_value()});
            write.run();
        });
    });
}

Status moderateScore(project::Project& project, std::int64_t bidId, std::int64_t criterionId,
                     std::optional<std::int64_t> score, const std::string& reason) {
    return project.guarded<Status>([&]() -> Status {
        auto& db = project.database();
        auto question = questionFor(db, bidId, criterionId, score);
        if (!question.ok()) {
            return question.error();
        }
        auto evaluation = loadEvaluation(db, question.value().procurementId);
        if (!evaluation.ok()) {
            return evaluation.error();
        }
        if (!evaluation.value().moderationOpen) {
            return Error{ErrorKind::Invalid, evaluation.value().moderationClosedReason};
        }
        if (score && util::trim(reason).empty()) {
            return Error{ErrorKind::Invalid,
                         "Give the reason for the consensus score: it is what the bidder's "
                         "assessment summary says."};
        }
        const auto label = (score ? "Moderate \u201c" : "Clear the consensus on \u201c") +
                           question.value().bid + "\u201d on \u201c" + question.value().criterion +
                           "\u201d";
        return project.edit(label, [&](storage::Database& edit) {
            if (!score) {
                auto clear = edit.prepare(
                    "DELETE FROM moderated_score WHERE bid_id = ?1 AND criterion_id = ?2");
                clear.bind(1, bidId).bind(2, criterionId);
                clear.run();
                return;
            }
            auto write = edit.prepare(
                "INSERT INTO moderated_score (id, bid_id, criterion_id, score, reason) VALUES "
                "(?1, ?2, ?3, ?4, ?5) ON CONFLICT (bid_id, criterion_id) DO UPDATE SET score = "
                "excluded.score, reason = excluded.reason");
            write.bind(1, project::newId(edit, "moderated_score"))
                .bind(2, bidId)
                .bind(3, criterionId)
                .bind(4, *score)
                .bind(5, std::string(util::trim(reason)));
            write.run();
        });
    });
}

} // namespace jointly::procurement
