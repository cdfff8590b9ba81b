package widget

import (
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/i18n"
	"kofa/internal/sanitize"
	"kofa/internal/theme"
)

// Input is one row of a Form.
type Input interface {
	// Label names the input (shown left of it in a form).
	Label() string
	Focus() tea.Cmd
	Blur()
	Focused() bool
	// Update handles a message while focused and reports whether the
	// value changed.
	Update(msg tea.Msg) (tea.Cmd, bool)
	// View renders the input without its label, width cells wide, on one
	// or more lines.
	View(width int) string
}

// Field is a labelled single-line text field.
type Field struct {
	label  string
	input  textinput.Model
	limit  int
	notice string // shown below the field, e.g. that a paste was cut
	err    string // a validation message, shown below the field
	// placeholder is the hint in full; the input gets it cut to the width.
	placeholder string
	tr          *i18n.Messages
	st          *theme.Styles
	stamp       styleStamp
	// rev counts the changes to what View shows: every method that
	// changes the text, the cursor, the focus, the hint or a message
	// below calls touch. A form draws all its fields for every key, and
	// the ones not typed into are drawn again only after a change.
	rev  uint64
	view Memo[inputView, string]
}

// inputView is what an input's view is drawn from.
type inputView struct {
	rev    uint64
	width  int
	styles uint64
}

func (f *Field) touch() { f.rev++ }

// NewField returns an empty field limited to sanitize.MaxLine bytes.
func NewField(tr *i18n.Messages, st *theme.Styles, label string) *Field {
	in := textinput.New()
	in.Prompt = ""
	in.SetStyles(inputStyles(st))
	in.KeyMap.Paste.SetEnabled(false) // pastes arrive as tea.PasteMsg
	in.KeyMap.AcceptSuggestion.SetEnabled(false)
	in.KeyMap.NextSuggestion.SetEnabled(false)
	in.KeyMap.PrevSuggestion.SetEnabled(false)
	return &Field{label: label, input: in, limit: sanitize.MaxLine, tr: tr, st: st, stamp: stampOf(st)}
}

// SetLimit sets the most bytes the field holds.
func (f *Field) SetLimit(n int) { f.limit = n }

// SetPlaceholder sets the text shown while the field is empty.
func (f *Field) SetPlaceholder(s string) {
	f.placeholder = s
	f.touch()
}

// Label implements Input.
func (f *Field) Label() string { return f.label }

// Focus implements Input.
func (f *Field) Focus() tea.Cmd {
	f.touch()
	return f.input.Focus()
}

// Blur implements Input.
func (f *Field) Blur() {
	f.touch()
	f.input.Blur()
	f.notice = ""
}

// Focused implements Input.
func (f *Field) Focused() bool { return f.input.Focused() }

// Value returns the text, cleaned for storing: one line, trimmed.
func (f *Field) Value() string { return sanitize.Line(f.input.Value()) }

// Text returns the text as typed (sanitised, not trimmed).
func (f *Field) Text() string { return f.input.Value() }

// SetValue replaces the text; the cursor goes to its end. It never cuts:
// the limit applies to what is typed, and a value stored longer (a copy,
// an import) stays whole.
func (f *Field) SetValue(s string) {
	s = cleanInput(s, true)
	f.input.SetValue(s)
	f.input.CursorEnd()
	f.touch()
}

// Clear implements Clearer (ctrl+u).
func (f *Field) Clear() bool {
	if f.input.Value() == "" {
		return false
	}
	f.SetValue("")
	return true
}

// Cursor returns the cursor's place in the text, in characters.
func (f *Field) Cursor() int { return f.input.Position() }

// SetCursor puts the cursor at character pos of the text.
func (f *Field) SetCursor(pos int) {
	f.input.SetCursor(pos)
	f.touch()
}

// SetError shows msg below the field ("" clears it).
func (f *Field) SetError(msg string) {
	f.err = msg
	f.touch()
}

// Error returns the message set by SetError.
func (f *Field) Error() string { return f.err }

// Update implements Input.
func (f *Field) Update(msg tea.Msg) (tea.Cmd, bool) {
	if !f.input.Focused() {
		return nil, false
	}
	f.touch() // a key may move the cursor without changing the text
	before, pos := f.input.Value(), f.input.Position()
	if p, ok := msg.(tea.PasteMsg); ok {
		content, cut := fit(cleanInput(p.Content, true), len(before), f.limit)
		f.setCutNotice(cut)
		msg = tea.PasteMsg{Content: content}
	}
	var cmd tea.Cmd
	f.input, cmd = f.input.Update(msg)
	after := f.input.Value()
	if after == before {
		return cmd, false
	}
	clean, refused := typed(before, cleanInput(after, true), f.limit)
	if refused {
		f.setCutNotice(true)
	} else {
		pos = f.input.Position()
	}
	if clean != after {
		f.input.SetValue(clean)
		f.input.SetCursor(min(pos, len([]rune(clean))))
	}
	return cmd, f.input.Value() != before
}

func (f *Field) setCutNotice(cut bool) {
	if cut {
		f.notice = f.tr.T("tui.widget.cut", f.limit)
	}
}

// View implements Input: the text, and below it an error or notice if any.
func (f *Field) View(width int) string {
	if width <= 0 {
		return ""
	}
	return f.view.Get(inputView{f.rev, width, f.st.Version()}, f.draw)
}

func (f *Field) draw(k inputView) string {
	width := k.width
	if stamp := stampOf(f.st); stamp != f.stamp {
		f.stamp = stamp
		f.input.SetStyles(inputStyles(f.st))
	}
	f.input.SetWidth(max(1, width-1))
	// A hint cut short ends in "…": the input would cut it silently, and
	// "§ 42 SGB VI" is another law than "§ 42 SGB VIII".
	f.input.Placeholder = ansi.Truncate(f.placeholder, width, "…")
	var out string
	switch {
	case f.input.Focused():
		out = Truncate(f.input.View(), width)
	case f.input.Value() != "":
		// The start of the text, as it reads: the input would show the
		// part around the cursor, often the end of a long text.
		out = f.st.App.Render(Truncate(f.input.Value(), width))
	case f.input.Placeholder != "":
		out = f.st.Subtle.Render(f.input.Placeholder)
	default:
		out = f.st.Subtle.Render("·")
	}
	if f.err != "" {
		out += "\n" + Truncate(f.st.Error.Render("⚠ "+f.err), width)
	}
	if f.notice != "" {
		out += "\n" + Truncate(f.st.Warning.Render("⚠ "+f.notice), width)
	} else if f.input.Focused() && nearLimit(len(f.input.Value()), f.limit) {
		out += "\n" + Truncate(f.st.Muted.Render(f.tr.T("widgetlimit.counter", len(f.input.Value()), f.limit)), width)
	}
	return out
}
