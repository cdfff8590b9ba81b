package home

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
)

// handedMsg reports a handover started from home (h): the new handover
// to open, or why none was started.
type handedMsg struct {
	id      conference.ID
	notHeld bool
	err     error
}

// startHandover starts the handover of the selected conference's case
// (as `kofa handover ID --to …`): from the newest conference of the case
// that was held, with every action still open to be taken on, the newest
// crisis and protection plan and the case lead as a contact. It is saved
// at once and opened; to whom it goes is the first field of its handover
// phase.
func (m *Model) startHandover() tea.Cmd {
	sel, ok := m.Selected()
	if !ok {
		return nil
	}
	code := caseKey(sel)
	if code == "" {
		m.err = m.tr.T("tuihome.handover.no_case")
		return nil
	}
	var ids []conference.ID
	for _, o := range m.all {
		if caseKey(o) == code {
			ids = append(ids, o.ID)
		}
	}
	repo, now := m.repo, m.clock.Now()
	return func() tea.Msg {
		history := make([]*conference.Conference, 0, len(ids))
		for _, id := range ids {
			c, err := repo.Get(id)
			if err != nil {
				return handedMsg{err: err}
			}
			history = append(history, c)
		}
		from := conference.LatestHeld(history, code)
		if from == nil {
			return handedMsg{notHeld: true}
		}
		c := conference.NewHandover(from, history, conference.NewID(), "", now)
		if err := repo.Save(c, conference.Change{Op: conference.OpCreate, Path: "conference"}); err != nil {
			return handedMsg{err: err}
		}
		return handedMsg{id: c.ID}
	}
}

// handed opens the handover started, or says why there is none.
func (m *Model) handed(msg handedMsg) tea.Cmd {
	switch {
	case msg.err != nil:
		m.err = m.tr.T("tuihome.handover.failed", msg.err.Error())
	case msg.notHeld:
		m.err = m.tr.T("tuihome.handover.not_held")
	default:
		id := msg.id
		return func() tea.Msg { return OpenMsg{ID: id} }
	}
	return nil
}
