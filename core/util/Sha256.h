#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace jointly::util {

// SHA-256 as defined in FIPS 180-4, fed in pieces of any size.
class Sha256 {
public:
    Sha256() { reset(); }

    void update(const void* data, std::size_t size);

    // Finishes the hash and returns it as 64 lower-case hexadecimal digits.
    // The object then starts over, ready for a new message.
    std::string hexDigest();

private:
    void reset();
    void compress(const unsigned char* block);

    std::array<std::uint32_t, 8> state_{};
    std::array<unsigned char, 64> pending_{}; // a block not yet full
    std::size_t pendingSize_ = 0;
    std::uint64_t messageBytes_ = 0;
};

// The SHA-256 of `data` in lower-case hexadecimal.
std::string sha256Hex(std::string_view data);

} // namespace jointly::util
