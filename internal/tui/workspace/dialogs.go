package workspace

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// dialog is a small window over the main area. While one is open it gets
// every key.
type dialog interface {
	// Update handles a message and reports whether the dialog is done.
	Update(msg tea.Msg) (tea.Cmd, bool)
	View(width, height int) string
	KeyMap() help.KeyMap
	Typing() bool
}

func (m *Model) updateDialog(msg tea.Msg) tea.Cmd {
	d := m.dialog
	cmd, done := d.Update(msg)
	// A dialog may change the conference through the editors' context
	// (the attendance list): its changes are committed as an editor's.
	cmds := []tea.Cmd{cmd, m.takeRecorded()}
	if done {
		m.dialog = nil
		if _, ok := d.(*attendanceDialog); ok {
			cmds = append(cmds, m.attendanceClosed())
		}
	}
	return tea.Batch(cmds...)
}

// formDialog is a titled form with esc to cancel and enter to submit.
type formDialog struct {
	title  string
	form   *widget.Form
	cancel key.Binding
	submit func() (tea.Cmd, bool) // returns done=false to keep the dialog open
	m      *Model
}

func (d *formDialog) Update(msg tea.Msg) (tea.Cmd, bool) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, d.cancel) {
		return nil, true
	}
	ev, cmd := d.form.Update(msg)
	if ev.Submitted {
		done, ok := d.submit()
		return tea.Batch(cmd, done), ok
	}
	return cmd, false
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

func (m *Model) cancelKey() key.Binding {
	return key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", m.tr.T("common.cancel")))
}

// openSkip asks for the reason to skip the current phase.
func (m *Model) openSkip() tea.Cmd {
	reason := widget.NewField(m.tr, m.st, m.tr.T("tui.ws.skip.reason"))
	form := widget.NewForm(m.tr, m.st, widget.Row{Input: reason})
	form.SubmitOnEnter = true
	form.SetSubmitHelp(m.tr.T("tui.ws.skip.submit"))
	d := &formDialog{
		title: m.tr.T("tui.ws.skip.title", m.phaseName(m.conf.CurrentPhase)), form: form,
		cancel: m.cancelKey(), m: m,
	}
	d.submit = func() (tea.Cmd, bool) {
		text := reason.Value()
		if text == "" {
			reason.SetError(m.tr.T("tui.ws.skip.reason_missing"))
			return nil, false
		}
		return m.skip(text), true
	}
	m.dialog = d
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
	d := &formDialog{title: m.tr.T("tui.ws.park.title"), form: form, cancel: m.cancelKey(), m: m}
	d.submit = func() (tea.Cmd, bool) {
		if text.Value() == "" {
			text.SetError(m.tr.T("tui.ws.park.text_missing"))
			return form.FocusInput(text), false
		}
		return m.park(text.Value(), owner.Value()), true
	}
	m.dialog = d
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
			lines = append(lines, "⤼ "+conference.PhaseNumber(r.ID)+" "+m.phaseName(r.ID)+": "+r.SkipReason)
		}
	}
	if len(lines) == 2 {
		lines = append(lines, m.tr.T("tui.ws.reasons.none"))
	}
	return widget.Box(m.st, strings.Join(lines, "\n"), width)
}

func (d *reasonsDialog) KeyMap() help.KeyMap { return keyList{d.close} }
func (d *reasonsDialog) Typing() bool        { return false }
