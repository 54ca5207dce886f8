#pragma once

#include <QString>

namespace jointly::ui {

// Where the shipped example partnership is: $JOINTLY_EXAMPLE_FILE if set,
// otherwise beside the program in the build tree or under share/jointly.
// Empty if it cannot be found.
QString shippedExamplePath();

// The user's own working copy of the example in their data folder, made from
// the shipped file the first time (the shipped file is never changed).
// Returns the path, or an empty string with `problem` set.
QString workingCopyOfExample(QString& problem);

} // namespace jointly::ui
