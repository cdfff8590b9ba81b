package workspace

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/phase/opening"
	"kofa/internal/tui/widget"
)

// attendanceDialog is the participants' list over any phase (the
// attendance key): someone joins or leaves late, and is recorded where
// the facilitator is, with the time editable. It is the opening's own
// list (opening.People), so it behaves the same there and here.
type attendanceDialog struct {
	m      *Model
	people *opening.People
	close  key.Binding
}

// openAttendance opens the participants' list over the phase shown.
func (m *Model) openAttendance() tea.Cmd {
	d := &attendanceDialog{
		m: m, people: opening.NewPeople(m.ctx),
		close: key.NewBinding(key.WithKeys("esc", "f2"), key.WithHelp("esc", m.tr.T("common.close"))),
	}
	d.people.Sync()
	m.openDialog(d)
	return nil
}

// Update implements dialog: the list has every key; esc (and the
// attendance key again) close it while nothing is typed.
func (d *attendanceDialog) Update(msg tea.Msg) (tea.Cmd, bool) {
	k, isKey := msg.(tea.KeyPressMsg)
	if isKey && !d.people.Typing() && key.Matches(k, d.close) {
		d.people.Leave()
		return nil, true
	}
	if _, paste := msg.(tea.PasteMsg); !isKey && !paste {
		return nil, false
	}
	_, cmd := d.people.Update(msg)
	return cmd, false
}

// View implements dialog.
func (d *attendanceDialog) View(width, height int) string {
	m := d.m
	inner := max(10, min(width-4, 96))
	title := m.st.Title.Render(m.tr.T("tui.ws.attendance.title"))
	lines := d.people.Lines(inner, max(3, height-5))
	if len(lines) == 0 {
		lines = d.people.FormLines(inner, max(3, height-5))
	}
	return widget.Box(m.st, title+"\n\n"+strings.Join(lines, "\n"), width)
}

// KeyMap implements dialog.
func (d *attendanceDialog) KeyMap() help.KeyMap {
	short := d.people.ShortHelp()
	if !d.people.Typing() {
		short = append(short[:4:4], d.close)
	}
	return listform.Help{Short: short, Full: append(d.people.FullHelp(), []key.Binding{d.close})}
}

// Typing implements dialog.
func (d *attendanceDialog) Typing() bool { return d.people.Typing() }

// attendanceClosed tells the editor of the phase shown that the
// participants may have changed (the speaking order follows them).
func (m *Model) attendanceClosed() tea.Cmd { return m.send(phase.EnterMsg{}) }
