// Package cooperation is the list of cooperation agreements
// (Kooperationsvereinbarungen) with its form and its review: the one
// component behind the cooperation phase of a network meeting and the
// register's own screen. It is a listform list; what differs between the
// two is where the agreements are read and written (a Book) and whether a
// meeting records what happens (Options.Meeting).
//
// Keys, besides the list's (n new, enter edit, d remove): r reviews the
// selected agreement (outcome, new review date, note), recorded as one of
// its reviews.
package cooperation

import (
	"slices"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
)

// Book is where the agreements of a list are read and written.
type Book interface {
	// Agreements returns the agreements in the order they show.
	Agreements() []conference.CooperationAgreement
	// Put stores a new or changed agreement (a copy: the list never
	// keeps one it gave away).
	Put(a conference.CooperationAgreement)
}

// Options configure a List.
type Options struct {
	Book Book
	// Meeting is the network meeting the list runs in; nil on the
	// register's screen. New agreements are made in it and reviews are
	// recorded with it, and the list marks what it did.
	Meeting *conference.Conference
	// Remove removes the agreement with the ID; CanRemove tells which can
	// be (nil: every one). Without Remove, d does nothing.
	Remove    func(id string) bool
	CanRemove func(a conference.CooperationAgreement) bool
	// Refused is the line shown when d is pressed on an agreement that
	// cannot be removed.
	Refused string
}

// List is the list of agreements with its form and its review.
type List struct {
	ctx    *phase.Context
	opt    Options
	keys   KeyMap
	list   *listform.List[conference.CooperationAgreement]
	form   *agreementForm
	review *reviewForm
	notice string
	// listTop is the line of the list in the last View.
	listTop int
}

// Path names the list in change paths: an agreement's changes are
// "cooperation/<id>/<field>".
const Path = "cooperation"

// New returns the list over opt.Book, in ctx (its messages, styles and
// clock; changes are recorded there).
func New(ctx *phase.Context, opt Options) *List {
	tr := ctx.Msgs
	l := &List{ctx: ctx, opt: opt, keys: defaultKeyMap(tr)}
	l.form = newAgreementForm(l)
	l.review = newReviewForm(l)
	var remove func(string) bool
	if opt.Remove != nil {
		remove = l.remove
	}
	l.list = listform.New(ctx, listform.Config[conference.CooperationAgreement]{
		Path:          Path,
		Items:         opt.Book.Agreements,
		ID:            func(a conference.CooperationAgreement) string { return a.ID },
		Row:           l.row,
		Header:        l.header,
		Empty:         func() string { return tr.T("cooperation.empty") },
		Name:          func(a conference.CooperationAgreement) string { return a.Subject },
		NewHelp:       tr.T("cooperation.key.new"),
		Form:          l.form,
		Title:         listform.Titled[conference.CooperationAgreement](tr.T("cooperation.form.new"), tr.T("cooperation.form.edit")),
		CloseAfterAdd: true,
		Remove:        remove,
		// The list is sorted by review date: the cursor follows the
		// agreement it was on.
		Changed: func(op, id string) {
			if op != conference.OpRemove {
				l.list.Select(id)
			}
		},
	})
	return l
}

// today is the day on the list's clock.
func (l *List) today() conference.Date { return conference.DateOf(l.ctx.Now()) }

// find returns a copy of the agreement with the ID.
func (l *List) find(id string) (conference.CooperationAgreement, bool) {
	list := l.opt.Book.Agreements()
	i := slices.IndexFunc(list, func(a conference.CooperationAgreement) bool { return a.ID == id })
	if i < 0 || id == "" {
		return conference.CooperationAgreement{}, false
	}
	return list[i].Copy(), true
}

// put stores a changed agreement as the latest change.
func (l *List) put(a conference.CooperationAgreement) {
	a.UpdatedAt = l.ctx.Now()
	l.opt.Book.Put(a)
}

// add stores a new agreement, made now (in the meeting, when there is
// one), and returns its ID.
func (l *List) add(a conference.CooperationAgreement) string {
	a.ID = string(conference.NewID())
	a.CreatedAt = l.ctx.Now()
	if l.opt.Meeting != nil {
		a.CreatedIn = l.opt.Meeting.ID
	}
	l.put(a)
	return a.ID
}

// remove removes an agreement that can be removed.
func (l *List) remove(id string) bool {
	a, ok := l.find(id)
	if !ok || !l.removable(a) {
		return false
	}
	return l.opt.Remove(id)
}

func (l *List) removable(a conference.CooperationAgreement) bool {
	return l.opt.Remove != nil && (l.opt.CanRemove == nil || l.opt.CanRemove(a))
}

// Selected returns the selected agreement.
func (l *List) Selected() (conference.CooperationAgreement, bool) { return l.list.Selected() }

// Select puts the cursor on the agreement with the ID.
func (l *List) Select(id string) { l.list.Select(id) }

// Len is the number of agreements.
func (l *List) Len() int { return l.list.Len() }

// Typing reports whether the form or the review has the keyboard.
func (l *List) Typing() bool { return l.list.Typing() || l.review.open }

// SetNotice shows a line under the list until the next key.
func (l *List) SetNotice(s string) { l.notice = s }

// Enter brings the list up to date (its phase is shown again) and opens
// the form of a draft left open.
func (l *List) Enter() tea.Cmd {
	l.list.Sync()
	return l.list.ResumeDraft()
}

// Leave records what is half typed (the phase is left, kofa quits).
func (l *List) Leave() {
	l.list.Leave()
	l.review.leave()
}

// Draft reports whether a new agreement is typed and not saved.
func (l *List) Draft() bool { _, ok := l.list.Draft(); return ok }

// AddDraft saves the new agreement typed and not submitted, when it can
// be saved (it has a subject).
func (l *List) AddDraft() bool {
	_, ok := l.list.AddDraft()
	return ok
}

// OpenNew opens the form for a new agreement.
func (l *List) OpenNew() tea.Cmd { return l.list.OpenNew() }

// KeyMap returns the keys that act now.
func (l *List) KeyMap() help.KeyMap {
	if l.review.open {
		keys := l.review.form.HelpKeys()
		return listform.Help{Short: keys, Full: [][]key.Binding{keys}}
	}
	if l.list.Typing() {
		return listform.Help{Short: l.list.ShortHelp(), Full: l.list.FullHelp()}
	}
	k := l.keys
	lk := l.list.KeyMap()
	sel, ok := l.Selected()
	k.Review.SetEnabled(ok)
	lk.Remove.SetEnabled(ok && l.removable(sel))
	return listform.Help{
		Short: []key.Binding{lk.New, lk.Edit, k.Review, lk.Remove},
		Full:  append(l.list.FullHelp(), []key.Binding{k.Review}),
	}
}

// Update handles a key, a paste or a click meant for the list; it
// reports whether it used the message.
func (l *List) Update(msg tea.Msg) (bool, tea.Cmd) {
	if l.review.open {
		return true, l.review.update(msg)
	}
	switch msg := msg.(type) {
	case tea.MouseClickMsg:
		if !l.Typing() {
			l.list.Click(msg.Mouse().Y - l.listTop)
		}
		return true, nil
	case tea.KeyPressMsg:
		if !l.list.Typing() {
			l.notice = ""
			switch {
			case key.Matches(msg, l.keys.Review):
				if a, ok := l.Selected(); ok {
					return true, l.review.openFor(a)
				}
				return true, nil
			case key.Matches(msg, l.list.KeyMap().Remove):
				if a, ok := l.Selected(); ok && !l.removable(a) {
					l.notice = l.opt.Refused
					return true, nil
				}
			}
		}
	}
	return l.list.Update(msg)
}
