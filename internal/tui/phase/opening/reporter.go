package opening

import (
	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// reporterInputs are the rows of the participant form about a reporting
// professional (the role "reporting professional"): their profession,
// which decides whether the feedback of § 4 Abs. 4 KKG is owed, whether
// they were involved in the risk assessment (§ 8a Abs. 1 S. 2 Nr. 2 SGB
// VIII) and why not, and for one owed feedback its due date (empty: two
// weeks after the conference), the day it was given or why it is not
// given. The follow-up list shows the feedback until one of the last two
// is recorded.
type reporterInputs struct {
	ctx        *phase.Context
	profession *widget.Pick
	involved   *widget.Pick
	reason     *widget.Field
	due        *widget.DateField
	given      *widget.DateField
	noFeedback *widget.Field
	isReporter func() bool
}

// professionKey prefixes the words for a reporter's profession (the
// minutes' words).
const professionKey = "reporter.profession."

func newReporterInputs(ctx *phase.Context, isReporter func() bool) *reporterInputs {
	tr, st := ctx.Msgs, ctx.Styles
	r := &reporterInputs{ctx: ctx, isReporter: isReporter}
	professions := make([]widget.Option, 0, len(conference.ReporterProfessions))
	for _, p := range conference.ReporterProfessions {
		professions = append(professions, widget.Option{Code: p, Label: tr.T(professionKey + p)})
	}
	r.profession = widget.NewPick(tr, st, tr.T("reporter.tui.profession"), professions)
	r.profession.SetRows(3)
	r.involved = widget.NewPick(tr, st, tr.T("reporter.tui.involved"), []widget.Option{
		{Code: conference.InvolvedYes, Label: tr.T("reporter.involved.yes")},
		{Code: conference.InvolvedNo, Label: tr.T("reporter.involved.no")},
	})
	r.reason = widget.NewField(tr, st, tr.T("reporter.tui.not_involved_reason"))
	today := func() conference.Date { return conference.DateOf(ctx.Now()) }
	r.due = widget.NewDateField(tr, st, tr.T("reporter.tui.feedback_due"), today)
	r.due.SetPlaceholder(tr.T("reporter.tui.feedback_due.hint"))
	r.given = widget.NewDateField(tr, st, tr.T("reporter.tui.feedback_given"), today)
	r.noFeedback = widget.NewField(tr, st, tr.T("reporter.tui.no_feedback_reason"))
	return r
}

// rows are the form's rows: profession and involvement for a reporting
// professional, the reason while not involved, the feedback's rows while
// the profession is bound by secrecy.
func (r *reporterInputs) rows() []widget.Row {
	notInvolved := func() bool { return r.isReporter() && r.involved.Value() == conference.InvolvedNo }
	owed := func() bool { return r.isReporter() && conference.BoundBySecrecy(r.profession.Value()) }
	return []widget.Row{
		{Input: r.profession, Visible: r.isReporter},
		{Input: r.involved, Visible: r.isReporter},
		{Input: r.reason, Visible: notInvolved},
		{Input: r.due, Visible: owed},
		{Input: r.given, Visible: owed},
		{Input: r.noFeedback, Visible: owed},
	}
}

// fields bind the rows to the participant's report. A reason for not
// involving them is kept only while they were not.
func (r *reporterInputs) fields() []listform.Field[conference.Participant] {
	type p = conference.Participant
	return []listform.Field[p]{
		listform.Choice(r.profession, "report", func(x *p) *string { return &x.Report.Profession }, ""),
		listform.Choice(r.involved, "report", func(x *p) *string { return &x.Report.Involved }, ""),
		{Input: r.reason, Name: "report",
			Load: func(x *p) { r.reason.SetValue(x.Report.NotInvolvedReason) },
			Store: func(x *p) *listform.Problem {
				x.Report.NotInvolvedReason = ""
				if r.involved.Value() == conference.InvolvedNo {
					x.Report.NotInvolvedReason = r.reason.Value()
				}
				return nil
			}},
		listform.Date(r.due, "report", func(x *p) *conference.Date { return &x.Report.FeedbackDue }),
		listform.Date(r.given, "report", func(x *p) *conference.Date { return &x.Report.FeedbackGiven }),
		listform.Text(r.noFeedback, "report", func(x *p) *string { return &x.Report.NoFeedbackReason }),
	}
}
