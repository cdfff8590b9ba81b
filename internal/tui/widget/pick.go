package widget

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/sanitize"
	"kofa/internal/theme"
)

// Option is one choice of a Pick.
type Option struct {
	Code  string
	Label string
	Hint  string
}

// OptionsFrom turns catalogue entries into options labelled in lang.
func OptionsFrom(entries []catalogue.Entry, lang i18n.Lang) []Option {
	out := make([]Option, len(entries))
	for i, e := range entries {
		out[i] = Option{Code: e.Code, Label: e.LabelIn(string(lang)), Hint: e.HintIn(string(lang))}
	}
	return out
}

// PickFrom returns a single pick over catalogue entries whose filter
// understands what catalogue.Filter understands (case, accents, "ue" for
// "ü", several words).
func PickFrom(tr *i18n.Messages, st *theme.Styles, label string, entries []catalogue.Entry, lang i18n.Lang) *Pick {
	p := NewPick(tr, st, label, OptionsFrom(entries, lang))
	p.match = func(q string) []int {
		hits := catalogue.Filter(entries, q, string(lang))
		out := make([]int, 0, len(hits))
		for _, h := range hits {
			out = append(out, p.index(h.Code))
		}
		return out
	}
	return p
}

// Pick chooses one option (or several, SetMulti) from a list; typing
// filters it. With SetAllowFree a text that matches no option is taken as
// free text. A single pick takes the highlighted option as its value as
// soon as the highlight moves, so what is shown is what is stored.
type Pick struct {
	label   string
	options []Option
	multi   bool
	free    bool // free text allowed
	rows    int  // options shown while focused

	filter  textinput.Model
	matches []int // indexes into options
	match   func(query string) []int
	cursor  int // index into matches
	focused bool

	value    string   // single: code, or free text when isFree
	isFree   bool     // value is free text
	selected []string // multi: codes in option order

	keys  PickKeyMap
	st    *theme.Styles
	tr    *i18n.Messages
	stamp styleStamp
}

// PickKeyMap are the keys of a focused pick.
type PickKeyMap struct {
	Up, Down, Toggle key.Binding
}

// ShortHelp implements help.KeyMap.
func (k PickKeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Up, k.Down, k.Toggle} }

// FullHelp implements help.KeyMap.
func (k PickKeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// NewPick returns a single pick over options with nothing chosen.
func NewPick(tr *i18n.Messages, st *theme.Styles, label string, options []Option) *Pick {
	in := textinput.New()
	in.Prompt = "⌕ "
	in.SetStyles(inputStyles(st))
	in.KeyMap.Paste.SetEnabled(false)
	in.KeyMap.AcceptSuggestion.SetEnabled(false)
	in.KeyMap.NextSuggestion.SetEnabled(false)
	in.KeyMap.PrevSuggestion.SetEnabled(false)
	in.Placeholder = tr.T("tui.widget.pick.filter")
	p := &Pick{label: label, options: options, rows: 5, filter: in, st: st, tr: tr, stamp: stampOf(st)}
	p.keys = PickKeyMap{
		Up:     key.NewBinding(key.WithKeys("up"), key.WithHelp("↑/↓", tr.T("tui.widget.pick.choose"))),
		Down:   key.NewBinding(key.WithKeys("down")),
		Toggle: key.NewBinding(key.WithKeys("space"), key.WithHelp("space", tr.T("tui.widget.pick.toggle")), key.WithDisabled()),
	}
	p.refilter()
	return p
}

// SetMulti lets the pick hold several options; space toggles one.
func (p *Pick) SetMulti(multi bool) {
	p.multi = multi
	p.keys.Toggle.SetEnabled(multi)
}

// SetAllowFree lets a single pick take text that matches no option.
func (p *Pick) SetAllowFree(free bool) { p.free = free }

// SetRows sets how many options show while the pick is focused.
func (p *Pick) SetRows(n int) { p.rows = max(1, n) }

// KeyMap returns the pick's keys for help.
func (p *Pick) KeyMap() PickKeyMap { return p.keys }

// Label implements Input.
func (p *Pick) Label() string { return p.label }

// Value returns the chosen code, or the free text when Free.
func (p *Pick) Value() string { return p.value }

// Free reports whether Value is free text rather than a code.
func (p *Pick) Free() bool { return p.isFree }

// Values returns the chosen codes of a multi pick, in option order.
func (p *Pick) Values() []string { return slices.Clone(p.selected) }

// SetValue chooses the option with code, or sets free text when no option
// has that code and free text is allowed.
func (p *Pick) SetValue(code string) {
	p.value, p.isFree = code, false
	if code != "" && p.index(code) < 0 {
		p.isFree = p.free
		if !p.free {
			p.value = ""
		}
	}
}

// SetValues chooses the options of a multi pick.
func (p *Pick) SetValues(codes []string) {
	p.selected = p.selected[:0]
	for _, o := range p.options {
		if slices.Contains(codes, o.Code) {
			p.selected = append(p.selected, o.Code)
		}
	}
}

func (p *Pick) index(code string) int {
	return slices.IndexFunc(p.options, func(o Option) bool { return o.Code == code })
}

// Focus implements Input.
func (p *Pick) Focus() tea.Cmd {
	p.focused = true
	p.filter.SetValue("")
	p.refilter()
	if i := p.index(p.value); i >= 0 && !p.multi {
		p.cursor = max(0, slices.Index(p.matches, i))
	}
	return p.filter.Focus()
}

// Blur implements Input.
func (p *Pick) Blur() {
	p.focused = false
	p.filter.Blur()
}

// Focused implements Input.
func (p *Pick) Focused() bool { return p.focused }

// WantsUpDown tells a form that up and down move the highlight in here.
func (p *Pick) WantsUpDown() bool { return true }

// Update implements Input.
func (p *Pick) Update(msg tea.Msg) (tea.Cmd, bool) {
	if !p.focused {
		return nil, false
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, p.keys.Up):
			return nil, p.move(-1)
		case key.Matches(k, p.keys.Down):
			return nil, p.move(+1)
		case p.multi && key.Matches(k, p.keys.Toggle):
			return nil, p.toggle()
		}
	}
	if pm, ok := msg.(tea.PasteMsg); ok {
		content, _ := sanitize.Limit(cleanInput(pm.Content, true), sanitize.MaxLine)
		msg = tea.PasteMsg{Content: content}
	}
	before := p.filter.Value()
	var cmd tea.Cmd
	p.filter, cmd = p.filter.Update(msg)
	if p.filter.Value() == before {
		return cmd, false
	}
	if clean, _ := sanitize.Limit(cleanInput(p.filter.Value(), true), sanitize.MaxLine); clean != p.filter.Value() {
		p.filter.SetValue(clean)
	}
	p.refilter()
	if p.multi {
		return cmd, false
	}
	return cmd, p.takeHighlight()
}

func (p *Pick) move(delta int) bool {
	if len(p.matches) == 0 {
		return false
	}
	p.cursor = (p.cursor + delta + len(p.matches)) % len(p.matches)
	if p.multi {
		return false
	}
	return p.takeHighlight()
}

// takeHighlight makes the highlighted option (or, with no match, the typed
// free text) the value of a single pick.
func (p *Pick) takeHighlight() bool {
	before, beforeFree := p.value, p.isFree
	text := sanitize.Line(p.filter.Value())
	switch {
	case len(p.matches) > 0:
		p.value, p.isFree = p.options[p.matches[p.cursor]].Code, false
	case p.free && text != "":
		p.value, p.isFree = text, true
	}
	return p.value != before || p.isFree != beforeFree
}

func (p *Pick) toggle() bool {
	if len(p.matches) == 0 {
		return false
	}
	code := p.options[p.matches[p.cursor]].Code
	if i := slices.Index(p.selected, code); i >= 0 {
		p.selected = slices.Delete(p.selected, i, i+1)
	} else {
		p.SetValues(append(p.selected, code))
	}
	return true
}

func (p *Pick) refilter() {
	p.cursor = 0
	if p.match != nil && strings.TrimSpace(p.filter.Value()) != "" {
		p.matches = p.match(p.filter.Value())
		return
	}
	q := strings.ToLower(strings.TrimSpace(p.filter.Value()))
	p.matches = p.matches[:0]
	for i, o := range p.options {
		if q == "" || strings.Contains(strings.ToLower(o.Label), q) || strings.Contains(o.Code, q) {
			p.matches = append(p.matches, i)
		}
	}
}

// Display returns the chosen label(s) as one line ("" when nothing).
func (p *Pick) Display() string {
	if p.multi {
		labels := make([]string, 0, len(p.selected))
		for _, c := range p.selected {
			labels = append(labels, p.labelOf(c))
		}
		return strings.Join(labels, ", ")
	}
	if p.isFree {
		return p.value
	}
	return p.labelOf(p.value)
}

func (p *Pick) labelOf(code string) string {
	if i := p.index(code); i >= 0 {
		return p.options[i].Label
	}
	return code
}

// View implements Input: the choice when not focused; the filter and the
// matching options while focused.
func (p *Pick) View(width int) string {
	if width <= 0 {
		return ""
	}
	if !p.focused {
		if d := p.Display(); d != "" {
			return Truncate(d, width)
		}
		return p.st.Subtle.Render("·")
	}
	if stamp := stampOf(p.st); stamp != p.stamp {
		p.stamp = stamp
		p.filter.SetStyles(inputStyles(p.st))
	}
	p.filter.SetWidth(max(1, width-3))
	lines := []string{Truncate(p.filter.View(), width)}
	if len(p.matches) == 0 {
		msg := p.tr.T("tui.widget.pick.none")
		if p.free && !p.multi && strings.TrimSpace(p.filter.Value()) != "" {
			msg = p.tr.T("tui.widget.pick.free")
		}
		return strings.Join(append(lines, Truncate(p.st.Muted.Render(msg), width)), "\n")
	}
	start := max(0, min(p.cursor-p.rows/2, len(p.matches)-p.rows))
	for i := start; i < len(p.matches) && i < start+p.rows; i++ {
		lines = append(lines, p.optionLine(i, width))
	}
	return strings.Join(lines, "\n")
}

func (p *Pick) optionLine(i, width int) string {
	o := p.options[p.matches[i]]
	mark := "  "
	switch {
	case p.multi && slices.Contains(p.selected, o.Code):
		mark = "☑ "
	case p.multi:
		mark = "☐ "
	case !p.isFree && o.Code == p.value:
		mark = "● "
	}
	line := mark + o.Label
	if o.Hint != "" {
		line += p.st.Muted.Render(" – " + o.Hint)
	}
	if i == p.cursor {
		return p.st.Selected.Render(Pad("▸"+line, width))
	}
	return Truncate(" "+line, width)
}
