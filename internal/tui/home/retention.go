package home

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// auditor is the part of the store that tells whether minutes were
// exported: each export leaves an "export" entry in the audit log.
type auditor interface {
	Audit(id conference.ID) ([]conference.AuditEntry, error)
}

// exportState is what home knows about a conference's export.
type exportState int

const (
	exportUnknown exportState = iota // the store cannot tell
	exportNever
	exportDone
)

// checkedMsg carries the export state of a conference to be deleted and
// the conferences that follow it (they keep a readable reference).
type checkedMsg struct {
	conf      conference.Summary
	state     exportState
	at        conference.Date // the last export
	followUps []conference.ID
}

// past returns the conferences past the retention period, newest first.
func (m *Model) past() []conference.Summary {
	return conference.PastRetention(m.all, m.retention, conference.DateOf(m.clock.Now()))
}

// isPast reports whether s is past the retention period.
func (m *Model) isPast(s conference.Summary) bool {
	return s.PastRetention(m.retention, conference.DateOf(m.clock.Now()))
}

// checkExported looks in the audit log whether the minutes of s were
// exported, before the question to delete it.
func (m *Model) checkExported(s conference.Summary) tea.Cmd {
	repo := m.repo
	return func() tea.Msg {
		msg := checkedMsg{conf: s, state: exportUnknown}
		if f, ok := repo.(followUpFinder); ok {
			msg.followUps, _ = f.FollowUpsOf(s.ID)
		}
		a, ok := repo.(auditor)
		if !ok {
			return msg
		}
		entries, err := a.Audit(s.ID)
		if err != nil {
			return msg
		}
		msg.state = exportNever
		for _, e := range entries {
			if e.Op == conference.OpExport {
				msg.state, msg.at = exportDone, conference.DateOf(e.At)
			}
		}
		return msg
	}
}

// whatGoes names what goes with a conference deleted: its open actions
// leave the follow-up list, a follow-up keeps only a readable reference
// (date and case code), and the archive export keeps everything; the
// command for it is named, with the conference's ID.
func (m *Model) whatGoes(msg checkedMsg) string {
	s, lang := msg.conf, string(m.tr.Lang())
	var parts []string
	if s.OpenActions > 0 {
		parts = append(parts, m.tr.N("homedelete.open_actions", s.OpenActions, s.OpenActions))
	}
	for _, id := range msg.followUps {
		when := string(id)
		for _, o := range m.all {
			if o.ID == id {
				when = conference.FormatDate(o.Date, lang)
			}
		}
		parts = append(parts, m.tr.T("homedelete.follow_up", when))
	}
	parts = append(parts, m.archiveLines(s.ID)...)
	return strings.Join(parts, "\n")
}

// askRetentionDelete asks whether to delete a conference past the
// retention period, saying whether its minutes were exported: once deleted
// they are gone, and export first (e) is the way to keep them.
func (m *Model) askRetentionDelete(msg checkedMsg) {
	s := msg.conf
	lang := string(m.tr.Lang())
	title := s.Title()
	if title == "" {
		title = m.tr.T("tui.ws.untitled")
	}
	var exported string
	switch msg.state {
	case exportDone:
		exported = m.tr.T("tuihome.retention.exported", conference.FormatDate(msg.at, lang))
	case exportNever:
		exported = m.tr.T("tuihome.retention.not_exported")
	default:
		exported = m.tr.T("tuihome.retention.export_unknown")
	}
	m.deleting = s
	m.confirm = widget.NewConfirm(m.tr, m.st, m.deleteTitle("tuihome.retention.delete.title"),
		m.tr.N("tuihome.retention.delete.body", m.retention, title, conference.FormatDate(s.Date, lang), m.retention)+"\n\n"+exported+
			"\n"+m.whatGoes(msg))
	m.offerArchive(func() { m.askRetentionDelete(msg) })
}
