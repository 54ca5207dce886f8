#pragma once

#include <QIcon>

namespace jointly::ui {

// Jointly's icon (the partners inside the commissioning cycle) at every size
// shipped in the hicolor theme, for the window, dialogs and About.
QIcon applicationIcon();

} // namespace jointly::ui
