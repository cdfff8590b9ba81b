package actions

import (
	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// Every weighty indication needs an answer (issue 13): an action or an
// entry of the crisis and protection plan names the worries it addresses,
// and the closing and the minutes flag each weighty indication nothing
// addresses. The links live in Conference.Answers, beside the lists.

// newAnswersPick is the multiple pick of the worries an action or plan
// entry answers: the weighty and acute ones, named as the worries list
// names them.
func newAnswersPick(ctx *phase.Context) *widget.Pick {
	tr := ctx.Msgs
	p := widget.NewPick(tr, ctx.Styles, tr.T("filing.tui.answers"), nil)
	p.SetMulti(true)
	p.SetRows(3)
	return p
}

// worryOptions are the worries that need an answer, for the pick.
func worryOptions(ctx *phase.Context) []widget.Option {
	var indicators []catalogue.Entry
	for _, a := range ctx.Catalogue.RiskAreas {
		indicators = append(indicators, a.Indicators...)
	}
	lang := string(ctx.Lang)
	var out []widget.Option
	for _, r := range ctx.Conf.Risks {
		if !r.Weighty && !r.Acute {
			continue
		}
		name := joinNonEmpty(": ", catalogue.Label(indicators, r.Indicator, lang), widget.OneLine(r.Text))
		if name == "" {
			name = catalogue.Label(ctx.Catalogue.RiskAreas, r.Area, lang)
		}
		hint := ctx.Msgs.T("export.flag.weighty")
		if r.Acute {
			hint = ctx.Msgs.T("export.flag.acute")
		}
		out = append(out, widget.Option{Code: r.ID, Label: name, Hint: hint})
	}
	return out
}

// answersField binds the pick to what an entry (by its ID) answers. A new
// entry has no ID yet: its worries are linked when it is added
// (linkAnswers).
func answersField[T any](ctx *phase.Context, in *widget.Pick, id func(*T) string) listform.Field[T] {
	return listform.Field[T]{Input: in, Name: "answers",
		Load: func(x *T) { in.SetValues(ctx.Conf.Answered(id(x))) },
		Store: func(x *T) *listform.Problem {
			if i := id(x); i != "" {
				ctx.Conf.SetAnswered(i, in.Values())
			}
			return nil
		},
	}
}

// linkAnswers links the worries picked for a new entry once it has an ID.
func linkAnswers(ctx *phase.Context, in *widget.Pick, id string) string {
	if v := in.Values(); len(v) > 0 {
		ctx.Conf.SetAnswered(id, v)
	}
	return id
}

// hasWorriesToAnswer reports whether any worry needs an answer (the pick
// shows only then).
func hasWorriesToAnswer(c *conference.Conference) bool {
	for _, r := range c.Risks {
		if r.Weighty || r.Acute {
			return true
		}
	}
	return false
}

// informsAsked reports whether the form asks which carer an action
// informs of the result: while a carer is not yet informed, or an action
// already informs one (issue 13: who informs them, and by when).
func informsAsked(c *conference.Conference) bool {
	for _, p := range c.Carers {
		if p.Stance == conference.StanceNotInformed {
			return true
		}
	}
	for _, a := range c.Actions {
		if a.Informs != "" {
			return true
		}
	}
	return false
}

// stanceKey prefixes the words for a carer's stance (the minutes' words).
const stanceKey = "filing.stance."

// carerOptions are the carers an action can inform, the stance as hint.
func carerOptions(ctx *phase.Context) []widget.Option {
	out := []widget.Option{{Code: "", Label: ctx.Msgs.T("filing.tui.informs.nobody")}}
	for _, p := range ctx.Conf.Carers {
		o := widget.Option{Code: p.ID, Label: p.Name}
		if p.Stance != "" {
			o.Hint = ctx.Msgs.T(stanceKey + p.Stance)
		}
		out = append(out, o)
	}
	return out
}
