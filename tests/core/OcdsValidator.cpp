#include "core/OcdsValidator.h"

#include "csv/CsvReader.h"

#include <fstream>
#include <regex>
#include <stdexcept>

namespace {

constexpr const char* kReleaseSchemaUrl =
    "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";

nlohmann::json readJson(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error("cannot read " + path.string());
    }
    return nlohmann::json::parse(in);
}

// The codes of a codelist CSV: its "Code" column.
std::set<std::string> readCodes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    jointly::csv::CsvReader reader(in);
    jointly::csv::CsvRecord record;
    std::set<std::string> codes;
    std::size_t column = 0;
    bool header = true;
    while (reader.next(record)) {
        if (header) {
            header = false;
            for (column = 0; column < record.fields.size(); ++column) {
                if (record.fields[column] == "Code") {
                    break;
                }
            }
            if (column == record.fields.size()) {
                throw std::runtime_error(path.string() + " has no Code column");
            }
            continue;
        }
        if (column < record.fields.size()) {
            codes.insert(record.fields[column]);
        }
    }
    if (!reader.error().empty()) {
        throw std::runtime_error(path.string() + ": " + reader.error());
    }
    return codes;
}

void loadCodelists(const std::filesystem::path& folder,
                   std::map<std::string, std::set<std::string>>& codelists) {
    if (!std::filesystem::is_directory(folder)) {
        return;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        const auto name = file.filename().string();
        const auto codes = readCodes(file);
        if (name[0] == '+') {
            codelists[name.substr(1)].insert(codes.begin(), codes.end());
        } else if (name[0] == '-') {
            for (const auto& code : codes) {
                codelists[name.substr(1)].erase(code);
            }
        } else {
            codelists[name] = codes;
        }
    }
}

std::string typeOf(const nlohmann::json& value) {
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::boolean:
        return "boolean";
    case nlohmann::json::value_t::string:
        return "string";
    case nlohmann::json::value_t::array:
        return "array";
    case nlohmann::json::value_t::object:
        return "object";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
        return "integer";
    default:
        return "number";
    }
}

bool hasType(const nlohmann::json& value, const std::string& type) {
    const auto actual = typeOf(value);
    return actual == type || (type == "number" && actual == "integer");
}

std::size_t codePoints(const std::string& text) {
    std::size_t count = 0;
    for (char c : text) {
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return count;
}

bool validFormat(const std::string& format, const std::string& text) {
    // RFC 3339 section 5.6 date-time, as draft 4 asks.
    static const std::regex dateTime(
        R"(^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$)");
    // RFC 3986: a scheme, a colon, and no spaces or control characters.
    static const std::regex uri(R"(^[A-Za-z][A-Za-z0-9+.-]*:[^\s\x00-\x1f]*$)");
    if (format == "date-time") {
        if (!std::regex_match(text, dateTime)) {
            return false;
        }
        // A real day of its month: 31 February matches the pattern only.
        const int year = std::stoi(text.substr(0, 4));
        const int month = std::stoi(text.substr(5, 2));
        const int day = std::stoi(text.substr(8, 2));
        constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
    }
    if (format == "uri") {
        return std::regex_match(text, uri);
    }
    throw std::runtime_error("the validator does not know the format " + format);
}

} // namespace

OcdsValidator::OcdsValidator(const std::filesystem::path& ocdsDir,
                             const std::vector<std::string>& extensions) {
    release_ = readJson(ocdsDir / "schema" / "release-schema.json");
    package_ = readJson(ocdsDir / "schema" / "release-package-schema.json");
    loadCodelists(ocdsDir / "schema" / "codelists", codelists_);
    for (const auto& extension : extensions) {
        extensions_.insert(extension);
        const auto folder = ocdsDir / "extensions" / extension;
        release_.merge_patch(readJson(folder / "release-schema.json"));
        loadCodelists(folder / "codelists", codelists_);
    }
}

const nlohmann::json& OcdsValidator::resolve(const std::string& ref, const Json& root,
                                             const Json*& newRoot) const {
    if (ref == kReleaseSchemaUrl) {
        newRoot = &release_;
        return release_;
    }
    const std::string local = "#/definitions/";
    if (ref.rfind(local, 0) == 0) {
        newRoot = &root;
        return root.at("definitions").at(ref.substr(local.size()));
    }
    throw std::runtime_error("the validator cannot follow $ref " + ref);
}

void OcdsValidator::checkCodes(const Json& value, const std::string& codelist,
                               const std::string& path, std::vector<std::string>& faults) const {
    const auto found = codelists_.find(codelist);
    if (found == codelists_.end()) {
        faults.push_back(path + ": the codelist " + codelist + " is not known");
        return;
    }
    auto one = [&](const Json& code, const std::string& where) {
        if (code.is_string() && found->second.count(code.get<std::string>()) == 0) {
            faults.push_back(where + ": \"" + code.get<std::string>() + "\" is not in " + codelist);
        }
    };
    if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            one(value[i], path + "/" + std::to_string(i));
        }
    } else {
        one(value, path);
    }
}

void OcdsValidator::check(const Json& value, const Json& schema, const Json& root,
                          const std::string& path, std::vector<std::string>& faults) const {
    static const std::set<std::string> annotations = {
        "title",          "description", "deprecated",     "deprecatedVersion",
        "wholeListMerge", "versionId",   "omitWhenMerged", "id",
        "$schema",        "default",     "openCodelist",   "definitions"};
    static const std::set<std::string> checked = {
        "$ref",          "type",    "enum",     "properties",  "patternProperties",
        "required",      "items",   "minItems", "uniqueItems", "minLength",
        "minProperties", "pattern", "format",   "codelist"};
    for (const auto& [keyword, _] : schema.items()) {
        if (annotations.count(keyword) == 0 && checked.count(keyword) == 0) {
            throw std::runtime_error("the validator does not know the keyword " + keyword);
        }
    }
    if (schema.contains("$ref")) {
        const Json* newRoot = &root;
        const auto& target = resolve(schema["$ref"].get<std::string>(), root, newRoot);
        check(value, target, *newRoot, path, faults);
        return; // draft 4: a $ref's siblings are ignored
    }
    if (schema.contains("type")) {
        const auto& type = schema["type"];
        bool ok = false;
        if (type.is_string()) {
            ok = hasType(value, type.get<std::string>());
        } else {
            for (const auto& each : type) {
                ok = ok || hasType(value, each.get<std::string>());
            }
        }
        if (!ok) {
            faults.push_back(path + ": " + typeOf(value) + " where the schema wants " +
                             type.dump());
            return;
        }
    }
    if (schema.contains("enum")) {
        bool listed = false;
        for (const auto& each : schema["enum"]) {
            listed = listed || each == value;
        }
        if (!listed) {
            faults.push_back(path + ": " + value.dump() + " is not one of " +
                             schema["enum"].dump());
        }
    }
    if (schema.contains("codelist") && !value.is_null()) {
        checkCodes(value, schema["codelist"].get<std::string>(), path, faults);
    }
    if (value.is_string()) {
        const auto text = value.get<std::string>();
        if (schema.contains("minLength") &&
            codePoints(text) < schema["minLength"].get<std::size_t>()) {
            faults.push_back(path + ": the text is shorter than " + schema["minLength"].dump());
        }
        if (schema.contains("pattern") &&
            !std::regex_search(text, regex(schema["pattern"].get<std::string>()))) {
            faults.push_back(path + ": \"" + text + "\" does not match " +
                             schema["pattern"].get<std::string>());
        }
        if (schema.contains("format") && !validFormat(schema["format"].get<std::string>(), text)) {
            faults.push_back(path + ": \"" + text + "\" is not a " +
                             schema["format"].get<std::string>());
        }
    }
    if (value.is_array()) {
        if (schema.contains("minItems") && value.size() < schema["minItems"].get<std::size_t>()) {
            faults.push_back(path + ": fewer than " + schema["minItems"].dump() + " items");
        }
        if (schema.value("uniqueItems", false)) {
            // JSON equality, under which 1 and 1.0 are the same number.
            bool unique = true;
            for (std::size_t i = 0; unique && i < value.size(); ++i) {
                for (std::size_t j = i + 1; unique && j < value.size(); ++j) {
                    unique = !(value[i] == value[j]);
                }
            }
            if (!unique) {
                faults.push_back(path + ": the items are not unique");
            }
        }
        if (schema.contains("items")) {
            if (!schema["items"].is_object()) {
                throw std::runtime_error("the validator does not know tuple items");
            }
            for (std::size_t i = 0; i < value.size(); ++i) {
                check(value[i], schema["items"], root, path + "/" + std::to_string(i), faults);
            }
        }
    }
    if (value.is_object()) {
        if (schema.contains("minProperties") &&
            value.size() < schema["minProperties"].get<std::size_t>()) {
            faults.push_back(path + ": fewer than " + schema["minProperties"].dump() + " fields");
        }
        const Json required = schema.value("required", Json::array());
        for (const auto& name : required) {
            if (!value.contains(name.get<std::string>())) {
                faults.push_back(path + ": " + name.get<std::string>() + " is missing");
            }
        }
        const Json patterns = schema.value("patternProperties", Json::object());
        for (const auto& [key, member] : value.items()) {
            bool declared = false;
            if (schema.contains("properties") && schema["properties"].contains(key)) {
                declared = true;
                check(member, schema["properties"][key], root, path + "/" + key, faults);
            }
            for (const auto& [pattern, memberSchema] : patterns.items()) {
                if (std::regex_search(key, regex(pattern))) {
                    declared = true;
                    check(member, memberSchema, root, path + "/" + key, faults);
                }
            }
            if (!declared) {
                faults.push_back(path + "/" + key + ": a field the schemas do not declare");
            }
        }
    }
}

const std::regex& OcdsValidator::regex(const std::string& pattern) const {
    auto found = regexes_.find(pattern);
    if (found == regexes_.end()) {
        try {
            found = regexes_.emplace(pattern, std::regex(pattern)).first;
        } catch (const std::regex_error& error) {
            throw std::runtime_error("the pattern " + pattern + ": " + error.what());
        }
    }
    return found->second;
}

std::vector<std::string> OcdsValidator::validatePackage(const Json& package) const {
    std::vector<std::string> faults;
    // The extensions the package declares must be exactly those merged
    // here: each URL names its repository, ocds_<folder>_extension.
    std::set<std::string> declared;
    for (const auto& url : package.value("extensions", Json::array())) {
        const auto text = url.is_string() ? url.get<std::string>() : url.dump();
        bool known = false;
        for (const auto& extension : extensions_) {
            if (text.find("/ocds_" + extension + "_extension/") != std::string::npos) {
                declared.insert(extension);
                known = true;
            }
        }
        if (!known) {
            faults.push_back("/extensions: " + text + " is not an extension the validator merged");
        }
    }
    for (const auto& extension : extensions_) {
        if (declared.count(extension) == 0) {
            faults.push_back("/extensions: the package does not declare " + extension +
                             ", whose fields the validator allowed");
        }
    }
    check(package, package_, package_, "", faults);
    return faults;
}
