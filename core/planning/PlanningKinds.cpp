#include "planning/PlanningKinds.h"

namespace jointly::planning {

using records::ChoiceOption;
using records::FieldType;
using records::RecordKind;

namespace {

const std::vector<ChoiceOption>& tiers() {
    static const std::vector<ChoiceOption> choices = {
        {"prevention", "Prevention"},
        {"early_intervention", "Early intervention"},
        {"intensive", "Intensive"},
    };
    return choices;
}

} // namespace

const RecordKind& outcome() {
    static const RecordKind kind{
        "outcome",
        "outcome",
        "outcomes",
        {
            {"name",
             "Outcome",
             FieldType::Text,
             {},
             {},
             false,
             "What should be different for people, e.g. \"Older people stay independent at "
             "home for longer\"."},
            {"care_group_id", "Care group", FieldType::Link, {}, "care_group"},
            {"description", "Description", FieldType::LongText},
        },
        "name",
    };
    return kind;
}

const RecordKind& outcomeMeasure() {
    static const RecordKind kind{
        "outcome_measure",
        "measure",
        "measures",
        {
            {"name", "Measure", FieldType::Text},
            {"outcome_id", "Outcome", FieldType::Link, {}, "outcome", true},
            {"indicator_id",
             "Indicator",
             FieldType::Link,
             {},
             "indicator",
             false,
             "The needs indicator that shows progress on this measure."},
            {"unit", "Unit", FieldType::Text, {}, {}, false, "e.g. per 100,000, %, people."},
            {"baseline_hundredths",
             "Baseline",
             FieldType::Decimal,
             {},
             {},
             false,
             "Where the measure stands now, with up to two decimals."},
        },
        "name",
    };
    return kind;
}

const RecordKind& measureTarget() {
    static const RecordKind kind{
        "measure_target",
        "yearly target",
        "yearly targets",
        {
            {"measure_id", "Measure", FieldType::Link, {}, "outcome_measure", true},
            {"year", "Financial year", FieldType::Year},
            {"target_hundredths",
             "Target",
             FieldType::Decimal,
             {},
             {},
             false,
             "The value the measure should reach by the end of that year."},
        },
        "year",
    };
    return kind;
}

const RecordKind& priority() {
    static const RecordKind kind{
        "priority",
        "priority",
        "priorities",
        {
            {"name", "Priority", FieldType::Text},
            {"rank", "Rank", FieldType::Count, {}, {}, false, "1 for the most important.", 1000, 1},
            {"care_group_id", "Care group", FieldType::Link, {}, "care_group"},
            {"statement_id",
             "Needs statement",
             FieldType::Link,
             {},
             "needs_statement",
             false,
             "The needs statement (and so the evidence) this priority comes from."},
            {"rationale", "Why it is a priority", FieldType::LongText},
        },
        "name",
    };
    return kind;
}

const RecordKind& appraisal() {
    static const RecordKind kind{
        "appraisal",
        "options appraisal",
        "options appraisals",
        {
            {"name", "Appraisal", FieldType::Text},
            {"priority_id", "Priority", FieldType::Link, {}, "priority", true},
            {"scale_min",
             "Lowest score",
             FieldType::Count,
             {},
             {},
             false,
             "The bottom of the scoring scale, e.g. 0.",
             1'000'000,
             -1'000'000},
            {"scale_max",
             "Highest score",
             FieldType::Count,
             {},
             {},
             false,
             "The top of the scoring scale, e.g. 10.",
             1'000'000,
             -1'000'000},
            {"notes", "Notes", FieldType::LongText},
        },
        "name",
        {},
        {"INSERT INTO appraisal_option (appraisal_id, name, description, do_nothing) "
         "VALUES (?1, 'Do nothing / business as usual', "
         "'Carry on as now: the option every other option is compared against.', 1)"},
    };
    return kind;
}

const RecordKind& appraisalOption() {
    static const RecordKind kind{
        "appraisal_option",
        "option",
        "options",
        {
            {"name", "Option", FieldType::Text},
            {"appraisal_id", "Appraisal", FieldType::Link, {}, "appraisal", true},
            {"short_listed",
             "Short-listed",
             FieldType::Flag,
             {},
             {},
             false,
             "Yes to score it; No drops it from the short list (say why)."},
            {"drop_reason", "Why dropped", FieldType::Text},
            {"description", "Description", FieldType::LongText},
        },
        "name",
        {},
        {},
        "do_nothing = 1",
        "The do-nothing option stays in every appraisal: the other options are judged against "
        "it. Rename it or describe it instead.",
    };
    return kind;
}

const RecordKind& appraisalCriterion() {
    static const RecordKind kind{
        "appraisal_criterion",
        "criterion",
        "criteria",
        {
            {"name", "Criterion", FieldType::Text},
            {"appraisal_id", "Appraisal", FieldType::Link, {}, "appraisal", true},
            {"weight_bp",
             "Weight",
             FieldType::Share,
             {},
             {},
             false,
             "The criterion's share of the total; the weights must add up to exactly 100%."},
            {"description", "What it means", FieldType::LongText},
        },
        "name",
    };
    return kind;
}

const RecordKind& proposal() {
    static const RecordKind kind{
        "proposal",
        "proposal",
        "proposals",
        {
            {"name", "Proposal", FieldType::Text},
            {"kind",
             "Invest or disinvest",
             FieldType::Choice,
             {{"invest", "Invest"}, {"disinvest", "Disinvest"}}},
            {"care_group_id", "Care group", FieldType::Link, {}, "care_group"},
            {"tier", "Tier", FieldType::Choice, tiers()},
            {"amount_pence",
             "Cost or saving a year",
             FieldType::Money,
             {},
             {},
             false,
             "What an investment costs, or a disinvestment saves, each year."},
            {"benefit",
             "Benefit score",
             FieldType::Count,
             {},
             {},
             false,
             "The benefit gained by investing, or lost by disinvesting, on the partnership's "
             "agreed scale.",
             1'000'000},
            {"statement_id", "Needs statement", FieldType::Link, {}, "needs_statement"},
            {"evidence", "Evidence", FieldType::LongText},
        },
        "name",
        {},
        {},
        {},
        {},
        "amount_pence",
    };
    return kind;
}

const RecordKind& contribution() {
    static const RecordKind kind{
        "contribution",
        "contribution",
        "contributions",
        {
            {"partner_id", "Partner", FieldType::Link, {}, "partner_organisation", true},
            {"year", "Financial year", FieldType::Year},
            {"funding",
             "Pooled or aligned",
             FieldType::Choice,
             {{"pooled", "Pooled"}, {"aligned", "Aligned"}}},
            {"line", "Budget line", FieldType::Text},
            {"amount_pence", "Amount", FieldType::Money},
        },
        "line",
        {},
        {},
        {},
        {},
        "amount_pence",
    };
    return kind;
}

const RecordKind& allocation() {
    static const RecordKind kind{
        "allocation",
        "allocation",
        "allocations",
        {
            {"year", "Financial year", FieldType::Year},
            {"care_group_id", "Care group", FieldType::Link, {}, "care_group"},
            {"service_id", "Service", FieldType::Link, {}, "service"},
            {"tier", "Tier", FieldType::Choice, tiers()},
            {"line", "Budget line", FieldType::Text},
            {"amount_pence", "Amount", FieldType::Money},
        },
        "line",
        {},
        {},
        {},
        {},
        "amount_pence",
    };
    return kind;
}

const RecordKind& budgetForecast() {
    static const RecordKind kind{
        "budget_forecast",
        "forecast",
        "forecasts",
        {
            {"year", "Financial year", FieldType::Year},
            {"variance_pence",
             "Forecast overspend (underspend below zero)",
             FieldType::Money,
             {},
             {},
             false,
             "Type an overspend as a positive amount and an underspend as a negative one, "
             "e.g. -25,000.",
             0,
             -1},
            {"notes", "Notes", FieldType::LongText},
        },
        "year",
    };
    return kind;
}

const RecordKind& budgetSettings() {
    static const RecordKind kind{
        "partnership",
        "budget settings",
        "budget settings",
        {
            {"budget_base_year",
             "First year of the plan",
             FieldType::Year,
             {},
             {},
             false,
             "The financial year the 1-, 3- and 10-year views start from."},
            {"savings_sharing_rule",
             "Joint savings are shared",
             FieldType::Choice,
             {{"proportional", "In proportion to contributions"},
              {"fixed", "By the agreement's fixed shares"},
              {"equal", "Equally between partners"}},
             {},
             false,
             "How the partners share what joint efficiencies save."},
        },
        "budget_base_year",
    };
    return kind;
}

const RecordKind& savingsTarget() {
    static const RecordKind kind{
        "savings_target",
        "savings target",
        "savings targets",
        {
            {"year", "Financial year", FieldType::Year},
            {"care_group_id", "Care group", FieldType::Link, {}, "care_group"},
            {"amount_pence", "Target", FieldType::Money},
            {"notes", "Notes", FieldType::LongText},
        },
        "year",
        {},
        {},
        {},
        {},
        "amount_pence",
    };
    return kind;
}

const RecordKind& savingsScheme() {
    static const RecordKind kind{
        "savings_scheme",
        "savings scheme",
        "savings schemes",
        {
            {"name", "Scheme", FieldType::Text},
            {"care_group_id", "Care group", FieldType::Link, {}, "care_group"},
            {"lead_partner_id", "Lead partner", FieldType::Link, {}, "partner_organisation"},
            {"joint",
             "Joint efficiency",
             FieldType::Flag,
             {},
             {},
             false,
             "Yes when the saving is shared between partners by the sharing rule."},
            {"description", "Description", FieldType::LongText},
        },
        "name",
    };
    return kind;
}

const RecordKind& schemeSaving() {
    static const RecordKind kind{
        "scheme_saving",
        "year of savings",
        "years of savings",
        {
            {"scheme_id", "Scheme", FieldType::Link, {}, "savings_scheme", true},
            {"year", "Financial year", FieldType::Year},
            {"planned_pence", "Planned", FieldType::Money},
            {"realised_pence",
             "Realised",
             FieldType::Money,
             {},
             {},
             false,
             "Entered during monitoring, once the saving is known."},
        },
        "year",
        {},
        {},
        {},
        {},
        "planned_pence",
    };
    return kind;
}

const RecordKind& risk() {
    static const RecordKind kind{
        "risk",
        "risk",
        "risks",
        {
            {"description", "Risk", FieldType::Text},
            {"likelihood",
             "Likelihood (1-5)",
             FieldType::Count,
             {},
             {},
             false,
             "1 rare, 2 unlikely, 3 possible, 4 likely, 5 almost certain.",
             5,
             1},
            {"impact",
             "Impact (1-5)",
             FieldType::Count,
             {},
             {},
             false,
             "1 negligible, 2 minor, 3 moderate, 4 major, 5 severe.",
             5,
             1},
            {"owner_member_id", "Owner", FieldType::Link, {}, "member"},
            {"status",
             "Status",
             FieldType::Choice,
             {{"open", "Open"},
              {"mitigating", "Being mitigated"},
              {"accepted", "Accepted"},
              {"closed", "Closed"}}},
            {"care_group_id", "Care group", FieldType::Link, {}, "care_group"},
            {"mitigation", "Mitigation", FieldType::LongText},
        },
        "description",
    };
    return kind;
}

const RecordKind& planAction() {
    static const RecordKind kind{
        "plan_action",
        "action",
        "actions",
        {
            {"description", "Action", FieldType::Text},
            {"milestone",
             "Milestone",
             FieldType::Flag,
             {},
             {},
             false,
             "Yes for a milestone the plan reports against."},
            {"owner_member_id", "Owner", FieldType::Link, {}, "member"},
            {"due_on", "Due", FieldType::Date},
            {"status",
             "Status",
             FieldType::Choice,
             {{"not_started", "Not started"},
              {"in_progress", "In progress"},
              {"done", "Done"},
              {"cancelled", "Cancelled"}}},
            {"priority_id", "Priority", FieldType::Link, {}, "priority"},
            {"plan_document_id", "Plan", FieldType::Link, {}, "plan_document"},
        },
        "description",
    };
    return kind;
}

const std::vector<const RecordKind*>& allKinds() {
    static const std::vector<const RecordKind*> kinds = {
        &outcome(),       &outcomeMeasure(),  &measureTarget(),      &priority(),
        &appraisal(),     &appraisalOption(), &appraisalCriterion(), &proposal(),
        &contribution(),  &allocation(),      &budgetForecast(),     &budgetSettings(),
        &savingsTarget(), &savingsScheme(),   &schemeSaving(),       &risk(),
        &planAction(),
    };
    return kinds;
}

} // namespace jointly::planning
