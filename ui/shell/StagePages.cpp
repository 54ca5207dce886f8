#include "ui/shell/StagePages.h"

#include "ui/common/RecordForm.h"
#include "ui/monitor/MonitorPage.h"
#include "ui/needs/NeedsPage.h"
#include "ui/partnership/PartnershipPage.h"
#include "ui/plan/PlanPage.h"
#include "ui/procure/ProcurePage.h"

namespace jointly::ui {

namespace {

// A new partnership starts with its aims.
QWidget* partnershipAims(QWidget* page) {
    auto* partnership = dynamic_cast<PartnershipPage*>(page);
    return partnership ? partnership->groupForm().editorFor("aims") : nullptr;
}

// One line per built stage.
const StagePage kPages[] = {
    {.key = "partnership",
     .make = [](ProjectDocument& document) -> QWidget* { return new PartnershipPage(document); },
     .firstField = &partnershipAims},
    {.key = "needs",
     .make = [](ProjectDocument& document) -> QWidget* {
         return new NeedsPage(document);
     }},
    {.key = "plan",
     .make = [](ProjectDocument& document) -> QWidget* {
         return new PlanPage(document);
     }},
    {.key = "procure",
     .make = [](ProjectDocument& document) -> QWidget* {
         return new ProcurePage(document);
     }},
    {.key = "monitor",
     .make = [](ProjectDocument& document) -> QWidget* {
         return new MonitorPage(document);
     }},
};

} // namespace

std::span<const StagePage> stagePages() {
    return kPages;
}

const StagePage* stagePageFor(std::string_view key) {
    for (const auto& page : kPages) {
        if (page.key == key) {
            return &page;
        }
    }
    return nullptr;
}

} // namespace jointly::ui
