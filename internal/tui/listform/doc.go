// Package listform is the one component for "a list of items with a
// form": the participants, the chronology, the worries, the steps of
// immediate safety, the agreed actions, the distribution of the minutes.
// An editor configures it (the list, how a row reads, the form's fields,
// how an entry is checked, added, changed and removed) and keeps only what
// is truly its own: the speaking order, the ratings reveal, the read-back.
//
// # The interaction contract
//
// Every list and every form in kofa keeps these rules, so that a
// facilitator learns them once. The keys are the component's key maps;
// the help line and the F1 help are made from them, so they say what the
// keys do.
//
// In a list:
//   - ↑/↓ (pgup/pgdown, home/end) move the selection;
//   - enter opens the selected entry in the form (on an empty list: a new
//     one);
//   - n starts a new entry; d (or delete) removes the selected one at
//     once, without a question, and a line says "removed · ctrl+z undoes";
//   - alt+↑/alt+↓ move the selected entry where the order means
//     something;
//   - letters are commands, named on the help line; none starts a filter.
//
// In a form:
//   - tab/shift+tab and enter move between the fields (↑/↓ too, where the
//     field has no use for them); enter in the last field submits, and
//     ctrl+s submits from any field;
//   - esc leaves the form and keeps the draft: n (or enter on the same
//     entry) brings it back as it was, with the cursor where it stood;
//   - ctrl+u clears the field;
//   - a field kofa filled in (the institution of the chosen owner, the
//     details of a person taken from the partner directory) is passed by
//     the cursor on the way forward; shift+tab goes back to it;
//   - a field without focus shows the start of its text, ending in "…"
//     when more follows; a label too long for its column ends in "…" too,
//     at a word where it can;
//   - the help line names only keys that act in the field: F1 for help,
//     never ?, which types a question mark. It says the rules above:
//     "enter/tab next field · ctrl+s save · esc leave, draft kept ·
//     ctrl+u clear field · F1 help" (in the last field "enter/ctrl+s
//     save"); F1 lists shift+tab and a pick list's keys too.
//
// internal/tui/contract_test.go checks these rules through the workspace
// for every list with a form (contractLists: a new list adds its line).
//
// In a pick list (a field that chooses from a list):
//   - ↑/↓ move the highlight; typing filters the list, and space is text;
//   - enter and tab choose the highlighted entry (and move on), shift+tab
//     too; nothing is highlighted until ↑/↓ or typing asks for it, so
//     passing an optional field leaves it empty;
//   - a single choice never toggles: choosing the chosen entry keeps it;
//   - a multiple choice shows its ticks (☑/☐); enter ticks or unticks the
//     highlighted entry, tab moves on;
//   - esc while a filter is typed closes the list and leaves the field as
//     it was; ctrl+u clears the filter, or the field when none is typed.
//
// An existing entry is changed as it is typed, field by field, as every
// change in kofa is saved (undo takes it back); a new entry is a draft
// until it is submitted, and then the form stays open, empty, for the
// next one. A value that cannot be taken (a required field emptied, a
// date that is none) is named below its field; leaving the form with it
// keeps the form open once to show why, and then keeps the stored value,
// saying so.
package listform
