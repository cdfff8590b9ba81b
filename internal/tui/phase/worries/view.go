package worries

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/widget"
)

// wideRow is the width from which flags are written out in words next to
// their symbols.
const wideRow = 70

// View implements phase.Editor: the tab bar, the entries grouped by area
// (or the two lists of strengths), and below them the selected entry's
// evidence, the form, or the remove question.
func (e *Editor) View(width, height int) string {
	top := []string{e.tabBar(width)}
	var bottom []string
	switch {
	case e.areasTyping():
		bottom = e.areas.Lines(width, max(3, min(height-len(top)-2, 16)))
	case e.Typing():
		bottom = e.formLines(width, height-len(top))
	default:
		bottom = e.list().NoticeLines(width)
		if d := e.detail(width); d != "" {
			bottom = append(bottom, d)
		}
	}
	listH := height - len(top) - len(bottom)
	if listH < 1 {
		// Too little room: what is being typed wins over the list.
		e.listLines = nil
		return widget.Clip(strings.Join(bottom, "\n"), width, height)
	}
	return widget.AtFoot(append(top, e.listView(width, listH)...), bottom, width, height)
}

// tabKey is what the tab bar is drawn from.
type tabKey struct {
	tab                   tab
	risks, strengths      int
	weighty, acute, width int
	styles                uint64
}

// tabLine is the tab bar's line and where the second tab starts in it.
type tabLine struct {
	line  string
	split int
}

// tabBar shows the two tabs (the current one marked ▸) and how many risk
// entries are flagged weighty or acute.
func (e *Editor) tabBar(width int) string {
	c := e.ctx.Conf
	k := tabKey{
		tab: e.tab, risks: len(c.Risks), strengths: len(c.ProtectiveFactors) + len(c.ExistingSafety),
		width: width, styles: e.ctx.Styles.Version(),
	}
	for _, r := range c.Risks {
		if r.Weighty {
			k.weighty++
		}
		if r.Acute {
			k.acute++
		}
	}
	bar := e.memo.tabs.Get(k, e.drawTabBar)
	e.tabSplit = bar.split
	return bar.line
}

func (e *Editor) drawTabBar(k tabKey) tabLine {
	tr, st, width := e.ctx.Msgs, e.ctx.Styles, k.width
	render := func(label string, active bool) string {
		if active {
			return st.Title.Render("▸ " + label)
		}
		return st.Muted.Render("  " + label)
	}
	first := render(tr.T("worries.tab.risks", k.risks), k.tab == tabRisks) + "   "
	line := first + render(tr.T("worries.tab.strengths", k.strengths), k.tab == tabStrengths)
	var parts []string
	if k.weighty > 0 {
		parts = append(parts, st.Warning.Render("⚠ "+tr.T("worries.count.weighty", k.weighty)))
	}
	if k.acute > 0 {
		parts = append(parts, st.Error.Render("‼ "+tr.T("worries.count.acute", k.acute)))
	}
	if len(parts) > 0 {
		summary := strings.Join(parts, st.Subtle.Render(" · "))
		if gap := width - ansi.StringWidth(line) - ansi.StringWidth(summary); gap >= 2 {
			line += strings.Repeat(" ", gap) + summary
		}
	}
	return tabLine{line: widget.Truncate(line, width), split: ansi.StringWidth(first)}
}

// lineKind tells the lines of the list apart.
type lineKind int

const (
	lineHeading lineKind = iota // an area or a list of strengths, with its count
	lineHint                    // a line of an area's specialist-procedure hint
	lineEmpty                   // the note under a list with nothing in it
	lineEntry                   // a risk entry or a strength
)

// listLine is one line of the list before it is drawn: only the lines
// that fit are drawn, so a long list costs what a screenful costs.
type listLine struct {
	kind     lineKind
	text     string // a heading's title, a hint's line, the empty note
	count    int    // a heading's entries
	entry    ref
	selected bool
	idx      int // entry index, -1 for headings and notes
}

// listView renders the groups into height lines, scrolled so the selected
// entry (and, where it fits, its heading) shows.
func (e *Editor) listView(width, height int) []string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	groups := e.groups()
	if e.tab == tabRisks && len(groups) == 0 {
		e.listLines = []int{-1}
		return []string{widget.Truncate(st.Muted.Render(tr.T("worries.empty.risks")), width)}
	}
	sevW := e.severityWidth(width)
	lines := e.lines[:0] // the last frame's, for its room
	cur, n := e.list().Cursor(), 0
	cursorLine, groupStart := -1, 0
	for _, g := range groups {
		start := len(lines)
		lines = append(lines, listLine{kind: lineHeading, text: g.title, count: len(g.refs), idx: -1})
		if g.hint != "" {
			for i, l := range widget.Wrap("⚠ "+g.hint, max(1, width-2)) {
				if i < 3 {
					lines = append(lines, listLine{kind: lineHint, text: l, idx: -1})
				}
			}
		}
		if len(g.refs) == 0 {
			lines = append(lines, listLine{kind: lineEmpty, text: g.empty, idx: -1})
		}
		for _, r := range g.refs {
			if n == cur {
				cursorLine, groupStart = len(lines), start
			}
			lines = append(lines, listLine{kind: lineEntry, entry: r, selected: n == cur, idx: n})
			n++
		}
	}
	e.lines = lines
	off := e.offset[e.tab]
	if cursorLine >= 0 {
		if cursorLine < off {
			off = cursorLine
			if cursorLine-groupStart < height {
				off = groupStart
			}
		}
		if cursorLine >= off+height {
			off = cursorLine - height + 1
		}
	}
	off = max(0, min(off, len(lines)-height))
	e.offset[e.tab] = off
	end := min(len(lines), off+height)
	out := make([]string, 0, end-off)
	e.listLines = e.listLines[:0]
	for _, l := range lines[off:end] {
		out = append(out, widget.Truncate(e.drawLine(l, width, sevW), width))
		e.listLines = append(e.listLines, l.idx)
	}
	return out
}

// drawLine draws a line of the list; entries are kept between frames.
func (e *Editor) drawLine(l listLine, width, sevW int) string {
	st := e.ctx.Styles
	switch l.kind {
	case lineHeading:
		return st.Title.Render(l.text) + st.Muted.Render(" ("+strconv.Itoa(l.count)+")")
	case lineHint:
		return "  " + st.Warning.Render(l.text)
	case lineEmpty:
		return "  " + st.Subtle.Render("· "+l.text)
	}
	k := rowKey{entry: l.entry, label: e.label(l.entry), selected: l.selected, width: width, sevW: sevW, styles: st.Version()}
	if x := e.riskByID(l.entry.id); x != nil && l.entry.list == pathRisks {
		k.risk = *x
	} else if s := e.strengthByRef(l.entry); s != nil {
		k.strength, k.found = *s, true
	}
	return e.memo.rows.Get(l.idx, k, e.drawRow)
}

// rowKey is everything an entry's row is drawn from.
type rowKey struct {
	entry       ref
	risk        conference.RiskEntry // a risk entry's row: the entry
	strength    conference.Strength  // a strength's row: the strength,
	found       bool                 // if there is one
	label       string
	selected    bool
	width, sevW int
	styles      uint64
}

// drawRow renders one entry: a risk with severity and flags, a strength
// with its provenance.
func (e *Editor) drawRow(k rowKey) string {
	st, r, selected, width := e.ctx.Styles, k.entry, k.selected, k.width
	mark := "  "
	if selected {
		mark = "▸ "
	}
	if r.list != pathRisks {
		text := k.label
		if k.found && k.strength.Factor == "" && r.list == pathProtective {
			text = "✎ " + text
		}
		if k.found && k.strength.Identifying {
			text = listform.IdentifyingMark + text
		}
		prov := ""
		if k.found && k.strength.Provenance != "" {
			prov = " · " + catalogue.Label(e.ctx.Catalogue.Provenance, k.strength.Provenance, string(e.ctx.Lang))
		}
		if selected {
			return st.Selected.Render(widget.Pad(mark+text+prov, width))
		}
		return mark + text + st.Muted.Render(prov)
	}
	x := k.risk
	if x.ID == "" {
		return ""
	}
	sev, sevStyle := e.severity(x.Intensity)
	sev = widget.Pad(sev, k.sevW)
	var weighty, acute string
	if x.Weighty {
		weighty = "⚠ "
		if width >= wideRow {
			weighty += e.ctx.Msgs.T("worries.flag.weighty") + " "
		}
	}
	if x.Acute {
		acute = "‼ "
		if width >= wideRow {
			acute += e.ctx.Msgs.T("worries.flag.acute") + " "
		}
	}
	text := k.label
	if x.Indicator == "" {
		text = "✎ " + text
	}
	if x.Identifying {
		text = listform.IdentifyingMark + text
	}
	if selected {
		return st.Selected.Render(widget.Pad(mark+sev+" "+weighty+acute+text, width))
	}
	line := mark + sevStyle.Render(sev) + " "
	if weighty != "" {
		line += st.Warning.Render(weighty)
	}
	if acute != "" {
		line += st.Error.Render(acute)
	}
	return line + text
}

// severity returns the label of a worry's intensity and the style that
// goes with it; the word carries the meaning, the colour only repeats it.
// A worry is never "good": the greener end of the scale is slight.
func (e *Editor) severity(code string) (string, lipgloss.Style) {
	st := e.ctx.Styles
	if code == "" {
		return "· " + e.ctx.Msgs.T("worries.severity.none"), st.Subtle
	}
	label := catalogue.Label(e.ctx.Catalogue.Intensities, code, string(e.ctx.Lang))
	switch code {
	case conference.IntensitySevere:
		return label, st.Error
	case conference.IntensityMarked:
		return label, st.Warning
	}
	return label, st.Muted
}

// severityWidth is the width of the severity column: the longest label,
// shortened on narrow screens.
func (e *Editor) severityWidth(width int) int {
	if e.sevLongest == 0 { // the labels do not change: measured once
		w, _ := e.severity("")
		e.sevLongest = ansi.StringWidth(w)
		for _, s := range e.ctx.Catalogue.Intensities {
			e.sevLongest = max(e.sevLongest, ansi.StringWidth(s.LabelIn(string(e.ctx.Lang))))
		}
	}
	longest := e.sevLongest
	if width < wideRow {
		return min(longest, 12)
	}
	return longest
}

// detail shows the evidence of the selected entry: provenance (and who
// reported it), source and date.
func (e *Editor) detail(width int) string {
	sel := e.selected()
	if sel.id == "" {
		return ""
	}
	tr, lang := e.ctx.Msgs, string(e.ctx.Lang)
	var prov, by, source string
	var date conference.Date
	if x := e.riskByID(sel.id); x != nil && sel.list == pathRisks {
		prov, by, source, date = x.Provenance, x.ReportedBy, x.Source, x.Date
	} else if s := e.strengthByRef(sel); s != nil {
		prov, source = s.Provenance, s.Source
	}
	var parts []string
	if x := e.riskByID(sel.id); x != nil && sel.list == pathRisks && width < wideRow {
		// The severity column is cut short on narrow screens: say it here.
		sev, _ := e.severity(x.Intensity)
		parts = append(parts, sev)
	}
	if prov != "" {
		p := catalogue.Label(e.ctx.Catalogue.Provenance, prov, lang)
		if by != "" {
			p += " " + tr.T("worries.detail.by", e.participantName(by))
		}
		parts = append(parts, p)
	}
	if source != "" {
		parts = append(parts, tr.T("worries.detail.source", source))
	}
	if !date.IsZero() {
		parts = append(parts, conference.FormatDate(date, lang))
	}
	text := tr.T("worries.detail.none")
	if len(parts) > 0 {
		text = strings.Join(parts, " · ")
	}
	return widget.Truncate(e.ctx.Styles.Muted.Render("  ⓘ "+text), width)
}

// participantName names a participant by ID; free text stays as it is.
func (e *Editor) participantName(id string) string {
	if p := e.ctx.Conf.Participant(id); p != nil {
		return p.Name
	}
	return id
}

// formLines renders the open form with its title and the specialist-
// procedure hint of the sexual-violence area.
func (e *Editor) formLines(width, avail int) []string {
	st := e.ctx.Styles
	var hint []string
	if e.tab == tabRisks {
		if h := e.risk.specialistHint(); h != "" {
			for i, l := range widget.Wrap("⚠ "+h, width) {
				if i < 2 {
					hint = append(hint, st.Warning.Render(l))
				}
			}
		}
	}
	lines := e.list().FormLines(width, max(3, min(avail-len(hint), 20)))
	if len(lines) == 0 {
		return hint
	}
	// The hint goes under the title, over the fields.
	at := 1
	if lines[0] == "" {
		at = 2
	}
	at = min(at, len(lines))
	return append(append(lines[:at:at], hint...), lines[at:]...)
}
