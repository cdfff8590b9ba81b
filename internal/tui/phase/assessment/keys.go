package assessment

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the keys of the overall-assessment editor. The one-letter
// keys work while the list has focus; in a form every printable key is
// text.
type KeyMap struct {
	List              widget.ListKeyMap
	Rate, EditDissent key.Binding
	Reveal, Result    key.Binding
	Dissent, Remove   key.Binding
	Cancel            key.Binding
	Form              widget.FormKeyMap
}

func defaultKeyMap(tr *i18n.Messages, form widget.FormKeyMap) KeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, tr.T(desc)))
	}
	return KeyMap{
		List:        widget.DefaultListKeyMap(tr.T("assessment.key.select")),
		Rate:        b([]string{"enter"}, "enter", "assessment.key.rate"),
		EditDissent: b([]string{"enter"}, "enter", "assessment.key.edit_dissent"),
		Reveal:      b([]string{"r"}, "r", "assessment.key.reveal"),
		Result:      b([]string{"e"}, "e", "assessment.key.result"),
		Dissent:     b([]string{"d"}, "d", "assessment.key.dissent"),
		Remove:      b([]string{"x", "delete"}, "x", "assessment.key.remove"),
		Cancel:      b([]string{"esc"}, "esc", "assessment.key.cancel"),
		Form:        form,
	}
}

// state is what the key map needs to know to tell the truth.
type state struct {
	zone      zone
	onRater   bool // the cursor is on a participant
	onDissent bool // the cursor is on a dissent
	revealed  bool
}

// active returns the key map with what works now enabled.
func (k KeyMap) active(s state) KeyMap {
	inList := s.zone == zoneList
	k.List.Up.SetEnabled(inList && (s.onRater || s.onDissent))
	k.Rate.SetEnabled(inList && s.onRater)
	k.EditDissent.SetEnabled(inList && s.onDissent)
	k.Remove.SetEnabled(inList && s.onDissent)
	k.Reveal.SetEnabled(inList && !s.revealed)
	k.Result.SetEnabled(inList)
	k.Dissent.SetEnabled(inList)
	k.Cancel.SetEnabled(!inList)
	k.Form.Next.SetEnabled(!inList)
	k.Form.Prev.SetEnabled(!inList)
	k.Form.Submit.SetEnabled(!inList)
	return k
}

// ShortHelp implements help.KeyMap: the keys that work now, the most
// important first (the workspace shows the first two before its own).
func (k KeyMap) ShortHelp() []key.Binding {
	var out []key.Binding
	for _, b := range []key.Binding{k.Form.Submit, k.Cancel, k.Rate, k.EditDissent, k.Reveal, k.Form.Next, k.Result, k.Dissent} {
		if b.Enabled() {
			out = append(out, b)
		}
	}
	return out
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.List.Up, k.Rate, k.Reveal, k.Result},
		{k.Dissent, k.EditDissent, k.Remove},
		{k.Form.Next, k.Form.Prev, k.Form.Submit, k.Cancel},
	}
}
