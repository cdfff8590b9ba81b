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
			c.Family, c.Responsibilities = FamilyParticipation{}, nil
			for i := range c.Participants {
				c.Participants[i].LegalBases = nil
			}
			c.Distribution[2].LegalBases = nil
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
		{name: "participant without legal basis", change: func(c *Conference, ps people) {
			c.Participant(ps.doctor).LegalBases = nil
		}, want: []string{"participants/p3/legal_bases " + KeyParticipantNoBasis}},
		{name: "family, apologies and absentees need no legal basis", change: func(c *Conference, ps people) {
			c.Participant(ps.mother).LegalBases = nil
			c.Participant(ps.police).LegalBases = nil
		}},
		{name: "unknown legal basis", change: func(c *Conference, ps people) { c.Participant(ps.kita).LegalBases[0].Basis = "gut feeling" },
			want: []string{"participants/p2/legal_bases/1/basis " + KeyLegalBasisUnknown}},
		{name: "legal basis without a ground", change: func(c *Conference, ps people) {
			c.Participant(ps.kita).LegalBases = append(c.Participant(ps.kita).LegalBases, LegalBasis{Note: "?"})
		}, want: []string{"participants/p2/legal_bases/2/basis " + KeyLegalBasisMissing}},
		{name: "release without scope", change: func(c *Conference, ps people) {
			c.Participant(ps.doctor).LegalBases = []LegalBasis{{Basis: LegalConsent, ReleasedBy: "Mutter", Date: c.Date}}
		}, want: []string{"participants/p3/legal_bases/1/consent " + KeyConsentIncomplete}},
		{name: "release without date or who released", change: func(c *Conference, ps people) {
			c.Participant(ps.doctor).LegalBases = []LegalBasis{{Basis: LegalConsent, Scope: "alles"}}
		}, want: []string{"participants/p3/legal_bases/1/consent " + KeyConsentIncomplete}},
		{name: "release in an unknown form", change: func(c *Conference, ps people) { c.Participant(ps.kita).LegalBases[0].Form = "telepathy" },
			want: []string{"participants/p2/legal_bases/1/form " + KeyReleaseFormUnknown}},
		{name: "§ 8a and § 4 KKG need no release details", change: func(c *Conference, ps people) {
			c.Participant(ps.doctor).LegalBases = []LegalBasis{{Basis: LegalKKG4Para3}, {Basis: LegalSGB8Para8a}}
		}},
		{name: "recipient without legal basis", change: func(c *Conference, _ people) { c.Distribution[2].LegalBases = nil },
			want: []string{"distribution/3/legal_bases " + KeyRecipientNoBasis}},
		{name: "recipients of the pseudonymised minutes need none; at the table, the participant's counts", change: func(c *Conference, _ people) {
			c.Distribution[2].LegalBases = nil
			c.Distribution[2].Variant = MinutesPseudonymised
			c.Participant(c.Distribution[1].ParticipantID).LegalBases = nil
			c.Distribution[1].Variant = MinutesFull
		}, want: []string{"distribution/2/legal_bases " + KeyRecipientNoBasis, "participants/p5/legal_bases " + KeyParticipantNoBasis}},
		{name: "network meeting needs no legal basis per person", change: func(c *Conference, _ people) {
			c.Kind, c.Topic = KindNetwork, "Runder Tisch"
			for i := range c.Participants {
				c.Participants[i].LegalBases = nil
			}
			c.Distribution[2].LegalBases = nil
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
			want: []string{"participants/p6/attendance " + KeyAttendanceUnknown, "participants/p6/legal_bases " + KeyParticipantNoBasis}},
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
			dropCrisisPlan(c)
		}},
		{name: "missing views explained", change: func(c *Conference, _ people) {
			c.ChildView = View{MissingReason: "Kind war krank"}
			c.ParentsView = View{MissingReason: "Mutter nicht erreicht"}
		}},
		{name: "risk without area", change: func(c *Conference, _ people) { c.Risks[0].Area = "" },
			want: []string{"risks/r15/area " + KeyRiskAreaMissing}},
		{name: "risk with neither indicator nor text", change: func(c *Conference, _ people) { c.Risks[1].Text = "" },
			want: []string{"risks/r16/text " + KeyTextMissing}},
		{name: "unknown intensity", change: func(c *Conference, _ people) { c.Risks[0].Intensity = "bad" },
			want: []string{"risks/r15/intensity " + KeySeverityUnknown}},
		{name: "area rated on an unknown scale", change: func(c *Conference, _ people) { c.SetAreaRating("care", "dreadful") },
			want: []string{"area_ratings/care " + KeyAreaQualityUnknown}},
		{name: "area rated", change: func(c *Conference, _ people) { c.SetAreaRating("care", SeverityPoor) }},
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
		{name: "latent risk without contingency plan", change: func(c *Conference, _ people) { dropCrisisPlan(c) },
			want: []string{"crisis_plan " + KeyContingencyMissing}},
		{name: "acute risk without contingency plan or immediate safety", change: func(c *Conference, _ people) {
			c.Assessment.Category = CategoryAcute
			dropCrisisPlan(c)
		}, want: []string{
			"crisis_plan " + KeyContingencyMissing,
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
			dropCrisisPlan(c)
		}},

		// Several professionals (§ 8a Abs. 1).
		{name: "one professional of the office assesses the risk", change: func(c *Conference, ps people) {
			c.RemoveParticipant(ps.colleague)
		}, want: []string{"participants " + KeyFewOfficeProfessional + " [1]"}},
		{name: "the office is not asked before the assessment", change: func(c *Conference, ps people) {
			rewind(c, PhaseWorries)
			c.RemoveParticipant(ps.colleague)
		}},
		{name: "one person leads, facilitates and takes the minutes", change: func(c *Conference, ps people) {
			p := c.Participant(ps.lead)
			p.Roles = append(p.Roles, RoleMinuteTaker)
		}, want: []string{"participants/p1/roles " + KeyOnePersonAllRoles}},
		{name: "team lead not informed of a latent risk", change: func(c *Conference, _ people) { c.TeamLeadInformed = Date{} },
			want: []string{"team_lead_informed " + KeyTeamLeadNotInformed}},
		{name: "team lead need not be told of a need for help", change: func(c *Conference, _ people) {
			c.TeamLeadInformed = Date{}
			c.Assessment.Category = CategoryNeedForHelp
		}},

		// Crisis and protection plan, answers to worries.
		{name: "crisis-plan entry without what", change: func(c *Conference, ps people) { c.CrisisEntry(ps.plan).What = "" },
			want: []string{"crisis_plan/k23/what " + KeyCrisisWhatMissing}},
		{name: "crisis-plan entry names a removed participant and action", change: func(c *Conference, ps people) {
			e := c.CrisisEntry(ps.plan)
			e.WhoID, e.ActionID = "p99", "a99"
		}, want: []string{"crisis_plan/k23/action_id " + KeyCrisisActionUnknown, "crisis_plan/k23/who_id " + KeyCrisisWhoUnknown}},
		{name: "an answer to a worry that is not there", change: func(c *Conference, _ people) {
			c.SetAnswered(c.Actions[1].ID, []string{"r99"})
		}, want: []string{"answers/3 " + KeyAddressesUnknown}},
		{name: "weighty indication nothing answers", change: func(c *Conference, ps people) {
			c.SetAnswered(c.Actions[0].ID, nil)
			c.SetAnswered(ps.plan, nil)
		}, want: []string{"risks/r15/answers " + KeyWeightyUnanswered}},
		{name: "an acute worry needs an answer too", change: func(c *Conference, _ people) { c.Risks[1].Acute = true },
			want: []string{"risks/r16/answers " + KeyWeightyUnanswered}},
		{name: "answers are asked for at the closing", change: func(c *Conference, ps people) {
			rewind(c, PhaseActions)
			c.SetAnswered(c.Actions[0].ID, nil)
			c.SetAnswered(ps.plan, nil)
		}},
		{name: "removing a worry removes the answers to it", change: func(c *Conference, _ people) {
			c.Remove(c.Risks[0].ID)
		}},
		{name: "removing an answer leaves the worry unanswered", change: func(c *Conference, ps people) {
			c.Remove(ps.plan)
			c.Remove(c.Actions[0].ID)
		}, want: []string{"crisis_plan " + KeyContingencyMissing, "risks/r15/answers " + KeyWeightyUnanswered}},

		// Dissent worked through.
		{name: "dissent not resolved at closing", change: func(c *Conference, _ people) { c.Assessment.Dissent[0].Resolution = "" },
			want: []string{"assessment/dissent/d19/resolution " + KeyDissentUnresolved}},
		{name: "dissent resolved in an unknown way", change: func(c *Conference, _ people) { c.Assessment.Dissent[0].Resolution = "coin" },
			want: []string{"assessment/dissent/d19/resolution " + KeyDissentResolution}},
		{name: "dissent with an action that is gone", change: func(c *Conference, _ people) { c.Assessment.Dissent[0].ActionID = "a99" },
			want: []string{"assessment/dissent/d19/action_id " + KeyDissentActionUnknown}},
		{name: "dissent on one action", change: func(c *Conference, _ people) { c.Assessment.Dissent[0].ActionID = c.Actions[1].ID }},

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
	dropCrisisPlan(c)
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
