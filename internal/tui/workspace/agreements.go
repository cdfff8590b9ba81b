package workspace

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
)

// agreementsMsg carries the register of cooperation agreements loaded
// for workspace ws.
type agreementsMsg struct {
	ws   uint64
	list []conference.CooperationAgreement
	err  error
}

// loadAgreements reads the register once, off the event loop, for a
// network meeting (whose cooperation phase shows it).
func (m *Model) loadAgreements() tea.Cmd {
	load, id := m.loadAgr, m.id
	if load == nil || m.conf.Kind != conference.KindNetwork {
		return nil
	}
	return func() tea.Msg {
		list, err := load()
		return agreementsMsg{ws: id, list: list, err: err}
	}
}

// setAgreements hands the register to the editors through their shared
// context. A register that could not be read leaves the meeting with its
// own records only, and a line says so.
func (m *Model) setAgreements(msg agreementsMsg) {
	if msg.ws != m.id {
		return
	}
	if msg.err != nil {
		m.notice = m.tr.T("network.cooperation.register_failed", msg.err.Error())
		return
	}
	m.ctx.Agreements = msg.list
}
