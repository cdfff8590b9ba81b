// Package workspace is the conference workspace: the shell around the
// phase editors with the always-visible header (title, phase, timers), the
// phase sidebar or strip, the save indicator and the short help line, and
// the keys that work in every phase (phase navigation, extend, skip, park,
// projector). It owns the save pipeline of the open conference.
package workspace

import (
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/directory"
	"kofa/internal/i18n"
	"kofa/internal/store"
	"kofa/internal/theme"
	"kofa/internal/tui/clock"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/saver"
)

// TimerSaveEvery is how often the running clock is committed, so that a
// crash loses at most this much of the elapsed time.
const TimerSaveEvery = 30 * time.Second

// ExtendBy is what one press of the extend key adds to the time box.
const ExtendBy = 5 * time.Minute

// Config is what a workspace needs.
type Config struct {
	Conf      *conference.Conference
	Store     saver.Store
	Msgs      *i18n.Messages
	Catalogue *catalogue.Catalogue
	Styles    *theme.Styles
	Clock     clock.Clock
	// Editors overrides the phase editors (tests); nil means the defaults.
	Editors map[conference.PhaseID]phase.Factory
	// Created marks a conference that was just created and is not in the
	// store yet: it is saved at once.
	Created bool
	// Demo marks a rehearsal on a throwaway store.
	Demo bool
	// Directory loads the partner directory for the editors' suggestions
	// (nil: none). It runs once, as a command, when the workspace opens.
	Directory func() ([]directory.Entry, error)
	// KeyboardPerson loads, and SetKeyboardPerson remembers, the person at
	// the keyboard of the store (nil: not remembered); see keyboard.go.
	KeyboardPerson    func() (directory.Entry, bool, error)
	SetKeyboardPerson func(directory.Entry) error
	// Show is the phase to show first (where a search found something);
	// "" or a phase that does not apply: the current one. A running
	// conference goes there, one in preparation stays (hit.go).
	Show conference.PhaseID
	// Agreements loads the register of cooperation agreements for a
	// network meeting (nil: none). It runs once, as a command, when the
	// workspace opens a network meeting.
	Agreements func() ([]conference.CooperationAgreement, error)
}

// CloseMsg asks the root to go back to the home screen; it is sent once
// everything is saved after esc.
type CloseMsg struct{}

// tickMsg drives the timers once a second.
type tickMsg struct{ ws uint64 }

var nextID atomic.Uint64

// Model is the workspace of one open conference.
type Model struct {
	id        uint64
	conf      *conference.Conference
	ctx       *phase.Context
	tr        *i18n.Messages
	st        *theme.Styles
	clock     clock.Clock
	saver     *saver.Saver
	keys      KeyMap
	factories map[conference.PhaseID]phase.Factory
	editors   map[conference.PhaseID]phase.Editor
	layout    layout.Layout
	memo      frameMemos

	// viewed is the phase shown while the conference is closed: a closed
	// conference is read-only, so looking at a phase must not make it
	// current (see readonly.go). While it runs, the current phase shows.
	viewed conference.PhaseID
	// hit is the phase of the search hit to go to once opened (hit.go).
	hit conference.PhaseID

	dialogs   []dialog // the open dialogs, the one on top last (dialogs.go)
	history   history  // what ctrl+z and ctrl+y take back and make again (undo.go)
	projector bool
	closing   bool   // esc was pressed: go home once saved
	notice    string // a one-line message above the footer, cleared by the next key
	lastSave  time.Time
	created   bool
	demo      bool
	loadDir   func() ([]directory.Entry, error)
	keyboard  keyboardStore
	loadAgr   func() ([]conference.CooperationAgreement, error)
	// viewsLater is set once the facilitator left the missing views'
	// reasons for later (esc in the views dialog): not asked again.
	viewsLater bool
}

// New opens the workspace on cfg.Conf. The conference's clock resumes now:
// time while kofa was closed does not count.
func New(cfg Config) *Model {
	m := &Model{
		id: nextID.Add(1), conf: cfg.Conf, tr: cfg.Msgs, st: cfg.Styles, clock: cfg.Clock,
		keys: DefaultKeyMap(cfg.Msgs), factories: cfg.Editors, editors: map[conference.PhaseID]phase.Editor{},
		created: cfg.Created, demo: cfg.Demo, loadDir: cfg.Directory, loadAgr: cfg.Agreements, viewed: cfg.Conf.CurrentPhase,
		keyboard: keyboardStore{load: cfg.KeyboardPerson, save: cfg.SetKeyboardPerson},
	}
	if m.factories == nil {
		m.factories = defaultEditors()
	}
	if cfg.Show != "" && cfg.Conf.PhaseApplies(cfg.Show) {
		m.viewed = cfg.Show // shown only while closed (readonly.go)
		m.hit = cfg.Show    // gone to once open while not closed (hit.go)
	}
	m.ctx = &phase.Context{
		Conf: cfg.Conf, Msgs: cfg.Msgs, Catalogue: cfg.Catalogue, Styles: cfg.Styles,
		Now: cfg.Clock.Now, Lang: cfg.Msgs.Lang(),
	}
	m.saver = saver.New(cfg.Conf, cfg.Store, cfg.Clock)
	m.history.current, _ = m.saver.Snapshot() // what the first change starts from
	now := cfg.Clock.Now()
	m.conf.Resume(now)
	m.lastSave = now
	return m
}

// Init starts the timer and, for a new conference, its first save.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{m.clock.After(time.Second, tickMsg{ws: m.id}), m.enter(), m.openAtHit(), m.loadDirectory(), m.loadAgreements(), m.resumeDialog()}
	if m.created {
		cmds = append(cmds, m.commit(true, conference.Change{Op: conference.OpCreate, Path: "conference"}))
	}
	return tea.Batch(cmds...)
}

// Conference returns the open conference.
func (m *Model) Conference() *conference.Conference { return m.conf }

// SaveState reports what the save indicator shows.
func (m *Model) SaveState() saver.State { return m.saver.State() }

// SaveBusy reports whether a commit is in flight.
func (m *Model) SaveBusy() bool { return m.saver.Busy() }

// SaveErr returns the error of the last failed commit, if the state is
// Failed.
func (m *Model) SaveErr() error { return m.saver.Err() }

// Flush commits anything not yet saved now, including the field the
// editor has focus in (it is left, as when the phase changes).
func (m *Model) Flush() tea.Cmd {
	leave := m.send(phase.LeaveMsg{}) // records the field left
	m.conf.Tick(m.clock.Now())
	var save tea.Cmd
	if !m.readOnly() { // a closed conference's clock stands still
		// a reason typed in the views dialog, the time just ticked
		if changes := m.dialogChanges(); len(changes) > 0 {
			save = m.commit(true, changes...)
		} else {
			save = m.saver.Change(true)
		}
	}
	return tea.Batch(leave, save, m.saver.Flush())
}

// Snapshot encodes the conference as it is now, for a reader off the
// event loop (the export preview); it shares no memory with it.
func (m *Model) Snapshot() (*store.Encoded, error) { return m.saver.Snapshot() }

// SaveNow commits synchronously; only for after the event loop stopped.
func (m *Model) SaveNow() error { return m.saver.SaveNow() }

// Typing reports whether a text field (of the editor or a dialog) has focus.
// An editor that takes no keys (a closed conference) types nothing.
func (m *Model) Typing() bool {
	if d := m.dialog(); d != nil {
		return d.Typing()
	}
	if m.projector || !m.editable() {
		return false
	}
	return m.editor().Typing()
}

// SetLayout sizes the workspace and its current editor.
func (m *Model) SetLayout(l layout.Layout) tea.Cmd {
	m.layout = l
	return m.send(phase.SizeMsg{Width: l.Main.W, Height: m.editorHeight()})
}

// editorHeight is the main area minus the notice line when one shows.
func (m *Model) editorHeight() int { return max(0, m.layout.Main.H-1) }

// editor returns the editor of the phase shown, creating it on first use.
func (m *Model) editor() phase.Editor {
	id := m.shown()
	if e, ok := m.editors[id]; ok {
		return e
	}
	var e phase.Editor
	if f, ok := m.factories[id]; ok {
		e = f(m.ctx)
	} else {
		e = newPlaceholder(m.ctx)
	}
	m.editors[id] = e
	return e
}

// send gives msg to the editor of the phase shown and commits the changes
// it recorded meanwhile. When the message closes or reopens the conference
// (the closing editor does both), the phase on screen stays: it is what is
// viewed once closed, and it is current again once reopened.
func (m *Model) send(msg tea.Msg) tea.Cmd {
	id, closed := m.shown(), m.readOnly()
	e, cmd := m.editor().Update(msg)
	m.editors[id] = e
	switch {
	case !closed && m.readOnly():
		m.viewed = id
	case closed && !m.readOnly():
		m.conf.GoTo(id, m.clock.Now())
	}
	return tea.Batch(cmd, m.takeRecorded())
}

// takeRecorded commits what the editor recorded in the message it was
// just given: at once when any change asked for it, else after the typing
// pause. Nothing changes a closed conference but closing it: an editor
// shown and left there may still record the value it already had.
func (m *Model) takeRecorded() tea.Cmd {
	remember := m.rememberKeyboardPerson()
	recorded := m.ctx.TakeRecorded()
	if len(recorded) == 0 {
		return remember
	}
	immediate := false
	changes := make([]conference.Change, 0, len(recorded))
	for _, r := range recorded {
		// Nothing changes a closed conference but closing it, releasing
		// its minutes and recording a document given.
		if m.readOnly() && !r.Change.AllowedWhenClosed() {
			continue
		}
		changes = append(changes, r.Change)
		immediate = immediate || r.Immediate
	}
	if len(changes) == 0 {
		return remember
	}
	return tea.Batch(remember, m.commit(immediate, changes...))
}

// commit stamps the conference as changed now and hands the changes to
// the saver: at once when immediate, else after the typing pause.
func (m *Model) commit(immediate bool, changes ...conference.Change) tea.Cmd {
	m.conf.Touch(m.clock.Now())
	cmd := m.saver.Change(immediate, changes...)
	m.record(immediate, changes)
	return cmd
}

// enter tells the editor of the phase shown its size and that it is
// shown. In a closed conference it is then left at once, so that it shows
// its content with no field in focus: nothing there can be typed.
func (m *Model) enter() tea.Cmd {
	cmds := []tea.Cmd{
		m.send(phase.SizeMsg{Width: m.layout.Main.W, Height: m.editorHeight()}),
		m.send(phase.EnterMsg{}),
	}
	if !m.editable() {
		cmds = append(cmds, m.send(phase.LeaveMsg{}))
	}
	return tea.Batch(cmds...)
}

// Wants reports whether msg is one of the workspace's own messages (its
// timers, its saves), which it handles whatever shows on top of it.
func (m *Model) Wants(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case tickMsg:
		return msg.ws == m.id
	case directoryMsg:
		return msg.ws == m.id
	}
	return m.saver.Owns(msg)
}

// Update handles a message routed to the workspace.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	if cmd, ok := m.saver.Update(msg); ok {
		return tea.Batch(cmd, m.closeIfSaved())
	}
	switch msg := msg.(type) {
	case tickMsg:
		return m.tick(msg)
	case directoryMsg:
		return m.setDirectory(msg)
	case agreementsMsg:
		m.setAgreements(msg)
		return nil
	case tea.KeyPressMsg:
		m.notice = ""
		return m.key(msg)
	case tea.MouseClickMsg:
		return m.click(msg)
	}
	if m.dialog() != nil {
		return m.updateDialog(msg)
	}
	if m.projector {
		return nil
	}
	if _, paste := msg.(tea.PasteMsg); paste && !m.editable() {
		return nil
	}
	return m.send(msg)
}

// tick books the time since the last tick and commits the clock every
// TimerSaveEvery while the conference runs.
func (m *Model) tick(msg tickMsg) tea.Cmd {
	if msg.ws != m.id {
		return nil // a tick of a workspace that was closed
	}
	now := m.clock.Now()
	m.conf.Tick(now)
	next := m.clock.After(time.Second, tickMsg{ws: m.id})
	if m.conf.Status != conference.StatusRunning || now.Sub(m.lastSave) < TimerSaveEvery {
		return next
	}
	m.lastSave = now
	return tea.Batch(next, m.saver.Change(true))
}

// closeIfSaved finishes an esc once the store confirmed everything.
func (m *Model) closeIfSaved() tea.Cmd {
	if !m.closing {
		return nil
	}
	switch m.saver.State() {
	case saver.Saved:
		m.closing = false
		return func() tea.Msg { return CloseMsg{} }
	case saver.Failed:
		if !m.saver.Busy() {
			m.closing = false
			m.notice = m.tr.T("tui.ws.close_failed")
		}
	}
	return nil
}

// close leaves the workspace after saving everything (esc).
func (m *Model) close() tea.Cmd {
	leave := m.send(phase.LeaveMsg{}) // records the field left
	m.closing = true
	m.conf.Tick(m.clock.Now())
	// A closed conference has only what is still unsaved to commit.
	save := m.saver.Flush()
	if !m.readOnly() {
		save = m.saver.Change(true)
	}
	return tea.Batch(leave, save, m.closeIfSaved())
}
