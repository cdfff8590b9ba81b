package conference

import (
	"encoding/json"
	"slices"
	"testing"
)

// legacyJSON is a conference as kofa wrote it before the legal basis was
// recorded per person: one basis for the meeting, the contingency plan as
// one text, worries rated on the area scale, an interpreter as family.
const legacyJSON = `{
  "id": "k7m2qxa9", "kind": "case", "case_code": "K-2026-117", "date": "2026-11-23",
  "planned_minutes": 90, "status": "closed", "current_phase": "closing", "elapsed": 0, "seq": 9,
  "legal_basis": {"basis": "consent", "consent_by": "Mutter", "consent_scope": "Kita, Praxis",
    "consent_date": "2026-11-18", "note": "schriftlich"},
  "family": {"mode": "part_time"},
  "participants": [
    {"id": "p1", "name": "Petra Albers", "institution_type": "asd", "attendance": "present"},
    {"id": "p2", "name": "Jana S.", "institution_type": "parent", "family": true, "attendance": "present"},
    {"id": "p3", "name": "Herr Yilmaz", "institution_type": "interpreter", "family": true, "attendance": "present"},
    {"id": "p4", "name": "Markus Brandt", "institution_type": "police", "attendance": "excused"}
  ],
  "phases": [], "speaking": {}, "child_view": {}, "parents_view": {},
  "risks": [
    {"id": "r5", "area": "care", "indicator": "risk.care.food", "severity": "very_poor", "weighty": true, "date": ""},
    {"id": "r6", "area": "stress", "text": "isoliert", "severity": "good", "date": ""},
    {"id": "r7", "area": "appearance", "text": "Gewicht", "severity": "cannot_assess", "date": ""}
  ],
  "assessment": {"category": "latent"}, "immediate_safety": {},
  "contingency_plan": "Kita meldet sich am selben Tag beim ASD.",
  "next_review": "", "created_at": "2026-11-20T09:00:00Z", "updated_at": "2026-11-23T10:30:00Z"
}`

func TestUpgradeMovesTheOldFieldsIntoTheCurrentModel(t *testing.T) {
	t.Parallel()
	var c Conference
	if err := json.Unmarshal([]byte(legacyJSON), &c); err != nil {
		t.Fatal(err)
	}
	if !Upgrade(&c) {
		t.Fatal("Upgrade reports nothing changed on a legacy conference")
	}
	want := LegalBasis{Basis: LegalConsent, ReleasedBy: "Mutter", Scope: "Kita, Praxis",
		Date: Date{2026, 11, 18}, Note: "schriftlich"}
	for _, p := range c.Participants {
		got := p.LegalBases
		switch {
		case p.Family && len(got) != 0:
			t.Errorf("%s (family) got the basis %+v: it is their own data", p.ID, got)
		case !p.Family && !slices.Equal(got, []LegalBasis{want}):
			t.Errorf("%s: legal bases %+v, want the meeting's basis %+v", p.ID, got, want)
		}
	}
	if c.Participant("p3").Family {
		t.Error("the interpreter still counts as family")
	}
	if len(c.CrisisPlan) != 1 || c.CrisisPlan[0].What != "Kita meldet sich am selben Tag beim ASD." || c.CrisisPlan[0].ID != "k10" {
		t.Errorf("crisis plan %+v, want the old text as entry k10", c.CrisisPlan)
	}
	var intensities []string
	for _, r := range c.Risks {
		intensities = append(intensities, r.Intensity)
		if r.LegacySeverity != "" {
			t.Errorf("%s keeps its old severity", r.ID)
		}
	}
	if !slices.Equal(intensities, []string{IntensitySevere, IntensitySlight, IntensityCannotAssess}) {
		t.Errorf("intensities %v", intensities)
	}
	if c.LegacyLegalBasis != nil || c.LegacyContingencyPlan != "" {
		t.Error("legacy fields are still set")
	}

	// Written again, the conference has none of the old fields, and a
	// second upgrade changes nothing.
	data, err := json.Marshal(&c)
	if err != nil {
		t.Fatal(err)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		t.Fatal(err)
	}
	for _, old := range []string{"legal_basis", "contingency_plan"} {
		if _, ok := fields[old]; ok {
			t.Errorf("the upgraded conference still writes %q", old)
		}
	}
	var again Conference
	if err := json.Unmarshal(data, &again); err != nil {
		t.Fatal(err)
	}
	if Upgrade(&again) {
		t.Error("a second Upgrade changed the conference again")
	}
}

func TestUpgradeLeavesACurrentConferenceAlone(t *testing.T) {
	t.Parallel()
	c := fullFixture(t)
	before, _ := json.Marshal(c)
	if Upgrade(c) {
		t.Error("Upgrade reports a change on a current conference")
	}
	if after, _ := json.Marshal(c); string(after) != string(before) {
		t.Errorf("Upgrade changed a current conference:\n%s\n%s", before, after)
	}
}

func TestUpgradeOfAnEmptyOldBasisAddsNothing(t *testing.T) {
	t.Parallel()
	var c Conference
	// Every older conference wrote the basis, empty or not.
	data := `{"id":"x","kind":"case","legal_basis":{"consent_date":""},"participants":[{"id":"p1","name":"A","attendance":"present"}]}`
	if err := json.Unmarshal([]byte(data), &c); err != nil {
		t.Fatal(err)
	}
	if !Upgrade(&c) || c.LegacyLegalBasis != nil {
		t.Error("the empty old basis was not dropped")
	}
	if len(c.Participants[0].LegalBases) != 0 {
		t.Errorf("an empty old basis became %+v", c.Participants[0].LegalBases)
	}
}
