#pragma once

#include "procurement/OcdsProcess.h"
#include "util/ExactJson.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The pieces the OCDS releases are built from (procurement/OcdsReleases.h):
// values, dates, organisation references, notices as documents, and the
// tender, award and contract sections. Used inside core's .cpp files only.
namespace jointly::procurement::ocds {

using util::Json;

// {"amount": 1234.56, "currency": "GBP"} from whole pence.
Json money(std::int64_t pence);

// "2027-04-01T00:00:00Z" from 2027-04-01, or "2027-04-01T23:59:59Z" for the
// end of a period; nothing for text that is not a date.
std::optional<std::string> dateTime(std::string_view isoDate, bool endOfDay = false);

// Sets object[key] to text, or leaves it out when the text is empty (OCDS
// strings may not be empty).
void putText(Json& object, std::string_view key, std::string_view text);

// Sets object[key] to the date-time of isoDate, when it is a date.
void putDate(Json& object, std::string_view key, std::string_view isoDate, bool endOfDay = false);

Json reference(const OcdsOrganisation& organisation);

// The first milestone of one of these steps, or nullptr.
const OcdsMilestone* milestoneOf(const OcdsProcess& process,
                                 std::initializer_list<std::string_view> steps);

// The notice milestones marked done whose step belongs to a section
// ("planning", "tender", "award" or "contract"), as that section's
// documents; sets object["documents"] only when there is one.
void putNotices(Json& object, const OcdsProcess& process, std::string_view section);

// Whether the procurement's tender is complete (a contract), active (a
// tender, transparency or intention notice is done) or planned.
std::string tenderStatus(const OcdsProcess& process);

// The tender section: the route as procurementMethod and its details, the
// value, periods from the milestones, the tenderers, the milestones, the
// notices, and the lots with their award criteria and weights.
Json tenderOf(const OcdsProcess& process, std::string_view asAt);

// An award of a contract: its supplier, value, the lots it won, the
// contract period and the standstill (procurement/OcdsAwards.cpp).
Json awardOf(const OcdsProcess& process, const OcdsContract& contract);

// The awards decided before any contract, to each winner of the
// evaluation, pending; empty when none is decided or the winners are not
// loaded.
Json pendingAwards(const OcdsProcess& process);

// The id of the award of a contract: "award-<contract id>".
std::string awardId(const OcdsContract& contract);

// A contract as the implementation release gives it: its KPIs' figures
// period by period (with their notes and the annotations on the period) and
// each year's rating as metric observations; nothing when no KPI of the
// contract has a figure or a rating (procurement/OcdsImplementation.cpp).
std::optional<Json> implementationOf(const OcdsContract& contract);

// A contract: its status as at asAt, period, value, signature, notices,
// notice and extension milestones, and KPIs as agreed metrics.
Json contractOf(const OcdsProcess& process, const OcdsContract& contract, std::string_view asAt);

} // namespace jointly::procurement::ocds
