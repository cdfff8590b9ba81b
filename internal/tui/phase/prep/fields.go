package prep

import (
	"strconv"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// fields are the inputs of the preparation form.
type fields struct {
	kind               *widget.Pick
	caseCode, topic    *widget.Field
	occasion, question *widget.TextArea
	date               *widget.DateField
	start              *widget.TimeField
	place              *widget.Field
	duration           minutesField
	family             *widget.Pick
	familyReason       *widget.TextArea
}

// maxMinutes bounds the planned duration (a whole day).
const maxMinutes = 24 * 60

func (e *Editor) build() {
	tr, st, c := e.ctx.Msgs, e.ctx.Styles, e.ctx.Conf
	today := func() conference.Date { return conference.DateOf(e.ctx.Now()) }
	f := &e.f
	f.kind = widget.NewPick(tr, st, tr.T("tui.prep.kind"), []widget.Option{
		{Code: string(conference.KindCase), Label: tr.T("common.kind.case")},
		{Code: string(conference.KindNetwork), Label: tr.T("common.kind.network")},
	})
	f.kind.SetRows(2)
	f.caseCode = widget.NewField(tr, st, tr.T("tui.prep.case_code"))
	f.caseCode.SetPlaceholder(tr.T("tui.prep.case_code.hint"))
	f.topic = widget.NewField(tr, st, tr.T("tui.prep.topic"))
	f.occasion = widget.NewTextArea(tr, st, tr.T("tui.prep.occasion"))
	f.occasion.SetRows(2)
	f.question = widget.NewTextArea(tr, st, tr.T("tui.prep.key_question"))
	f.question.SetRows(2)
	f.date = widget.NewDateField(tr, st, tr.T("tui.prep.date"), today)
	f.start = widget.NewTimeField(tr, st, tr.T("tui.prep.start"), tr.T("validation.time_invalid"))
	f.place = widget.NewField(tr, st, tr.T("tui.prep.place"))
	f.duration = minutesField{widget.NewField(tr, st, tr.T("tui.prep.duration"))}
	f.duration.SetLimit(4)
	f.family = widget.PickFrom(tr, st, tr.T("tui.prep.family"), e.ctx.Catalogue.FamilyParticipation, e.ctx.Lang)
	f.familyReason = widget.NewTextArea(tr, st, tr.T("tui.prep.family_reason"))
	f.familyReason.SetRows(2)

	isCase := func() bool { return c.Kind != conference.KindNetwork }
	// The kind decides the phases: it is chosen while the conference is
	// prepared, and shown once it has started. A handover is one from the
	// start (kofa handover, home): its kind is only shown.
	preparing := func() bool { return c.Status == conference.StatusPreparing && c.Kind != conference.KindHandover }
	notInformed := func() bool { return c.Family.Mode == conference.FamilyNotInformed }
	e.form = widget.NewForm(tr, st,
		widget.Row{Input: f.kind, Visible: preparing},
		widget.Row{Label: tr.T("tui.prep.kind"), Info: e.kindInfo, Visible: func() bool { return !preparing() }},
		widget.Row{Input: f.caseCode, Visible: isCase},
		widget.Row{Input: f.topic, Visible: func() bool { return !isCase() }},
		widget.Row{Input: f.occasion},
		widget.Row{Input: f.question},
		widget.Row{Input: f.date},
		widget.Row{Input: f.start},
		widget.Row{Input: f.place},
		widget.Row{Input: f.duration},
		widget.Row{Label: tr.T("tui.prep.end"), Info: e.endInfo},
		widget.Row{Label: tr.T("tui.prep.legal_basis"), Info: e.basisInfo, Visible: isCase},
		widget.Row{Input: f.family},
		widget.Row{Input: f.familyReason, Visible: notInformed},
	)
	e.form.SetSubmitHelp(tr.T("tui.prep.done"))
}

// bind ties the inputs to the conference. Text that is not (yet) a valid
// date, time or number leaves the stored value as it was, and says why.
func (e *Editor) bind() []listform.Field[conference.Conference] {
	f, tr := &e.f, e.ctx.Msgs
	type c = conference.Conference
	return []listform.Field[c]{
		{Input: f.kind, Name: "kind",
			Load: func(x *c) { f.kind.SetValue(string(x.Kind)) },
			Store: func(x *c) *listform.Problem {
				if v := f.kind.Value(); v != "" && !x.SetKind(conference.Kind(v)) {
					f.kind.SetValue(string(x.Kind)) // the kind is fixed once started
				}
				return nil
			}},
		listform.Text(f.caseCode, "case_code", func(x *c) *string { return &x.CaseCode }),
		listform.Text(f.topic, "topic", func(x *c) *string { return &x.Topic }),
		listform.Area(f.occasion, "occasion", func(x *c) *string { return &x.Occasion }, ""),
		listform.Area(f.question, "key_question", func(x *c) *string { return &x.KeyQuestion }, ""),
		listform.Date(f.date, "date", func(x *c) *conference.Date { return &x.Date }),
		{Input: f.start, Name: "start_time",
			Load: func(x *c) { f.start.SetTime(x.StartTime) },
			Store: func(x *c) *listform.Problem {
				t, ok := f.start.Time()
				if !ok {
					return &listform.Problem{Input: f.start, Text: tr.T("validation.time_invalid")}
				}
				x.StartTime = t
				return nil
			}},
		listform.Text(f.place, "place", func(x *c) *string { return &x.Place }),
		{Input: f.duration, Name: "planned_minutes",
			Load: func(x *c) { f.duration.SetValue(minutesText(x.PlannedMinutes)) },
			Store: func(x *c) *listform.Problem {
				n, err := strconv.Atoi(f.duration.Value())
				if err != nil || n <= 0 || n > maxMinutes {
					return &listform.Problem{Input: f.duration, Text: tr.T("tui.prep.duration_invalid", maxMinutes)}
				}
				x.PlannedMinutes = n
				return nil
			}},
		listform.Choice(f.family, "family/mode", func(x *c) *string { return &x.Family.Mode }, ""),
		listform.Area(f.familyReason, "family/reason", func(x *c) *string { return &x.Family.Reason }, ""),
	}
}

// kindInfo names the kind of a conference that has started.
func (e *Editor) kindInfo() string {
	if key := e.ctx.Conf.Kind.MessageKey(); key != "" {
		return e.ctx.Msgs.T(key)
	}
	return e.ctx.Msgs.T(conference.KindCase.MessageKey())
}

// endInfo shows the planned end worked out from start and duration.
func (e *Editor) endInfo() string {
	if end, ok := phase.PlannedEnd(e.ctx.Conf); ok {
		return end
	}
	return e.ctx.Msgs.T("tui.prep.end_unknown")
}

// basisInfo says where the legal bases are recorded (per person, with the
// participants), how many at the table still lack one, and whether the
// conference therefore runs pseudonymised.
func (e *Editor) basisInfo() string {
	c, tr := e.ctx.Conf, e.ctx.Msgs
	missing := 0
	for _, p := range c.Participants {
		if p.NeedsLegalBasis() && !p.HasLegalBasis() {
			missing++
		}
	}
	info := tr.T("filing.tui.prep.per_person")
	if missing > 0 {
		info += " · " + tr.T("filing.tui.prep.missing", missing)
	}
	if c.Pseudonymised() {
		info += " " + tr.T("filing.tui.prep.pseudonymised")
	}
	return info
}
