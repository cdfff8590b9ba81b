// Package assessment is the editor of phase 5, the overall assessment:
// each participant present gives their own category and safety scale,
// one after another and hidden, until the facilitator reveals them all and
// the spread shows; then the agreed category, the forms of harm and any
// dissent (who, and why). An acute result opens phase 5a.
package assessment

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// zone is the part of the editor that has the keyboard.
type zone int

const (
	zoneList    zone = iota // participants and dissent: one-letter keys
	zoneRate                // one participant's own rating
	zoneResult              // the agreed result
	zoneDissent             // adding or editing a dissent
)

// Editor edits the overall assessment.
type Editor struct {
	ctx     *phase.Context
	keys    KeyMap
	zone    zone
	cursor  int    // over the rows: raters, then dissent
	rater   string // participant whose rating is being typed
	rate    *rateForm
	result  *resultForm
	dissent *dissentForm
	editing string // dissent in the form; "" for a new one
	formErr string
	notice  string // a one-line message, e.g. that everyone has rated
	confirm *widget.Confirm
	// onYes is what the open question does when answered yes.
	onYes func() tea.Cmd

	offset   int   // first content line shown
	rowLines []int // row index of each content line shown, -1 for others
}

// New returns the overall-assessment editor.
func New(ctx *phase.Context) phase.Editor {
	e := &Editor{ctx: ctx}
	e.rate = newRateForm(ctx)
	e.result = newResultForm(ctx)
	e.dissent = newDissentForm(ctx)
	e.keys = defaultKeyMap(ctx.Msgs, e.rate.form.KeyMap())
	return e
}

// Typing implements phase.Editor.
func (e *Editor) Typing() bool { return e.zone != zoneList || e.confirm != nil }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	if e.confirm != nil {
		return e.confirm.KeyMap()
	}
	return e.keys.active(e.state())
}

func (e *Editor) state() state {
	raters := len(e.raters())
	return state{
		zone:      e.zone,
		onRater:   e.cursor < raters,
		onDissent: e.cursor >= raters && e.cursor < raters+len(e.ctx.Conf.Assessment.Dissent),
		revealed:  e.ctx.Conf.RatingsRevealed,
	}
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.EnterMsg:
		e.clamp()
		c := e.ctx.Conf
		if e.zone == zoneList && !c.RatingsRevealed && len(c.Ratings) == 0 {
			if next := e.nextPending(""); next != "" {
				return e, e.openRate(next)
			}
		}
	case phase.LeaveMsg:
		return e, e.leave()
	case tea.MouseClickMsg:
		e.click(msg)
	case tea.KeyPressMsg:
		e.notice = ""
		return e, e.key(msg)
	case tea.PasteMsg:
		if e.zone != zoneList && e.confirm == nil {
			return e, e.updateForm(msg)
		}
	}
	return e, nil
}

func (e *Editor) key(k tea.KeyPressMsg) tea.Cmd {
	if e.confirm != nil {
		return e.answer(k)
	}
	if e.zone != zoneList {
		if key.Matches(k, e.keys.Cancel) {
			return e.closeForm()
		}
		return e.updateForm(k)
	}
	if e.moveCursor(k) {
		return nil
	}
	km := e.keys.active(e.state())
	switch {
	case key.Matches(k, km.Rate):
		return e.openRate(e.raters()[e.cursor].ID)
	case key.Matches(k, km.EditDissent):
		return e.openDissent(e.selectedDissent())
	case key.Matches(k, km.Reveal):
		return e.askReveal()
	case key.Matches(k, km.Result):
		return e.openResult()
	case key.Matches(k, km.Dissent):
		return e.openDissent("")
	case key.Matches(k, km.Remove):
		e.askRemoveDissent()
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

// raters are the participants whose own rating is asked for: everyone
// present, and anyone who already gave one (and may have left since).
func (e *Editor) raters() []conference.Participant {
	c := e.ctx.Conf
	var out []conference.Participant
	for _, p := range c.Participants {
		if _, rated := c.RatingOf(p.ID); rated || p.Present() {
			out = append(out, p)
		}
	}
	return out
}

// pending lists the raters who have not given a rating yet.
func (e *Editor) pending() []conference.Participant {
	var out []conference.Participant
	for _, p := range e.raters() {
		if _, rated := e.ctx.Conf.RatingOf(p.ID); !rated {
			out = append(out, p)
		}
	}
	return out
}

// nextPending returns the first rater without a rating after the one with
// ID after (from the top when after is ""), wrapping round; "" when all
// have rated.
func (e *Editor) nextPending(after string) string {
	raters := e.raters()
	start := 0
	for i, p := range raters {
		if p.ID == after {
			start = i + 1
		}
	}
	for i := range raters {
		p := raters[(start+i)%len(raters)]
		if _, rated := e.ctx.Conf.RatingOf(p.ID); !rated {
			return p.ID
		}
	}
	return ""
}

func (e *Editor) selectedDissent() string {
	i := e.cursor - len(e.raters())
	ds := e.ctx.Conf.Assessment.Dissent
	if i < 0 || i >= len(ds) {
		return ""
	}
	return ds[i].ID
}

// click selects the row clicked.
func (e *Editor) click(msg tea.MouseClickMsg) {
	if e.zone != zoneList || e.confirm != nil {
		return
	}
	y := msg.Mouse().Y
	if y >= 0 && y < len(e.rowLines) && e.rowLines[y] >= 0 {
		e.cursor = e.rowLines[y]
	}
}

// form returns the widget form of the open zone.
func (e *Editor) form() *widget.Form {
	switch e.zone {
	case zoneRate:
		return e.rate.form
	case zoneResult:
		return e.result.form
	case zoneDissent:
		return e.dissent.form
	}
	return nil
}
