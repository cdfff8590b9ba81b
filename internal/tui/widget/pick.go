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
	"kofa/internal/textfold"
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
	p.SetMatch(func(q string) []string {
		hits := catalogue.Filter(entries, q, string(lang))
		out := make([]string, 0, len(hits))
		for _, h := range hits {
			out = append(out, h.Code)
		}
		return out
	})
	return p
}

// Pick is a pick list: it chooses one option (or several, SetMulti) from a
// list, following the interaction contract. ↑/↓ move the highlight;
// typing filters (space is text); enter and tab choose the highlighted
// entry (the form then moves on); esc with a filter typed closes the list
// and leaves the field as it was; ctrl+u clears the filter, or the field
// when no filter is typed. A single choice never toggles: choosing the
// chosen entry keeps it. A multiple choice shows its ticks; enter ticks or
// unticks the highlighted entry, tab moves on. With SetAllowFree the typed
// text is offered as the last entry, to be taken as it is.
//
// Nothing is highlighted when the list opens on an empty field, so going
// through an optional field with tab leaves it empty.
type Pick struct {
	label   string
	options []Option
	multi   bool
	free    bool // free text allowed
	rows    int  // options shown while focused

	filter  textinput.Model
	query   string // the filter as last matched, trimmed
	matches []int  // indexes into options
	match   func(query string) []string
	cursor  int // index into the rows (matches, then the free text); -1: none
	focused bool
	notice  string // shown below the filter, e.g. that a paste was cut

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
	Up, Down, Choose, Toggle, ClearFilter key.Binding
}

// ShortHelp implements help.KeyMap.
func (k PickKeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Up, k.Choose, k.Toggle} }

// FullHelp implements help.KeyMap.
func (k PickKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Choose, k.Toggle, k.ClearFilter}}
}

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
	p := &Pick{label: label, options: options, rows: 5, filter: in, st: st, tr: tr, stamp: stampOf(st), cursor: -1}
	p.keys = PickKeyMap{
		Up:          key.NewBinding(key.WithKeys("up"), key.WithHelp("↑/↓", tr.T("tui.widget.pick.move"))),
		Down:        key.NewBinding(key.WithKeys("down")),
		Choose:      key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter/tab", tr.T("tui.widget.pick.choose"))),
		Toggle:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", tr.T("tui.widget.pick.toggle")), key.WithDisabled()),
		ClearFilter: key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", tr.T("tui.widget.pick.clear_filter")), key.WithDisabled()),
	}
	p.refilter()
	return p
}

// SetMulti lets the pick hold several options; enter ticks one.
func (p *Pick) SetMulti(multi bool) { p.multi = multi }

// SetAllowFree lets a single pick take text that matches no option.
func (p *Pick) SetAllowFree(free bool) { p.free = free }

// SetRows sets how many options show while the pick is focused.
func (p *Pick) SetRows(n int) { p.rows = max(1, n) }

// SetMatch replaces the filter: match returns the codes of the options
// that match a query, best first.
func (p *Pick) SetMatch(match func(query string) []string) {
	p.match = match
	p.refilter()
}

// SetOptions replaces the options, keeping the choice where the new
// options still hold it.
func (p *Pick) SetOptions(options []Option) {
	p.options = options
	p.SetValue(p.value)
	p.SetValues(p.selected)
	p.refilter()
}

// KeyMap returns the pick's keys as they act now.
func (p *Pick) KeyMap() PickKeyMap {
	k := p.keys
	k.Up.SetEnabled(p.focused && len(p.matches) > 0)
	k.Choose.SetEnabled(p.focused && !p.multi && p.cursor >= 0)
	k.Toggle.SetEnabled(p.focused && p.multi && p.cursor >= 0)
	k.ClearFilter.SetEnabled(p.focused && p.filter.Value() != "")
	return k
}

// HelpKeys implements Helper: the keys that act in the list now.
func (p *Pick) HelpKeys() []key.Binding {
	k := p.KeyMap()
	var out []key.Binding
	for _, b := range []key.Binding{k.Up, k.Choose, k.Toggle} {
		if b.Enabled() {
			out = append(out, b)
		}
	}
	return out
}

// Label implements Input.
func (p *Pick) Label() string { return p.label }

// Value returns the chosen code, or the free text when Free.
func (p *Pick) Value() string { return p.value }

// Free reports whether Value is free text rather than a code.
func (p *Pick) Free() bool { return p.isFree }

// CodeOrText returns the value as an entry stores it: an option's code,
// or the free text typed (the other of the two is empty).
func (p *Pick) CodeOrText() (code, text string) {
	if p.isFree {
		return "", p.value
	}
	return p.value, ""
}

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
	if p.focused {
		p.resetFilter()
	}
}

// SetFreeText makes text (not an option) the value of a single pick.
func (p *Pick) SetFreeText(text string) {
	p.value, p.isFree = text, text != ""
	if p.focused {
		p.resetFilter()
	}
}

// SetValues chooses the options of a multi pick.
func (p *Pick) SetValues(codes []string) {
	var sel []string
	for _, o := range p.options {
		if slices.Contains(codes, o.Code) {
			sel = append(sel, o.Code)
		}
	}
	p.selected = sel
}

func (p *Pick) index(code string) int {
	return slices.IndexFunc(p.options, func(o Option) bool { return o.Code == code })
}

// Focus implements Input: the list opens with the chosen entry
// highlighted (a free text in the filter, to be corrected), or nothing.
func (p *Pick) Focus() tea.Cmd {
	p.focused = true
	p.resetFilter()
	return p.filter.Focus()
}

// resetFilter shows the list as it opens: the whole list with the value
// highlighted, or a free value in the filter.
func (p *Pick) resetFilter() {
	p.notice = ""
	if p.isFree && !p.multi {
		p.filter.SetValue(p.value)
		p.filter.CursorEnd()
		p.refilter()
		p.cursor = len(p.matches) // the free text's row
		return
	}
	p.filter.SetValue("")
	p.refilter()
	p.cursor = p.valueRow()
}

// valueRow is the row of the chosen entry of a single pick, or -1.
func (p *Pick) valueRow() int {
	if p.multi || p.value == "" || p.isFree {
		return -1
	}
	return slices.Index(p.matches, p.index(p.value))
}

// Blur implements Input.
func (p *Pick) Blur() {
	p.focused = false
	p.filter.Blur()
	p.notice = ""
}

// Focused implements Input.
func (p *Pick) Focused() bool { return p.focused }

// WantsUpDown tells a form that up and down move the highlight in here.
func (p *Pick) WantsUpDown() bool { return true }

// pending reports whether the list shows something other than the value:
// a filter typed, or the highlight moved.
func (p *Pick) pending() bool {
	if p.isFree && !p.multi {
		return p.filter.Value() != p.value
	}
	return p.filter.Value() != "" || (!p.multi && p.cursor != p.valueRow())
}

// Claims implements Claimer: esc closes the list while something is
// pending, enter ticks in a multiple choice.
func (p *Pick) Claims(k tea.KeyPressMsg) bool {
	switch k.String() {
	case "esc":
		return p.pending()
	case "enter":
		return p.multi && p.cursor >= 0
	case "ctrl+u":
		return p.filter.Value() != ""
	}
	return false
}

// Choose implements Chooser: the highlighted entry of a single pick
// becomes its value.
func (p *Pick) Choose() bool {
	if p.multi || p.cursor < 0 {
		return false
	}
	before, beforeFree := p.value, p.isFree
	if p.cursor < len(p.matches) {
		p.value, p.isFree = p.options[p.matches[p.cursor]].Code, false
	} else if text := p.typed(); p.free && text != "" {
		p.value, p.isFree = text, true
	}
	return p.value != before || p.isFree != beforeFree
}

// Clear implements Clearer: nothing is chosen any more.
func (p *Pick) Clear() bool {
	changed := p.value != "" || len(p.selected) > 0
	p.value, p.isFree, p.selected = "", false, nil
	if p.focused {
		p.resetFilter()
	}
	return changed
}

// Update implements Input. Only ticking an entry of a multiple choice
// changes the value here; a single choice changes when the form asks it
// to choose.
func (p *Pick) Update(msg tea.Msg) (tea.Cmd, bool) {
	if !p.focused {
		return nil, false
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, p.keys.Up):
			p.move(-1)
			return nil, false
		case key.Matches(k, p.keys.Down):
			p.move(+1)
			return nil, false
		case k.String() == "esc":
			p.resetFilter()
			return nil, false
		case k.String() == "ctrl+u":
			p.filter.SetValue("")
			p.refilter()
			p.cursor = p.valueRow()
			return nil, false
		case k.String() == "enter":
			return nil, p.multi && p.toggle()
		}
	}
	if pm, ok := msg.(tea.PasteMsg); ok {
		content, cut := sanitize.Limit(cleanInput(pm.Content, true), max(0, sanitize.MaxLine-len(p.filter.Value())))
		if cut {
			p.notice = p.tr.T("tui.widget.cut", sanitize.MaxLine)
		}
		msg = tea.PasteMsg{Content: content}
	}
	before := p.filter.Value()
	var cmd tea.Cmd
	p.filter, cmd = p.filter.Update(msg)
	if p.filter.Value() == before {
		return cmd, false
	}
	if clean, cut := sanitize.Limit(cleanInput(p.filter.Value(), true), sanitize.MaxLine); clean != p.filter.Value() {
		if cut {
			p.notice = p.tr.T("tui.widget.cut", sanitize.MaxLine)
		}
		p.filter.SetValue(clean)
	}
	if strings.TrimSpace(p.filter.Value()) != p.query {
		// A space typed between words changes nothing yet: the
		// highlight stays where it is.
		p.refilter()
		p.cursor = -1
		if p.rowCount() > 0 && p.query != "" {
			p.cursor = 0
		} else if p.query == "" {
			p.cursor = p.valueRow()
		}
	}
	return cmd, false
}

// typed is the filter, cleaned.
func (p *Pick) typed() string { return sanitize.Line(p.filter.Value()) }

// freeRow reports whether the typed text is offered as an entry of its
// own: free text is allowed and no option is labelled so (folded like the
// filter: "Grossmutter" is the option "Großmutter", not a second one).
func (p *Pick) freeRow() bool {
	text := p.typed()
	if !p.free || p.multi || text == "" {
		return false
	}
	typed := textfold.Fold(text)
	for _, i := range p.matches {
		if label := textfold.Fold(p.options[i].Label); label.Plain() == typed.Plain() || label.Digraph() == typed.Digraph() {
			return false
		}
	}
	return true
}

// rowCount counts the rows to choose from: the matches and the free text.
func (p *Pick) rowCount() int {
	if p.freeRow() {
		return len(p.matches) + 1
	}
	return len(p.matches)
}

func (p *Pick) move(delta int) {
	n := p.rowCount()
	if n == 0 {
		return
	}
	switch {
	case p.cursor < 0 && delta > 0:
		p.cursor = 0
	case p.cursor < 0:
		p.cursor = n - 1
	default:
		p.cursor = (p.cursor + delta + n) % n
	}
}

func (p *Pick) toggle() bool {
	if p.cursor < 0 || p.cursor >= len(p.matches) {
		return false
	}
	code := p.options[p.matches[p.cursor]].Code
	if i := slices.Index(p.selected, code); i >= 0 {
		p.selected = slices.Delete(slices.Clone(p.selected), i, i+1)
	} else {
		p.SetValues(append(slices.Clone(p.selected), code))
	}
	return true
}

func (p *Pick) refilter() {
	p.query = strings.TrimSpace(p.filter.Value())
	p.matches = p.matches[:0]
	if p.match != nil && p.query != "" {
		for _, code := range p.match(p.query) {
			if i := p.index(code); i >= 0 {
				p.matches = append(p.matches, i)
			}
		}
		return
	}
	q := textfold.Fold(p.query)
	for i, o := range p.options {
		if p.query == "" || textfold.Contains(o.Label, p.query) || q.In(textfold.Haystack(o.Hint)) {
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
	p.filter.Placeholder = Truncate(p.tr.T("tui.widget.pick.filter"), max(1, width-3))
	lines := []string{Truncate(p.filter.View(), width)}
	if p.notice != "" {
		lines = append(lines, Truncate(p.st.Warning.Render("⚠ "+p.notice), width))
	}
	n := p.rowCount()
	if n == 0 {
		return strings.Join(append(lines, Truncate(p.st.Muted.Render(p.tr.T("tui.widget.pick.none")), width)), "\n")
	}
	start := max(0, min(p.cursor-p.rows/2, n-p.rows))
	for i := start; i < n && i < start+p.rows; i++ {
		lines = append(lines, p.optionLine(i, width))
	}
	return strings.Join(lines, "\n")
}

func (p *Pick) optionLine(i, width int) string {
	var line string
	if i >= len(p.matches) {
		line = "✎ " + p.tr.T("tui.widget.pick.free_row", p.typed())
	} else {
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
		line = mark + o.Label
		if o.Hint != "" {
			line += p.st.Muted.Render(" – " + o.Hint)
		}
	}
	if i == p.cursor {
		return p.st.Selected.Render(Pad("▸"+line, width))
	}
	return Truncate(" "+line, width)
}
