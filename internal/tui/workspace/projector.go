package workspace

import (
	"strings"

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
	lines = append(lines, "", widget.Truncate(m.st.Title.Render(m.title()+"  ·  "+m.phaseName(c.CurrentPhase))+"    "+m.timeLeft(), inner), "")
	if len(c.Actions) > 0 {
		lines = append(lines, m.st.Title.Render(m.cat.T("tui.projector.actions")), "")
	}
	for i, a := range c.Actions {
		mark := "·"
		if a.Agreed {
			mark = "✓"
		}
		due := ""
		if !a.Due.IsZero() {
			due = m.cat.T("tui.projector.due", conference.FormatDate(a.Due, string(m.cat.Lang())))
		}
		row := []string{mark, itoa(i + 1), a.What, m.projectorOwner(a), due}
		lines = append(lines, widget.Truncate(strings.Join(nonEmpty(row), "   "), inner))
	}
	if !c.NextReview.IsZero() {
		when := conference.FormatDate(c.NextReview, string(m.cat.Lang()))
		if c.NextReviewTime != "" {
			when += " " + c.NextReviewTime
		}
		lines = append(lines, "", m.cat.T("tui.projector.review", when))
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
	foot := m.st.HelpKey.Render("F7") + " " + m.st.HelpDesc.Render(m.cat.T("tui.projector.leave"))
	if m.saver.State() == saver.Failed {
		foot = m.saveIndicator() + "   " + foot
	}
	return strings.Join(append(out, widget.Truncate(foot, l.Width)), "\n")
}

// timeLeft says how much of the phase's time box is left, or how far over.
func (m *Model) timeLeft() string {
	r := m.conf.Phase(m.conf.CurrentPhase)
	if r == nil || r.TimeBox() <= 0 {
		return ""
	}
	left := r.TimeBox() - r.Elapsed
	if left < 0 {
		return m.st.TimerOver.Render(m.cat.T("tui.projector.over", int(-left.Minutes())+1))
	}
	return m.st.TimerOK.Render(m.cat.T("tui.projector.left", int(left.Minutes()+0.999)))
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

func nonEmpty(in []string) []string {
	out := in[:0]
	for _, s := range in {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
