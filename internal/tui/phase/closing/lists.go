package closing

import (
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/widget"
)

func (e *Editor) parkedKey(k tea.KeyPressMsg, km KeyMap) tea.Cmd {
	c := e.ctx.Conf
	if e.parked.Update(k) || len(c.Parked) == 0 {
		return nil
	}
	t := &c.Parked[min(e.parked.Cursor(), len(c.Parked)-1)]
	switch {
	case key.Matches(k, km.Assign):
		return e.openParkedOwner(*t)
	case key.Matches(k, km.Clear) && t.OwnerID != "":
		t.OwnerID = ""
		e.ctx.Record(conference.OpUpdate, "parked/"+t.ID+"/owner_id", true)
		return nil
	case key.Matches(k, km.Identifying):
		// Left out of the pseudonymised minutes, as in every list.
		on := !t.Identifying
		c.SetIdentifying(t.ID, on)
		e.ctx.Record(conference.OpUpdate, "parked/"+t.ID+"/identifying", true)
		e.notice = []string{e.ctx.Msgs.T("identifying.off")}
		if on {
			e.notice = []string{e.ctx.Msgs.T("identifying.on")}
		}
	}
	return nil
}

func (e *Editor) respKey(k tea.KeyPressMsg, km KeyMap) tea.Cmd {
	c := e.ctx.Conf
	if e.resp.Update(k) {
		return nil
	}
	code := conference.Responsibilities[e.resp.Cursor()]
	switch {
	case key.Matches(k, km.Assign):
		return e.openResponsibility(code)
	case key.Matches(k, km.Clear):
		if c.ClearResponsibility(code) {
			e.ctx.Record(conference.OpRemove, "responsibilities/"+code, true)
			return nil
		}
	}
	return nil
}

func (e *Editor) reviewKey(k tea.KeyPressMsg, km KeyMap) tea.Cmd {
	c := e.ctx.Conf
	if e.review.Update(k) {
		return nil
	}
	i := e.review.Cursor() - 1 // distribution index; -1: the review date
	switch {
	case key.Matches(k, km.Edit) && i < 0:
		return e.openReview(false)
	case key.Matches(k, km.Edit):
		return e.openDist(i)
	case key.Matches(k, km.New):
		return e.openDist(-1)
	case key.Matches(k, km.Variant) && i >= 0:
		d := &c.Distribution[i]
		at := slices.Index(conference.MinutesVariants, d.Variant)
		d.Variant = conference.MinutesVariants[(at+1)%len(conference.MinutesVariants)]
		e.ctx.Record(conference.OpUpdate, distPath(i), true)
		return nil
	case key.Matches(k, km.Remove) && i >= 0:
		e.removeDist(i)
	case key.Matches(k, km.Propose):
		e.proposeDist()
	case key.Matches(k, km.How) && i >= 0:
		d := &c.Distribution[i]
		at := slices.Index(conference.GivenWays, d.How)
		d.How = conference.GivenWays[(at+1)%len(conference.GivenWays)]
		e.ctx.Record(conference.OpUpdate, distPath(i), true)
	case key.Matches(k, km.Given) && i >= 0:
		e.toggleGiven(i)
	}
	return nil
}

// toggleGiven marks distribution entry i given today, or takes that back.
// It works on a closed conference too, as releasing the minutes does: a
// document is often given after the meeting. The change is audited as
// `kofa distribution mark` audits it (conference.GivenChange), which is
// what the workspace saves although the conference is closed.
func (e *Editor) toggleGiven(i int) {
	c := e.ctx.Conf
	d := &c.Distribution[i]
	day := conference.Date{}
	if d.Given.IsZero() {
		day = conference.DateOf(e.ctx.Now())
	}
	key := d.ID
	if key == "" || day.IsZero() || !c.MarkGiven(d.ID, day, "") {
		// Taken back, or an entry kept from before the tracking (no ID).
		d.Given = day
	}
	if key == "" {
		key = strconv.Itoa(i)
	}
	e.ctx.RecordChange(conference.GivenChange(key, day), true)
}

// removeDist removes distribution entry i at once; the notice says so and
// how to take it back.
func (e *Editor) removeDist(i int) {
	c := e.ctx.Conf
	name := e.recipientText(c.Distribution[i])
	c.Distribution = slices.Delete(c.Distribution, i, i+1)
	e.sync()
	e.ctx.Record(conference.OpRemove, distPath(i), true)
	e.notice = []string{e.ctx.Msgs.T("listform.removed", name)}
}

// proposeDist adds the entries kofa proposes from the roles and the legal
// bases that the list does not hold yet; the notice says how many.
func (e *Editor) proposeDist() {
	c := e.ctx.Conf
	proposed := c.ProposeDistribution()
	for _, d := range proposed {
		c.AddDistribution(d)
		e.sync()
		e.ctx.Record(conference.OpAdd, distPath(len(c.Distribution)-1), true)
	}
	e.notice = []string{e.ctx.Msgs.N("closingdist.proposed", len(proposed), len(proposed))}
}

func distPath(i int) string { return "distribution/" + strconv.Itoa(i) }

// variantOptions are the minutes variants a recipient can get.
func variantOptions(tr *i18n.Messages) []widget.Option {
	out := make([]widget.Option, 0, len(conference.MinutesVariants))
	for _, v := range conference.MinutesVariants {
		out = append(out, widget.Option{Code: v, Label: variantLabel(tr, v)})
	}
	return out
}

// howKey prefixes the words for how a document is given.
const howKey = "distribution.how."

// variantLabel names a minutes variant (an unknown code shows as is).
func variantLabel(tr *i18n.Messages, v string) string {
	switch v {
	case conference.MinutesFull:
		return tr.T("closing.variant.full")
	case conference.MinutesPseudonymised:
		return tr.T("closing.variant.pseudonymised")
	case conference.MinutesTasks:
		return tr.T("closing.variant.tasks")
	case conference.MinutesNotice:
		return tr.T("preview.variant.notice")
	case conference.MinutesFamily:
		return tr.T("preview.variant.family")
	case conference.MinutesChild:
		return tr.T("preview.variant.child")
	case conference.MinutesFeedback:
		return tr.T("preview.variant.feedback")
	}
	return v
}

func (e *Editor) respLabel(code string) string {
	return catalogue.Label(e.ctx.Catalogue.Responsibilities, code, string(e.ctx.Lang))
}

func (e *Editor) recipientText(d conference.Distribution) string {
	if d.PersonID != "" {
		return e.ctx.Conf.RecipientName(d)
	}
	if d.ParticipantID != "" {
		if n := name(e.ctx, d.ParticipantID); n != "" {
			return n
		}
		return "?"
	}
	return d.Recipient
}

// missingCell is the marker for something required that is not there.
func (e *Editor) missingCell(selected bool) string {
	s := "⚠ " + e.ctx.Msgs.T("closing.missing")
	if selected {
		return s
	}
	return e.ctx.Styles.Warning.Render(s)
}

// selectRow draws a list row, the selected one in the selection style.
func (e *Editor) selectRow(text string, selected bool, width int) string {
	if selected {
		return e.ctx.Styles.Selected.Render(widget.Pad("▸ "+text, width))
	}
	return widget.Truncate("  "+text, width)
}

// parkedLines lists the parked topics with who takes care of each.
func (e *Editor) parkedLines(width, height int) []string {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	if len(c.Parked) == 0 {
		return []string{widget.Truncate(st.Muted.Render(tr.T("closing.parked.empty")), width)}
	}
	ownerW := max(8, min(28, width/3))
	textW := max(1, width-2-4-ownerW-1)
	head := "  " + widget.Pad("#", 3) + " " + widget.Pad(tr.T("closing.parked.topic"), textW) + " " + tr.T("closing.parked.owner")
	lines := []string{widget.Truncate(st.Muted.Render(head), width)}
	if height < 2 {
		return lines
	}
	body := e.parked.View(width, height-1, func(i int, selected bool, w int) string {
		t := c.Parked[i]
		from := st.Muted.Render(" · " + tr.T("closing.parked.from", c.PhaseNumber(t.Phase)))
		if selected {
			from = ansi.Strip(from)
		}
		owner := name(e.ctx, t.OwnerID)
		if owner == "" {
			owner = e.missingCell(selected)
		}
		topic := widget.OneLine(t.Text)
		if t.Identifying {
			topic = listform.IdentifyingMark + topic
		}
		text := widget.Pad(strconv.Itoa(i+1), 3) + " " + widget.Pad(topic+from, textW) + " " + owner
		return e.selectRow(text, selected, w)
	})
	return append(lines, strings.Split(body, "\n")...)
}

// respLines lists the responsibilities of the case and who holds them.
// The case lead is required for a case conference.
func (e *Editor) respLines(width, height int) []string {
	c, st := e.ctx.Conf, e.ctx.Styles
	lw := 0
	for _, code := range conference.Responsibilities {
		lw = max(lw, ansi.StringWidth(e.respLabel(code)))
	}
	lw = min(lw, width/2)
	body := e.resp.View(width, height, func(i int, selected bool, w int) string {
		code := conference.Responsibilities[i]
		holder := st.Subtle.Render("·")
		if selected {
			holder = "·"
		}
		if r, ok := c.Responsible(code); ok {
			holder = name(e.ctx, r.ParticipantID)
		} else if code == conference.RespCaseLead && c.Kind == conference.KindCase {
			holder = e.missingCell(selected)
		}
		return e.selectRow(widget.Pad(e.respLabel(code), lw)+"  "+holder, selected, w)
	})
	return strings.Split(body, "\n")
}

// reviewLines shows the review date and time and the distribution list:
// row 0 of the list is the date, the rows after it the recipients.
func (e *Editor) reviewLines(width, height int) []string {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	lw := max(ansi.StringWidth(tr.T(e.kindKey("closing.review.next"))), ansi.StringWidth(tr.T("closing.dist.title")))
	lw = min(lw, width/3)
	rows := height
	if len(c.Distribution) == 0 {
		rows = max(1, height-1)
	}
	body := e.review.View(width, rows, func(i int, selected bool, w int) string {
		if i == 0 {
			return e.selectRow(widget.Pad(tr.T(e.kindKey("closing.review.next")), lw)+"  "+e.reviewText(selected), selected, w)
		}
		d := c.Distribution[i-1]
		label := ""
		if i == 1 {
			label = tr.T("closing.dist.title")
		}
		text := e.recipientText(d) + " — " + variantLabel(tr, d.Variant)
		if d.How != "" {
			text += " · " + tr.T(howKey+d.How)
		}
		if !d.Given.IsZero() {
			text += " · ✓ " + tr.T("closingdist.given", conference.FormatDate(d.Given, string(e.ctx.Lang)))
		}
		if problem := c.RecipientProblem(d); problem != "" {
			text += " " + st.Warning.Render("⚠ "+tr.T(problem))
		}
		return e.selectRow(widget.Pad(label, lw)+"  "+text, selected, w)
	})
	lines := strings.Split(body, "\n")
	if len(c.Distribution) == 0 && height > 1 {
		hint := st.Muted.Render(" " + tr.T("closing.dist.empty", e.keys.New.Help().Key))
		lines = append(lines, widget.Truncate("  "+widget.Pad(tr.T("closing.dist.title"), lw)+"  "+e.missingCell(false)+hint, width))
	}
	return lines
}

// kindKey is the message key of a text a network meeting words its own
// way (the next meeting, not the review conference; actions recorded with
// the agenda items): the same key under "network.".
func (e *Editor) kindKey(key string) string {
	if e.ctx.Conf.Kind == conference.KindNetwork {
		return "network." + key
	}
	return key
}

// reviewText is the review date and time as facilitators write them.
func (e *Editor) reviewText(selected bool) string {
	c := e.ctx.Conf
	if c.NextReview.IsZero() {
		return e.missingCell(selected)
	}
	s := conference.FormatDate(c.NextReview, string(e.ctx.Lang))
	if c.NextReviewTime != "" {
		s = e.ctx.Msgs.T("closing.review.at", s, c.NextReviewTime)
	}
	return s
}
