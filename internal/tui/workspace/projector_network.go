package workspace

import (
	"fmt"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// projectorAgenda is what the shared screen shows of a network meeting
// before its actions: the agenda items, each with its state in a symbol
// and a word (✓ dealt with, ⤳ parked, · open). Nothing but the titles:
// no discussion, no decisions.
func (m *Model) projectorAgenda(width int) []string {
	c := m.conf
	if c.Kind != conference.KindNetwork || len(c.Agenda) == 0 {
		return nil
	}
	lines := []string{m.st.Title.Render(m.tr.T("network.phase.agenda")), ""}
	for i, it := range c.Agenda {
		mark, state := "·", m.tr.T("network.agenda.status.open")
		switch it.Status {
		case conference.ItemDone:
			mark, state = "✓", m.tr.T("network.agenda.status.done")
		case conference.ItemParked:
			mark, state = "⤳", m.tr.T("network.agenda.status.parked")
		}
		head := mark + " " + fmt.Sprintf("%2d", i+1) + "  "
		lines = append(lines, widget.Truncate(head+oneParagraph(it.Title)+m.st.Muted.Render("  "+state), width))
	}
	return append(lines, "")
}

// projectorNextKey names the next meeting of a network meeting, the
// review conference of a case.
func (m *Model) projectorNextKey() string {
	if m.conf.Kind == conference.KindNetwork {
		return "network.projector.next"
	}
	return "tui.projector.review"
}
