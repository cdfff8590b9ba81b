// Package partners is the partner directory screen: the people and
// institutions of the network, filtered as the facilitator types
// (umlaut-aware: "muller" finds "Müller"), corrected in a form whose every
// change is saved as soon as a field is left, added, and deleted after a
// question.
package partners

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/store"
	"kofa/internal/textfold"
	"kofa/internal/theme"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/widget"
)

// Repository is what the screen needs of the store.
type Repository interface {
	Directory() ([]store.DirectoryEntry, error)
	SaveDirectoryEntry(e *store.DirectoryEntry) error
	DeleteDirectoryEntry(id string) error
}

// CloseMsg asks the root to go back to the home screen.
type CloseMsg struct{}

// loadedMsg carries the directory as stored; select is the entry to put
// the cursor on ("" keeps it where it is).
type loadedMsg struct {
	entries []store.DirectoryEntry
	sel     string
	err     error
}

// savedMsg reports the save of form number form: entry as it was sent
// (with the ID the store gave a new one) or why it was refused.
type savedMsg struct {
	form  int
	entry store.DirectoryEntry
	err   error
}

// deletedMsg reports the deletion of an entry.
type deletedMsg struct {
	entry store.DirectoryEntry
	err   error
}

// zone is the part of the screen that has the keyboard.
type zone int

const (
	zoneList zone = iota // the entries; what is typed filters them
	zoneForm             // editing or adding an entry
)

// Config is what the screen needs.
type Config struct {
	Repo   Repository
	Msgs   *i18n.Messages
	Styles *theme.Styles
}

// Model is the partner directory screen.
type Model struct {
	repo   Repository
	tr     *i18n.Messages
	st     *theme.Styles
	keys   KeyMap
	layout layout.Layout

	all    []store.DirectoryEntry
	hay    []string // the searchable text of each entry (textfold.Haystack)
	shown  []int    // indexes into all, in order
	list   *widget.List
	filter *widget.Field
	zone   zone
	form   entryForm

	confirm  *widget.Confirm
	deleting store.DirectoryEntry

	loaded bool
	err    string
	notice string
}

// New returns the screen; Init loads the directory.
func New(cfg Config) *Model {
	m := &Model{repo: cfg.Repo, tr: cfg.Msgs, st: cfg.Styles}
	m.form = newEntryForm(cfg.Msgs, cfg.Styles)
	m.keys = DefaultKeyMap(cfg.Msgs, m.form.form.KeyMap())
	m.list = widget.NewList(m.keys.List)
	m.filter = widget.NewField(cfg.Msgs, cfg.Styles, cfg.Msgs.T("tuipartners.filter"))
	m.filter.SetPlaceholder(cfg.Msgs.T("tuipartners.filter.hint"))
	return m
}

// Init focuses the filter and loads the directory.
func (m *Model) Init() tea.Cmd { return tea.Batch(m.filter.Focus(), m.load("")) }

// SetLayout sizes the screen.
func (m *Model) SetLayout(l layout.Layout) { m.layout = l }

// Typing reports whether the form has the keyboard. In the list, letters
// go to the filter, and "?" still opens the help.
func (m *Model) Typing() bool { return m.zone == zoneForm }

// KeyMap returns the keys that apply now, for help.
func (m *Model) KeyMap() help.KeyMap { return m.activeKeys() }

func (m *Model) activeKeys() KeyMap {
	return m.keys.active(m.zone, m.confirm != nil, len(m.shown) > 0, m.filter.Text() != "", m.form.failed != "")
}

// Entries returns the entries shown, in order.
func (m *Model) Entries() []store.DirectoryEntry {
	out := make([]store.DirectoryEntry, len(m.shown))
	for i, j := range m.shown {
		out[i] = m.all[j]
	}
	return out
}

// Selected returns the selected entry, if any.
func (m *Model) Selected() (store.DirectoryEntry, bool) {
	if len(m.shown) == 0 {
		return store.DirectoryEntry{}, false
	}
	return m.all[m.shown[min(m.list.Cursor(), len(m.shown)-1)]], true
}

func (m *Model) load(sel string) tea.Cmd {
	repo := m.repo
	return func() tea.Msg {
		entries, err := repo.Directory()
		return loadedMsg{entries: entries, sel: sel, err: err}
	}
}

// Update handles a message routed to the screen.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case loadedMsg:
		m.loaded = true
		if msg.err != nil {
			m.err = m.tr.T("tuipartners.load_failed", msg.err.Error())
			return nil
		}
		m.setEntries(msg.entries, msg.sel)
		return nil
	case savedMsg:
		return m.saved(msg)
	case deletedMsg:
		if msg.err != nil {
			m.err = m.tr.T("tuipartners.delete_failed", msg.err.Error())
			return nil
		}
		m.notice = m.tr.T("tuipartners.deleted", msg.entry.Name)
		return m.load("")
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.PasteMsg:
		return m.typeInto(msg)
	case tea.MouseClickMsg:
		if m.zone == zoneList && m.confirm == nil {
			if i, ok := m.list.RowAt(msg.Mouse().Y - m.listTop()); ok {
				m.list.SetCursor(i)
			}
		}
	}
	return nil
}

// setEntries takes the directory as loaded and filters it again, keeping
// the cursor on the entry sel (or the one selected before).
func (m *Model) setEntries(entries []store.DirectoryEntry, sel string) {
	if sel == "" {
		if e, ok := m.Selected(); ok {
			sel = e.ID
		}
	}
	m.all = entries
	m.hay = make([]string, len(entries))
	for i, e := range entries {
		m.hay[i] = textfold.Haystack(strings.Join([]string{e.Name, e.Institution, e.Discipline, e.Phone, e.Email}, "\n"))
	}
	m.refilter()
	for i, j := range m.shown {
		if m.all[j].ID == sel {
			m.list.SetCursor(i)
		}
	}
}

// refilter keeps the entries holding every word of the filter in any of
// their fields, ignoring case, accents and umlaut spelling.
func (m *Model) refilter() {
	var terms []textfold.Folded
	for _, w := range strings.Fields(m.filter.Value()) {
		if f := textfold.Fold(w); !f.Empty() {
			terms = append(terms, f)
		}
	}
	m.shown = m.shown[:0]
	for i := range m.all {
		ok := true
		for _, t := range terms {
			if !t.In(m.hay[i]) {
				ok = false
				break
			}
		}
		if ok {
			m.shown = append(m.shown, i)
		}
	}
	m.list.SetLen(len(m.shown))
}

func (m *Model) key(k tea.KeyPressMsg) tea.Cmd {
	if m.confirm != nil {
		return m.answerDelete(k)
	}
	m.err, m.notice = "", ""
	if m.zone == zoneForm {
		return m.formKey(k)
	}
	if m.list.Update(k) {
		return nil
	}
	km := m.activeKeys()
	switch {
	case key.Matches(k, km.ClearFilter):
		m.filter.SetValue("")
		m.refilter()
		return nil
	case key.Matches(k, km.Back):
		return func() tea.Msg { return CloseMsg{} }
	case key.Matches(k, km.Edit):
		if e, ok := m.Selected(); ok {
			return m.openForm(e)
		}
		return nil
	case key.Matches(k, km.New):
		return m.openForm(store.DirectoryEntry{})
	case key.Matches(k, km.Delete):
		m.askDelete()
		return nil
	}
	return m.typeInto(k) // anything else is typed into the filter
}

// typeInto gives a key or paste to the filter or the form.
func (m *Model) typeInto(msg tea.Msg) tea.Cmd {
	if m.confirm != nil {
		return nil
	}
	if m.zone == zoneForm {
		return m.formUpdate(msg)
	}
	cmd, changed := m.filter.Update(msg)
	if changed {
		m.refilter()
	}
	return cmd
}

// askDelete asks before deleting the selected entry.
func (m *Model) askDelete() {
	e, ok := m.Selected()
	if !ok {
		return
	}
	m.deleting = e
	m.confirm = widget.NewConfirm(m.tr, m.st, m.tr.T("tuipartners.delete.title"),
		m.tr.T("tuipartners.delete.body", m.describe(e)))
}

func (m *Model) answerDelete(k tea.KeyPressMsg) tea.Cmd {
	switch m.confirm.Update(k) {
	case widget.Yes:
		m.confirm = nil
		repo, e := m.repo, m.deleting
		return func() tea.Msg { return deletedMsg{entry: e, err: repo.DeleteDirectoryEntry(e.ID)} }
	case widget.No:
		m.confirm = nil
	}
	return nil
}

// describe is "Name (Institution)", or the name alone.
func (m *Model) describe(e store.DirectoryEntry) string {
	return conference.WithInstitution(e.Name, e.Institution)
}
