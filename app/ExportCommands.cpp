#include "ExportCommands.h"

#include "CommandSupport.h"
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

} // namespace jointly::app
