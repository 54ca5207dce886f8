#include "PartnershipCommands.h"

#include "CommandSupport.h"
#include "partnership/TermsOfReference.h"
#include "project/Project.h"
#include "ui/documents/DocumentDate.h"
#include "ui/documents/DocumentExporter.h"

namespace jointly::app {

int termsOfReferenceCommand(const Invocation& call) {
    const auto& args = call.positional;
    auto& out = call.out;
    auto& err = call.err;
    auto opened = openForReading(args[0]);
    if (!opened.ok()) {
        return fail(err, opened.error());
    }
    int argc = call.argc;
    DocumentContext context(argc, call.argv);
    const auto html = partnership::termsOfReferenceHtml(opened.value()->database(),
                                                        ui::todayForDocuments().toStdString());
    const QString problem =
        ui::exportDocument(QString::fromStdString(html), QString::fromStdString(args[1]));
    if (!problem.isEmpty()) {
        err << "jointly: " << problem.toStdString() << "\n";
        return ui::isDocumentPath(QString::fromStdString(args[1])) ? kFailed : kUsage;
    }
    out << "Wrote " << args[1] << "\n";
    return kOk;
}

} // namespace jointly::app
