package presentation

import (
	"slices"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// chronoForm is the form of the chronology: date, event, source.
type chronoForm struct {
	ctx    *phase.Context
	form   *widget.Form
	date   *dateField
	event  *widget.Field
	source *widget.Field
}

func newChronoForm(ctx *phase.Context) *chronoForm {
	tr, st := ctx.Msgs, ctx.Styles
	today := func() conference.Date { return conference.DateOf(ctx.Now()) }
	f := &chronoForm{
		ctx:    ctx,
		date:   newDateField(tr, st, today),
		event:  widget.NewField(tr, st, tr.T("presentation.event")),
		source: widget.NewField(tr, st, tr.T("presentation.source")),
	}
	f.source.SetPlaceholder(tr.T("presentation.source.placeholder"))
	f.form = widget.NewForm(tr, st, widget.Row{Input: f.date}, widget.Row{Input: f.event}, widget.Row{Input: f.source})
	f.form.SetSubmitHelp(tr.T("presentation.key.add"))
	return f
}

// Form implements listform.ItemForm.
func (f *chronoForm) Form() *widget.Form { return f.form }

// Load implements listform.ItemForm: the entry, or an empty form for nil.
func (f *chronoForm) Load(x *conference.ChronologyEntry) {
	if x == nil {
		x = &conference.ChronologyEntry{}
	}
	date := x.DateText
	if !x.Date.IsZero() {
		date = conference.FormatDate(x.Date, string(f.ctx.Lang))
	}
	f.date.SetValue(date)
	f.date.SetError("")
	f.event.SetValue(x.Event)
	f.event.SetError("")
	f.source.SetValue(x.Source)
}

// Entry implements listform.ItemForm. A date that is no date, or an event
// missing, is said below its field (the text typed stays as it is).
func (f *chronoForm) Entry() (conference.ChronologyEntry, *listform.Problem) {
	day, free, err := f.date.parsed()
	if err != nil {
		return conference.ChronologyEntry{}, &listform.Problem{Input: f.date, Text: f.date.errorText(err)}
	}
	f.date.SetError("")
	ev := f.event.Value()
	if ev == "" {
		return conference.ChronologyEntry{}, &listform.Problem{Input: f.event, Text: f.ctx.Msgs.T("presentation.event.missing")}
	}
	f.event.SetError("")
	return conference.ChronologyEntry{Date: day, DateText: free, Event: ev, Source: f.source.Value()}, nil
}

// Add implements listform.ItemForm: the entry goes where its date belongs.
func (f *chronoForm) Add(x conference.ChronologyEntry) string { return f.ctx.Conf.AddChronology(x).ID }

// Apply implements listform.ItemForm. A changed date moves the entry to
// where it belongs.
func (f *chronoForm) Apply(id string, in widget.Input) (string, bool) {
	c := f.ctx.Conf
	i := slices.IndexFunc(c.Chronology, func(x conference.ChronologyEntry) bool { return x.ID == id })
	if i < 0 {
		return "", false
	}
	x := &c.Chronology[i]
	switch in {
	case f.date:
		day, free, err := f.date.parsed()
		if err != nil {
			f.date.SetError(f.date.errorText(err))
			return "", false
		}
		f.date.SetError("")
		x.Date, x.DateText = day, free
		placeChronology(c.Chronology, i)
		return "date", true
	case f.event:
		if f.event.Value() == "" {
			f.event.SetError(f.ctx.Msgs.T("presentation.event.missing"))
			return "", false
		}
		f.event.SetError("")
		x.Event = f.event.Value()
		return "event", true
	case f.source:
		x.Source = f.source.Value()
		return "source", true
	}
	return "", false
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
