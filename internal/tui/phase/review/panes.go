package review

import (
	"strings"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/theme"
	"kofa/internal/tui/widget"
)

// pane is the list the review shows: tab goes from one to the next. The
// review starts from what was known: the actions agreed last time, the
// responsibilities copied from then (to confirm or drop), and what the
// previous conference knew (to take over item by item).
type pane int

const (
	paneActions pane = iota
	paneResp
	panePrevious
	panes
)

// respRows are the responsibilities of the conference in the catalogue's
// order; the copied ones say so until they are confirmed.
func (e *Editor) respRows() []conference.Responsibility {
	var out []conference.Responsibility
	for _, code := range conference.Responsibilities {
		if r, ok := e.ctx.Conf.Responsible(code); ok {
			out = append(out, r)
		}
	}
	return out
}

// prevItem is one thing the previous conference knew: a chronology entry,
// a worry, a protective factor, existing safety, or the result (which is
// shown only: the result is assessed anew).
type prevItem struct {
	list, id string // conference.Prev* and the item's ID; "" for the result
	text     string
}

func (e *Editor) prevItems() []prevItem {
	p := e.ctx.Conf.Previous
	if p == nil {
		return nil
	}
	tr, cat, lang := e.ctx.Msgs, e.ctx.Catalogue, string(e.ctx.Lang)
	var out []prevItem
	for _, h := range p.Chronology {
		when := h.DateText
		if !h.Date.IsZero() {
			when = conference.FormatDate(h.Date, lang)
		}
		out = append(out, prevItem{conference.PrevChronology, h.ID, tr.T("reviewprev.kind.chronology") + " · " + joinText(when, h.Event)})
	}
	for _, r := range p.Risks {
		text := r.Text
		if _, ind, ok := cat.Indicator(r.Indicator); ok {
			text = joinText(ind.LabelIn(lang), r.Text)
		} else if r.Indicator != "" {
			text = joinText(r.Indicator, r.Text)
		}
		out = append(out, prevItem{conference.PrevRisks, r.ID, tr.T("reviewprev.kind.worry") + " · " + text})
	}
	for _, s := range p.ProtectiveFactors {
		out = append(out, prevItem{conference.PrevProtective, s.ID, tr.T("reviewprev.kind.protective") + " · " + strengthText(cat, lang, s)})
	}
	for _, s := range p.ExistingSafety {
		out = append(out, prevItem{conference.PrevSafety, s.ID, tr.T("reviewprev.kind.safety") + " · " + strengthText(cat, lang, s)})
	}
	if p.Category != "" || p.Result != "" {
		result := joinText(catalogue.Label(cat.Categories, p.Category, lang), p.Result)
		out = append(out, prevItem{text: tr.T("reviewprev.kind.result") + " · " + result})
	}
	return out
}

func strengthText(cat *catalogue.Catalogue, lang string, s conference.Strength) string {
	if s.Factor == "" {
		return s.Text
	}
	return joinText(catalogue.Label(cat.ProtectiveFactors, s.Factor, lang), s.Text)
}

func joinText(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + ": " + b
}

// confirmResp confirms the selected copied responsibility.
func (e *Editor) confirmResp() {
	rows := e.respRows()
	if len(rows) == 0 {
		return
	}
	r := rows[min(e.respList.Cursor(), len(rows)-1)]
	if r.Copied && e.ctx.Conf.ConfirmResponsibility(r.Code) {
		e.ctx.Record(conference.OpUpdate, "responsibilities/"+r.Code+"/confirmed", true)
	}
}

// dropResp removes the selected responsibility (one that no longer holds,
// such as a recipient no longer in the case); ctrl+z brings it back.
func (e *Editor) dropResp() {
	rows := e.respRows()
	if len(rows) == 0 {
		return
	}
	r := rows[min(e.respList.Cursor(), len(rows)-1)]
	if e.ctx.Conf.ClearResponsibility(r.Code) {
		e.ctx.Record(conference.OpRemove, "responsibilities/"+r.Code, true)
		e.notice = e.ctx.Msgs.T("reviewprev.resp.removed")
	}
	e.respList.SetLen(len(e.respRows()))
}

// takeOver copies the selected item of the previous conference into this
// one.
func (e *Editor) takeOver() {
	items := e.prevItems()
	if len(items) == 0 {
		return
	}
	it := items[min(e.prevList.Cursor(), len(items)-1)]
	if it.list == "" {
		return
	}
	if e.ctx.Conf.TakeOver(it.list, it.id) {
		e.ctx.Record(conference.OpAdd, it.list+"/taken/"+it.id, true)
		e.notice = e.ctx.Msgs.T("reviewprev.taken")
	}
}

// paneTitle names the panes, the one shown highlighted, so tab says where
// it leads.
func (e *Editor) paneTitle(width int) string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	copied := 0
	for _, r := range e.respRows() {
		if r.Copied {
			copied++
		}
	}
	names := []string{
		tr.T("review.title"),
		tr.T("reviewprev.pane.resp", copied),
		tr.T("reviewprev.pane.previous", len(e.prevItems())),
	}
	var parts []string
	for i, n := range names {
		if pane(i) == e.pane {
			parts = append(parts, st.Title.Render("▸ "+n))
		} else {
			parts = append(parts, st.Muted.Render(n))
		}
	}
	return widget.Truncate(strings.Join(parts, st.Subtle.Render("  ·  ")), width)
}

// paneView draws the responsibilities or the previous knowledge.
func (e *Editor) paneView(width, height int) []string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	lines := []string{e.paneTitle(width)}
	switch e.pane {
	case paneResp:
		rows := e.respRows()
		e.respList.SetLen(len(rows))
		if len(rows) == 0 {
			return append(lines, st.Muted.Render(tr.T("reviewprev.resp.empty")))
		}
		lines = append(lines, st.Muted.Render(widget.Truncate(tr.T("reviewprev.resp.hint"), width)))
		sel := rows[min(e.respList.Cursor(), len(rows)-1)]
		detail := widget.Wrap(joinText(e.holder(sel), sel.Note), width-2)
		detail = detail[:min(2, len(detail))]
		lines = append(lines, e.respList.Lines(width, max(1, height-3-len(detail)-boolInt(e.notice != "")), func(i int, sel bool, w int) string {
			r := rows[i]
			state := st.Success.Render("✓ " + tr.T("reviewprev.resp.confirmed"))
			if r.Copied {
				state = st.Warning.Render("⚑ " + tr.T("reviewprev.resp.copied"))
			}
			text := widget.Pad(catalogue.Label(e.ctx.Catalogue.Responsibilities, r.Code, string(e.ctx.Lang)), 26) + "  " +
				widget.Pad(joinText(e.holder(r), r.Note), max(10, w-2-26-2-18-2))
			return rowMark(st, sel, text, state, w)
		})...)
		for _, l := range detail {
			lines = append(lines, "  "+st.App.Render(l))
		}
	case panePrevious:
		items := e.prevItems()
		e.prevList.SetLen(len(items))
		if len(items) == 0 {
			return append(lines, st.Muted.Render(tr.T("reviewprev.previous.empty")))
		}
		lines = append(lines, st.Muted.Render(widget.Truncate(tr.T("reviewprev.previous.hint"), width)))
		lines = append(lines, e.prevList.Lines(width, max(1, height-3), func(i int, sel bool, w int) string {
			it := items[i]
			state := ""
			switch {
			case it.list == "":
				state = st.Muted.Render("· " + tr.T("reviewprev.read_only"))
			case e.ctx.Conf.Taken(it.list, it.id):
				state = st.Success.Render("✓ " + tr.T("reviewprev.taken_mark"))
			}
			return rowMark(st, sel, widget.Pad(it.text, max(10, w-2-22-2)), state, w)
		})...)
	}
	if e.notice != "" {
		lines = append(lines, st.Success.Render("✓ "+e.notice))
	}
	return lines
}

// holder names who holds a responsibility: a participant or the name
// recorded.
func (e *Editor) holder(r conference.Responsibility) string {
	if p := e.ctx.Conf.Participant(r.ParticipantID); p != nil {
		return p.Name
	}
	return r.ParticipantID
}

// rowMark draws a row with the selection marker and its state at the end.
func rowMark(st *theme.Styles, sel bool, text, state string, w int) string {
	mark := "  "
	if sel {
		mark = "▸ "
		text = st.Selected.Render(text)
	}
	return widget.Truncate(mark+text+"  "+state, w)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
