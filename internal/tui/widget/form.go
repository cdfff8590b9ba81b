package widget

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

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
	// Submitted is true when enter was pressed on the last row (or on any
	// row when SubmitOnEnter is set).
	Submitted bool
}

// FormKeyMap are the keys of a form.
type FormKeyMap struct {
	Next, Prev, Submit key.Binding
}

// ShortHelp implements help.KeyMap.
func (k FormKeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Next, k.Submit} }

// FullHelp implements help.KeyMap.
func (k FormKeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{{k.Next, k.Prev, k.Submit}} }

// Form is a vertical list of inputs with their labels. Tab and shift+tab
// (and up and down, where the input has no use for them) move between
// rows; enter moves on, and on the last row submits.
type Form struct {
	rows  []Row
	focus int // row index; -1 when the form is blurred
	last  int // row focused last, for Focus
	// SubmitOnEnter makes enter submit from any row (a quick-add form).
	SubmitOnEnter bool
	// LabelWidth caps the label column (0: widest label, at most a third).
	LabelWidth int

	keys  FormKeyMap
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
	return &Form{
		rows: rows, focus: -1, st: st,
		keys: FormKeyMap{
			Next:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", tr.T("tui.widget.form.next"))),
			Prev:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", tr.T("tui.widget.form.prev"))),
			Submit: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", tr.T("tui.widget.form.submit"))),
		},
	}
}

// KeyMap returns the form's keys.
func (f *Form) KeyMap() FormKeyMap { return f.keys }

// SetSubmitHelp renames what enter does ("add", "next").
func (f *Form) SetSubmitHelp(desc string) { f.keys.Submit.SetHelp("enter", desc) }

// Focused reports whether an input of the form has focus.
func (f *Form) Focused() bool { return f.focus >= 0 }

// Current returns the focused input, or nil.
func (f *Form) Current() Input {
	if f.focus < 0 {
		return nil
	}
	return f.rows[f.focus].Input
}

// Focus focuses the row focused last (the first at the start).
func (f *Form) Focus() tea.Cmd {
	if i := f.nextFocusable(f.last-1, +1); i >= 0 {
		return f.focusRow(i)
	}
	return f.focusRow(f.nextFocusable(-1, +1))
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

// nextFocusable returns the next visible input row after from in dir, or -1.
func (f *Form) nextFocusable(from, dir int) int {
	for i := from + dir; i >= 0 && i < len(f.rows); i += dir {
		if f.rows[i].Input != nil && f.rows[i].visible() {
			return i
		}
	}
	return -1
}

// Update routes a message to the focused input and handles moving between
// rows.
func (f *Form) Update(msg tea.Msg) (FormEvent, tea.Cmd) {
	var ev FormEvent
	cur := f.Current()
	if cur == nil {
		return ev, nil
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		_, updown := cur.(interface{ WantsUpDown() bool })
		switch {
		case key.Matches(k, f.keys.Next), !updown && k.String() == "down":
			return f.move(+1, false)
		case key.Matches(k, f.keys.Prev), !updown && k.String() == "up":
			return f.move(-1, false)
		case key.Matches(k, f.keys.Submit):
			if f.SubmitOnEnter {
				return FormEvent{Submitted: true}, nil
			}
			return f.move(+1, true)
		}
	}
	cmd, changed := cur.Update(msg)
	if changed {
		ev.Changed = cur
	}
	return ev, cmd
}

// move focuses the next (or previous) input. Past the last row it wraps to
// the first, or submits when submit is set.
func (f *Form) move(dir int, submit bool) (FormEvent, tea.Cmd) {
	left := f.Current()
	next := f.nextFocusable(f.focus, dir)
	if next < 0 {
		if submit {
			return FormEvent{Submitted: true}, nil
		}
		if dir > 0 {
			next = f.nextFocusable(-1, +1)
		} else {
			next = f.nextFocusable(len(f.rows), -1)
		}
	}
	cmd := f.focusRow(next)
	ev := FormEvent{}
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
	label := Pad(k.label, k.labelW)
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
		w = max(w, ansi.StringWidth(r.label()))
	}
	return min(w, width/3)
}
