package partners

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/store"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/widget"
)

// View renders the screen into its layout: header, the filter with the
// count, the entries with a column header, the selected entry in full (or
// the form, or the question), a status line, the footer.
func (m *Model) View() string {
	l := m.layout
	if l.Mode == layout.TooSmall {
		return ""
	}
	return widget.ListScreen(m.st, l.Width, l.Height, l.Mode == layout.Full, m.header(l.Width), m.filterLine(l.Width), m.body, m.footer(l.Width))
}

// listTop is the screen line of the first entry (below the column header).
func (m *Model) listTop() int { return widget.ListTop(m.layout.Mode == layout.Full) + 1 }

func (m *Model) header(w int) string {
	return widget.ScreenHeader(m.st, m.tr.T("common.app.name"), m.tr.T("tuipartners.title"), m.activeKeys().Back, w)
}

// filterLine is the filter field and how many entries it shows.
func (m *Model) filterLine(w int) string {
	label := m.st.Muted.Render(m.filter.Label()+":") + " "
	count := m.counts()
	fieldW := max(1, w-ansi.StringWidth(label)-ansi.StringWidth(count)-2)
	var field string
	switch {
	case m.zone == zoneList:
		field, _, _ = strings.Cut(m.filter.View(fieldW), "\n")
	case m.filter.Text() != "":
		field = m.st.Highlight.Render(widget.Truncate(m.filter.Text(), fieldW))
	default:
		field = m.st.Subtle.Render("–")
	}
	return widget.Spread(label+field, count, w)
}

// counts says how many entries there are, and how many the filter shows.
func (m *Model) counts() string {
	if !m.loaded {
		return ""
	}
	if m.filter.Value() == "" {
		return m.st.Muted.Render(m.tr.N("tuipartners.count", len(m.all), len(m.all)))
	}
	return m.st.Muted.Render(m.tr.N("tuipartners.count.filtered", len(m.all), len(m.shown), len(m.all)))
}

// body is the column header and the list, then the selected entry, the
// form or the question, and the status line: exactly h lines.
func (m *Model) body(w, h int) []string {
	if h <= 0 {
		return nil
	}
	status := m.status()
	var lines []string
	switch {
	case !m.loaded:
		lines = []string{m.st.Muted.Render(m.tr.T("common.loading"))}
	case m.confirm != nil:
		lines = strings.Split(m.confirm.View(w), "\n")
	default:
		bottom := m.bottom(w)
		listH := h - 1 - len(bottom) - len(status)
		if listH < 1 {
			if m.zone == zoneForm {
				// Too little room: what is being typed wins.
				return widget.FitLines(append(bottom, status...), w, h)
			}
			bottom, listH = nil, max(1, h-1-len(status))
		}
		c := columnsFor(w)
		lines = append(lines, m.st.Muted.Render(widget.Truncate(m.columnHeader(c), w)))
		switch {
		case len(m.all) == 0:
			lines = append(lines, m.st.Muted.Render(m.tr.T("tuipartners.empty")))
		case len(m.shown) == 0:
			lines = append(lines, m.st.Muted.Render(m.tr.T("tuipartners.no_match")))
		default:
			lines = append(lines, strings.Split(m.list.View(w, listH, func(i int, sel bool, w int) string {
				return m.row(c, i, sel, w)
			}), "\n")...)
		}
		for len(lines) < h-len(bottom)-len(status) {
			lines = append(lines, "")
		}
		lines = append(lines, bottom...)
	}
	if len(lines) > h-len(status) {
		lines = lines[:max(0, h-len(status))]
	}
	return widget.FitLines(append(lines, status...), w, h)
}

// status is the line of the last error or notice, if any.
func (m *Model) status() []string { return widget.StatusLines(m.st, m.err, m.notice) }

// bottom is the selected entry in full, or the form.
func (m *Model) bottom(w int) []string {
	if m.zone == zoneForm {
		f := &m.form
		title := m.tr.T("tuipartners.form.new")
		if f.base.ID != "" {
			title = m.tr.T("tuipartners.form.edit", f.base.Name)
		}
		lines := []string{"", widget.Truncate(m.st.Title.Render(title), w)}
		lines = append(lines, strings.Split(f.form.View(w, 5), "\n")...)
		if f.failed != "" {
			for _, l := range widget.Wrap(m.tr.T("tuipartners.refused", f.failed), w) {
				lines = append(lines, m.st.Error.Render(l))
			}
		}
		return lines
	}
	e, ok := m.Selected()
	if !ok {
		return nil
	}
	lines := []string{"", widget.Truncate(m.st.Title.Render(m.describe(e)), w)}
	var facts []string
	for _, s := range []string{e.Discipline, e.Phone, e.Email} {
		if s != "" {
			facts = append(facts, s)
		}
	}
	if len(facts) == 0 {
		facts = []string{m.tr.T("tuipartners.no_contact")}
	}
	wrapped := widget.Wrap(strings.Join(facts, " · "), w)
	for _, l := range wrapped[:min(2, len(wrapped))] {
		lines = append(lines, m.st.Muted.Render(l))
	}
	return lines
}

// cols are the column widths of a row; 0 hides a column. E-mail and phone
// go first when space runs out, then the discipline.
type cols struct{ name, inst, disc, phone, email int }

func columnsFor(w int) cols {
	rest := w - 2 // the cursor
	switch {
	case rest >= 110:
		c := cols{name: 26, inst: 28, disc: 18, phone: 16}
		c.email = rest - c.name - c.inst - c.disc - c.phone - 8
		return c
	case rest >= 76:
		c := cols{name: 24, inst: 26, disc: 0, phone: 16}
		c.disc = rest - c.name - c.inst - c.phone - 6
		return c
	case rest >= 40:
		c := cols{name: rest * 2 / 5}
		c.inst = rest - c.name - 2
		return c
	}
	return cols{name: max(1, rest)}
}

func (m *Model) cells(c cols, e store.DirectoryEntry) []string {
	cells := []string{widget.Pad(e.Name, c.name)}
	for _, col := range []struct {
		w int
		s string
	}{{c.inst, e.Institution}, {c.disc, e.Discipline}, {c.phone, e.Phone}, {c.email, e.Email}} {
		if col.w > 0 {
			cells = append(cells, widget.Pad(orDash(col.s), col.w))
		}
	}
	return cells
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

func (m *Model) columnHeader(c cols) string {
	h := store.DirectoryEntry{
		Name: m.tr.T("tuipartners.field.name"), Institution: m.tr.T("tuipartners.field.institution"),
		Discipline: m.tr.T("tuipartners.field.discipline"), Phone: m.tr.T("tuipartners.field.phone"),
		Email: m.tr.T("tuipartners.field.email"),
	}
	return "  " + strings.Join(m.cells(c, h), "  ")
}

// row renders shown entry i.
func (m *Model) row(c cols, i int, selected bool, w int) string {
	text := strings.Join(m.cells(c, m.all[m.shown[i]]), "  ")
	if selected {
		return widget.Truncate("▸ "+m.st.Selected.Render(text), w)
	}
	return widget.Truncate("  "+text, w)
}

// footer names the keys that apply now, whole entries only.
func (m *Model) footer(w int) string {
	return widget.KeyFooter(m.tr, m.st, m.activeKeys().ShortHelp(), m.Typing(), w)
}
