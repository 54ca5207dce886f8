#pragma once

// What crash_worker and crash_tests share: a small model of the parts of a
// project the worker changes, the changes themselves ("atoms"), and how both
// are written to and read from the worker's journal.
//
// The journal is a text file, one line per event:
//
//   intent SEQ OP ATOMS...   written just BEFORE the worker calls the core
//   done SEQ COUNTER DIGEST  written only AFTER that call returned success, with
//                            the file's change counter and contentDigest() as
//                            the call left them
//   error SEQ MESSAGE        the call failed; the worker stops
//
// Each atom is one of
//
//   P+ ID PENCE NAME   partner organisation ID exists with this name and contribution
//   P- ID              partner organisation ID (and its members) is gone
//   M+ ID PARTNER NAME member ID of partner PARTNER exists with this name
//   M- ID              member ID is gone
//   I+ ID ROWS         import ID is live with exactly ROWS indicator values
//   I- ID              import ID is not live (undone, or never made live)
//
// Names never contain spaces, so a line splits on spaces.

#include <sqlite3.h>

#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace jointly::crashtest {

// SQLite's file change counter (bytes 24 to 27 of the header, big-endian),
// which every committed write transaction increases. A change whose call
// returned has raised it; if the file after a kill holds a lower one, a
// committed change was lost, even if the state read back happens to match
// (for example because the undo of that very change was under way).
inline std::uint32_t fileChangeCounter(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    unsigned char bytes[4] = {};
    in.seekg(24);
    in.read(reinterpret_cast<char*>(bytes), 4);
    if (!in) {
        throw std::runtime_error("cannot read the change counter of " + path);
    }
    return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) |
           (std::uint32_t{bytes[2]} << 8) | std::uint32_t{bytes[3]};
}

struct Partner {
    std::string name;
    std::int64_t pence = 0;
    bool operator==(const Partner&) const = default;
};

struct Member {
    std::int64_t partner = 0;
    std::string name;
    bool operator==(const Member&) const = default;
};

struct State {
    std::map<std::int64_t, Partner> partners;
    std::map<std::int64_t, Member> members;
    std::map<std::int64_t, std::int64_t> imports; // live import id -> its rows
    bool operator==(const State&) const = default;
};

struct Atom {
    char what = 'P';         // 'P' partner, 'M' member, 'I' import
    bool present = true;     // '+' or '-'
    std::int64_t id = 0;     // the row id in its table
    std::int64_t number = 0; // P: pence, M: partner id, I: rows
    std::string name;        // P and M only
};

inline std::string encode(const std::vector<Atom>& atoms) {
    std::string text;
    for (const auto& atom : atoms) {
        text += ' ';
        text += atom.what;
        text += atom.present ? '+' : '-';
        text += ' ' + std::to_string(atom.id);
        if (atom.present) {
            text += ' ' + std::to_string(atom.number);
            if (atom.what != 'I') {
                text += ' ' + atom.name;
            }
        }
    }
    return text;
}

// Reads atoms up to the end of the line; throws on anything malformed, since
// a journal the test cannot read proves nothing.
inline std::vector<Atom> decode(std::istringstream& in) {
    std::vector<Atom> atoms;
    std::string tag;
    while (in >> tag) {
        if (tag.size() != 2 || (tag[0] != 'P' && tag[0] != 'M' && tag[0] != 'I') ||
            (tag[1] != '+' && tag[1] != '-')) {
            throw std::runtime_error("unreadable journal atom \"" + tag + "\"");
        }
        Atom atom;
        atom.what = tag[0];
        atom.present = tag[1] == '+';
        if (!(in >> atom.id)) {
            throw std::runtime_error("journal atom " + tag + " has no id");
        }
        if (atom.present) {
            if (!(in >> atom.number) || (atom.what != 'I' && !(in >> atom.name))) {
                throw std::runtime_error("journal atom " + tag + " is cut short");
            }
        }
        atoms.push_back(std::move(atom));
    }
    return atoms;
}

inline void apply(State& state, const std::vector<Atom>& atoms) {
    for (const auto& atom : atoms) {
        switch (atom.what) {
        case 'P':
            if (atom.present) {
                state.partners[atom.id] = Partner{atom.name, atom.number};
            } else {
                state.partners.erase(atom.id);
                // Deleting an organisation takes its members with it.
                std::erase_if(state.members,
                              [&](const auto& entry) { return entry.second.partner == atom.id; });
            }
            break;
        case 'M':
            if (atom.present) {
                state.members[atom.id] = Member{atom.number, atom.name};
            } else {
                state.members.erase(atom.id);
            }
            break;
        default:
            if (atom.present) {
                state.imports[atom.id] = atom.number;
            } else {
                state.imports.erase(atom.id);
            }
            break;
        }
    }
}

// Runs a query and calls row() for each row of the result.
template <class Row> void eachRow(sqlite3* db, const char* sql, Row row) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        throw std::runtime_error(std::string(sqlite3_errmsg(db)) + " in: " + sql);
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        row(statement);
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) {
        throw std::runtime_error(std::string(sqlite3_errstr(rc)) + " in: " + sql);
    }
}

inline std::string columnText(sqlite3_stmt* statement, int column) {
    const auto* text = sqlite3_column_text(statement, column);
    return text ? std::string(reinterpret_cast<const char*>(text)) : std::string();
}

// What the file holds now, read with plain SQL. An import counts when it is
// live; its rows are all indicator values that carry its id.
inline State readState(sqlite3* db) {
    State state;
    eachRow(db, "SELECT id, name, annual_contribution_pence FROM partner_organisation",
            [&](sqlite3_stmt* row) {
                state.partners[sqlite3_column_int64(row, 0)] =
                    Partner{columnText(row, 1), sqlite3_column_int64(row, 2)};
            });
    eachRow(db, "SELECT id, partner_id, name FROM member", [&](sqlite3_stmt* row) {
        state.members[sqlite3_column_int64(row, 0)] =
            Member{sqlite3_column_int64(row, 1), columnText(row, 2)};
    });
    eachRow(db,
            "SELECT i.id, (SELECT count(*) FROM indicator_value v WHERE v.import_id = i.id) "
            "FROM indicator_import i WHERE i.active = 1",
            [&](sqlite3_stmt* row) {
                state.imports[sqlite3_column_int64(row, 0)] = sqlite3_column_int64(row, 1);
            });
    return state;
}

// A digest of every column of every row the worker's changes touch: partner
// organisations, members, declared interests, and the live imports with
// their indicators, and their values as valuesSummary() gives them.
// What undone imports left is not counted, as reopening removes it. FNV-1a
// over a plain dump: enough to tell any changed byte, with no key to keep.
// The indicator values of the live imports, summed by SQLite per import:
// every number column totalled, the text columns by length, and which live
// import replaced each value. There are thousands of values, so the worker
// works this out again only after a change that touched an import.
inline std::string valuesSummary(sqlite3* db) {
    std::string text;
    eachRow(db,
            "SELECT import_id, count(*), total(id), total(value), total(lower_95), "
            "total(upper_95), total(lower_99_8), total(upper_99_8), total(count), "
            "total(denominator), total(length(area_code) + length(area_name) + length(period) + "
            "period_key * id), total(CASE WHEN replaced_by IN (SELECT id FROM indicator_import "
            "WHERE active = 1) THEN replaced_by * id END) FROM indicator_value WHERE import_id IN "
            "(SELECT id FROM indicator_import WHERE active = 1) GROUP BY import_id ORDER BY "
            "import_id",
            [&](sqlite3_stmt* row) {
                for (int column = 0; column < sqlite3_column_count(row); ++column) {
                    text += columnText(row, column) + ",";
                }
                text += "\n";
            });
    return text;
}

inline std::string contentDigest(sqlite3* db, const std::string& values) {
    static const char* const kDumps[] = {
        "SELECT * FROM partner_organisation ORDER BY id",
        "SELECT * FROM member ORDER BY id",
        "SELECT * FROM declared_interest ORDER BY id",
        "SELECT * FROM indicator_import WHERE active = 1 ORDER BY id",
        "SELECT * FROM indicator WHERE created_by_import IS NULL OR created_by_import IN "
        "(SELECT id FROM indicator_import WHERE active = 1) ORDER BY id",
        "SELECT * FROM procurement ORDER BY id",
        "SELECT * FROM bid ORDER BY id",
        "SELECT * FROM bid_price ORDER BY id",
        "SELECT * FROM award_criterion ORDER BY id",
        "SELECT * FROM evaluator ORDER BY id",
        "SELECT * FROM evaluation_score ORDER BY id",
        "SELECT * FROM moderated_score ORDER BY id",
        "SELECT * FROM contract ORDER BY id",
        "SELECT * FROM kpi ORDER BY id",
        "SELECT * FROM kpi_actual ORDER BY id",
        "SELECT * FROM contract_assessment ORDER BY id",
        "SELECT * FROM kpi_rating ORDER BY id",
        "SELECT * FROM workshop_attendance ORDER BY id",
        "SELECT * FROM workshop_round ORDER BY id",
        "SELECT * FROM round_vote ORDER BY id",
    };
    std::uint64_t hash = 14695981039346656037ULL;
    auto add = [&](const std::string& text) {
        for (char c : text) {
            hash = (hash ^ static_cast<std::uint8_t>(c)) * 1099511628211ULL;
        }
    };
    for (const char* sql : kDumps) {
        add(sql);
        eachRow(db, sql, [&](sqlite3_stmt* row) {
            for (int column = 0; column < sqlite3_column_count(row); ++column) {
                if (sqlite3_column_type(row, column) == SQLITE_NULL) {
                    add("\x01null");
                } else {
                    add(std::to_string(sqlite3_column_type(row, column)) + ":" +
                        columnText(row, column) + "\x02");
                }
            }
            add("\n");
        });
    }
    add(values);
    std::ostringstream hex;
    hex << std::hex << hash;
    return hex.str();
}

// The first few ways in which found differs from expected, for a failure message.
inline std::string describeDifference(const State& expected, const State& found) {
    std::ostringstream out;
    int listed = 0;
    auto compare = [&](const char* what, const auto& want, const auto& got, auto show) {
        for (const auto& [id, value] : want) {
            auto at = got.find(id);
            if (at == got.end()) {
                out << what << ' ' << id << " is missing (expected " << show(value) << "); ";
                ++listed;
            } else if (!(at->second == value)) {
                out << what << ' ' << id << " is " << show(at->second) << ", expected "
                    << show(value) << "; ";
                ++listed;
            }
        }
        for (const auto& [id, value] : got) {
            if (!want.count(id)) {
                out << what << ' ' << id << " should not be there (" << show(value) << "); ";
                ++listed;
            }
        }
    };
    compare("partner", expected.partners, found.partners, [](const Partner& partner) {
        return partner.name + " / " + std::to_string(partner.pence) + "p";
    });
    compare("member", expected.members, found.members, [](const Member& member) {
        return member.name + " of partner " + std::to_string(member.partner);
    });
    compare("import", expected.imports, found.imports,
            [](std::int64_t rows) { return std::to_string(rows) + " rows"; });
    return listed == 0 ? std::string("no difference") : out.str();
}

} // namespace jointly::crashtest
