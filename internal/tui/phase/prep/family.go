package prep

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// family holds the children of the case and their parents and carers:
// two lists with a form each, under the preparation's form (case
// conferences only). They are records of their own (conference.Child,
// conference.Carer), never partner-directory entries, so the
// pseudonymised minutes can find their names wherever they were typed.
type family struct {
	ctx      *phase.Context
	children *listform.List[conference.Child]
	carers   *listform.List[conference.Carer]
	// pane is the list that has the keyboard (paneNone: the form above).
	pane pane
	keys familyKeys
}

type pane int

const (
	paneNone pane = iota
	paneChildren
	paneCarers
)

// familyKeys switch between the preparation's panes.
type familyKeys struct {
	Next, Prev key.Binding
}

func newFamily(ctx *phase.Context) *family {
	tr, c := ctx.Msgs, ctx.Conf
	f := &family{ctx: ctx, keys: familyKeys{
		Next: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", tr.T("family.tui.key.next"))),
		Prev: key.NewBinding(key.WithKeys("shift+tab")),
	}}
	f.children = listform.New(ctx, listform.Config[conference.Child]{
		Path:    "children",
		Items:   func() []conference.Child { return c.Children },
		ID:      func(x conference.Child) string { return x.ID },
		Row:     f.childRow,
		Empty:   func() string { return tr.T("family.tui.children.empty") },
		Name:    childName,
		NewHelp: tr.T("family.tui.key.new_child"),
		Form:    newChildForm(ctx),
		Title:   listform.Titled[conference.Child](tr.T("family.tui.child.new"), tr.T("family.tui.child.edit")),
		Remove:  c.Remove,
		Move:    func(i, j int) { c.Children[i], c.Children[j] = c.Children[j], c.Children[i] },
	})
	f.carers = listform.New(ctx, listform.Config[conference.Carer]{
		Path:    "carers",
		Items:   func() []conference.Carer { return c.Carers },
		ID:      func(x conference.Carer) string { return x.ID },
		Row:     f.carerRow,
		Empty:   func() string { return tr.T("family.tui.carers.empty") },
		Name:    func(x conference.Carer) string { return x.Name },
		NewHelp: tr.T("family.tui.key.new_carer"),
		Form:    newCarerForm(ctx),
		Title:   listform.Titled[conference.Carer](tr.T("family.tui.carer.new"), tr.T("family.tui.carer.edit")),
		Remove:  c.Remove,
		Move:    func(i, j int) { c.Carers[i], c.Carers[j] = c.Carers[j], c.Carers[i] },
	})
	return f
}

// shown reports whether the conference has a family to record.
func (f *family) shown() bool { return f.ctx.Conf.Kind == conference.KindCase }

// focused reports whether one of the lists has the keyboard.
func (f *family) focused() bool { return f.pane != paneNone && f.shown() }

// Typing reports whether a form of the lists has the keyboard.
func (f *family) Typing() bool { return f.children.Typing() || f.carers.Typing() }

// focus gives the keyboard to a list (paneNone: back to the form above).
func (f *family) focus(p pane) { f.pane = p }

// sync follows the conference as it is now, and reopens a form left
// half-typed (its draft).
func (f *family) sync() tea.Cmd {
	f.children.Sync()
	f.carers.Sync()
	if cmd := f.children.ResumeDraft(); cmd != nil {
		f.pane = paneChildren
		return cmd
	}
	if cmd := f.carers.ResumeDraft(); cmd != nil {
		f.pane = paneCarers
		return cmd
	}
	return nil
}

// leave keeps what is half typed when the phase is left.
func (f *family) leave() {
	f.children.Leave()
	f.carers.Leave()
}

// list is the list that has the keyboard.
func (f *family) list() interface {
	Update(tea.Msg) (bool, tea.Cmd)
	Typing() bool
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
} {
	if f.pane == paneCarers {
		return f.carers
	}
	return f.children
}

// update gives a message to the focused list. tab and shift+tab move to
// the next or the previous pane while no form is open; it reports whether
// the message was used and which pane has the keyboard now (paneNone: the
// preparation's form).
func (f *family) update(msg tea.Msg) (bool, tea.Cmd) {
	l := f.list()
	if k, ok := msg.(tea.KeyPressMsg); ok && !l.Typing() {
		switch {
		case key.Matches(k, f.keys.Next):
			f.pane = (f.pane + 1) % 3
			return true, nil
		case key.Matches(k, f.keys.Prev):
			f.pane = (f.pane + 2) % 3
			return true, nil
		}
	}
	return l.Update(msg)
}

// help is the focused list's help and the key to the next pane.
func (f *family) help() listform.Help {
	l := f.list()
	short := l.ShortHelp()
	if !l.Typing() {
		short = append(short, f.keys.Next)
	}
	return listform.Help{Short: short, Full: append(l.FullHelp(), []key.Binding{f.keys.Next})}
}

// lines draws both lists, each under its title, in at most height lines;
// the focused list gets the room it needs first.
func (f *family) lines(width, height int) []string {
	st, tr := f.ctx.Styles, f.ctx.Msgs
	title := func(key string, p pane, n int) string {
		s := tr.T(key, n)
		if f.pane == p {
			return st.Title.Render("▸ " + s)
		}
		return st.Muted.Render("  " + s)
	}
	childH, carerH := height/2, height-height/2
	switch f.pane {
	case paneChildren:
		childH = max(height/2, height-3)
		carerH = height - childH
	case paneCarers:
		carerH = max(height/2, height-3)
		childH = height - carerH
	}
	var out []string
	out = append(out, title("family.tui.children", paneChildren, len(f.ctx.Conf.Children)))
	if childH > 1 {
		out = append(out, f.children.Lines(width, childH-1, nil)...)
	}
	out = append(out, title("family.tui.carers", paneCarers, len(f.ctx.Conf.Carers)))
	if carerH > 1 {
		out = append(out, f.carers.Lines(width, carerH-1, nil)...)
	}
	return widget.FitLines(out, width, height)
}

// childName is how a notice names a child: the first name, else the
// initials.
func childName(x conference.Child) string {
	if x.FirstName != "" {
		return x.FirstName
	}
	return x.Initials
}

// childRow is "Mia (M. S.) · geb. 2020 · gesehen am 20.11.2026 von Petra
// Albers", or "nicht in Augenschein genommen"; the selection shows only
// while the list has the keyboard.
func (f *family) childRow(_ int, x conference.Child, selected bool, width int) string {
	tr, st := f.ctx.Msgs, f.ctx.Styles
	name := childName(x)
	if x.FirstName != "" && x.Initials != "" {
		name += " (" + x.Initials + ")"
	}
	parts := []string{name}
	if x.BirthYear > 0 {
		parts = append(parts, tr.T("family.tui.born", x.BirthYear))
	}
	seen := tr.T("family.tui.not_seen")
	if x.Seen() {
		who := f.ctx.Name(x.SeenBy)
		if who == "" {
			who = x.SeenBy
		}
		seen = tr.T("family.tui.seen", conference.FormatDate(x.SeenOn, string(f.ctx.Lang)), who)
	}
	parts = append(parts, seen)
	return widget.SelectRow(st, strings.Join(parts, " · "), selected && f.pane == paneChildren, width)
}

// carerRow is "Jana Schulz · Mutter · alleinige elterliche Sorge".
func (f *family) carerRow(_ int, x conference.Carer, selected bool, width int) string {
	tr, st := f.ctx.Msgs, f.ctx.Styles
	parts := []string{x.Name}
	if x.Relationship != "" {
		parts = append(parts, label(tr, "family.relationship.", x.Relationship))
	}
	if x.Custody != "" {
		parts = append(parts, label(tr, "family.custody.", x.Custody))
	}
	return widget.SelectRow(st, strings.Join(parts, " · "), selected && f.pane == paneCarers, width)
}

// label is the text of a code under prefix, or the code itself when kofa
// does not know it (from a newer version).
func label(tr interface {
	Has(string) bool
	T(string, ...any) string
}, prefix, code string) string {
	if tr.Has(prefix + code) {
		return tr.T(prefix + code)
	}
	return code
}

// yearText shows a year of birth in its field.
func yearText(y int) string {
	if y <= 0 {
		return ""
	}
	return strconv.Itoa(y)
}
