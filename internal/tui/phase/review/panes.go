package review

import (
	"strings"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/theme"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// pane is the list the review shows: tab goes from one to the next. The
// review starts from what was known: the actions agreed last time, the
// responsibilities copied from then (to confirm or remove), and what the
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
func respRows(c *conference.Conference) []conference.Responsibility {
	var out []conference.Responsibility
	for _, code := range conference.Responsibilities {
		if r, ok := c.Responsible(code); ok {
			out = append(out, r)
		}
	}
	return out
}

// newRespList lists the responsibilities: d removes one that no longer
// holds (ctrl+z brings it back), j confirms (the editor's key).
func newRespList(ctx *phase.Context) *listform.List[conference.Responsibility] {
	st, tr := ctx.Styles, ctx.Msgs
	label := func(r conference.Responsibility) string {
		return catalogue.Label(ctx.Catalogue.Responsibilities, r.Code, string(ctx.Lang))
	}
	return listform.New(ctx, listform.Config[conference.Responsibility]{
		Path:  "responsibilities",
		Items: func() []conference.Responsibility { return respRows(ctx.Conf) },
		ID:    func(r conference.Responsibility) string { return r.Code },
		Row: func(_ int, r conference.Responsibility, sel bool, w int) string {
			state := st.Success.Render("✓ " + tr.T("reviewprev.resp.confirmed"))
			if r.Copied {
				state = st.Warning.Render("⚑ " + tr.T("reviewprev.resp.copied"))
			}
			text := widget.Pad(label(r), 26) + "  " +
				widget.Pad(joinText(holder(ctx.Conf, r), r.Note), max(10, w-2-26-2-18-2))
			return rowMark(st, sel, text, state, w)
		},
		Empty:  func() string { return tr.T("reviewprev.resp.empty") },
		Name:   label,
		Remove: ctx.Conf.ClearResponsibility,
	})
}

// prevItem is one thing the previous conference knew: a chronology entry,
// a worry, a protective factor, existing safety, or the result (which is
// shown only: the result is assessed anew).
type prevItem struct {
	list, id string // conference.Prev* and the item's ID; "" for the result
	text     string
}

// key is the item's ID in the list of what was known.
func (it prevItem) key() string {
	if it.list == "" {
		return "result"
	}
	return it.list + "/" + it.id
}

func prevItems(ctx *phase.Context) []prevItem {
	p := ctx.Conf.Previous
	if p == nil {
		return nil
	}
	tr, cat, lang := ctx.Msgs, ctx.Catalogue, string(ctx.Lang)
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

// newPrevList lists what the previous conference knew, to read; t (the
// editor's key) takes an item over.
func newPrevList(ctx *phase.Context) *listform.List[prevItem] {
	st, tr := ctx.Styles, ctx.Msgs
	return listform.New(ctx, listform.Config[prevItem]{
		Items: func() []prevItem { return prevItems(ctx) },
		ID:    prevItem.key,
		Row: func(_ int, it prevItem, sel bool, w int) string {
			state := ""
			switch {
			case it.list == "":
				state = st.Muted.Render("· " + tr.T("reviewprev.read_only"))
			case ctx.Conf.Taken(it.list, it.id):
				state = st.Success.Render("✓ " + tr.T("reviewprev.taken_mark"))
			}
			return rowMark(st, sel, widget.Pad(it.text, max(10, w-2-22-2)), state, w)
		},
		Empty: func() string { return tr.T("reviewprev.previous.empty") },
	})
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

// takeable reports whether the selected item of the previous conference
// can be taken over (not the result, not taken yet).
func (e *Editor) takeable() bool {
	it, ok := e.prev.Selected()
	return e.pane == panePrevious && ok && it.list != "" && !e.ctx.Conf.Taken(it.list, it.id)
}

// confirmable reports whether the selected responsibility waits for
// confirmation.
func (e *Editor) confirmable() bool {
	r, ok := e.resp.Selected()
	return e.pane == paneResp && ok && r.Copied
}

// confirmResp confirms the selected copied responsibility.
func (e *Editor) confirmResp() {
	r, ok := e.resp.Selected()
	if ok && r.Copied && e.ctx.Conf.ConfirmResponsibility(r.Code) {
		e.ctx.Record(conference.OpUpdate, "responsibilities/"+r.Code+"/confirmed", true)
	}
}

// takeOver copies the selected item of the previous conference into this
// one.
func (e *Editor) takeOver() {
	it, ok := e.prev.Selected()
	if !ok || it.list == "" {
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
	names := []string{
		tr.T("review.title"),
		tr.T("reviewprev.pane.resp", len(e.ctx.Conf.UnconfirmedResponsibilities())),
		tr.T("reviewprev.pane.previous", e.prev.Len()),
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
	var notices []string
	if e.notice != "" {
		notices = append(notices, st.Success.Render("✓ "+e.notice))
	}
	switch e.pane {
	case paneResp:
		notices = append(e.resp.NoticeLines(width), notices...)
		if e.resp.Len() == 0 {
			return append(append(lines, st.Muted.Render(tr.T("reviewprev.resp.empty"))), notices...)
		}
		lines = append(lines, st.Muted.Render(widget.Truncate(tr.T("reviewprev.resp.hint"), width)))
		sel, _ := e.resp.Selected()
		detail := widget.Wrap(joinText(holder(e.ctx.Conf, sel), sel.Note), width-2)
		detail = detail[:min(2, len(detail))]
		e.listTop = len(lines)
		lines = append(lines, e.resp.ListLines(width, max(1, height-len(lines)-len(detail)-len(notices)))...)
		for _, l := range detail {
			lines = append(lines, "  "+st.App.Render(l))
		}
	case panePrevious:
		if e.prev.Len() == 0 {
			return append(append(lines, st.Muted.Render(tr.T("reviewprev.previous.empty"))), notices...)
		}
		lines = append(lines, st.Muted.Render(widget.Truncate(tr.T("reviewprev.previous.hint"), width)))
		e.listTop = len(lines)
		lines = append(lines, e.prev.ListLines(width, max(1, height-len(lines)-len(notices)))...)
	}
	return append(lines, notices...)
}

// holder names who holds a responsibility: a participant or the name
// recorded.
func holder(c *conference.Conference, r conference.Responsibility) string {
	if p := c.Participant(r.ParticipantID); p != nil {
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
