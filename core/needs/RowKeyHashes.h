#pragma once

#include "needs/IndicatorRow.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace jointly::needs {

// A set of 64-bit hashes (open addressing), for remembering rows' keys
// cheaply: at most kMaxKeys of them, in at most 16 MB.
class KeyHashes {
public:
    static constexpr std::size_t kMaxKeys = std::size_t{1} << 20;

    std::size_t size() const { return size_; }

    // Adds the hash; false if it was there already.
    bool insert(std::uint64_t hash) {
        if (hash == 0) {
            hash = 1; // 0 marks an empty slot
        }
        if ((size_ + 1) * 2 > slots_.size()) {
            grow();
        }
        const std::size_t mask = slots_.size() - 1;
        for (auto at = static_cast<std::size_t>(hash) & mask;; at = (at + 1) & mask) {
            if (slots_[at] == hash) {
                return false;
            }
            if (slots_[at] == 0) {
                slots_[at] = hash;
                ++size_;
                return true;
            }
        }
    }

    void clear() {
        if (size_ == 0) {
            return;
        }
        if (slots_.size() > kInitialSlots) {
            std::vector<std::uint64_t>(kInitialSlots, 0).swap(slots_);
        } else {
            std::fill(slots_.begin(), slots_.end(), 0);
        }
        size_ = 0;
    }

private:
    static constexpr std::size_t kInitialSlots = 4096;

    void grow() {
        std::vector<std::uint64_t> old(slots_.size() * 2, 0);
        old.swap(slots_);
        size_ = 0;
        for (auto hash : old) {
            if (hash != 0) {
                insert(hash);
            }
        }
    }

    std::vector<std::uint64_t> slots_ = std::vector<std::uint64_t>(kInitialSlots, 0);
    std::size_t size_ = 0;
};

// A hash of everything in a row's key (area, sex, age, category, period)
// except its indicator.
std::uint64_t keyHash(const IndicatorRow& row);

} // namespace jointly::needs
