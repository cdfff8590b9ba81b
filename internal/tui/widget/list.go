package widget

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// ListKeyMap moves the selection of a List.
type ListKeyMap struct {
	Up, Down, PageUp, PageDown, Home, End key.Binding
}

// DefaultListKeyMap returns arrow, page and home/end keys (no letters:
// those stay free for type-to-filter and one-key actions).
func DefaultListKeyMap(upDownHelp string) ListKeyMap {
	return ListKeyMap{
		Up:       key.NewBinding(key.WithKeys("up"), key.WithHelp("↑/↓", upDownHelp)),
		Down:     key.NewBinding(key.WithKeys("down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup")),
		PageDown: key.NewBinding(key.WithKeys("pgdown")),
		Home:     key.NewBinding(key.WithKeys("home")),
		End:      key.NewBinding(key.WithKeys("end")),
	}
}

// List is a selection cursor over n rows that scrolls to keep the cursor
// visible. It holds no rows itself: View asks for only the rows it shows,
// so a list of hundreds of entries costs what a screenful costs.
type List struct {
	n, cursor, offset int
	height            int // rows shown at the last View
	Keys              ListKeyMap
}

// NewList returns an empty list.
func NewList(keys ListKeyMap) *List { return &List{Keys: keys, height: 1} }

// SetLen sets the number of rows, keeping the cursor in range.
func (l *List) SetLen(n int) {
	l.n = max(0, n)
	l.SetCursor(l.cursor)
}

// Len returns the number of rows.
func (l *List) Len() int { return l.n }

// Cursor returns the selected row (0 when empty).
func (l *List) Cursor() int { return l.cursor }

// SetCursor selects row i (clamped).
func (l *List) SetCursor(i int) {
	l.cursor = max(0, min(i, l.n-1))
	l.scroll()
}

func (l *List) scroll() {
	h := max(1, l.height)
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	if l.cursor >= l.offset+h {
		l.offset = l.cursor - h + 1
	}
	l.offset = max(0, min(l.offset, l.n-h))
}

// Update moves the cursor on a key press and reports whether it handled it.
func (l *List) Update(msg tea.Msg) bool {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || l.n == 0 {
		return false
	}
	page := max(1, l.height-1)
	switch {
	case key.Matches(k, l.Keys.Up):
		l.SetCursor(l.cursor - 1)
	case key.Matches(k, l.Keys.Down):
		l.SetCursor(l.cursor + 1)
	case key.Matches(k, l.Keys.PageUp):
		l.SetCursor(l.cursor - page)
	case key.Matches(k, l.Keys.PageDown):
		l.SetCursor(l.cursor + page)
	case key.Matches(k, l.Keys.Home):
		l.SetCursor(0)
	case key.Matches(k, l.Keys.End):
		l.SetCursor(l.n - 1)
	default:
		return false
	}
	return true
}

// RowAt returns the row shown at line y of the last View, if any: for
// mouse clicks.
func (l *List) RowAt(y int) (int, bool) {
	i := l.offset + y
	if y < 0 || y >= l.height || i >= l.n {
		return 0, false
	}
	return i, true
}

// View renders the visible rows, each by row(i, selected, width), one line
// each, into width x height.
func (l *List) View(width, height int, row func(i int, selected bool, width int) string) string {
	return strings.Join(l.Lines(width, height, row), "\n")
}

// Lines are strings.Split(View(...), "\n"), for a caller that goes on
// with lines, without joining and splitting the rows: one empty line for
// no rows, and a row that holds a line break gives two lines.
func (l *List) Lines(width, height int, row func(i int, selected bool, width int) string) []string {
	if width <= 0 || height <= 0 {
		return []string{""}
	}
	l.height = height
	l.scroll()
	lines := make([]string, 0, min(height, max(1, l.n-l.offset)))
	for i := l.offset; i < l.n && i < l.offset+height; i++ {
		r := row(i, i == l.cursor, width)
		if strings.Contains(r, "\n") {
			for _, line := range strings.Split(r, "\n") {
				lines = append(lines, Truncate(line, width))
			}
			continue
		}
		lines = append(lines, Truncate(r, width))
	}
	if len(lines) == 0 {
		return []string{""}
	}
	return lines
}
