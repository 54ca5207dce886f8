#include "procurement/Standstill.h"

#include "quantities/WorkingDays.h"

namespace jointly::procurement {

Outcome<std::string> standstillLastDay(std::string_view noticeDate, Regime regime) {
    if (regime == Regime::ProcurementAct) {
        return quantities::lastOfWorkingDays(noticeDate, kStandstillWorkingDays);
    }
    auto dayAfter = quantities::nextDay(noticeDate);
    if (!dayAfter.ok()) {
        return dayAfter.error();
    }
    return quantities::lastOfWorkingDays(dayAfter.value(), kStandstillWorkingDays);
}

} // namespace jointly::procurement
