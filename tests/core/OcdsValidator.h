#pragma once

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

// Checks an OCDS 1.1 release package offline against the real schemas in
// tests/fixtures/ocds (copied from the Open Contracting Partnership's
// repositories; see its README): the release schema with the declared
// extensions applied as JSON Merge Patch (RFC 7396), the release package
// schema, and the codelists, core and extensions' (a "+name.csv" adds codes,
// a "-name.csv" takes them away).
//
// It implements the part of JSON Schema draft 4 the OCDS schemas use, and
// refuses a schema keyword it does not know rather than skip it, so a
// package it passes has met every constraint the schemas state. It is
// stricter than the standard in two ways a careful publisher wants: a field
// the schemas do not declare is a fault (the Data Review Tool's "additional
// fields"), and a code outside an open codelist is a fault too.
class OcdsValidator {
public:
    using Json = nlohmann::json;

    // extensions: folder names under ocdsDir/extensions, e.g. "metrics".
    OcdsValidator(const std::filesystem::path& ocdsDir, const std::vector<std::string>& extensions);

    // Every fault, each as "releases/0/tender/status: ...". Empty when valid.
    // The package must declare exactly the extensions given here.
    std::vector<std::string> validatePackage(const Json& package) const;

    const Json& releaseSchema() const { return release_; }

private:
    void check(const Json& value, const Json& schema, const Json& root, const std::string& path,
               std::vector<std::string>& faults) const;
    const Json& resolve(const std::string& ref, const Json& root, const Json*& newRoot) const;
    void checkCodes(const Json& value, const std::string& codelist, const std::string& path,
                    std::vector<std::string>& faults) const;

    const std::regex& regex(const std::string& pattern) const;

    Json release_;
    Json package_;
    std::map<std::string, std::set<std::string>> codelists_;
    std::set<std::string> extensions_; // folder names
    mutable std::map<std::string, std::regex> regexes_;
};
