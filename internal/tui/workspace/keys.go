package workspace

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
)

// KeyMap holds the workspace's own keys. Each action has a key that works
// while typing (ctrl, alt or a function key) and, where it helps, a plain
// key that works only while no text field has focus: the workspace leaves
// every printable key to a focused field.
type KeyMap struct {
	NextPhase, PrevPhase, JumpPhase key.Binding
	Extend, Skip, Park              key.Binding
	Projector, Reasons, Back        key.Binding
	// Attendance opens the participants' list over any phase.
	Attendance key.Binding
	// Undo and Redo take the last change back and make it again.
	Undo, Redo key.Binding
	// Scroll are the keys an editor still gets while the conference is
	// closed (read-only); off otherwise, when the editor names its own.
	Scroll key.Binding
}

// DefaultKeyMap returns the workspace keys with help texts from tr.
func DefaultKeyMap(tr *i18n.Messages) KeyMap {
	return KeyMap{
		NextPhase: key.NewBinding(key.WithKeys("ctrl+right", "f4", "]"), key.WithHelp("ctrl+→/F4/]", tr.T("tui.ws.key.next"))),
		PrevPhase: key.NewBinding(key.WithKeys("ctrl+left", "f3", "["), key.WithHelp("ctrl+←/F3/[", tr.T("tui.ws.key.prev"))),
		JumpPhase: key.NewBinding(
			key.WithKeys("alt+0", "alt+1", "alt+2", "alt+3", "alt+4", "alt+5", "alt+6", "alt+7"),
			key.WithHelp("alt+0…7", tr.T("tui.ws.key.jump"))),
		Extend:     key.NewBinding(key.WithKeys("ctrl+t", "f5", "+"), key.WithHelp("F5/+", tr.T("tui.ws.key.extend"))),
		Skip:       key.NewBinding(key.WithKeys("f8"), key.WithHelp("F8", tr.T("tui.ws.key.skip"))),
		Park:       key.NewBinding(key.WithKeys("ctrl+p", "f6"), key.WithHelp("F6", tr.T("tui.ws.key.park"))),
		Projector:  key.NewBinding(key.WithKeys("f7"), key.WithHelp("F7", tr.T("tui.ws.key.projector"))),
		Reasons:    key.NewBinding(key.WithKeys("f9"), key.WithHelp("F9", tr.T("tui.ws.key.reasons"))),
		Attendance: key.NewBinding(key.WithKeys("f2"), key.WithHelp("F2", tr.T("tui.ws.key.attendance"))),
		Undo:       key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", tr.T("undo.key.undo"))),
		Redo:       key.NewBinding(key.WithKeys("ctrl+y"), key.WithHelp("ctrl+y", tr.T("undo.key.redo"))),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", tr.T("tui.ws.key.back"))),
		Scroll: key.NewBinding(key.WithKeys("up", "down", "pgup", "pgdown", "home", "end"),
			key.WithHelp("↑/↓", tr.T("tui.ws.key.scroll")), key.WithDisabled()),
	}
}

// ShortHelp implements help.KeyMap: the workspace keys that matter most.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.NextPhase, k.Park, k.Extend, k.Scroll}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.NextPhase, k.PrevPhase, k.JumpPhase, k.Skip, k.Reasons},
		{k.Extend, k.Park, k.Attendance, k.Projector, k.Back, k.Scroll},
		{k.Undo, k.Redo},
	}
}

// forTyping names in help only the keys that work right now: while a text
// field has focus the plain keys ([ ] +) type text, so help leaves them out.
func (k KeyMap) forTyping(typing bool) KeyMap {
	if typing {
		k.NextPhase.SetHelp("ctrl+→/F4", k.NextPhase.Help().Desc)
		k.PrevPhase.SetHelp("ctrl+←/F3", k.PrevPhase.Help().Desc)
		k.Extend.SetHelp("F5", k.Extend.Help().Desc)
		return k
	}
	k.NextPhase.SetHelp("]/F4", k.NextPhase.Help().Desc)
	k.PrevPhase.SetHelp("[/F3", k.PrevPhase.Help().Desc)
	k.Extend.SetHelp("+/F5", k.Extend.Help().Desc)
	return k
}
