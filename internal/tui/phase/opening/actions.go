package opening

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// openForm opens the participant form, empty for a new participant or
// filled with the participant id.
func (e *Editor) openForm(id string) tea.Cmd {
	e.editing = id
	e.pf.load(e.ctx.Conf.Participant(id))
	e.zone = zoneForm
	return e.pf.form.Focus()
}

func (e *Editor) closeForm() {
	e.pf.form.Blur()
	e.zone = zoneList
	e.editing = ""
}

// submit adds the participant in the form (or saves the edit) and keeps
// the form open for the next person: adding a table of people is typing a
// name and pressing enter, again and again.
func (e *Editor) submit() tea.Cmd {
	c := e.ctx.Conf
	p, ok := e.pf.participant()
	if !ok {
		return e.pf.form.FocusInput(e.pf.name)
	}
	if e.editing != "" {
		if cur := c.Participant(e.editing); cur != nil {
			p.ID, p.Attendance, p.JoinedAt, p.LeftAt = cur.ID, cur.Attendance, cur.JoinedAt, cur.LeftAt
			*cur = p
			c.SetRoles(p.ID, p.Roles) // one case lead: the role is the responsibility
		}
		id := e.editing
		e.closeForm()
		e.ctx.Record(conference.OpUpdate, "participants/"+id, true)
		return nil
	}
	p.Attendance = conference.AttendancePresent
	added := c.AddParticipant(p)
	c.SetRoles(added.ID, p.Roles)
	e.list.SetLen(len(c.Participants))
	e.list.SetCursor(len(c.Participants) - 1)
	e.pf.load(nil)
	e.ctx.Record(conference.OpAdd, "participants/"+added.ID, true)
	return e.pf.form.FocusInput(e.pf.name)
}

// leaveForm commits the form when the phase is left: a person whose name
// is typed is added (or the edit saved), never lost. Without a name there
// is nobody to add; the form stays as it is for the return.
func (e *Editor) leaveForm() tea.Cmd {
	if e.pf.name.Value() == "" {
		return nil
	}
	e.pf.name.clear()
	return e.submit()
}

func (e *Editor) setAttendance(a string) tea.Cmd {
	p := e.ctx.Conf.Participant(e.selectedID())
	if p == nil {
		return nil
	}
	p.Attendance = a
	e.ctx.Record(conference.OpUpdate, "participants/"+p.ID+"/attendance", true)
	return nil
}

// joined records that the selected participant joined now.
func (e *Editor) joined() tea.Cmd {
	id := e.selectedID()
	if id == "" {
		return nil
	}
	e.ctx.Conf.Join(id, e.ctx.Now())
	e.ctx.Record(conference.OpUpdate, "participants/"+id+"/joined_at", true)
	return nil
}

// left records that the selected participant left now.
func (e *Editor) left() tea.Cmd {
	id := e.selectedID()
	if id == "" {
		return nil
	}
	e.ctx.Conf.Leave(id, e.ctx.Now())
	e.ctx.Record(conference.OpUpdate, "participants/"+id+"/left_at", true)
	return nil
}

// toggleConfidential records that confidentiality was agreed now, or takes
// a mistaken record back.
func (e *Editor) toggleConfidential() tea.Cmd {
	c := e.ctx.Conf
	if c.ConfidentialityAt.IsZero() {
		c.ConfidentialityAt = e.ctx.Now()
	} else {
		c.ConfidentialityAt = time.Time{}
	}
	e.ctx.Record(conference.OpUpdate, "confidentiality_at", true)
	return nil
}

// commitEnd stores the agreed end when valid and returns to the list.
// Text that is no time keeps the field open with the reason when enter was
// pressed (stay), and is dropped when the field is left otherwise.
func (e *Editor) commitEnd(stay bool) tea.Cmd {
	e.endForm.Blur()
	t, ok := e.end.Time()
	if !ok && stay {
		return e.endForm.Focus()
	}
	e.zone = zoneList
	if !ok {
		return nil
	}
	if t == e.ctx.Conf.AgreedEnd {
		return nil
	}
	e.ctx.Conf.AgreedEnd = t
	e.ctx.Record(conference.OpUpdate, "agreed_end", true)
	return nil
}

func (e *Editor) askRemove() {
	p := e.ctx.Conf.Participant(e.selectedID())
	if p == nil {
		return
	}
	tr := e.ctx.Msgs
	e.confirm = widget.NewConfirm(tr, e.ctx.Styles, tr.T("tui.opening.remove.title"), tr.T("tui.opening.remove.body", p.Name))
}

func (e *Editor) answerRemove(k tea.KeyPressMsg) tea.Cmd {
	switch e.confirm.Update(k) {
	case widget.Yes:
		e.confirm = nil
		id := e.selectedID()
		e.ctx.Conf.RemoveParticipant(id)
		e.list.SetLen(len(e.ctx.Conf.Participants))
		e.ctx.Record(conference.OpRemove, "participants/"+id, true)
		return nil
	case widget.No:
		e.confirm = nil
	}
	return nil
}
