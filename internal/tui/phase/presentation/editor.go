// Package presentation is the editor of phase 2, the case presentation:
// the facts, a short chronology (date, event, source; in date order, an
// inexact date kept as said) and the help already in place. A hint line
// reminds the room that only clarifying questions belong here.
package presentation

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// section is one of the three parts of the presentation.
type section int

const (
	secFacts section = iota
	secChrono
	secHelp
	sectionCount
)

// Editor edits the case presentation.
type Editor struct {
	ctx *phase.Context
	sec section
	// writing is true while the text of the facts or help section has
	// the keyboard.
	writing bool
	// dirty is set while typed text was reported only debounced: leaving
	// the field then commits it at once.
	dirty    bool
	facts    *widget.TextArea
	help     *widget.TextArea
	list     *widget.List
	cf       chronoForm
	formOpen bool
	editID   string // chronology entry in the form; "" for a new one
	confirm  *widget.Confirm
	keys     KeyMap
	entered  bool
	// listTop is the line of the first chronology row in the last View,
	// for mouse clicks (-1: not shown).
	listTop int
}

// New returns the case presentation editor.
func New(ctx *phase.Context) phase.Editor {
	tr, st := ctx.Msgs, ctx.Styles
	e := &Editor{ctx: ctx, listTop: -1}
	e.facts = widget.NewTextArea(tr, st, tr.T("presentation.facts"))
	e.facts.SetPlaceholder(tr.T("presentation.facts.placeholder"))
	e.help = widget.NewTextArea(tr, st, tr.T("presentation.help_in_place"))
	e.help.SetPlaceholder(tr.T("presentation.help.placeholder"))
	e.cf = newChronoForm(ctx)
	e.keys = defaultKeyMap(tr, e.cf.form.KeyMap())
	e.list = widget.NewList(e.keys.List)
	e.load()
	return e
}

// load fills the text fields and the list from the conference (other
// phases or a resumed conference may have changed it).
func (e *Editor) load() {
	c := e.ctx.Conf
	if !e.writing {
		e.facts.SetValue(c.Facts)
		e.help.SetValue(c.HelpInPlace)
	}
	e.list.SetLen(len(c.Chronology))
}

func (e *Editor) mode() mode {
	switch {
	case e.formOpen:
		return modeForm
	case e.writing:
		return modeText
	}
	return modeBrowse
}

// Typing implements phase.Editor: true while a field (or the delete
// question, which takes j/y/n) has the keyboard.
func (e *Editor) Typing() bool { return e.writing || e.formOpen || e.confirm != nil }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	if e.confirm != nil {
		return e.confirm.KeyMap()
	}
	return e.keys.active(e.mode(), e.sec == secChrono, e.list.Len() > 0)
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.EnterMsg:
		e.load()
		first := !e.entered
		e.entered = true
		if first && e.sec != secChrono {
			return e, e.write(e.sec)
		}
		return e, nil
	case phase.LeaveMsg:
		return e, e.leave()
	case tea.KeyPressMsg:
		return e, e.key(msg)
	case tea.PasteMsg:
		return e, e.input(msg)
	case tea.MouseClickMsg:
		e.click(msg)
	}
	return e, nil
}

// leave commits what is being typed: the text being written, and a
// chronology entry that is complete (an incomplete one stays in the form).
func (e *Editor) leave() tea.Cmd {
	switch {
	case e.writing:
		return e.stopWriting()
	case e.formOpen && !e.cf.empty():
		if entry, bad := e.cf.entry(e.ctx.Msgs.T("presentation.event.missing")); bad == nil && entry.Event != "" {
			return e.submit()
		}
	}
	return nil
}

func (e *Editor) key(k tea.KeyPressMsg) tea.Cmd {
	km := e.keys.active(e.mode(), e.sec == secChrono, e.list.Len() > 0)
	switch {
	case e.confirm != nil:
		return e.answerRemove(k)
	case e.formOpen:
		if key.Matches(k, km.Close) {
			e.closeForm()
			return nil
		}
		return e.input(k)
	case e.writing:
		switch {
		case key.Matches(k, km.Leave):
			return e.stopWriting()
		case key.Matches(k, km.NextSection), k.String() == "enter":
			return e.moveSection(+1)
		case key.Matches(k, km.PrevSec):
			return e.moveSection(-1)
		}
		return e.input(k)
	}
	return e.browseKey(k, km)
}

// browseKey handles a key while no field has focus.
func (e *Editor) browseKey(k tea.KeyPressMsg, km KeyMap) tea.Cmd {
	switch {
	case key.Matches(k, km.NextSection):
		return e.moveSection(+1)
	case key.Matches(k, km.PrevSec):
		return e.moveSection(-1)
	case key.Matches(k, km.New):
		return e.openForm("")
	case e.sec == secChrono && key.Matches(k, km.Edit):
		if x := e.selectedEntry(); x != nil {
			return e.openForm(x.ID)
		}
		return e.openForm("")
	case key.Matches(k, km.Edit):
		return e.write(e.sec)
	case key.Matches(k, km.Remove):
		e.askRemove()
	case e.sec == secChrono && e.atEdge(k) != 0:
		return e.moveSection(e.atEdge(k))
	case e.sec == secChrono:
		e.list.Update(k)
	case e.sec == secFacts && k.String() == "down", e.sec == secHelp && k.String() == "up":
		e.sec = secChrono
	}
	return nil
}

// atEdge returns -1 or +1 when an arrow key would move past the
// chronology's first or last row (it then moves to the section above or
// below), else 0.
func (e *Editor) atEdge(k tea.KeyPressMsg) int {
	switch {
	case k.String() == "up" && e.list.Cursor() == 0:
		return -1
	case k.String() == "down" && e.list.Cursor() >= e.list.Len()-1:
		return +1
	}
	return 0
}

// moveSection leaves the current section (committing its text) and goes
// to the next or previous one; a text section is written into at once.
func (e *Editor) moveSection(dir int) tea.Cmd {
	var cmd tea.Cmd
	if e.writing {
		cmd = e.stopWriting()
	}
	e.sec = (e.sec + section(dir) + sectionCount) % sectionCount
	if e.sec == secChrono {
		return cmd
	}
	return tea.Batch(cmd, e.write(e.sec))
}

// write focuses the text of the facts or help section.
func (e *Editor) write(s section) tea.Cmd {
	e.sec, e.writing = s, true
	return e.area().Focus()
}

// stopWriting blurs the text being written and commits it at once.
func (e *Editor) stopWriting() tea.Cmd {
	a := e.area()
	a.Blur()
	e.writing = false
	return e.store(true)
}

// area returns the text field of the current section (facts or help).
func (e *Editor) area() *widget.TextArea {
	if e.sec == secHelp {
		return e.help
	}
	return e.facts
}

// input gives a key or paste to the focused field.
func (e *Editor) input(msg tea.Msg) tea.Cmd {
	switch {
	case e.formOpen:
		ev, cmd := e.cf.form.Update(msg)
		if ev.Submitted {
			return tea.Batch(cmd, e.submit())
		}
		return cmd
	case e.writing:
		cmd, changed := e.area().Update(msg)
		if changed {
			return tea.Batch(cmd, e.store(false))
		}
		return cmd
	}
	return nil
}

// store writes the current text section into the conference; immediate
// when the field is left, debounced while typing.
func (e *Editor) store(immediate bool) tea.Cmd {
	c := e.ctx.Conf
	path, old := "facts", &c.Facts
	if e.sec == secHelp {
		path, old = "help_in_place", &c.HelpInPlace
	}
	v := e.area().Value()
	if v == *old && !(immediate && e.dirty) {
		return nil
	}
	*old = v
	e.dirty = !immediate
	e.ctx.Record(conference.OpUpdate, path, immediate)
	return nil
}

// click selects the chronology row clicked.
func (e *Editor) click(msg tea.MouseClickMsg) {
	if e.Typing() || e.listTop < 0 {
		return
	}
	if i, ok := e.list.RowAt(msg.Mouse().Y - e.listTop); ok {
		e.sec = secChrono
		e.list.SetCursor(i)
	}
}
