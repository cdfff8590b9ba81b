package conference

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// fullFixture is the closed fixture with every field of the data model
// set somewhere, so that a field the JSON round trip loses cannot hide
// behind a zero value.
func fullFixture(t *testing.T) *Conference {
	t.Helper()
	c, ps := closedFixture(t)
	c.Topic = "Kinderschutz"
	c.FollowUpOf = "h3k8m2pq"
	c.Predecessor = Predecessor{Date: DateOf(t0).AddDays(-28), Title: "K-2026-117"}
	c.ReviewHeld = DateOf(t0).AddDays(42)
	c.Reviews = []ActionReview{{
		ActionID: "a4", What: "Hausbesuch", OwnerID: ps.lead, OwnerName: "Frau Adler", Institution: "ASD",
		Due: DateOf(t0), ReportBack: "Anruf", IfNotDone: "Kita meldet sich", Status: FollowUpNotDone,
		Note: "krank", CarriedTo: "a9", Item: "g2",
	}}
	c.Agenda = []AgendaItem{{
		ID: "g2", Title: "Fachtag", LeadID: ps.lead, Discussion: "Termin offen", Decisions: "im Mai",
		Status: ItemParked, CarriedFrom: "h3k8m2pq/g2", CarriedDate: DateOf(t0).AddDays(-28),
	}}
	for _, id := range []string{c.Risks[0].ID, c.ProtectiveFactors[0].ID, c.ExistingSafety[0].ID, c.Actions[0].ID,
		c.Assessment.Dissent[0].ID, c.Parked[0].ID, ps.plan} {
		c.SetIdentifying(id, true)
	}
	c.Cooperation = []CooperationAgreement{{
		ID: "k2v8m4qa", Subject: "Meldewege Kita – ASD",
		Partners: []AgreementPartner{{Institution: "Jugendamt Nord", Contact: "Petra Albers"}, {Institution: "Kita Sonnenblume", Contact: "Aylin Demir"}},
		SignedOn: DateOf(t0).AddDays(-365), ReviewBy: DateOf(t0).AddDays(365), Status: AgreementInForce, Note: "§ 8a Abs. 4",
		Reviews: []AgreementReview{{On: DateOf(t0), In: c.ID, Meeting: "Runder Tisch", Outcome: ReviewConfirmed,
			ReviewBy: DateOf(t0).AddDays(365), Note: "unverändert"}},
		CreatedIn: "h3k8m2pq", CreatedAt: t0.AddDate(-1, 0, 0), UpdatedAt: t0,
	}}
	for _, id := range []string{c.Risks[0].ID, c.ProtectiveFactors[0].ID, c.ExistingSafety[0].ID, c.Actions[0].ID,
		c.Contributions[0].ID, ChildViewID, ParentsViewID} {
		c.SetConfidential(id, true)
	}
	c.Actions[0].Plain = "Frau Albers besucht Sie zu Hause"
	c.Distribution = append(c.Distribution, Distribution{ID: "v40", PersonID: "e41", Variant: MinutesFamily,
		For: "e41", How: GivenPost, Given: DateOf(t0).AddDays(2)})
	c.Participants[1].Report = Report{Profession: ProfessionTeacher, Involved: InvolvedNo, NotInvolvedReason: "krank",
		FeedbackDue: DateOf(t0).AddDays(10), FeedbackGiven: DateOf(t0).AddDays(9), NoFeedbackReason: "-"}
	c.Previous = &Previous{
		Chronology: c.Chronology, Risks: c.Risks, ProtectiveFactors: c.ProtectiveFactors, ExistingSafety: c.ExistingSafety,
		Category: CategoryLatent, HarmForms: []string{HarmNeglect}, Result: "wie zuvor", Taken: []string{"risks/r1"},
		StatusLog: []ActionStatus{{ActionID: "a4", StatusEntry: StatusEntry{Status: FollowUpPartly, On: DateOf(t0).AddDays(-3),
			At: t0.AddDate(0, 0, -3), By: "pa", Note: "halb", In: "x9x9x9x9", InDate: DateOf(t0).AddDays(-3), CarriedTo: 1}}},
	}
	c.OpenGaps = []Problem{{Path: "ratings/p1/scale", Key: KeyRatingScaleRange, Args: []string{"11"}}}
	c.Family.Reason = "Mutter kommt nur zur ersten Hälfte"
	c.ChildView.MissingReason = "-"
	c.ParentsView.MissingReason = "-"
	c.Chronology[0].DateText = "Anfang Oktober"
	c.Chronology[0].Identifying = true
	c.Contributions[0].Identifying = true
	c.ChildView.Identifying = true
	c.ParentsView.Identifying = true
	c.Participants[1].Discipline = "Erzieherin"
	c.SetDraft("contributions/new", Draft{Texts: []string{"Die Kita berichtet", "observed"}, Focus: 0, Cursor: 7, Open: true})
	c.Extend(PhasePerspectives, 5*time.Minute)
	c.Skip(PhaseSafety, "nicht akut", at(82))
	c.ImmediateSafety = ImmediateSafety{InformsFamily: ps.lead, Note: "vorsorglich"}
	c.AddSafetyStep(SafetyStep{What: "Oma ist erreichbar", Who: ps.lead, Until: "16:00", Identifying: true})
	c.Speaking.Current = 2
	c.AddStatus(c.Actions[0].ID, StatusEntry{Status: FollowUpPartly, Note: "Termin verschoben", On: DateOf(t0).AddDays(14), At: t0.AddDate(0, 0, 14), By: "Petra Albers"})
	c.AddStatus(c.Actions[0].ID, StatusEntry{Status: FollowUpNotDone, On: DateOf(t0).AddDays(28), At: t0.AddDate(0, 0, 28), In: "f3wup7ka", InDate: DateOf(t0).AddDays(28), CarriedTo: 2})
	c.Actions[0].CarriedFrom = "h3k8m2pq/a4"
	c.Actions[0].Item = "g2"
	c.Responsibilities[0].Note = "bis Jahresende"
	c.Responsibilities[0].Copied = true
	c.Risks[0].Acute = true
	c.Risks[0].Text = "zusätzlich"
	c.ProtectiveFactors[0].Text = "zusätzlich"
	c.ExistingSafety[0].Factor = "existing_safety"
	c.ExistingSafety[0].Provenance, c.ExistingSafety[0].Source = ProvenanceReported, "Mutter"
	c.AddChild(Child{FirstName: "Mia", Initials: "M. S.", BirthYear: 2020, SeenOn: DateOf(t0).AddDays(-3), SeenBy: ps.lead})
	carer := c.AddCarer(Carer{Name: "Jana Schulz", Relationship: RelationshipMother, Custody: CustodyJoint,
		View:   View{HowObtained: "Telefonat", Said: "ich schaffe das", MissingReason: "-", Identifying: true},
		Stance: StanceNotInformed}).ID
	c.SetConfidential(CarerViewID(carer), true)
	c.Actions[1].Informs = carer
	c.SetChildResult(ChildResult{ChildID: c.Children[0].ID, Category: CategoryLatent, HarmForms: []string{HarmNeglect},
		Ratings: []Rating{{ParticipantID: ps.lead, Category: CategoryLatent, Scale: new(int), At: at(52)}}, Note: "für Mia"})
	c.SetAreaRating("care", SeverityPoor)
	c.Assessment.Dissent[0].ActionID, c.Assessment.Dissent[0].Note = c.Actions[1].ID, "Leitung entscheidet"
	plan := c.CrisisEntry(ps.plan)
	plan.ActionID, plan.FamilyCourt, plan.Who = c.Actions[0].ID, true, "Bereitschaftsdienst"
	c.Participants[1].LegalBases[0].Released = "Kita Sonnenblume"
	c.Distribution[2].LegalBases = append(c.Distribution[2].LegalBases, LegalBasis{Basis: LegalConsent,
		ReleasedBy: "Mutter", Released: "Polizei", Scope: "Ergebnis", Form: ReleaseOral, Date: DateOf(t0), Note: "telefonisch"})
	c.EndedAt = at(81)
	c.SetSeam(SeamFeedback, SeamPartly, "erst nach Nachfrage", at(80))
	c.CooperationCheck.Skipped = true
	c.Handover = &Handover{
		From: "h3k8m2pq", FromDate: DateOf(t0).AddDays(-28), Route: RouteOffice, To: "Jugendamt Musterstadt", ToType: "asd",
		Receiver: "Herr Brandt", Mode: HandoverInPerson, What: "Fallverantwortung und Akte", FamilyTold: "wer jetzt zuständig ist",
		Takeovers: []Takeover{{ID: "h20", From: "h3k8m2pq", FromDate: DateOf(t0).AddDays(-28), ActionID: "a4", What: "Hausbesuch",
			Due: DateOf(t0).AddDays(7), Status: FollowUpPartly, PreviousOwner: "Frau Adler", PreviousInstitution: "ASD",
			Owner: "Herr Brandt", Institution: "Jugendamt Musterstadt", Note: "bis zur Übergabe"}},
		Contacts: []Contact{{ID: "h21", Name: "Herr Brandt", Function: "Fallverantwortung", Institution: "Jugendamt Musterstadt", Reach: "0123 456"}},
		Receipt:  Receipt{By: "Herr Brandt", On: DateOf(t0).AddDays(2), At: t0.AddDate(0, 0, 2)},
	}
	c.Minutes = MinutesChoices{RatingsByName: true, CaseCodeInPseudonymised: true}
	if err := c.ReleaseMinutes("Petra Albers", "Teamleitung ASD", DateOf(t0).AddDays(14), at(90)); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestJSONRoundTripIsLossless(t *testing.T) {
	c := fullFixture(t)
	if zero := zeroFields(reflect.ValueOf(*c)); len(zero) > 0 {
		t.Fatalf("the fixture leaves fields unset, so the round trip would not test them: %v", zero)
	}
	first, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var back Conference
	if err := json.Unmarshal(first, &back); err != nil {
		t.Fatal(err)
	}
	second, err := json.Marshal(&back)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second) {
		t.Errorf("marshal → unmarshal → marshal differs:\n%s\n%s", first, second)
	}
	if zero := zeroFields(reflect.ValueOf(back)); len(zero) > 0 {
		t.Errorf("fields lost in the round trip: %v", zero)
	}
}

func TestJSONOfAnEmptyConferenceRoundTrips(t *testing.T) {
	first, err := json.Marshal(New("k7m2qxa9", KindNetwork, t0))
	if err != nil {
		t.Fatal(err)
	}
	var back Conference
	if err := json.Unmarshal(first, &back); err != nil {
		t.Fatal(err)
	}
	second, _ := json.Marshal(&back)
	if !bytes.Equal(first, second) {
		t.Errorf("round trip differs:\n%s\n%s", first, second)
	}
}

func TestCloneIsDeepAndKeepsTheClock(t *testing.T) {
	c := newCase()
	c.AddParticipant(Participant{Name: "A", Roles: []string{RoleFacilitator}, Attendance: AttendancePresent})
	c.Start(at(0))
	c.Tick(at(5))

	cl := c.Clone()
	cl.Participants[0].Roles[0] = RoleCaseLead
	cl.Participants[0].Name = "B"
	if c.Participants[0].Name != "A" || c.Participants[0].Roles[0] != RoleFacilitator {
		t.Error("changing the clone changed the original")
	}
	cl.Tick(at(7))
	if cl.Elapsed != 7*time.Minute {
		t.Errorf("clone elapsed %v, want 7m (the clock reading is kept)", cl.Elapsed)
	}
	if c.Elapsed != 5*time.Minute {
		t.Errorf("original elapsed %v, want 5m", c.Elapsed)
	}
}

// zeroFields lists the exported fields (as dotted paths, "[]" for slice
// elements) that are zero everywhere in v.
func zeroFields(v reflect.Value) []string {
	set := map[string]bool{}
	walkSet(v, "", set)
	var out []string
	for path, isSet := range set {
		if !isSet {
			out = append(out, path)
		}
	}
	slices.Sort(out)
	return out
}

var leafTypes = []reflect.Type{reflect.TypeFor[time.Time](), reflect.TypeFor[Date]()}

func walkSet(v reflect.Value, path string, set map[string]bool) {
	if path != "" {
		set[path] = set[path] || !v.IsZero()
	}
	switch v.Kind() {
	case reflect.Struct:
		if slices.Contains(leafTypes, v.Type()) {
			return
		}
		for i := range v.NumField() {
			// Legacy fields are only ever read: Upgrade empties them.
			if f := v.Type().Field(i); f.IsExported() && !strings.HasPrefix(f.Name, "Legacy") {
				walkSet(v.Field(i), path+"."+f.Name, set)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			walkSet(v.Index(i), path+"[]", set)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			walkSet(v.Elem(), path, set)
		}
	}
}
