package presentation

import (
	"strings"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// indent is the left margin of section bodies, under the section marker.
const indent = "  "

// compactHeight is the height below which only the focused section shows.
const compactHeight = 10

// View implements phase.Editor: the hint line, then facts, chronology and
// help in place, each under its title; the focused section marked ▸.
func (e *Editor) View(width, height int) string {
	e.listTop = -1
	st := e.ctx.Styles
	inner := max(1, width-len(indent))
	formLines := e.formLines(inner)
	if height < compactHeight {
		return widget.Clip(strings.Join(e.sectionLines(e.sec, inner, max(1, height-1), formLines), "\n"), width, height)
	}
	// The hint is worth a second line rather than being cut mid-word.
	text := e.ctx.Msgs.T("presentation.hint")
	hint := widget.Wrap(text, width)
	if len(hint) > 2 || height < 16 {
		hint = []string{text}
	}
	var lines []string
	for _, l := range hint {
		lines = append(lines, st.Muted.Render(widget.Truncate(l, width)))
	}
	rest := max(3, height-len(lines)-int(sectionCount)-2-len(formLines))
	rows := e.rows(rest)
	for s := secFacts; s < sectionCount; s++ {
		if s > secFacts {
			lines = append(lines, "")
		}
		if s == secChrono {
			e.listTop = len(lines) + 1
		}
		lines = append(lines, e.sectionLines(s, inner, rows[s], formLines)...)
	}
	if e.chrono.Len() == 0 {
		e.listTop = -1
	}
	return widget.Clip(strings.Join(lines, "\n"), width, height)
}

// rows shares the lines left for section bodies: the section being
// written gets the most, the chronology what remains.
func (e *Editor) rows(rest int) [sectionCount]int {
	var r [sectionCount]int
	for _, s := range []section{secFacts, secHelp} {
		if e.sec == s && e.writing() {
			r[s] = max(1, min(rest*2/5, 12))
		} else {
			r[s] = max(1, min(rest/5, 4))
			if rest >= 8 {
				r[s] = max(2, r[s])
			}
		}
	}
	r[secChrono] = max(1, rest-r[secFacts]-r[secHelp])
	return r
}

// sectionLines renders one section: its title and body lines.
func (e *Editor) sectionLines(s section, width, rows int, formLines []string) []string {
	st, tr := e.ctx.Styles, e.ctx.Msgs
	mark := "  "
	if s == e.sec {
		mark = "▸ "
	}
	var title string
	switch s {
	case secFacts:
		title = tr.T("presentation.facts")
	case secChrono:
		title = tr.T("presentation.chronology", len(e.ctx.Conf.Chronology))
	case secHelp:
		title = tr.T("presentation.help_in_place")
	}
	out := []string{widget.Truncate(mark+st.Title.Render(title), width+len(indent))}
	var body []string
	switch s {
	case secFacts:
		body = e.textLines(e.facts, e.ctx.Conf.Facts, s, width, rows)
	case secHelp:
		body = e.textLines(e.help, e.ctx.Conf.HelpInPlace, s, width, rows)
	case secChrono:
		body = e.chronoLines(width, rows)
		body = append(body, e.chrono.NoticeLines(width)...)
		body = append(body, formLines...)
	}
	for _, l := range body {
		out = append(out, indent+l)
	}
	return out
}

// textLines shows a text section: the field while it is written, else the
// text wrapped, cut to rows lines with a count of what is hidden.
func (e *Editor) textLines(t *textPanel, text string, s section, width, rows int) []string {
	st := e.ctx.Styles
	if t.Typing() {
		t.area.SetRows(rows)
		return strings.Split(t.area.View(width), "\n")
	}
	if strings.TrimSpace(text) == "" {
		hint := "·"
		if s == e.sec {
			hint = "· " + e.ctx.Msgs.T("presentation.empty_text")
		}
		return []string{widget.Truncate(st.Subtle.Render(hint), width)}
	}
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		lines = append(lines, widget.Wrap(para, width)...)
	}
	switch {
	case len(lines) <= rows:
	case rows == 1:
		lines = []string{widget.Truncate(lines[0]+" …", width)}
	default:
		hidden := len(lines) - rows + 1
		lines = append(lines[:rows-1:rows-1], st.Muted.Render(e.ctx.Msgs.N("presentation.more_lines", hidden, hidden)))
	}
	for i, l := range lines {
		lines[i] = widget.Truncate(l, width)
	}
	return lines
}

// chronoLines lists the chronology entries in their (date) order.
func (e *Editor) chronoLines(width, rows int) []string {
	if len(e.ctx.Conf.Chronology) == 0 {
		if e.chrono.Typing() {
			return nil
		}
		return []string{widget.Truncate(e.ctx.Styles.Subtle.Render("· "+e.ctx.Msgs.T("presentation.chronology.empty")), width)}
	}
	return e.chrono.ListLines(width, rows)
}

// chronoRow renders entry i: date (or what was said instead), event and
// source; the selected entry marked ▸ while the section has the keyboard.
func (e *Editor) chronoRow(i int, x conference.ChronologyEntry, selected bool, width int) string {
	st, tr := e.ctx.Styles, e.ctx.Msgs
	date := x.DateText
	if !x.Date.IsZero() {
		date = conference.FormatDate(x.Date, string(e.ctx.Lang))
	}
	if date == "" {
		date = st.Subtle.Render("—")
	}
	dateW := min(13, max(10, width/4))
	mark := "  "
	active := selected && e.sec == secChrono && !e.writing()
	if active {
		mark = "▸ "
	}
	textW := max(1, width-len(mark)-dateW-1)
	text := x.Event
	if x.Source != "" {
		text += st.Muted.Render("  · " + tr.T("presentation.source.show", x.Source))
	}
	text = widget.Pad(text, textW)
	if active {
		text = st.Selected.Render(text)
	}
	return mark + widget.Pad(date, dateW) + " " + text
}

// formLines renders the chronology form below the list when it is open.
func (e *Editor) formLines(width int) []string {
	lines := e.chrono.FormLines(width, 8)
	if len(lines) > 0 && lines[0] == "" {
		lines = lines[1:] // the section's own spacing stands over it
	}
	return lines
}
