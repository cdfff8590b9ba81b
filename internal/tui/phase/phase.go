// Package phase is the contract between the conference workspace and the
// editors of the individual phases (preparation, opening, ...). Each editor
// lives in its own sub-package and is registered in workspace/editors.go.
//
// Rules for editors:
//   - Update receives only what is routed to it: key presses while the
//     workspace has no dialog open and did not use the key itself, pastes,
//     mouse clicks inside the editor's area (coordinates relative to it),
//     SizeMsg, EnterMsg, LeaveMsg and the editor's own messages.
//   - An editor changes ctx.Conf directly, in Update, and reports every
//     change by returning Changed(...) (batched with its other commands).
//     The workspace stamps the change and saves it: debounced while
//     immediate is false (typing), at once when true (a field was left,
//     something was added or removed).
//   - View must never return a line wider than width, nor more than height
//     lines. Build styles once (ctx.Styles holds the theme's), not in View.
//   - Typing reports whether a text field has focus. While it does, the
//     workspace leaves plain keys (letters, digits, space, punctuation) to
//     the editor and only acts on ctrl/alt/function keys and esc is passed
//     on, so the editor can leave the field. While it does not, the
//     workspace's single-letter keys ([ ] + ?) work, and everything else
//     still reaches the editor.
//   - Every user-facing text comes from ctx.Msgs; every text the user types
//     goes through the widgets in internal/tui/widget (which sanitise it).
package phase

import (
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/directory"
	"kofa/internal/i18n"
	"kofa/internal/theme"
)

// Context is what every editor gets. The pointers are shared with the
// workspace: Conf is the live conference (the workspace saves a deep copy),
// Styles may be rebuilt in place when the terminal reports its background.
type Context struct {
	Conf      *conference.Conference
	Msgs      *i18n.Messages
	Catalogue *catalogue.Catalogue
	Styles    *theme.Styles
	Now       func() time.Time
	Lang      i18n.Lang
	// Directory is the partner directory, for suggestions while people
	// are added. The workspace loads it once when it opens; it is nil
	// until then (and when the store has none).
	Directory []directory.Entry
}

// Editor edits one phase of the conference.
type Editor interface {
	// Update handles a message routed to the editor.
	Update(msg tea.Msg) (Editor, tea.Cmd)
	// View renders the editor into width x height cells.
	View(width, height int) string
	// KeyMap lists the editor's keys for the help line and overlay;
	// bindings that do not apply right now are disabled.
	KeyMap() help.KeyMap
	// Typing reports whether a text field has focus.
	Typing() bool
}

// Factory creates the editor of a phase. It is called the first time the
// phase is shown; the editor then lives as long as the workspace, so text
// half typed in a field survives a visit to another phase.
type Factory func(ctx *Context) Editor

// ChangedMsg reports a change an editor made to the conference.
type ChangedMsg struct {
	Change    conference.Change
	Immediate bool
}

// Changed returns the command that reports a change. immediate is true when
// the change should be committed now (a field was left; something was added,
// removed or toggled) and false while typing (committed after a short pause).
func Changed(change conference.Change, immediate bool) tea.Cmd {
	return func() tea.Msg { return ChangedMsg{Change: change, Immediate: immediate} }
}

// SizeMsg tells the editor the size of its area, before the first View and
// after every resize.
type SizeMsg struct{ Width, Height int }

// EnterMsg is sent when the editor's phase is shown (again): reload
// anything derived from Conf, since other phases may have changed it.
type EnterMsg struct{}

// LeaveMsg is sent before another phase is shown or the workspace closes:
// commit any half-typed text (return Changed with immediate true).
type LeaveMsg struct{}
