package workspace

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// dialog is a small window over the main area. Dialogs stack: the one on
// top gets every key but the workspace's overlay keys (park, attendance),
// which open theirs over it; closing one shows the one under it again.
type dialog interface {
	// Update handles a message and reports whether the dialog is done.
	Update(msg tea.Msg) (tea.Cmd, bool)
	View(width, height int) string
	KeyMap() help.KeyMap
	Typing() bool
}

// dialog returns the dialog on top (nil: none is open).
func (m *Model) dialog() dialog {
	if len(m.dialogs) == 0 {
		return nil
	}
	return m.dialogs[len(m.dialogs)-1]
}

// openDialog opens d over what shows.
func (m *Model) openDialog(d dialog) { m.dialogs = append(m.dialogs, d) }

// closeDialog closes d, wherever it is in the stack.
func (m *Model) closeDialog(d dialog) {
	for i := len(m.dialogs) - 1; i >= 0; i-- {
		if m.dialogs[i] == d {
			m.dialogs = append(m.dialogs[:i], m.dialogs[i+1:]...)
			return
		}
	}
}

// dialogOf returns the open dialog of which is true, or nil.
func (m *Model) dialogOf(which func(dialog) bool) dialog {
	for i := len(m.dialogs) - 1; i >= 0; i-- {
		if which(m.dialogs[i]) {
			return m.dialogs[i]
		}
	}
	return nil
}

// updateDialog gives msg to the dialog on top and commits what it
// recorded (a draft typed into it).
func (m *Model) updateDialog(msg tea.Msg) tea.Cmd {
	d := m.dialog()
	cmd, done := d.Update(msg)
	// A dialog may change the conference through the editors' context
	// (the attendance list): its changes are committed as an editor's.
	cmds := []tea.Cmd{cmd, m.takeRecorded()}
	if done {
		m.closeDialog(d)
		if _, ok := d.(*attendanceDialog); ok {
			cmds = append(cmds, m.attendanceClosed())
		}
	}
	return tea.Batch(cmds...)
}

// formDialog is a titled form with esc to leave and enter to submit.
// What it holds is a draft, stored as it is typed (draft names it in the
// conference's drafts): esc keeps it for the next time the dialog opens,
// a restart brings the dialog back with it if it was open.
type formDialog struct {
	title  string
	form   *widget.Form
	cancel key.Binding
	submit func() (tea.Cmd, bool) // returns done=false to keep the dialog open
	draft  string
	m      *Model
}

// newFormDialog returns the dialog on form, with the stored draft put
// back into it.
func (m *Model) newFormDialog(title, draft string, form *widget.Form) *formDialog {
	if d, ok := m.ctx.Draft(draft); ok {
		form.Restore(d)
	}
	return &formDialog{title: title, form: form, cancel: m.leaveKey(), draft: draft, m: m}
}

func (d *formDialog) Update(msg tea.Msg) (tea.Cmd, bool) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, d.cancel) {
		d.keepDraft(false)
		return nil, true
	}
	ev, cmd := d.form.Update(msg)
	if ev.Submitted {
		done, ok := d.submit()
		if ok {
			d.m.ctx.DropDraft(d.draft)
			return tea.Batch(cmd, done), true
		}
		cmd = tea.Batch(cmd, done)
	}
	d.keepDraft(true)
	return cmd, false
}

// keepDraft stores what the form holds as its draft; open says whether
// the dialog stays open.
func (d *formDialog) keepDraft(open bool) {
	s := d.form.Snapshot()
	s.Open = open
	d.m.ctx.SaveDraft(d.draft, s)
}

func (d *formDialog) View(width, height int) string {
	inner := max(10, min(width-4, 70))
	body := d.title + "\n\n" + d.form.View(inner, max(1, height-6))
	return widget.Box(d.m.st, body, width)
}

func (d *formDialog) Typing() bool { return true }

func (d *formDialog) KeyMap() help.KeyMap {
	k := d.form.KeyMap()
	return keyList{k.Submit, k.Next, d.cancel}
}

// keyList is a flat help.KeyMap.
type keyList []key.Binding

func (k keyList) ShortHelp() []key.Binding  { return k }
func (k keyList) FullHelp() [][]key.Binding { return [][]key.Binding{k} }

// leaveKey closes a form dialog, keeping what was typed as a draft.
func (m *Model) leaveKey() key.Binding {
	return key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", m.tr.T("tui.widget.form.leave")))
}

// Names of the workspace's form dialogs in the conference's drafts.
const draftPark = "parked/new"

func draftSkip(id conference.PhaseID) string { return "phases/" + string(id) + "/skip_reason" }

// resumeDialog opens the dialog that was open, with its draft, when kofa
// ended (a topic being parked, a reason to skip the phase being typed).
func (m *Model) resumeDialog() tea.Cmd {
	if m.readOnly() {
		return nil
	}
	if d, ok := m.ctx.Draft(draftPark); ok && d.Open {
		return m.openPark()
	}
	if d, ok := m.ctx.Draft(draftSkip(m.conf.CurrentPhase)); ok && d.Open {
		return m.openSkip()
	}
	return nil
}

// openSkip asks for the reason to skip the current phase.
func (m *Model) openSkip() tea.Cmd {
	reason := widget.NewField(m.tr, m.st, m.tr.T("tui.ws.skip.reason"))
	form := widget.NewForm(m.tr, m.st, widget.Row{Input: reason})
	form.SubmitOnEnter = true
	form.SetSubmitHelp(m.tr.T("tui.ws.skip.submit"))
	id := m.conf.CurrentPhase
	d := m.newFormDialog(m.tr.T("tui.ws.skip.title", m.phaseName(id)), draftSkip(id), form)
	d.submit = func() (tea.Cmd, bool) {
		text := reason.Value()
		if text == "" {
			reason.SetError(m.tr.T("tui.ws.skip.reason_missing"))
			return nil, false
		}
		return m.skip(text), true
	}
	m.openDialog(d)
	return form.Focus()
}

// openPark asks for the topic to park and, optionally, who takes it.
func (m *Model) openPark() tea.Cmd {
	text := widget.NewField(m.tr, m.st, m.tr.T("tui.ws.park.text"))
	owner := widget.NewPick(m.tr, m.st, m.tr.T("tui.ws.park.owner"), m.participantOptions())
	owner.SetRows(4)
	form := widget.NewForm(m.tr, m.st, widget.Row{Input: text}, widget.Row{Input: owner})
	form.SubmitOnEnter = true
	form.SetSubmitHelp(m.tr.T("tui.ws.park.submit"))
	d := m.newFormDialog(m.tr.T("tui.ws.park.title"), draftPark, form)
	d.submit = func() (tea.Cmd, bool) {
		if text.Value() == "" {
			text.SetError(m.tr.T("tui.ws.park.text_missing"))
			return form.FocusInput(text), false
		}
		return m.park(text.Value(), owner.Value()), true
	}
	m.openDialog(d)
	return form.Focus()
}

// participantOptions lists the participants for an owner pick.
func (m *Model) participantOptions() []widget.Option {
	out := make([]widget.Option, 0, len(m.conf.Participants))
	for _, p := range m.conf.Participants {
		out = append(out, widget.Option{Code: p.ID, Label: p.Name, Hint: p.Institution})
	}
	return out
}

// reasonsDialog lists the skipped phases with their reasons.
type reasonsDialog struct {
	m     *Model
	close key.Binding
}

func newReasonsDialog(m *Model) *reasonsDialog {
	return &reasonsDialog{m: m, close: key.NewBinding(key.WithKeys("esc", "enter", "f9"), key.WithHelp("esc", m.tr.T("common.close")))}
}

func (d *reasonsDialog) Update(msg tea.Msg) (tea.Cmd, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	return nil, ok && key.Matches(k, d.close)
}

func (d *reasonsDialog) View(width, _ int) string {
	m := d.m
	lines := []string{m.tr.T("tui.ws.reasons.title"), ""}
	for _, r := range m.conf.Phases {
		if r.State == conference.PhaseSkipped {
			lines = append(lines, "⤼ "+m.conf.PhaseNumber(r.ID)+" "+m.phaseName(r.ID)+": "+r.SkipReason)
		}
	}
	if len(lines) == 2 {
		lines = append(lines, m.tr.T("tui.ws.reasons.none"))
	}
	return widget.Box(m.st, strings.Join(lines, "\n"), width)
}

func (d *reasonsDialog) KeyMap() help.KeyMap { return keyList{d.close} }
func (d *reasonsDialog) Typing() bool        { return false }
