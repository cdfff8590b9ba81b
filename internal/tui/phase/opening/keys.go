package opening

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the opening editor's keys. The one-letter keys work while
// the participant list has focus (no field is typed into).
type KeyMap struct {
	List                      widget.ListKeyMap
	New, Edit, Remove         key.Binding
	Present, Excused, Absent  key.Binding
	Joined, Left              key.Binding
	Confidential, End, Cancel key.Binding
	// Suggest takes a partner-directory match for the name typed.
	Suggest key.Binding
	Form    widget.FormKeyMap
}

func defaultKeyMap(tr *i18n.Messages, form widget.FormKeyMap) KeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, tr.T(desc)))
	}
	return KeyMap{
		List:         widget.DefaultListKeyMap(tr.T("tui.opening.key.select")),
		New:          b([]string{"n"}, "n", "tui.opening.key.new"),
		Edit:         b([]string{"enter"}, "enter", "tui.opening.key.edit"),
		Remove:       b([]string{"x", "delete"}, "x", "tui.opening.key.remove"),
		Present:      b([]string{"p"}, "p", "tui.opening.key.present"),
		Excused:      b([]string{"e"}, "e", "tui.opening.key.excused"),
		Absent:       b([]string{"a"}, "a", "tui.opening.key.absent"),
		Joined:       b([]string{"j"}, "j", "tui.opening.key.joined"),
		Left:         b([]string{"l"}, "l", "tui.opening.key.left"),
		Confidential: b([]string{"c"}, "c", "tui.opening.key.confidential"),
		End:          b([]string{"t"}, "t", "tui.opening.key.end"),
		Cancel:       b([]string{"esc"}, "esc", "tui.editor.leave_field"),
		Suggest:      b([]string{"down"}, "↓ enter", "tuidirectory.key.take"),
		Form:         form,
	}
}

// active returns the key map with the bindings of the focused zone
// enabled, so help shows only what works now.
func (k KeyMap) active(z zone, hasRows, suggesting bool) KeyMap {
	inList := z == zoneList
	for _, b := range []*key.Binding{&k.New, &k.Confidential, &k.End} {
		b.SetEnabled(inList)
	}
	for _, b := range []*key.Binding{&k.Edit, &k.Remove, &k.Present, &k.Excused, &k.Absent, &k.Joined, &k.Left, &k.List.Up} {
		b.SetEnabled(inList && hasRows)
	}
	k.Cancel.SetEnabled(!inList)
	k.Suggest.SetEnabled(z == zoneForm && suggesting)
	k.Form.Next.SetEnabled(z == zoneForm)
	k.Form.Prev.SetEnabled(z == zoneForm)
	k.Form.Submit.SetEnabled(!inList)
	return k
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.New, k.Present, k.Joined, k.Left, k.Confidential, k.Suggest, k.Form.Submit, k.Form.Next, k.Cancel}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.List.Up, k.New, k.Edit, k.Remove, k.Confidential, k.End},
		{k.Present, k.Excused, k.Absent, k.Joined, k.Left},
		{k.Form.Next, k.Form.Prev, k.Form.Submit, k.Suggest, k.Cancel},
	}
}
