package safety

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/widget"
)

// wide is the width from which steps show in columns.
const wide = 70

// View implements phase.Editor: the steps of the next hours, who informs
// the family, the note; below them the open form. What is missing is said
// in words where it belongs.
func (e *Editor) View(width, height int) string {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	var bottom []string
	switch {
	case e.family.Typing():
		bottom = e.family.Lines(width, height)
	case e.note.Typing():
		bottom = e.note.Lines(width, height)
	default:
		bottom = e.steps.FormLines(width, height)
	}
	top := []string{st.Error.Render("‼ " + tr.T("safety.title"))}
	if c.Assessment.Category != conference.CategoryAcute {
		label := tr.T("safety.no_category")
		if c.Assessment.Category != "" {
			label = catalogue.Label(e.ctx.Catalogue.Categories, c.Assessment.Category, string(e.ctx.Lang))
		}
		top = append(top, st.Muted.Render("· "+tr.T("safety.not_acute", label)))
	} else {
		top = append(top, st.Muted.Render(tr.T("safety.subtitle")))
	}
	top = append(top, st.Title.Render(tr.T("safety.steps", len(c.ImmediateSafety.Steps))))
	tail := append(e.steps.NoticeLines(width), e.familyLine(), e.noteLine())
	for _, n := range []string{e.family.Notice(), e.note.Notice()} {
		if n != "" {
			tail = append(tail, st.Warning.Render(n))
		}
	}
	listH := height - len(top) - len(tail) - len(bottom)
	if listH < 1 {
		return strings.Join(widget.FitLines(bottom, width, min(height, len(bottom))), "\n")
	}
	e.listTop = len(top)
	lines := append([]string{}, top...)
	if len(c.ImmediateSafety.Steps) == 0 {
		lines = append(lines, st.Warning.Render("⚠ "+tr.T("safety.no_steps")))
	} else {
		lines = append(lines, e.steps.ListLines(width, listH)...)
	}
	return widget.AtFoot(append(lines, tail...), bottom, width, height)
}

// row renders step i: what, who acts, until when; a missing who or time
// is named in words.
func (e *Editor) row(i int, s conference.SafetyStep, selected bool, width int) string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	who := st.Warning.Render("⚠ " + tr.T("safety.who_missing"))
	if s.Who != "" {
		who = e.participantName(s.Who)
	}
	until := st.Warning.Render("⚠ " + tr.T("safety.until_missing"))
	if s.Until != "" {
		until = tr.T("safety.until", s.Until)
	}
	mark := "  "
	if selected {
		mark = "▸ "
	}
	num := widget.Pad(strconv.Itoa(i+1), 3)
	var text string
	if width >= wide {
		whoW, untilW := min(24, width/4), min(20, width/5)
		whatW := max(8, width-2-3-whoW-untilW-2)
		text = widget.Pad(s.What, whatW) + " " + widget.Pad(who, whoW) + " " + until
	} else {
		// Narrow: who and when first, so what is missing is never cut off.
		text = who + st.Muted.Render(" · ") + until + st.Muted.Render(" · ") + s.What
	}
	if selected {
		return st.Selected.Render(widget.Pad(mark+num+ansi.Strip(text), width))
	}
	return mark + num + text
}

func (e *Editor) familyLine() string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	id := e.ctx.Conf.ImmediateSafety.InformsFamily
	if id == "" {
		return st.Warning.Render("⚠ " + tr.T("safety.informs_missing"))
	}
	return st.Muted.Render(tr.T("safety.field.informs")+": ") + e.participantName(id)
}

func (e *Editor) noteLine() string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	note := e.ctx.Conf.ImmediateSafety.Note
	if note == "" {
		return st.Subtle.Render("· " + tr.T("safety.no_note"))
	}
	return st.Muted.Render(tr.T("safety.field.note")+": ") + strings.ReplaceAll(note, "\n", " ")
}

// participantName names a participant by ID (the ID when unknown).
func (e *Editor) participantName(id string) string {
	if n := e.ctx.Name(id); n != "" {
		return n
	}
	return id
}
