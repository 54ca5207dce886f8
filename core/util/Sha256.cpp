#include "util/Sha256.h"

#include <algorithm>
#include <cstring>

namespace jointly::util {

namespace {
// The first 32 bits of the fractional parts of the cube roots of the first 64
// primes (FIPS 180-4, section 4.2.2).
constexpr std::array<std::uint32_t, 64> kRoundConstants = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

// The first 32 bits of the fractional parts of the square roots of the first
// 8 primes (section 5.3.3).
constexpr std::array<std::uint32_t, 8> kInitialState = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

constexpr std::uint32_t rotateRight(std::uint32_t x, int n) {
    return (x >> n) | (x << (32 - n));
}

// The functions of section 4.1.2.
constexpr std::uint32_t choose(std::uint32_t x, std::uint32_t y, std::uint32_t z) {
    return (x & y) ^ (~x & z);
}
constexpr std::uint32_t majority(std::uint32_t x, std::uint32_t y, std::uint32_t z) {
    return (x & y) ^ (x & z) ^ (y & z);
}
constexpr std::uint32_t bigSigma0(std::uint32_t x) {
    return rotateRight(x, 2) ^ rotateRight(x, 13) ^ rotateRight(x, 22);
}
constexpr std::uint32_t bigSigma1(std::uint32_t x) {
    return rotateRight(x, 6) ^ rotateRight(x, 11) ^ rotateRight(x, 25);
}
constexpr std::uint32_t smallSigma0(std::uint32_t x) {
    return rotateRight(x, 7) ^ rotateRight(x, 18) ^ (x >> 3);
}
constexpr std::uint32_t smallSigma1(std::uint32_t x) {
    return rotateRight(x, 17) ^ rotateRight(x, 19) ^ (x >> 10);
}

std::uint32_t readBigEndian(const unsigned char* bytes) {
    return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) |
           (std::uint32_t{bytes[2]} << 8) | std::uint32_t{bytes[3]};
}
} // namespace

void Sha256::reset() {
    state_ = kInitialState;
    pendingSize_ = 0;
    messageBytes_ = 0;
}

// Processes one 64-byte block (section 6.2.2).
void Sha256::compress(const unsigned char* block) {
    std::array<std::uint32_t, 64> schedule{};
    for (std::size_t t = 0; t < 16; ++t) {
        schedule[t] = readBigEndian(block + 4 * t);
    }
    for (std::size_t t = 16; t < 64; ++t) {
        schedule[t] = smallSigma1(schedule[t - 2]) + schedule[t - 7] +
                      smallSigma0(schedule[t - 15]) + schedule[t - 16];
    }
    std::uint32_t a = state_[0], b = state_[1], c = state_[2], d = state_[3];
    std::uint32_t e = state_[4], f = state_[5], g = state_[6], h = state_[7];
    for (std::size_t t = 0; t < 64; ++t) {
        std::uint32_t t1 = h + bigSigma1(e) + choose(e, f, g) + kRoundConstants[t] + schedule[t];
        std::uint32_t t2 = bigSigma0(a) + majority(a, b, c);
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    state_[0] += a;
    state_[1] += b;
    state_[2] += c;
    state_[3] += d;
    state_[4] += e;
    state_[5] += f;
    state_[6] += g;
    state_[7] += h;
}

void Sha256::update(const void* data, std::size_t size) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    messageBytes_ += size;
    // Top up a partly filled block first.
    if (pendingSize_ > 0) {
        std::size_t take = std::min(size, pending_.size() - pendingSize_);
        std::memcpy(pending_.data() + pendingSize_, bytes, take);
        pendingSize_ += take;
        bytes += take;
        size -= take;
        if (pendingSize_ < pending_.size()) {
            return;
        }
        compress(pending_.data());
        pendingSize_ = 0;
    }
    // Whole blocks straight from the caller's data.
    while (size >= pending_.size()) {
        compress(bytes);
        bytes += pending_.size();
        size -= pending_.size();
    }
    if (size > 0) {
        std::memcpy(pending_.data(), bytes, size);
        pendingSize_ = size;
    }
}

std::string Sha256::hexDigest() {
    // Padding (section 5.1.1): a 1 bit, zeros up to 56 bytes into a block, then
    // the message length in bits as a 64-bit big-endian number.
    std::uint64_t messageBits = messageBytes_ * 8;
    const unsigned char one = 0x80;
    update(&one, 1);
    const unsigned char zero = 0;
    while (pendingSize_ != 56) {
        update(&zero, 1);
    }
    std::array<unsigned char, 8> length{};
    for (std::size_t i = 0; i < 8; ++i) {
        length[i] = static_cast<unsigned char>(messageBits >> (56 - 8 * i));
    }
    update(length.data(), length.size());

    constexpr char kHexDigits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(64);
    for (std::uint32_t word : state_) {
        for (int shift = 28; shift >= 0; shift -= 4) {
            hex += kHexDigits[(word >> shift) & 0xf];
        }
    }
    reset();
    return hex;
}

std::string sha256Hex(std::string_view data) {
    Sha256 hash;
    hash.update(data.data(), data.size());
    return hash.hexDigest();
}

} // namespace jointly::util
