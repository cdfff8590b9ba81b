package opening

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/directory"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// rolesPanel asks who facilitates and who takes the minutes, at the start
// of the opening rather than at the very end: two picks over the
// participants, where typing a name not at the table yet adds that
// person. Both default to the person at the keyboard, whom kofa remembers
// per store (phase.Context.KeyboardPerson); whoever takes the minutes is
// remembered as the person at the keyboard for the next conference.
type rolesPanel struct {
	*listform.Panel
	ctx                  *phase.Context
	facilitator, minutes *widget.Pick
	// asked: the question was put once; it does not pop up again.
	asked bool
}

func newRolesPanel(ctx *phase.Context) *rolesPanel {
	tr, st := ctx.Msgs, ctx.Styles
	rp := &rolesPanel{ctx: ctx}
	rp.facilitator = widget.NewPick(tr, st, catalogue.Label(ctx.Catalogue.Roles, conference.RoleFacilitator, string(ctx.Lang)), nil)
	rp.minutes = widget.NewPick(tr, st, catalogue.Label(ctx.Catalogue.Roles, conference.RoleMinuteTaker, string(ctx.Lang)), nil)
	for _, p := range []*widget.Pick{rp.facilitator, rp.minutes} {
		p.SetAllowFree(true)
		p.SetRows(4)
	}
	form := widget.NewForm(tr, st, widget.Row{Input: rp.facilitator}, widget.Row{Input: rp.minutes})
	form.SetSubmitHelp(tr.T("opening.clock.done"))
	rp.Panel = listform.NewPanel(ctx, form, rp.load, rp.apply)
	rp.Title = tr.T("meetingroles.title")
	return rp
}

// ask puts the question when nobody facilitates yet, the first time the
// opening is shown: the person at the keyboard, when kofa knows them, is
// filled in for both roles at once (and added to the participants if
// need be), so enter confirms and anything else is one pick away.
func (rp *rolesPanel) ask() tea.Cmd {
	c := rp.ctx.Conf
	if rp.asked || c.Status == conference.StatusClosed {
		return nil
	}
	rp.asked = true
	if len(c.ParticipantsWithRole(conference.RoleFacilitator)) > 0 {
		return nil
	}
	rp.fillDefault()
	return rp.Open(nil)
}

// takeDefault fills in the person at the keyboard once kofa knows them,
// when the question is still open and nobody was chosen yet.
func (rp *rolesPanel) takeDefault() tea.Cmd {
	if !rp.Typing() || rp.holder(conference.RoleFacilitator) != "" || rp.holder(conference.RoleMinuteTaker) != "" {
		return nil
	}
	if !rp.fillDefault() {
		return nil
	}
	rp.load(rp.Form())
	return nil
}

// fillDefault gives the roles nobody holds to the person at the keyboard,
// when kofa knows them; it reports whether it did.
func (rp *rolesPanel) fillDefault() bool {
	c, k := rp.ctx.Conf, rp.ctx.KeyboardPerson
	if k == nil {
		return false
	}
	id := rp.participantFor(k.Name)
	for _, role := range []string{conference.RoleFacilitator, conference.RoleMinuteTaker} {
		if rp.holder(role) == "" {
			c.AssignRole(role, id)
		}
	}
	rp.ctx.Record(conference.OpUpdate, "participants/"+id+"/roles", true)
	return true
}

// load offers the participants and shows who holds each role now.
func (rp *rolesPanel) load(*widget.Form) {
	opts := listform.People(rp.ctx, false)
	rp.facilitator.SetOptions(opts)
	rp.facilitator.SetValue(rp.holder(conference.RoleFacilitator))
	rp.minutes.SetOptions(opts)
	rp.minutes.SetValue(rp.holder(conference.RoleMinuteTaker))
}

// holder is the ID of the (first) participant holding role, "" for none.
func (rp *rolesPanel) holder(role string) string {
	if ps := rp.ctx.Conf.ParticipantsWithRole(role); len(ps) > 0 {
		return ps[0].ID
	}
	return ""
}

// apply gives the role to the person chosen (or typed), and remembers the
// minute-taker as the person at the keyboard.
func (rp *rolesPanel) apply(in widget.Input) (string, bool) {
	pick, ok := in.(*widget.Pick)
	if !ok {
		return "", false
	}
	role := conference.RoleFacilitator
	if pick == rp.minutes {
		role = conference.RoleMinuteTaker
	}
	id := pick.Value()
	if pick.Free() {
		id = rp.participantFor(id)
	}
	c := rp.ctx.Conf
	p := c.Participant(id)
	if id != "" && p == nil || id == rp.holder(role) {
		return "", false // no one known, or no change
	}
	c.AssignRole(role, id)
	if role == conference.RoleMinuteTaker && p != nil && !p.Family {
		rp.ctx.RememberKeyboardPerson(directory.Entry{Name: p.Name, Institution: p.Institution,
			InstitutionType: p.InstitutionType, Discipline: p.Discipline})
	}
	if pick.Free() {
		rp.load(rp.Form()) // the new participant is one of the options now
	}
	return "participants", true
}

// participantFor returns the ID of the participant with the name, adding
// them (present, with what the directory knows of them) when they are not
// at the table yet; "" for no name.
func (rp *rolesPanel) participantFor(name string) string {
	c := rp.ctx.Conf
	if name == "" {
		return ""
	}
	if p := c.ParticipantNamed(name); p != nil {
		return p.ID
	}
	np := conference.Participant{Name: name, Attendance: conference.AttendancePresent}
	if e, ok := rp.known(name); ok {
		np.Institution, np.InstitutionType, np.Discipline = e.Institution, e.InstitutionType, e.Discipline
	}
	p := c.AddParticipant(np)
	c.Join(p.ID, rp.ctx.Now())
	rp.ctx.Record(conference.OpAdd, "participants/"+p.ID, true)
	return p.ID
}

// known finds the person in what kofa knows: the person at the keyboard
// or the directory.
func (rp *rolesPanel) known(name string) (directory.Entry, bool) {
	if k := rp.ctx.KeyboardPerson; k != nil && conference.SameName(k.Name, name) {
		return *k, true
	}
	for _, e := range rp.ctx.Directory {
		if conference.SameName(e.Name, name) {
			return e, true
		}
	}
	return directory.Entry{}, false
}

// isLeave reports whether msg is the key that leaves form (esc).
func isLeave(msg tea.Msg, form *widget.Form) bool {
	k, ok := msg.(tea.KeyPressMsg)
	return ok && key.Matches(k, form.KeyMap().Leave)
}
