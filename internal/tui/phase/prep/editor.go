// Package prep is the editor of phase 0, preparation: kind, case code or
// topic, occasion, key question, date, start, place, planned duration and
// end, the legal basis for sharing data, and how the family takes part;
// for a case conference, under the form, the children of the case and
// their parents and carers (family.go). The form is one listform panel
// over the conference: every field is written as it changes (a date, a
// time or the duration when left).
package prep

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// Editor edits the preparation.
type Editor struct {
	ctx     *phase.Context
	form    *widget.Form
	panel   *listform.Panel
	keys    KeyMap
	f       fields
	entered bool
	fam     *family
}

// titleField is the case code, or the topic of a network meeting.
func (e *Editor) titleField() widget.Input {
	if e.ctx.Conf.Kind == conference.KindNetwork {
		return e.f.topic
	}
	return e.f.caseCode
}

// New returns the preparation editor.
func New(ctx *phase.Context) phase.Editor {
	e := &Editor{ctx: ctx, fam: newFamily(ctx), keys: defaultKeyMap(ctx.Msgs)}
	e.build()
	e.panel = listform.NewBoundPanel(ctx, e.form, "", func() *conference.Conference { return ctx.Conf }, e.bind()...)
	e.panel.Reload()
	return e
}

// Typing implements phase.Editor.
func (e *Editor) Typing() bool { return e.panel.Typing() || e.fam.Typing() }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	switch {
	case e.fam.focused():
		return e.fam.help()
	case e.panel.Typing():
		return listform.Help{Short: e.panel.Keys(), Full: [][]key.Binding{e.panel.FullKeys()}}
	}
	return listform.Help{Short: []key.Binding{e.keys.Edit}, Full: [][]key.Binding{{e.keys.Edit}}}
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg.(type) {
	case phase.EnterMsg:
		e.panel.Reload()
		if cmd := e.fam.sync(); cmd != nil {
			e.entered = true
			return e, cmd // a child or carer half typed: back to it
		}
		if e.fam.focused() {
			return e, nil
		}
		if !e.entered {
			// The first visit starts in the case code (or topic): the kind
			// was chosen when the conference was created.
			e.entered = true
			return e, e.panel.Open(e.titleField())
		}
		return e, e.panel.Reopen()
	case phase.LeaveMsg:
		e.panel.Close() // commits the field being typed in at once
		e.fam.leave()
		return e, nil
	case tea.MouseClickMsg:
		return e, nil
	}
	if e.fam.focused() {
		used, cmd := e.fam.update(msg)
		if !e.fam.focused() { // tabbed on from the lists: the form again
			return e, tea.Batch(cmd, e.panel.Reopen())
		}
		if used {
			return e, cmd
		}
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && !e.panel.Typing() {
		if key.Matches(k, e.keys.Edit) {
			return e, e.panel.Reopen()
		}
		return e, nil
	}
	was := e.panel.Typing()
	_, cmd := e.panel.Update(msg)
	if was && !e.panel.Typing() && e.fam.shown() {
		// Done with the form (esc, ctrl+s, enter in the last field): on
		// to the children.
		e.fam.focus(paneChildren)
	}
	return e, cmd
}

// View implements phase.Editor.
func (e *Editor) View(width, height int) string {
	if !e.fam.shown() || height < 8 {
		return widget.Clip(e.form.View(width, height), width, height)
	}
	famH := min(height/3, 10)
	if e.fam.focused() {
		famH = max(height/2, min(height-4, 14))
	}
	formH := height - famH - 1
	return widget.Clip(e.form.View(width, formH)+"\n\n"+strings.Join(e.fam.lines(width, famH), "\n"), width, height)
}

// minutesText shows the planned duration for the field.
func minutesText(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// minutesField is the planned duration: "9" is on its way to "90", so it
// is written when left (listform's deferred inputs).
type minutesField struct{ *widget.Field }

// Deferred tells listform to write the field when it is left.
func (minutesField) Deferred() bool { return true }
