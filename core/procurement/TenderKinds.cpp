#include "procurement/TenderKinds.h"

#include "partnership/PartnershipKinds.h"
#include "procurement/ProcurementKinds.h"
#include "procurement/TenderRules.h"

namespace jointly::procurement {

using records::FieldType;
using records::RecordKind;

namespace {

records::FieldSpec procurementLink() {
    return {.column = "procurement_id",
            .label = "Procurement",
            .type = FieldType::Link,
            .linksTo = &procurement::procurement,
            .required = true};
}

} // namespace

const RecordKind& lot() {
    static const RecordKind kind{
        .table = "tender_lot",
        .singular = "lot",
        .plural = "lots",
        .fields =
            {
                {.column = "name", .label = "Lot", .type = FieldType::Text},
                procurementLink(),
                {.column = "description", .label = "Description", .type = FieldType::LongText},
            },
    };
    return kind;
}

const RecordKind& awardCriterion() {
    static const RecordKind kind{
        .table = "award_criterion",
        .singular = "award criterion",
        .plural = "award criteria",
        .fields =
            {
                {.column = "name", .label = "Criterion", .type = FieldType::Text},
                procurementLink(),
                {.column = "lot_id",
                 .label = "Lot",
                 .type = FieldType::Link,
                 .linksTo = &procurement::lot,
                 .help = "Empty for a criterion of every lot."},
                {.column = "parent_id",
                 .label = "Part of",
                 .type = FieldType::Link,
                 .linksTo = &procurement::awardCriterion,
                 .help = "For a sub-criterion, the criterion whose weight it shares."},
                {.column = "category",
                 .label = "Kind",
                 .type = FieldType::Choice,
                 .choices = {{"quality", "Quality"},
                             {"price", "Price"},
                             {"social_value", "Social value"}}},
                {.column = "weight_bp",
                 .label = "Weight",
                 .type = FieldType::Share,
                 .help = "Its share of 100%; a sub-criterion's share of its parent's weight. "
                         "Each set must add up to exactly 100%."},
                {.column = "minimum_score",
                 .label = "Minimum score",
                 .type = FieldType::Count,
                 .help = "A bid scoring under it on this question is excluded; empty for none.",
                 .maximum = 10},
                {.column = "question", .label = "Question", .type = FieldType::LongText},
            },
        .keepWhere = "EXISTS (SELECT 1 FROM evaluation_score s WHERE s.criterion_id = "
                     "award_criterion.id)",
        .keepReason = "Evaluators have scored this criterion, and scores once given are never "
                      "deleted. Each evaluator can clear their own scores on it before they "
                      "finish.",
        .refuseChange = &refuseCriterionChange,
    };
    return kind;
}

const RecordKind& bid() {
    static const RecordKind kind{
        .table = "bid",
        .singular = "bid",
        .plural = "bids",
        .fields =
            {
                {.column = "name", .label = "Bid", .type = FieldType::Text},
                procurementLink(),
                {.column = "lot_id",
                 .label = "Lot",
                 .type = FieldType::Link,
                 .linksTo = &procurement::lot},
                {.column = "provider_id",
                 .label = "Bidder",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation,
                 .help = "The provider that bid; evaluators with an interest in it are kept "
                         "from scoring its bid."},
                {.column = "on_time",
                 .label = "On time",
                 .type = FieldType::Flag,
                 .help = "No for a bid received after the deadline: it is not evaluated."},
                {.column = "received_on", .label = "Received on", .type = FieldType::Date},
                {.column = "notes", .label = "Notes", .type = FieldType::LongText},
            },
        .keepWhere = "EXISTS (SELECT 1 FROM evaluation_score s WHERE s.bid_id = bid.id)",
        .keepReason = "Evaluators have scored this bid, and scores once given are never "
                      "deleted. Each evaluator can clear their own scores of it before they "
                      "finish; a bid received late is marked so, not deleted.",
        .refuseChange = &refuseBidChange,
    };
    return kind;
}

const RecordKind& bidPrice() {
    static const RecordKind kind{
        .table = "bid_price",
        .singular = "year of a bid's price",
        .plural = "years of bids' prices",
        .fields =
            {
                {.column = "bid_id",
                 .label = "Bid",
                 .type = FieldType::Link,
                 .linksTo = &procurement::bid,
                 .required = true},
                {.column = "year", .label = "Financial year", .type = FieldType::Year},
                {.column = "amount_pence", .label = "Price", .type = FieldType::Money},
            },
        .nameColumn = "year",
        .totalOnDelete = "amount_pence",
    };
    return kind;
}

const RecordKind& evaluator() {
    static const RecordKind kind{
        .table = "evaluator",
        .singular = "evaluator",
        .plural = "evaluators",
        .fields =
            {
                {.column = "name",
                 .label = "Evaluator",
                 .type = FieldType::Text,
                 .help = "A member of the partnership or a named officer."},
                procurementLink(),
                {.column = "member_id",
                 .label = "Member",
                 .type = FieldType::Link,
                 .linksTo = &partnership::member,
                 .help = "When the evaluator is a member, their declared interests count too."},
                {.column = "role",
                 .label = "Scores",
                 .type = FieldType::Choice,
                 .choices = {{"quality", "Quality and social value"},
                             {"price", "Price only"},
                             {"both", "Everything"}},
                 .help = "Quality evaluators do not see prices."},
                {.column = "declared_on",
                 .label = "Interests declared on",
                 .type = FieldType::Date,
                 .help = "The evaluator declares their interests before seeing any bid, and "
                         "scores nothing until then."},
                {.column = "finished",
                 .label = "Finished",
                 .type = FieldType::Flag,
                 .help = "Once finished, the evaluator's scores are kept as they are; "
                         "moderation opens when every evaluator has finished."},
                {.column = "removed",
                 .label = "Removed from the panel",
                 .type = FieldType::Flag,
                 .help = "Their scores are kept, marked and left out."},
                {.column = "removal_reason", .label = "Why removed", .type = FieldType::Text},
            },
        .keepWhere = "EXISTS (SELECT 1 FROM evaluation_score s WHERE s.evaluator_id = "
                     "evaluator.id)",
        .keepReason = "An evaluator's scores are never deleted. Mark the evaluator removed from "
                      "the panel instead: their scores are kept, marked and left out.",
        .refuseChange = &refuseEvaluatorChange,
    };
    return kind;
}

const RecordKind& evaluatorInterest() {
    static const RecordKind kind{
        .table = "evaluator_interest",
        .singular = "evaluator's interest",
        .plural = "evaluators' interests",
        .fields =
            {
                {.column = "evaluator_id",
                 .label = "Evaluator",
                 .type = FieldType::Link,
                 .linksTo = &procurement::evaluator,
                 .required = true},
                {.column = "provider_id",
                 .label = "In bidder",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation,
                 .help = "An interest in a bidder keeps the evaluator from scoring its bid."},
                {.column = "interest", .label = "Interest", .type = FieldType::LongText},
                {.column = "declared_on", .label = "Declared on", .type = FieldType::Date},
            },
        .nameColumn = "interest",
    };
    return kind;
}

const RecordKind& scoreDescriptor() {
    static const RecordKind kind{
        .table = "score_descriptor",
        .singular = "score descriptor",
        .plural = "score descriptors",
        .fields =
            {
                {.column = "descriptor",
                 .label = "Descriptor",
                 .type = FieldType::Text,
                 .help = "What the score means, e.g. \"Good: meets every requirement with some "
                         "evidence\"."},
                procurementLink(),
                {.column = "score", .label = "Score", .type = FieldType::Count, .maximum = 10},
            },
        .nameColumn = "descriptor",
    };
    return kind;
}

} // namespace jointly::procurement
