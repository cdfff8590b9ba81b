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
	if len(c.Actions) > 0 {
		lines = append(lines, m.st.Title.Render(m.tr.T("tui.projector.actions")), "")
	}
	for i, a := range c.Actions {
		lines = append(lines, m.projectorAction(i, a, inner))
	}
	if !c.NextReview.IsZero() {
		when := conference.FormatDate(c.NextReview, string(m.tr.Lang()))
		if c.NextReviewTime != "" {
			when += " " + c.NextReviewTime
		}
		lines = append(lines, "", m.tr.T("tui.projector.review", when))
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

// projectorAction is one row of the action table: mark, number, what,
// who, due; "what" gets the room the others leave.
func (m *Model) projectorAction(i int, a conference.Action, width int) string {
	mark := "·"
	if a.Agreement().Given() {
		mark = "✓"
	}
	due := ""
	if !a.Due.IsZero() {
		due = m.tr.T("tui.projector.due", conference.FormatDate(a.Due, string(m.tr.Lang())))
	}
	owner := widget.Truncate(m.projectorOwner(a), max(10, width/4))
	head := mark + " " + fmt.Sprintf("%2d", i+1) + "  "
	tail := "  " + widget.Pad(owner, max(10, width/4)) + "  " + widget.Pad(due, 14)
	what := widget.Pad(a.What, max(10, width-ansi.StringWidth(head)-ansi.StringWidth(tail)))
	return widget.Truncate(head+what+tail, width)
}

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
	if inst == "" {
		return name
	}
	if name == "" {
		return inst
	}
	return name + " (" + inst + ")"
}
