package perspectives

import (
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// phaseClock shows a speaking time as m:ss.
func phaseClock(d time.Duration) string { return phase.Clock(d.Truncate(time.Second)) }

func catalogueLabel(ctx *phase.Context, code string) string {
	return catalogue.Label(ctx.Catalogue.Institutions, code, string(ctx.Lang))
}

// rightLines renders the right column of the wide layout: whose
// contributions these are, the contributions, and the input at the
// bottom; exactly height lines.
func (e *Editor) rightLines(width, height int) []string {
	input := e.inputLines(width)
	if len(input) >= height {
		return input[len(input)-height:]
	}
	lines := []string{e.contribTitle(width)}
	if rest := height - len(input) - 2; rest > 0 {
		lines = append(lines, e.contribLines(width, rest)...)
	}
	for len(lines) < height-len(input) {
		lines = append(lines, "")
	}
	return append(lines, input...)
}

// contribTitle names the speaker whose contributions are listed.
func (e *Editor) contribTitle(width int) string {
	cat, st := e.ctx.Cat, e.ctx.Styles
	title := cat.T("perspectives.contributions.none")
	if p := e.ctx.Conf.Participant(e.selectedID()); p != nil {
		who := p.Name
		if inst := e.institution(p); inst != "" {
			who += " (" + inst + ")"
		}
		title = cat.T("perspectives.contributions", who)
	}
	mark := "  "
	if e.zone == zoneList {
		mark = "▸ "
	}
	return widget.Truncate(mark+st.Title.Render(title), width)
}

// tagLabel is the short tag of a provenance, as "[beob.]".
func (e *Editor) tagLabel(code string) string {
	cat := e.ctx.Cat
	switch code {
	case "":
		return ""
	case conference.ProvenanceObserved:
		return "[" + cat.T("perspectives.tag.observed") + "]"
	case conference.ProvenanceReported:
		return "[" + cat.T("perspectives.tag.reported") + "]"
	case conference.ProvenanceAssessed:
		return "[" + cat.T("perspectives.tag.assessed") + "]"
	}
	return "[" + code + "]" // a code from elsewhere (validation flags it)
}

// contribLines lists the selected speaker's contributions, wrapped, each
// led by its tag and followed by its source. The list scrolls to the
// selected one while it has the keyboard, else it shows the newest.
func (e *Editor) contribLines(width, height int) []string {
	st, cat := e.ctx.Styles, e.ctx.Cat
	list := e.contributions()
	if len(list) == 0 {
		return []string{widget.Truncate(st.Subtle.Render("  · "+cat.T("perspectives.contributions.empty")), width)}
	}
	tagW := 0
	for _, t := range tags {
		tagW = max(tagW, ansi.StringWidth(e.tagLabel(t)))
	}
	textW := max(1, width-2-tagW-1)
	var lines []string
	starts := make([]int, len(list))
	cursor := min(e.contribCursor, len(list)-1)
	for i, x := range list {
		starts[i] = len(lines)
		mark := "  "
		if i == cursor && e.zone == zoneList {
			mark = "▸ "
		}
		body := widget.Wrap(x.Text, textW)
		if x.Source != "" {
			src := st.Muted.Render(cat.T("perspectives.source.show", x.Source))
			last := body[len(body)-1]
			if ansi.StringWidth(last)+2+ansi.StringWidth(src) <= textW {
				body[len(body)-1] = last + "  " + src
			} else {
				body = append(body, src)
			}
		}
		for j, l := range body {
			lead := strings.Repeat(" ", 2+tagW+1)
			if j == 0 {
				lead = mark + st.Highlight.Render(widget.Pad(e.tagLabel(x.Provenance), tagW)) + " "
			}
			if mark == "▸ " {
				l = st.Selected.Render(widget.Pad(ansi.Strip(l), textW))
			}
			lines = append(lines, widget.Truncate(lead+l, width))
		}
	}
	if len(lines) <= height {
		return lines
	}
	end := len(lines)
	if e.zone == zoneList && cursor+1 < len(list) {
		end = starts[cursor+1]
	}
	start := max(0, end-height)
	if e.zone == zoneList && start > starts[cursor] {
		start = starts[cursor]
	}
	start = itemStart(starts, start, end)
	return lines[start:min(len(lines), start+height)]
}

// itemStart moves the first line shown to the first line of a
// contribution, so that none shows without its tag: forward to the next
// contribution that begins before end, else back to the start of the one
// line is in.
func itemStart(starts []int, line, end int) int {
	i, found := slices.BinarySearch(starts, line)
	switch {
	case found:
		return line
	case i < len(starts) && starts[i] < end:
		return starts[i]
	}
	return starts[i-1]
}

// inputLines renders the input for the next contribution: a header with
// whom it is for and its tag, then the text and source fields.
func (e *Editor) inputLines(width int) []string {
	st, cat := e.ctx.Styles, e.ctx.Cat
	title := cat.T("perspectives.input.new_nobody")
	if e.editID != "" {
		title = cat.T("perspectives.input.edit")
	} else if p := e.ctx.Conf.Participant(e.selectedID()); p != nil {
		title = cat.T("perspectives.input.new", p.Name)
	}
	code := e.in.provenance()
	tag := e.tagLabel(code)
	long := tag + " " + catalogue.Label(e.ctx.Catalogue.Provenance, code, string(e.ctx.Lang))
	if ansi.StringWidth(title)+ansi.StringWidth(long)+12 <= width {
		tag = long
	}
	style, key := st.Muted, ""
	if e.zone == zoneInput {
		// The key that changes the tag stands beside it: the help line
		// has room for only a few keys.
		style, key = st.Title, e.keys.Tag.Help().Key+" "
	}
	head := "── " + title + " "
	gap := max(1, width-ansi.StringWidth(head)-ansi.StringWidth(key+tag)-1)
	header := style.Render(head) + st.Subtle.Render(strings.Repeat("─", gap)) + " " + st.HelpKey.Render(key) + st.Highlight.Render(tag)
	lines := []string{widget.Truncate(header, width)}
	return append(lines, strings.Split(e.in.form.View(width, 4), "\n")...)
}

// viewsLines renders the views form, led by the question for a missing
// reason when it was opened to ask.
func (e *Editor) viewsLines(width, height int) []string {
	st, cat := e.ctx.Styles, e.ctx.Cat
	var lines []string
	if e.asking {
		key := "perspectives.prompt.both"
		switch child, parents := missing(e.ctx.Conf); {
		case child && !parents:
			key = "perspectives.prompt.child"
		case parents && !child:
			key = "perspectives.prompt.parents"
		}
		for _, l := range widget.Wrap("⚠ "+cat.T(key), width) {
			lines = append(lines, st.Warning.Render(l))
		}
	}
	lines = append(lines, widget.Truncate(st.Title.Render(cat.T("perspectives.views.title")), width), "")
	if rest := height - len(lines); rest > 0 {
		lines = append(lines, strings.Split(e.views.form.View(width, rest), "\n")...)
	}
	return lines
}
