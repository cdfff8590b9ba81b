// Package report is the report across cases on screen (internal/report):
// for a period, how the agreed actions of each institution went, how many
// conferences went without the child's view or with dissent, how long
// handovers waited for their receipt and what the cooperation checks
// said, as bar charts that read without colour. It shows numbers only:
// the screen sees each conference only as report.Facts, never a name, a
// case code or anything typed. `kofa report` writes the same as Markdown.
package report

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	rep "kofa/internal/report"
	"kofa/internal/theme"
	"kofa/internal/tui/clock"
	"kofa/internal/tui/layout"
)

// Repository is what the screen reads of the store.
type Repository interface {
	List() ([]conference.Summary, error)
	Get(id conference.ID) (*conference.Conference, error)
}

// Config is what the screen needs.
type Config struct {
	Repo   Repository
	Msgs   *i18n.Messages
	Styles *theme.Styles
	Clock  clock.Clock
	// Catalogue names the institutions (nil: the built-in one).
	Catalogue *catalogue.Catalogue
}

// CloseMsg asks the root to go back to the home screen.
type CloseMsg struct{}

// loadedMsg carries the facts of every conference of the store.
type loadedMsg struct {
	screen *Model
	col    *rep.Collector
	err    error
}

// Periods the screen offers, ←/→ switch between them: the last twelve
// months (as `kofa report` without --from), the last three years,
// everything.
const (
	periodYear = iota
	periodThreeYears
	periodAll
	numPeriods
)

// Model is the report's screen.
type Model struct {
	repo   Repository
	tr     *i18n.Messages
	st     *theme.Styles
	clock  clock.Clock
	words  *rep.Words
	keys   KeyMap
	layout layout.Layout

	col    *rep.Collector
	report *rep.Report
	period int
	// top is the first line of the report shown (scrolling); shownH how
	// many lines the last view showed.
	top, shownH int
	err         string
}

// New returns the screen; Init reads the store.
func New(cfg Config) *Model {
	return &Model{repo: cfg.Repo, tr: cfg.Msgs, st: cfg.Styles, clock: cfg.Clock,
		words: rep.NewWords(cfg.Msgs.Lang(), cfg.Catalogue), keys: defaultKeyMap(cfg.Msgs)}
}

// Init reads the conferences, each reduced to its facts at once, off the
// event loop.
func (m *Model) Init() tea.Cmd {
	repo := m.repo
	return func() tea.Msg {
		list, err := repo.List()
		if err != nil {
			return loadedMsg{screen: m, err: err}
		}
		col := rep.NewCollector()
		for _, sum := range list {
			c, err := repo.Get(sum.ID)
			if err != nil {
				return loadedMsg{screen: m, err: err}
			}
			col.Add(rep.Digest(c))
		}
		return loadedMsg{screen: m, col: col}
	}
}

// Wants recognises the screen's own load result.
func (m *Model) Wants(msg tea.Msg) bool {
	l, ok := msg.(loadedMsg)
	return ok && l.screen == m
}

// SetLayout sizes the screen.
func (m *Model) SetLayout(l layout.Layout) { m.layout, m.shownH = l, 0 }

// Typing is always false: the screen has no field.
func (m *Model) Typing() bool { return false }

// KeyMap returns the keys that act now.
func (m *Model) KeyMap() help.KeyMap {
	k := m.keys
	loaded := m.report != nil
	k.Scroll.SetEnabled(loaded)
	k.Page.SetEnabled(loaded)
	k.Period.SetEnabled(loaded)
	return k
}

// Update handles a message routed to the screen.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.err != nil {
			m.err = m.tr.T("tuireport.load_failed", msg.err.Error())
			return nil
		}
		m.col = msg.col
		m.build()
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.MouseWheelMsg:
		if msg.Mouse().Button == tea.MouseWheelUp {
			m.scroll(-3)
		} else {
			m.scroll(3)
		}
	}
	return nil
}

func (m *Model) key(k tea.KeyPressMsg) tea.Cmd {
	km := m.KeyMap().(KeyMap)
	switch {
	case key.Matches(k, km.Back):
		return func() tea.Msg { return CloseMsg{} }
	case key.Matches(k, km.Up):
		m.scroll(-1)
	case key.Matches(k, km.Down):
		m.scroll(1)
	case key.Matches(k, km.PageUp):
		m.scroll(-m.bodyHeight())
	case key.Matches(k, km.PageDown):
		m.scroll(m.bodyHeight())
	case key.Matches(k, km.First):
		m.top = 0
	case key.Matches(k, km.Last):
		m.scroll(len(m.lines(m.layout.Width)))
	case key.Matches(k, km.Earlier):
		m.period = (m.period + numPeriods - 1) % numPeriods
		m.build()
	case key.Matches(k, km.Later):
		m.period = (m.period + 1) % numPeriods
		m.build()
	}
	return nil
}

// build makes the report of the chosen period from the facts read.
func (m *Model) build() {
	if m.col == nil {
		return
	}
	today := conference.DateOf(m.clock.Now())
	p := rep.Period{To: today}
	switch m.period {
	case periodYear:
		p.From = today.AddDays(-364)
	case periodThreeYears:
		p.From = today.AddDays(-3*365 + 1)
	case periodAll:
		p.To = conference.Date{}
	}
	m.report = m.col.Build(p, today)
	m.top = 0
}

// scroll moves the report by n lines, within its length.
func (m *Model) scroll(n int) {
	last := max(0, len(m.lines(m.layout.Width))-m.bodyHeight())
	m.top = max(0, min(m.top+n, last))
}
