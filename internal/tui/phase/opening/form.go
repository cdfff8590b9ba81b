package opening

import (
	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// participantForm is the quick-add form: name, institution type (pick or
// free text), institution, discipline, roles, and for members of the
// family their relationship to the child. Enter on any row adds.
type participantForm struct {
	ctx          *phase.Context
	form         *widget.Form
	name         *nameField
	instType     *widget.Pick
	institution  *widget.Field
	discipline   *widget.Field
	relationship *widget.Field
	roles        *widget.Pick
}

func newParticipantForm(ctx *phase.Context) participantForm {
	tr, st := ctx.Msgs, ctx.Styles
	f := participantForm{ctx: ctx}
	f.name = newNameField(ctx)
	f.instType = widget.PickFrom(tr, st, tr.T("tui.opening.institution_type"), ctx.Catalogue.Institutions, ctx.Lang)
	f.instType.SetAllowFree(true)
	f.instType.SetRows(4)
	f.institution = widget.NewField(tr, st, tr.T("tui.opening.institution"))
	f.discipline = widget.NewField(tr, st, tr.T("tui.opening.discipline"))
	f.relationship = widget.NewField(tr, st, tr.T("tui.opening.relationship"))
	f.relationship.SetPlaceholder(tr.T("tui.opening.relationship.hint"))
	f.roles = widget.PickFrom(tr, st, tr.T("tui.opening.roles"), ctx.Catalogue.Roles, ctx.Lang)
	f.roles.SetMulti(true)
	f.roles.SetRows(4)
	f.form = widget.NewForm(tr, st,
		widget.Row{Input: f.name},
		widget.Row{Input: f.instType},
		widget.Row{Input: f.institution},
		widget.Row{Input: f.discipline},
		widget.Row{Input: f.relationship, Visible: f.isFamily},
		widget.Row{Input: f.roles},
	)
	f.form.SubmitOnEnter = true
	f.form.SetSubmitHelp(tr.T("tui.opening.key.add"))
	return f
}

// isFamily reports whether the chosen institution type is the family.
func (f participantForm) isFamily() bool {
	if f.instType.Free() {
		return false
	}
	e, ok := catalogue.Find(f.ctx.Catalogue.Institutions, f.instType.Value())
	return ok && e.Family
}

// load fills the form from p, or empties it for nil.
func (f participantForm) load(p *conference.Participant) {
	if p == nil {
		p = &conference.Participant{}
	}
	f.name.SetValue(p.Name)
	f.name.SetError("")
	f.name.clear()
	f.instType.SetValue(p.InstitutionType)
	f.institution.SetValue(p.Institution)
	f.discipline.SetValue(p.Discipline)
	f.relationship.SetValue(p.Relationship)
	f.roles.SetValues(p.Roles)
}

// participant returns the person in the form; false when the name is
// missing (the form then says so). A free-text institution type is kept
// as typed: catalogue labels fall back to it.
func (f participantForm) participant() (conference.Participant, bool) {
	name := f.name.Value()
	if name == "" {
		f.name.SetError(f.ctx.Msgs.T("validation.participant.name_missing"))
		return conference.Participant{}, false
	}
	f.name.SetError("")
	p := conference.Participant{
		Name:            name,
		InstitutionType: f.instType.Value(),
		Institution:     f.institution.Value(),
		Discipline:      f.discipline.Value(),
		Roles:           f.roles.Values(),
		Family:          f.isFamily(),
	}
	if p.Family {
		p.Relationship = f.relationship.Value()
	}
	return p, true
}
