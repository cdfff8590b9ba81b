// Package closing is the editor of phase 7, closing: the read-back of every
// agreed action in large type with the owner's yes recorded by one key,
// an owner for each parked topic, the responsibilities of the case, the
// review date and who receives which minutes, and finally closing the
// conference, with whatever is still missing listed and, if the
// facilitator closes anyway, marked as gaps.
package closing

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// section is one part of the closing; the number keys 1 to 5 choose them.
type section int

const (
	secReadback section = iota
	secParked
	secResp
	secReview
	secClose
	numSections
)

// confirmKind says what an open question is about.
type confirmKind int

const (
	askClose confirmKind = iota
	askReopen
	askRemoveDist
)

// Editor edits the closing.
type Editor struct {
	ctx *phase.Context
	sec section
	// rb is the action shown in the read-back.
	rb int
	// The cursors of the list sections. The review list holds the review
	// date (row 0) and then the distribution entries.
	parked, resp, review *widget.List
	edit                 *edit
	confirm              *widget.Confirm
	asking               confirmKind
	// notice holds lines shown at the bottom until the next key.
	notice []string
	keys   KeyMap
	// tabs are the cells of the section line at the last View, for clicks.
	tabs []span
}

// span is a range of columns [from, to).
type span struct{ from, to int }

// New returns the closing editor.
func New(ctx *phase.Context) phase.Editor {
	e := &Editor{ctx: ctx}
	probe := widget.NewForm(ctx.Msgs, ctx.Styles)
	pick := widget.NewPick(ctx.Msgs, ctx.Styles, "", nil)
	e.keys = defaultKeyMap(ctx.Msgs, probe.KeyMap(), pick.KeyMap())
	e.parked = widget.NewList(e.keys.List)
	e.resp = widget.NewList(e.keys.List)
	e.review = widget.NewList(e.keys.List)
	e.sync()
	if ctx.Conf.Status == conference.StatusClosed {
		e.sec = secClose
	}
	return e
}

// sync fits the cursors to the conference as it is now.
func (e *Editor) sync() {
	c := e.ctx.Conf
	e.rb = max(0, min(e.rb, len(c.Actions)-1))
	e.parked.SetLen(len(c.Parked))
	e.resp.SetLen(len(conference.Responsibilities))
	e.review.SetLen(1 + len(c.Distribution))
}

// Typing implements phase.Editor: true while a field or pick (or a
// question, which takes j/y/n) has the keyboard.
func (e *Editor) Typing() bool { return e.edit != nil || e.confirm != nil }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	if e.confirm != nil {
		return e.confirm.KeyMap()
	}
	return e.activeKeys()
}

func (e *Editor) activeKeys() KeyMap {
	c := e.ctx.Conf
	s := state{sec: e.sec, editing: e.edit != nil, closed: c.Status == conference.StatusClosed}
	if e.edit != nil {
		_, s.pickFocus = e.edit.form.Current().(*widget.Pick)
	}
	switch e.sec {
	case secReadback:
		s.hasRows = len(c.Actions) > 0
	case secParked:
		s.hasRows = len(c.Parked) > 0
	case secResp:
		s.hasRows = true
	case secReview:
		s.hasRows = true
		s.onDist = e.review.Cursor() > 0
	}
	return e.keys.active(s)
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.EnterMsg:
		e.sync()
	case phase.LeaveMsg:
		if e.edit != nil {
			return e, e.commitFocused()
		}
	case tea.MouseClickMsg:
		e.click(msg)
	case tea.KeyPressMsg:
		e.notice = nil
		return e, e.key(msg)
	case tea.PasteMsg:
		if e.edit != nil {
			return e, e.updateEdit(msg)
		}
	}
	return e, nil
}

func (e *Editor) key(k tea.KeyPressMsg) tea.Cmd {
	if e.confirm != nil {
		return e.answer(k)
	}
	if e.edit != nil {
		if key.Matches(k, e.keys.Cancel) {
			return e.closeEdit()
		}
		return e.updateEdit(k)
	}
	km := e.activeKeys()
	switch {
	case key.Matches(k, km.NextSection):
		e.sec = (e.sec + 1) % numSections
		return nil
	case key.Matches(k, km.PrevSection):
		e.sec = (e.sec + numSections - 1) % numSections
		return nil
	case key.Matches(k, km.Section):
		e.sec = section(k.Code - '1')
		return nil
	}
	switch e.sec {
	case secReadback:
		return e.readbackKey(k, km)
	case secParked:
		return e.parkedKey(k, km)
	case secResp:
		return e.respKey(k, km)
	case secReview:
		return e.reviewKey(k, km)
	case secClose:
		return e.closeKey(k, km)
	}
	return nil
}

// click switches to the section whose tab was clicked.
func (e *Editor) click(msg tea.MouseClickMsg) {
	m := msg.Mouse()
	if e.Typing() || m.Y != 0 {
		return
	}
	for i, t := range e.tabs {
		if m.X >= t.from && m.X < t.to {
			e.sec = section(i)
		}
	}
}

func (e *Editor) answer(k tea.KeyPressMsg) tea.Cmd {
	switch e.confirm.Update(k) {
	case widget.Yes:
		e.confirm = nil
		switch e.asking {
		case askClose:
			return e.closeConference()
		case askReopen:
			return e.reopenConference()
		case askRemoveDist:
			return e.removeDist()
		}
	case widget.No:
		e.confirm = nil
	}
	return nil
}
