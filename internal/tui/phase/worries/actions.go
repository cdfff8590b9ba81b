package worries

import (
	"slices"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/widget"
)

// openForm opens the form of the tab shown: empty for a new entry (r.id
// "", r.list saying which list of strengths), or filled with the entry r.
func (e *Editor) openForm(r ref) tea.Cmd {
	e.editing, e.formErr, e.zone = r, "", zoneForm
	if e.tab == tabRisks {
		e.risk = newRiskForm(e.ctx, e.indicators) // the participants may have changed
		e.risk.load(e.riskByID(r.id))
		return e.risk.form.Focus()
	}
	e.strength = newStrengthForm(e.ctx, e.factors)
	list := listProtective
	if r.list == pathSafety {
		list = listSafety
	}
	e.strength.load(list, e.strengthByRef(r))
	return e.strength.form.Focus()
}

func (e *Editor) closeForm() {
	e.form().Blur()
	e.zone, e.editing, e.formErr = zoneList, ref{}, ""
}

// submit saves the form. A new entry is added and the form stays open,
// empty, for the next one: recording a round of worries is typing a few
// letters and pressing enter, again and again. An edit closes the form.
func (e *Editor) submit() tea.Cmd {
	if e.tab == tabRisks {
		return e.submitRisk()
	}
	return e.submitStrength()
}

func (e *Editor) submitRisk() tea.Cmd {
	c := e.ctx.Conf
	r, reason := e.risk.entry()
	if reason != "" {
		e.formErr = reason
		return nil
	}
	if cur := e.riskByID(e.editing.id); cur != nil {
		r.ID = cur.ID
		*cur = r
		at := e.editing
		e.closeForm()
		e.selectRef(at)
		e.ctx.Record(conference.OpUpdate, at.path(), true)
		return nil
	}
	added := c.AddRisk(r)
	at := ref{pathRisks, added.ID}
	e.selectRef(at)
	e.risk.load(nil)
	e.ctx.Record(conference.OpAdd, at.path(), true)
	return e.risk.form.FocusInput(e.risk.indicator)
}

func (e *Editor) submitStrength() tea.Cmd {
	c := e.ctx.Conf
	list, s, reason := e.strength.strength()
	if reason != "" {
		e.formErr = reason
		return nil
	}
	target := pathProtective
	if list == listSafety {
		target = pathSafety
	}
	if cur := e.strengthByRef(e.editing); cur != nil {
		s.ID = cur.ID
		from := e.editing
		e.closeForm()
		if from.list == target {
			*cur = s
			e.selectRef(from)
			e.ctx.Record(conference.OpUpdate, from.path(), true)
			return nil
		}
		// Moved to the other list: same ID, so the audit trail follows it.
		c.Remove(s.ID)
		to := ref{target, s.ID}
		*e.strengthList(target) = append(*e.strengthList(target), s)
		e.selectRef(to)
		e.ctx.Record(conference.OpRemove, from.path(), true)
		e.ctx.Record(conference.OpAdd, to.path(), true)
		return nil
	}
	var added *conference.Strength
	if target == pathSafety {
		added = c.AddExistingSafety(s)
	} else {
		added = c.AddProtectiveFactor(s)
	}
	at := ref{target, added.ID}
	e.selectRef(at)
	e.strength.load(list, nil)
	e.ctx.Record(conference.OpAdd, at.path(), true)
	return e.strength.form.FocusInput(e.strength.focusAfterAdd())
}

// focusAfterAdd is the field to type the next entry into.
func (f *strengthForm) focusAfterAdd() widget.Input {
	if f.protective() {
		return f.factor
	}
	return f.text
}

// setSeverity sets the selected risk's severity from a digit key.
func (e *Editor) setSeverity(k string) tea.Cmd {
	i := slices.Index(e.keys.severityKeys, k)
	r := e.riskByID(e.selected().id)
	if r == nil || i < 0 || i >= len(e.ctx.Catalogue.Severities) {
		return nil
	}
	code := e.ctx.Catalogue.Severities[i].Code
	if r.Severity == code {
		return nil
	}
	r.Severity = code
	e.ctx.Record(conference.OpUpdate, e.selected().path()+"/severity", true)
	return nil
}

// toggleFlag switches the selected risk's weighty or acute flag.
func (e *Editor) toggleFlag(flag string) tea.Cmd {
	r := e.riskByID(e.selected().id)
	if r == nil {
		return nil
	}
	if flag == flagAcute {
		r.Acute = !r.Acute
	} else {
		r.Weighty = !r.Weighty
	}
	e.ctx.Record(conference.OpUpdate, e.selected().path()+"/"+flag, true)
	return nil
}

// cycleProvenance moves the selected entry's provenance to the next one
// offered (observed, reported, presumed, none).
func (e *Editor) cycleProvenance() tea.Cmd {
	sel := e.selected()
	var prov *string
	if r := e.riskByID(sel.id); r != nil && sel.list == pathRisks {
		prov = &r.Provenance
	} else if s := e.strengthByRef(sel); s != nil {
		prov = &s.Provenance
	}
	if prov == nil {
		return nil
	}
	codes := []string{""}
	for _, p := range e.ctx.Catalogue.ProvenanceFor(catalogue.ProvenanceRisk) {
		codes = append(codes, p.Code)
	}
	i := slices.Index(codes, *prov) // -1 for an unknown code: goes to the first
	*prov = codes[(i+1)%len(codes)]
	e.ctx.Record(conference.OpUpdate, sel.path()+"/provenance", true)
	return nil
}

func (e *Editor) askRemove() {
	sel := e.selected()
	if sel.id == "" {
		return
	}
	tr := e.ctx.Msgs
	e.confirm = widget.NewConfirm(tr, e.ctx.Styles, tr.T("worries.remove.title"), tr.T("worries.remove.body", e.label(sel)))
}

func (e *Editor) answerRemove(k tea.KeyPressMsg) tea.Cmd {
	switch e.confirm.Update(k) {
	case widget.Yes:
		e.confirm = nil
		sel := e.selected()
		if !e.ctx.Conf.Remove(sel.id) {
			return nil
		}
		e.clamp()
		e.ctx.Record(conference.OpRemove, sel.path(), true)
		return nil
	case widget.No:
		e.confirm = nil
	}
	return nil
}

// refs lists the entries of the tab shown, in display order. Callers
// must not change what they get.
func (e *Editor) refs() []ref {
	if e.tab == tabRisks {
		e.riskGroups()
		return e.grouped.refs
	}
	var out []ref
	for _, g := range e.groups() {
		out = append(out, g.refs...)
	}
	return out
}

// selected returns the entry under the cursor (zero when none).
func (e *Editor) selected() ref {
	refs := e.refs()
	if len(refs) == 0 {
		return ref{}
	}
	return refs[max(0, min(e.cursor[e.tab], len(refs)-1))]
}

func (e *Editor) selectRef(r ref) {
	if i := slices.Index(e.refs(), r); i >= 0 {
		e.cursor[e.tab] = i
	}
}

func (e *Editor) clamp() {
	e.cursor[e.tab] = max(0, min(e.cursor[e.tab], len(e.refs())-1))
}

func (e *Editor) riskByID(id string) *conference.RiskEntry {
	if id == "" {
		return nil
	}
	c := e.ctx.Conf
	for i := range c.Risks {
		if c.Risks[i].ID == id {
			return &c.Risks[i]
		}
	}
	return nil
}

func (e *Editor) strengthList(list string) *[]conference.Strength {
	if list == pathSafety {
		return &e.ctx.Conf.ExistingSafety
	}
	return &e.ctx.Conf.ProtectiveFactors
}

func (e *Editor) strengthByRef(r ref) *conference.Strength {
	if r.id == "" || (r.list != pathProtective && r.list != pathSafety) {
		return nil
	}
	list := *e.strengthList(r.list)
	for i := range list {
		if list[i].ID == r.id {
			return &list[i]
		}
	}
	return nil
}
