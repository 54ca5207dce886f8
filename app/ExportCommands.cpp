#include "ExportCommands.h"

#include "CommandSupport.h"
#include "bcf/PlanExport.h"
#include "calendar/IcsExport.h"
#include "project/Project.h"
#include "util/Text.h"

namespace jointly::app {

int exportCalendarCommand(const Invocation& call) {
    const auto& args = call.positional;
    auto opened = openForReading(args[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    const auto written = project.guarded<Outcome<std::size_t>>(
        [&] { return calendar::exportCalendar(project.database(), args[1], util::nowUtc()); });
    if (!written.ok()) {
        return fail(call.err, written.error());
    }
    call.out << "Wrote " << written.value() << (written.value() == 1 ? " date" : " dates") << " to "
             << args[1]
             << "; import it into your calendar, and import a newer export to update them.\n";
    return kOk;
}

int exportBcfCommand(const Invocation& call) {
    const auto& args = call.positional;
    const auto year = quantities::parseFinancialYear(*call.value("--year"));
    if (!year.ok()) {
        return usage(call.err, year.error().message, call.verb);
    }
    auto opened = openForReading(args[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    const auto written = project.guarded<Outcome<bcf::ExpenditurePlan>>(
        [&] { return bcf::exportExpenditurePlan(project.database(), year.value(), args[1]); });
    if (!written.ok()) {
        return fail(call.err, written.error());
    }
    const auto& plan = written.value();
    call.out << "Wrote the Better Care Fund plan for " << quantities::formatFinancialYear(plan.year)
             << " to " << args[1] << ": " << plan.income.size()
             << (plan.income.size() == 1 ? " line" : " lines") << " of income, "
             << plan.spending.size() << (plan.spending.size() == 1 ? " line" : " lines")
             << " of spending.\n";
    std::size_t met = 0;
    for (const auto& check : plan.checks) {
        met += check.met ? 1 : 0;
    }
    call.out << (plan.allMet() ? "Every check is met:" : "Not every check is met (")
             << (plan.allMet()
                     ? std::string()
                     : std::to_string(met) + " of " + std::to_string(plan.checks.size()) + "):")
             << "\n";
    for (const auto& check : plan.checks) {
        call.out << (check.met ? "  met: " : "  NOT MET: ") << check.sentence << "\n";
    }
    return kOk;
}

} // namespace jointly::app
