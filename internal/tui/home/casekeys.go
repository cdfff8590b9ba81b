package home

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// CaseKeyMap are the home keys for the time between conferences.
type CaseKeyMap struct {
	// FollowUp starts the next conference of the selected case.
	FollowUp key.Binding
	// Group shows the conferences of one case together.
	Group key.Binding
	// Tracker opens the open actions of all conferences.
	Tracker key.Binding
	// Retention shows only the conferences past the retention period.
	Retention key.Binding
	// Directory opens the partner directory.
	Directory key.Binding
	// Agreements opens the register of cooperation agreements.
	Agreements key.Binding
	// Report opens the report across cases.
	Report key.Binding
	// Handover starts the handover of the selected case.
	Handover key.Binding
}

func defaultCaseKeyMap(tr *i18n.Messages) CaseKeyMap {
	b := widget.SingleBinder(tr)
	return CaseKeyMap{
		FollowUp:   b("f", "tuihome.key.follow_up"),
		Group:      b("g", "tuihome.key.group"),
		Tracker:    b("a", "tuihome.key.tracker"),
		Retention:  b("r", "tuihome.key.retention"),
		Directory:  b("p", "tuipartners.key.open"),
		Agreements: b("k", "tuiagreements.key.open"),
		Report:     b("b", "tuireport.key.open"),
		Handover:   b("h", "tuihome.handover.key"),
	}
}

// activeKeys returns the home keys with what applies now enabled.
func (m *Model) activeKeys() KeyMap {
	km := m.keys.active(m.filtering, len(m.shown) > 0, m.filter.Text() != "")
	idle := !m.filtering
	km.Cases.FollowUp.SetEnabled(idle && len(m.shown) > 0)
	km.Cases.Group.SetEnabled(idle && len(m.all) > 0)
	km.Cases.Tracker.SetEnabled(idle)
	km.Cases.Directory.SetEnabled(idle)
	km.Cases.Agreements.SetEnabled(idle)
	km.Cases.Report.SetEnabled(idle)
	sel, selected := m.Selected()
	km.Cases.Handover.SetEnabled(idle && selected && caseKey(sel) != "")
	km.Cases.Retention.SetEnabled(idle && (m.pastOnly || len(m.past()) > 0))
	if m.grouped {
		km.Cases.Group.SetHelp("g", m.tr.T("tuihome.key.ungroup"))
	}
	if m.pastOnly {
		km.Cases.Retention.SetHelp("r", m.tr.T("tuihome.key.retention_off"))
	}
	if s, ok := m.Selected(); ok && s.Kind == conference.KindNetwork {
		// A network meeting's follow-up is its next meeting.
		km.Cases.FollowUp.SetHelp("f", m.tr.T("network.key.next_meeting"))
	}
	return km
}

// SearchKeyMap are the keys while searching all conferences.
type SearchKeyMap struct {
	List        widget.ListKeyMap
	Open, Close key.Binding
}

func defaultSearchKeyMap(tr *i18n.Messages) SearchKeyMap {
	return SearchKeyMap{
		List:  widget.DefaultListKeyMap(tr.T("tui.home.key.select")),
		Open:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", tr.T("tui.home.key.open"))),
		Close: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", tr.T("tuihome.key.search_close"))),
	}
}

// ShortHelp implements help.KeyMap.
func (k SearchKeyMap) ShortHelp() []key.Binding { return []key.Binding{k.List.Up, k.Open, k.Close} }

// FullHelp implements help.KeyMap.
func (k SearchKeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }
