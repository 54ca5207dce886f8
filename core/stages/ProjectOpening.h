#pragma once

#include "Outcome.h"
#include "project/Project.h"

#include <memory>
#include <string>

namespace jointly::stages {

// Opens a project as the window and the command line do: project::Project::open,
// then a read of everything the stages show at once (each stage's
// completeness and the counts, as `jointly check` reads them). A file whose
// structure passed every check but whose records cannot all be read is
// refused with the same sentence `jointly check` gives, so opening and
// checking always agree.
Outcome<std::unique_ptr<project::Project>> openProject(const std::string& path,
                                                       const project::OpenOptions& options = {});

} // namespace jointly::stages
