package closing

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/widget"
)

// Key prefixes of words the minutes use too.
const (
	stanceKey       = "filing.stance."
	relationshipKey = "family.relationship."
)

// openDetails opens what the filed minutes need besides the meeting's
// content (issue 13), each written as typed: when the meeting actually
// began and ended (a conference typed up afterwards reads true), the day
// the team lead was informed, each carer's stance on the result, and the
// two choices of the minutes: individual ratings by name, and the case
// code in the pseudonymised minutes (both off unless chosen).
func (e *Editor) openDetails() tea.Cmd {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	type conf = conference.Conference
	invalid := tr.T("validation.time_invalid")
	start := widget.NewTimeField(tr, st, tr.T("filing.tui.details.start"), invalid)
	end := widget.NewTimeField(tr, st, tr.T("filing.tui.details.end"), invalid)
	end.SetPlaceholder(tr.T("filing.tui.details.end.hint"))
	informed := widget.NewDateField(tr, st, tr.T("filing.tui.details.team_lead"), func() conference.Date { return conference.DateOf(e.ctx.Now()) })
	yesNo := func(label string) *widget.Pick {
		return widget.NewPick(tr, st, label, []widget.Option{{Code: "no", Label: tr.T("common.no")}, {Code: "yes", Label: tr.T("common.yes")}})
	}
	byName := yesNo(tr.T("filing.tui.details.ratings_by_name"))
	caseCode := yesNo(tr.T("filing.tui.details.case_code"))

	fields := []listform.Field[conf]{
		{Input: start, Name: "started_at",
			Load: func(x *conf) { start.SetTime(clockOf(x.StartedAt)) },
			Store: func(x *conf) *listform.Problem {
				hhmm, ok := start.Time()
				if !ok || hhmm == "" { // the start cannot be taken back, only moved
					return &listform.Problem{Input: start, Text: invalid}
				}
				if err := x.CorrectStart(hhmm); err != nil {
					return &listform.Problem{Input: start, Text: invalid}
				}
				return nil
			}},
		{Input: end, Name: "ended_at",
			Load: func(x *conf) { end.SetTime(clockOf(x.EndedAt)) },
			Store: func(x *conf) *listform.Problem {
				hhmm, ok := end.Time()
				if !ok || x.CorrectEnd(hhmm) != nil {
					return &listform.Problem{Input: end, Text: invalid}
				}
				return nil
			}},
		listform.Date(informed, "team_lead_informed", func(x *conf) *conference.Date { return &x.TeamLeadInformed }),
		choiceFlag(byName, "minutes/ratings_by_name", func(x *conf) *bool { return &x.Minutes.RatingsByName }),
		choiceFlag(caseCode, "minutes/case_code_in_pseudonymised", func(x *conf) *bool { return &x.Minutes.CaseCodeInPseudonymised }),
	}
	rows := []widget.Row{{Input: start}, {Input: end}, {Input: informed}}
	// A stance for each carer of a case, after the times: who agrees with
	// the result, who does not, who is not yet informed.
	for _, carer := range c.Carers {
		id := carer.ID
		options := make([]widget.Option, 0, len(conference.Stances))
		for _, s := range conference.Stances {
			options = append(options, widget.Option{Code: s, Label: tr.T(stanceKey + s)})
		}
		who := carer.Name
		if carer.Relationship != "" {
			who += " (" + tr.T(relationshipKey+carer.Relationship) + ")"
		}
		pick := widget.NewPick(tr, st, tr.T("filing.tui.details.stance", who), options)
		rows = append(rows, widget.Row{Input: pick})
		fields = append(fields, listform.Field[conf]{Input: pick, Name: "carers/" + id + "/stance",
			Load: func(x *conf) {
				if ca := x.Carer(id); ca != nil {
					pick.SetValue(ca.Stance)
				}
			},
			Store: func(x *conf) *listform.Problem {
				if ca := x.Carer(id); ca != nil {
					ca.Stance = pick.Value()
				}
				return nil
			}})
	}
	rows = append(rows, widget.Row{Input: byName}, widget.Row{Input: caseCode})
	form := widget.NewForm(tr, st, rows...)
	form.SetSubmitHelp(tr.T("closing.key.done"))
	panel := listform.NewBoundPanel(e.ctx, form, "", func() *conf { return c }, fields...)
	panel.Title = tr.T("filing.tui.details.title")
	return e.openPanel(panel, nil)
}

// choiceFlag binds a yes/no pick to a choice of the conference.
func choiceFlag[T any](in *widget.Pick, name string, at func(*T) *bool) listform.Field[T] {
	return listform.Field[T]{Input: in, Name: name,
		Load: func(x *T) {
			in.SetValue("no")
			if *at(x) {
				in.SetValue("yes")
			}
		},
		Store: func(x *T) *listform.Problem { *at(x) = in.Value() == "yes"; return nil },
	}
}

// clockOf is a time of day as the time fields show it ("" for none).
func clockOf(t interface {
	IsZero() bool
	Format(string) string
}) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("15:04")
}

// detailsLine says what the minutes will record of the details (times,
// team lead, the two choices) and the key that edits them.
func (e *Editor) detailsLine() string {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	lang := string(e.ctx.Lang)
	from, to := clockOf(c.StartedAt), clockOf(c.ActualEnd())
	if from == "" {
		from = "–"
	}
	if to == "" {
		to = "…"
	}
	lead := "–"
	if !c.TeamLeadInformed.IsZero() {
		lead = conference.FormatDate(c.TeamLeadInformed, lang)
	}
	yes := func(b bool) string {
		if b {
			return tr.T("filing.tui.details.yes")
		}
		return tr.T("filing.tui.details.no")
	}
	summary := st.Muted.Render(tr.T("filing.tui.details.summary", from, to, lead, yes(c.Minutes.RatingsByName), yes(c.Minutes.CaseCodeInPseudonymised)))
	if !e.activeKeys().Details.Enabled() {
		return summary
	}
	// The key first: a narrow window cuts the summary, not the key.
	return st.HelpKey.Render(e.keys.Details.Help().Key) + "  " + st.App.Render(tr.T("filing.tui.details.key")+":") + " " + summary
}
