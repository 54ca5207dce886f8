#include "workshop/WorkshopKinds.h"

#include "needs/NeedsKinds.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "workshop/WorkshopRules.h"

namespace jointly::workshop {

using records::FieldSpec;
using records::FieldType;
using records::RecordKind;

namespace {

FieldSpec workshopLink() {
    return {.column = "workshop_id",
            .label = "Workshop",
            .type = FieldType::Link,
            .linksTo = &workshop::workshop,
            .required = true};
}

FieldSpec itemLink() {
    return {.column = "agenda_item_id",
            .label = "Agenda item",
            .type = FieldType::Link,
            .linksTo = &workshop::agendaItem,
            .required = true};
}

FieldSpec roundLink() {
    return {.column = "round_id",
            .label = "Round",
            .type = FieldType::Link,
            .linksTo = &workshop::round,
            .required = true};
}

FieldSpec memberLink(const char* label, const char* help) {
    return {.column = "member_id",
            .label = label,
            .type = FieldType::Link,
            .linksTo = &partnership::member,
            .required = true,
            .help = help};
}

FieldSpec criterionLink() {
    return {.column = "criterion_id",
            .label = "Criterion",
            .type = FieldType::Link,
            .linksTo = &planning::appraisalCriterion,
            .help = "For a round scoring an options appraisal: the criterion scored."};
}

} // namespace

const RecordKind& workshop() {
    static const RecordKind kind{
        .table = "workshop",
        .singular = "workshop",
        .plural = "workshops",
        .fields =
            {
                {.column = "name", .label = "Workshop", .type = FieldType::Text},
                {.column = "held_on", .label = "Held on", .type = FieldType::Date},
                {.column = "venue", .label = "Venue", .type = FieldType::Text},
                {.column = "facilitator_member_id",
                 .label = "Facilitator",
                 .type = FieldType::Link,
                 .linksTo = &partnership::member},
                {.column = "purpose", .label = "Purpose", .type = FieldType::LongText},
            },
    };
    return kind;
}

const RecordKind& attendance() {
    static const RecordKind kind{
        .table = "workshop_attendance",
        .singular = "attendee",
        .plural = "attendees",
        .fields =
            {
                workshopLink(),
                memberLink("Member", "A member of the partnership, or a substitute added as a "
                                     "member of their organisation."),
                {.column = "status",
                 .label = "Attendance",
                 .type = FieldType::Choice,
                 .choices = {{"present", "Present"}, {"apologies", "Apologies"}}},
                {.column = "acting_for_member_id",
                 .label = "Substitute for",
                 .type = FieldType::Link,
                 .linksTo = &partnership::member,
                 .help = "The member of the same organisation this person stands in for; they "
                         "count in that member's place and role."},
            },
        .nameColumn = "member_id",
        .refuseChange = &refuseAttendanceChange,
    };
    return kind;
}

const RecordKind& agendaItem() {
    static const RecordKind kind{
        .table = "agenda_item",
        .singular = "agenda item",
        .plural = "agenda items",
        .fields =
            {
                {.column = "title", .label = "Item", .type = FieldType::Text},
                workshopLink(),
                {.column = "position",
                 .label = "Order",
                 .type = FieldType::Count,
                 .maximum = 1000,
                 .minimum = 1},
                {.column = "kind",
                 .label = "Kind",
                 .type = FieldType::Choice,
                 .choices = {{"priorities", "Priorities to rank"},
                             {"appraisal", "Options appraisal to score"},
                             {"pbma", "Proposals to decide (PBMA)"},
                             {"needs", "Needs statements to confirm"},
                             {"question", "A question"}}},
                {.column = "appraisal_id",
                 .label = "Options appraisal",
                 .type = FieldType::Link,
                 .linksTo = &planning::appraisal,
                 .help = "For an appraisal item: the appraisal whose options are scored."},
                {.column = "minutes",
                 .label = "Timebox (minutes)",
                 .type = FieldType::Count,
                 .maximum = 480,
                 .minimum = 1},
                {.column = "notes", .label = "Notes", .type = FieldType::LongText},
            },
        .nameColumn = "title",
        .refuseChange = &refuseAgendaItemChange,
    };
    return kind;
}

const RecordKind& agendaProvider() {
    static const RecordKind kind{
        .table = "agenda_provider",
        .singular = "provider concerned",
        .plural = "providers concerned",
        .fields =
            {
                itemLink(),
                {.column = "provider_id",
                 .label = "Provider",
                 .type = FieldType::Link,
                 .linksTo = &partnership::partnerOrganisation,
                 .required = true,
                 .help = "A provider whose service, bid or proposal is on the item: members "
                         "with an interest in it are kept from voting on the item."},
            },
        .nameColumn = "provider_id",
        .refuseChange = &refuseAgendaProviderChange,
    };
    return kind;
}

const RecordKind& interestAction() {
    static const RecordKind kind{
        .table = "interest_action",
        .singular = "action on an interest",
        .plural = "actions on interests",
        .fields =
            {
                itemLink(),
                memberLink("Member", "The member whose declared interest touches the item."),
                {.column = "action",
                 .label = "Chair's action",
                 .type = FieldType::Choice,
                 .choices = {{"noted", "Noted; takes full part"},
                             {"discuss_only", "Discussion only, no vote"},
                             {"excluded", "Excluded from the item"},
                             {"left_room", "Left the room"}}},
                {.column = "dispensation",
                 .label = "Dispensation",
                 .type = FieldType::Flag,
                 .help = "Yes where a dispensation lets the member take part and vote."},
                {.column = "note", .label = "Note", .type = FieldType::LongText},
            },
        .nameColumn = "member_id",
        .refuseChange = &refuseInterestActionChange,
    };
    return kind;
}

// A round's state (draft, open, closed, results shown) and how its votes are
// named are not fields: the state moves only as the facilitator moves it
// (setRoundState, `jointly round --to`), never back from shown to open by
// typing, and the naming is set before any vote is in (setAnonymity,
// `jointly round --votes`).
const RecordKind& round() {
    static const RecordKind kind{
        .table = "workshop_round",
        .singular = "round",
        .plural = "rounds",
        .fields =
            {
                {.column = "question", .label = "Question", .type = FieldType::Text},
                itemLink(),
                {.column = "run",
                 .label = "Run",
                 .type = FieldType::Count,
                 .help = "1 for the first time the round is run, 2 for a re-run, and so on.",
                 .maximum = 99,
                 .minimum = 1},
                {.column = "kind",
                 .label = "Kind",
                 .type = FieldType::Choice,
                 .choices = {{"dots", "Dot voting"},
                             {"ranking", "Ranking"},
                             {"allocation", "Points to share out"},
                             {"score", "Scores"},
                             {"yes_no", "Yes, no or abstain"}}},
                {.column = "dots_per_member",
                 .label = "Dots each",
                 .type = FieldType::Count,
                 .maximum = 99,
                 .minimum = 1},
                {.column = "dots_per_item",
                 .label = "Most dots on one choice",
                 .type = FieldType::Count,
                 .help = "Empty for no limit.",
                 .maximum = 99,
                 .minimum = 1},
                {.column = "rank_top",
                 .label = "Rank the top",
                 .type = FieldType::Count,
                 .help = "Empty to rank every choice.",
                 .maximum = 1000,
                 .minimum = 1},
                {.column = "points",
                 .label = "Points each",
                 .type = FieldType::Count,
                 .maximum = 1000,
                 .minimum = 1},
                {.column = "scale_min",
                 .label = "Lowest score",
                 .type = FieldType::Count,
                 .maximum = 1000,
                 .minimum = -1000},
                {.column = "scale_max",
                 .label = "Highest score",
                 .type = FieldType::Count,
                 .maximum = 1000,
                 .minimum = -1000},
                {.column = "minutes",
                 .label = "Timer (minutes)",
                 .type = FieldType::Count,
                 .maximum = 120,
                 .minimum = 1},
            },
        .nameColumn = "question",
        .keepWhere = "EXISTS (SELECT 1 FROM round_vote v WHERE v.round_id = workshop_round.id)",
        .keepReason = "Votes are in for this round, and a round with votes is kept as the "
                      "workshop's record. Re-run it to vote again.",
        .refuseChange = &refuseRoundChange,
    };
    return kind;
}

const RecordKind& roundChoice() {
    static const RecordKind kind{
        .table = "round_choice",
        .singular = "choice",
        .plural = "choices",
        .fields =
            {
                {.column = "name", .label = "Choice", .type = FieldType::Text},
                roundLink(),
                {.column = "position",
                 .label = "Order",
                 .type = FieldType::Count,
                 .maximum = 1000,
                 .minimum = 1},
                {.column = "priority_id",
                 .label = "Priority",
                 .type = FieldType::Link,
                 .linksTo = &planning::priority},
                {.column = "option_id",
                 .label = "Option",
                 .type = FieldType::Link,
                 .linksTo = &planning::appraisalOption},
                {.column = "proposal_id",
                 .label = "Proposal",
                 .type = FieldType::Link,
                 .linksTo = &planning::proposal},
                {.column = "statement_id",
                 .label = "Needs statement",
                 .type = FieldType::Link,
                 .linksTo = &needs::needsStatement},
            },
        .keepWhere = "EXISTS (SELECT 1 FROM round_vote v WHERE v.round_id = round_choice.round_id)",
        .keepReason = "Votes are in for this round, so its choices are locked. Re-run the round "
                      "to change them.",
        .refuseChange = &refuseChoiceChange,
    };
    return kind;
}

const RecordKind& vote() {
    static const RecordKind kind{
        .table = "round_vote",
        .singular = "vote",
        .plural = "votes",
        .fields =
            {
                roundLink(),
                memberLink("Member", "The member whose vote or score this is."),
                {.column = "choice_id",
                 .label = "Choice",
                 .type = FieldType::Link,
                 .linksTo = &workshop::roundChoice,
                 .required = true},
                criterionLink(),
                {.column = "value",
                 .label = "Value",
                 .type = FieldType::Count,
                 .help = "Dots placed, the place given (1 for first), points, a score, or for a "
                         "yes/no round 1 for yes, 0 for no and 2 to abstain.",
                 .maximum = 1000,
                 .minimum = -1000},
            },
        .nameColumn = "value",
        // Listed only once the room has seen the result, and only where the
        // round named its votes in the record: a list of an open round's
        // votes would show its result early, and one of an anonymous or
        // private round would name who voted how.
        .visibleWhere = "EXISTS (SELECT 1 FROM workshop_round r WHERE r.id = round_vote.round_id "
                        "AND r.state = 'revealed' AND r.anonymity = 'recorded')",
        .keepWhere = "EXISTS (SELECT 1 FROM workshop_round r WHERE r.id = round_vote.round_id AND "
                     "r.state <> 'open')",
        .keepReason = "The round is closed, so its votes are kept as they were cast. Re-run the "
                      "round to vote again.",
        .refuseChange = &refuseVoteChange,
    };
    return kind;
}

const RecordKind& agreedValue() {
    static const RecordKind kind{
        .table = "agreed_value",
        .singular = "agreed value",
        .plural = "agreed values",
        .fields =
            {
                roundLink(),
                {.column = "choice_id",
                 .label = "Choice",
                 .type = FieldType::Link,
                 .linksTo = &workshop::roundChoice,
                 .required = true},
                criterionLink(),
                {.column = "value_hundredths",
                 .label = "Agreed value",
                 .type = FieldType::Decimal,
                 .help = "The value the group agreed after discussion, which may differ from the "
                         "mean of the members' values."},
                {.column = "reason", .label = "Why", .type = FieldType::LongText},
            },
        .nameColumn = "value_hundredths",
        .refuseChange = &refuseAgreedValueChange,
    };
    return kind;
}

const RecordKind& decision() {
    static const RecordKind kind{
        .table = "workshop_decision",
        .singular = "decision",
        .plural = "decisions",
        .fields =
            {
                {.column = "decision", .label = "Decision", .type = FieldType::LongText},
                workshopLink(),
                {.column = "agenda_item_id",
                 .label = "Agenda item",
                 .type = FieldType::Link,
                 .linksTo = &workshop::agendaItem},
                {.column = "round_id",
                 .label = "From the round",
                 .type = FieldType::Link,
                 .linksTo = &workshop::round},
                {.column = "decided_on", .label = "Decided on", .type = FieldType::Date},
                {.column = "outcome",
                 .label = "Outcome",
                 .type = FieldType::Choice,
                 .choices = {{"approve", "Approved"},
                             {"reject", "Rejected"},
                             {"defer", "Deferred"},
                             {"note", "Noted"}}},
                {.column = "method",
                 .label = "How decided",
                 .type = FieldType::Choice,
                 .choices = {{"consensus", "Consensus"},
                             {"vote", "Vote"},
                             {"block_vote", "Block vote by partner"},
                             {"delegated", "Delegated"}}},
                {.column = "tally", .label = "Tally", .type = FieldType::Text},
                {.column = "reasons", .label = "Reasons", .type = FieldType::LongText},
                {.column = "alternatives",
                 .label = "Alternatives rejected",
                 .type = FieldType::LongText,
                 .help = "The other options considered and why each was rejected."},
                {.column = "evidence", .label = "Evidence", .type = FieldType::LongText},
            },
        .nameColumn = "decision",
        .refuseChange = &refuseDecisionChange,
    };
    return kind;
}

const std::vector<const RecordKind*>& allKinds() {
    static const std::vector<const RecordKind*> kinds = {
        &workshop(), &attendance(),  &agendaItem(), &agendaProvider(), &interestAction(),
        &round(),    &roundChoice(), &vote(),       &agreedValue(),    &decision(),
    };
    return kinds;
}

} // namespace jointly::workshop
