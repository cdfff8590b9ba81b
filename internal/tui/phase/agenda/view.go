package agenda

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// View implements phase.Editor: the agenda items, and below them the
// selected item (lead, discussion, decisions) with its actions; an open
// form takes the place of the details.
func (e *Editor) View(width, height int) string {
	st := e.ctx.Styles
	e.itemsTop, e.actionsTop = -1, -1
	top := []string{widget.Truncate(st.Title.Render(e.summary()), width)}
	var form []string
	switch {
	case e.items.Typing():
		form = e.items.FormLines(width, height-1)
	case e.actions.Typing():
		form = e.actions.FormLines(width, height-1)
	}
	notes := e.items.NoticeLines(width)
	if e.activeActions() || e.actions.Typing() {
		notes = e.actions.NoticeLines(width)
	}
	if e.notice != "" {
		notes = append(notes, widget.Truncate(st.Info.Render(e.notice), width))
	}
	rest := height - len(top) - len(form) - len(notes)
	if rest < 2 {
		return strings.Join(widget.FitLines(append(form, notes...), width, min(height, len(form)+len(notes))), "\n")
	}
	lines := top
	itemsH := rest
	var detail []string
	if !e.items.Typing() && e.items.Len() > 0 {
		itemsH = min(e.items.Len()+1, max(3, rest*2/5))
		detail = e.detail(width, rest-itemsH, len(top)+itemsH)
	}
	e.itemsTop = len(lines)
	lines = append(lines, widget.FitLines(e.items.ListLines(width, itemsH), width, min(itemsH, max(2, e.items.Len()+1)))...)
	return widget.AtFoot(append(lines, detail...), append(notes, form...), width, height)
}

// summary is the title line: how many items, how many dealt with and
// parked.
func (e *Editor) summary() string {
	tr := e.ctx.Msgs
	var done, parked int
	for _, it := range e.ctx.Conf.Agenda {
		switch it.Status {
		case conference.ItemDone:
			done++
		case conference.ItemParked:
			parked++
		}
	}
	n := len(e.ctx.Conf.Agenda)
	return tr.N("network.agenda.title", n, n, done, parked)
}

// detail draws the selected item in at most height lines starting at line
// y of the view: a blank line, its heading, lead and origin, the
// discussion and the decisions as far as they fit, and its actions.
func (e *Editor) detail(width, height, y int) []string {
	if height < 3 {
		return nil
	}
	tr, st := e.ctx.Msgs, e.ctx.Styles
	lines := []string{""}
	if it := e.ctx.Conf.AgendaItem(e.selectedItem()); it != nil {
		head := tr.T("network.agenda.detail", e.position(it.ID), it.Title)
		if it.CarriedFrom != "" {
			head += st.Muted.Render(" · " + tr.T("network.agenda.carried", conference.FormatDate(it.CarriedDate, string(e.ctx.Lang))))
		}
		lines = append(lines, widget.Truncate(st.Title.Render(head), width))
		room := height - 4 // the blank line, the heading, the actions' title and one action
		for _, part := range []struct{ label, text string }{
			{tr.T("network.agenda.field.discussion"), it.Discussion},
			{tr.T("network.agenda.field.decisions"), it.Decisions},
		} {
			if part.text == "" || room <= 0 {
				continue
			}
			text := e.labelled(part.label, part.text, width, min(room, 3))
			lines = append(lines, text...)
			room -= len(text)
		}
	}
	title := tr.N("network.agenda.actions", len(e.ctx.Conf.ItemActions(e.selectedItem())), len(e.ctx.Conf.ItemActions(e.selectedItem())))
	if e.onOthers() {
		title = tr.T("network.agenda.others")
	}
	if e.activeActions() {
		lines = append(lines, widget.Truncate(st.Selected.Render("▸ "+title), width))
	} else {
		lines = append(lines, widget.Truncate(st.Muted.Render(title), width))
	}
	actionsH := height - len(lines)
	if actionsH < 1 {
		return lines[:min(len(lines), height)]
	}
	e.actionsTop = y + len(lines)
	return append(lines, e.actions.ListLines(width, actionsH)...)
}

// labelled draws "Label  text" with the text wrapped under itself, in at
// most n lines, the last one ending in "…" when more follows.
func (e *Editor) labelled(label, text string, width, n int) []string {
	st := e.ctx.Styles
	labelW := min(14, width/3)
	textW := max(1, width-labelW-1)
	var wrapped []string
	for _, para := range strings.Split(text, "\n") {
		if strings.TrimSpace(para) != "" {
			wrapped = append(wrapped, widget.Wrap(para, textW)...)
		}
	}
	if len(wrapped) > n {
		wrapped = wrapped[:n]
		wrapped[n-1] = widget.Truncate(wrapped[n-1]+" …", textW)
	}
	out := make([]string, 0, len(wrapped))
	for i, w := range wrapped {
		l := strings.Repeat(" ", labelW)
		if i == 0 {
			l = widget.Pad(widget.Truncate(label, labelW-1), labelW)
		}
		out = append(out, st.Muted.Render(l)+" "+w)
	}
	return out
}

// position is the number of the item on the agenda (1, 2, ...).
func (e *Editor) position(id string) string {
	for i, it := range e.ctx.Conf.Agenda {
		if it.ID == id {
			return strconv.Itoa(i + 1)
		}
	}
	return "?"
}

// columns are the widths of the items list's columns: title, lead,
// status, and the count of actions (0: not shown, the screen is narrow).
type columns struct{ title, lead, status, count int }

func (e *Editor) itemColumns(width int) columns {
	tr := e.ctx.Msgs
	var c columns
	for _, s := range conference.ItemStatuses {
		c.status = max(c.status, widget.Width(e.statusLabel(s)))
	}
	c.lead = min(22, max(6, width/5))
	if width >= 70 {
		c.count = widget.Width(tr.T("network.agenda.col.actions"))
	}
	c.title = max(6, width-2-4-c.lead-1-c.status-1-c.count-1)
	return c
}

// itemHeader names the items' columns.
func (e *Editor) itemHeader(width int) string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	c := e.itemColumns(width)
	head := "  " + widget.Pad("#", 4) + widget.Pad(tr.T("network.agenda.col.item"), c.title) + " " +
		widget.Pad(tr.T("network.agenda.col.lead"), c.lead) + " " + widget.Pad(tr.T("network.agenda.col.status"), c.status)
	if c.count > 0 {
		head += " " + tr.T("network.agenda.col.actions")
	}
	return st.Muted.Render(head)
}

// itemRow renders item i: number, title, lead, status, count of actions.
func (e *Editor) itemRow(i int, it conference.AgendaItem, selected bool, width int) string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	mark := "  "
	switch {
	case selected && e.activeActions():
		mark = "› " // the item whose actions have the keyboard
	case selected:
		mark = "▸ "
	}
	var line string
	if it.ID == others {
		line = widget.Pad("", 4) + st.Muted.Render(tr.T("network.agenda.others")) + "  " + strconv.Itoa(len(e.ctx.Conf.ItemActions("")))
	} else {
		cols := e.itemColumns(width)
		lead := e.ctx.Name(it.LeadID)
		if lead == "" {
			lead = "–"
		}
		title := it.Title
		if it.CarriedFrom != "" {
			title = "↻ " + title
		}
		line = widget.Pad(strconv.Itoa(i+1), 4) + widget.Pad(title, cols.title) + " " + widget.Pad(lead, cols.lead) + " " +
			widget.Pad(e.statusLabel(it.Status), cols.status)
		if cols.count > 0 {
			line += " " + strconv.Itoa(len(e.ctx.Conf.ItemActions(it.ID)))
		}
	}
	if selected {
		return st.Selected.Render(widget.Pad(mark+ansi.Strip(line), width))
	}
	return widget.Truncate(mark+line, width)
}

// statusLabel names an item's status with a symbol, so it reads without
// colour.
func (e *Editor) statusLabel(status string) string {
	tr := e.ctx.Msgs
	switch status {
	case conference.ItemDone:
		return "✓ " + tr.T("network.agenda.status.done")
	case conference.ItemParked:
		return "⤳ " + tr.T("network.agenda.status.parked")
	}
	return "· " + tr.T("network.agenda.status.open")
}

// actionRow renders action i of the selected item: what, who, by when;
// what is missing is said in words.
func (e *Editor) actionRow(i int, a conference.Action, selected bool, width int) string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	mark := "  "
	if selected && e.activeActions() {
		mark = "▸ "
	}
	who := st.Warning.Render("⚠ " + tr.T("network.agenda.action.who_missing"))
	if a.OwnerID != "" {
		who = e.ctx.NameWithInstitution(a.OwnerID, a.Institution)
	}
	due := st.Warning.Render("⚠ " + tr.T("network.agenda.action.due_missing"))
	if !a.Due.IsZero() {
		due = tr.T("network.agenda.action.due", conference.FormatDate(a.Due, string(e.ctx.Lang)))
	}
	whoW, dueW := min(30, max(8, width/3)), min(14, max(6, width/4))
	whatW := max(4, width-2-3-whoW-dueW-2)
	line := widget.Pad(strconv.Itoa(i+1), 3) + widget.Pad(a.What, whatW) + " " + widget.Pad(who, whoW) + " " + due
	if selected && e.activeActions() {
		return st.Selected.Render(widget.Pad(mark+ansi.Strip(line), width))
	}
	return widget.Truncate(mark+line, width)
}
