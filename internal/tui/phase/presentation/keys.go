package presentation

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the case presentation's keys. Letters work only while no
// field has focus; in a field, tab and esc move on.
type KeyMap struct {
	List                  widget.ListKeyMap
	NextSection, PrevSec  key.Binding
	Edit, New, Remove     key.Binding
	Leave, Newline, Close key.Binding
	Form                  widget.FormKeyMap
}

func defaultKeyMap(tr *i18n.Messages, form widget.FormKeyMap) KeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, tr.T(desc)))
	}
	return KeyMap{
		List:        widget.DefaultListKeyMap(tr.T("presentation.key.select")),
		NextSection: b([]string{"tab"}, "tab", "presentation.key.next_section"),
		PrevSec:     b([]string{"shift+tab"}, "shift+tab", "presentation.key.prev_section"),
		Edit:        b([]string{"enter", "e"}, "enter", "presentation.key.edit"),
		New:         b([]string{"n"}, "n", "presentation.key.new"),
		Remove:      b([]string{"x", "delete"}, "x", "presentation.key.remove"),
		Leave:       b([]string{"esc"}, "esc", "presentation.key.leave"),
		Newline:     b([]string{"alt+enter", "ctrl+j"}, "alt+enter", "presentation.key.newline"),
		Close:       b([]string{"esc"}, "esc", "presentation.key.close"),
		Form:        form,
	}
}

// mode is what has the keyboard, for the key map.
type mode int

const (
	modeBrowse mode = iota // no field focused: letters are commands
	modeText               // facts or help text being written
	modeForm               // the chronology form
)

// active returns the key map with the bindings that work now enabled, so
// help tells the truth.
func (k KeyMap) active(m mode, onChrono, hasEntries bool) KeyMap {
	browse := m == modeBrowse
	k.New.SetEnabled(browse)
	k.Edit.SetEnabled(browse)
	k.Remove.SetEnabled(browse && onChrono && hasEntries)
	k.List.Up.SetEnabled(browse && onChrono && hasEntries)
	k.NextSection.SetEnabled(m != modeForm)
	k.PrevSec.SetEnabled(m != modeForm)
	k.Leave.SetEnabled(m == modeText)
	k.Newline.SetEnabled(m == modeText)
	k.Close.SetEnabled(m == modeForm)
	k.Form.Next.SetEnabled(m == modeForm)
	k.Form.Prev.SetEnabled(m == modeForm)
	k.Form.Submit.SetEnabled(m == modeForm)
	return k
}

// ShortHelp implements help.KeyMap: the keys that work now, most
// important first (the workspace shows the first two before its own).
func (k KeyMap) ShortHelp() []key.Binding {
	return enabled(k.Form.Submit, k.Edit, k.New, k.NextSection, k.Form.Next, k.Leave, k.Close,
		k.Remove, k.List.Up, k.Newline)
}

func enabled(bs ...key.Binding) []key.Binding {
	out := make([]key.Binding, 0, len(bs))
	for _, b := range bs {
		if b.Enabled() {
			out = append(out, b)
		}
	}
	return out
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.NextSection, k.PrevSec, k.Edit, k.Leave, k.Newline},
		{k.List.Up, k.New, k.Remove},
		{k.Form.Next, k.Form.Prev, k.Form.Submit, k.Close},
	}
}
