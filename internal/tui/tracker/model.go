// Package tracker is the action tracker ("Wiedervorlage"): the open agreed
// actions of every conference, overdue first, filtered by owner,
// institution or overdue only, and marked done with a date and a note.
package tracker

import (
	"errors"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/store"
	"kofa/internal/theme"
	"kofa/internal/tui/clock"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/widget"
)

// Repository is what the tracker needs of the store.
type Repository interface {
	OpenActions(q store.ActionQuery) ([]store.TrackedAction, error)
	RecordActionStatus(id conference.ID, actionID string, e conference.StatusEntry, force bool) error
	// Agreements is the register of cooperation agreements, whose
	// reviews due show under the actions (reviews.go).
	Agreements() ([]conference.CooperationAgreement, error)
	// OpenDuties are the conferences' open duties besides their actions,
	// named above them (duties.go).
	OpenDuties(q store.ActionQuery) ([]store.TrackedDuty, error)
}

// Messages the tracker sends to the root.
type (
	// CloseMsg asks to go back to the home screen.
	CloseMsg struct{}
	// OpenMsg asks to open the conference an action was agreed in.
	OpenMsg struct{ ID conference.ID }
)

// loadedMsg carries the result of query number seq.
type loadedMsg struct {
	seq     int
	rows    []store.TrackedAction
	reviews []conference.CooperationAgreement
	duties  []store.TrackedDuty
	err     error
}

// markedMsg reports that an action was (or could not be) marked done.
type markedMsg struct {
	what string
	err  error
}

// zone is the part of the screen that has the keyboard.
type zone int

const (
	zoneList  zone = iota // the actions: one-letter keys
	zoneOwner             // typing into the owner filter
	zoneInst              // typing into the institution filter
	zoneForm              // marking the selected action done
)

// Config is what the tracker needs.
type Config struct {
	Repo   Repository
	Msgs   *i18n.Messages
	Styles *theme.Styles
	Clock  clock.Clock
	// Folder is where the calendar file goes (nil: the working folder).
	Folder func() string
}

// Model is the tracker screen.
type Model struct {
	repo   Repository
	tr     *i18n.Messages
	st     *theme.Styles
	clock  clock.Clock
	keys   KeyMap
	layout layout.Layout

	rows    []store.TrackedAction
	reviews []conference.CooperationAgreement // reviews of agreements due (reviews.go)
	duties  []store.TrackedDuty               // open duties (duties.go)
	list    *widget.List
	overdue bool
	owner   *widget.Field
	inst    *widget.Field
	zone    zone
	done    doneForm
	marking store.TrackedAction // the action the form is about

	seq    int // number of the latest query; older answers are dropped
	loaded bool
	err    string
	notice string

	// all shows the settled actions too; grouped puts the actions of one
	// case together (case.go).
	all, grouped bool
	// ask is the open question: a date more than a year back, or a
	// calendar file to replace; askYes is what yes does.
	ask    *widget.Confirm
	askYes func() tea.Cmd
	folder func() string
}

// New returns the tracker; Init loads the actions.
func New(cfg Config) *Model {
	m := &Model{repo: cfg.Repo, tr: cfg.Msgs, st: cfg.Styles, clock: cfg.Clock, folder: cfg.Folder}
	if m.folder == nil {
		m.folder = func() string { return "." }
	}
	m.done = newDoneForm(cfg.Msgs, cfg.Styles, m.today)
	m.keys = DefaultKeyMap(cfg.Msgs, m.done.form.KeyMap())
	m.list = widget.NewList(m.keys.List)
	m.owner = widget.NewField(cfg.Msgs, cfg.Styles, cfg.Msgs.T("tuitracker.filter.owner"))
	m.inst = widget.NewField(cfg.Msgs, cfg.Styles, cfg.Msgs.T("tuitracker.filter.institution"))
	return m
}

// Init loads the actions.
func (m *Model) Init() tea.Cmd { return m.query() }

// SetLayout sizes the screen.
func (m *Model) SetLayout(l layout.Layout) { m.layout = l }

// Typing reports whether a filter field or the form has the keyboard.
func (m *Model) Typing() bool { return m.zone != zoneList }

// KeyMap returns the keys that apply now, for help.
func (m *Model) KeyMap() help.KeyMap { return m.activeKeys() }

func (m *Model) activeKeys() KeyMap {
	return m.keys.active(m.zone, len(m.rows) > 0, m.filtered())
}

// filtered reports whether any filter is set.
func (m *Model) filtered() bool {
	return m.overdue || m.owner.Value() != "" || m.inst.Value() != ""
}

// answer takes the answer to the open question.
func (m *Model) answer(k tea.KeyPressMsg) tea.Cmd {
	switch m.ask.Update(k) {
	case widget.Yes:
		yes := m.askYes
		m.ask, m.askYes = nil, nil
		return yes()
	case widget.No:
		m.ask, m.askYes = nil, nil
	}
	return nil
}

// Rows returns the actions shown, in order.
func (m *Model) Rows() []store.TrackedAction { return m.rows }

func (m *Model) today() conference.Date { return conference.DateOf(m.clock.Now()) }

// query asks the store for the actions matching the filters. Each query
// has a number, so an answer overtaken by a newer one is dropped.
func (m *Model) query() tea.Cmd {
	m.seq++
	seq, repo := m.seq, m.repo
	q := store.ActionQuery{Overdue: m.overdue, Owner: m.owner.Value(), Institution: m.inst.Value(), Today: m.today(), All: m.all}
	return func() tea.Msg {
		rows, err := repo.OpenActions(q)
		reviews, rerr := reviewsDue(repo, q)
		duties, derr := dutiesOf(repo, q)
		return loadedMsg{seq: seq, rows: rows, reviews: reviews, duties: duties, err: errors.Join(err, rerr, derr)}
	}
}

// Update handles a message routed to the tracker.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.seq != m.seq {
			return nil
		}
		m.loaded = true
		m.err = ""
		if msg.err != nil {
			m.err = m.tr.T("tuitracker.load_failed", msg.err.Error())
		}
		m.rows, m.reviews, m.duties = msg.rows, msg.reviews, msg.duties
		if m.grouped {
			m.rows = groupByCase(m.rows)
		}
		m.list.SetLen(len(m.rows))
		return nil
	case markedMsg:
		if msg.err != nil {
			m.err = m.tr.T("tuitracker.done_failed", msg.err.Error())
			return nil
		}
		m.notice = m.tr.T("tuitracker.done_ok", msg.what)
		return m.query()
	case calendarMsg:
		m.calendarWritten(msg)
		return nil
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.PasteMsg:
		return m.typeInto(msg)
	case tea.MouseClickMsg:
		return m.click(msg)
	}
	return nil
}

func (m *Model) key(k tea.KeyPressMsg) tea.Cmd {
	if m.ask != nil {
		return m.answer(k)
	}
	m.err, m.notice = "", ""
	if m.zone == zoneForm {
		return m.formKey(k)
	}
	// In a filter field the arrows still move through the list; home and
	// end stay with the field's cursor.
	if (m.zone == zoneList || widget.Vertical(k)) && m.list.Update(k) {
		return nil
	}
	km := m.activeKeys()
	if m.zone != zoneList {
		if key.Matches(k, km.Leave) || k.String() == "enter" || k.String() == "tab" {
			m.owner.Blur()
			m.inst.Blur()
			m.zone = zoneList
			return nil
		}
		return m.typeInto(k)
	}
	switch {
	case key.Matches(k, km.Back):
		return func() tea.Msg { return CloseMsg{} }
	case key.Matches(k, km.Open):
		if a, ok := m.Selected(); ok {
			return func() tea.Msg { return OpenMsg{ID: a.ConferenceID} }
		}
	case key.Matches(k, km.Done):
		return m.openForm()
	case key.Matches(k, km.Overdue):
		m.overdue = !m.overdue
		return m.query()
	case key.Matches(k, km.Owner):
		m.zone = zoneOwner
		return m.owner.Focus()
	case key.Matches(k, km.Inst):
		m.zone = zoneInst
		return m.inst.Focus()
	case key.Matches(k, km.All):
		m.all = !m.all
		return m.query()
	case key.Matches(k, km.Group):
		m.grouped = !m.grouped
		return m.query()
	case key.Matches(k, km.Calendar):
		return m.writeCalendar(false)
	case key.Matches(k, km.ClearFilters):
		m.overdue = false
		m.owner.SetValue("")
		m.inst.SetValue("")
		return m.query()
	}
	return nil
}

// typeInto gives a key or paste to the focused filter field and queries
// again when its text changed.
func (m *Model) typeInto(msg tea.Msg) tea.Cmd {
	var f *widget.Field
	switch m.zone {
	case zoneOwner:
		f = m.owner
	case zoneInst:
		f = m.inst
	case zoneForm:
		_, cmd := m.done.form.Update(msg)
		return cmd
	default:
		return nil
	}
	cmd, changed := f.Update(msg)
	if !changed {
		return cmd
	}
	return tea.Batch(cmd, m.query())
}

// Selected returns the selected action, if any.
func (m *Model) Selected() (store.TrackedAction, bool) {
	if len(m.rows) == 0 {
		return store.TrackedAction{}, false
	}
	return m.rows[min(m.list.Cursor(), len(m.rows)-1)], true
}

// click selects the row clicked.
func (m *Model) click(msg tea.MouseClickMsg) tea.Cmd {
	if m.zone == zoneForm {
		return nil
	}
	if i, ok := m.list.RowAt(msg.Mouse().Y - m.listTop()); ok {
		m.list.SetCursor(i)
	}
	return nil
}
