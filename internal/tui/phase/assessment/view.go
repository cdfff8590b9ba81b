package assessment

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/widget"
)

// wide is the width from which rows show the participant's institution.
const wide = 70

// View implements phase.Editor: the participants' own ratings (hidden,
// or revealed with their spread), the agreed result with dissent, and
// below them the open form, question or notice.
func (e *Editor) View(width, height int) string {
	var bottom []string
	switch {
	case e.confirm != nil:
		bottom = strings.Split(e.confirm.View(width), "\n")
	case e.rating(), e.result.Typing(), e.dissent.Typing():
		bottom = e.formLines(width, height)
	case e.notice != "":
		bottom = []string{widget.Truncate(e.ctx.Styles.Info.Render("✓ "+e.notice), width)}
	default:
		bottom = e.dissent.NoticeLines(width)
	}
	contentH := height - len(bottom)
	if contentH < 1 {
		e.rowLines = nil
		return widget.Clip(strings.Join(bottom, "\n"), width, height)
	}
	lines := e.content(width, contentH)
	for len(lines) < contentH {
		lines = append(lines, "")
	}
	return widget.Clip(strings.Join(append(lines, bottom...), "\n"), width, height)
}

// content renders both sections into height lines, scrolled so that the
// selected row shows.
func (e *Editor) content(width, height int) []string {
	var lines []string
	var index []int
	add := func(line string, row int) {
		lines = append(lines, widget.Truncate(line, width))
		index = append(index, row)
	}
	e.ratingLines(width, add)
	add("", -1)
	e.resultLines(width, add)

	cursorLine := -1
	for i, r := range index {
		if r == e.cursor && (!e.Typing() || e.rating()) {
			cursorLine = i
		}
	}
	off := e.offset
	if cursorLine >= 0 {
		if cursorLine < off {
			off = max(0, cursorLine-1)
		}
		if cursorLine >= off+height {
			off = cursorLine - height + 1
		}
	}
	off = max(0, min(off, len(lines)-height))
	e.offset = off
	end := min(len(lines), off+height)
	e.rowLines = index[off:end]
	return lines[off:end]
}

// ratingLines lists the raters: before the reveal only whether each has
// given a rating, never the values; after it each value and the spread.
func (e *Editor) ratingLines(width int, add func(string, int)) {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	child := e.ratedChild()
	raters := e.raters()
	given := len(raters) - len(e.pending())
	status := tr.T("assessment.hidden", given, len(raters))
	if c.RatingsRevealed {
		status = tr.T("assessment.revealed", given, len(raters))
	}
	title := tr.T("assessment.own")
	if e.perChild() {
		title = tr.T("childrating.own", e.childName(child))
	}
	add(st.Title.Render(title)+"  "+st.Muted.Render(status), -1)
	if e.perChild() {
		add(e.childChooser(child), -1)
	}
	if len(raters) == 0 {
		add("  "+st.Muted.Render(tr.T("assessment.no_raters")), -1)
	}
	stats := conference.SpreadOf(e.ratingsOf(child))
	nameW := max(8, min(24, width/3))
	instW := 0
	if width >= wide {
		instW = max(8, min(24, width/4))
	}
	for i, p := range raters {
		selected := i == e.cursor && !e.Typing()
		mark := "  "
		if selected || (e.rating() && p.ID == e.rater) {
			mark = "▸ "
		}
		text := widget.Pad(p.Name, nameW) + " "
		if instW > 0 {
			text += widget.Pad(e.ctx.Institution(p), instW) + " "
		}
		r, rated := e.ratingOf(child, p.ID)
		var value string
		switch {
		case !rated:
			value = st.Muted.Render("· " + tr.T("assessment.open"))
		case !c.RatingsRevealed:
			value = st.Success.Render("✓ " + tr.T("assessment.given"))
		default:
			value = e.revealedValue(r, stats)
		}
		if selected {
			add(st.Selected.Render(widget.Pad(mark+text+ansi.Strip(value), width)), i)
			continue
		}
		add(mark+text+value, i)
	}
	if !c.RatingsRevealed {
		if len(raters) > 0 {
			add("  "+st.Subtle.Render(tr.T("assessment.hidden_hint")), -1)
		}
		return
	}
	e.spreadLines(width, stats, add)
}

// revealedValue shows one rating: category (short), scale, and whether it
// is the lowest or highest of the spread.
func (e *Editor) revealedValue(r conference.Rating, s conference.Spread) string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	category := "–"
	if r.Category != "" {
		category = e.shortCategory(r.Category)
	}
	scale := " –"
	extreme := ""
	if r.Scale != nil {
		scale = pad2(*r.Scale)
		if s.Min != s.Max && *r.Scale == s.Min {
			extreme = " " + st.Warning.Render("▼ "+tr.T("assessment.min"))
		}
		if s.Min != s.Max && *r.Scale == s.Max {
			extreme = " " + st.Info.Render("▲ "+tr.T("assessment.max"))
		}
	}
	return widget.Pad(category, 13) + " " + st.Title.Render(scale) + extreme
}

func pad2(n int) string {
	s := strconv.Itoa(n)
	if len(s) < 2 {
		s = " " + s
	}
	return s
}

// shortCategory is the short name of a category for tight rows.
func (e *Editor) shortCategory(code string) string {
	key := "assessment.cat." + code
	if e.ctx.Msgs.Has(key) {
		return e.ctx.Msgs.T(key)
	}
	return catalogue.Label(e.ctx.Catalogue.Categories, code, string(e.ctx.Lang))
}

// spreadLines shows the spread once revealed: min, median and max of the
// scale, a dot plot, and how many chose each category.
func (e *Editor) spreadLines(width int, s conference.Spread, add func(string, int)) {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	if s.Scaled > 0 {
		add("  "+st.Title.Render(tr.T("assessment.scale"))+"  "+
			tr.T("assessment.stats", s.Min, s.Median.Format(string(e.ctx.Lang)), s.Max, s.Scaled), -1)
		if width >= plotWidth+2 {
			for _, l := range plot(s) {
				add("  "+st.Muted.Render(l), -1)
			}
		} else {
			vals := make([]string, len(s.Values))
			for i, v := range s.Values {
				vals[i] = strconv.Itoa(v)
			}
			add("  "+st.Muted.Render(tr.T("assessment.values", strings.Join(vals, " · "))), -1)
		}
	}
	counts := s.ByCategory
	parts := make([]string, 0, len(e.ctx.Catalogue.Categories))
	for _, k := range e.ctx.Catalogue.Categories {
		parts = append(parts, e.shortCategory(k.Code)+" "+strconv.Itoa(counts[k.Code]))
	}
	add("  "+st.Title.Render(tr.T("assessment.categories"))+"  "+strings.Join(parts, " · "), -1)
}

// resultLines shows the agreed result, the warnings that go with it, and
// the dissent.
func (e *Editor) resultLines(width int, add func(string, int)) {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	lang := string(e.ctx.Lang)
	a := c.Assessment
	add(st.Title.Render(tr.T("assessment.agreed")), -1)
	category := st.Warning.Render("· " + tr.T("assessment.not_agreed"))
	if a.Category != "" {
		category = st.Title.Render(catalogue.Label(e.ctx.Catalogue.Categories, a.Category, lang))
	}
	add("  "+st.Muted.Render(tr.T("assessment.field.category")+": ")+category, -1)
	harm := "–"
	if len(a.HarmForms) > 0 {
		labels := make([]string, len(a.HarmForms))
		for i, h := range a.HarmForms {
			labels[i] = catalogue.Label(e.ctx.Catalogue.HarmForms, h, lang)
		}
		harm = strings.Join(labels, ", ")
	}
	add("  "+st.Muted.Render(tr.T("assessment.field.harm")+": ")+harm, -1)
	if a.Note != "" {
		add("  "+st.Muted.Render(tr.T("assessment.field.note")+": ")+strings.ReplaceAll(a.Note, "\n", " "), -1)
	}
	if a.Category == conference.CategoryAcute {
		for _, l := range widget.Wrap("‼ "+tr.T("assessment.acute_opens_safety"), max(1, width-2)) {
			add("  "+st.Error.Render(l), -1)
		}
	}
	if c.NeedsContingency() && !c.HasCrisisPlan() {
		msg := tr.T("assessment.contingency_missing", catalogue.Label(e.ctx.Catalogue.Categories, a.Category, lang))
		for _, l := range widget.Wrap("⚠ "+msg, max(1, width-2)) {
			add("  "+st.Warning.Render(l), -1)
		}
	}
	// § 8a Abs. 1: several professionals assess the risk; a warning, never
	// a block.
	if c.Kind == conference.KindCase {
		for _, p := range conference.SeveralProfessionals(c) {
			var msg string
			if p.Key == conference.KeyFewOfficeProfessional && len(p.Args) == 1 {
				// Shorter on the screen, and no "§ 8a" beside the hidden
				// ratings.
				n, _ := strconv.Atoi(p.Args[0])
				msg = tr.N("filing.tui.several.few_office", n, n)
			} else {
				msg = tr.T(p.Key)
			}
			for _, l := range widget.Wrap("⚠ "+msg, max(1, width-2)) {
				add("  "+st.Warning.Render(l), -1)
			}
		}
	}
	add(st.Title.Render(tr.T("assessment.dissent", len(a.Dissent))), -1)
	if len(a.Dissent) == 0 {
		add("  "+st.Subtle.Render("· "+tr.T("assessment.no_dissent")), -1)
	}
	base := len(e.raters())
	for i, d := range a.Dissent {
		row := base + i
		selected := row == e.cursor && (!e.Typing() || e.dissent.Editing() == d.ID)
		who := e.participantName(d.ParticipantID)
		if who == "" {
			who = "?"
		}
		reason := strings.ReplaceAll(d.Reason, "\n", " ")
		if d.Identifying {
			reason = listform.IdentifyingMark + reason
		}
		text := who + ": " + reason
		if selected {
			add(st.Selected.Render(widget.Pad("▸ "+text, width)), row)
			continue
		}
		add("  "+st.App.Render(who)+st.Muted.Render(": ")+reason, row)
	}
}

// formLines renders the open form with its title and the reason it could
// not be saved.
func (e *Editor) formLines(width, height int) []string {
	switch {
	case e.result.Typing():
		return e.result.Lines(width, max(1, min(height-5, 14)))
	case e.dissent.Typing():
		return e.dissent.FormLines(width, max(3, min(height-5, 12)))
	}
	tr, st := e.ctx.Msgs, e.ctx.Styles
	title := tr.T("assessment.rate.title", e.participantName(e.rater), len(e.pending()))
	if e.perChild() {
		title = tr.T("childrating.rate.title", e.participantName(e.rater), e.childName(e.ratedChild()), len(e.pending()))
	}
	lines := []string{st.Title.Render(title)}
	if !e.ctx.Conf.RatingsRevealed {
		lines = append(lines, st.Muted.Render(tr.T("assessment.rate.hidden")))
	}
	if e.formErr != "" {
		lines = append(lines, st.Warning.Render("⚠ "+e.formErr))
	}
	for i, l := range lines {
		lines[i] = widget.Truncate(l, width)
	}
	formH := min(12, height-len(lines)-5)
	if formH < 3 {
		formH = max(1, height-len(lines))
	} else {
		lines = append([]string{""}, lines...)
	}
	lines = append(lines, strings.Split(e.rate.form.View(width, formH), "\n")...)
	// The ends of the scale, below the form while the list above keeps at
	// least its first rows.
	anchors := widget.Wrap(e.anchors(), width)
	if height-len(lines)-len(anchors) >= 6 {
		for _, l := range anchors {
			lines = append(lines, st.Subtle.Render(l))
		}
	}
	return lines
}

// anchors explains the ends of the safety scale from the catalogue.
func (e *Editor) anchors() string {
	var parts []string
	for _, a := range e.ctx.Catalogue.SafetyScale.Anchors {
		parts = append(parts, strconv.Itoa(a.Value)+" = "+a.Label.In(string(e.ctx.Lang)))
	}
	return strings.Join(parts, "  ·  ")
}

// participantName names a participant by ID ("" when unknown).
func (e *Editor) participantName(id string) string { return e.ctx.Name(id) }

// childChooser names the children of a case with siblings, the one whose
// ratings show marked, and the key that goes to the next.
func (e *Editor) childChooser(current string) string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	children := e.children()
	names := make([]string, 0, len(children))
	for _, ch := range children {
		name := e.childName(ch)
		if ch == "" {
			name = tr.T("childrating.case.short")
		}
		if ch == current {
			names = append(names, st.Title.Render("▸ "+name))
			continue
		}
		names = append(names, st.Muted.Render(name))
	}
	return "  " + strings.Join(names, st.Muted.Render(" · ")) + "  " + st.Subtle.Render(tr.T("childrating.hint"))
}
