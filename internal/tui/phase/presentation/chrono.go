package presentation

import (
	"slices"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// chronoForm is the quick-add form of the chronology: date, event,
// source. Enter on any row adds the entry and empties the form for the
// next one.
type chronoForm struct {
	form   *widget.Form
	date   *dateField
	event  *widget.Field
	source *widget.Field
}

func newChronoForm(ctx *phase.Context) chronoForm {
	tr, st := ctx.Msgs, ctx.Styles
	today := func() conference.Date { return conference.DateOf(ctx.Now()) }
	f := chronoForm{
		date:   newDateField(tr, st, today),
		event:  widget.NewField(tr, st, tr.T("presentation.event")),
		source: widget.NewField(tr, st, tr.T("presentation.source")),
	}
	f.source.SetPlaceholder(tr.T("presentation.source.placeholder"))
	f.form = widget.NewForm(tr, st, widget.Row{Input: f.date}, widget.Row{Input: f.event}, widget.Row{Input: f.source})
	f.form.SubmitOnEnter = true
	f.form.SetSubmitHelp(tr.T("presentation.key.add"))
	return f
}

// load fills the form from e, or empties it for nil.
func (f chronoForm) load(e *conference.ChronologyEntry, lang string) {
	if e == nil {
		e = &conference.ChronologyEntry{}
	}
	date := e.DateText
	if !e.Date.IsZero() {
		date = conference.FormatDate(e.Date, lang)
	}
	f.date.SetValue(date)
	f.date.SetError("")
	f.event.SetValue(e.Event)
	f.event.SetError("")
	f.source.SetValue(e.Source)
}

// empty reports whether nothing was typed into the form.
func (f chronoForm) empty() bool {
	return f.date.Value() == "" && f.event.Value() == "" && f.source.Value() == ""
}

// entry returns the entry in the form. When the date is no date or the
// event is missing it says so below the field and returns the field to
// fix (the text typed stays as it is).
func (f chronoForm) entry(missingEvent string) (conference.ChronologyEntry, widget.Input) {
	var bad widget.Input
	day, free, _ := f.date.parsed()
	if !f.date.check() {
		bad = f.date
	}
	ev := f.event.Value()
	if ev == "" {
		f.event.SetError(missingEvent)
		if bad == nil {
			bad = f.event
		}
	} else {
		f.event.SetError("")
	}
	if bad != nil {
		return conference.ChronologyEntry{}, bad
	}
	return conference.ChronologyEntry{Date: day, DateText: free, Event: ev, Source: f.source.Value()}, nil
}

// openForm opens the chronology form, empty for a new entry (keeping a
// draft left with esc) or filled with the entry id.
func (e *Editor) openForm(id string) tea.Cmd {
	e.sec = secChrono
	if id != "" {
		i := e.chronoIndex(id)
		if i < 0 {
			return nil
		}
		e.cf.load(&e.ctx.Conf.Chronology[i], string(e.ctx.Lang))
	} else if e.editID != "" {
		e.cf.load(nil, "")
	}
	e.editID = id
	e.formOpen = true
	return e.cf.form.FocusInput(e.cf.date)
}

// closeForm hides the form. The draft of a new entry stays for the next
// time the form opens; an edit not saved is dropped.
func (e *Editor) closeForm() {
	e.cf.form.Blur()
	e.formOpen = false
	if e.editID != "" {
		e.editID = ""
		e.cf.load(nil, "")
	}
}

// submit adds the entry in the form (or saves the edit). A new entry
// keeps the form open for the next one.
func (e *Editor) submit() tea.Cmd {
	entry, bad := e.cf.entry(e.ctx.Msgs.T("presentation.event.missing"))
	if bad != nil {
		return e.cf.form.FocusInput(bad)
	}
	c := e.ctx.Conf
	if e.editID != "" {
		id := e.editID
		if i := e.chronoIndex(id); i >= 0 {
			entry.ID, entry.Identifying = id, c.Chronology[i].Identifying
			c.Chronology[i] = entry
			e.list.SetCursor(placeChronology(c.Chronology, i))
		}
		e.closeForm()
		e.ctx.Record(conference.OpUpdate, "chronology/"+id, true)
		return nil
	}
	added := c.AddChronology(entry)
	e.list.SetLen(len(c.Chronology))
	e.list.SetCursor(e.chronoIndex(added.ID))
	e.cf.load(nil, "")
	e.ctx.Record(conference.OpAdd, "chronology/"+added.ID, true)
	return e.cf.form.FocusInput(e.cf.date)
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

func (e *Editor) chronoIndex(id string) int {
	return slices.IndexFunc(e.ctx.Conf.Chronology, func(x conference.ChronologyEntry) bool { return x.ID == id })
}

func (e *Editor) selectedEntry() *conference.ChronologyEntry {
	list := e.ctx.Conf.Chronology
	if len(list) == 0 {
		return nil
	}
	return &list[min(e.list.Cursor(), len(list)-1)]
}

func (e *Editor) askRemove() {
	x := e.selectedEntry()
	if x == nil {
		return
	}
	tr := e.ctx.Msgs
	e.confirm = widget.NewConfirm(tr, e.ctx.Styles, tr.T("presentation.remove.title"), tr.T("presentation.remove.body", x.Event))
}

func (e *Editor) answerRemove(k tea.KeyPressMsg) tea.Cmd {
	switch e.confirm.Update(k) {
	case widget.Yes:
		e.confirm = nil
		x := e.selectedEntry()
		if x == nil {
			return nil
		}
		id := x.ID
		e.ctx.Conf.Remove(id)
		e.list.SetLen(len(e.ctx.Conf.Chronology))
		e.ctx.Record(conference.OpRemove, "chronology/"+id, true)
		return nil
	case widget.No:
		e.confirm = nil
	}
	return nil
}
