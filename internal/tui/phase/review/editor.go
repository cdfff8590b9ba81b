// Package review is the editor of phase 1a of a follow-up conference: the
// review of the actions the previous conference agreed. Each gets a status
// with one key (1 done, 2 partly, 3 not done, 4 obsolete) and a note; an
// action not done can be carried forward as a new action of this
// conference with a new due date, linked to its origin. Beside them, the
// responsibilities copied from then wait to be confirmed or removed, and
// what the previous conference knew is shown to be taken over item by
// item.
//
// The three lists are listform lists and keep its contract: the carry
// form is the reviews list's form (a carried action is its new entry, a
// draft until submitted; n brings it back), the note is a panel written
// as typed, d removes a copied responsibility without a question.
package review

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
)

// Editor edits the review.
type Editor struct {
	ctx     *phase.Context
	keys    KeyMap
	reviews *listform.List[conference.ActionReview]
	carry   *carryForm
	note    *notePanel

	// pane is the list shown (panes.go); resp and prev are the lists of
	// the copied responsibilities and of what was known.
	pane   pane
	resp   *listform.List[conference.Responsibility]
	prev   *listform.List[prevItem]
	notice string
	// listTop is the line of the shown list (its header) in the last View.
	listTop int
}

// New returns the review editor.
func New(ctx *phase.Context) phase.Editor {
	tr := ctx.Msgs
	e := &Editor{ctx: ctx, keys: defaultKeyMap(tr)}
	e.carry = newCarryForm(ctx, e.selected)
	e.note = newNotePanel(ctx)
	e.reviews = listform.New(ctx, listform.Config[conference.ActionReview]{
		// The list's entries are reviews; its new entries are carried
		// actions, whose paths Add returns whole ("actions/a9").
		Draft:   "reviews/carry",
		Items:   func() []conference.ActionReview { return ctx.Conf.Reviews },
		ID:      func(r conference.ActionReview) string { return r.ActionID },
		Row:     e.row,
		Header:  e.header,
		Name:    func(r conference.ActionReview) string { return r.What },
		NewHelp: tr.T("review.key.new_carry"),
		Form:    e.carry,
		Title: func(r *conference.ActionReview) string {
			if r == nil {
				return tr.T("review.carry.title")
			}
			return tr.T("review.carry.again", r.What)
		},
		CloseAfterAdd: true,
	})
	e.resp = newRespList(ctx)
	e.prev = newPrevList(ctx)
	return e
}

// Typing implements phase.Editor.
func (e *Editor) Typing() bool { return e.reviews.Typing() || e.note.Typing() }

// selected returns the selected review, or nil.
func (e *Editor) selected() *conference.ActionReview {
	return e.ctx.Conf.Review(e.reviews.SelectedID())
}

// canCarry reports whether the selected review can be carried forward
// (or its carried action given a new due date): any status but done.
func (e *Editor) canCarry() bool {
	r := e.selected()
	return r != nil && conference.CanCarry(r.Status)
}

// shown returns the list of the pane shown.
func (e *Editor) shown() interface {
	Update(tea.Msg) (bool, tea.Cmd)
	Click(int) bool
	Sync()
} {
	switch e.pane {
	case paneResp:
		return e.resp
	case panePrevious:
		return e.prev
	}
	return e.reviews
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.EnterMsg:
		e.reviews.Sync()
		e.resp.Sync()
		e.prev.Sync()
		if cmd := e.reviews.ResumeDraft(); cmd != nil {
			e.pane = paneActions
			return e, cmd
		}
		return e, nil
	case phase.LeaveMsg:
		e.reviews.Leave()
		e.note.Leave()
		return e, nil
	case tea.MouseClickMsg:
		if !e.Typing() {
			e.shown().Click(msg.Mouse().Y - e.listTop)
		}
		return e, nil
	}
	if used, cmd := e.note.Update(msg); used {
		return e, cmd
	}
	if e.reviews.Typing() {
		_, cmd := e.reviews.Update(msg)
		return e, cmd
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return e, nil
	}
	e.notice = ""
	if cmd, used := e.key(k); used {
		return e, cmd
	}
	_, cmd := e.shown().Update(k)
	return e, cmd
}

// key handles the editor's own keys while no form is open; used is false
// for a key the shown list handles.
func (e *Editor) key(k tea.KeyPressMsg) (cmd tea.Cmd, used bool) {
	km := e.keys
	switch {
	case key.Matches(k, km.NextPane):
		e.pane = (e.pane + 1) % panes
		return nil, true
	case key.Matches(k, km.PrevPane):
		e.pane = (e.pane + panes - 1) % panes
		return nil, true
	case e.pane == paneResp:
		if key.Matches(k, km.Confirm) {
			e.confirmResp()
			return nil, true
		}
		return nil, false
	case e.pane == panePrevious:
		if key.Matches(k, km.TakeOver) {
			e.takeOver()
			return nil, true
		}
		return nil, false
	}
	lk := e.reviews.KeyMap()
	switch {
	case key.Matches(k, km.Done):
		e.setStatus(conference.FollowUpDone)
	case key.Matches(k, km.Partly):
		e.setStatus(conference.FollowUpPartly)
	case key.Matches(k, km.NotDone):
		e.setStatus(conference.FollowUpNotDone)
	case key.Matches(k, km.Obsolete):
		e.setStatus(conference.FollowUpObsolete)
	case key.Matches(k, km.Note):
		if r := e.selected(); r != nil {
			return e.note.OpenOn(r.ActionID), true
		}
	case key.Matches(k, km.Carry):
		return e.openCarry(), true
	case key.Matches(k, lk.New):
		// A new carried action, to choose: only while one is left.
		if _, draft := e.reviews.Draft(); draft || len(e.carry.options("")) > 0 {
			return e.reviews.OpenNew(), true
		}
	default:
		return nil, false
	}
	return nil, true
}

// setStatus records the selected review's status.
func (e *Editor) setStatus(status string) {
	r := e.selected()
	if r == nil || r.Status == status {
		return
	}
	e.ctx.Conf.SetReview(r.ActionID, status, r.Note)
	e.ctx.Record(conference.OpUpdate, "reviews/"+r.ActionID+"/status", true)
}

// openCarry opens the carry form on the selected review: a new carried
// action, or the carried one's due date when it was carried already.
func (e *Editor) openCarry() tea.Cmd {
	r := e.selected()
	switch {
	case r == nil || !conference.CanCarry(r.Status):
		return nil
	case e.ctx.Conf.Action(r.CarriedTo) != nil:
		return e.reviews.OpenEdit(r.ActionID)
	}
	return e.reviews.OpenNew()
}

// KeyMap implements phase.Editor: the keys that act now.
func (e *Editor) KeyMap() help.KeyMap {
	k := e.keys
	switch {
	case e.note.Typing():
		k.short, k.full = e.note.Keys(), [][]key.Binding{e.note.FullKeys()}
		return k
	case e.reviews.Typing():
		k.short, k.full = e.reviews.ShortHelp(), e.reviews.FullHelp()[:1]
		return k
	}
	k.NextPane.SetEnabled(true)
	k.PrevPane.SetEnabled(true)
	switch e.pane {
	case paneResp:
		lk := e.resp.KeyMap()
		k.Confirm.SetEnabled(e.confirmable())
		k.short = []key.Binding{k.Confirm, lk.Remove, k.NextPane}
		k.full = [][]key.Binding{{lk.List.Up, k.Confirm, lk.Remove}, {k.NextPane, k.PrevPane}}
		return k
	case panePrevious:
		lk := e.prev.KeyMap()
		k.TakeOver.SetEnabled(e.takeable())
		k.short = []key.Binding{k.TakeOver, k.NextPane}
		k.full = [][]key.Binding{{lk.List.Up, k.TakeOver}, {k.NextPane, k.PrevPane}}
		return k
	}
	has := e.selected() != nil
	lk := e.reviews.KeyMap()
	for _, b := range []*key.Binding{&k.Status, &k.Done, &k.Partly, &k.NotDone, &k.Obsolete, &k.Note} {
		b.SetEnabled(has)
	}
	k.Carry.SetEnabled(e.canCarry())
	_, draft := e.reviews.Draft()
	lk.New.SetEnabled(draft || len(e.carry.options("")) > 0)
	k.short = []key.Binding{k.Status, k.Carry, k.Note, k.NextPane}
	k.full = [][]key.Binding{
		{lk.List.Up, k.Done, k.Partly, k.NotDone, k.Obsolete},
		{k.Note, k.Carry, lk.New},
		{k.NextPane, k.PrevPane},
	}
	return k
}
