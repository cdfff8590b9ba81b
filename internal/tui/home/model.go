// Package home is kofa's first screen: the conferences, newest first, to
// filter, open, create and delete.
package home

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/store"
	"kofa/internal/textfold"
	"kofa/internal/theme"
	"kofa/internal/tui/clock"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/preview"
	"kofa/internal/tui/widget"
)

// Repository is what home needs of the store.
type Repository interface {
	List() ([]conference.Summary, error)
	// Newest is the first n of List, read without reading all.
	Newest(n int) ([]conference.Summary, error)
	Delete(id conference.ID) error
	// Get and Save start a follow-up conference.
	Get(id conference.ID) (*conference.Conference, error)
	Save(c *conference.Conference, changes ...conference.Change) error
	Search(query string) ([]store.SearchHit, error)
	OpenActions(q store.ActionQuery) ([]store.TrackedAction, error)
	RetentionDays() (int, error)
}

// Messages home sends to the root.
type (
	// OpenMsg asks to open (resume) a conference.
	OpenMsg struct {
		ID conference.ID
		// Phase is where to show it, for a search hit ("": as it is).
		Phase conference.PhaseID
	}
	// NewMsg asks to create a conference of a kind, with its case code
	// (case conference) or topic (network meeting), and open it.
	NewMsg struct {
		Kind  conference.Kind
		Title string
	}
	// QuitMsg asks to quit kofa.
	QuitMsg struct{}
)

// loadedMsg carries the list of conferences.
type loadedMsg struct {
	list []conference.Summary
	err  error
	// partial: only the newest (Reload's first page); all follow.
	partial bool
}

// deletedMsg reports a deletion.
type deletedMsg struct{ err error }

// Config is what home needs.
type Config struct {
	Repo   Repository
	Msgs   *i18n.Messages
	Styles *theme.Styles
	Clock  clock.Clock
	// Demo marks a rehearsal on a throwaway store.
	Demo bool
	// Folder is where files for the user go: the archive written before
	// a deletion (nil: preview.DocumentsFolder).
	Folder func() string
}

// Model is the home screen.
type Model struct {
	repo      Repository
	tr        *i18n.Messages
	st        *theme.Styles
	clock     clock.Clock
	keys      KeyMap
	all       []conference.Summary
	shown     []int    // indexes into all, after the filter
	texts     []string // what the filter searches, per conference of all; made on first use
	list      *widget.List
	filter    *widget.Field
	filtering bool
	confirm   *widget.Confirm
	creating  *newConf       // the questions before a new conference (newconf.go)
	onYes     func() tea.Cmd // what yes does, when the question is not a deletion
	deleting  conference.Summary
	folder    func() string
	// archiving: the archive is being written before a deletion;
	// archived is where it went, archiveErr what went wrong; reask asks
	// the question again with that (archive.go).
	archiving  bool
	archived   string
	archiveErr string
	reask      func()
	loaded     bool
	complete   bool // the list holds every conference, not the first page only
	err        string
	layout     layout.Layout
	demo       bool

	// Between conferences (cases.go, search.go, retention.go).
	grouped     bool    // the conferences of one case together
	marks       []mark  // the grouping mark of each shown row
	search      *search // the search of all conferences; nil when closed
	retention   int     // the retention period in days; 0: none
	pastOnly    bool    // only the conferences past the retention period
	lateActions int     // open actions past their due date, all conferences
}

// New returns the home screen; Init loads the list.
func New(cfg Config) *Model {
	m := &Model{repo: cfg.Repo, tr: cfg.Msgs, st: cfg.Styles, clock: cfg.Clock, keys: DefaultKeyMap(cfg.Msgs), demo: cfg.Demo,
		folder: cfg.Folder}
	if m.folder == nil {
		m.folder = preview.DocumentsFolder
	}
	m.list = widget.NewList(m.keys.List)
	m.filter = widget.NewField(cfg.Msgs, cfg.Styles, cfg.Msgs.T("tui.home.filter"))
	return m
}

// Init loads the conferences: the rest of them when ReadFirstPage has read
// the first page already, else all.
func (m *Model) Init() tea.Cmd {
	if m.loaded && !m.complete && m.err == "" {
		return m.rest()
	}
	return m.Reload()
}

// ReadFirstPage reads the newest conferences from the store and shows
// them, so that the first frame has them. Call it before the program
// runs, never from Update (it reads the store); Init then reads the rest.
// A failure is left to Init, which reads everything again and shows why
// that fails.
func (m *Model) ReadFirstPage() {
	page, err := m.repo.Newest(firstPage)
	if err != nil {
		return
	}
	m.Update(loaded(page, nil, true))
}

// firstPage is how many conferences home reads before all of them: more
// rows than any terminal shows.
const firstPage = 100

// RestPause is how long home waits after its first page before it reads
// the rest. Bubble Tea draws a frame on its next tick (every 1/60 s); read
// at once, the rest of 10,000 conferences (several milliseconds of CPU)
// competed with that first frame for the processor on a busy or small
// machine, and the frame came ticks later. A tenth of a second is not seen:
// the first page fills the screen.
const RestPause = 100 * time.Millisecond

// Reload reads the list again (after a conference was closed): a
// screenful first, then, after a pause for the frame that shows it, all of
// it, then the overdue count. With 10,000 conferences the first frame need
// not wait for the rest.
func (m *Model) Reload() tea.Cmd {
	repo := m.repo
	first := func() tea.Msg {
		page, err := repo.Newest(firstPage)
		return loaded(page, err, true)
	}
	return tea.Sequence(first, m.rest())
}

// rest reads all conferences after the pause, then the overdue count.
func (m *Model) rest() tea.Cmd {
	repo := m.repo
	all := func() tea.Msg {
		list, err := repo.List()
		return loaded(list, err, false)
	}
	return tea.Sequence(m.clock.After(RestPause, nil), all, m.loadCases())
}

// loaded is what was read from the store (which cleaned its text).
func loaded(list []conference.Summary, err error, partial bool) loadedMsg {
	return loadedMsg{list: list, err: err, partial: partial}
}

// SetLayout sizes the screen.
func (m *Model) SetLayout(l layout.Layout) { m.layout = l }

// Typing reports whether the filter has the keyboard.
func (m *Model) Typing() bool {
	return m.filtering || m.confirm != nil || m.search != nil || m.creating != nil
}

// KeyMap returns the keys that apply now, for help.
func (m *Model) KeyMap() help.KeyMap {
	if m.creating != nil {
		return m.creating.form.KeyMap()
	}
	if m.confirm != nil {
		return m.confirm.KeyMap()
	}
	if m.search != nil {
		return m.search.keys
	}
	return m.activeKeys()
}

// Selected returns the selected conference, if any.
func (m *Model) Selected() (conference.Summary, bool) {
	if len(m.shown) == 0 {
		return conference.Summary{}, false
	}
	return m.all[m.shown[m.list.Cursor()]], true
}

// Update handles a message routed to home.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	if cmd, ok := m.updateCases(msg); ok {
		return cmd
	}
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.partial && m.complete {
			return nil // the whole list is here already
		}
		m.loaded, m.complete = true, !msg.partial
		m.err = ""
		if msg.err != nil {
			m.err = m.tr.T("tui.home.load_failed", msg.err.Error())
		}
		m.all, m.texts = msg.list, nil
		m.refilter()
		return nil
	case archivedMsg:
		m.archivedFirst(msg)
		return nil
	case deletedMsg:
		if msg.err != nil {
			m.err = m.tr.T("tui.home.delete_failed", msg.err.Error())
			return nil
		}
		return m.Reload()
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.PasteMsg:
		if !m.filtering {
			m.filtering = true
			cmd := m.filter.Focus()
			m.filter.Update(msg)
			m.refilter()
			return cmd
		}
		m.filter.Update(msg)
		m.refilter()
	case tea.MouseClickMsg:
		return m.click(msg)
	}
	return nil
}

func (m *Model) key(k tea.KeyPressMsg) tea.Cmd {
	m.err = ""
	if m.creating != nil {
		return m.newKey(k)
	}
	if m.confirm != nil {
		return m.answerDelete(k)
	}
	if m.search != nil {
		return m.searchKey(k)
	}
	if m.list.Update(k) {
		return nil
	}
	km := m.activeKeys()
	if cmd, ok := m.caseKey(k, km); ok {
		return cmd
	}
	switch {
	case key.Matches(k, km.Open):
		if s, ok := m.Selected(); ok {
			return func() tea.Msg { return OpenMsg{ID: s.ID} }
		}
		return nil
	case key.Matches(k, km.ClearFilter):
		m.filtering = false
		m.filter.Blur()
		m.filter.SetValue("")
		m.refilter()
		return nil
	case m.filtering:
		if _, changed := m.filter.Update(k); changed {
			m.refilter()
		}
		return nil
	case key.Matches(k, km.NewCase):
		return m.openNew(conference.KindCase)
	case key.Matches(k, km.NewNetwork):
		return m.openNew(conference.KindNetwork)
	case key.Matches(k, km.Delete):
		return m.askDelete()
	case key.Matches(k, km.Export):
		if s, ok := m.Selected(); ok {
			return func() tea.Msg { return preview.OpenMsg{ID: s.ID} }
		}
		return nil
	case key.Matches(k, km.Quit):
		return func() tea.Msg { return QuitMsg{} }
	case key.Matches(k, km.Filter): // "/" searches everything, typing filters the list
		return m.openSearch()
	case k.Text != "" && k.Mod&(tea.ModCtrl|tea.ModAlt) == 0 && k.Text != "?":
		// Just typing starts the filter with what was typed.
		m.filtering = true
		cmd := m.filter.Focus()
		m.filter.Update(k)
		m.refilter()
		return cmd
	}
	return nil
}

// refilter keeps the conferences whose title, date, kind or status contain
// every word of the filter, folded like every search of kofa (textfold:
// "muller" finds "Müller", "strasse" finds "Straße").
func (m *Model) refilter() {
	var words []textfold.Folded
	for _, w := range strings.Fields(m.filter.Value()) {
		words = append(words, textfold.Fold(w))
	}
	m.shown = m.shown[:0]
	if len(words) > 0 && len(m.texts) != len(m.all) {
		// Made once per list, when the first word is typed: not for the
		// first frame, and not again for every key.
		m.texts = make([]string, len(m.all))
		for i, s := range m.all {
			m.texts[i] = m.searchText(s)
		}
	}
	for i := range m.all {
		if len(words) == 0 || matches(m.texts[i], words) {
			m.shown = append(m.shown, i)
		}
	}
	m.arrange()
	m.list.SetLen(len(m.shown))
}

func matches(text string, words []textfold.Folded) bool {
	for _, w := range words {
		if !w.In(text) {
			return false
		}
	}
	return true
}

// searchText is what the filter searches in a conference's row, as a
// textfold haystack.
func (m *Model) searchText(s conference.Summary) string {
	return textfold.Haystack(strings.Join([]string{
		s.Title(), s.Date.String(), conference.FormatDate(s.Date, string(m.tr.Lang())),
		m.kindLabel(s.Kind), m.statusLabel(s.Status),
	}, " "))
}

// askDelete asks before deleting the selected conference, once it knows
// what goes with it (askPlainDelete).
func (m *Model) askDelete() tea.Cmd {
	s, ok := m.Selected()
	if !ok {
		return nil
	}
	check := m.checkExported(s)
	return func() tea.Msg { return plainDeleteMsg{check().(checkedMsg)} }
}

// plainDeleteMsg carries what goes with a conference deleted with d.
type plainDeleteMsg struct{ checkedMsg }

// askPlainDelete asks whether to delete a conference, naming what goes
// with it.
func (m *Model) askPlainDelete(msg checkedMsg) {
	s := msg.conf
	m.deleting = s
	title := s.Title()
	if title == "" {
		title = m.tr.T("tui.ws.untitled")
	}
	m.confirm = widget.NewConfirm(m.tr, m.st, m.deleteTitle("tui.home.delete.title"),
		m.tr.T("tui.home.delete.body", title, conference.FormatDate(s.Date, string(m.tr.Lang())))+"\n\n"+m.whatGoes(msg))
	m.offerArchive(func() { m.askPlainDelete(msg) })
}

func (m *Model) answerDelete(k tea.KeyPressMsg) tea.Cmd {
	if cmd, used := m.archiveAnswer(k); used {
		return cmd
	}
	switch m.confirm.Update(k) {
	case widget.Yes:
		m.confirm = nil
		if yes := m.onYes; yes != nil {
			m.onYes = nil
			return yes()
		}
		repo, id := m.repo, m.deleting.ID
		return func() tea.Msg { return deletedMsg{err: repo.Delete(id)} }
	case widget.No:
		m.confirm, m.onYes = nil, nil
	}
	return nil
}

// click selects the row clicked; a click on the selected row opens it.
func (m *Model) click(msg tea.MouseClickMsg) tea.Cmd {
	if m.confirm != nil {
		return nil
	}
	mouse := msg.Mouse()
	top := m.listTop()
	i, ok := m.list.RowAt(mouse.Y - top)
	if !ok {
		return nil
	}
	if i == m.list.Cursor() {
		s := m.all[m.shown[i]]
		return func() tea.Msg { return OpenMsg{ID: s.ID} }
	}
	m.list.SetCursor(i)
	return nil
}

// SetError shows a failure (e.g. a conference that could not be opened).
func (m *Model) SetError(msg string) { m.err = msg }

// Shown returns the conferences listed, in order.
func (m *Model) Shown() []conference.Summary {
	out := make([]conference.Summary, len(m.shown))
	for i, j := range m.shown {
		out[i] = m.all[j]
	}
	return out
}
