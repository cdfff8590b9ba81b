package workspace

import tea "charm.land/bubbletea/v2"

// settledMsg carries everything an editor's LeaveMsg produced, collected
// in one go, so that quitting (and closing) can wait until the field that
// was left has reported its change.
type settledMsg struct {
	ws   uint64
	msgs []tea.Msg
}

// settle runs cmd off the event loop, with any batch inside it, and
// delivers all resulting messages together as one settledMsg.
func (m *Model) settle(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	m.settling++
	id := m.id
	return func() tea.Msg {
		return settledMsg{ws: id, msgs: collect(cmd)}
	}
}

func collect(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, collect(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

// settled handles what a leave produced, as if each message had arrived on
// its own.
func (m *Model) settled(msg settledMsg) tea.Cmd {
	if msg.ws != m.id {
		return nil
	}
	m.settling--
	cmds := make([]tea.Cmd, 0, len(msg.msgs)+1)
	for _, inner := range msg.msgs {
		cmds = append(cmds, m.Update(inner))
	}
	return tea.Batch(append(cmds, m.closeIfSaved())...)
}

// Settled reports whether no left field is still about to report a change.
func (m *Model) Settled() bool { return m.settling == 0 }
