// Package prep is the editor of phase 0, preparation: kind, case code or
// topic, occasion, key question, date, start, place, planned duration and
// end, the legal basis for sharing data, and how the family takes part;
// for a case conference, under the form, the children of the case and
// their parents and carers (family.go).
package prep

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// Editor edits the preparation. Every field writes to the conference as it
// changes; picks count as immediate changes, typing is debounced, leaving a
// field commits at once.
type Editor struct {
	ctx  *phase.Context
	form *widget.Form
	keys KeyMap
	f    fields
	// paths maps each input to the field path used in audit entries.
	paths   map[widget.Input]string
	width   int
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
	e := &Editor{ctx: ctx, fam: newFamily(ctx)}
	e.build()
	e.keys = defaultKeyMap(ctx.Msgs, e.form.KeyMap())
	e.load()
	return e
}

// Typing implements phase.Editor.
func (e *Editor) Typing() bool { return e.form.Focused() || e.fam.Typing() }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	if e.fam.focused() {
		return e.fam.help()
	}
	return e.keys.active(e.Typing())
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.SizeMsg:
		e.width = msg.Width
		return e, nil
	case phase.EnterMsg:
		e.load()
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
			return e, e.form.FocusInput(e.titleField())
		}
		return e, e.form.Focus()
	case phase.LeaveMsg:
		e.leave()
		e.fam.leave()
		return e, nil
	}
	if e.fam.focused() {
		used, cmd := e.fam.update(msg)
		if !e.fam.focused() { // tabbed on from the lists: the form again
			return e, tea.Batch(cmd, e.form.Focus())
		}
		if used {
			return e, cmd
		}
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if !e.form.Focused() {
			if key.Matches(msg, e.keys.Edit) {
				return e, e.form.Focus()
			}
			return e, nil
		}
		if key.Matches(msg, e.keys.Leave) {
			e.leaveToFamily()
			return e, nil
		}
	case tea.MouseClickMsg:
		return e, nil
	}
	if !e.form.Focused() {
		return e, nil
	}
	ev, cmd := e.form.Update(msg)
	e.applyEvent(ev)
	if ev.Submitted {
		e.leaveToFamily()
	}
	return e, cmd
}

// leaveToFamily leaves the form, for the list of children when the
// conference has a family to record.
func (e *Editor) leaveToFamily() {
	e.leave()
	if e.fam.shown() {
		e.fam.focus(paneChildren)
	}
}

// leave blurs the form and commits the field that had focus.
func (e *Editor) leave() {
	if in := e.form.Blur(); in != nil {
		e.apply(in)
		e.ctx.Record(conference.OpUpdate, e.paths[in], true)
	}
}

// applyEvent writes what the form reports into the conference: changes
// while typing (debounced; a pick counts as immediate) and the field just
// left (immediate).
func (e *Editor) applyEvent(ev widget.FormEvent) {
	if _, chosen := ev.Changed.(*widget.Pick); ev.Changed != nil && !chosen && !e.onLeaveOnly(ev.Changed) {
		e.apply(ev.Changed)
		e.ctx.Record(conference.OpUpdate, e.paths[ev.Changed], false)
	}
	if ev.Left != nil {
		e.apply(ev.Left)
		e.ctx.Record(conference.OpUpdate, e.paths[ev.Left], true)
	}
}

// onLeaveOnly tells the inputs whose half-typed text may look valid but
// mean something else ("9" on the way to "90" minutes, "+1" on the way to
// "+14d"): they are written when the field is left, never while typing.
func (e *Editor) onLeaveOnly(in widget.Input) bool {
	f := &e.f
	return in == f.date || in == f.start || in == f.duration
}

// View implements phase.Editor.
func (e *Editor) View(width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
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
