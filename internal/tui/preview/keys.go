package preview

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the keys of the export preview. The letters work only while
// the folder field does not have the keyboard.
type KeyMap struct {
	Variant, Lang, Whom key.Binding
	Folder, Write, Back key.Binding
	Scroll, Page, Ends  key.Binding
	// Top and Bottom are the two keys behind Ends.
	Top, Bottom key.Binding
	// Accept and Cancel work in the folder field.
	Accept, Cancel key.Binding
	// View scrolls the rendered minutes.
	View viewport.KeyMap
}

// DefaultKeyMap returns the preview keys with help texts from tr.
func DefaultKeyMap(tr *i18n.Messages) KeyMap {
	b := widget.Binder(tr)
	k := KeyMap{
		Variant: b([]string{"v"}, "v", "preview.key.variant"),
		Lang:    b([]string{"l"}, "l", "preview.key.lang"),
		Whom:    b([]string{"i"}, "i", "preview.key.whom"),
		Folder:  b([]string{"o"}, "o", "preview.key.folder"),
		Write:   b([]string{"w"}, "w", "preview.key.write"),
		Back:    b([]string{"esc"}, "esc", "preview.key.back"),
		Scroll:  b([]string{"up", "down", "k", "j"}, "↑/↓", "preview.key.scroll"),
		Page:    b([]string{"pgup", "pgdown", "space"}, "pgup/pgdn", "preview.key.page"),
		Ends:    b([]string{"home", "end", "g", "G"}, "home/end", "preview.key.ends"),
		Top:     key.NewBinding(key.WithKeys("home", "g")),
		Bottom:  key.NewBinding(key.WithKeys("end", "G")),
		Accept:  b([]string{"enter"}, "enter", "preview.key.accept"),
		Cancel:  b([]string{"esc"}, "esc", "preview.key.cancel"),
	}
	k.View = viewport.KeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k")),
		Down:     key.NewBinding(key.WithKeys("down", "j")),
		PageUp:   key.NewBinding(key.WithKeys("pgup")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space")),
		// The minutes are wrapped to the width: nothing to scroll sideways,
		// and h/l, u/d stay free.
		Left:         key.NewBinding(key.WithDisabled()),
		Right:        key.NewBinding(key.WithDisabled()),
		HalfPageUp:   key.NewBinding(key.WithDisabled()),
		HalfPageDown: key.NewBinding(key.WithDisabled()),
	}
	return k
}

// state is what decides which keys work now.
type state struct {
	editing bool // the folder field has the keyboard
	ready   bool // the conference is loaded
	shown   bool // the minutes for the current choice are on screen
	busy    bool // a file is being written
	// forSomeone: the document is for someone (a task list, a notice, a
	// letter); multiWhom: there is more than one to choose.
	forSomeone, multiWhom bool
}

// active enables the bindings that apply, so help tells the truth.
func (k KeyMap) active(s state) KeyMap {
	idle := !s.editing
	k.Variant.SetEnabled(idle && s.ready)
	k.Lang.SetEnabled(idle && s.ready)
	k.Whom.SetEnabled(idle && s.forSomeone && s.multiWhom)
	k.Folder.SetEnabled(idle && s.ready)
	k.Write.SetEnabled(idle && s.shown && !s.busy)
	k.Back.SetEnabled(idle)
	for _, b := range []*key.Binding{&k.Scroll, &k.Page, &k.Ends, &k.Top, &k.Bottom} {
		b.SetEnabled(idle && s.shown)
	}
	k.Accept.SetEnabled(s.editing)
	k.Cancel.SetEnabled(s.editing)
	return k
}

// ShortHelp implements help.KeyMap: what a facilitator needs to export.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Accept, k.Cancel, k.Write, k.Variant, k.Lang, k.Whom, k.Folder, k.Back, k.Scroll}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Variant, k.Whom, k.Lang, k.Folder, k.Write},
		{k.Scroll, k.Page, k.Ends, k.Back},
		{k.Accept, k.Cancel},
	}
}
