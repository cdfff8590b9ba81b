package partners

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the screen's keys. Letters are never commands here: what
// is typed filters the list, so "Demir" or "Neumann" can be typed at once.
type KeyMap struct {
	List                  widget.ListKeyMap
	Edit, New, Delete     key.Binding
	ClearFilter, Back     key.Binding
	Filter                key.Binding // help only: typing filters
	Close, Discard        key.Binding // the form: done (saved), or drop a refused change
	Form                  widget.FormKeyMap
	ConfirmYes, ConfirmNo key.Binding
}

// DefaultKeyMap returns the keys with help texts from tr.
func DefaultKeyMap(tr *i18n.Messages, form widget.FormKeyMap) KeyMap {
	b := widget.Binder(tr)
	return KeyMap{
		List:        widget.DefaultListKeyMap(tr.T("tuipartners.key.select")),
		Edit:        b([]string{"enter"}, "enter", "tuipartners.key.edit"),
		New:         b([]string{"ctrl+n"}, "ctrl+n", "tuipartners.key.new"),
		Delete:      b([]string{"ctrl+d"}, "ctrl+d", "tuipartners.key.delete"),
		ClearFilter: b([]string{"esc"}, "esc", "tuipartners.key.clear"),
		Back:        b([]string{"esc"}, "esc", "tuipartners.key.back"),
		// Filter is for the help only: "abc" is never the name of a key.
		Filter:     key.NewBinding(key.WithKeys("abc"), key.WithHelp("abc", tr.T("tuipartners.key.filter"))),
		Close:      b([]string{"esc"}, "esc", "tuipartners.key.close"),
		Discard:    b([]string{"esc"}, "esc", "tuipartners.key.discard"),
		Form:       form,
		ConfirmYes: b([]string{"j", "y"}, "j/y", "common.yes"),
		ConfirmNo:  b([]string{"n", "esc"}, "n/esc", "common.no"),
	}
}

// active enables what applies now: the list keys outside the form, the
// form's keys in it, only the answers while the question is open.
func (k KeyMap) active(z zone, asking, hasRows, hasFilter, refused bool) KeyMap {
	inList := z == zoneList && !asking
	k.List.Up.SetEnabled(inList && hasRows)
	k.Edit.SetEnabled(inList && hasRows)
	k.Delete.SetEnabled(inList && hasRows)
	k.New.SetEnabled(inList)
	k.Filter.SetEnabled(inList)
	k.ClearFilter.SetEnabled(inList && hasFilter)
	k.Back.SetEnabled(inList && !hasFilter)
	inForm := z == zoneForm && !asking
	k.Close.SetEnabled(inForm && !refused)
	k.Discard.SetEnabled(inForm && refused)
	k.Form.Next.SetEnabled(inForm)
	k.Form.Prev.SetEnabled(inForm)
	k.Form.Submit.SetEnabled(inForm)
	k.ConfirmYes.SetEnabled(asking)
	k.ConfirmNo.SetEnabled(asking)
	return k
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Edit, k.New, k.Delete, k.ClearFilter, k.Back, k.Form.Next, k.Form.Submit, k.Close, k.Discard,
		k.ConfirmYes, k.ConfirmNo}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.List.Up, k.Filter, k.ClearFilter, k.Back},
		{k.Edit, k.New, k.Delete},
		{k.Form.Next, k.Form.Prev, k.Form.Submit, k.Close, k.Discard},
		{k.ConfirmYes, k.ConfirmNo},
	}
}
