package perspectives

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
)

// moveSpeaker moves the speaker at i one place up (dir -1) or down (+1)
// in the order; the word stays with whoever has it. It returns the new
// index of the moved speaker.
func moveSpeaker(s *conference.SpeakingOrder, i, dir int) int {
	j := i + dir
	if i < 0 || i >= len(s.Order) || j < 0 || j >= len(s.Order) {
		return i
	}
	s.Order[i], s.Order[j] = s.Order[j], s.Order[i]
	switch s.Current {
	case i:
		s.Current = j
	case j:
		s.Current = i
	}
	return j
}

// allSpoken reports whether everyone in the order has had their turn.
func allSpoken(s conference.SpeakingOrder) bool {
	if len(s.Order) == 0 {
		return false
	}
	for _, id := range s.Order {
		if !s.HasSpoken(id) {
			return false
		}
	}
	return true
}

// spokenCount counts those in the order who have had their turn.
func spokenCount(s conference.SpeakingOrder) int {
	n := 0
	for _, id := range s.Order {
		if s.HasSpoken(id) {
			n++
		}
	}
	return n
}

// selectedID returns the speaker under the cursor of the speaking order:
// the one whose contributions are listed and who the next one is typed
// against.
func (e *Editor) selectedID() string {
	order := e.ctx.Conf.Speaking.Order
	if len(order) == 0 {
		return ""
	}
	return order[min(e.order.Cursor(), len(order)-1)]
}

// followCurrent puts the cursor on the speaker who has the word.
func (e *Editor) followCurrent() {
	s := e.ctx.Conf.Speaking
	e.order.SetLen(len(s.Order))
	e.order.SetCursor(s.Current)
	e.contribs.Sync()
	e.contribs.SelectIndex(e.contribs.Len() - 1)
}

// next passes the word on. A contribution half typed is saved first, for
// the speaker it was typed for; the input is then empty for the next
// speaker, with no kind chosen.
func (e *Editor) next() tea.Cmd {
	c := e.ctx.Conf
	if len(c.Speaking.Order) == 0 {
		return nil
	}
	writing := e.writing() && e.contribs.Adding()
	e.contribs.AddDraft()
	c.NextSpeaker(e.ctx.Now())
	e.ctx.Record(conference.OpUpdate, "speaking", true)
	e.followCurrent()
	if writing {
		return e.startWriting()
	}
	return nil
}

// give gives the word to the selected speaker out of turn.
func (e *Editor) give() {
	id := e.selectedID()
	if id == "" || id == e.ctx.Conf.Speaking.Speaker() {
		return
	}
	e.ctx.Conf.SelectSpeaker(id, e.ctx.Now())
	e.ctx.Record(conference.OpUpdate, "speaking", true)
}

// move moves the selected speaker up or down the order.
func (e *Editor) move(dir int) {
	s := &e.ctx.Conf.Speaking
	i := e.order.Cursor()
	j := moveSpeaker(s, i, dir)
	if j == i {
		return
	}
	e.order.SetCursor(j)
	e.ctx.Record(conference.OpUpdate, "speaking/order", true)
}
