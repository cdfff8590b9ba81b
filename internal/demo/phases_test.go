package demo

import (
	"slices"
	"testing"
	"time"

	"kofa/internal/conference"
)

// TestSampleFillsEveryPhase checks, phase by phase, what the sample is
// meant to show off; each check names what is missing.
func TestSampleFillsEveryPhase(t *testing.T) {
	for _, lang := range langs {
		c := Sample(lang, now)
		checks := map[conference.PhaseID]func() []string{
			conference.PhasePreparation: func() []string { return preparationGaps(c) },
			conference.PhaseOpening:     func() []string { return openingGaps(c) },
			conference.PhasePresentation: func() []string {
				return gaps(map[string]bool{
					"facts": c.Facts != "", "5 chronology entries": len(c.Chronology) == 5,
					"help in place": c.HelpInPlace != "",
				})
			},
			conference.PhasePerspectives: func() []string { return perspectivesGaps(c) },
			conference.PhaseWorries:      func() []string { return worriesGaps(c) },
			conference.PhaseAssessment:   func() []string { return assessmentGaps(c) },
			conference.PhaseActions:      func() []string { return actionsGaps(c) },
			conference.PhaseClosing:      func() []string { return closingGaps(c) },
		}
		for _, r := range c.VisiblePhases() {
			check, ok := checks[r.ID]
			if !ok {
				t.Errorf("%s: no content check for phase %s", lang, r.ID)
				continue
			}
			if missing := check(); len(missing) > 0 {
				t.Errorf("%s: phase %s lacks %v", lang, r.ID, missing)
			}
		}
	}
}

func TestSamplePhasesAreDoneWithOneOverTime(t *testing.T) {
	c := Sample("de", now)
	if c.Status != conference.StatusClosed {
		t.Errorf("status %q, want closed", c.Status)
	}
	var over []conference.PhaseID
	var sum time.Duration
	for _, r := range c.VisiblePhases() {
		if r.State != conference.PhaseDone {
			t.Errorf("phase %s is %q, want done", r.ID, r.State)
		}
		if r.ID != conference.PhasePreparation && r.Elapsed <= 0 {
			t.Errorf("phase %s has no time", r.ID)
		}
		if r.Level() == conference.TimeOver {
			over = append(over, r.ID)
		}
		sum += r.Elapsed
	}
	if len(over) != 1 {
		t.Errorf("phases over time: %v, want exactly one", over)
	}
	if sum != c.Elapsed || c.Elapsed > time.Duration(c.PlannedMinutes)*time.Minute {
		t.Errorf("phase times add up to %v, conference %v of %d min planned", sum, c.Elapsed, c.PlannedMinutes)
	}
	if c.PhaseApplies(conference.PhaseSafety) {
		t.Error("immediate safety applies to a latent risk")
	}
}

func gaps(have map[string]bool) []string {
	var out []string
	for what, ok := range have {
		if !ok {
			out = append(out, what)
		}
	}
	slices.Sort(out)
	return out
}

func preparationGaps(c *conference.Conference) []string {
	lb := c.Participants[2].LegalBases[0] // the Kita, released by the mother
	return gaps(map[string]bool{
		"case code":      c.CaseCode != "",
		"occasion":       c.Occasion != "",
		"key question":   c.KeyQuestion != "",
		"start time":     c.StartTime != "",
		"place":          c.Place != "",
		"90 minutes":     c.PlannedMinutes == 90,
		"consent":        lb.Basis == conference.LegalConsent && lb.Scope != "" && !lb.Date.IsZero() && lb.ReleasedBy != "",
		"family mode":    c.Family.Mode == conference.FamilyPartTime,
		"8-9 people":     len(c.Participants) >= 8 && len(c.Participants) <= 9,
		"created before": c.CreatedAt.Before(c.StartedAt),
	})
}

func openingGaps(c *conference.Conference) []string {
	var excused, left, late bool
	for _, p := range c.Participants {
		excused = excused || p.Attendance == conference.AttendanceExcused
		left = left || (p.Family && p.Relationship != "" && !p.LeftAt.IsZero())
		late = late || p.JoinedAt.After(c.StartedAt)
	}
	return gaps(map[string]bool{
		"confidentiality":      !c.ConfidentialityAt.IsZero(),
		"agreed end":           c.AgreedEnd != "",
		"facilitator":          len(c.ParticipantsWithRole(conference.RoleFacilitator)) > 0,
		"case lead":            len(c.ParticipantsWithRole(conference.RoleCaseLead)) > 0,
		"specialist adviser":   len(c.ParticipantsWithRole(conference.RoleAdviser)) > 0,
		"someone excused":      excused,
		"family member left":   left,
		"someone joined later": late,
	})
}

func perspectivesGaps(c *conference.Conference) []string {
	have := map[string]bool{
		"child's view": c.ChildView.Said != "" && c.ChildView.HowObtained != "",
		"each parent's view": len(c.Carers) == 2 && c.Carers[0].View.Said != "" && c.Carers[0].View.HowObtained != "" &&
			c.Carers[1].View.MissingReason != "",
		"extended phase": c.Phase(conference.PhasePerspectives).Extended > 0,
	}
	for _, p := range professionals(c) {
		have["contribution by "+p.ID] = hasSpoken(c, p.ID)
		have["speaking time of "+p.ID] = c.Speaking.Spoken[p.ID] > 0 && c.Speaking.HasSpoken(p.ID)
	}
	return gaps(have)
}

func worriesGaps(c *conference.Conference) []string {
	areas, _ := c.RisksByArea()
	weighty := slices.ContainsFunc(c.Risks, func(r conference.RiskEntry) bool { return r.Weighty })
	return gaps(map[string]bool{
		"8-10 risks":         len(c.Risks) >= 8 && len(c.Risks) <= 10,
		"several areas":      len(areas) >= 4,
		"a weighty risk":     weighty,
		"protective factors": len(c.ProtectiveFactors) >= 3,
		"existing safety":    len(c.ExistingSafety) >= 1,
	})
}

func assessmentGaps(c *conference.Conference) []string {
	have := map[string]bool{
		"revealed":       c.RatingsRevealed,
		"latent":         c.Assessment.Category == conference.CategoryLatent,
		"harm forms":     slices.Equal(c.Assessment.HarmForms, []string{conference.HarmNeglect, conference.HarmPsychological}),
		"one dissent":    len(c.Assessment.Dissent) == 1 && c.Assessment.Dissent[0].Reason != "",
		"rating spread":  c.RatingSpread().Min < c.RatingSpread().Max,
		"differing view": len(c.RatingSpread().ByCategory) > 1,
	}
	for _, p := range professionals(c) {
		r, ok := c.RatingOf(p.ID)
		have["rating of "+p.ID] = ok && r.Category != "" && r.Scale != nil
	}
	return gaps(have)
}

func actionsGaps(c *conference.Conference) []string {
	have := map[string]bool{
		"crisis plan":                        len(c.CrisisPlan) >= 3,
		"answers":                            len(c.UnansweredWeighty()) == 0,
		"7 actions (one informs the father)": len(c.Actions) == 7 && c.Actions[6].Informs != "",
	}
	owners := map[string]bool{}
	for _, a := range c.Actions {
		have["action "+a.ID+" binding"] = a.Agreement().State == conference.AgreedHere && !a.AgreedAt.IsZero() && a.IfNotDone != "" && a.Institution != ""
		owners[a.OwnerID] = true
	}
	have["several owners"] = len(owners) >= 5
	return gaps(have)
}

func closingGaps(c *conference.Conference) []string {
	have := map[string]bool{
		"2 parked topics":  len(c.Parked) == 2,
		"next review":      !c.NextReview.IsZero() && c.NextReviewTime != "",
		"open actions":     c.Summary().OpenActions == 7,
		"earliest due set": !c.Summary().NextDue.IsZero(),
	}
	for _, t := range c.Parked {
		have["owner of "+t.ID] = t.OwnerID != ""
	}
	for _, code := range conference.Responsibilities {
		_, ok := c.Responsible(code)
		have["responsibility "+code] = ok
	}
	variants := map[string][]string{}
	for _, d := range c.Distribution {
		variants[d.ParticipantID] = append(variants[d.ParticipantID], d.Variant)
	}
	sender, _ := c.Responsible(conference.RespReceivesMinutes)
	for _, p := range professionals(c) {
		if p.HasRole(conference.RoleMinuteTaker) || p.ID == sender.ParticipantID {
			continue // they take and send the minutes
		}
		want := conference.MinutesFull
		if p.HasRole(conference.RoleAdviser) {
			want = conference.MinutesPseudonymised
		}
		have["minutes for "+p.ID] = slices.Contains(variants[p.ID], want)
	}
	return gaps(have)
}
