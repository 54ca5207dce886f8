#include "records/TypedInput.h"

#include "records/FieldInput.h"
#include "records/RecordStore.h"
#include "util/Text.h"

#include <charconv>

namespace jointly::records {

namespace {

std::string hyphenated(std::string_view words) {
    std::string text = util::lower(words);
    for (auto& c : text) {
        if (c == ' ') {
            c = '-';
        }
    }
    return text;
}

} // namespace

std::string typedName(const RecordKind& kind) {
    return hyphenated(kind.singular);
}

std::string typedName(const FieldSpec& field) {
    return hyphenated(field.label);
}

const RecordKind* kindTyped(std::string_view name) {
    const auto wanted = hyphenated(name);
    for (const auto* kind : everyKind()) {
        if (typedName(*kind) == wanted) {
            return kind;
        }
    }
    return nullptr;
}

const FieldSpec* fieldTyped(const RecordKind& kind, std::string_view name) {
    const auto wanted = util::lower(name);
    for (const auto& field : kind.fields) {
        if (typedName(field) == hyphenated(name) || util::lower(field.column) == wanted) {
            return &field;
        }
    }
    return nullptr;
}

Outcome<FieldValue> readTyped(storage::Database& db, const FieldSpec& field,
                              std::string_view text) {
    if (field.type != FieldType::Link) {
        return parseInput(field, text);
    }
    const auto typed = util::trim(text);
    if (typed.empty()) {
        if (field.required) {
            return Error{ErrorKind::Invalid, std::string(field.label) + " must be chosen."};
        }
        return FieldValue{};
    }
    const auto* linked = linkedKind(field);
    std::int64_t id = 0;
    auto [end, ec] = std::from_chars(typed.data(), typed.data() + typed.size(), id);
    const bool isNumber = ec == std::errc() && end == typed.data() + typed.size();
    std::vector<std::int64_t> named;
    for (const auto& [choice, name] : linkChoices(db, *linked)) {
        if (isNumber && choice == id) {
            return FieldValue{id};
        }
        if (util::lower(name) == util::lower(typed)) {
            named.push_back(choice);
        }
    }
    if (named.size() == 1) {
        return FieldValue{named.front()};
    }
    const std::string what = std::string(field.label) + ": ";
    if (named.size() > 1) {
        return Error{ErrorKind::Invalid,
                     what + std::to_string(named.size()) + " " + std::string(linked->plural) +
                         " are called " + util::curlyQuoted(typed) +
                         "; give the id of the one you mean (\"jointly list\" shows them)."};
    }
    return Error{ErrorKind::Invalid,
                 what + "there is no " + std::string(linked->singular) +
                     (isNumber ? " with the id " : " called ") +
                     (isNumber ? std::string(typed) : util::curlyQuoted(typed)) +
                     "; \"jointly list FILE " + typedName(*linked) + "\" shows them."};
}

} // namespace jointly::records
