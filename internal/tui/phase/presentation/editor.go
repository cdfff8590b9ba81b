// Package presentation is the editor of phase 2, the case presentation:
// the facts, a short chronology (date, event, source; in date order, an
// inexact date kept as said) and the help already in place. A hint line
// reminds the room that only clarifying questions belong here. The
// chronology is a listform list; the facts and the help are listform
// panels, written as typed.
package presentation

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
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
	ctx    *phase.Context
	sec    section
	facts  *textPanel
	help   *textPanel
	chrono *listform.List[conference.ChronologyEntry]
	cf     *listform.Fields[conference.ChronologyEntry]
	keys   KeyMap
	// entered is set after the first visit, which starts in the facts.
	entered bool
	// listTop is the line of the first chronology row in the last View,
	// for mouse clicks (-1: not shown).
	listTop int
}

// textPanel is a text section: one text area over a field of the
// conference.
type textPanel struct {
	*listform.Panel
	area *widget.TextArea
}

func newTextPanel(ctx *phase.Context, label, placeholder, path string, field func() *string) *textPanel {
	tr := ctx.Msgs
	p := &textPanel{area: widget.NewTextArea(tr, ctx.Styles, tr.T(label))}
	p.area.SetPlaceholder(tr.T(placeholder))
	form := widget.NewForm(tr, ctx.Styles, widget.Row{Input: p.area})
	form.SetSubmitHelp(tr.T("presentation.key.done"))
	p.Panel = listform.NewPanel(ctx, form, func(*widget.Form) { p.area.SetValue(*field()) }, func(widget.Input) (string, bool) {
		*field() = p.area.Value()
		return path, true
	})
	return p
}

// New returns the case presentation editor.
func New(ctx *phase.Context) phase.Editor {
	tr, c := ctx.Msgs, ctx.Conf
	e := &Editor{ctx: ctx, listTop: -1, keys: defaultKeyMap(tr)}
	e.facts = newTextPanel(ctx, "presentation.facts", "presentation.facts.placeholder", "facts", func() *string { return &c.Facts })
	e.help = newTextPanel(ctx, "presentation.help_in_place", "presentation.help.placeholder", "help_in_place", func() *string { return &c.HelpInPlace })
	e.cf = newChronoForm(ctx)
	e.chrono = listform.New(ctx, listform.Config[conference.ChronologyEntry]{
		Path:    "chronology",
		Items:   func() []conference.ChronologyEntry { return c.Chronology },
		ID:      func(x conference.ChronologyEntry) string { return x.ID },
		Row:     e.chronoRow,
		Name:    func(x conference.ChronologyEntry) string { return x.Event },
		NewHelp: tr.T("presentation.key.new"),
		Form:    e.cf,
		Title:   listform.Titled[conference.ChronologyEntry]("+ "+tr.T("presentation.form.new"), "+ "+tr.T("presentation.form.edit")),
		Remove:  c.Remove,
		// i marks an entry as identifying (left out of the pseudonymised
		// minutes).
		Identifying:    func(x conference.ChronologyEntry) bool { return x.Identifying },
		SetIdentifying: c.SetIdentifying,
		// An entry whose date changed moves to where its date belongs:
		// the selection follows it.
		Changed: func(op, id string) { e.chrono.Select(id) },
	})
	e.facts.Reload()
	e.help.Reload()
	return e
}

// text returns the panel of a text section (nil for the chronology).
func (e *Editor) text(s section) *textPanel {
	switch s {
	case secFacts:
		return e.facts
	case secHelp:
		return e.help
	}
	return nil
}

// writing reports whether a text section has the keyboard.
func (e *Editor) writing() bool { return e.facts.Typing() || e.help.Typing() }

// Typing implements phase.Editor.
func (e *Editor) Typing() bool { return e.writing() || e.chrono.Typing() }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	k := e.keys
	browse := !e.Typing()
	k.NextSection.SetEnabled(!e.chrono.Typing())
	k.PrevSec.SetEnabled(!e.chrono.Typing())
	k.Write.SetEnabled(browse && e.sec != secChrono)
	sections := []key.Binding{k.NextSection, k.PrevSec, k.Write}
	switch {
	case e.writing():
		t := e.text(e.sec)
		return listform.Help{Short: append(t.Keys()[:1:1], k.NextSection, k.Newline), Full: [][]key.Binding{t.FullKeys(), append(sections, k.Newline)}}
	case e.chrono.Typing():
		return listform.Help{Short: e.chrono.ShortHelp(), Full: e.chrono.FullHelp()}
	case e.sec == secChrono:
		lk := e.chrono.KeyMap()
		return listform.Help{Short: []key.Binding{lk.Edit, lk.New, k.NextSection, lk.Remove, lk.List.Up}, Full: append(e.chrono.FullHelp(), sections)}
	}
	lk := e.chrono.KeyMap()
	return listform.Help{Short: []key.Binding{k.Write, lk.New, k.NextSection}, Full: append([][]key.Binding{sections}, e.chrono.FullHelp()...)}
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.EnterMsg:
		e.chrono.Sync()
		e.facts.Reload()
		e.help.Reload()
		first := !e.entered
		e.entered = true
		if cmd := e.chrono.ResumeDraft(); cmd != nil {
			e.sec = secChrono
			return e, cmd
		}
		if first && e.sec != secChrono {
			return e, e.write(e.sec)
		}
		return e, nil
	case phase.LeaveMsg:
		e.facts.Close() // commits the text at once
		e.help.Close()
		e.chrono.Leave()
		return e, nil
	case tea.KeyPressMsg:
		return e, e.key(msg)
	case tea.PasteMsg:
		if t := e.text(e.sec); t != nil && t.Typing() {
			_, cmd := t.Update(msg)
			return e, cmd
		}
		_, cmd := e.chrono.Update(msg)
		return e, cmd
	case tea.MouseClickMsg:
		e.click(msg)
	}
	return e, nil
}

func (e *Editor) key(k tea.KeyPressMsg) tea.Cmd {
	km := e.keys
	if t := e.text(e.sec); t != nil && t.Typing() {
		// tab moves on to the next section, as on the list (a text
		// section is a form of one field).
		switch {
		case key.Matches(k, km.NextSection):
			return e.moveSection(+1)
		case key.Matches(k, km.PrevSec):
			return e.moveSection(-1)
		}
		_, cmd := t.Update(k)
		if !t.Typing() && key.Matches(k, km.Done) {
			return e.moveSection(+1) // enter or ctrl+s: done, on to the next part
		}
		return cmd
	}
	if e.chrono.Typing() {
		_, cmd := e.chrono.Update(k)
		return cmd
	}
	switch {
	case key.Matches(k, km.NextSection):
		return e.moveSection(+1)
	case key.Matches(k, km.PrevSec):
		return e.moveSection(-1)
	case e.sec != secChrono && key.Matches(k, km.Write):
		return e.write(e.sec)
	case e.sec != secChrono && key.Matches(k, e.chrono.KeyMap().New):
		e.sec = secChrono
		return e.chrono.OpenNew()
	case e.sec == secChrono && e.atEdge(k) != 0:
		return e.moveSection(e.atEdge(k))
	case e.sec == secChrono:
		_, cmd := e.chrono.Update(k)
		return cmd
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
	case k.String() == "up" && e.chrono.Cursor() == 0:
		return -1
	case k.String() == "down" && e.chrono.Cursor() >= e.chrono.Len()-1:
		return +1
	}
	return 0
}

// moveSection leaves the current section (committing its text) and goes
// to the next or previous one; a text section is written into at once.
func (e *Editor) moveSection(dir int) tea.Cmd {
	if t := e.text(e.sec); t != nil {
		t.Close()
	}
	e.sec = (e.sec + section(dir) + sectionCount) % sectionCount
	if e.sec == secChrono {
		return nil
	}
	return e.write(e.sec)
}

// write focuses the text of the facts or help section.
func (e *Editor) write(s section) tea.Cmd {
	e.sec = s
	return e.text(s).Open(nil)
}

// click selects the chronology row clicked.
func (e *Editor) click(msg tea.MouseClickMsg) {
	if e.Typing() || e.listTop < 0 {
		return
	}
	if e.chrono.Click(msg.Mouse().Y - e.listTop) {
		e.sec = secChrono
	}
}
