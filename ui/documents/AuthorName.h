#pragma once

#include <QString>

namespace jointly::ui {

// The name the change history records for this person's edits, set in
// Preferences and kept with Jointly's settings; empty to use the computer's
// user name.
class AuthorName {
public:
    static QString get();
    static void set(const QString& name);
};

} // namespace jointly::ui
