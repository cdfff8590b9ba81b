package worries

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/widget"
)

// The quality of care in a risk area as a whole (good … very poor) is
// rated apart from the intensity of single indicators: a worry is never
// rated "good" (issue 13). b opens the rating of each area that holds a
// worry, written as chosen (Conference.AreaRatings).

// openAreas opens the areas' ratings; nothing to rate without a worry.
func (e *Editor) openAreas() tea.Cmd {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	lang := string(e.ctx.Lang)
	type conf = conference.Conference
	var rows []widget.Row
	var fields []listform.Field[conf]
	for _, area := range e.ctx.Catalogue.RiskAreas {
		if !hasRiskIn(c, area.Code) {
			continue
		}
		code := area.Code
		pick := widget.PickFrom(tr, st, catalogue.Label(e.ctx.Catalogue.RiskAreas, code, lang), e.ctx.Catalogue.Severities, e.ctx.Lang)
		pick.SetRows(3)
		rows = append(rows, widget.Row{Input: pick})
		fields = append(fields, listform.Field[conf]{Input: pick, Name: code,
			Load:  func(x *conf) { pick.SetValue(areaRating(x, code)) },
			Store: func(x *conf) *listform.Problem { x.SetAreaRating(code, pick.Value()); return nil }})
	}
	if len(rows) == 0 {
		return nil
	}
	form := widget.NewForm(tr, st, rows...)
	form.SetSubmitHelp(tr.T("filing.tui.areas.done"))
	e.areas = listform.NewBoundPanel(e.ctx, form, "area_ratings/", func() *conf { return c }, fields...)
	e.areas.Title = tr.T("filing.tui.areas.title")
	return e.areas.Open(nil)
}

// areasTyping reports whether the areas' ratings are open.
func (e *Editor) areasTyping() bool { return e.areas != nil && e.areas.Typing() }

// hasRiskIn reports whether a worry was recorded in the area.
func hasRiskIn(c *conference.Conference, area string) bool {
	for _, r := range c.Risks {
		if r.Area == area {
			return true
		}
	}
	return false
}

// areaRating is the quality recorded for the area ("" for none).
func areaRating(c *conference.Conference, area string) string {
	for _, r := range c.AreaRatings {
		if r.Area == area {
			return r.Quality
		}
	}
	return ""
}
