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
	"kofa/internal/tui/listform"
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
	edit                 *listform.Panel
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
	e.keys = defaultKeyMap(ctx.Msgs)
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
func (e *Editor) Typing() bool { return e.editing() || e.confirm != nil }

// editing reports whether an inline form is open.
func (e *Editor) editing() bool { return e.edit != nil && e.edit.Typing() }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	switch {
	case e.confirm != nil:
		return e.confirm.KeyMap()
	case e.editing():
		return listform.Help{Short: e.edit.Keys(), Full: [][]key.Binding{e.edit.FullKeys()}}
	}
	return e.activeKeys()
}

func (e *Editor) activeKeys() KeyMap {
	c := e.ctx.Conf
	s := state{sec: e.sec, editing: e.editing(), closed: c.Status == conference.StatusClosed,
		check: c.HasCheck(), checkOpen: c.HasCheck() && !c.CooperationCheck.Answered() && !c.CooperationCheck.Skipped}
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
		if e.editing() {
			e.edit.Leave()
		}
	case tea.MouseClickMsg:
		e.click(msg)
	case tea.KeyPressMsg:
		e.notice = nil
		return e, e.key(msg)
	case tea.PasteMsg:
		if e.editing() {
			_, cmd := e.edit.Update(msg)
			return e, cmd
		}
	}
	return e, nil
}

func (e *Editor) key(k tea.KeyPressMsg) tea.Cmd {
	if e.confirm != nil {
		return e.answer(k)
	}
	if e.editing() {
		_, cmd := e.edit.Update(k)
		if !e.edit.Typing() {
			if n := e.edit.Notice(); n != "" {
				e.notice = append(e.notice, n) // a value not taken
			}
			e.edit = nil
		}
		return cmd
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
		}
	case widget.No:
		e.confirm = nil
	}
	return nil
}
