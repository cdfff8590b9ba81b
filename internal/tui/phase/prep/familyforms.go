package prep

import (
	"strconv"
	"strings"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// newChildForm adds or edits a child: first name, initials, year of
// birth, and whether the child was seen in person: when, by whom. A child
// is named by first name or initials.
func newChildForm(ctx *phase.Context) *listform.Fields[conference.Child] {
	tr, st, c := ctx.Msgs, ctx.Styles, ctx.Conf
	first := widget.NewField(tr, st, tr.T("family.tui.field.first_name"))
	initials := widget.NewField(tr, st, tr.T("family.tui.field.initials"))
	initials.SetLimit(12)
	initials.SetPlaceholder(tr.T("family.tui.field.initials.hint"))
	year := widget.NewField(tr, st, tr.T("family.tui.field.birth_year"))
	year.SetLimit(4)
	year.SetPlaceholder(tr.T("family.tui.field.birth_year.hint"))
	seenOn := widget.NewDateField(tr, st, tr.T("family.tui.field.seen_on"), func() conference.Date { return conference.DateOf(ctx.Now()) })
	seenOn.SetPlaceholder(tr.T("family.tui.field.seen_on.hint"))
	seenBy := widget.NewPick(tr, st, tr.T("family.tui.field.seen_by"), nil)
	seenBy.SetAllowFree(true)
	seenBy.SetRows(4)
	form := widget.NewForm(tr, st, widget.Row{Input: first}, widget.Row{Input: initials}, widget.Row{Input: year},
		widget.Row{Input: seenOn}, widget.Row{Input: seenBy})
	form.SetSubmitHelp(tr.T("family.tui.key.save"))
	type child = conference.Child
	named := listform.Text(first, "first_name", func(x *child) *string { return &x.FirstName })
	named.Store = func(x *child) *listform.Problem {
		if first.Value() == "" && initials.Value() == "" {
			return &listform.Problem{Input: first, Text: tr.T(conference.KeyChildNameMissing)}
		}
		x.FirstName = first.Value()
		return nil
	}
	born := listform.Field[child]{
		Input: year, Name: "birth_year",
		Load: func(x *child) { year.SetValue(yearText(x.BirthYear)) },
		Store: func(x *child) *listform.Problem {
			y, ok := birthYear(year.Value(), conference.DateOf(ctx.Now()).Year)
			if !ok {
				return &listform.Problem{Input: year, Text: tr.T(conference.KeyChildBirthYear)}
			}
			x.BirthYear = y
			return nil
		},
	}
	f := listform.NewFields(form, c.Child, func(x child) string { return c.AddChild(x).ID },
		named,
		listform.Text(initials, "initials", func(x *child) *string { return &x.Initials }),
		born,
		listform.Date(seenOn, "seen_on", func(x *child) *conference.Date { return &x.SeenOn }),
		listform.Choice(seenBy, "seen_by", func(x *child) *string { return &x.SeenBy }, ""),
	)
	f.Refreshed = func() { seenBy.SetOptions(listform.People(ctx, false)) }
	return f
}

// birthYear reads a year of birth: empty (unknown), or four digits between
// 1990 and this year; ok is false otherwise.
func birthYear(text string, this int) (int, bool) {
	s := strings.TrimSpace(text)
	if s == "" {
		return 0, true
	}
	y, err := strconv.Atoi(s)
	if err != nil || len(s) != 4 || y < 1990 || y > this {
		return 0, false
	}
	return y, true
}

// newCarerForm adds or edits a parent or carer: name, relationship to the
// children, custody.
func newCarerForm(ctx *phase.Context) *listform.Fields[conference.Carer] {
	tr, st, c := ctx.Msgs, ctx.Styles, ctx.Conf
	name := widget.NewField(tr, st, tr.T("family.tui.field.name"))
	relationship := widget.NewPick(tr, st, tr.T("family.tui.field.relationship"), codeOptions(ctx, "family.relationship.", conference.Relationships))
	relationship.SetRows(4)
	custody := widget.NewPick(tr, st, tr.T("family.tui.field.custody"), codeOptions(ctx, "family.custody.", conference.Custodies))
	custody.SetRows(4)
	form := widget.NewForm(tr, st, widget.Row{Input: name}, widget.Row{Input: relationship}, widget.Row{Input: custody})
	form.SetSubmitHelp(tr.T("family.tui.key.save"))
	type carer = conference.Carer
	return listform.NewFields(form, c.Carer, func(x carer) string { return c.AddCarer(x).ID },
		listform.Required(name, "name", func(x *carer) *string { return &x.Name }, tr.T(conference.KeyCarerNameMissing)),
		listform.Choice(relationship, "relationship", func(x *carer) *string { return &x.Relationship }, ""),
		listform.Choice(custody, "custody", func(x *carer) *string { return &x.Custody }, ""),
	)
}

// codeOptions offers codes with their texts under prefix.
func codeOptions(ctx *phase.Context, prefix string, codes []string) []widget.Option {
	out := make([]widget.Option, len(codes))
	for i, code := range codes {
		out[i] = widget.Option{Code: code, Label: ctx.Msgs.T(prefix + code)}
	}
	return out
}
