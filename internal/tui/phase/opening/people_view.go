package opening

import (
	"strings"
	"time"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/widget"
)

// peopleHeader is the lines over the first row of the list: the counts.
const peopleHeader = 1

// rowMemos keep the list's header and rows between frames (widget.Memo).
type rowMemos struct {
	header widget.Memo[headerKey, string]
	rows   widget.Rows[participantRow, string]
}

// Lines draws the list in width x height: the counts, the rows, a notice
// and the draft put aside, and the form or the time panel while open
// (they always show; the rows get what is left). nil when not even the
// form fits.
func (e *People) Lines(width, height int) []string {
	if width <= 0 || height <= 0 {
		return nil
	}
	var bottom []string
	if e.clock.Typing() {
		bottom = e.clock.Lines(width, height)
	}
	if n := e.clock.Notice(); n != "" {
		bottom = append(bottom, widget.Truncate(e.ctx.Styles.Warning.Render(n), width))
	}
	rows := height - peopleHeader - len(bottom)
	if rows < 2 {
		return nil
	}
	lines := []string{widget.Truncate(e.listHeader(), width)}
	lines = append(lines, e.list.Lines(width, rows, nil)...)
	return append(lines, bottom...)
}

// FormLines are the lines of what has the keyboard: the time panel or
// the list's form (nothing while the list has it).
func (e *People) FormLines(width, height int) []string {
	if e.clock.Typing() {
		return e.clock.Lines(width, height)
	}
	return e.list.FormLines(width, height)
}

// headerKey is what the list header is drawn from: the participants
// counted by attendance.
type headerKey struct {
	all, present, excused, absent int
	styles                        uint64
}

// listHeader counts the participants by attendance.
func (e *People) listHeader() string {
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

func (e *People) drawListHeader(k headerKey) string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	return st.Title.Render(tr.T("tui.opening.participants", k.all)) + "  " +
		st.Muted.Render(tr.T("tui.opening.counts", k.present, k.excused, k.absent))
}

// attendance shows a participant's attendance as a symbol and words.
func (e *People) attendance(p conference.Participant) (string, string) {
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
	noBasis                            bool // a professional at a case's table without a legal basis
	joinedAt, leftAt                   time.Time
	selected                           bool
	width                              int
	styles                             uint64
}

// row renders participant i of the list: symbol, name, attendance in
// words, institution, roles.
func (e *People) row(i int, p conference.Participant, selected bool, width int) string {
	k := participantRow{
		name: p.Name, institution: p.Institution, institutionType: p.InstitutionType,
		roles:      strings.Join(p.Roles, "\n"), // no copy for none or one role
		attendance: p.Attendance, joinedAt: p.JoinedAt, leftAt: p.LeftAt,
		noBasis:  e.lacksBasis(p),
		selected: selected, width: width, styles: e.ctx.Styles.Version(),
	}
	return e.memo.rows.Get(i, k, func(participantRow) string { return e.drawRow(p, selected, width) })
}

func (e *People) drawRow(p conference.Participant, selected bool, width int) string {
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
	line := mark + sym + " " + name + "  " + widget.Pad(words, 14) + "  "
	if e.lacksBasis(p) { // before the institution: it stays in sight when the row is cut
		line += e.ctx.Styles.Warning.Render(e.ctx.Msgs.T("filing.tui.legal.none")) + "  "
	}
	return widget.Truncate(line+e.ctx.Styles.Muted.Render(rest), width)
}

// lacksBasis reports whether the row warns that the case is shared with a
// professional at the table on no recorded ground (the minutes and the
// closing warn too; nothing is blocked).
func (e *People) lacksBasis(p conference.Participant) bool {
	return e.ctx.Conf.Kind == conference.KindCase && p.NeedsLegalBasis() && !p.HasLegalBasis()
}
