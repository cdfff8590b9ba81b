package listform

import (
	"strings"

	"kofa/internal/tui/widget"
)

// View draws the whole list in width x height: the rows (with the column
// header), the lines under them (a notice, the draft put aside) and the
// form while it is open. The form always shows; the rows get what is
// left. Editors with a layout of their own use the parts instead.
func (l *List[T]) View(width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	return strings.Join(l.Lines(width, height, nil), "\n")
}

// Lines is View as lines, with below (may be nil) between the rows and
// the form: lines of the editor's own (a warning that belongs under the
// list). below is dropped first when space is short.
func (l *List[T]) Lines(width, height int, below []string) []string {
	form := l.FormLines(width, height)
	extra := append(below, l.NoticeLines(width)...)
	if height-len(form)-len(extra) < 2 {
		extra = l.NoticeLines(width)
		if height-len(form)-len(extra) < 2 {
			extra = nil
		}
	}
	rowsH := height - len(form) - len(extra)
	if rowsH < 1 {
		return widget.FitLines(form, width, height)
	}
	lines := widget.FitLines(l.ListLines(width, rowsH), width, rowsH)
	lines = append(lines, extra...)
	return widget.FitLines(append(lines, form...), width, height)
}

// ListLines draws the column header and the rows, at most height lines,
// scrolled so the selected entry shows.
func (l *List[T]) ListLines(width, height int) []string {
	st := l.ctx.Styles
	var lines []string
	if l.cfg.Header != nil {
		if l.marks() && width > 2 {
			lines = append(lines, widget.Truncate("  "+l.cfg.Header(width-2), width)) // over the marks' room
		} else {
			lines = append(lines, widget.Truncate(l.cfg.Header(width), width))
		}
	}
	l.rowsTop, l.lines = len(lines), l.lines[:0]
	items := l.cfg.Items()
	if len(items) == 0 {
		if l.cfg.Empty != nil {
			lines = append(lines, widget.Truncate(st.Muted.Render(l.cfg.Empty()), width))
		}
		return lines
	}
	rows := height - len(lines)
	if rows < 1 {
		return lines
	}
	l.sel.SetLen(len(items))
	body := l.sel.Lines(width, rows, func(i int, selected bool, w int) string {
		row := l.row(i, items[i], selected && l.mode != adding, w)
		for range strings.Count(row, "\n") + 1 {
			l.lines = append(l.lines, i)
		}
		return row
	})
	l.lines = l.lines[:min(len(l.lines), len(body))]
	return append(lines, body...)
}

// NoticeLines are the lines under the list: a notice (an entry removed),
// and the new entry put aside while the form is closed.
func (l *List[T]) NoticeLines(width int) []string {
	st, tr := l.ctx.Styles, l.ctx.Msgs
	var out []string
	if l.notice != "" {
		for _, line := range widget.Wrap(l.notice, width) {
			out = append(out, st.Info.Render(line))
		}
	}
	if l.mode == browsing {
		if d, ok := l.Draft(); ok {
			text := tr.T("listform.draft", draftText(d), l.keys.New.Help().Key)
			out = append(out, widget.Truncate(st.Muted.Render(text), width))
		}
	}
	return out
}

// draftText is the first text of a draft, to name it.
func draftText(d widget.FormDraft) string {
	for _, t := range d.Texts {
		if t = strings.TrimSpace(t); t != "" && !strings.ContainsAny(t, "\x1e\x1f") {
			return "„" + widget.OneLine(t) + "“"
		}
	}
	return "…"
}

// FormLines draws the form with its title while it is open (nothing
// while closed), at most height lines.
func (l *List[T]) FormLines(width, height int) []string {
	if l.mode == browsing || l.cfg.Form == nil || height < 3 {
		return nil
	}
	title := ""
	if l.cfg.Title != nil {
		if l.mode == editing {
			if i := l.index(l.id); i >= 0 {
				item := l.cfg.Items()[i]
				title = l.cfg.Title(&item)
			}
		} else {
			title = l.cfg.Title(nil)
		}
	}
	return formLines(l.ctx, l.cfg.Form.Form(), title, l.formErr, width, height)
}

// formRows is the most lines a form takes: the rows get the rest.
const formRows = 14

// IdentifyingMark stands in front of an entry marked identifying, in
// lists whose entries have the mark (the others' rows start with room
// for it): a sign, not a colour alone. Editors that draw their rows
// themselves put it there too.
const IdentifyingMark = "⊘ "

// row draws entry i through the configuration, with the identifying mark
// in front where the list has marks.
func (l *List[T]) row(i int, item T, selected bool, width int) string {
	if !l.marks() || width <= 2 {
		return l.cfg.Row(i, item, selected, width)
	}
	lines := strings.Split(l.cfg.Row(i, item, selected, width-2), "\n")
	for k := range lines {
		prefix := "  "
		if k == 0 && l.cfg.Identifying(item) {
			prefix = l.ctx.Styles.Warning.Render(IdentifyingMark)
		}
		lines[k] = prefix + lines[k]
	}
	return strings.Join(lines, "\n")
}
