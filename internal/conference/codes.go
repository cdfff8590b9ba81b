package conference

// Codes are the stable, language-neutral values kofa stores. Labels in German
// and English come from the catalogue package; stored data never holds a
// label, so a conference recorded in German exports cleanly in English.

// Kind tells a case conference from a case-overarching network meeting
// and from the handover of a case (handover.go).
type Kind string

const (
	KindCase     Kind = "case"
	KindNetwork  Kind = "network"
	KindHandover Kind = "handover"
)

// Status is where a conference is in its life.
type Status string

const (
	StatusPreparing Status = "preparing"
	StatusRunning   Status = "running"
	StatusClosed    Status = "closed"
)

// How the family takes part.
const (
	FamilyPresent      = "present"
	FamilyPartTime     = "part_time"
	FamilyViewsBrought = "views_brought_in"
	FamilyNotInformed  = "not_informed"
)

// Attendance of a participant.
const (
	AttendancePlanned = "planned"
	AttendancePresent = "present"
	AttendanceExcused = "excused"
	AttendanceAbsent  = "absent"
)

// Provenance says how a statement is known. Contributions use observed,
// reported or assessed; risk entries use observed, reported or presumed.
const (
	ProvenanceObserved = "observed"
	ProvenanceReported = "reported"
	ProvenanceAssessed = "assessed"
	ProvenancePresumed = "presumed"
)

// Intensity (Ausprägung) of a single worry. "cannot_assess" is a real
// answer, not a gap.
const (
	IntensitySlight       = "slight"
	IntensityMarked       = "marked"
	IntensitySevere       = "severe"
	IntensityCannotAssess = "cannot_assess"
)

// Quality of care in a risk area as a whole (AreaRating). The names keep
// the older word "severity". "cannot_assess" is a real answer, not a gap.
const (
	SeverityGood         = "good"
	SeveritySufficient   = "sufficient"
	SeverityPoor         = "poor"
	SeverityVeryPoor     = "very_poor"
	SeverityCannotAssess = "cannot_assess"
)

// Overall result categories used in § 8a practice and the official statistics.
const (
	CategoryAcute       = "acute"
	CategoryLatent      = "latent"
	CategoryNeedForHelp = "need_for_help"
	CategoryNoNeed      = "no_need"
)

// Forms of harm; several may apply.
const (
	HarmNeglect       = "neglect"
	HarmPhysical      = "physical"
	HarmPsychological = "psychological"
	HarmSexual        = "sexual"
)

// Meeting roles with a meaning for the program (export header, projector).
// Further roles may come from a user catalogue.
const (
	RoleFacilitator  = "facilitator"
	RoleCaseLead     = "case_lead"
	RoleMinuteTaker  = "minute_taker"
	RoleTimeKeeper   = "time_keeper"
	RoleAdviser      = "specialist_adviser"
	RoleReporter     = "reporting_institution"
	RoleContributor  = "contributor"
	RoleFamilyMember = "family"
)

// Responsibilities of the case as a whole.
const (
	RespCaseLead = "case_lead"
	// RespCaseLeadStandIn is who stands in for the case lead (absence,
	// holidays): the notice for absentees names them.
	RespCaseLeadStandIn  = "case_lead_stand_in"
	RespInformsFamily    = "informs_family"
	RespInformsChild     = "informs_child"
	RespInformsAbsentees = "informs_absentees"
	RespConvenesReview   = "convenes_review"
	RespReceivesMinutes  = "receives_minutes"
)

// Follow-up status of an agreed action (reviewed at the next conference).
const (
	FollowUpOpen     = ""
	FollowUpDone     = "done"
	FollowUpPartly   = "partly"
	FollowUpNotDone  = "not_done"
	FollowUpObsolete = "obsolete"
	// FollowUpHandedOver: the action went to someone else with the case
	// (a handover, handover.go). Recorded by kofa when a handover is
	// closed, never chosen, so it is not in FollowUps.
	FollowUpHandedOver = "handed_over"
)

// Minutes variants a distribution entry may receive.
const (
	MinutesFull          = "full"
	MinutesPseudonymised = "pseudonymised"
	MinutesTasks         = "tasks"
	// The documents beyond the room (issue 14): the letter to the family,
	// the child's page, the feedback to a reporting professional (§ 4
	// Abs. 4 KKG) and the notice for someone absent.
	MinutesFamily   = "family"
	MinutesChild    = "child"
	MinutesFeedback = "feedback"
	MinutesNotice   = "notice"
)

// Code lists for validation and pick lists, in display order.
var (
	// Kinds are the kinds a new conference can be (or be changed to in
	// preparation); a handover only starts from a case (NewHandover).
	Kinds            = []Kind{KindCase, KindNetwork}
	Statuses         = []Status{StatusPreparing, StatusRunning, StatusClosed}
	FamilyModes      = []string{FamilyPresent, FamilyPartTime, FamilyViewsBrought, FamilyNotInformed}
	Attendances      = []string{AttendancePlanned, AttendancePresent, AttendanceExcused, AttendanceAbsent}
	ContribSources   = []string{ProvenanceObserved, ProvenanceReported, ProvenanceAssessed}
	RiskProvenances  = []string{ProvenanceObserved, ProvenanceReported, ProvenancePresumed}
	Severities       = []string{SeverityGood, SeveritySufficient, SeverityPoor, SeverityVeryPoor, SeverityCannotAssess}
	Intensities      = []string{IntensitySlight, IntensityMarked, IntensitySevere, IntensityCannotAssess}
	Categories       = []string{CategoryAcute, CategoryLatent, CategoryNeedForHelp, CategoryNoNeed}
	HarmForms        = []string{HarmNeglect, HarmPhysical, HarmPsychological, HarmSexual}
	Responsibilities = []string{RespCaseLead, RespInformsFamily, RespInformsChild, RespInformsAbsentees, RespConvenesReview, RespReceivesMinutes, RespCaseLeadStandIn}
	FollowUps        = []string{FollowUpOpen, FollowUpDone, FollowUpPartly, FollowUpNotDone, FollowUpObsolete}
	MinutesVariants  = []string{MinutesFull, MinutesPseudonymised, MinutesTasks, MinutesNotice, MinutesFamily, MinutesChild, MinutesFeedback}
)

// KnownStatus reports whether s is a status an action's history may hold:
// one of FollowUps, or handed over.
func KnownStatus(s string) bool { return s == FollowUpHandedOver || contains(FollowUps, s) }

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
