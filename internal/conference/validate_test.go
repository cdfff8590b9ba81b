package conference

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestValidateFindsEachGap(t *testing.T) {
	tests := []struct {
		name   string
		closed bool // Close the fixture first (closing-time checks apply)
		change func(c *Conference, ps people)
		want   []string // problemSet lines
	}{
		{name: "complete conference", change: func(*Conference, people) {}},
		{name: "complete and closed", closed: true, change: func(*Conference, people) {}},

		// Frame.
		{name: "unknown kind", change: func(c *Conference, _ people) { c.Kind = "party" },
			want: []string{"kind " + KeyKindUnknown}},
		{name: "case without case code", change: func(c *Conference, _ people) { c.CaseCode = "" },
			want: []string{"case_code " + KeyCaseCodeMissing}},
		{name: "network meeting without topic", change: func(c *Conference, _ people) {
			c.Kind, c.Topic = KindNetwork, ""
		}, want: []string{"topic " + KeyTopicMissing}},
		{name: "network meeting needs no key question, legal basis or case lead", change: func(c *Conference, _ people) {
			c.Kind, c.Topic, c.KeyQuestion = KindNetwork, "Runder Tisch", ""
			c.LegalBasis, c.Family, c.Responsibilities = LegalBasis{}, FamilyParticipation{}, nil
			c.ChildView, c.ParentsView = View{}, View{}
		}},
		{name: "case without key question", change: func(c *Conference, _ people) { c.KeyQuestion = "" },
			want: []string{"key_question " + KeyKeyQuestionMissing}},
		{name: "no date", change: func(c *Conference, _ people) { c.Date = Date{} },
			want: []string{"date " + KeyDateMissing}},
		{name: "malformed times", change: func(c *Conference, _ people) {
			c.StartTime, c.AgreedEnd, c.NextReviewTime = "9:00", "24:00", "10.30"
		}, want: []string{
			"agreed_end " + KeyTimeInvalid, "next_review_time " + KeyTimeInvalid, "start_time " + KeyTimeInvalid,
		}},
		{name: "no planned duration", change: func(c *Conference, _ people) { c.PlannedMinutes = 0 },
			want: []string{"planned_minutes " + KeyDurationInvalid}},
		{name: "planned longer than a day", change: func(c *Conference, _ people) { c.PlannedMinutes = 24*60 + 1 },
			want: []string{"planned_minutes " + KeyDurationInvalid}},
		{name: "no legal basis", change: func(c *Conference, _ people) { c.LegalBasis = LegalBasis{} },
			want: []string{"legal_basis/basis " + KeyLegalBasisMissing}},
		{name: "unknown legal basis", change: func(c *Conference, _ people) { c.LegalBasis.Basis = "gut feeling" },
			want: []string{"legal_basis/basis " + KeyLegalBasisUnknown}},
		{name: "consent without scope", change: func(c *Conference, _ people) { c.LegalBasis.ConsentScope = "" },
			want: []string{"legal_basis/consent " + KeyConsentIncomplete}},
		{name: "consent without date", change: func(c *Conference, _ people) { c.LegalBasis.ConsentDate = Date{} },
			want: []string{"legal_basis/consent " + KeyConsentIncomplete}},
		{name: "§ 8a procedure needs no consent details", change: func(c *Conference, _ people) {
			c.LegalBasis = LegalBasis{Basis: LegalSGB8Para8a}
		}},
		{name: "family participation not recorded", change: func(c *Conference, _ people) { c.Family.Mode = "" },
			want: []string{"family/mode " + KeyFamilyModeMissing}},
		{name: "unknown family participation", change: func(c *Conference, _ people) { c.Family.Mode = "sometimes" },
			want: []string{"family/mode " + KeyFamilyModeMissing}},
		{name: "family not informed without reason", change: func(c *Conference, _ people) {
			c.Family = FamilyParticipation{Mode: FamilyNotInformed}
		}, want: []string{"family/reason " + KeyFamilyReasonMissing}},
		{name: "family not informed with reason", change: func(c *Conference, _ people) {
			c.Family = FamilyParticipation{Mode: FamilyNotInformed, Reason: "Information würde das Kind gefährden"}
		}},

		// Participants and phases.
		{name: "participant without name", change: func(c *Conference, ps people) { c.Participant(ps.kita).Name = "" },
			want: []string{"participants/p2/name " + KeyParticipantName}},
		{name: "unknown attendance", change: func(c *Conference, ps people) { c.Participant(ps.police).Attendance = "maybe" },
			want: []string{"participants/p6/attendance " + KeyAttendanceUnknown}},
		{name: "left before joining", change: func(c *Conference, ps people) { c.Participant(ps.mother).LeftAt = t0.Add(-time.Minute) },
			want: []string{"participants/p7/left_at " + KeyLeftBeforeJoined}},
		{name: "nobody facilitates", change: func(c *Conference, ps people) {
			c.Participant(ps.lead).Roles = []string{RoleCaseLead}
		}, want: []string{"participants " + KeyNoFacilitator}},
		{name: "no facilitator needed in preparation", change: func(c *Conference, ps people) {
			rewind(c, PhasePreparation)
			c.Participant(ps.lead).Roles = nil
		}},
		{name: "phase skipped without reason", change: func(c *Conference, _ people) { c.Phase(PhaseWorries).State = PhaseSkipped },
			want: []string{"phases/worries/skip_reason " + KeySkipReasonMissing}},

		// Content.
		{name: "empty contribution", change: func(c *Conference, _ people) { c.Contributions[0].Text = "" },
			want: []string{"contributions/c10/text " + KeyTextMissing}},
		{name: "contribution of a removed participant", change: func(c *Conference, _ people) { c.Contributions[0].SpeakerID = "p99" },
			want: []string{"contributions/c10/speaker_id " + KeySpeakerUnknown}},
		{name: "contribution presumed (only risks are)", change: func(c *Conference, _ people) {
			c.Contributions[0].Provenance = ProvenancePresumed
		}, want: []string{"contributions/c10/provenance " + KeyProvenanceUnknown}},
		{name: "chronology entry without event", change: func(c *Conference, _ people) { c.Chronology[1].Event = "" },
			want: []string{"chronology/h9/event " + KeyTextMissing}},
		{name: "child's view missing after the round of perspectives", change: func(c *Conference, _ people) {
			rewind(c, PhaseWorries)
			c.ChildView = View{}
		}, want: []string{"child_view " + KeyChildViewMissing}},
		{name: "parents' view missing after the round of perspectives", change: func(c *Conference, _ people) {
			rewind(c, PhaseAssessment)
			c.ParentsView = View{}
		}, want: []string{"parents_view " + KeyParentsViewMissing}},
		{name: "views not yet due during the round", change: func(c *Conference, _ people) {
			rewind(c, PhasePerspectives)
			c.ChildView, c.ParentsView = View{}, View{}
			c.Assessment = Assessment{}
			c.ContingencyPlan = ""
		}},
		{name: "missing views explained", change: func(c *Conference, _ people) {
			c.ChildView = View{MissingReason: "Kind war krank"}
			c.ParentsView = View{MissingReason: "Mutter nicht erreicht"}
		}},
		{name: "risk without area", change: func(c *Conference, _ people) { c.Risks[0].Area = "" },
			want: []string{"risks/r15/area " + KeyRiskAreaMissing}},
		{name: "risk with neither indicator nor text", change: func(c *Conference, _ people) { c.Risks[1].Text = "" },
			want: []string{"risks/r16/text " + KeyTextMissing}},
		{name: "unknown severity", change: func(c *Conference, _ people) { c.Risks[0].Severity = "bad" },
			want: []string{"risks/r15/severity " + KeySeverityUnknown}},
		{name: "risk assessed (only contributions are)", change: func(c *Conference, _ people) {
			c.Risks[0].Provenance = ProvenanceAssessed
		}, want: []string{"risks/r15/provenance " + KeyProvenanceUnknown}},
		{name: "empty strengths", change: func(c *Conference, _ people) {
			c.ProtectiveFactors[0].Factor = ""
			c.ExistingSafety[0].Text = ""
		}, want: []string{
			"existing_safety/s18/text " + KeyTextMissing, "protective_factors/s17/text " + KeyTextMissing,
		}},

		// Assessment.
		{name: "rating off the scale", change: func(c *Conference, _ people) {
			eleven, minus := 11, -1
			c.Ratings[0].Scale, c.Ratings[1].Scale = &eleven, &minus
		}, want: []string{
			"ratings/p1/scale " + KeyRatingScaleRange + " [11]", "ratings/p2/scale " + KeyRatingScaleRange + " [-1]",
		}},
		{name: "rating with unknown category", change: func(c *Conference, _ people) { c.Ratings[2].Category = "fine" },
			want: []string{"ratings/p3/category " + KeyCategoryUnknown}},
		{name: "agreed result unknown", change: func(c *Conference, _ people) { c.Assessment.Category = "fine" },
			want: []string{"assessment/category " + KeyCategoryUnknown}},
		{name: "agreed result missing after the assessment", change: func(c *Conference, _ people) { c.Assessment.Category = "" },
			want: []string{"assessment/category " + KeyCategoryMissing}},
		{name: "agreed result not yet due during the assessment", change: func(c *Conference, _ people) {
			rewind(c, PhaseAssessment)
			c.Assessment.Category = ""
		}},
		{name: "unknown form of harm", change: func(c *Conference, _ people) {
			c.Assessment.HarmForms = append(c.Assessment.HarmForms, "bad luck")
		}, want: []string{"assessment/harm_forms " + KeyHarmFormUnknown}},
		{name: "dissent without reason", change: func(c *Conference, _ people) { c.Assessment.Dissent[0].Reason = "" },
			want: []string{"assessment/dissent/d19 " + KeyDissentIncomplete}},
		{name: "dissent without person", change: func(c *Conference, _ people) { c.Assessment.Dissent[0].ParticipantID = "" },
			want: []string{"assessment/dissent/d19 " + KeyDissentIncomplete}},
		{name: "latent risk without contingency plan", change: func(c *Conference, _ people) { c.ContingencyPlan = "" },
			want: []string{"contingency_plan " + KeyContingencyMissing}},
		{name: "acute risk without contingency plan or immediate safety", change: func(c *Conference, _ people) {
			c.Assessment.Category = CategoryAcute
			c.ContingencyPlan = ""
		}, want: []string{
			"contingency_plan " + KeyContingencyMissing,
			"immediate_safety/informs_family " + KeySafetyInformsFamily,
			"immediate_safety/steps " + KeySafetyStepsMissing,
		}},
		{name: "acute risk with steps but nobody to inform the family", change: func(c *Conference, ps people) {
			c.Assessment.Category = CategoryAcute
			c.AddSafetyStep(SafetyStep{What: "Kind bleibt heute bei der Oma", Who: ps.lead, Until: "16:00"})
		}, want: []string{"immediate_safety/informs_family " + KeySafetyInformsFamily}},
		{name: "acute risk fully secured", change: func(c *Conference, ps people) {
			c.Assessment.Category = CategoryAcute
			c.AddSafetyStep(SafetyStep{What: "Kind bleibt heute bei der Oma", Who: ps.lead})
			c.ImmediateSafety.InformsFamily = ps.lead
		}},
		{name: "need for help needs no contingency plan", change: func(c *Conference, _ people) {
			c.Assessment.Category = CategoryNeedForHelp
			c.ContingencyPlan = ""
		}},

		// Actions.
		{name: "action incomplete", change: func(c *Conference, _ people) {
			a := &c.Actions[0]
			a.What, a.OwnerID, a.Due, a.ReportBack = "", "", Date{}, ""
		}, want: []string{
			"actions/a20/due " + KeyActionDueMissing, "actions/a20/owner_id " + KeyActionOwnerMissing,
			"actions/a20/report_back " + KeyActionReportMissing, "actions/a20/what " + KeyActionWhatMissing,
		}},
		{name: "action owner removed", change: func(c *Conference, _ people) { c.Actions[1].OwnerID = "p99" },
			want: []string{"actions/a21/owner_id " + KeyActionOwnerUnknown}},
		{name: "action due before the conference", change: func(c *Conference, _ people) {
			c.Actions[1].Due = c.Date.AddDays(-1)
		}, want: []string{"actions/a21/due " + KeyActionDueBefore}},
		{name: "action due on the day of the conference", change: func(c *Conference, _ people) { c.Actions[1].Due = c.Date }},
		{name: "unknown follow-up", change: func(c *Conference, _ people) { c.AddStatus(c.Actions[0].ID, StatusEntry{Status: "maybe"}) },
			want: []string{"actions/a20/history " + KeyFollowUpUnknown}},

		// Closing.
		{name: "action not agreed at closing", change: func(c *Conference, _ people) { c.Withdraw(c.Actions[0].ID) },
			want: []string{"actions/a20/agreed " + KeyActionNotConfirmed}},
		{name: "carried-forward action needs no new agreement", change: func(c *Conference, _ people) {
			c.Withdraw(c.Actions[0].ID)
			c.Actions[0].CarriedFrom = "h3k8m2pq/a4"
		}},
		{name: "parked topic without owner", change: func(c *Conference, _ people) { c.Parked[0].OwnerID = "" },
			want: []string{"parked/t22/owner_id " + KeyParkedOwnerMissing}},
		{name: "no case lead", change: func(c *Conference, _ people) { c.ClearResponsibility(RespCaseLead) },
			want: []string{"responsibilities/case_lead " + KeyResponsibilityMissed}},
		{name: "no next review", change: func(c *Conference, _ people) { c.NextReview = Date{} },
			want: []string{"next_review " + KeyNextReviewMissing}},
		{name: "next review before the conference", change: func(c *Conference, _ people) { c.NextReview = c.Date.AddDays(-1) },
			want: []string{"next_review " + KeyNextReviewBefore}},
		{name: "no distribution", change: func(c *Conference, _ people) { c.Distribution = nil },
			want: []string{"distribution " + KeyDistributionMissing}},
		{name: "closing gaps count once closed", closed: true, change: func(c *Conference, _ people) {
			c.NextReview, c.Distribution = Date{}, nil
		}, want: []string{"distribution " + KeyDistributionMissing, "next_review " + KeyNextReviewMissing}},
		{name: "closing checks wait for the closing phase", change: func(c *Conference, _ people) {
			rewind(c, PhaseActions)
			c.Withdraw(c.Actions[0].ID)
			c.Parked[0].OwnerID = ""
			c.Responsibilities, c.NextReview, c.Distribution = nil, Date{}, nil
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c *Conference
			var ps people
			if tt.closed {
				c, ps = closedFixture(t)
			} else {
				c, ps = fixture(t)
			}
			tt.change(c, ps)
			got := problemSet(Validate(c))
			want := slices.Sorted(slices.Values(tt.want))
			if !slices.Equal(got, want) {
				t.Errorf("Validate:\n got %q\nwant %q", got, want)
			}
		})
	}
}

// TestProblemsCarryNoFreeText guards the promise that problems are safe to
// log: nothing the facilitator typed may end up in a Problem.
func TestProblemsCarryNoFreeText(t *testing.T) {
	c, _ := fixture(t)
	c.Participants[0].Name = ""
	c.Actions[0].Due = Date{}
	c.CaseCode = ""
	c.ContingencyPlan = ""
	typed := []string{"petra", "albers", "hausbesuch", "k-2026-117", "hunger"}
	probs := Validate(c)
	if len(probs) < 4 {
		t.Fatalf("want at least 4 problems, got %v", probs)
	}
	for _, p := range probs {
		for _, s := range append([]string{p.Path, p.Key}, p.Args...) {
			for _, word := range typed {
				if strings.Contains(strings.ToLower(s), word) {
					t.Errorf("problem %+v carries typed text %q", p, word)
				}
			}
		}
	}
}

func TestValidTime(t *testing.T) {
	for s, want := range map[string]bool{
		"00:00": true, "09:30": true, "23:59": true,
		"": false, "9:30": false, "24:00": false, "12:60": false, "12.30": false, "12:30 ": false,
	} {
		if got := ValidTime(s); got != want {
			t.Errorf("ValidTime(%q) = %v, want %v", s, got, want)
		}
	}
}

// ValidTime checks by hand what the pattern ^([01][0-9]|2[0-3]):[0-5][0-9]$
// said before it; every five-character string of digits and a colon
// agrees.
func TestValidTimeAgreesWithThePattern(t *testing.T) {
	pattern := regexp.MustCompile(`^([01][0-9]|2[0-3]):[0-5][0-9]$`)
	chars := "0123456789:a"
	var s [5]byte
	var walk func(i int)
	walk = func(i int) {
		if i == len(s) {
			if got, want := ValidTime(string(s[:])), pattern.MatchString(string(s[:])); got != want {
				t.Fatalf("ValidTime(%q) = %v, the pattern says %v", s, got, want)
			}
			return
		}
		for j := range len(chars) {
			s[i] = chars[j]
			walk(i + 1)
		}
	}
	walk(0)
}
