package worries

import (
	"slices"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
)

// setSeverity sets the selected risk's intensity from a digit key.
func (e *Editor) setSeverity(k string) {
	i := slices.Index(e.keys.severityKeys, k)
	sel := e.selected()
	r := e.riskByID(sel.id)
	if r == nil || sel.list != pathRisks || i < 0 || i >= len(e.ctx.Catalogue.Intensities) {
		return
	}
	code := e.ctx.Catalogue.Intensities[i].Code
	if r.Intensity == code {
		return
	}
	r.Intensity = code
	e.ctx.Record(conference.OpUpdate, sel.path()+"/intensity", true)
}

// toggleFlag switches the selected risk's weighty or acute flag.
func (e *Editor) toggleFlag(flag string) {
	sel := e.selected()
	r := e.riskByID(sel.id)
	if r == nil || sel.list != pathRisks {
		return
	}
	if flag == flagAcute {
		r.Acute = !r.Acute
	} else {
		r.Weighty = !r.Weighty
	}
	e.ctx.Record(conference.OpUpdate, sel.path()+"/"+flag, true)
}

// cycleProvenance moves the selected entry's provenance to the next one
// offered (observed, reported, presumed, none).
func (e *Editor) cycleProvenance() {
	sel := e.selected()
	var prov *string
	if r := e.riskByID(sel.id); r != nil && sel.list == pathRisks {
		prov = &r.Provenance
	} else if s := e.strengthByRef(sel); s != nil {
		prov = &s.Provenance
	}
	if prov == nil {
		return
	}
	codes := []string{""}
	for _, p := range e.ctx.Catalogue.ProvenanceFor(catalogue.ProvenanceRisk) {
		codes = append(codes, p.Code)
	}
	i := slices.Index(codes, *prov) // -1 for an unknown code: goes to the first
	*prov = codes[(i+1)%len(codes)]
	e.ctx.Record(conference.OpUpdate, sel.path()+"/provenance", true)
}
