package perspectives

import (
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// phaseClock shows a speaking time as m:ss.
func phaseClock(d time.Duration) string { return phase.Clock(d.Truncate(time.Second)) }

// rightLines renders the right column of the wide layout: whose
// contributions these are, the contributions, and the input at the
// bottom; exactly height lines.
func (e *Editor) rightLines(width, height int) []string {
	input := append(e.contribs.NoticeLines(width), e.inputLines(width)...)
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

// speakerTitle is what the title over the contributions (and over the
// input) is drawn from: the selected speaker.
type speakerTitle struct {
	found      bool // the speaker is a participant
	name, inst string
	focused    bool // the list (the input) has the keyboard
	width      int
	styles     uint64
}

// selectedSpeaker fills the speaker part of a title's key.
func (e *Editor) selectedSpeaker(k speakerTitle) speakerTitle {
	if p := e.ctx.Conf.Participant(e.selectedID()); p != nil {
		k.found, k.name, k.inst = true, p.Name, e.institution(p)
	}
	return k
}

// contribTitle names the speaker whose contributions are listed.
func (e *Editor) contribTitle(width int) string {
	k := e.selectedSpeaker(speakerTitle{focused: e.listFocused(), width: width, styles: e.ctx.Styles.Version()})
	return e.memo.contribTitle.Get(k, e.drawContribTitle)
}

func (e *Editor) drawContribTitle(k speakerTitle) string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	title := tr.T("perspectives.contributions.none")
	if k.found {
		who := k.name
		if k.inst != "" {
			who += " (" + k.inst + ")"
		}
		title = tr.T("perspectives.contributions", who)
	}
	mark := "  "
	if k.focused {
		mark = "▸ "
	}
	return widget.Truncate(mark+st.Title.Render(title), k.width)
}

// listFocused reports whether the contributions have the keyboard (or
// one of them is edited).
func (e *Editor) listFocused() bool {
	return (e.pane == paneContribs && !e.Typing()) || e.contribs.Editing() != "" && e.writing()
}

// tagLabel is the short tag of a provenance, as "[beob.]".
func (e *Editor) tagLabel(code string) string {
	tr := e.ctx.Msgs
	switch code {
	case "":
		return ""
	case conference.ProvenanceObserved:
		return "[" + tr.T("perspectives.tag.observed") + "]"
	case conference.ProvenanceReported:
		return "[" + tr.T("perspectives.tag.reported") + "]"
	case conference.ProvenanceAssessed:
		return "[" + tr.T("perspectives.tag.assessed") + "]"
	}
	return "[" + code + "]" // a code from elsewhere (validation flags it)
}

// contribKey is everything a contribution's lines are drawn from.
type contribKey struct {
	text, source, provenance string
	selected, identifying    bool
	tagW, textW, width       int
	styles                   uint64
}

// contribLines lists the selected speaker's contributions, wrapped, each
// led by its tag and followed by its source. The list scrolls to the
// selected one while it has the keyboard, else it shows the newest.
func (e *Editor) contribLines(width, height int) []string {
	st, tr := e.ctx.Styles, e.ctx.Msgs
	speaker, n := e.selectedID(), e.contribCount()
	if n == 0 {
		return []string{widget.Truncate(st.Subtle.Render("  · "+tr.T("perspectives.contributions.empty")), width)}
	}
	tagW := e.tagWidth()
	textW := max(1, width-2-tagW-1)
	var lines []string
	starts := make([]int, 0, n)
	cursor := min(e.contribs.Cursor(), n-1)
	focused := e.listFocused()
	// Kept by their place among all contributions, not the speaker's, so
	// that going back to a speaker finds theirs drawn.
	for j, x := range e.ctx.Conf.Contributions {
		if x.SpeakerID != speaker {
			continue
		}
		k := contribKey{
			text: x.Text, source: x.Source, provenance: x.Provenance, identifying: x.Identifying,
			selected: len(starts) == cursor && focused,
			tagW:     tagW, textW: textW, width: width, styles: st.Version(),
		}
		starts = append(starts, len(lines))
		lines = append(lines, e.memo.contribs.Get(j, k, e.drawContrib)...)
	}
	if len(lines) <= height {
		return lines
	}
	end := len(lines)
	if focused && cursor+1 < n {
		end = starts[cursor+1]
	}
	start := max(0, end-height)
	if focused && start > starts[cursor] {
		start = starts[cursor]
	}
	start = itemStart(starts, start, end)
	return lines[start:min(len(lines), start+height)]
}

// tagWidth is the width of the widest tag.
func (e *Editor) tagWidth() int {
	w := 0
	for _, t := range conference.ContribSources {
		w = max(w, ansi.StringWidth(e.tagLabel(t)))
	}
	return w
}

// drawContrib draws one contribution: its text wrapped, led by its tag,
// its source after the text or on a line of its own.
func (e *Editor) drawContrib(k contribKey) []string {
	st, tr := e.ctx.Styles, e.ctx.Msgs
	tagW, textW := k.tagW, k.textW
	mark := "  "
	if k.selected {
		mark = "▸ "
	}
	text := k.text
	if k.identifying {
		text = listform.IdentifyingMark + text
	}
	body := widget.Wrap(text, textW)
	if k.source != "" {
		src := st.Muted.Render(tr.T("perspectives.source.show", k.source))
		last := body[len(body)-1]
		if ansi.StringWidth(last)+2+ansi.StringWidth(src) <= textW {
			body[len(body)-1] = last + "  " + src
		} else {
			body = append(body, src)
		}
	}
	lines := make([]string, 0, len(body))
	for j, l := range body {
		lead := strings.Repeat(" ", 2+tagW+1)
		if j == 0 {
			lead = mark + st.Highlight.Render(widget.Pad(e.tagLabel(k.provenance), tagW)) + " "
		}
		if k.selected {
			l = st.Selected.Render(widget.Pad(ansi.Strip(l), textW))
		}
		lines = append(lines, widget.Truncate(lead+l, k.width))
	}
	return lines
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
	k := inputKey{
		speaker: e.selectedSpeaker(speakerTitle{focused: e.writing(), width: width, styles: e.ctx.Styles.Version()}),
		editing: e.contribs.Editing() != "" && e.writing(),
	}
	header := e.memo.inputHeader.Get(k, e.drawInputHeader)
	h := inputRows
	if e.writing() {
		if _, pick := e.in.form.Current().(*widget.Pick); pick {
			h += len(conference.ContribSources) + 1 // the kinds to choose from
		}
	}
	return append([]string{header}, strings.Split(e.in.form.View(width, h), "\n")...)
}

// inputRows is the lines of the input's fields while no list shows.
const inputRows = 4

// inputKey is what the input's header is drawn from: for whom the
// contribution is, or that one is edited.
type inputKey struct {
	speaker speakerTitle
	editing bool
}

func (e *Editor) drawInputHeader(k inputKey) string {
	st, tr, width := e.ctx.Styles, e.ctx.Msgs, k.speaker.width
	title := tr.T("perspectives.input.new_nobody")
	if k.editing {
		title = tr.T("perspectives.input.edit")
	} else if k.speaker.found {
		title = tr.T("perspectives.input.new", k.speaker.name)
	}
	style := st.Muted
	if k.speaker.focused {
		style = st.Title
	}
	head := "── " + widget.TruncateWords(title, max(1, width-4)) + " "
	gap := max(0, width-ansi.StringWidth(head))
	return widget.Truncate(style.Render(head)+st.Subtle.Render(strings.Repeat("─", gap)), width)
}

// viewsLines renders the views form, led by the question for a missing
// reason when it was opened to ask.
func (e *Editor) viewsLines(width, height int) []string {
	st, tr := e.ctx.Styles, e.ctx.Msgs
	var lines []string
	if e.asking && e.viewsMissing() {
		key := "perspectives.prompt.both"
		switch child, parents := missing(e.ctx.Conf); {
		case child && !parents:
			key = "perspectives.prompt.child"
		case parents && !child:
			key = "perspectives.prompt.parents"
		}
		for _, l := range widget.Wrap("⚠ "+tr.T(key), width) {
			lines = append(lines, st.Warning.Render(l))
		}
	}
	lines = append(lines, widget.Truncate(st.Title.Render(tr.T("perspectives.views.title")), width), "")
	if rest := height - len(lines); rest > 0 {
		lines = append(lines, strings.Split(e.views.Form().View(width, rest), "\n")...)
	}
	return lines
}
