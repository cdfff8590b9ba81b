package worries

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/sanitize"
	"kofa/internal/theme"
	"kofa/internal/tui/widget"
)

// entryPick chooses a catalogue entry by typing part of its label or hint,
// or takes what was typed as free text. Unlike widget.Pick, the free text
// is always offered as the last option once something is typed, so a
// worry said in the room in a few words ("Schulden") is never silently
// turned into the nearest catalogue entry.
//
// What is highlighted is the value: typing moves the highlight to the best
// match (or to the free text when nothing matches).
type entryPick struct {
	label string
	index *looseIndex // the entries, folded once by the editor
	lang  string
	rows  int

	filter  textinput.Model
	matches []catalogue.Entry
	cursor  int // index into matches; len(matches) is the free-text option
	focused bool

	value  string // code, or free text when free
	free   bool
	notice string // shown below the filter, e.g. that a paste was cut
	up, dn key.Binding
	tr     *i18n.Messages
	st     *theme.Styles
}

func newEntryPick(tr *i18n.Messages, st *theme.Styles, label string, index *looseIndex, lang i18n.Lang) *entryPick {
	in := textinput.New()
	in.Prompt = "⌕ "
	in.SetStyles(inputStyles(st))
	in.KeyMap.Paste.SetEnabled(false) // pastes arrive as tea.PasteMsg
	in.KeyMap.AcceptSuggestion.SetEnabled(false)
	in.KeyMap.NextSuggestion.SetEnabled(false)
	in.KeyMap.PrevSuggestion.SetEnabled(false)
	in.Placeholder = tr.T("worries.pick.placeholder")
	p := &entryPick{
		label: label, index: index, lang: string(lang), rows: 5, filter: in, tr: tr, st: st,
		up: key.NewBinding(key.WithKeys("up")), dn: key.NewBinding(key.WithKeys("down")),
	}
	p.refilter()
	return p
}

// inputStyles mirrors the widgets' text input look (no blinking cursor).
func inputStyles(st *theme.Styles) textinput.Styles {
	state := textinput.StyleState{Text: st.App, Placeholder: st.Subtle, Suggestion: st.Subtle, Prompt: st.Muted}
	return textinput.Styles{
		Focused: state, Blurred: state,
		Cursor: textinput.CursorStyle{Color: st.App.GetForeground(), Shape: tea.CursorBlock},
	}
}

// Label implements widget.Input.
func (p *entryPick) Label() string { return p.label }

// Value returns the chosen code, or the free text when Free.
func (p *entryPick) Value() string { return p.value }

// Free reports whether Value is free text.
func (p *entryPick) Free() bool { return p.free }

// SetValue chooses code (free false) or sets free text.
func (p *entryPick) SetValue(v string, free bool) { p.value, p.free = v, free && v != "" }

// Focus implements widget.Input: the filter starts empty, all entries show.
func (p *entryPick) Focus() tea.Cmd {
	p.focused = true
	p.filter.SetValue("")
	if p.free {
		p.filter.SetValue(p.value)
		p.filter.CursorEnd()
	}
	p.refilter()
	if p.free {
		p.cursor = len(p.matches)
	} else {
		for i, e := range p.matches {
			if e.Code == p.value {
				p.cursor = i
			}
		}
	}
	return p.filter.Focus()
}

// Blur implements widget.Input.
func (p *entryPick) Blur() {
	p.focused = false
	p.filter.Blur()
	p.notice = ""
}

// Focused implements widget.Input.
func (p *entryPick) Focused() bool { return p.focused }

// WantsUpDown tells the form that up and down move the highlight here.
func (p *entryPick) WantsUpDown() bool { return true }

// query is the typed text, cleaned.
func (p *entryPick) query() string { return sanitize.Line(p.filter.Value()) }

// options counts the rows to choose from: the matches, plus the free text.
func (p *entryPick) options() int {
	if p.query() != "" {
		return len(p.matches) + 1
	}
	return len(p.matches)
}

// Update implements widget.Input.
func (p *entryPick) Update(msg tea.Msg) (tea.Cmd, bool) {
	if !p.focused {
		return nil, false
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, p.up):
			return nil, p.move(-1)
		case key.Matches(k, p.dn):
			return nil, p.move(+1)
		}
	}
	if pm, ok := msg.(tea.PasteMsg); ok {
		msg = tea.PasteMsg{Content: strings.ReplaceAll(sanitize.Text(pm.Content), "\n", " ")}
	}
	before := p.filter.Value()
	var cmd tea.Cmd
	p.filter, cmd = p.filter.Update(msg)
	if p.filter.Value() == before {
		return cmd, false
	}
	clean := strings.ReplaceAll(sanitize.Text(p.filter.Value()), "\n", " ")
	clean, cut := sanitize.Limit(clean, sanitize.MaxLine)
	if cut {
		// Said like widget.Field says it: nothing is cut silently.
		p.notice = p.tr.T("tui.widget.cut", sanitize.MaxLine)
	}
	if clean != p.filter.Value() {
		p.filter.SetValue(clean)
	}
	p.refilter()
	return cmd, p.take()
}

func (p *entryPick) refilter() {
	p.matches = filterLoose(p.index, p.query())
	p.cursor = 0
	if len(p.matches) == 0 {
		p.cursor = p.options() - 1
	}
	p.cursor = max(0, p.cursor)
}

func (p *entryPick) move(delta int) bool {
	n := p.options()
	if n == 0 {
		return false
	}
	p.cursor = (p.cursor + delta + n) % n
	return p.take()
}

// take makes the highlighted row the value.
func (p *entryPick) take() bool {
	before, beforeFree := p.value, p.free
	switch {
	case p.cursor < len(p.matches):
		p.value, p.free = p.matches[p.cursor].Code, false
	case p.query() != "":
		p.value, p.free = p.query(), true
	default:
		p.value, p.free = "", false
	}
	return p.value != before || p.free != beforeFree
}

// Display returns the chosen label or free text ("" when nothing).
func (p *entryPick) Display() string {
	if p.free || p.value == "" {
		return p.value
	}
	return catalogue.Label(p.index.entries(), p.value, p.lang)
}

// View implements widget.Input.
func (p *entryPick) View(width int) string {
	if width <= 0 {
		return ""
	}
	if !p.focused {
		if d := p.Display(); d != "" {
			return widget.Truncate(d, width)
		}
		return p.st.Subtle.Render("·")
	}
	p.filter.SetWidth(max(1, width-3))
	lines := []string{widget.Truncate(p.filter.View(), width)}
	if p.notice != "" {
		lines = append(lines, widget.Truncate(p.st.Warning.Render("⚠ "+p.notice), width))
	}
	n := p.options()
	if n == 0 {
		return strings.Join(append(lines, widget.Truncate(p.st.Muted.Render(p.tr.T("worries.pick.none")), width)), "\n")
	}
	start := max(0, min(p.cursor-p.rows/2, n-p.rows))
	for i := start; i < n && i < start+p.rows; i++ {
		lines = append(lines, p.optionLine(i, width))
	}
	return strings.Join(lines, "\n")
}

func (p *entryPick) optionLine(i, width int) string {
	var line string
	if i < len(p.matches) {
		e := p.matches[i]
		line = e.LabelIn(p.lang)
		if h := e.HintIn(p.lang); h != "" {
			line += p.st.Muted.Render(" – " + h)
		}
	} else {
		line = "✎ " + p.tr.T("worries.pick.free", p.query())
	}
	if i == p.cursor {
		return p.st.Selected.Render(widget.Pad("▸ "+line, width))
	}
	return widget.Truncate("  "+line, width)
}
