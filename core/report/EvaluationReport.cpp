#include "report/EvaluationReport.h"

#include "partnership/PartnershipKinds.h"
#include "procurement/TenderKinds.h"
#include "procurement/TenderStore.h"
#include "quantities/Money.h"
#include "quantities/Share.h"
#include "records/RecordStore.h"
#include "report/ReportBuilder.h"

#include <cctype>
#include <filesystem>
#include <map>

namespace jointly::report {

namespace {

const std::string kDash = "\u2014";

std::string yesNo(bool yes) {
    return yes ? "Yes" : "No";
}

std::string categoryWords(const std::string& category) {
    if (category == "price") {
        return "Price";
    }
    return category == "social_value" ? "Social value" : "Quality";
}

void criteriaSection(util::HtmlWriter& html, const procurement::Evaluation& evaluation) {
    for (const auto& lot : evaluation.lots) {
        if (evaluation.lots.size() > 1 || lot.lotId) {
            html.heading(3, lot.lotName);
        }
        std::vector<std::vector<std::string>> rows;
        for (const auto& criterion : lot.tender.criteria) {
            const auto parent =
                criterion.parent ? lot.tender.criteria[*criterion.parent].name : std::string();
            rows.push_back(
                {parent.empty() ? criterion.name : parent + " \u203a " + criterion.name,
                 categoryWords(criterion.category),
                 quantities::formatBasisPoints(criterion.weightBp),
                 criterion.minimumScore ? std::to_string(*criterion.minimumScore) : kDash});
        }
        html.table({"Criterion", "Kind", "Weight", "Minimum score"}, rows);
        html.paragraph(lot.result.weights.sentence);
        for (const auto& warning : lot.result.warnings) {
            html.paragraph(warning);
        }
    }
    std::vector<std::string> scale;
    for (const auto& [score, words] : evaluation.descriptors) {
        scale.push_back(std::to_string(score) + ": " + words);
    }
    html.labelled("Scores", "from 0 to " + std::to_string(evaluation.scaleMax));
    html.bulletList(scale);
}

void panelSection(util::HtmlWriter& html, storage::Database& db,
                  const procurement::Evaluation& evaluation) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& member : evaluation.panel) {
        rows.push_back({member.name, member.role, yesNo(member.declared), yesNo(member.finished),
                        member.removed ? "Removed: " + member.removalReason : kDash});
    }
    html.table({"Evaluator", "Scores", "Declared", "Finished", "On the panel"}, rows);
    // What each evaluator declared, in the evaluation and as a member.
    const auto& interests = procurement::evaluatorInterest();
    const auto& evaluators = procurement::evaluator();
    const auto providers = records::linkChoices(db, partnership::partnerOrganisation());
    std::map<std::int64_t, std::string> providerNames(providers.begin(), providers.end());
    std::map<std::int64_t, std::int64_t> memberOf;
    std::map<std::int64_t, std::string> nameOfEvaluator;
    for (const auto& member : evaluation.panel) {
        nameOfEvaluator[member.id] = member.name;
        if (const auto record = records::findRecord(db, evaluators, member.id)) {
            memberOf[member.id] = record->number(evaluators, "member_id", 0);
        }
    }
    std::vector<std::vector<std::string>> declared;
    records::forEachRecord(db, interests, [&](const records::Record& interest) {
        const auto evaluator = interest.number(interests, "evaluator_id", 0);
        if (nameOfEvaluator.count(evaluator) == 0) {
            return true;
        }
        const auto provider = interest.number(interests, "provider_id", 0);
        declared.push_back(
            {nameOfEvaluator[evaluator], provider > 0 ? providerNames[provider] : kDash,
             interest.text(interests, "interest").empty() ? kDash
                                                          : interest.text(interests, "interest"),
             interest.text(interests, "declared_on").empty()
                 ? kDash
                 : interest.text(interests, "declared_on")});
        return true;
    });
    const auto& memberInterests = partnership::declaredInterest();
    records::forEachRecord(db, memberInterests, [&](const records::Record& interest) {
        const auto member = interest.number(memberInterests, "member_id", 0);
        for (const auto& [evaluator, memberId] : memberOf) {
            if (memberId > 0 && memberId == member) {
                const auto provider = interest.number(memberInterests, "provider_id", 0);
                declared.push_back(
                    {nameOfEvaluator[evaluator], provider > 0 ? providerNames[provider] : kDash,
                     interest.text(memberInterests, "description").empty()
                         ? kDash
                         : interest.text(memberInterests, "description") + " (as a member)",
                     interest.text(memberInterests, "declared_on").empty()
                         ? kDash
                         : interest.text(memberInterests, "declared_on")});
            }
        }
        return true;
    });
    html.heading(3, "Interests declared");
    if (declared.empty()) {
        html.paragraph("No evaluator declared an interest.");
    } else {
        html.table({"Evaluator", "Provider", "Interest", "Declared on"}, declared);
    }
}

void scoresSection(util::HtmlWriter& html, const procurement::Evaluation& evaluation) {
    if (evaluation.resultsWithheld) {
        html.paragraph(evaluation.withheldReason);
        return;
    }
    std::map<std::int64_t, std::string> bids;
    std::map<std::int64_t, std::string> criteria;
    for (const auto& lot : evaluation.lots) {
        for (std::size_t b = 0; b < lot.bidIds.size() && b < lot.tender.bids.size(); ++b) {
            bids[lot.bidIds[b]] = lot.tender.bids[b].name;
        }
        for (std::size_t c = 0; c < lot.criterionIds.size() && c < lot.tender.criteria.size();
             ++c) {
            criteria[lot.criterionIds[c]] = lot.tender.criteria[c].name;
        }
    }
    std::map<std::int64_t, std::string> evaluators;
    for (const auto& member : evaluation.panel) {
        evaluators[member.id] = member.name;
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& question : evaluation.questions) {
        std::string individual;
        for (const auto& score : question.scores) {
            individual +=
                (individual.empty() ? "" : "; ") + evaluators[score.evaluatorId] + " " +
                std::to_string(score.score) +
                (score.note.empty() ? std::string() : " (\u201c" + score.note + "\u201d)") +
                (score.counted ? std::string() : ", not counted: " + score.leftOut);
        }
        rows.push_back(
            {bids[question.bidId], criteria[question.criterionId],
             individual.empty() ? kDash : individual,
             std::to_string(question.spread) + (question.spreadFlagged ? " (wide: discuss)" : ""),
             question.consensus ? std::to_string(*question.consensus) : kDash,
             question.consensusReason.empty() ? kDash : question.consensusReason});
    }
    if (rows.empty()) {
        html.paragraph("No scores yet.");
        return;
    }
    html.table({"Bid", "Criterion", "Each evaluator's score and reason", "Spread", "Moderated",
                "Reason for the moderated score"},
               rows);
    if (!evaluation.moderated) {
        html.paragraph(evaluation.moderationClosedReason.empty()
                           ? "Not every question has its moderated score yet."
                           : evaluation.moderationClosedReason);
    }
}

void rankingSection(util::HtmlWriter& html, const procurement::Evaluation& evaluation) {
    if (evaluation.resultsWithheld) {
        html.paragraph(evaluation.withheldReason);
        return;
    }
    for (const auto& lot : evaluation.lots) {
        if (evaluation.lots.size() > 1 || lot.lotId) {
            html.heading(3, lot.lotName);
        }
        const auto& tender = lot.tender;
        std::vector<std::vector<std::string>> prices;
        for (const auto& bid : tender.bids) {
            prices.push_back({bid.name,
                              bid.pricePence ? quantities::formatPounds(*bid.pricePence)
                                             : std::string("No price"),
                              yesNo(bid.onTime)});
        }
        html.table({"Bid", "Whole price", "On time"}, prices);
        for (const auto& excluded : lot.result.excluded) {
            html.paragraph(tender.bids[excluded.bid].name + " is excluded: " + excluded.reason +
                           ".");
        }
        for (std::size_t f = 0; f < lot.result.rankings.size(); ++f) {
            const auto& ranking = lot.result.rankings[f];
            auto formula = std::string(procurement::priceFormulaLabel(ranking.formula));
            formula[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(formula[0])));
            html.heading(4, formula + (f == 0 ? " (the formula chosen)" : " (for comparison)"));
            if (!ranking.available) {
                html.paragraph(ranking.unavailableReason);
                continue;
            }
            std::vector<std::string> headings = {"Rank", "Bid"};
            for (const auto index : lot.result.topLevel) {
                headings.push_back(tender.criteria[index].name);
            }
            headings.emplace_back("Points out of 100");
            std::vector<std::vector<std::string>> rows;
            for (const auto& bid : ranking.ranked) {
                std::vector<std::string> row = {bid.rankText, tender.bids[bid.bid].name};
                for (const auto& part : bid.parts) {
                    row.push_back(part ? procurement::formatPoints(*part) : kDash);
                }
                row.push_back(bid.pointsText);
                rows.push_back(std::move(row));
            }
            for (const auto& bid : ranking.unranked) {
                std::vector<std::string> row = {"Not ranked", tender.bids[bid.bid].name};
                row.resize(headings.size() - 1, kDash);
                row.push_back(bid.reason);
                rows.push_back(std::move(row));
            }
            html.table(headings, rows);
        }
        for (const auto& problem : lot.result.problems) {
            html.paragraph(problem);
        }
        html.labelled("Recommendation", lot.recommendation);
    }
}

void summaryBody(util::HtmlWriter& html, const procurement::AssessmentSummary& summary) {
    html.labelled("Your bid", summary.bid);
    html.labelled("Your total", summary.total);
    html.labelled("The most advantageous tender",
                  summary.winner + " (" + summary.winnerTotal + ")");
    std::vector<std::vector<std::string>> rows;
    for (const auto& line : summary.lines) {
        rows.push_back({line.criterion, line.weight, line.score, line.winnerScore,
                        line.reason.empty() ? kDash : line.reason});
    }
    html.table({"Criterion", "Weight", "Your score", "Winning bid's score", "Reasons"}, rows);
}

} // namespace

namespace {

std::string safeForFileName(const std::string& bid) {
    std::string safe;
    for (const char c : bid) {
        const auto u = static_cast<unsigned char>(c);
        const bool keep = u >= 0x80 || std::isalnum(u) || c == ' ' || c == '-' || c == '_' ||
                          c == '(' || c == ')' || c == '&' || c == ',' || c == '\'';
        safe += keep ? c : '-';
    }
    if (safe.size() > 80) {
        // Cut before a UTF-8 continuation byte (10xxxxxx), never inside a
        // character.
        std::size_t cut = 80;
        while (cut > 0 && (static_cast<unsigned char>(safe[cut]) & 0xC0) == 0x80) {
            --cut;
        }
        safe.resize(cut);
    }
    if (safe.find_first_not_of(" -") == std::string::npos) {
        safe = "bid";
    }
    return safe;
}

} // namespace

std::vector<std::string> bidderSummaryPaths(const std::string& reportPath,
                                            const std::vector<BidderSummary>& summaries) {
    const std::filesystem::path target(reportPath);
    std::map<std::string, int> seen;
    std::vector<std::string> paths;
    for (const auto& summary : summaries) {
        auto name = safeForFileName(summary.bid);
        // Compared as a file system would on a laptop that ignores case.
        std::string key;
        for (const char c : name) {
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        if (const int times = ++seen[key]; times > 1) {
            name += " (" + std::to_string(times) + ")";
        }
        paths.push_back((target.parent_path() /
                         (target.stem().string() + " \u2013 " + name + target.extension().string()))
                            .string());
    }
    return paths;
}

Outcome<Report> tenderEvaluationReport(storage::Database& db, std::int64_t procurementId,
                                       const std::string& generatedOn,
                                       const ReportProgress& progress) {
    const auto loaded = procurement::loadEvaluation(db, procurementId);
    if (!loaded.ok()) {
        return loaded.error();
    }
    const auto& evaluation = loaded.value();
    ReportBuilder report("Tender evaluation: " + evaluation.procurementName, partnershipName(db),
                         generatedOn);
    const std::vector<std::string> contents = {
        "Criteria and weights", "Evaluators and their interests",
        "Scores: each evaluator's and the moderated", "Price scoring, ranking and recommendation"};
    report.titlePage("The evaluation of the bids received, for the decision to award.", contents);
    auto& html = report.html();
    for (std::size_t i = 0; i < contents.size(); ++i) {
        if (progress && !progress(i, contents.size())) {
            return Error{ErrorKind::Cancelled, "The report was cancelled; nothing was written."};
        }
        html.heading(2, std::to_string(i + 1) + ". " + contents[i]);
        switch (i) {
        case 0:
            criteriaSection(html, evaluation);
            break;
        case 1:
            panelSection(html, db, evaluation);
            break;
        case 2:
            scoresSection(html, evaluation);
            break;
        default:
            rankingSection(html, evaluation);
        }
    }
    return report.finish();
}

Outcome<std::vector<BidderSummary>>
bidderSummaries(storage::Database& db, std::int64_t procurementId, const std::string& generatedOn) {
    const auto loaded = procurement::loadEvaluation(db, procurementId);
    if (!loaded.ok()) {
        return loaded.error();
    }
    const auto& evaluation = loaded.value();
    std::vector<BidderSummary> documents;
    for (const auto& summary : evaluation.summaries) {
        ReportBuilder report("Assessment summary for " + summary.bid, partnershipName(db),
                             generatedOn);
        auto& html = report.html();
        html.heading(1, evaluation.procurementName + ": assessment summary");
        html.paragraph("For " + summary.bid +
                       ". Your bid's score on each award criterion, the "
                       "score of the most advantageous tender, and the reasons, as the "
                       "Procurement Act 2023 (section 50) requires.");
        summaryBody(html, summary);
        documents.push_back({summary.bid, report.finish()});
    }
    return documents;
}

} // namespace jointly::report
