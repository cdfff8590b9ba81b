package opening

import (
	"strings"
	"time"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/widget"
)

// View implements phase.Editor: the key question large, the frame line
// (confidentiality, end), the participants, and the form when open.
func (e *Editor) View(width, height int) string {
	top := append(e.questionBox(width), widget.Truncate(e.frameLine(), width), widget.Truncate(e.rolesLine(), width), "")
	end := append(e.end.Lines(width, height), e.roles.Lines(width, height)...)
	if n := e.end.Notice(); n != "" {
		end = append(end, widget.Truncate(e.ctx.Styles.Warning.Render(n), width))
	}
	body := e.people.Lines(width, height-len(top)-len(end))
	if len(body) == 0 {
		// Too little room: the form (what is being typed) wins over the
		// question and the list.
		return strings.Join(widget.FitLines(append(e.people.FormLines(width, height), end...), width, height), "\n")
	}
	return strings.Join(widget.FitLines(append(append(top, body...), end...), width, height), "\n")
}

// listTop is the line of the first participant row in View.
func (e *Editor) listTop() int {
	return len(e.questionBox(max(1, e.width))) + 3 + peopleHeader
}

// viewMemos keep the parts of the view a key press seldom changes, each
// drawn again only when what it is drawn from changed (see widget.Memo).
type viewMemos struct {
	question widget.Memo[questionKey, []string]
	frame    widget.Memo[frameKey, string]
}

// questionKey is what the key question's box is drawn from.
type questionKey struct {
	question string
	width    int
	styles   uint64
}

// questionBox shows the key question in a box to read aloud.
func (e *Editor) questionBox(width int) []string {
	k := questionKey{e.ctx.Conf.KeyQuestion, width, e.ctx.Styles.Version()}
	return e.memo.question.Get(k, e.drawQuestionBox)
}

func (e *Editor) drawQuestionBox(k questionKey) []string {
	tr, st, q, width := e.ctx.Msgs, e.ctx.Styles, k.question, k.width
	if q == "" {
		return []string{widget.Truncate(st.Muted.Render(tr.T("tui.opening.no_question")), width)}
	}
	text := st.Muted.Render(tr.T("tui.opening.question")) + "\n" + st.Title.Render(q)
	box := widget.Box(st, text, width)
	lines := strings.Split(box, "\n")
	if len(lines) > 6 {
		lines = append(lines[:5], lines[len(lines)-1])
	}
	return lines
}

// frameKey is what the frame line is drawn from.
type frameKey struct {
	confidentialityAt time.Time
	agreedEnd         string
	styles            uint64
}

// frameLine says whether confidentiality was agreed and when the
// conference ends.
func (e *Editor) frameLine() string {
	c := e.ctx.Conf
	return e.memo.frame.Get(frameKey{c.ConfidentialityAt, c.AgreedEnd, e.ctx.Styles.Version()}, e.drawFrameLine)
}

func (e *Editor) drawFrameLine(k frameKey) string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	var conf string
	if k.confidentialityAt.IsZero() {
		conf = st.Warning.Render("· " + tr.T("tui.opening.confidential.no"))
	} else {
		conf = st.Success.Render("✓ " + tr.T("tui.opening.confidential.yes", k.confidentialityAt.Format("15:04")))
	}
	end := tr.T("tui.opening.end.none")
	if k.agreedEnd != "" {
		end = tr.T("tui.opening.end.agreed", k.agreedEnd)
	}
	return conf + st.Subtle.Render("   ·   ") + st.App.Render(end)
}

// rolesLine says who facilitates and who takes the minutes, or that
// nobody does yet.
func (e *Editor) rolesLine() string {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	holder := func(role string) string {
		ps := c.ParticipantsWithRole(role)
		if len(ps) == 0 {
			return st.Warning.Render(tr.T("meetingroles.nobody"))
		}
		return ps[0].Name
	}
	label := func(role string) string { return catalogue.Label(e.ctx.Catalogue.Roles, role, string(e.ctx.Lang)) }
	return st.Muted.Render(tr.T("meetingroles.line", label(conference.RoleFacilitator), holder(conference.RoleFacilitator),
		label(conference.RoleMinuteTaker), holder(conference.RoleMinuteTaker)))
}
