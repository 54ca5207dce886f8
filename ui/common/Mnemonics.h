#pragma once

class QWidget;

namespace jointly::ui {

// Keeps Alt+letter unambiguous on what the window shows. Pages are built from
// shared pieces (every table has its "Add ..." button), so two controls on
// one screen can ask for the same letter; Alt+letter then cycles between
// them or reaches the wrong one. This looks at everything visible in the
// window (the menu bar first, then tab bars from the outside in, then
// buttons, check boxes, group boxes and labels for fields, in order) and
// gives each mnemonic that is already taken another letter of its text,
// preferring the first letters of its words, or none if every letter is
// taken. Controls without a mnemonic are left without one. Called whenever
// what is shown changes (another stage, another tab).
void resolveMnemonics(QWidget& window);

} // namespace jointly::ui
