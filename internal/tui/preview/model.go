// Package preview is the export screen of the terminal app: the minutes of
// one conference rendered as they will read, the document (full,
// pseudonymised, one institution's tasks, and the documents beyond the
// room: a notice, the family letter, the child's page, the reporter's
// feedback), for whom and in which language, and a key that writes the
// Markdown file into a folder and records its hash in the conference's
// audit log, as `kofa export` does.
package preview

import (
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/directory"
	"kofa/internal/export"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/markdown"
	"kofa/internal/tui/widget"
)

// Repository is what the preview needs of the store: the conference, and
// a save that records the export in the audit log.
type Repository interface {
	Get(id conference.ID) (*conference.Conference, error)
	Save(c *conference.Conference, changes ...conference.Change) error
}

// Messages the preview and the screens that open it send to the root.
type (
	// OpenMsg asks to open the export preview of a conference.
	OpenMsg struct{ ID conference.ID }
	// CloseMsg asks the root to close the preview and show what was
	// there before.
	CloseMsg struct{}
)

// Config is what the preview needs.
type Config struct {
	Repo      Repository
	Msgs      *i18n.Messages
	Styles    *theme.Styles
	Catalogue *catalogue.Catalogue
	Now       func() time.Time
	// ID names the conference to load from Repo, unless Load is given.
	ID conference.ID
	// Load reads the conference to export instead, off the event loop:
	// the open workspace's snapshot, which is what the minutes show and
	// what the export saves with its audit entry.
	Load func() (*conference.Conference, error)
	// Dir is the folder offered for the file; "" means the user's
	// Documents folder, or home if there is none.
	Dir string
	// Contacts reads the partner directory off the event loop: the
	// documents beyond the room give the contact person's phone and
	// e-mail from it. Nil: without them.
	Contacts func() ([]directory.Entry, error)
}

var nextID atomic.Uint64

// Model is the export preview.
type Model struct {
	id     uint64
	repo   Repository
	tr     *i18n.Messages
	st     *theme.Styles
	cata   *catalogue.Catalogue
	now    func() time.Time
	keys   KeyMap
	layout layout.Layout

	confID    conference.ID
	loadFn    func() (*conference.Conference, error) // Config.Load
	conf      *conference.Conference                 // nil until loaded; never changed, so commands may read it
	loadErr   string
	contacts  []directory.Entry                 // the partner directory, read with the conference
	contactFn func() ([]directory.Entry, error) // Config.Contacts

	variant string
	lang    i18n.Lang
	whom    []recipient // whom the current document can be for (recipient.go)
	who     int

	// gen counts render requests, so a rendering that was overtaken by
	// another choice (or width) is dropped when it arrives.
	gen       int
	rendering bool
	shown     bool
	view      viewport.Model   // the scroll position over lines
	lines     []string         // the rendered minutes
	md        *markdown.Styles // the looks the minutes are drawn in
	mdVersion uint64           // the version of st they come from

	dir     string // the folder the file goes to; "" until known
	folder  *widget.Field
	editing bool
	confirm *widget.Confirm
	writing bool
	notice  notice // the written path or what went wrong
}

// New returns the preview; Init loads what it needs.
func New(cfg Config) *Model {
	m := &Model{
		id: nextID.Add(1), repo: cfg.Repo, tr: cfg.Msgs, st: cfg.Styles,
		cata: cfg.Catalogue, now: cfg.Now, keys: DefaultKeyMap(cfg.Msgs), confID: cfg.ID, loadFn: cfg.Load,
		contactFn: cfg.Contacts,
		variant:   export.VariantFull, lang: cfg.Msgs.Lang(), dir: cfg.Dir,
	}
	if m.cata == nil {
		m.cata = catalogue.Builtin()
	}
	if m.now == nil {
		m.now = time.Now
	}
	m.view = viewport.New()
	m.view.KeyMap = m.keys.View
	m.folder = widget.NewField(cfg.Msgs, cfg.Styles, cfg.Msgs.T("preview.folder"))
	return m
}

// Init loads the conference (unless given) and finds the default folder.
func (m *Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	switch {
	case m.conf == nil:
		cmds = append(cmds, m.load())
	case !m.rendering: // SetLayout may have started it
		cmds = append(cmds, m.render())
	}
	if m.dir == "" {
		cmds = append(cmds, m.findFolder())
	}
	return tea.Batch(cmds...)
}

// loadedMsg carries the conference read from the store, and the partner
// directory.
type loadedMsg struct {
	pv       uint64
	conf     *conference.Conference
	contacts []directory.Entry
	err      error
}

func (m *Model) load() tea.Cmd {
	repo, id, pv, load, contactFn := m.repo, m.confID, m.id, m.loadFn, m.contactFn
	return func() tea.Msg {
		var msg loadedMsg
		if load != nil {
			msg.conf, msg.err = load()
		} else {
			msg.conf, msg.err = repo.Get(id)
		}
		if contactFn != nil && msg.err == nil {
			// A directory that cannot be read costs the contact's phone
			// and e-mail, not the document (as kofa export).
			msg.contacts, _ = contactFn()
		}
		msg.pv = pv
		return msg
	}
}

// setConference takes c and works out whom the current document can be for.
func (m *Model) setConference(c *conference.Conference) {
	m.conf = c
	m.whom, m.who = m.recipientsOf(m.variant), 0
}

// Typing reports whether the folder field or a question has the keyboard.
func (m *Model) Typing() bool { return m.editing || m.confirm != nil }

// SetLayout sizes the preview; a new width renders the minutes again.
func (m *Model) SetLayout(l layout.Layout) tea.Cmd {
	old := m.layout.Width
	m.layout = l
	m.view.SetWidth(max(0, l.Width))
	m.view.SetHeight(m.bodyHeight())
	if l.Width != old && m.conf != nil && l.Mode != layout.TooSmall {
		return m.render()
	}
	return nil
}

// Restyle renders the minutes again when the styles were rebuilt (the
// terminal told its background), so they read on it.
func (m *Model) Restyle() tea.Cmd {
	if m.conf == nil || m.md == nil || m.mdVersion == m.st.Version() {
		return nil
	}
	return m.render()
}

// Wants reports whether msg is for the preview: its own results, and the
// mouse and pastes while it shows.
func (m *Model) Wants(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case loadedMsg:
		return msg.pv == m.id
	case renderedMsg:
		return msg.pv == m.id
	case writtenMsg:
		return msg.pv == m.id
	case folderMsg:
		return msg.pv == m.id
	case tea.MouseMsg, tea.PasteMsg:
		return true
	}
	return false
}

// KeyMap returns the keys that apply now, for help.
func (m *Model) KeyMap() help.KeyMap {
	if m.confirm != nil {
		return m.confirm.KeyMap()
	}
	return m.activeKeys()
}

func (m *Model) activeKeys() KeyMap {
	return m.keys.active(state{
		editing: m.editing, ready: m.conf != nil, shown: m.shown, busy: m.writing,
		multiWhom: len(m.whom) > 1, forSomeone: len(m.whom) > 0,
	})
}

// Update handles a message routed to the preview.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.err != nil {
			m.loadErr = m.tr.T("preview.load_failed", msg.err.Error())
			return nil
		}
		m.contacts = msg.contacts
		m.setConference(msg.conf)
		return m.render()
	case folderMsg:
		if m.dir == "" {
			m.dir = msg.dir
		}
		return nil
	case renderedMsg:
		m.rendered(msg)
		return nil
	case writtenMsg:
		return m.written(msg)
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.PasteMsg:
		if m.editing {
			cmd, _ := m.folder.Update(msg)
			return cmd
		}
	case tea.MouseWheelMsg:
		if m.shown && !m.Typing() {
			var cmd tea.Cmd
			m.view, cmd = m.view.Update(msg)
			return cmd
		}
	}
	return nil
}

func (m *Model) key(k tea.KeyPressMsg) tea.Cmd {
	if m.confirm != nil {
		return m.answerOverwrite(k)
	}
	km := m.activeKeys()
	if m.editing {
		switch {
		case key.Matches(k, km.Accept):
			m.editing = false
			m.folder.Blur()
			if v := strings.TrimSpace(m.folder.Value()); v != "" {
				m.dir = v
			}
			return nil
		case key.Matches(k, km.Cancel):
			m.editing = false
			m.folder.Blur()
			return nil
		}
		cmd, _ := m.folder.Update(k)
		return cmd
	}
	switch {
	case key.Matches(k, km.Back):
		return func() tea.Msg { return CloseMsg{} }
	case key.Matches(k, km.Variant):
		m.nextVariant()
		return m.render()
	case key.Matches(k, km.Lang):
		m.lang = otherLang(m.lang)
		m.relabel()
		return m.render()
	case key.Matches(k, km.Whom):
		m.who = (m.who + 1) % len(m.whom)
		return m.render()
	case key.Matches(k, km.Folder):
		m.editing = true
		m.folder.SetValue(m.dir)
		return m.folder.Focus()
	case key.Matches(k, km.Write):
		return m.write(false)
	case key.Matches(k, km.Top):
		m.view.GotoTop()
		return nil
	case key.Matches(k, km.Bottom):
		m.view.GotoBottom()
		return nil
	case m.shown:
		var cmd tea.Cmd
		m.view, cmd = m.view.Update(k)
		return cmd
	}
	return nil
}

// nextVariant moves on to the next document of conference.MinutesVariants
// that can be made here: one that is for someone is left out when there is
// nobody it can be for (no institution with actions of its own for the
// task list, no child for the child's page, no reporter owed feedback).
func (m *Model) nextVariant() {
	vs := conference.MinutesVariants
	at := slices.Index(vs, m.variant)
	for step := 1; step <= len(vs); step++ {
		v := vs[(at+step)%len(vs)]
		whom := m.recipientsOf(v)
		if export.TakesRecipient(v) && len(whom) == 0 {
			continue
		}
		m.variant, m.whom, m.who = v, whom, 0
		return
	}
}

// relabel names the recipients in the document's language, keeping the
// one chosen.
func (m *Model) relabel() {
	m.whom = m.recipientsOf(m.variant)
	m.who = min(m.who, max(0, len(m.whom)-1))
}

func otherLang(l i18n.Lang) i18n.Lang {
	if l == i18n.DE {
		return i18n.EN
	}
	return i18n.DE
}

// options are the export options of the current choice.
func (m *Model) options(at time.Time) export.Options {
	opt := export.Options{Lang: m.lang, Variant: m.variant, ExportedAt: at, Catalogue: m.cata, Contacts: m.contacts}
	if r, ok := m.recipient(); ok {
		opt.For = r.value
	}
	return opt
}
