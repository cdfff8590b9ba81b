package widget

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/i18n"
	"kofa/internal/theme"
)

// Answer is what the user said to a Confirm.
type Answer int

// The answers.
const (
	Undecided Answer = iota
	Yes
	No
)

// ConfirmKeyMap are the keys of a confirm dialog. Yes is y or j (ja); enter
// deliberately is not: a destructive question is never answered by the key
// that was pressed a moment ago for something else.
type ConfirmKeyMap struct {
	Yes, No key.Binding
	// Also are further answers the owner acts on (Confirm.Offer).
	Also []key.Binding
}

// ShortHelp implements help.KeyMap.
func (k ConfirmKeyMap) ShortHelp() []key.Binding {
	return append([]key.Binding{k.Yes, k.No}, k.Also...)
}

// FullHelp implements help.KeyMap.
func (k ConfirmKeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// Confirm is a yes/no question in a box.
type Confirm struct {
	Title string
	Body  string
	keys  ConfirmKeyMap
	st    *theme.Styles
}

// NewConfirm returns a question with the catalogue's yes and no labels.
func NewConfirm(tr *i18n.Messages, st *theme.Styles, title, body string) *Confirm {
	return &Confirm{
		Title: title, Body: body, st: st,
		keys: ConfirmKeyMap{
			Yes: key.NewBinding(key.WithKeys("y", "j", "Y", "J"), key.WithHelp("j/y", tr.T("common.yes"))),
			No:  key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n/esc", tr.T("common.no"))),
		},
	}
}

// Offer adds a further answer (archive first, say): shown beside yes and
// no; Update does not know it, the owner matches it before.
func (c *Confirm) Offer(b key.Binding) { c.keys.Also = append(c.keys.Also, b) }

// KeyMap returns the dialog's keys.
func (c *Confirm) KeyMap() ConfirmKeyMap { return c.keys }

// Update returns the answer a key press gave (Undecided for other keys).
func (c *Confirm) Update(msg tea.Msg) Answer {
	k, ok := msg.(tea.KeyPressMsg)
	switch {
	case !ok:
		return Undecided
	case key.Matches(k, c.keys.Yes):
		return Yes
	case key.Matches(k, c.keys.No):
		return No
	}
	return Undecided
}

// View renders the question in a box at most width cells wide.
func (c *Confirm) View(width int) string {
	lines := append([]string{c.Title, ""}, c.Body)
	var answers []string
	for _, b := range c.keys.ShortHelp() {
		h := b.Help()
		answers = append(answers, c.st.HelpKey.Render(h.Key)+" "+c.st.HelpDesc.Render(h.Desc))
	}
	lines = append(lines, "", strings.Join(answers, "   "))
	return Box(c.st, strings.Join(lines, "\n"), width)
}

// Box draws text in the focused border, at most width cells wide, the text
// wrapped to fit.
func Box(st *theme.Styles, text string, width int) string {
	frame := st.BorderFocused.GetHorizontalFrameSize() + 2 // border and one space each side
	inner := max(1, min(width-frame, 72))
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		lines = append(lines, Wrap(l, inner)...)
	}
	if width < frame+1 {
		return Clip(strings.Join(lines, "\n"), max(0, width), len(lines))
	}
	widest := 0
	for _, l := range lines {
		widest = max(widest, ansi.StringWidth(l))
	}
	for i, l := range lines {
		lines[i] = " " + Pad(l, widest) + " "
	}
	return st.BorderFocused.Render(strings.Join(lines, "\n"))
}
