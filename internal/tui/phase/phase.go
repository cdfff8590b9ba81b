// Package phase is the contract between the conference workspace and the
// editors of the individual phases (preparation, opening, ...). Each editor
// lives in its own sub-package and is registered in workspace/editors.go.
//
// Rules for editors:
//   - Update receives only what is routed to it: key presses while the
//     workspace has no dialog open and did not use the key itself, pastes,
//     mouse clicks inside the editor's area (coordinates relative to it),
//     SizeMsg, EnterMsg, LeaveMsg and the editor's own messages.
//   - Changes are recorded where they happen, synchronously. An editor
//     changes ctx.Conf directly, in Update, and records every change with
//     ctx.Record(op, path, immediate) in the same Update, before it
//     returns. immediate is true when the change is to be committed at once
//     (a field was left; something was added, removed or toggled) and false
//     while text is typed (committed after the typing pause). The
//     workspace takes what was recorded (TakeRecorded) right after every
//     message it gives the editor, stamps the conference's UpdatedAt and
//     hands the changes to its saver, all within that one Update: no change
//     travels as a message, so nothing has to wait for one to arrive. A
//     keystroke therefore passes through the root at most twice: as the key
//     and, once the store confirmed the commit, as its result (typing adds
//     one timer per pause, not per key). Editors never stamp UpdatedAt
//     themselves and never talk to the saver.
//   - LeaveMsg is sent before another phase is shown, the workspace closes
//     or kofa quits: the editor records any half-typed text of a stored
//     entry as an immediate change while it handles the message. A new
//     entry typed and not submitted stays a draft: leaving never submits it.
//   - ctrl+z and ctrl+y undo and redo in the workspace, which restores an
//     earlier Conf in place (the pointer stays): ctx.OnReload tells the
//     editor's parts, and the shown editor gets an EnterMsg, so that what
//     it draws and holds comes from Conf again.
//   - Drafts are data. The unsent text of a form (a new contribution, a
//     worry, a participant, a topic to park) is kept with
//     ctx.SaveDraft(form, draft) as it changes, committed after the typing
//     pause like any typed text (without an audit entry: it is not yet part
//     of the record), and dropped with ctx.DropDraft(form) when it is
//     submitted. form names the form: the list's change path and "new"
//     ("contributions/new"). When the editor is created after a restart,
//     ctx.Draft(form) gives it back, and the form opens again with it if it
//     was open (Draft.Open), the cursor where it stood. listform does all
//     this for its lists; widget.Form's Snapshot and Restore make and apply
//     a draft.
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
// workspace: Conf is the live conference, Styles may be rebuilt in place
// when the terminal reports its background.
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
	// Agreements is the register of cooperation agreements, for a
	// network meeting's cooperation phase: the workspace loads it once
	// when it opens a network meeting; nil until then.
	Agreements []conference.CooperationAgreement
	// KeyboardPerson is the person kofa remembers at the keyboard of this
	// store (facilitator and minute-taker unless the opening says
	// otherwise); nil when unknown. Loaded with the directory.
	KeyboardPerson *directory.Entry

	remember *directory.Entry // a keyboard person to remember (keyboard.go)

	recorded []Recorded // changes recorded since the workspace last took them
	reloads  []func()   // told when an undo or redo changed Conf (OnReload)
}

// OnReload registers f to be called when an undo or redo changed Conf
// under the editors: a form showing a stored entry or field closes without
// writing (it may show what was undone), and what is drawn comes from
// Conf again. listform's lists and panels register themselves; the shown
// editor also gets an EnterMsg right after.
func (c *Context) OnReload(f func()) { c.reloads = append(c.reloads, f) }

// Reloaded calls what OnReload registered; the workspace calls it after
// an undo or redo.
func (c *Context) Reloaded() {
	for _, f := range c.reloads {
		f()
	}
}

// Recorded is one change an editor recorded. A draft saved or dropped is
// recorded with an empty Change: it is saved, but audits nothing.
type Recorded struct {
	Change    conference.Change
	Immediate bool
}

// Record records that the editor just changed Conf at path (op is one of
// the conference.Op constants). immediate is true when the change is to
// be committed now (a field was left; something was added, removed or
// toggled) and false while text is typed (committed after a short pause).
func (c *Context) Record(op, path string, immediate bool) {
	c.RecordChange(conference.Change{Op: op, Path: path}, immediate)
}

// RecordChange is Record for a change with an argument for the audit log
// (never personal data: the last day for objections of a release, say).
func (c *Context) RecordChange(ch conference.Change, immediate bool) {
	c.recorded = append(c.recorded, Recorded{Change: ch, Immediate: immediate})
}

// SaveDraft keeps d as the draft of form (an empty d removes it): saved
// after the typing pause like typed text, without an audit entry.
func (c *Context) SaveDraft(form string, d conference.Draft) {
	if c.Conf.SetDraft(form, d) {
		c.recorded = append(c.recorded, Recorded{})
	}
}

// DropDraft removes the draft of form: it was submitted (record the
// submission as usual) or emptied.
func (c *Context) DropDraft(form string) {
	if c.Conf.DropDraft(form) {
		c.recorded = append(c.recorded, Recorded{})
	}
}

// Draft returns the stored draft of form.
func (c *Context) Draft(form string) (conference.Draft, bool) { return c.Conf.DraftOf(form) }

// TakeRecorded returns the changes recorded since the last call and
// forgets them. The workspace calls it after every message it gives an
// editor (tests' harnesses do the same).
func (c *Context) TakeRecorded() []Recorded {
	out := c.recorded
	c.recorded = nil
	return out
}

// Editor edits one phase of the conference.
type Editor interface {
	// Update handles a message routed to the editor.
	Update(msg tea.Msg) (Editor, tea.Cmd)
	// View renders the editor into width x height cells; the workspace
	// asks only for an area of at least one cell (no editor checks).
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

// SizeMsg tells the editor the size of its area, before the first View and
// after every resize.
type SizeMsg struct{ Width, Height int }

// EnterMsg is sent when the editor's phase is shown (again): reload
// anything derived from Conf, since other phases may have changed it.
type EnterMsg struct{}

// LeaveMsg is sent before another phase is shown, the workspace closes or
// kofa quits: record any half-typed text (ctx.Record with immediate true).
type LeaveMsg struct{}
