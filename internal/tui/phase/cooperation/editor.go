// Package cooperation is the editor of a network meeting's phase 4: the
// cooperation agreements between the institutions, made or reviewed in
// the meeting (the shared list of internal/tui/cooperation). The list
// shows the register as the workspace loaded it, with the meeting's own
// changes over it; the meeting records each agreement it makes or changes
// as it leaves it (Conference.Cooperation), and saving the meeting brings
// the register up to date (store/agreements.go). d takes back what the
// meeting did to an agreement; an agreement of the register itself is
// deleted on its own screen.
package cooperation

import (
	"slices"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/cooperation"
	"kofa/internal/tui/phase"
)

// Editor edits the cooperation agreements of the meeting.
type Editor struct {
	ctx  *phase.Context
	list *cooperation.List
}

// book is the register with the meeting's records over it.
type book struct{ ctx *phase.Context }

func (b book) Agreements() []conference.CooperationAgreement {
	return b.ctx.Conf.Register(b.ctx.Agreements)
}

func (b book) Put(a conference.CooperationAgreement) { b.ctx.Conf.RecordAgreement(a) }

// New returns the cooperation editor.
func New(ctx *phase.Context) phase.Editor {
	c := ctx.Conf
	e := &Editor{ctx: ctx}
	e.list = cooperation.New(ctx, cooperation.Options{
		Book:    book{ctx},
		Meeting: c,
		Remove: func(id string) bool {
			i := slices.IndexFunc(c.Cooperation, func(a conference.CooperationAgreement) bool { return a.ID == id })
			if i < 0 {
				return false
			}
			c.Cooperation = slices.Delete(c.Cooperation, i, i+1)
			return true
		},
		CanRemove: func(a conference.CooperationAgreement) bool { return c.CooperationAgreement(a.ID) != nil },
		Refused:   ctx.Msgs.T("network.cooperation.remove_refused"),
	})
	return e
}

// Typing implements phase.Editor.
func (e *Editor) Typing() bool { return e.list.Typing() }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap { return e.list.KeyMap() }

// View implements phase.Editor.
func (e *Editor) View(width, height int) string { return e.list.View(width, height) }

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg.(type) {
	case phase.EnterMsg:
		return e, e.list.Enter()
	case phase.LeaveMsg:
		e.list.Leave()
		return e, nil
	}
	_, cmd := e.list.Update(msg)
	return e, cmd
}
