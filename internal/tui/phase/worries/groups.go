package worries

import (
	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
)

// group is a heading of the list with the entries under it.
type group struct {
	title string
	hint  string // the specialist-procedure hint of the area, if any
	refs  []ref
	empty string // shown when refs is empty ("" hides an empty group)
}

func (e *Editor) groups() []group {
	if e.tab == tabRisks {
		return e.riskGroups()
	}
	return e.strengthGroups()
}

// grouping is the risk entries grouped, kept while the entries' areas
// and IDs stay the same: the list is grouped for every frame and again
// for the help line and the cursor, which for a long list cost more than
// drawing the lines that show.
type grouping struct {
	entries []areaID // what the groups were made from
	groups  []group
	refs    []ref // the groups' entries in display order
}

type areaID struct{ area, id string }

// madeFrom reports whether g was made from risks.
func (g *grouping) madeFrom(risks []conference.RiskEntry) bool {
	if g.groups == nil || len(g.entries) != len(risks) {
		return false
	}
	for i, r := range risks {
		if g.entries[i] != (areaID{r.Area, r.ID}) {
			return false
		}
	}
	return true
}

// riskGroups returns the risk entries grouped by area (see groupRisks).
// Callers must not change what they get.
func (e *Editor) riskGroups() []group {
	risks := e.ctx.Conf.Risks
	if !e.grouped.madeFrom(risks) {
		g := grouping{entries: make([]areaID, len(risks)), groups: e.groupRisks()}
		for i, r := range risks {
			g.entries[i] = areaID{r.Area, r.ID}
		}
		for _, gr := range g.groups {
			g.refs = append(g.refs, gr.refs...)
		}
		e.grouped = g
	}
	return e.grouped.groups
}

// groupRisks groups the risk entries by area: areas in catalogue order,
// then areas the catalogue no longer knows (a user catalogue may have
// dropped one), entries in the order they were recorded.
func (e *Editor) groupRisks() []group {
	lang := string(e.ctx.Lang)
	areas := e.ctx.Catalogue.RiskAreas
	byArea := map[string][]ref{}
	var unknown []string
	for _, r := range e.ctx.Conf.Risks {
		if _, seen := byArea[r.Area]; !seen {
			if _, known := catalogue.Find(areas, r.Area); !known {
				unknown = append(unknown, r.Area)
			}
		}
		byArea[r.Area] = append(byArea[r.Area], ref{pathRisks, r.ID})
	}
	out := []group{} // not nil: grouping.madeFrom tells "made" by it
	for _, a := range areas {
		if refs := byArea[a.Code]; len(refs) > 0 {
			out = append(out, group{title: a.LabelIn(lang), hint: specialistHint(e.ctx, a.Code), refs: refs})
		}
	}
	for _, code := range unknown {
		title := code
		if title == "" {
			title = e.ctx.Msgs.T("worries.area.none")
		}
		out = append(out, group{title: title, refs: byArea[code]})
	}
	return out
}

// strengthGroups are the two lists of the strengths tab, both always
// shown so the facilitator sees what is still empty.
func (e *Editor) strengthGroups() []group {
	c, tr := e.ctx.Conf, e.ctx.Msgs
	refsOf := func(list string, xs []conference.Strength) []ref {
		out := make([]ref, 0, len(xs))
		for _, s := range xs {
			out = append(out, ref{list, s.ID})
		}
		return out
	}
	return []group{
		{title: tr.T("worries.section.protective"), refs: refsOf(pathProtective, c.ProtectiveFactors), empty: tr.T("worries.empty.protective")},
		{title: tr.T("worries.section.safety"), refs: refsOf(pathSafety, c.ExistingSafety), empty: tr.T("worries.empty.safety")},
	}
}

// label is what an entry is called in lists and questions.
func (e *Editor) label(r ref) string {
	lang := string(e.ctx.Lang)
	if x := e.riskByID(r.id); x != nil && r.list == pathRisks {
		if x.Indicator == "" {
			return x.Text
		}
		if _, ind, ok := e.ctx.Catalogue.Indicator(x.Indicator); ok {
			return ind.LabelIn(lang)
		}
		return x.Indicator
	}
	if s := e.strengthByRef(r); s != nil {
		if s.Factor == "" {
			return s.Text
		}
		return catalogue.Label(e.ctx.Catalogue.ProtectiveFactors, s.Factor, lang)
	}
	return ""
}
