package home

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// newConf asks what a new conference is before anything is created: its
// type (a case conference or a network meeting) and its case code or
// topic. Enter (in the last field) or ctrl+s creates it; esc leaves and
// nothing is created.
type newConf struct {
	form  *widget.Form
	kind  *widget.Pick
	title *widget.Field
}

// openNew shows the questions, the type preset to kind.
func (m *Model) openNew(kind conference.Kind) tea.Cmd {
	tr, st := m.tr, m.st
	n := &newConf{
		kind: widget.NewPick(tr, st, tr.T("homenew.kind"), []widget.Option{
			{Code: string(conference.KindCase), Label: tr.T("common.kind.case")},
			{Code: string(conference.KindNetwork), Label: tr.T("common.kind.network")},
		}),
		title: widget.NewField(tr, st, tr.T("homenew.title")),
	}
	n.kind.SetRows(2)
	n.kind.SetValue(string(kind))
	n.title.SetPlaceholder(tr.T("homenew.title.hint"))
	n.form = widget.NewForm(tr, st, widget.Row{Input: n.kind}, widget.Row{Input: n.title})
	n.form.SubmitOnEnter = true
	n.form.SetSubmitHelp(tr.T("homenew.key.create"))
	m.creating = n
	return n.form.FocusInput(n.title)
}

// newKey handles a key while the questions show.
func (m *Model) newKey(msg tea.Msg) tea.Cmd {
	n := m.creating
	ev, cmd := n.form.Update(msg)
	switch {
	case ev.Leave:
		m.creating = nil
		return nil
	case ev.Submitted:
		m.creating = nil
		kind := conference.Kind(n.kind.Value())
		if kind == "" {
			kind = conference.KindCase
		}
		title := strings.TrimSpace(n.title.Value())
		return tea.Batch(cmd, func() tea.Msg { return NewMsg{Kind: kind, Title: title} })
	}
	return cmd
}

// newView draws the questions in a box in the middle of the body.
func (m *Model) newView(w int) string {
	inner := max(20, min(70, w-4))
	head := m.st.Title.Render(m.tr.T("homenew.heading"))
	body := m.creating.form.View(inner, 6)
	foot := m.st.Muted.Render(widget.Truncate(m.tr.T("homenew.hint"), inner))
	return widget.Box(m.st, head+"\n\n"+body+"\n\n"+foot, inner+4)
}
