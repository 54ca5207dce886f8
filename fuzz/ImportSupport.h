#pragma once

// What the CSV importers' targets share: a new, empty project made once per
// process, and a fresh copy of it for each input, so that every input starts
// from the same state and a crash can be reproduced from its input alone.

#include "needs/IndicatorColumns.h"
#include "project/Project.h"

#include <memory>
#include <optional>
#include <string>

namespace jointly::fuzz {

// A fresh copy of an empty project, open for writing. Aborts if it cannot be
// made, since nothing could then be tested.
std::unique_ptr<project::Project> freshProject();

// Imports the indicator CSV at csvPath (a Fingertips export when mapping is
// empty) into a fresh project twice: first as the app does by default
// (stopping at a bad row, asking about rows already held), then skipping bad
// rows and replacing the rows held. When anything was imported, reads the
// indicators back, undoes the last import and redoes it. Aborts when the
// results contradict each other: if the first import succeeded, the second
// must succeed too, replacing every row, and the project must hold exactly
// that many live values before and after the undo and the redo.
void importIndicatorsBothWays(const std::string& csvPath,
                              const std::optional<needs::Mapping>& mapping);

} // namespace jointly::fuzz
