package presentation

import (
	"slices"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// newChronoForm is the form of the chronology: date (an exact date, or
// what was said instead), event (required) and source. A changed date
// moves the entry to where it belongs.
func newChronoForm(ctx *phase.Context) *listform.Fields[conference.ChronologyEntry] {
	tr, st, c := ctx.Msgs, ctx.Styles, ctx.Conf
	today := func() conference.Date { return conference.DateOf(ctx.Now()) }
	date := newDateField(tr, st, today)
	event := widget.NewField(tr, st, tr.T("presentation.event"))
	source := widget.NewField(tr, st, tr.T("presentation.source"))
	source.SetPlaceholder(tr.T("presentation.source.placeholder"))
	form := widget.NewForm(tr, st, widget.Row{Input: date}, widget.Row{Input: event}, widget.Row{Input: source})
	form.SetSubmitHelp(tr.T("presentation.key.add"))
	index := func(id string) int {
		return slices.IndexFunc(c.Chronology, func(x conference.ChronologyEntry) bool { return x.ID == id })
	}
	return listform.NewFields(form, func(id string) *conference.ChronologyEntry {
		if i := index(id); i >= 0 {
			return &c.Chronology[i]
		}
		return nil
	}, func(x conference.ChronologyEntry) string { return c.AddChronology(x).ID },
		listform.Field[conference.ChronologyEntry]{
			Input: date, Name: "date",
			Load: func(x *conference.ChronologyEntry) {
				text := x.DateText
				if !x.Date.IsZero() {
					text = conference.FormatDate(x.Date, string(ctx.Lang))
				}
				date.SetValue(text)
			},
			Store: func(x *conference.ChronologyEntry) *listform.Problem {
				day, free, err := date.parsed()
				if err != nil {
					return &listform.Problem{Input: date, Text: date.errorText(err)}
				}
				x.Date, x.DateText = day, free
				if i := index(x.ID); i >= 0 {
					placeChronology(c.Chronology, i) // a stored entry moves to its date
				}
				return nil
			},
		},
		listform.Required(event, "event", func(x *conference.ChronologyEntry) *string { return &x.Event }, tr.T("presentation.event.missing")),
		listform.Text(source, "source", func(x *conference.ChronologyEntry) *string { return &x.Source }),
	)
}

// placeChronology moves the entry at i to where its date belongs, as
// conference.AddChronology places a new one, and returns its new index.
// An entry without an exact date stays where it is.
func placeChronology(list []conference.ChronologyEntry, i int) int {
	x := list[i]
	if x.Date.IsZero() {
		return i
	}
	rest := slices.Delete(slices.Clone(list), i, i+1)
	at := len(rest)
	for j, y := range rest {
		if !y.Date.IsZero() && y.Date.After(x.Date) {
			at = j
			break
		}
	}
	copy(list, slices.Insert(rest, at, x))
	return at
}
