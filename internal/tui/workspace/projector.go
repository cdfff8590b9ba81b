package workspace

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/tui/saver"
	"kofa/internal/tui/widget"
)

// projectorView is the calm view for a shared screen: phase, time left,
// the actions, the next review. It never shows free-text notes, and when
// the conference runs pseudonymised no names of family members.
func (m *Model) projectorView() string {
	l := m.layout
	inner := max(1, l.Width-8)
	c := m.conf
	var lines []string
	lines = append(lines, "", widget.Truncate(m.st.Title.Render(m.title()+"  ·  "+m.phaseName(m.shown()))+"    "+m.timeLeft(), inner), "")
	lines = append(lines, m.projectorAgenda(inner)...)
	if len(c.Actions) > 0 {
		lines = append(lines, m.st.Title.Render(m.tr.T("tui.projector.actions")), "")
	}
	for i, a := range c.Actions {
		lines = append(lines, m.projectorAction(i, a, inner)...)
	}
	if !c.NextReview.IsZero() {
		when := conference.FormatDate(c.NextReview, string(m.tr.Lang()))
		if c.NextReviewTime != "" {
			when += " " + c.NextReviewTime
		}
		lines = append(lines, "", m.tr.T(m.projectorNextKey(), when))
	}
	body := widget.Clip(strings.Join(lines, "\n"), inner, max(0, l.Height-3))
	out := strings.Split(m.st.Projector.Render(body), "\n")
	for len(out) < l.Height-1 {
		out = append(out, "")
	}
	out = out[:l.Height-1]
	for i := range out {
		out[i] = widget.Truncate(out[i], l.Width)
	}
	foot := m.st.HelpKey.Render("F7") + " " + m.st.HelpDesc.Render(m.tr.T("tui.projector.leave"))
	if m.saver.State() == saver.Failed {
		foot = m.saveIndicator() + "   " + foot
	}
	return strings.Join(append(out, widget.Truncate(foot, l.Width)), "\n")
}

// projectorAction is one action of the table: mark, number, what, who,
// due; "what" gets the room the others leave. What and who wrap onto as
// many lines as they need: the room reads the whole agreement, never one
// cut at the edge of the screen.
func (m *Model) projectorAction(i int, a conference.Action, width int) []string {
	mark := "·"
	if a.Agreement().Given() {
		mark = "✓"
	}
	due := ""
	if !a.Due.IsZero() {
		due = m.tr.T("tui.projector.due", conference.FormatDate(a.Due, string(m.tr.Lang())))
	}
	head := mark + " " + fmt.Sprintf("%2d", i+1) + "  "
	ownerW, dueW := max(10, width/4), 14
	whatW := max(10, width-ansi.StringWidth(head)-2-ownerW-2-dueW)
	if whatW < 24 {
		// Narrow: what on lines of its own, who and when under it.
		indent := strings.Repeat(" ", ansi.StringWidth(head))
		inner := max(1, width-len(indent))
		var out []string
		for j, l := range widget.Wrap(oneParagraph(a.What), inner) {
			if j == 0 {
				out = append(out, widget.Truncate(head+l, width))
			} else {
				out = append(out, widget.Truncate(indent+l, width))
			}
		}
		for _, l := range widget.Wrap(strings.TrimSpace(m.projectorOwner(a)+"  "+due), inner) {
			out = append(out, widget.Truncate(indent+m.st.Muted.Render(l), width))
		}
		return out
	}
	what := widget.Wrap(oneParagraph(a.What), whatW)
	owner := widget.Wrap(m.projectorOwner(a), ownerW)
	n := max(len(what), len(owner), 1)
	out := make([]string, 0, n)
	for j := range n {
		w, o, d, h := "", "", "", strings.Repeat(" ", ansi.StringWidth(head))
		if j < len(what) {
			w = what[j]
		}
		if j < len(owner) {
			o = owner[j]
		}
		if j == 0 {
			d, h = due, head
		}
		line := h + widget.Pad(w, whatW) + "  " + widget.Pad(o, ownerW) + "  " + d
		out = append(out, widget.Truncate(strings.TrimRight(line, " "), width))
	}
	return out
}

// oneParagraph joins the lines of a text, for wrapping as one.
func oneParagraph(s string) string { return strings.Join(strings.Fields(s), " ") }

// timeLeft says how much of the phase's time box is left, or how far over.
func (m *Model) timeLeft() string {
	r := m.conf.Phase(m.shown())
	if r == nil || r.TimeBox() <= 0 {
		return ""
	}
	left := r.TimeBox() - r.Elapsed
	if left < 0 {
		return m.st.TimerOver.Render(m.tr.T("tui.projector.over", int(-left.Minutes())+1))
	}
	return m.st.TimerOK.Render(m.tr.T("tui.projector.left", int(left.Minutes()+0.999)))
}

// projectorOwner names who does an action as the room may see it: the
// institution, and the person unless the conference runs pseudonymised
// and they belong to the family.
func (m *Model) projectorOwner(a conference.Action) string {
	p := m.conf.Participant(a.OwnerID)
	inst := a.Institution
	if p == nil {
		return inst
	}
	name := p.Name
	if p.Family && m.conf.Pseudonymised() {
		name = p.Relationship
	}
	return conference.WithInstitution(name, inst)
}
