package prep

import (
	"strconv"
	"strings"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// childForm adds or edits a child: first name, initials, year of birth,
// and whether the child was seen in person: when, by whom.
type childForm struct {
	ctx                   *phase.Context
	form                  *widget.Form
	first, initials, year *widget.Field
	seenOn                *widget.DateField
	seenBy                *widget.Pick
}

func newChildForm(ctx *phase.Context) *childForm {
	tr, st := ctx.Msgs, ctx.Styles
	f := &childForm{ctx: ctx}
	f.first = widget.NewField(tr, st, tr.T("family.tui.field.first_name"))
	f.initials = widget.NewField(tr, st, tr.T("family.tui.field.initials"))
	f.initials.SetLimit(12)
	f.initials.SetPlaceholder(tr.T("family.tui.field.initials.hint"))
	f.year = widget.NewField(tr, st, tr.T("family.tui.field.birth_year"))
	f.year.SetLimit(4)
	f.year.SetPlaceholder(tr.T("family.tui.field.birth_year.hint"))
	f.seenOn = widget.NewDateField(tr, st, tr.T("family.tui.field.seen_on"), func() conference.Date { return conference.DateOf(ctx.Now()) })
	f.seenOn.SetPlaceholder(tr.T("family.tui.field.seen_on.hint"))
	f.seenBy = widget.NewPick(tr, st, tr.T("family.tui.field.seen_by"), nil)
	f.seenBy.SetAllowFree(true)
	f.seenBy.SetRows(4)
	f.form = widget.NewForm(tr, st, widget.Row{Input: f.first}, widget.Row{Input: f.initials}, widget.Row{Input: f.year},
		widget.Row{Input: f.seenOn}, widget.Row{Input: f.seenBy})
	f.form.SetSubmitHelp(tr.T("family.tui.key.save"))
	return f
}

// Form implements listform.ItemForm.
func (f *childForm) Form() *widget.Form { return f.form }

// Refresh implements listform.Refresher: the participants as they are.
func (f *childForm) Refresh() { f.seenBy.SetOptions(listform.People(f.ctx, false)) }

// Load implements listform.ItemForm.
func (f *childForm) Load(x *conference.Child) {
	if x == nil {
		x = &conference.Child{}
	}
	f.first.SetValue(x.FirstName)
	f.first.SetError("")
	f.initials.SetValue(x.Initials)
	f.year.SetValue(yearText(x.BirthYear))
	f.year.SetError("")
	f.seenOn.SetDate(x.SeenOn)
	f.seenBy.SetValue(x.SeenBy)
}

// Entry implements listform.ItemForm: a child is named by first name or
// initials, with a year of birth that can be one.
func (f *childForm) Entry() (conference.Child, *listform.Problem) {
	tr := f.ctx.Msgs
	x := conference.Child{FirstName: f.first.Value(), Initials: f.initials.Value(), SeenBy: f.seenBy.Value()}
	if x.FirstName == "" && x.Initials == "" {
		f.first.SetError(tr.T(conference.KeyChildNameMissing))
		return x, &listform.Problem{Input: f.first, Text: tr.T(conference.KeyChildNameMissing)}
	}
	f.first.SetError("")
	year, ok := f.birthYear()
	if !ok {
		return x, &listform.Problem{Input: f.year, Text: tr.T(conference.KeyChildBirthYear)}
	}
	x.BirthYear = year
	if d, ok := f.seenOn.Date(); ok {
		x.SeenOn = d
	}
	return x, nil
}

// birthYear reads the year of birth: empty (unknown), or four digits
// between 1990 and this year; ok is false otherwise, and the field says
// why.
func (f *childForm) birthYear() (int, bool) {
	s := strings.TrimSpace(f.year.Value())
	if s == "" {
		f.year.SetError("")
		return 0, true
	}
	y, err := strconv.Atoi(s)
	now := conference.DateOf(f.ctx.Now()).Year
	if err != nil || len(s) != 4 || y < 1990 || y > now {
		f.year.SetError(f.ctx.Msgs.T(conference.KeyChildBirthYear))
		return 0, false
	}
	f.year.SetError("")
	return y, true
}

// Add implements listform.ItemForm.
func (f *childForm) Add(x conference.Child) string { return f.ctx.Conf.AddChild(x).ID }

// Apply implements listform.ItemForm.
func (f *childForm) Apply(id string, in widget.Input) (string, bool) {
	x := f.ctx.Conf.Child(id)
	if x == nil {
		return "", false
	}
	switch in {
	case f.first:
		if f.first.Value() == "" && x.Initials == "" {
			f.first.SetError(f.ctx.Msgs.T(conference.KeyChildNameMissing))
			return "", false
		}
		f.first.SetError("")
		x.FirstName = f.first.Value()
		return "first_name", true
	case f.initials:
		x.Initials = f.initials.Value()
		return "initials", true
	case f.year:
		y, ok := f.birthYear()
		if !ok {
			return "", false
		}
		x.BirthYear = y
		return "birth_year", true
	case f.seenOn:
		d, ok := f.seenOn.Date()
		if !ok {
			return "", false
		}
		x.SeenOn = d
		return "seen_on", true
	case f.seenBy:
		x.SeenBy = f.seenBy.Value()
		return "seen_by", true
	}
	return "", false
}

// carerForm adds or edits a parent or carer: name, relationship to the
// children, custody.
type carerForm struct {
	ctx          *phase.Context
	form         *widget.Form
	name         *widget.Field
	relationship *widget.Pick
	custody      *widget.Pick
}

func newCarerForm(ctx *phase.Context) *carerForm {
	tr, st := ctx.Msgs, ctx.Styles
	f := &carerForm{ctx: ctx}
	f.name = widget.NewField(tr, st, tr.T("family.tui.field.name"))
	f.relationship = widget.NewPick(tr, st, tr.T("family.tui.field.relationship"), codeOptions(ctx, "family.relationship.", conference.Relationships))
	f.relationship.SetRows(4)
	f.custody = widget.NewPick(tr, st, tr.T("family.tui.field.custody"), codeOptions(ctx, "family.custody.", conference.Custodies))
	f.custody.SetRows(4)
	f.form = widget.NewForm(tr, st, widget.Row{Input: f.name}, widget.Row{Input: f.relationship}, widget.Row{Input: f.custody})
	f.form.SetSubmitHelp(tr.T("family.tui.key.save"))
	return f
}

// codeOptions offers codes with their texts under prefix.
func codeOptions(ctx *phase.Context, prefix string, codes []string) []widget.Option {
	out := make([]widget.Option, len(codes))
	for i, code := range codes {
		out[i] = widget.Option{Code: code, Label: ctx.Msgs.T(prefix + code)}
	}
	return out
}

// Form implements listform.ItemForm.
func (f *carerForm) Form() *widget.Form { return f.form }

// Load implements listform.ItemForm.
func (f *carerForm) Load(x *conference.Carer) {
	if x == nil {
		x = &conference.Carer{}
	}
	f.name.SetValue(x.Name)
	f.name.SetError("")
	f.relationship.SetValue(x.Relationship)
	f.custody.SetValue(x.Custody)
}

// Entry implements listform.ItemForm: a carer has a name.
func (f *carerForm) Entry() (conference.Carer, *listform.Problem) {
	x := conference.Carer{Name: f.name.Value(), Relationship: f.relationship.Value(), Custody: f.custody.Value()}
	if x.Name == "" {
		msg := f.ctx.Msgs.T(conference.KeyCarerNameMissing)
		f.name.SetError(msg)
		return x, &listform.Problem{Input: f.name, Text: msg}
	}
	f.name.SetError("")
	return x, nil
}

// Add implements listform.ItemForm.
func (f *carerForm) Add(x conference.Carer) string { return f.ctx.Conf.AddCarer(x).ID }

// Apply implements listform.ItemForm.
func (f *carerForm) Apply(id string, in widget.Input) (string, bool) {
	x := f.ctx.Conf.Carer(id)
	if x == nil {
		return "", false
	}
	switch in {
	case f.name:
		if f.name.Value() == "" {
			f.name.SetError(f.ctx.Msgs.T(conference.KeyCarerNameMissing))
			return "", false
		}
		f.name.SetError("")
		x.Name = f.name.Value()
		return "name", true
	case f.relationship:
		x.Relationship = f.relationship.Value()
		return "relationship", true
	case f.custody:
		x.Custody = f.custody.Value()
		return "custody", true
	}
	return "", false
}
