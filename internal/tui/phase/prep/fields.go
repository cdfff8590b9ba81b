package prep

import (
	"strconv"

	"kofa/internal/conference"
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
	// prepared, and shown once it has started.
	preparing := func() bool { return c.Status == conference.StatusPreparing }
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
	e.paths = map[widget.Input]string{
		f.kind: "kind", f.caseCode: "case_code", f.topic: "topic", f.occasion: "occasion",
		f.question: "key_question", f.date: "date", f.start: "start_time", f.place: "place",
		f.duration: "planned_minutes", f.family: "family/mode", f.familyReason: "family/reason",
	}
}

// load fills the inputs from the conference.
func (e *Editor) load() {
	c, f := e.ctx.Conf, &e.f
	f.kind.SetValue(string(c.Kind))
	f.caseCode.SetValue(c.CaseCode)
	f.topic.SetValue(c.Topic)
	f.occasion.SetValue(c.Occasion)
	f.question.SetValue(c.KeyQuestion)
	f.date.SetDate(c.Date)
	f.start.SetTime(c.StartTime)
	f.place.SetValue(c.Place)
	f.duration.SetValue(minutesText(c.PlannedMinutes))
	f.family.SetValue(c.Family.Mode)
	f.familyReason.SetValue(c.Family.Reason)
}

// apply writes one input's value into the conference and returns its
// change path. Text that is not (yet) a valid date, time or number leaves
// the stored value as it was.
func (e *Editor) apply(in widget.Input) (string, bool) {
	c, f, tr := e.ctx.Conf, &e.f, e.ctx.Msgs
	switch in {
	case f.kind:
		if v := f.kind.Value(); v != "" && !c.SetKind(conference.Kind(v)) {
			f.kind.SetValue(string(c.Kind))
		}
	case f.caseCode:
		c.CaseCode = f.caseCode.Value()
	case f.topic:
		c.Topic = f.topic.Value()
	case f.occasion:
		c.Occasion = f.occasion.Value()
	case f.question:
		c.KeyQuestion = f.question.Value()
	case f.date:
		d, ok := f.date.Date()
		if !ok {
			return "", false
		}
		c.Date = d
	case f.start:
		t, ok := f.start.Time()
		if !ok {
			return "", false
		}
		c.StartTime = t
	case f.place:
		c.Place = f.place.Value()
	case f.duration:
		n, err := strconv.Atoi(f.duration.Value())
		if err != nil || n <= 0 || n > maxMinutes {
			f.duration.SetError(tr.T("tui.prep.duration_invalid", maxMinutes))
			return "", false
		}
		f.duration.SetError("")
		c.PlannedMinutes = n
	case f.family:
		c.Family.Mode = f.family.Value()
	case f.familyReason:
		c.Family.Reason = f.familyReason.Value()
	}
	path, ok := e.paths[in]
	return path, ok
}

// kindInfo names the kind of a conference that has started.
func (e *Editor) kindInfo() string {
	if e.ctx.Conf.Kind == conference.KindNetwork {
		return e.ctx.Msgs.T("common.kind.network")
	}
	return e.ctx.Msgs.T("common.kind.case")
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
