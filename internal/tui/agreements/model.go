// Package agreements is the register's own screen: every cooperation
// agreement between the institutions (partners, subject, contact person
// per partner, signed on, review by, status), reviews due first, made,
// corrected and reviewed with the list network meetings use
// (internal/tui/cooperation), and deleted after a question, since that
// cannot be undone. Every change is written to the store: at once when a
// field is left, something is added or reviewed, after a short pause
// while text is typed.
package agreements

import (
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/clock"
	"kofa/internal/tui/cooperation"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// Repository is what the screen needs of the store.
type Repository interface {
	Agreements() ([]conference.CooperationAgreement, error)
	SaveAgreement(a *conference.CooperationAgreement) error
	DeleteAgreement(id string) error
}

// Config is what the screen needs.
type Config struct {
	Repo   Repository
	Msgs   *i18n.Messages
	Styles *theme.Styles
	Clock  clock.Clock
}

// CloseMsg asks the root to go back to the home screen; it is sent once
// every change is written.
type CloseMsg struct{}

type loadedMsg struct {
	list []conference.CooperationAgreement
	err  error
}

// savedMsg reports the write of one agreement.
type savedMsg struct {
	id  string
	err error
}

type deletedMsg struct {
	a   conference.CooperationAgreement
	err error
}

// pauseMsg ends a typing pause: what was typed is written when no key
// came since (seq).
type pauseMsg struct {
	screen *Model
	seq    int
}

// typingPause is how long typing rests before it is written.
const typingPause = 300 * time.Millisecond

// Model is the register's screen.
type Model struct {
	repo   Repository
	tr     *i18n.Messages
	st     *theme.Styles
	clock  clock.Clock
	keys   KeyMap
	layout layout.Layout

	ctx  *phase.Context
	book *book
	list *cooperation.List

	confirm  *widget.Confirm
	deleting conference.CooperationAgreement

	// dirty are the agreements changed and not yet written; writing the
	// ones being written (in flight, by ID).
	dirty, writing map[string]bool
	seq            int
	closing        bool
	// dropDraft: esc was pressed once with a new agreement that cannot
	// be saved; the second esc leaves it.
	dropDraft bool

	loaded bool
	err    string
}

// book is the register as the screen holds it: every agreement, in the
// register's order.
type book struct {
	items []conference.CooperationAgreement
	m     *Model
}

func (b *book) Agreements() []conference.CooperationAgreement { return b.items }

func (b *book) Put(a conference.CooperationAgreement) {
	if i := slices.IndexFunc(b.items, func(x conference.CooperationAgreement) bool { return x.ID == a.ID }); i >= 0 {
		b.items[i] = a.Copy()
	} else {
		b.items = append(b.items, a.Copy())
	}
	slices.SortFunc(b.items, conference.CompareAgreements)
	b.m.dirty[a.ID] = true
}

// New returns the screen; Init loads the register.
func New(cfg Config) *Model {
	m := &Model{repo: cfg.Repo, tr: cfg.Msgs, st: cfg.Styles, clock: cfg.Clock, keys: defaultKeyMap(cfg.Msgs),
		dirty: map[string]bool{}, writing: map[string]bool{}}
	// The list works in a context of its own: the changes it records
	// name the agreements to write; no conference is behind it.
	m.ctx = &phase.Context{
		Conf: &conference.Conference{}, Msgs: cfg.Msgs, Catalogue: catalogue.Builtin(), Styles: cfg.Styles,
		Now: cfg.Clock.Now, Lang: cfg.Msgs.Lang(),
	}
	m.book = &book{m: m}
	m.list = cooperation.New(m.ctx, cooperation.Options{
		Book:   m.book,
		Remove: m.askDelete,
	})
	return m
}

// Init loads the register.
func (m *Model) Init() tea.Cmd {
	repo := m.repo
	return func() tea.Msg {
		list, err := repo.Agreements()
		return loadedMsg{list: list, err: err}
	}
}

// SetLayout sizes the screen.
func (m *Model) SetLayout(l layout.Layout) { m.layout = l }

// Typing reports whether a form has the keyboard.
func (m *Model) Typing() bool { return m.list.Typing() }

// KeyMap returns the keys that act now.
func (m *Model) KeyMap() help.KeyMap {
	if m.confirm != nil {
		return m.confirm.KeyMap()
	}
	inner := m.list.KeyMap()
	k := m.keys
	k.Back.SetEnabled(!m.Typing())
	return listform.Help{
		Short: append(inner.ShortHelp(), k.Back),
		Full:  append(inner.FullHelp(), []key.Binding{k.Back}),
	}
}

// Update handles a message routed to the screen.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case loadedMsg:
		m.loaded = true
		if msg.err != nil {
			m.err = m.tr.T("tuiagreements.load_failed", msg.err.Error())
			return nil
		}
		m.book.items = msg.list
		return m.list.Enter()
	case savedMsg:
		return m.saved(msg)
	case deletedMsg:
		return m.deleted(msg)
	case pauseMsg:
		if msg.screen != m || msg.seq != m.seq {
			return nil
		}
		return m.write()
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.PasteMsg, tea.MouseClickMsg:
		if m.confirm == nil {
			_, cmd := m.list.Update(msg)
			return tea.Batch(cmd, m.recorded())
		}
	}
	return nil
}

func (m *Model) key(k tea.KeyPressMsg) tea.Cmd {
	if m.confirm != nil {
		return m.answer(k)
	}
	if !m.Typing() && key.Matches(k, m.keys.Back) {
		return m.close()
	}
	m.dropDraft = false
	if !m.loaded {
		return nil
	}
	m.err = ""
	_, cmd := m.list.Update(k)
	return tea.Batch(cmd, m.recorded())
}

// recorded writes what the list just changed: at once when a change asks
// for it, after the typing pause else.
func (m *Model) recorded() tea.Cmd {
	now := false
	taken := m.ctx.TakeRecorded()
	for _, r := range taken {
		now = now || r.Immediate
	}
	switch {
	case len(taken) == 0 || len(m.dirty) == 0:
		return nil
	case now:
		return m.write()
	}
	m.seq++
	seq := m.seq
	return m.clock.After(typingPause, pauseMsg{screen: m, seq: seq})
}

// write writes every agreement changed since, one command each.
func (m *Model) write() tea.Cmd {
	var cmds []tea.Cmd
	for id := range m.dirty {
		i := slices.IndexFunc(m.book.items, func(a conference.CooperationAgreement) bool { return a.ID == id })
		delete(m.dirty, id)
		if i < 0 {
			continue
		}
		a := m.book.items[i].Copy()
		m.writing[id] = true
		repo := m.repo
		cmds = append(cmds, func() tea.Msg { return savedMsg{id: a.ID, err: repo.SaveAgreement(&a)} })
	}
	return tea.Batch(cmds...)
}

// saved notes a write; a failed one stays to be written again, and a line
// says so. Once everything is written, a close asked for goes ahead.
func (m *Model) saved(msg savedMsg) tea.Cmd {
	delete(m.writing, msg.id)
	if msg.err != nil {
		m.dirty[msg.id] = true
		m.closing = false
		m.err = m.tr.T("tuiagreements.save_failed", msg.err.Error())
		return nil
	}
	return m.closeIfWritten()
}

// close leaves the screen once everything typed is written. A new
// agreement typed and not submitted is saved with it; one that cannot be
// (it has no subject) keeps the screen open once, saying so.
func (m *Model) close() tea.Cmd {
	m.list.Leave()
	if m.list.Draft() && !m.list.AddDraft() && !m.dropDraft {
		m.dropDraft = true
		m.err = m.tr.T("tuiagreements.draft_unsaved")
		return nil
	}
	m.ctx.TakeRecorded()
	m.closing = true
	return tea.Batch(m.write(), m.closeIfWritten())
}

func (m *Model) closeIfWritten() tea.Cmd {
	if !m.closing || len(m.dirty) > 0 || len(m.writing) > 0 {
		return nil
	}
	m.closing = false
	return func() tea.Msg { return CloseMsg{} }
}

// askDelete asks before an agreement is deleted: that cannot be undone.
// The list removes nothing itself.
func (m *Model) askDelete(id string) bool {
	i := slices.IndexFunc(m.book.items, func(a conference.CooperationAgreement) bool { return a.ID == id })
	if i < 0 {
		return false
	}
	m.deleting = m.book.items[i].Copy()
	m.confirm = widget.NewConfirm(m.tr, m.st, m.tr.T("tuiagreements.delete.title"),
		m.tr.T("tuiagreements.delete.body", strings.TrimSpace(m.deleting.Subject)))
	return false
}

func (m *Model) answer(k tea.KeyPressMsg) tea.Cmd {
	switch m.confirm.Update(k) {
	case widget.Yes:
		m.confirm = nil
		a, repo := m.deleting, m.repo
		return func() tea.Msg { return deletedMsg{a: a, err: repo.DeleteAgreement(a.ID)} }
	case widget.No:
		m.confirm = nil
	}
	return nil
}

// deleted takes a deleted agreement off the list.
func (m *Model) deleted(msg deletedMsg) tea.Cmd {
	if msg.err != nil {
		m.err = m.tr.T("tuiagreements.delete_failed", msg.err.Error())
		return nil
	}
	m.book.items = slices.DeleteFunc(m.book.items, func(a conference.CooperationAgreement) bool { return a.ID == msg.a.ID })
	delete(m.dirty, msg.a.ID)
	m.list.SetNotice(m.tr.T("tuiagreements.deleted", msg.a.Subject))
	return m.list.Enter()
}

// Wants reports whether msg is the screen's own though it comes without
// an address (a timer of a fake clock in tests).
func (m *Model) Wants(msg tea.Msg) bool {
	p, ok := msg.(pauseMsg)
	return ok && p.screen == m
}
