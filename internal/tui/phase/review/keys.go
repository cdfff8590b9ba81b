package review

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the review editor's keys: one key per status, the note, and
// carrying an action forward. The one-letter keys work while no field has
// focus.
type KeyMap struct {
	List                            widget.ListKeyMap
	Done, Partly, NotDone, Obsolete key.Binding
	Note, Carry                     key.Binding
	Save, Cancel                    key.Binding
	// The panes (panes.go): tab to the next, shift+tab back; in the
	// responsibilities y confirms and x drops, in what was known t takes
	// an item over.
	NextPane, PrevPane      key.Binding
	Confirm, Drop, TakeOver key.Binding
}

func defaultKeyMap(tr *i18n.Messages) KeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, tr.T(desc)))
	}
	return KeyMap{
		List:     widget.DefaultListKeyMap(tr.T("review.key.select")),
		Done:     b([]string{"d"}, "d", "review.key.done"),
		Partly:   b([]string{"p"}, "p", "review.key.partly"),
		NotDone:  b([]string{"n"}, "n", "review.key.not_done"),
		Obsolete: b([]string{"o"}, "o", "review.key.obsolete"),
		Note:     b([]string{"enter"}, "enter", "review.key.note"),
		Carry:    b([]string{"c"}, "c", "review.key.carry"),
		Save:     b([]string{"enter"}, "enter", "review.key.save"),
		Cancel:   b([]string{"esc"}, "esc", "review.key.leave"),
		NextPane: b([]string{"tab"}, "tab", "reviewprev.key.next_pane"),
		PrevPane: b([]string{"shift+tab"}, "shift+tab", "reviewprev.key.prev_pane"),
		Confirm:  b([]string{"y", "j"}, "j/y", "reviewprev.key.confirm"),
		Drop:     b([]string{"x"}, "x", "reviewprev.key.drop"),
		TakeOver: b([]string{"t"}, "t", "reviewprev.key.take_over"),
	}
}

// activePane enables the pane keys: tab in any list, the keys of the
// responsibilities and of what was known in their pane.
func (k KeyMap) activePane(z zone, p pane, hasResp, takeable bool) KeyMap {
	inList := z == zoneList
	k.NextPane.SetEnabled(inList)
	k.PrevPane.SetEnabled(inList)
	k.Confirm.SetEnabled(inList && p == paneResp && hasResp)
	k.Drop.SetEnabled(inList && p == paneResp && hasResp)
	k.TakeOver.SetEnabled(inList && p == panePrevious && takeable)
	if p != paneActions {
		k.List.Up.SetEnabled(inList)
	}
	return k
}

// active enables what works now, so help tells the truth: the status keys
// on a selected review, carrying forward only for one not done (or not
// reviewed yet), the field keys while a field is open.
func (k KeyMap) active(z zone, hasRows, canCarry bool) KeyMap {
	inList := z == zoneList
	for _, b := range []*key.Binding{&k.Done, &k.Partly, &k.NotDone, &k.Obsolete, &k.Note, &k.List.Up} {
		b.SetEnabled(inList && hasRows)
	}
	k.Carry.SetEnabled(inList && hasRows && canCarry)
	k.Save.SetEnabled(!inList)
	k.Cancel.SetEnabled(!inList)
	return k
}

// ShortHelp implements help.KeyMap: what applies now, the most useful
// first (the workspace shows the first two before its own keys).
func (k KeyMap) ShortHelp() []key.Binding {
	var out []key.Binding
	for _, b := range []key.Binding{k.Save, k.Cancel, k.Confirm, k.Drop, k.TakeOver, k.Done, k.NotDone, k.Carry, k.Partly, k.Obsolete, k.Note, k.NextPane} {
		if b.Enabled() {
			out = append(out, b)
		}
	}
	return out
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.List.Up, k.Done, k.Partly, k.NotDone, k.Obsolete},
		{k.Note, k.Carry, k.Save, k.Cancel},
		{k.NextPane, k.PrevPane, k.Confirm, k.Drop, k.TakeOver},
	}
}
