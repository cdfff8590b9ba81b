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
		title := e.ctx.Msgs.T("tui.opening.form.new")
		if e.editing != "" {
			title = e.ctx.Msgs.T("tui.opening.form.edit")
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
		lines = append(lines, widget.Truncate(e.ctx.Styles.Muted.Render(e.ctx.Msgs.T("tui.opening.empty")), width))
	} else {
		lines = append(lines, e.list.Lines(width, listH, e.row)...)
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

// viewMemos keep the parts of the view a key press seldom changes, each
// drawn again only when what it is drawn from changed (see widget.Memo).
type viewMemos struct {
	question widget.Memo[questionKey, []string]
	frame    widget.Memo[frameKey, string]
	header   widget.Memo[headerKey, string]
	rows     widget.Rows[participantRow, string]
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

// headerKey is what the list header is drawn from: the participants
// counted by attendance.
type headerKey struct {
	all, present, excused, absent int
	styles                        uint64
}

// listHeader counts the participants by attendance.
func (e *Editor) listHeader() string {
	k := headerKey{all: len(e.ctx.Conf.Participants), styles: e.ctx.Styles.Version()}
	for _, p := range e.ctx.Conf.Participants {
		switch p.Attendance {
		case conference.AttendancePresent:
			k.present++
		case conference.AttendanceExcused:
			k.excused++
		case conference.AttendanceAbsent:
			k.absent++
		}
	}
	return e.memo.header.Get(k, e.drawListHeader)
}

func (e *Editor) drawListHeader(k headerKey) string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	return st.Title.Render(tr.T("tui.opening.participants", k.all)) + "  " +
		st.Muted.Render(tr.T("tui.opening.counts", k.present, k.excused, k.absent))
}

// attendance shows a participant's attendance as a symbol and words.
func (e *Editor) attendance(p conference.Participant) (string, string) {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	switch {
	case p.Attendance == conference.AttendancePresent && !p.LeftAt.IsZero():
		return st.Muted.Render("←"), st.Muted.Render(tr.T("tui.opening.att.left", p.LeftAt.Format("15:04")))
	case p.Attendance == conference.AttendancePresent && !p.JoinedAt.IsZero():
		return st.Success.Render("→"), st.Success.Render(tr.T("tui.opening.att.joined", p.JoinedAt.Format("15:04")))
	case p.Attendance == conference.AttendancePresent:
		return st.Success.Render("●"), st.Success.Render(tr.T("tui.opening.att.present"))
	case p.Attendance == conference.AttendanceExcused:
		return st.Muted.Render("◌"), st.Muted.Render(tr.T("tui.opening.att.excused"))
	case p.Attendance == conference.AttendanceAbsent:
		return st.Warning.Render("✗"), st.Warning.Render(tr.T("tui.opening.att.absent"))
	}
	return st.Muted.Render("?"), st.Muted.Render(tr.T("tui.opening.att.planned"))
}

// participantRow is everything a participant's row is drawn from.
type participantRow struct {
	name, institution, institutionType string
	roles                              string // the role codes, one a line
	attendance                         string
	joinedAt, leftAt                   time.Time
	selected                           bool
	width                              int
	styles                             uint64
}

// row renders participant i of the list: symbol, name, attendance in
// words, institution, roles.
func (e *Editor) row(i int, selected bool, width int) string {
	p := e.ctx.Conf.Participants[i]
	k := participantRow{
		name: p.Name, institution: p.Institution, institutionType: p.InstitutionType,
		roles:      strings.Join(p.Roles, "\n"), // no copy for none or one role
		attendance: p.Attendance, joinedAt: p.JoinedAt, leftAt: p.LeftAt,
		selected: selected, width: width, styles: e.ctx.Styles.Version(),
	}
	return e.memo.rows.Get(i, k, func(participantRow) string { return e.drawRow(p, selected, width) })
}

func (e *Editor) drawRow(p conference.Participant, selected bool, width int) string {
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
