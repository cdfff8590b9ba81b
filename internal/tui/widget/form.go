package widget

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/i18n"
	"kofa/internal/theme"
)

// Row is one line of a form: an input, or (Input nil) a read-only Info
// line such as a computed end time. Visible, when set, hides the row while
// it returns false (consent details only after "consent" was picked).
type Row struct {
	Input   Input
	Label   string        // for an Info row
	Info    func() string // for an Info row
	Visible func() bool
}

func (r Row) visible() bool { return r.Visible == nil || r.Visible() }

func (r Row) label() string {
	if r.Input != nil {
		return r.Input.Label()
	}
	return r.Label
}

// FormEvent says what a form's Update did.
type FormEvent struct {
	// Changed is the input whose value changed (nil: none).
	Changed Input
	// Left is the input that just lost focus (nil: none): the moment to
	// commit its value at once.
	Left Input
	// Submitted is true when the form was submitted: ctrl+s in any field,
	// or enter in the last field the cursor goes to.
	Submitted bool
	// Leave is true when esc asked to leave the form. The form keeps
	// what was typed (the draft); the owner hides it.
	Leave bool
}

// Claimer is an input that sometimes uses a key the form would otherwise
// act on: a pick list uses ↑/↓, esc while a filter is typed, and enter to
// tick an entry of a multiple choice; a name field with suggestions uses
// ↑/↓ among them.
type Claimer interface {
	Claims(k tea.KeyPressMsg) bool
}

// Chooser is an input with a choice pending (the highlighted entry of a
// pick list): the form asks it to choose before the cursor leaves it by
// enter, tab, shift+tab or ctrl+s. Choose reports whether the value
// changed.
type Chooser interface {
	Choose() bool
}

// Clearer is an input that ctrl+u empties; Clear reports whether the
// value changed.
type Clearer interface {
	Clear() bool
}

// Helper is an input with keys of its own, shown while it has focus.
type Helper interface {
	HelpKeys() []key.Binding
}

// FormKeyMap are the keys of a form, the same in every form (see the
// interaction contract in package listform).
type FormKeyMap struct {
	// Next and Prev move to the next and previous field.
	Next, Prev key.Binding
	// Enter moves to the next field and, in the last one, submits.
	Enter key.Binding
	// Submit submits from any field.
	Submit key.Binding
	// Clear empties the field.
	Clear key.Binding
	// Leave leaves the form, keeping what was typed.
	Leave key.Binding
}

// ShortHelp implements help.KeyMap.
func (k FormKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Enter, k.Submit, k.Leave, k.Clear}
}

// FullHelp implements help.KeyMap.
func (k FormKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Next, k.Prev, k.Enter, k.Submit, k.Clear, k.Leave}}
}

// Form is a vertical list of inputs with their labels, keeping the
// interaction contract: tab/shift+tab and enter move between fields
// (↑/↓ too, where the input has no use for them), ctrl+s submits, and
// so does enter in the last field; esc leaves keeping the draft; ctrl+u
// clears the field. A field filled by kofa (MarkPrefilled) is skipped on
// the way forward, so the cursor goes to what is still to type.
type Form struct {
	rows  []Row
	focus int // row index; -1 when the form is blurred
	last  int // row focused last, for Focus
	// SubmitOnEnter makes enter submit from any row (a quick-add form).
	//
	// Deprecated: the interaction contract has enter move to the next
	// field; it stays until every editor uses listform.
	SubmitOnEnter bool
	// LabelWidth caps the label column (0: widest label, at most a third).
	LabelWidth int
	// OnChange, when set, is told about every value an input takes, at
	// once: a choice may fill another field (MarkPrefilled) before the
	// cursor moves on.
	OnChange func(in Input)

	prefilled map[Input]bool
	// saved: what is typed is stored as it is typed (an entry edited, a
	// panel over the conference), so esc leaves with it saved, not as a
	// draft; the help says which.
	saved bool
	keys  FormKeyMap
	tr    *i18n.Messages
	st    *theme.Styles
	drawn Rows[formRow, []string] // each row's lines, by row index
}

// formRow is what a row's lines are drawn from: the input's view (which
// the input keeps while it does not change), the label and its width.
type formRow struct {
	body, label   string
	focused       bool
	labelW, width int
	styles        uint64
}

// NewForm returns a blurred form.
func NewForm(tr *i18n.Messages, st *theme.Styles, rows ...Row) *Form {
	b := Binder(tr)
	return &Form{
		rows: rows, focus: -1, st: st, tr: tr, prefilled: map[Input]bool{},
		keys: FormKeyMap{
			Next:   b([]string{"tab"}, "tab", "tui.widget.form.next"),
			Prev:   b([]string{"shift+tab"}, "shift+tab", "tui.widget.form.prev"),
			Enter:  b([]string{"enter"}, "enter", "tui.widget.form.next"),
			Submit: b([]string{"ctrl+s"}, "ctrl+s", "tui.widget.form.submit"),
			Clear:  b([]string{"ctrl+u"}, "ctrl+u", "tui.widget.form.clear"),
			Leave:  b([]string{"esc"}, "esc", "tui.widget.form.leave"),
		},
	}
}

// KeyMap returns the form's keys as they act now: enter says "submit" in
// the last field, and nothing is enabled while the form is blurred.
func (f *Form) KeyMap() FormKeyMap {
	k := f.keys
	on := f.Focused()
	for _, b := range []*key.Binding{&k.Next, &k.Prev, &k.Enter, &k.Submit, &k.Clear, &k.Leave} {
		b.SetEnabled(on)
	}
	if on && (f.SubmitOnEnter || f.nextFocusable(f.focus, +1, true) < 0) {
		k.Enter.SetHelp("enter", k.Submit.Help().Desc)
	}
	if _, ok := f.Current().(Clearer); !ok {
		k.Clear.SetEnabled(false)
	}
	if f.saved {
		k.Leave.SetHelp("esc", f.tr.T("tui.widget.form.leave_saved"))
	}
	return k
}

// HelpKeys are the keys that act in the focused field, the most useful
// first: the input's own (a pick list's), then the form's. enter and tab
// share a line where both move on ("enter/tab next field"), enter and
// ctrl+s where both submit ("enter/ctrl+s save").
func (f *Form) HelpKeys() []key.Binding {
	k := f.KeyMap()
	var out []key.Binding
	if h, ok := f.Current().(Helper); ok {
		out = append(out, h.HelpKeys()...)
	}
	submit := k.Submit
	if len(out) == 0 {
		switch enter := k.Enter.Help(); {
		case enter.Desc == submit.Help().Desc:
			submit.SetHelp("enter/ctrl+s", enter.Desc)
		case enter.Desc == k.Next.Help().Desc:
			k.Enter.SetHelp("enter/tab", enter.Desc)
			out = append(out, k.Enter)
		default:
			out = append(out, k.Enter)
		}
	}
	return append(out, submit, k.Leave, k.Clear)
}

// SetSaved says whether what is typed is stored as it is typed (true) or
// kept as a draft until it is submitted (false, the default): the help of
// esc says which.
func (f *Form) SetSaved(saved bool) { f.saved = saved }

// SetSubmitHelp renames what submitting does ("add", "save").
func (f *Form) SetSubmitHelp(desc string) { f.keys.Submit.SetHelp("ctrl+s", desc) }

// Focused reports whether an input of the form has focus.
func (f *Form) Focused() bool { return f.focus >= 0 }

// Current returns the focused input, or nil.
func (f *Form) Current() Input {
	if f.focus < 0 {
		return nil
	}
	return f.rows[f.focus].Input
}

// Inputs returns the inputs of the form, in order (hidden ones too).
func (f *Form) Inputs() []Input {
	var out []Input
	for _, r := range f.rows {
		if r.Input != nil {
			out = append(out, r.Input)
		}
	}
	return out
}

// Focus focuses the row focused last (the first at the start, past the
// fields kofa filled).
func (f *Form) Focus() tea.Cmd {
	if i := f.nextFocusable(f.last-1, +1, false); i >= 0 && f.last > 0 {
		return f.focusRow(i)
	}
	if i := f.nextFocusable(-1, +1, true); i >= 0 {
		return f.focusRow(i)
	}
	return f.focusRow(f.nextFocusable(-1, +1, false))
}

// FocusFirst focuses the first field to type into (past the fields kofa
// filled), as when the form opens anew.
func (f *Form) FocusFirst() tea.Cmd {
	f.last = 0
	return f.Focus()
}

// FocusInput focuses the row holding in.
func (f *Form) FocusInput(in Input) tea.Cmd {
	for i, r := range f.rows {
		if r.Input == in {
			return f.focusRow(i)
		}
	}
	return nil
}

// Blur takes the focus away and returns the input that had it.
func (f *Form) Blur() Input {
	cur := f.Current()
	if cur != nil {
		cur.Blur()
	}
	f.focus = -1
	return cur
}

// MarkPrefilled records that kofa filled in (not the user): the cursor
// passes them on the way forward, and stops there going back. Typing into
// one makes it the user's.
func (f *Form) MarkPrefilled(in ...Input) {
	for _, i := range in {
		f.prefilled[i] = true
	}
}

// ClearPrefilled forgets every mark of MarkPrefilled (the form is loaded
// anew).
func (f *Form) ClearPrefilled() { clear(f.prefilled) }

// Prefilled reports whether in was filled by kofa.
func (f *Form) Prefilled(in Input) bool { return f.prefilled[in] }

func (f *Form) focusRow(i int) tea.Cmd {
	if i < 0 || i >= len(f.rows) {
		return nil
	}
	if cur := f.Current(); cur != nil && f.focus != i {
		cur.Blur()
	}
	f.focus, f.last = i, i
	return f.rows[i].Input.Focus()
}

// nextFocusable returns the next visible input row after from in dir, or
// -1; skipPrefilled passes the fields kofa filled.
func (f *Form) nextFocusable(from, dir int, skipPrefilled bool) int {
	for i := from + dir; i >= 0 && i < len(f.rows); i += dir {
		r := f.rows[i]
		if r.Input != nil && r.visible() && !(skipPrefilled && f.prefilled[r.Input]) {
			return i
		}
	}
	return -1
}

// Update routes a message to the focused input and handles the form's
// keys.
func (f *Form) Update(msg tea.Msg) (FormEvent, tea.Cmd) {
	cur := f.Current()
	if cur == nil {
		return FormEvent{}, nil
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && !claims(cur, k) {
		if ev, cmd, done := f.key(cur, k); done {
			return ev, cmd
		}
	}
	var ev FormEvent
	cmd, changed := cur.Update(msg)
	if changed {
		ev.Changed = cur
		f.changed(cur)
	}
	return ev, cmd
}

func claims(in Input, k tea.KeyPressMsg) bool {
	c, ok := in.(Claimer)
	return ok && c.Claims(k)
}

// key handles the form's own keys; done is false for any other key.
func (f *Form) key(cur Input, k tea.KeyPressMsg) (ev FormEvent, cmd tea.Cmd, done bool) {
	_, updown := cur.(interface{ WantsUpDown() bool })
	switch {
	case key.Matches(k, f.keys.Leave):
		return FormEvent{Leave: true}, nil, true
	case key.Matches(k, f.keys.Clear):
		if c, ok := cur.(Clearer); ok && c.Clear() {
			f.changed(cur)
			return FormEvent{Changed: cur}, nil, true
		}
		return FormEvent{}, nil, true
	case key.Matches(k, f.keys.Submit):
		return FormEvent{Changed: f.choose(cur), Submitted: true}, nil, true
	case key.Matches(k, f.keys.Next), !updown && k.String() == "down":
		ev, cmd = f.move(+1, false)
	case key.Matches(k, f.keys.Prev), !updown && k.String() == "up":
		ev, cmd = f.move(-1, false)
	case key.Matches(k, f.keys.Enter):
		if f.SubmitOnEnter {
			return FormEvent{Changed: f.choose(cur), Submitted: true}, nil, true
		}
		ev, cmd = f.move(+1, true)
	default:
		return FormEvent{}, nil, false
	}
	return ev, cmd, true
}

// ChoosePending chooses what the focused input has highlighted (the phase
// is left with a filter typed: what the screen showed is what is kept).
// It returns the input when its value changed, else nil.
func (f *Form) ChoosePending() Input {
	if cur := f.Current(); cur != nil {
		return f.choose(cur)
	}
	return nil
}

// choose makes a pending choice of in its value; it returns in when that
// changed the value, else nil.
func (f *Form) choose(in Input) Input {
	if c, ok := in.(Chooser); ok && c.Choose() {
		f.changed(in)
		return in
	}
	return nil
}

// changed notes that the user gave in a value: it is theirs now, not
// kofa's, and OnChange hears of it.
func (f *Form) changed(in Input) {
	delete(f.prefilled, in)
	if f.OnChange != nil {
		f.OnChange(in)
	}
}

// move chooses what is pending in the focused input and focuses the next
// (or previous) input: forward past the fields kofa filled, backward to
// every field. Past the last row it wraps to the first, or submits when
// submit is set.
func (f *Form) move(dir int, submit bool) (FormEvent, tea.Cmd) {
	left := f.Current()
	chosen := f.choose(left)
	next := f.nextFocusable(f.focus, dir, dir > 0)
	if next < 0 {
		if submit {
			return FormEvent{Changed: chosen, Submitted: true}, nil
		}
		if dir > 0 {
			next = f.nextFocusable(-1, +1, true)
		} else {
			next = f.nextFocusable(len(f.rows), -1, false)
		}
	}
	if next < 0 {
		next = f.focus
	}
	cmd := f.focusRow(next)
	ev := FormEvent{Changed: chosen}
	if f.Current() != left {
		ev.Left = left
	}
	return ev, cmd
}

// View renders the visible rows into width x height, scrolled so the
// focused row shows.
func (f *Form) View(width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	lw := f.labelWidth(width)
	inputWidth := max(1, width-lw-2)
	var lines []string
	focusTop, focusBottom := 0, 0
	for i, r := range f.rows {
		if !r.visible() {
			continue
		}
		var body string
		if r.Input != nil {
			body = r.Input.View(inputWidth)
		} else if r.Info != nil {
			body = f.st.Muted.Render(Truncate(r.Info(), inputWidth))
		}
		if i == f.focus {
			focusTop = len(lines)
		}
		k := formRow{body: body, label: r.label(), focused: i == f.focus, labelW: lw, width: width, styles: f.st.Version()}
		lines = append(lines, f.drawn.Get(i, k, f.drawRow)...)
		if i == f.focus {
			focusBottom = len(lines) - 1
		}
	}
	start := 0
	if focusBottom >= height {
		start = min(focusTop, focusBottom-height+1)
	}
	end := min(len(lines), start+height)
	return strings.Join(lines[start:end], "\n")
}

// drawRow draws a row: its label (in the title style while focused), and
// the input's lines beside it.
func (f *Form) drawRow(k formRow) []string {
	label := Pad(TruncateWords(k.label, k.labelW), k.labelW)
	if k.focused {
		label = f.st.Title.Render(label)
	} else {
		label = f.st.Muted.Render(label)
	}
	var lines []string
	for j, l := range strings.Split(k.body, "\n") {
		prefix := strings.Repeat(" ", k.labelW)
		if j == 0 {
			prefix = label
		}
		lines = append(lines, Truncate(prefix+"  "+l, k.width))
	}
	return lines
}

func (f *Form) labelWidth(width int) int {
	if f.LabelWidth > 0 {
		return min(f.LabelWidth, width/3)
	}
	w := 0
	for _, r := range f.rows {
		w = max(w, Width(r.label()))
	}
	return min(w, width/3)
}
