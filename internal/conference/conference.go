// Package conference is kofa's domain model: an interdisciplinary
// child-protection case conference (or a case-overarching network meeting)
// from preparation to closing, its validation and its phase rules.
//
// It knows nothing of terminals or storage. Every value it holds is plain
// data that round-trips through encoding/json, so the store and the archive
// format can persist it without adapters.
package conference

import (
	"strconv"
	"time"
)

// ID identifies a conference. It is opaque and random: it never carries
// personal data, so it may appear in file names, logs and store keys.
type ID string

// Conference is one case conference or network meeting.
type Conference struct {
	ID   ID   `json:"id"`
	Kind Kind `json:"kind"`

	// CaseCode is the pseudonym of the case (case conferences); conferences
	// with the same code form one case. Topic names a network meeting.
	CaseCode    string `json:"case_code,omitempty"`
	Topic       string `json:"topic,omitempty"`
	Occasion    string `json:"occasion,omitempty"`
	KeyQuestion string `json:"key_question,omitempty"`

	Date Date `json:"date"`
	// StartTime is the planned start as "HH:MM" (empty: not set).
	StartTime      string `json:"start_time,omitempty"`
	PlannedMinutes int    `json:"planned_minutes"`
	// AgreedEnd is the end time agreed in the opening as "HH:MM"; when
	// empty the planned end is StartTime + PlannedMinutes.
	AgreedEnd string `json:"agreed_end,omitempty"`
	Place     string `json:"place,omitempty"`

	Status    Status    `json:"status"`
	StartedAt time.Time `json:"started_at,omitzero"`
	ClosedAt  time.Time `json:"closed_at,omitzero"`
	// EndedAt is the actual end when it was corrected (a conference typed
	// up afterwards); zero means the end is when it was closed.
	EndedAt time.Time `json:"ended_at,omitzero"`
	// OpenGaps lists the validation problems the facilitator accepted when
	// closing, so the minutes can mark them as gaps.
	OpenGaps []Problem `json:"open_gaps,omitempty"`

	// LegacyLegalBasis is the one legal basis for the whole meeting that
	// kofa recorded before the basis was recorded per person; Upgrade
	// moves it to each participant. Never written again.
	LegacyLegalBasis *legacyLegalBasis   `json:"legal_basis,omitempty"`
	Family           FamilyParticipation `json:"family"`
	// ConfidentialityAt records when confidentiality was agreed in the room.
	ConfidentialityAt time.Time `json:"confidentiality_at,omitzero"`

	Participants []Participant `json:"participants,omitempty"`
	// Children and Carers are the family the case is about (family.go).
	Children []Child `json:"children,omitempty"`
	Carers   []Carer `json:"carers,omitempty"`

	Phases       []PhaseRecord `json:"phases"`
	CurrentPhase PhaseID       `json:"current_phase"`
	// Elapsed is the conference time counted so far (time while kofa was
	// closed does not count).
	Elapsed  time.Duration `json:"elapsed"`
	Speaking SpeakingOrder `json:"speaking"`

	Facts         string            `json:"facts,omitempty"`
	Chronology    []ChronologyEntry `json:"chronology,omitempty"`
	HelpInPlace   string            `json:"help_in_place,omitempty"`
	Contributions []Contribution    `json:"contributions,omitempty"`
	ChildView     View              `json:"child_view"`
	ParentsView   View              `json:"parents_view"`

	Risks []RiskEntry `json:"risks,omitempty"`
	// AreaRatings rate whole risk areas for the quality of care, apart
	// from the intensity of single worries.
	AreaRatings       []AreaRating `json:"area_ratings,omitempty"`
	ProtectiveFactors []Strength   `json:"protective_factors,omitempty"`
	ExistingSafety    []Strength   `json:"existing_safety,omitempty"`

	Ratings         []Rating   `json:"ratings,omitempty"`
	RatingsRevealed bool       `json:"ratings_revealed,omitempty"`
	Assessment      Assessment `json:"assessment"`
	// ChildResults are the results of the risk assessment for each child
	// of a case with siblings: each child is assessed on their own.
	ChildResults    []ChildResult   `json:"child_results,omitempty"`
	ImmediateSafety ImmediateSafety `json:"immediate_safety"`

	// Agenda is a network meeting's agenda (network.go).
	Agenda []AgendaItem `json:"agenda,omitempty"`
	// Cooperation are the cooperation agreements a network meeting made
	// or reviewed, as it left them (cooperation.go).
	Cooperation []CooperationAgreement `json:"cooperation,omitempty"`

	Actions []Action `json:"actions,omitempty"`
	// StatusLog is the status history of the actions, oldest first
	// (status.go).
	StatusLog []ActionStatus `json:"status_log,omitempty"`
	// CrisisPlan is the crisis and protection plan: what happens if ...,
	// who does what by when; required when the result is a latent or
	// acute risk. An entry may belong to one action (its contingency).
	CrisisPlan []CrisisEntry `json:"crisis_plan,omitempty"`
	// Answers link worries to the actions and crisis-plan entries that
	// answer them: every weighty indication needs an answer.
	Answers []Answer `json:"answers,omitempty"`
	// LegacyContingencyPlan is the single text kofa kept before the plan
	// had entries; Upgrade turns it into the first entry.
	LegacyContingencyPlan string           `json:"contingency_plan,omitempty"`
	Responsibilities      []Responsibility `json:"responsibilities,omitempty"`
	Parked                []ParkedTopic    `json:"parked,omitempty"`
	NextReview            Date             `json:"next_review"`
	// NextReviewTime is "HH:MM" or empty.
	NextReviewTime string `json:"next_review_time,omitempty"`
	// ReviewHeld is the day the follow-up conference that reviews this
	// one was held (started): the review date is fulfilled then.
	ReviewHeld   Date           `json:"review_held,omitzero"`
	Distribution []Distribution `json:"distribution,omitempty"`
	// TeamLeadInformed is the day the team lead was informed of the risk
	// assessment (§ 8a Abs. 1: several professionals assess the risk).
	TeamLeadInformed Date `json:"team_lead_informed,omitzero"`
	// Release records who released the minutes and until when objections
	// are taken; until then the minutes are a draft.
	Release Release `json:"release,omitzero"`
	// Minutes are the facilitator's choices for this conference's minutes.
	Minutes MinutesChoices `json:"minutes,omitzero"`
	// CooperationCheck is the closing's short look at where cooperation
	// held (seams.go).
	CooperationCheck CooperationCheck `json:"cooperation_check,omitzero"`
	// Handover is what a handover records (KindHandover, handover.go);
	// nil for every other kind.
	Handover *Handover `json:"handover,omitempty"`

	// FollowUpOf links a review conference to the one before it;
	// Predecessor names that one readably, for when it is deleted, and
	// Previous holds what it knew (see NewFollowUp).
	FollowUpOf  ID          `json:"follow_up_of,omitempty"`
	Predecessor Predecessor `json:"predecessor,omitzero"`
	Previous    *Previous   `json:"previous,omitempty"`
	// Reviews are the previous conference's open actions, reviewed in the
	// review phase of a follow-up conference (see NewFollowUp).
	Reviews []ActionReview `json:"reviews,omitempty"`

	// Drafts are the forms' unsent texts by form ("contributions/new"):
	// stored so that nothing typed is lost, never part of the minutes
	// (see Draft).
	Drafts map[string]Draft `json:"drafts,omitempty"`

	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
	// Seq numbers the entities inside this conference (participants,
	// actions, ...). Counting instead of random IDs keeps exports and
	// golden files deterministic.
	Seq int `json:"seq"`

	// lastTick is the clock reading Tick booked up to; never stored.
	lastTick time.Time
}

// MinutesChoices are what the facilitator chose for the minutes of one
// conference. The defaults are the cautious ones.
type MinutesChoices struct {
	// RatingsByName shows each participant's own rating by name in the
	// full minutes; by default they show the spread and dissent by name
	// (the file can be inspected by the family and the court).
	RatingsByName bool `json:"ratings_by_name,omitempty"`
	// CaseCodeInPseudonymised keeps the case code in the pseudonymised
	// minutes; by default they say "Fall A".
	CaseCodeInPseudonymised bool `json:"case_code_in_pseudonymised,omitempty"`
}

// FamilyParticipation records how the family takes part.
type FamilyParticipation struct {
	Mode string `json:"mode,omitempty"`
	// Reason is required when the family is not informed.
	Reason string `json:"reason,omitempty"`
}

// New returns an empty conference of the given kind, in preparation, with
// the default phases and time boxes.
func New(id ID, kind Kind, now time.Time) *Conference {
	return &Conference{
		ID:             id,
		Kind:           kind,
		Date:           DateOf(now),
		PlannedMinutes: DefaultPlannedMinutes,
		Status:         StatusPreparing,
		Phases:         DefaultPhases(kind),
		CurrentPhase:   PhasePreparation,
		CreatedAt:      now,
		UpdatedAt:      now,
	}
}

// DefaultPlannedMinutes is the default length of a conference.
const DefaultPlannedMinutes = 90

// Title is the case code for a case conference and the topic for a network
// meeting, whichever is set.
func (c *Conference) Title() string {
	if c.Kind == KindNetwork && c.Topic != "" {
		return c.Topic
	}
	if c.CaseCode != "" {
		return c.CaseCode
	}
	return c.Topic
}

// NextID returns a new entity ID with the given prefix ("p" participant,
// "a" action, ...), unique within the conference.
func (c *Conference) NextID(prefix string) string {
	c.Seq++
	return prefix + strconv.Itoa(c.Seq)
}

// Touch records a change at now.
func (c *Conference) Touch(now time.Time) { c.UpdatedAt = now }
