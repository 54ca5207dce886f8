#include "util/Sha256.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>

using jointly::util::Sha256;
using jointly::util::sha256Hex;

// The test vectors published with FIPS 180-4 (NIST's "SHA-256 examples") and
// the one-million-'a' vector from the NESSIE project and FIPS 180-2.
TEST_CASE("sha256Hex matches the published test vectors", "[sha256]") {
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(
        sha256Hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
                  "klmnopqrlmnopqrsmnopqrstnopqrstu") ==
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

TEST_CASE("Sha256 hashes one million 'a' fed in uneven pieces", "[sha256]") {
    const std::string million(1000000, 'a');
    Sha256 hash;
    const std::size_t pieces[] = {1, 63, 64, 65, 7, 1000, 55, 56, 57, 4096, 127};
    std::size_t offset = 0;
    std::size_t next = 0;
    while (offset < million.size()) {
        std::size_t size = std::min(pieces[next % std::size(pieces)], million.size() - offset);
        hash.update(million.data() + offset, size);
        offset += size;
        ++next;
    }
    CHECK(hash.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    CHECK(sha256Hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("Sha256 fed byte by byte equals the one-shot hash", "[sha256]") {
    // Lengths around the 55/56/64-byte padding edges, and a few blocks more.
    const std::size_t lengths[] = {0, 1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000};
    for (std::size_t length : lengths) {
        std::string text;
        for (std::size_t i = 0; i < length; ++i) {
            text += static_cast<char>('A' + i % 26);
        }
        Sha256 hash;
        for (char c : text) {
            hash.update(&c, 1);
        }
        INFO("length " << length);
        CHECK(hash.hexDigest() == sha256Hex(text));
    }
}

TEST_CASE("Sha256 starts over after giving its digest", "[sha256]") {
    Sha256 hash;
    hash.update("abc", 3);
    CHECK(hash.hexDigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(hash.hexDigest() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}
