package workspace

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
)

// A search hit opens its conference at the phase the word was found in
// (Config.Show). A closed conference only shows that phase (viewed). A
// running one goes there as alt+number would, which makes it current: the
// notice names the phase that was current and the key back, so the
// meeting's place never moves without a word. A conference in
// preparation is never started by looking: it stays in its preparation,
// and the notice names where the word is.

// openAtHit moves to the phase of the search hit m was opened for, if it
// is not the current one; run once, from Init.
func (m *Model) openAtHit() tea.Cmd {
	hit := m.hit
	m.hit = ""
	if hit == "" || m.readOnly() || hit == m.conf.CurrentPhase || !m.conf.PhaseApplies(hit) {
		return nil
	}
	if m.conf.Status == conference.StatusPreparing {
		m.notice = m.tr.T("searchopen.preparing", m.numbered(hit))
		return nil
	}
	from := m.conf.CurrentPhase
	cmd := m.goTo(hit)
	m.notice = m.tr.T("searchopen.moved", m.numbered(from), m.conf.PhaseNumber(from))
	return cmd
}

// numbered is a phase's number and name, as the sidebar shows it.
func (m *Model) numbered(id conference.PhaseID) string {
	return m.conf.PhaseNumber(id) + " " + m.phaseName(id)
}
