package tui

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/tui/home"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/report"
)

// reportScreen is the report across cases in the stack.
type reportScreen struct{ *report.Model }

func (s reportScreen) SetLayout(l layout.Layout) tea.Cmd { s.Model.SetLayout(l); return nil }

// routeReport handles opening and leaving the report across cases (from
// is the address of the screen that asked); it reports whether msg was
// one of those messages.
func (a *App) routeReport(msg tea.Msg, from uint64) (tea.Cmd, bool) {
	switch msg.(type) {
	case home.ReportMsg:
		m := report.New(report.Config{Repo: a.repo, Msgs: a.tr, Styles: a.styles, Clock: a.clock, Catalogue: a.lists()})
		return a.push(reportScreen{m}, m.Init), true
	case report.CloseMsg:
		a.close(from, func(s screen) bool { _, ok := s.(reportScreen); return ok })
		return nil, true
	}
	return nil, false
}
