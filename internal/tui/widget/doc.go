// Package widget holds the small building blocks the phase editors share: a
// labelled single-line field, a multi-line field, a date field, a pick list
// with type-to-filter, a form that tabs between them, a confirm dialog and a
// scrolling list with a selection cursor.
//
// Every text a user types or pastes passes through package sanitize on its
// way in: escape sequences and invisible format characters never reach the
// conference, and a paste longer than the field's limit is cut with a
// notice instead of freezing the terminal.
//
// Widgets render into a given width and never return a wider line.
package widget
