package widget

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/i18n"
	"kofa/internal/sanitize"
	"kofa/internal/theme"
)

// TextArea is a labelled multi-line text field. Enter leaves it (a form
// moves to the next field); a line break is alt+enter or ctrl+j, so the
// facilitator never has to think about which field swallows enter.
type TextArea struct {
	label string
	area  textarea.Model
	// placeholder is the hint in full; the area gets it fitted to its size.
	placeholder string
	rows        int
	limit       int
	notice      string
	err         string
	tr          *i18n.Messages
	st          *theme.Styles
	stamp       styleStamp
	rev         uint64 // counts the changes to what View shows (see Field)
	view        Memo[inputView, string]
}

func (t *TextArea) touch() { t.rev++ }

// NewTextArea returns an empty multi-line field of three visible rows,
// limited to sanitize.MaxText bytes.
func NewTextArea(tr *i18n.Messages, st *theme.Styles, label string) *TextArea {
	a := textarea.New()
	a.Prompt = ""
	a.ShowLineNumbers = false
	a.SetStyles(areaStyles(st))
	// No height limit on content: MaxHeight would block typing after 99
	// lines, and MaxContentHeight makes large pastes quadratic.
	a.MaxHeight = 0
	a.MaxContentHeight = 0
	a.KeyMap.Paste.SetEnabled(false) // pastes arrive as tea.PasteMsg
	a.KeyMap.InsertNewline = key.NewBinding(key.WithKeys("alt+enter", "ctrl+j"))
	t := &TextArea{label: label, area: a, rows: 3, limit: sanitize.MaxText, tr: tr, st: st, stamp: stampOf(st)}
	t.area.SetHeight(t.rows)
	return t
}

// SetRows sets how many lines the field shows.
func (t *TextArea) SetRows(n int) {
	t.rows = max(1, n)
	t.area.SetHeight(t.rows)
	t.touch()
}

// SetLimit sets the most bytes the field holds.
func (t *TextArea) SetLimit(n int) { t.limit = n }

// SetPlaceholder sets the text shown while the field is empty.
func (t *TextArea) SetPlaceholder(s string) {
	t.placeholder = s
	t.touch()
}

// Label implements Input.
func (t *TextArea) Label() string { return t.label }

// Focus implements Input.
func (t *TextArea) Focus() tea.Cmd {
	t.touch()
	return t.area.Focus()
}

// Blur implements Input.
func (t *TextArea) Blur() {
	t.touch()
	t.area.Blur()
	t.notice = ""
}

// Focused implements Input.
func (t *TextArea) Focused() bool { return t.area.Focused() }

// WantsUpDown tells a form that up and down move the cursor in here.
func (t *TextArea) WantsUpDown() bool { return true }

// Value returns the text, sanitised.
func (t *TextArea) Value() string { return t.area.Value() }

// SetValue replaces the text. It never cuts: the limit applies to what
// is typed (see Field.SetValue).
func (t *TextArea) SetValue(s string) {
	s = cleanInput(s, false)
	t.area.SetValue(s)
	t.touch()
}

// Clear implements Clearer (ctrl+u).
func (t *TextArea) Clear() bool {
	if t.area.Value() == "" {
		return false
	}
	t.SetValue("")
	return true
}

// SetError shows msg below the field ("" clears it).
func (t *TextArea) SetError(msg string) {
	t.err = msg
	t.touch()
}

// Update implements Input.
func (t *TextArea) Update(msg tea.Msg) (tea.Cmd, bool) {
	if !t.area.Focused() {
		return nil, false
	}
	t.touch() // a key may move the cursor without changing the text
	before, line, col := t.area.Value(), t.area.Line(), t.area.Column()
	if p, ok := msg.(tea.PasteMsg); ok {
		content, cut := fit(cleanInput(p.Content, false), len(before), t.limit)
		if cut {
			t.notice = t.tr.T("tui.widget.cut", t.limit)
		}
		msg = tea.PasteMsg{Content: content}
	}
	var cmd tea.Cmd
	t.area, cmd = t.area.Update(msg)
	after := t.area.Value()
	if after == before {
		return cmd, false
	}
	clean, refused := typed(before, cleanInput(after, false), t.limit)
	if refused {
		t.notice = t.tr.T("tui.widget.cut", t.limit)
	}
	if clean != after {
		t.area.SetValue(clean)
		if refused {
			// Back where the refused key found the cursor.
			t.area.MoveToBegin()
			for range line {
				t.area.CursorDown()
			}
			t.area.SetCursorColumn(col)
		}
	}
	return cmd, t.area.Value() != before
}

// View implements Input.
func (t *TextArea) View(width int) string {
	if width <= 0 {
		return ""
	}
	return t.view.Get(inputView{t.rev, width, t.st.Version()}, t.draw)
}

func (t *TextArea) draw(k inputView) string {
	width := k.width
	if stamp := stampOf(t.st); stamp != t.stamp {
		t.stamp = stamp
		t.area.SetStyles(areaStyles(t.st))
	}
	t.area.SetWidth(width)
	t.area.Placeholder = fitHint(t.placeholder, width, t.rows)
	out := Clip(t.area.View(), width, t.rows)
	if !t.area.Focused() && t.area.Value() != "" {
		out = t.st.App.Render(strings.Join(startOf(t.area.Value(), width, t.rows), "\n"))
	}
	if t.err != "" {
		out += "\n" + Truncate(t.st.Error.Render("⚠ "+t.err), width)
	}
	if t.notice != "" {
		out += "\n" + Truncate(t.st.Warning.Render("⚠ "+t.notice), width)
	} else if t.area.Focused() && nearLimit(len(t.area.Value()), t.limit) {
		out += "\n" + Truncate(t.st.Muted.Render(t.tr.T("widgetlimit.counter", len(t.area.Value()), t.limit)), width)
	}
	return out
}

// startOf is the start of a text as an unfocused field shows it: wrapped
// to width, at most rows lines, the last ending in "…" when more follows
// (the text area would show the lines around its cursor, often the end).
func startOf(text string, width, rows int) []string {
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		lines = append(lines, strings.Split(ansi.Hardwrap(ansi.Wordwrap(para, width, ""), width, true), "\n")...)
		if len(lines) > rows {
			break
		}
	}
	if len(lines) <= rows {
		for len(lines) < rows {
			lines = append(lines, "")
		}
		return lines
	}
	lines = lines[:rows]
	last := strings.TrimRight(lines[rows-1], " ")
	if Width(last)+2 > width {
		last = ansi.Truncate(last, max(0, width-2), "")
	}
	lines[rows-1] = last + " …"
	return lines
}

// fitHint wraps hint the way the text area does and, when it needs more
// than rows lines, ends the last line shown in "…": the area would drop
// the rest silently, and a hint cut short reads as a different hint.
func fitHint(hint string, width, rows int) string {
	if hint == "" || width <= 0 || rows <= 0 {
		return hint
	}
	wrapped := ansi.Hardwrap(ansi.Wordwrap(hint, width, ""), width, true)
	lines := strings.Split(strings.TrimSpace(wrapped), "\n")
	if len(lines) <= rows {
		return hint
	}
	last := ansi.Truncate(strings.Join(lines[rows-1:], " "), width, "…")
	return strings.Join(append(lines[:rows-1:rows-1], last), "\n")
}
