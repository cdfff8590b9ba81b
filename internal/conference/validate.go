package conference

import (
	"slices"
	"strconv"
)

// Problem is one thing missing or wrong, found by Validate. Path names the
// field ("actions/a3/due"); Key is an i18n message key; Args fill the
// message's placeholders. Problems never carry free text of the conference,
// so they are safe to log.
type Problem struct {
	Path string   `json:"path"`
	Key  string   `json:"key"`
	Args []string `json:"args,omitempty"`
}

// Message keys of validation problems (the i18n catalogue has a text for
// each in every language).
const (
	KeyKindUnknown          = "validation.kind_unknown"
	KeyCaseCodeMissing      = "validation.case_code_missing"
	KeyTopicMissing         = "validation.topic_missing"
	KeyKeyQuestionMissing   = "validation.key_question_missing"
	KeyDateMissing          = "validation.date_missing"
	KeyTimeInvalid          = "validation.time_invalid"
	KeyDurationInvalid      = "validation.duration_invalid"
	KeyLegalBasisMissing    = "validation.legal_basis_missing"
	KeyLegalBasisUnknown    = "validation.legal_basis_unknown"
	KeyConsentIncomplete    = "validation.consent_incomplete"
	KeyFamilyModeMissing    = "validation.family_mode_missing"
	KeyFamilyReasonMissing  = "validation.family_reason_missing"
	KeyParticipantName      = "validation.participant.name_missing"
	KeyAttendanceUnknown    = "validation.participant.attendance_unknown"
	KeyLeftBeforeJoined     = "validation.participant.left_before_joined"
	KeyNoFacilitator        = "validation.participant.no_facilitator"
	KeySkipReasonMissing    = "validation.phase.skip_reason_missing"
	KeyTextMissing          = "validation.text_missing"
	KeySpeakerUnknown       = "validation.speaker_unknown"
	KeyProvenanceUnknown    = "validation.provenance_unknown"
	KeyChildViewMissing     = "validation.child_view_missing"
	KeyParentsViewMissing   = "validation.parents_view_missing"
	KeyRiskAreaMissing      = "validation.risk.area_missing"
	KeySeverityUnknown      = "validation.risk.severity_unknown"
	KeyRatingScaleRange     = "validation.rating.scale_range"
	KeyCategoryUnknown      = "validation.category_unknown"
	KeyCategoryMissing      = "validation.category_missing"
	KeyHarmFormUnknown      = "validation.harm_form_unknown"
	KeyDissentIncomplete    = "validation.dissent_incomplete"
	KeySafetyStepsMissing   = "validation.safety.steps_missing"
	KeySafetyInformsFamily  = "validation.safety.informs_family_missing"
	KeyContingencyMissing   = "validation.contingency_missing"
	KeyActionUnknown        = "validation.action.unknown"
	KeyActionWhatMissing    = "validation.action.what_missing"
	KeyActionOwnerMissing   = "validation.action.owner_missing"
	KeyActionOwnerUnknown   = "validation.action.owner_unknown"
	KeyActionDueMissing     = "validation.action.due_missing"
	KeyActionDueBefore      = "validation.action.due_before_conference"
	KeyActionReportMissing  = "validation.action.report_back_missing"
	KeyActionNotConfirmed   = "validation.action.not_confirmed"
	KeyFollowUpUnknown      = "validation.action.follow_up_unknown"
	KeyResponsibilityMissed = "validation.responsibility_missing"
	KeyParkedOwnerMissing   = "validation.parked.owner_missing"
	KeyNextReviewMissing    = "validation.next_review_missing"
	KeyNextReviewBefore     = "validation.next_review_before_conference"
	KeyDistributionMissing  = "validation.distribution_missing"

	KeyParticipantNoBasis    = "filing.legal.participant_missing"
	KeyRecipientNoBasis      = "filing.legal.recipient_missing"
	KeyReleaseFormUnknown    = "filing.legal.form_unknown"
	KeyFewOfficeProfessional = "filing.several.few_office"
	KeyOnePersonAllRoles     = "filing.several.one_person"
	KeyTeamLeadNotInformed   = "filing.several.team_lead"
	KeyCrisisWhatMissing     = "filing.crisis.what_missing"
	KeyCrisisWhoUnknown      = "filing.crisis.who_unknown"
	KeyCrisisActionUnknown   = "filing.crisis.action_unknown"
	KeyWeightyUnanswered     = "filing.weighty_unanswered"
	KeyAddressesUnknown      = "filing.addresses_unknown"
	KeyAreaQualityUnknown    = "filing.risk.area_quality_unknown"
	KeyDissentResolution     = "filing.dissent.resolution_unknown"
	KeyDissentUnresolved     = "filing.dissent.unresolved"
	KeyDissentActionUnknown  = "filing.dissent.action_unknown"
	KeyEndBeforeStart        = "filing.end_before_start"
)

// ValidTime reports whether s is a time of day "HH:MM" (00:00 to 23:59).
func ValidTime(s string) bool {
	if len(s) != 5 || s[2] != ':' {
		return false
	}
	for _, i := range []int{0, 1, 3, 4} {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	hour := s[0] < '2' || s[0] == '2' && s[1] <= '3'
	return hour && s[3] <= '5'
}

// Validate returns every problem of the conference at once, in the order of
// the conference. What is required grows with the conference: the child's
// view is asked for only once the round of perspectives is behind, the
// read-back only at closing.
func Validate(c *Conference) []Problem {
	v := &validator{c: c}
	v.frame()
	v.participants()
	v.reporters()
	v.childrenAndCarers()
	v.phases()
	v.reviews()
	v.content()
	v.agenda()
	v.cooperation()
	v.assessment()
	v.actions()
	v.crisisPlan()
	v.carersAndChildren()
	v.answers()
	v.legalBases()
	v.distribution()
	v.closing()
	v.handover()
	return v.probs
}

type validator struct {
	c     *Conference
	probs []Problem
}

func (v *validator) add(path, key string, args ...string) {
	v.probs = append(v.probs, Problem{Path: path, Key: key, Args: args})
}

// reached reports whether the conference has got to (or past) a phase.
func (v *validator) reached(id PhaseID) bool {
	if v.c.Status == StatusClosed {
		return true
	}
	r := v.c.Phase(id)
	return r != nil && r.State != PhaseNotStarted
}

// passed reports whether a phase is behind the conference.
func (v *validator) passed(id PhaseID) bool {
	if v.c.Status == StatusClosed {
		return true
	}
	r := v.c.Phase(id)
	return r != nil && (r.State == PhaseDone || r.State == PhaseSkipped || r.State == PhaseNotCovered)
}

func (v *validator) frame() {
	c := v.c
	switch c.Kind {
	case KindCase, KindHandover:
		if c.CaseCode == "" {
			v.add("case_code", KeyCaseCodeMissing)
		}
	case KindNetwork:
		if c.Topic == "" {
			v.add("topic", KeyTopicMissing)
		}
	default:
		v.add("kind", KeyKindUnknown)
	}
	if c.KeyQuestion == "" && c.Kind == KindCase {
		v.add("key_question", KeyKeyQuestionMissing)
	}
	if c.Date.IsZero() {
		v.add("date", KeyDateMissing)
	}
	for _, f := range []struct{ path, val string }{
		{"start_time", c.StartTime}, {"agreed_end", c.AgreedEnd}, {"next_review_time", c.NextReviewTime},
	} {
		if f.val != "" && !ValidTime(f.val) {
			v.add(f.path, KeyTimeInvalid)
		}
	}
	if c.PlannedMinutes <= 0 || c.PlannedMinutes > 24*60 {
		v.add("planned_minutes", KeyDurationInvalid)
	}
	if !c.EndedAt.IsZero() && !c.StartedAt.IsZero() && c.EndedAt.Before(c.StartedAt) {
		v.add("ended_at", KeyEndBeforeStart)
	}
	if c.Kind.AboutCase() {
		v.family()
	}
}

func (v *validator) family() {
	f := v.c.Family
	switch {
	case f.Mode == "":
		v.add("family/mode", KeyFamilyModeMissing)
	case !contains(FamilyModes, f.Mode):
		v.add("family/mode", KeyFamilyModeMissing)
	case f.Mode == FamilyNotInformed && f.Reason == "":
		v.add("family/reason", KeyFamilyReasonMissing)
	}
}

func (v *validator) participants() {
	c := v.c
	for _, p := range c.Participants {
		path := "participants/" + p.ID
		if p.Name == "" {
			v.add(path+"/name", KeyParticipantName)
		}
		if !contains(Attendances, p.Attendance) {
			v.add(path+"/attendance", KeyAttendanceUnknown)
		}
		if !p.JoinedAt.IsZero() && !p.LeftAt.IsZero() && p.LeftAt.Before(p.JoinedAt) {
			v.add(path+"/left_at", KeyLeftBeforeJoined)
		}
	}
	if v.reached(PhaseOpening) && len(c.ParticipantsWithRole(RoleFacilitator)) == 0 {
		v.add("participants", KeyNoFacilitator)
	}
}

func (v *validator) phases() {
	for _, r := range v.c.Phases {
		if r.State == PhaseSkipped && r.SkipReason == "" {
			v.add("phases/"+string(r.ID)+"/skip_reason", KeySkipReasonMissing)
		}
	}
}

func (v *validator) content() {
	c := v.c
	for _, x := range c.Contributions {
		path := "contributions/" + x.ID
		if x.Text == "" {
			v.add(path+"/text", KeyTextMissing)
		}
		if x.SpeakerID != "" && c.Participant(x.SpeakerID) == nil {
			v.add(path+"/speaker_id", KeySpeakerUnknown)
		}
		if x.Provenance != "" && !contains(ContribSources, x.Provenance) {
			v.add(path+"/provenance", KeyProvenanceUnknown)
		}
	}
	for _, e := range c.Chronology {
		if e.Event == "" {
			v.add("chronology/"+e.ID+"/event", KeyTextMissing)
		}
	}
	if c.Kind == KindCase && v.passed(PhasePerspectives) {
		if c.ChildView.Empty() && c.ChildView.MissingReason == "" {
			v.add("child_view", KeyChildViewMissing)
		}
		// With the carers recorded, each gives a view of their own
		// (carers.go) instead of one "parents' view".
		if c.ParentsView.Empty() && c.ParentsView.MissingReason == "" && len(c.Carers) == 0 {
			v.add("parents_view", KeyParentsViewMissing)
		}
	}
	for _, r := range c.Risks {
		path := "risks/" + r.ID
		if r.Area == "" {
			v.add(path+"/area", KeyRiskAreaMissing)
		}
		if r.Indicator == "" && r.Text == "" {
			v.add(path+"/text", KeyTextMissing)
		}
		if r.Intensity != "" && !contains(Intensities, r.Intensity) {
			v.add(path+"/intensity", KeySeverityUnknown)
		}
		if r.Provenance != "" && !contains(RiskProvenances, r.Provenance) {
			v.add(path+"/provenance", KeyProvenanceUnknown)
		}
	}
	for _, a := range c.AreaRatings {
		if !contains(Severities, a.Quality) {
			v.add("area_ratings/"+a.Area, KeyAreaQualityUnknown)
		}
	}
	for _, list := range []struct {
		name string
		xs   []Strength
	}{{"protective_factors", c.ProtectiveFactors}, {"existing_safety", c.ExistingSafety}} {
		for _, s := range list.xs {
			if s.Factor == "" && s.Text == "" {
				v.add(list.name+"/"+s.ID+"/text", KeyTextMissing)
			}
		}
	}
}

func (v *validator) assessment() {
	c := v.c
	for _, r := range c.Ratings {
		path := "ratings/" + r.ParticipantID
		if r.Scale != nil && (*r.Scale < 0 || *r.Scale > SafetyScaleMax) {
			v.add(path+"/scale", KeyRatingScaleRange, strconv.Itoa(*r.Scale))
		}
		if r.Category != "" && !contains(Categories, r.Category) {
			v.add(path+"/category", KeyCategoryUnknown)
		}
	}
	a := c.Assessment
	if a.Category != "" && !contains(Categories, a.Category) {
		v.add("assessment/category", KeyCategoryUnknown)
	}
	if a.Category == "" && c.Kind == KindCase && v.passed(PhaseAssessment) {
		v.add("assessment/category", KeyCategoryMissing)
	}
	for _, h := range a.HarmForms {
		if !contains(HarmForms, h) {
			v.add("assessment/harm_forms", KeyHarmFormUnknown)
		}
	}
	for _, d := range a.Dissent {
		path := "assessment/dissent/" + d.ID
		if d.ParticipantID == "" || d.Reason == "" {
			v.add(path, KeyDissentIncomplete)
		}
		if d.Resolution != "" && !contains(DissentResolutions, d.Resolution) {
			v.add(path+"/resolution", KeyDissentResolution)
		}
		if d.ActionID != "" && c.Action(d.ActionID) == nil {
			v.add(path+"/action_id", KeyDissentActionUnknown)
		}
	}
	if c.Kind == KindCase && v.reached(PhaseAssessment) {
		v.severalProfessionals()
	}
	if a.Category == CategoryAcute {
		if len(c.ImmediateSafety.Steps) == 0 {
			v.add("immediate_safety/steps", KeySafetyStepsMissing)
		}
		if c.ImmediateSafety.InformsFamily == "" {
			v.add("immediate_safety/informs_family", KeySafetyInformsFamily)
		}
	}
	if c.NeedsContingency() && !c.HasCrisisPlan() {
		v.add("crisis_plan", KeyContingencyMissing)
	}
}

func (v *validator) actions() {
	c := v.c
	for _, s := range c.StatusLog {
		if !KnownStatus(s.Status) {
			v.add("actions/"+s.ActionID+"/history", KeyFollowUpUnknown)
		}
	}
	for _, a := range c.Actions {
		path := "actions/" + a.ID
		v.probs = append(v.probs, bindingProblems(c, a, path)...)

	}
}

// answers checks that every link between a worry and its answer names
// things that exist.
func (v *validator) answers() {
	c := v.c
	for i, a := range c.Answers {
		known := slices.ContainsFunc(c.Risks, func(r RiskEntry) bool { return r.ID == a.RiskID }) &&
			(a.ActionID == "" || c.Action(a.ActionID) != nil) && (a.CrisisID == "" || c.CrisisEntry(a.CrisisID) != nil) &&
			(a.ActionID == "") != (a.CrisisID == "")
		if !known {
			v.add("answers/"+strconv.Itoa(i+1), KeyAddressesUnknown)
		}
	}
}

func (v *validator) crisisPlan() {
	c := v.c
	for _, e := range c.CrisisPlan {
		path := "crisis_plan/" + e.ID
		if e.What == "" {
			v.add(path+"/what", KeyCrisisWhatMissing)
		}
		if e.WhoID != "" && c.Participant(e.WhoID) == nil {
			v.add(path+"/who_id", KeyCrisisWhoUnknown)
		}
		if e.ActionID != "" && c.Action(e.ActionID) == nil && c.Takeover(e.ActionID) == nil {
			v.add(path+"/action_id", KeyCrisisActionUnknown)
		}
	}
}

// bindingProblems lists what keeps an action from being binding.
func bindingProblems(c *Conference, a Action, path string) []Problem {
	var out []Problem
	if a.What == "" {
		out = append(out, Problem{Path: path + "/what", Key: KeyActionWhatMissing})
	}
	switch {
	case a.OwnerID == "":
		out = append(out, Problem{Path: path + "/owner_id", Key: KeyActionOwnerMissing})
	case !c.knownOwner(a.OwnerID):
		// A carer or a child (a young person) owns actions too: the
		// family's own agreements.
		out = append(out, Problem{Path: path + "/owner_id", Key: KeyActionOwnerUnknown})
	}
	switch {
	case a.Due.IsZero():
		out = append(out, Problem{Path: path + "/due", Key: KeyActionDueMissing})
	case !c.Date.IsZero() && a.Due.Before(c.Date):
		out = append(out, Problem{Path: path + "/due", Key: KeyActionDueBefore})
	}
	// A network meeting's actions bind institutions, not a case: how the
	// result is reported back is theirs to say.
	if a.ReportBack == "" && c.Kind != KindNetwork {
		out = append(out, Problem{Path: path + "/report_back", Key: KeyActionReportMissing})
	}
	return out
}

func (v *validator) closing() {
	c := v.c
	if !v.reached(PhaseClosing) {
		return
	}
	for _, a := range c.Actions {
		if !a.Agreement().Given() {
			v.add("actions/"+a.ID+"/agreed", KeyActionNotConfirmed)
		}
	}
	for _, t := range c.Parked {
		if t.OwnerID == "" {
			v.add("parked/"+t.ID+"/owner_id", KeyParkedOwnerMissing)
		}
	}
	if c.Kind == KindCase {
		if _, ok := c.Responsible(RespCaseLead); !ok {
			v.add("responsibilities/"+RespCaseLead, KeyResponsibilityMissed)
		}
	}
	for _, r := range c.UnconfirmedResponsibilities() {
		v.add("responsibilities/"+r.Code+"/confirmed", KeyResponsibilityUnconfirmed, r.Code)
	}
	if c.Kind == KindHandover {
		// The case leaves: no review here; the receiver's confirmation
		// is asked for by the handover's own checks.
		if len(c.Distribution) == 0 {
			v.add("distribution", KeyDistributionMissing)
		}
		return
	}
	missing, before := KeyNextReviewMissing, KeyNextReviewBefore
	if c.Kind == KindNetwork {
		missing, before = KeyNextMeetingMissing, KeyNextMeetingBefore
	}
	switch {
	case c.NextReview.IsZero():
		v.add("next_review", missing)
	case !c.Date.IsZero() && c.NextReview.Before(c.Date):
		v.add("next_review", before)
	}
	if len(c.Distribution) == 0 {
		v.add("distribution", KeyDistributionMissing)
	}
	if c.Kind != KindCase {
		return
	}
	for _, r := range c.UnansweredWeighty() {
		v.add("risks/"+r.ID+"/answers", KeyWeightyUnanswered)
	}
	for _, d := range c.Assessment.Dissent {
		if d.Resolution == "" {
			v.add("assessment/dissent/"+d.ID+"/resolution", KeyDissentUnresolved)
		}
	}
	if c.NeedsContingency() && c.TeamLeadInformed.IsZero() {
		v.add("team_lead_informed", KeyTeamLeadNotInformed)
	}
}
