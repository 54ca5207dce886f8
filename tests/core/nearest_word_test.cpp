#include "util/NearestWord.h"

#include <catch2/catch.hpp>

using jointly::util::editDistance;
using jointly::util::nearestWord;

TEST_CASE("edit distance counts single insertions, deletions and substitutions", "[util]") {
    CHECK(editDistance("", "") == 0);
    CHECK(editDistance("check", "check") == 0);
    CHECK(editDistance("chek", "check") == 1);              // one insertion
    CHECK(editDistance("exprot-json", "export-json") == 2); // r and o swapped: two substitutions
    CHECK(editDistance("budget", "budgie") == 2);           // e -> i and t -> e
    CHECK(editDistance("kitten", "sitting") == 3);          // the textbook case
    CHECK(editDistance("", "pbma") == 4);
}

TEST_CASE("the nearest verb is suggested only when it is near enough", "[util]") {
    const std::vector<std::string_view> verbs = {"check", "status", "export-json", "import-json",
                                                 "budget"};
    CHECK(nearestWord("exprot-json", verbs) == "export-json");
    CHECK(nearestWord("chek", verbs) == "check");
    CHECK(nearestWord("staus", verbs) == "status");
    // "import-jsn" is 1 from import-json and 3 from export-json: the nearer.
    CHECK(nearestWord("import-jsn", verbs) == "import-json");
    // Too far from every verb, or too short to judge.
    CHECK_FALSE(nearestWord("Westshire.jointly", verbs).has_value());
    CHECK_FALSE(nearestWord("bu", verbs).has_value());
}
