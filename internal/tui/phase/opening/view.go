package opening

import (
	"strings"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/widget"
)

// View implements phase.Editor: the key question large, the frame line
// (confidentiality, end), the participants, and the form when open.
func (e *Editor) View(width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	var top []string
	top = append(top, e.questionBox(width)...)
	top = append(top, widget.Truncate(e.frameLine(), width), "")
	var bottom []string
	switch {
	case e.confirm != nil:
		bottom = strings.Split(e.confirm.View(width), "\n")
	case e.zone == zoneForm:
		title := e.ctx.Cat.T("tui.opening.form.new")
		if e.editing != "" {
			title = e.ctx.Cat.T("tui.opening.form.edit")
		}
		formH := max(1, min(height-len(top)-3, 12))
		bottom = append([]string{"", e.ctx.Styles.Title.Render(title)}, strings.Split(e.pf.form.View(width, formH), "\n")...)
	case e.zone == zoneEnd:
		bottom = append([]string{""}, strings.Split(e.endForm.View(width, 2), "\n")...)
	}
	listH := height - len(top) - len(bottom) - 1
	if listH < 1 {
		// Too little room: the form (what is being typed) wins over the
		// question and the list.
		return widget.Clip(strings.Join(bottom, "\n"), width, height)
	}
	lines := append(top, widget.Truncate(e.listHeader(), width))
	if len(e.ctx.Conf.Participants) == 0 {
		lines = append(lines, widget.Truncate(e.ctx.Styles.Muted.Render(e.ctx.Cat.T("tui.opening.empty")), width))
	} else {
		lines = append(lines, strings.Split(e.list.View(width, listH, e.row), "\n")...)
	}
	for len(lines) < height-len(bottom) {
		lines = append(lines, "")
	}
	return widget.Clip(strings.Join(append(lines, bottom...), "\n"), width, height)
}

// listTop is the line of the first participant row in View.
func (e *Editor) listTop() int {
	return len(e.questionBox(max(1, e.width))) + 3
}

// questionBox shows the key question in a box to read aloud.
func (e *Editor) questionBox(width int) []string {
	cat, st := e.ctx.Cat, e.ctx.Styles
	q := e.ctx.Conf.KeyQuestion
	if q == "" {
		return []string{widget.Truncate(st.Muted.Render(cat.T("tui.opening.no_question")), width)}
	}
	text := st.Muted.Render(cat.T("tui.opening.question")) + "\n" + st.Title.Render(q)
	box := widget.Box(st, text, width)
	lines := strings.Split(box, "\n")
	if len(lines) > 6 {
		lines = append(lines[:5], lines[len(lines)-1])
	}
	return lines
}

// frameLine says whether confidentiality was agreed and when the
// conference ends.
func (e *Editor) frameLine() string {
	c, cat, st := e.ctx.Conf, e.ctx.Cat, e.ctx.Styles
	var conf string
	if c.ConfidentialityAt.IsZero() {
		conf = st.Warning.Render("· " + cat.T("tui.opening.confidential.no"))
	} else {
		conf = st.Success.Render("✓ " + cat.T("tui.opening.confidential.yes", c.ConfidentialityAt.Format("15:04")))
	}
	end := cat.T("tui.opening.end.none")
	if c.AgreedEnd != "" {
		end = cat.T("tui.opening.end.agreed", c.AgreedEnd)
	}
	return conf + st.Subtle.Render("   ·   ") + st.App.Render(end)
}

// listHeader counts the participants by attendance.
func (e *Editor) listHeader() string {
	counts := map[string]int{}
	for _, p := range e.ctx.Conf.Participants {
		counts[p.Attendance]++
	}
	cat, st := e.ctx.Cat, e.ctx.Styles
	return st.Title.Render(cat.T("tui.opening.participants", len(e.ctx.Conf.Participants))) + "  " +
		st.Muted.Render(cat.T("tui.opening.counts",
			counts[conference.AttendancePresent], counts[conference.AttendanceExcused], counts[conference.AttendanceAbsent]))
}

// attendance shows a participant's attendance as a symbol and words.
func (e *Editor) attendance(p conference.Participant) (string, string) {
	cat, st := e.ctx.Cat, e.ctx.Styles
	switch {
	case p.Attendance == conference.AttendancePresent && !p.LeftAt.IsZero():
		return st.Muted.Render("←"), st.Muted.Render(cat.T("tui.opening.att.left", p.LeftAt.Format("15:04")))
	case p.Attendance == conference.AttendancePresent && !p.JoinedAt.IsZero():
		return st.Success.Render("→"), st.Success.Render(cat.T("tui.opening.att.joined", p.JoinedAt.Format("15:04")))
	case p.Attendance == conference.AttendancePresent:
		return st.Success.Render("●"), st.Success.Render(cat.T("tui.opening.att.present"))
	case p.Attendance == conference.AttendanceExcused:
		return st.Muted.Render("◌"), st.Muted.Render(cat.T("tui.opening.att.excused"))
	case p.Attendance == conference.AttendanceAbsent:
		return st.Warning.Render("✗"), st.Warning.Render(cat.T("tui.opening.att.absent"))
	}
	return st.Muted.Render("?"), st.Muted.Render(cat.T("tui.opening.att.planned"))
}

// row renders participant i of the list: symbol, name, attendance in
// words, institution, roles.
func (e *Editor) row(i int, selected bool, width int) string {
	p := e.ctx.Conf.Participants[i]
	lang := string(e.ctx.Lang)
	inst := p.Institution
	if p.InstitutionType != "" {
		label := catalogue.Label(e.ctx.Catalogue.Institutions, p.InstitutionType, lang)
		if inst == "" {
			inst = label
		} else {
			inst = label + ": " + inst
		}
	}
	roles := make([]string, 0, len(p.Roles))
	for _, r := range p.Roles {
		roles = append(roles, catalogue.Label(e.ctx.Catalogue.Roles, r, lang))
	}
	sym, words := e.attendance(p)
	name := widget.Pad(p.Name, max(8, min(24, width/3)))
	if selected {
		name = e.ctx.Styles.Selected.Render(name)
	}
	rest := inst
	if len(roles) > 0 {
		rest += " · " + strings.Join(roles, ", ")
	}
	mark := "  "
	if selected {
		mark = "▸ "
	}
	return widget.Truncate(mark+sym+" "+name+"  "+widget.Pad(words, 14)+"  "+e.ctx.Styles.Muted.Render(rest), width)
}
