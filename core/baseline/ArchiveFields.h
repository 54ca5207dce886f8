#pragma once

#include "baseline/ArchiveEnvelope.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

// Text and lists in Jointly's archives, with their sizes checked before
// anything is allocated: a hostile archive cannot make a string or a list
// larger than an archive may be. Text is kept as Boost's binary block (base64
// in a text archive), so nothing a user typed is read as the archive's own
// syntax.
namespace jointly::baseline {

// What a loader throws on a size it will not allocate, or a class version
// newer than it knows; read as a refusal, never a crash.
class ArchiveRefusal : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// No list in an archive has more entries than this.
inline constexpr std::uint64_t kMostEntries = 1'000'000;

template <class Archive> void archiveText(Archive& archive, std::string& text) {
    std::uint64_t size = text.size();
    archive& size;
    if constexpr (Archive::is_loading::value) {
        if (size > kLargestArchive) {
            throw ArchiveRefusal("a text longer than an archive may be");
        }
        text.resize(static_cast<std::size_t>(size));
    }
    if (size > 0) {
        if constexpr (Archive::is_loading::value) {
            archive.load_binary(text.data(), static_cast<std::size_t>(size));
        } else {
            archive.save_binary(text.data(), static_cast<std::size_t>(size));
        }
    }
}

template <class Archive, class Entry> void archiveList(Archive& archive, std::vector<Entry>& list) {
    std::uint64_t size = list.size();
    archive& size;
    if constexpr (Archive::is_loading::value) {
        if (size > kMostEntries) {
            throw ArchiveRefusal("a list longer than an archive may hold");
        }
        list.clear();
        for (std::uint64_t i = 0; i < size; ++i) {
            Entry entry;
            archive& entry;
            list.push_back(std::move(entry));
        }
    } else {
        for (auto& entry : list) {
            archive& entry;
        }
    }
}

// Refuses a class version newer than the loader knows.
inline void checkVersion(unsigned int version, unsigned int known) {
    if (version > known) {
        throw ArchiveRefusal("a newer version of Jointly's classes");
    }
}

} // namespace jointly::baseline
