#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace jointly::util {

// SHA-256 as defined in FIPS 180-4, fed in pieces of any size. The hashing is
// OpenSSL's (libcrypto), which uses the processor's SHA instructions where it
// has them: about eight times as fast as a portable implementation, which
// matters when a large import hashes its file beside reading it.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(const void* data, std::size_t size);

    // Finishes the hash and returns it as 64 lower-case hexadecimal digits.
    // The object then starts over, ready for a new message.
    std::string hexDigest();

private:
    void reset();

    struct FreeContext {
        void operator()(evp_md_ctx_st* context) const;
    };
    std::unique_ptr<evp_md_ctx_st, FreeContext> context_;
};

// The SHA-256 of `data` in lower-case hexadecimal.
std::string sha256Hex(std::string_view data);

} // namespace jointly::util
