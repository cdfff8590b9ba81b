package conference

import (
	"slices"
	"time"
)

// Contribution is something a participant said in the round of
// perspectives (or any other phase), tagged by how it is known.
type Contribution struct {
	ID        string `json:"id"`
	SpeakerID string `json:"speaker_id,omitempty"`
	Text      string `json:"text"`
	// Provenance is observed, reported or assessed.
	Provenance string    `json:"provenance,omitempty"`
	Source     string    `json:"source,omitempty"`
	At         time.Time `json:"at"`
	Phase      PhaseID   `json:"phase"`
	// Identifying marks text that could identify the family; the
	// pseudonymised minutes leave it out.
	Identifying bool `json:"identifying,omitempty"`
	// Confidential marks what a family member said in confidence: the
	// family letter leaves it out (identifying.go).
	Confidential bool `json:"confidential,omitempty"`
}

// ChronologyEntry is one line of the short case chronology.
type ChronologyEntry struct {
	ID string `json:"id"`
	// Date may be unknown to the day; DateText keeps what was said
	// ("Sommer 2025") when there is no exact date.
	Date     Date   `json:"date"`
	DateText string `json:"date_text,omitempty"`
	Event    string `json:"event"`
	Source   string `json:"source,omitempty"`
	// Identifying: see Contribution.Identifying.
	Identifying bool `json:"identifying,omitempty"`
}

// View is the child's or the parents' view, brought into the conference.
type View struct {
	// HowObtained says how the view was learned (conversation, drawing,
	// letter, brought in by a trusted person, ...).
	HowObtained string `json:"how_obtained,omitempty"`
	Said        string `json:"said,omitempty"`
	// MissingReason explains why there is no view, asked for when the
	// round of perspectives ends without one.
	MissingReason string `json:"missing_reason,omitempty"`
	// Identifying: see Contribution.Identifying.
	Identifying bool `json:"identifying,omitempty"`
	// Confidential: see Contribution.Confidential.
	Confidential bool `json:"confidential,omitempty"`
}

// Empty reports whether nothing of the view was recorded.
func (v View) Empty() bool { return v.Said == "" && v.HowObtained == "" }

// RiskEntry is one worry: an indicator in a risk area with its intensity
// and evidence.
type RiskEntry struct {
	ID string `json:"id"`
	// Area and Indicator are catalogue codes; Indicator is empty for a
	// free-text entry, which then lives in Text.
	Area      string `json:"area"`
	Indicator string `json:"indicator,omitempty"`
	Text      string `json:"text,omitempty"`
	// Intensity is how marked the worry is (slight, marked, severe,
	// cannot be assessed); a worry is never rated "good".
	Intensity string `json:"intensity,omitempty"`
	// LegacySeverity is the area scale kofa once used for single
	// worries; Upgrade turns it into an intensity.
	LegacySeverity string `json:"severity,omitempty"`
	Weighty        bool   `json:"weighty,omitempty"`
	Acute          bool   `json:"acute,omitempty"`
	// Provenance is observed, reported or presumed; ReportedBy names who
	// reported it (a participant ID or free text).
	Provenance string `json:"provenance,omitempty"`
	ReportedBy string `json:"reported_by,omitempty"`
	Source     string `json:"source,omitempty"`
	Date       Date   `json:"date"`
	// Identifying: see Contribution.Identifying.
	Identifying bool `json:"identifying,omitempty"`
	// Confidential: see Contribution.Confidential.
	Confidential bool `json:"confidential,omitempty"`
}

// AreaRating rates a risk area as a whole for the quality of care: good,
// sufficient, poor, very poor, or cannot be assessed.
type AreaRating struct {
	Area    string `json:"area"`
	Quality string `json:"quality"`
}

// Strength is a protective factor or a piece of existing safety.
type Strength struct {
	ID string `json:"id"`
	// Factor is a catalogue code, empty for free text.
	Factor     string `json:"factor,omitempty"`
	Text       string `json:"text,omitempty"`
	Provenance string `json:"provenance,omitempty"`
	Source     string `json:"source,omitempty"`
	// Identifying: see Contribution.Identifying.
	Identifying bool `json:"identifying,omitempty"`
	// Confidential: see Contribution.Confidential.
	Confidential bool `json:"confidential,omitempty"`
}

// AddContribution records what the current speaker (or speakerID) said.
func (c *Conference) AddContribution(x Contribution) *Contribution {
	x.ID = c.NextID("c")
	if x.Phase == "" {
		x.Phase = c.CurrentPhase
	}
	c.Contributions = append(c.Contributions, x)
	return &c.Contributions[len(c.Contributions)-1]
}

// ContributionsBy returns the contributions of a speaker, in order.
func (c *Conference) ContributionsBy(speakerID string) []Contribution {
	var out []Contribution
	for _, x := range c.Contributions {
		if x.SpeakerID == speakerID {
			out = append(out, x)
		}
	}
	return out
}

// AddChronology appends a chronology entry and keeps the list in date
// order (entries without a date stay where they were put).
func (c *Conference) AddChronology(e ChronologyEntry) *ChronologyEntry {
	e.ID = c.NextID("h")
	at := len(c.Chronology)
	if !e.Date.IsZero() {
		// Before the first dated entry that is later; undated entries are
		// not moved, so "Sommer 2025" stays where the facilitator put it.
		for i, x := range c.Chronology {
			if !x.Date.IsZero() && x.Date.After(e.Date) {
				at = i
				break
			}
		}
	}
	c.Chronology = slices.Insert(c.Chronology, at, e)
	return &c.Chronology[at]
}

// AddRisk appends a risk entry.
func (c *Conference) AddRisk(r RiskEntry) *RiskEntry {
	r.ID = c.NextID("r")
	c.Risks = append(c.Risks, r)
	return &c.Risks[len(c.Risks)-1]
}

// AddProtectiveFactor appends a protective factor.
func (c *Conference) AddProtectiveFactor(s Strength) *Strength {
	s.ID = c.NextID("s")
	c.ProtectiveFactors = append(c.ProtectiveFactors, s)
	return &c.ProtectiveFactors[len(c.ProtectiveFactors)-1]
}

// AddExistingSafety appends a piece of existing safety.
func (c *Conference) AddExistingSafety(s Strength) *Strength {
	s.ID = c.NextID("s")
	c.ExistingSafety = append(c.ExistingSafety, s)
	return &c.ExistingSafety[len(c.ExistingSafety)-1]
}

// RisksByArea groups risk entries by area code, areas in first-seen order.
func (c *Conference) RisksByArea() (areas []string, byArea map[string][]RiskEntry) {
	byArea = map[string][]RiskEntry{}
	for _, r := range c.Risks {
		if _, ok := byArea[r.Area]; !ok {
			areas = append(areas, r.Area)
		}
		byArea[r.Area] = append(byArea[r.Area], r)
	}
	return areas, byArea
}

// Remove deletes the entity with the ID from whichever list holds it
// (contributions, chronology, risks, strengths, actions, parked topics,
// dissent, safety steps, children, carers, crisis-plan entries) and the
// answers that name it. It reports whether anything was removed.
func (c *Conference) Remove(id string) bool {
	c.forgetAnswers(id)
	return removeByID(&c.Contributions, id, func(x Contribution) string { return x.ID }) ||
		removeByID(&c.Chronology, id, func(x ChronologyEntry) string { return x.ID }) ||
		removeByID(&c.Risks, id, func(x RiskEntry) string { return x.ID }) ||
		removeByID(&c.ProtectiveFactors, id, func(x Strength) string { return x.ID }) ||
		removeByID(&c.ExistingSafety, id, func(x Strength) string { return x.ID }) ||
		removeByID(&c.Actions, id, func(x Action) string { return x.ID }) ||
		removeByID(&c.Parked, id, func(x ParkedTopic) string { return x.ID }) ||
		removeByID(&c.Assessment.Dissent, id, func(x Dissent) string { return x.ID }) ||
		removeByID(&c.ImmediateSafety.Steps, id, func(x SafetyStep) string { return x.ID }) ||
		removeByID(&c.Children, id, func(x Child) string { return x.ID }) ||
		removeByID(&c.Carers, id, func(x Carer) string { return x.ID }) ||
		removeByID(&c.CrisisPlan, id, func(x CrisisEntry) string { return x.ID })
}

// SetAreaRating records (or, with an empty quality, removes) the rating of
// a risk area.
func (c *Conference) SetAreaRating(area, quality string) {
	for i := range c.AreaRatings {
		if c.AreaRatings[i].Area == area {
			if quality == "" {
				c.AreaRatings = append(c.AreaRatings[:i], c.AreaRatings[i+1:]...)
			} else {
				c.AreaRatings[i].Quality = quality
			}
			return
		}
	}
	if quality != "" {
		c.AreaRatings = append(c.AreaRatings, AreaRating{Area: area, Quality: quality})
	}
}

// AreaQuality returns the rating of a risk area, "" when not rated.
func (c *Conference) AreaQuality(area string) string {
	for _, r := range c.AreaRatings {
		if r.Area == area {
			return r.Quality
		}
	}
	return ""
}

func removeByID[T any](list *[]T, id string, idOf func(T) string) bool {
	for i, x := range *list {
		if idOf(x) == id {
			*list = append((*list)[:i], (*list)[i+1:]...)
			return true
		}
	}
	return false
}
