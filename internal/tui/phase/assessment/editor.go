// Package assessment is the editor of phase 5, the overall assessment:
// each participant present gives their own category and safety scale,
// one after another and hidden, until the facilitator reveals them all and
// the spread shows; then the agreed result (category, forms of harm, a
// note) and any dissent (who, and why). An acute result opens phase 5a.
// The ratings and their reveal are this package's own; the agreed result
// is a listform panel, the dissent a listform list.
package assessment

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// Editor edits the overall assessment.
type Editor struct {
	ctx  *phase.Context
	keys KeyMap
	// cursor is over the rows: the raters, then the dissent.
	cursor int
	// rater is the participant whose rating is being typed ("": none).
	rater string
	// child is the child whose ratings are shown, for a case with
	// siblings, once chosen (see ratedChild).
	child   string
	chosen  bool
	rate    *rateForm
	formErr string // why the rating could not be saved
	result  *resultPanel
	dissent *listform.List[conference.Dissent]
	notice  string // a one-line message, e.g. that everyone has rated
	confirm *widget.Confirm

	offset   int   // first content line shown
	rowLines []int // row index of each content line shown, -1 for others
}

// New returns the overall-assessment editor.
func New(ctx *phase.Context) phase.Editor {
	tr, c := ctx.Msgs, ctx.Conf
	e := &Editor{ctx: ctx, keys: defaultKeyMap(tr)}
	e.rate = newRateForm(ctx)
	e.result = newResultPanel(ctx)
	e.dissent = listform.New(ctx, listform.Config[conference.Dissent]{
		Path:          "assessment/dissent",
		Items:         func() []conference.Dissent { return c.Assessment.Dissent },
		ID:            func(d conference.Dissent) string { return d.ID },
		Row:           func(int, conference.Dissent, bool, int) string { return "" }, // drawn by resultLines
		Name:          func(d conference.Dissent) string { return e.participantName(d.ParticipantID) },
		NewHelp:       tr.T("assessment.key.dissent"),
		Form:          newDissentForm(ctx),
		Title:         listform.Titled[conference.Dissent](tr.T("assessment.dissent.new"), tr.T("assessment.dissent.edit")),
		Remove:        c.Remove,
		CloseAfterAdd: true,
		// i marks a dissent identifying (resultLines shows the mark).
		Identifying:    func(d conference.Dissent) bool { return d.Identifying },
		SetIdentifying: c.SetIdentifying,
		Changed:        func(_, id string) { e.followDissent(id) },
	})
	return e
}

// rating reports whether a rating is being typed.
func (e *Editor) rating() bool { return e.rater != "" }

// Typing implements phase.Editor.
func (e *Editor) Typing() bool {
	return e.rating() || e.result.Typing() || e.dissent.Typing() || e.confirm != nil
}

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	switch {
	case e.confirm != nil:
		return e.confirm.KeyMap()
	case e.rating():
		return listform.Help{Short: e.rate.form.HelpKeys(), Full: [][]key.Binding{listform.FormKeys(e.rate.form)}}
	case e.result.Typing():
		return listform.Help{Short: e.result.Keys(), Full: [][]key.Binding{e.result.FullKeys()}}
	case e.dissent.Typing():
		return listform.Help{Short: e.dissent.ShortHelp(), Full: e.dissent.FullHelp()}
	}
	k := e.keys.active(e.state())
	child := k.Child
	child.SetEnabled(child.Enabled() && e.state().onRater) // the line keeps five keys
	lk := e.dissent.KeyMap()
	lk.Edit.SetEnabled(e.onDissent())
	lk.Remove.SetEnabled(e.onDissent())
	return listform.Help{
		Short: []key.Binding{k.Rate, lk.Edit, k.Reveal, k.Result, lk.New, lk.Remove, child},
		Full:  [][]key.Binding{{k.List.Up, k.Rate, k.Reveal, k.Result, k.Child}, {lk.New, lk.Edit, lk.Remove}},
	}
}

func (e *Editor) state() state {
	return state{onRater: e.cursor < len(e.raters()), revealed: e.ctx.Conf.RatingsRevealed, siblings: e.ctx.Conf.ResultPerChild()}
}

// onDissent reports whether the cursor is on a dissent.
func (e *Editor) onDissent() bool {
	i := e.cursor - len(e.raters())
	return i >= 0 && i < len(e.ctx.Conf.Assessment.Dissent)
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.EnterMsg:
		e.dissent.Sync()
		e.clamp()
		if cmd := e.dissent.ResumeDraft(); cmd != nil {
			return e, cmd
		}
		c := e.ctx.Conf
		if !e.Typing() && !c.RatingsRevealed && !e.anyRating() {
			if child, next := e.nextPending(""); next != "" {
				e.choose(child)
				return e, e.openRate(next)
			}
		}
		return e, nil
	case phase.LeaveMsg:
		e.leave()
		return e, nil
	case tea.MouseClickMsg:
		e.click(msg)
		return e, nil
	case tea.KeyPressMsg:
		e.notice = ""
		return e, e.key(msg)
	case tea.PasteMsg:
		switch {
		case e.rating():
			_, cmd := e.rate.form.Update(msg)
			return e, cmd
		case e.result.Typing():
			_, cmd := e.result.Update(msg)
			return e, cmd
		}
		_, cmd := e.dissent.Update(msg)
		return e, cmd
	}
	return e, nil
}

func (e *Editor) key(k tea.KeyPressMsg) tea.Cmd {
	switch {
	case e.confirm != nil:
		return e.answer(k)
	case e.rating():
		return e.rateKey(k)
	case e.result.Typing():
		_, cmd := e.result.Update(k)
		return cmd
	case e.dissent.Typing():
		_, cmd := e.dissent.Update(k)
		return cmd
	}
	if e.moveCursor(k) {
		return nil
	}
	km := e.keys.active(e.state())
	switch {
	case key.Matches(k, km.Rate):
		return e.openRate(e.raters()[e.cursor].ID)
	case key.Matches(k, km.Child):
		e.nextChild()
		e.clamp()
		return nil
	case key.Matches(k, km.Reveal):
		return e.askReveal()
	case key.Matches(k, km.Result):
		if childIDs(e.ctx.Conf) != e.result.children { // the children changed: a field each
			e.result = newResultPanel(e.ctx)
		}
		return e.result.Open(nil)
	case key.Matches(k, e.dissent.KeyMap().New):
		return e.dissent.OpenNew()
	case e.onDissent():
		e.dissent.SelectIndex(e.cursor - len(e.raters()))
		_, cmd := e.dissent.Update(k)
		e.clamp()
		return cmd
	}
	return nil
}

// rowCount is the number of selectable rows: raters, then dissent.
func (e *Editor) rowCount() int { return len(e.raters()) + len(e.ctx.Conf.Assessment.Dissent) }

func (e *Editor) moveCursor(k tea.KeyPressMsg) bool {
	n := e.rowCount()
	if n == 0 {
		return false
	}
	l, cur := e.keys.List, e.cursor
	switch {
	case key.Matches(k, l.Up):
		cur--
	case key.Matches(k, l.Down):
		cur++
	case key.Matches(k, l.PageUp):
		cur -= 5
	case key.Matches(k, l.PageDown):
		cur += 5
	case key.Matches(k, l.Home):
		cur = 0
	case key.Matches(k, l.End):
		cur = n - 1
	default:
		return false
	}
	e.cursor = max(0, min(cur, n-1))
	return true
}

func (e *Editor) clamp() { e.cursor = max(0, min(e.cursor, e.rowCount()-1)) }

// followDissent puts the cursor on the dissent id (added or changed).
func (e *Editor) followDissent(id string) {
	for i, d := range e.ctx.Conf.Assessment.Dissent {
		if d.ID == id {
			e.cursor = len(e.raters()) + i
		}
	}
	e.clamp()
}

// raters are the participants whose own rating of the rated child (or
// the case) is asked for: everyone present, and anyone who already gave
// one (and may have left since).
func (e *Editor) raters() []conference.Participant { return e.ratersOf(e.ratedChild()) }

func (e *Editor) ratersOf(child string) []conference.Participant {
	var out []conference.Participant
	for _, p := range e.ctx.Conf.Participants {
		if _, rated := e.ratingOf(child, p.ID); rated || p.Present() {
			out = append(out, p)
		}
	}
	return out
}

// pending lists the raters who have not given a rating yet: of the rated
// child (or the case).
func (e *Editor) pending() []conference.Participant {
	child := e.ratedChild()
	var out []conference.Participant
	for _, p := range e.raters() {
		if _, rated := e.ratingOf(child, p.ID); !rated {
			out = append(out, p)
		}
	}
	return out
}

// pendingAnywhere lists the participants who have not rated every child
// (or the case), each once.
func (e *Editor) pendingAnywhere() []conference.Participant {
	var out []conference.Participant
	seen := map[string]bool{}
	for _, child := range e.children() {
		for _, p := range e.ratersOf(child) {
			if _, rated := e.ratingOf(child, p.ID); !rated && !seen[p.ID] {
				seen[p.ID] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// nextPending returns the first rater without a rating of the rated child
// after the one with ID after (from the top when after is ""), wrapping
// round; then the first of the next child who has one still open. It
// returns the child and the rater, ("", "") when all have rated.
func (e *Editor) nextPending(after string) (child, rater string) {
	children := e.children()
	first := 0
	for i, ch := range children {
		if ch == e.ratedChild() {
			first = i
		}
	}
	for n := range children {
		child := children[(first+n)%len(children)]
		raters := e.ratersOf(child)
		start := 0
		if n == 0 {
			for i, p := range raters {
				if p.ID == after {
					start = i + 1
				}
			}
		}
		for i := range raters {
			p := raters[(start+i)%len(raters)]
			if _, rated := e.ratingOf(child, p.ID); !rated {
				return child, p.ID
			}
		}
	}
	return "", ""
}

// click selects the row clicked.
func (e *Editor) click(msg tea.MouseClickMsg) {
	if e.Typing() {
		return
	}
	y := msg.Mouse().Y
	if y >= 0 && y < len(e.rowLines) && e.rowLines[y] >= 0 {
		e.cursor = e.rowLines[y]
	}
}
