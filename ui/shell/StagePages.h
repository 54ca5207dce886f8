#pragma once

#include <span>
#include <string_view>

class QWidget;

namespace jointly::ui {

class ProjectDocument;

// The page of each built stage: the one place in the window that names them.
// A stage's page is added here with one line; the navigator, the "still to
// do" list and the placeholders for stages not built yet all come from the
// stage registry in core (stages/Stage.h).
struct StagePage {
    std::string_view key; // the stage's key in core's registry: "partnership"
    QWidget* (*make)(ProjectDocument& document);
    // Where the keyboard goes when a new partnership is created on this
    // page, or nullptr.
    QWidget* (*firstField)(QWidget* page) = nullptr;
};

std::span<const StagePage> stagePages();

// The page of the stage with this key, or nullptr for a stage not built.
const StagePage* stagePageFor(std::string_view key);

} // namespace jointly::ui
