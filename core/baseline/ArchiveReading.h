#pragma once

#include "Outcome.h"
#include "baseline/ArchiveEnvelope.h"
#include "baseline/ArchiveFields.h"

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>

#include <sstream>
#include <string>
#include <string_view>

// Reading and writing a class through a Boost text archive inside Jointly's
// header (ArchiveEnvelope.h), shared by baselines and copied records.
namespace jointly::baseline {

template <class Contents>
std::string writeArchive(ArchiveContent content, const Contents& contents) {
    std::ostringstream out;
    {
        boost::archive::text_oarchive archive(out);
        archive << contents;
    }
    return wrapArchive(content, out.str());
}

// Refuses, with a sentence naming `what`, anything unwrapArchive refuses, a
// payload Boost cannot read, a class or library version newer than this
// Jointly, and a size over the caps (ArchiveFields.h): never a crash.
template <class Contents>
Outcome<Contents> readArchive(std::string_view stored, ArchiveContent content,
                              const std::string& what) {
    const auto payload = unwrapArchive(stored, content, what);
    if (!payload.ok()) {
        return payload.error();
    }
    const auto newer = [&] {
        return Error{ErrorKind::NewerVersion,
                     what + " was made by a newer version of Jointly: install the newer version "
                            "to read it."};
    };
    const auto damaged = [&] {
        return Error{ErrorKind::Damaged, what + " is damaged: its header is whole but what it "
                                                "holds cannot be read. It was not read."};
    };
    // Boost reads its own signature's length from the text and allocates
    // that much: it is checked here first, so a hostile length never
    // reaches it.
    if (!payload.value().starts_with("22 serialization::archive ")) {
        return damaged();
    }
    try {
        std::istringstream in{std::string(payload.value())};
        boost::archive::text_iarchive archive(in);
        Contents contents;
        archive >> contents;
        return contents;
    } catch (const ArchiveRefusal& refusal) {
        const std::string why = refusal.what();
        if (why.find("newer") != std::string::npos) {
            return newer();
        }
        return Error{ErrorKind::Damaged, what + " holds " + why + ". It was not read."};
    } catch (const boost::archive::archive_exception& problem) {
        if (problem.code == boost::archive::archive_exception::unsupported_version ||
            problem.code == boost::archive::archive_exception::unsupported_class_version) {
            return newer();
        }
        return damaged();
    } catch (const std::exception&) {
        return damaged();
    }
}

} // namespace jointly::baseline
