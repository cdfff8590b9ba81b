// Package opening is the editor of phase 1, opening and frame: who is
// there (added fast, attendance with one key, joining and leaving
// time-stamped, the time editable), confidentiality agreed, the key
// question shown large to read aloud, and the agreed end time. The list of
// participants (People) is also the attendance panel every phase opens.
package opening

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// Editor edits the opening.
type Editor struct {
	ctx    *phase.Context
	people *People
	end    *listform.Panel
	roles  *rolesPanel
	keys   KeyMap
	width  int
	memo   viewMemos
}

// New returns the opening editor.
func New(ctx *phase.Context) phase.Editor {
	e := &Editor{ctx: ctx, people: NewPeople(ctx), roles: newRolesPanel(ctx), keys: defaultKeyMap(ctx.Msgs)}
	tr := ctx.Msgs
	end := widget.NewTimeField(tr, ctx.Styles, tr.T("tui.opening.end"), tr.T("validation.time_invalid"))
	form := widget.NewForm(tr, ctx.Styles, widget.Row{Input: end})
	form.SetSubmitHelp(tr.T("opening.clock.done"))
	e.end = listform.NewPanel(ctx, form, func(*widget.Form) { end.SetTime(ctx.Conf.AgreedEnd) }, func(widget.Input) (string, bool) {
		t, ok := end.Time()
		if !ok || t == ctx.Conf.AgreedEnd {
			return "", false
		}
		ctx.Conf.AgreedEnd = t
		return "agreed_end", true
	})
	e.end.SetCheck(func() *listform.Problem {
		if _, ok := end.Time(); !ok {
			return &listform.Problem{Input: end, Text: tr.T("validation.time_invalid")}
		}
		return nil
	})
	return e
}

// Typing implements phase.Editor.
func (e *Editor) Typing() bool { return e.people.Typing() || e.end.Typing() || e.roles.Typing() }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	if e.end.Typing() {
		return listform.Help{Short: e.end.Keys(), Full: [][]key.Binding{e.end.FullKeys()}}
	}
	if e.roles.Typing() {
		return listform.Help{Short: e.roles.Keys(), Full: [][]key.Binding{e.roles.FullKeys()}}
	}
	k := e.keys
	k.Confidential.SetEnabled(!e.Typing())
	k.End.SetEnabled(!e.Typing())
	k.Roles.SetEnabled(!e.Typing())
	short := e.people.ShortHelp()
	if !e.Typing() {
		short = append(short[:4:4], k.Confidential)
	}
	return listform.Help{Short: short, Full: append(e.people.FullHelp(), []key.Binding{k.Confidential, k.End, k.Roles})}
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.SizeMsg:
		e.width = msg.Width
		return e, nil
	case phase.EnterMsg:
		e.people.Sync()
		if cmd := e.people.ResumeDraft(); cmd != nil {
			return e, cmd // a half-typed person first: nothing typed is lost
		}
		if !e.Typing() {
			if cmd := e.roles.ask(); cmd != nil {
				return e, cmd
			}
		}
		if e.people.Len() == 0 && !e.Typing() {
			return e, e.people.OpenNew()
		}
		return e, nil
	case phase.KnownMsg:
		return e, e.roles.takeDefault()
	case phase.LeaveMsg:
		e.people.Leave()
		e.end.Leave()
		e.roles.Leave()
		return e, nil
	case tea.MouseClickMsg:
		if !e.Typing() {
			e.people.Click(msg.Mouse().Y - e.listTop())
		}
		return e, nil
	}
	if used, cmd := e.end.Update(msg); used {
		return e, cmd
	}
	leave := isLeave(msg, e.roles.Form()) // asked before the form closes
	if used, cmd := e.roles.Update(msg); used {
		if !e.roles.Typing() && e.people.Len() <= 1 && !leave {
			// The question answered, the table is filled next; esc
			// leaves both for later.
			return e, tea.Batch(cmd, e.people.OpenNew())
		}
		return e, cmd
	}
	if used, cmd := e.people.Update(msg); used {
		return e, cmd
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && !e.Typing() {
		switch {
		case key.Matches(k, e.keys.Confidential):
			e.toggleConfidential()
		case key.Matches(k, e.keys.End):
			return e, e.end.Open(nil)
		case key.Matches(k, e.keys.Roles):
			return e, e.roles.Open(nil)
		}
	}
	return e, nil
}

// toggleConfidential records that confidentiality was agreed now, or takes
// a mistaken record back.
func (e *Editor) toggleConfidential() {
	c := e.ctx.Conf
	if c.ConfidentialityAt.IsZero() {
		c.ConfidentialityAt = e.ctx.Now()
	} else {
		c.ConfidentialityAt = time.Time{}
	}
	e.ctx.Record(conference.OpUpdate, "confidentiality_at", true)
}
