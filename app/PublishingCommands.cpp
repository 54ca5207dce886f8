#include "PublishingCommands.h"

#include "CommandSupport.h"
#include "ProcurementSupport.h"
#include "procurement/OcdsExport.h"
#include "project/Project.h"
#include "util/Text.h"

namespace jointly::app {

int exportOcdsCommand(const Invocation& call) {
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    procurement::OcdsOptions options;
    options.prefix = call.value("--prefix").value_or("");
    options.publishedAt = util::nowUtc();
    options.asAt = options.publishedAt.substr(0, 10);
    if (const auto name = call.value("--procurement")) {
        auto read = reviewsOf(project);
        if (!read.ok()) {
            return fail(call.err, read.error());
        }
        for (const auto& review : read.value()) {
            if (review.name == *name && !options.procurementId) {
                options.procurementId = review.id;
            }
        }
        if (!options.procurementId) {
            return fail(call.err, noSuchProcurement(*name, read.value()));
        }
    }
    const auto& out = call.positional[1];
    auto written = project.guarded<Outcome<procurement::OcdsPackage>>(
        [&] { return procurement::exportOcds(project.database(), options, out); });
    if (!written.ok()) {
        return fail(call.err, written.error());
    }
    for (const auto& sentence : written.value().leftOut) {
        call.err << "Left out: " << sentence << "\n";
    }
    call.out << "Wrote " << written.value().releases << " releases of "
             << written.value().procurements
             << (written.value().procurements == 1 ? " procurement" : " procurements") << " to "
             << out << "\n";
    return kOk;
}

} // namespace jointly::app
