package conference

import "time"

// Action is an agreed action. It is binding only when it says what, who
// (person and institution), by when, and how the result is reported back.
type Action struct {
	ID      string `json:"id"`
	What    string `json:"what"`
	OwnerID string `json:"owner_id,omitempty"`
	// Institution defaults to the owner's institution.
	Institution string `json:"institution,omitempty"`
	Due         Date   `json:"due"`
	ReportBack  string `json:"report_back,omitempty"`
	IfNotDone   string `json:"if_not_done,omitempty"`
	// Plain says the action in words the family and a child understand
	// ("Frau Krüger kommt montags früh und hilft beim Start in den Tag"):
	// the family letter and the child's page show it instead of What.
	Plain string `json:"plain,omitempty"`
	// Agreed is the owner's yes, AgreedAt when it was given (see
	// agreement.go: read both through Action.Agreement). The JSON name
	// confirmed_at is kept from when the read-back stamped a second yes,
	// so stored conferences and archives read as before.
	Agreed   bool      `json:"agreed,omitempty"`
	AgreedAt time.Time `json:"confirmed_at,omitzero"`

	// What became of the action (the follow-up list, the review of the
	// next conference) is its history in Conference.StatusLog, see
	// status.go. Before that history an action held one status; the
	// Legacy fields are read from such old data only, and UpgradeStatus
	// moves them into the log when it is decoded.
	LegacyStatus string `json:"follow_up,omitempty"`
	LegacyNote   string `json:"follow_up_note,omitempty"`
	LegacyDate   Date   `json:"follow_up_date,omitzero"`

	// CarriedFrom links an action carried forward from an earlier
	// conference ("<conference id>/<action id>").
	CarriedFrom string `json:"carried_from,omitempty"`
	// Informs names the carer (a Carer ID) the action informs of the
	// result: who tells them, and by when, is a responsibility that
	// belongs on the follow-up list like any action.
	Informs string `json:"informs,omitempty"`
	// Item is the agenda item of a network meeting the action was agreed
	// under (its ID), "" for none.
	Item string `json:"item,omitempty"`
	// Identifying: see Contribution.Identifying (the minutes keep who and
	// by when, and leave out what).
	Identifying bool `json:"identifying,omitempty"`
	// Confidential: see Contribution.Confidential.
	Confidential bool `json:"confidential,omitempty"`
}

// Responsibility assigns a responsibility of the case as a whole.
type Responsibility struct {
	Code          string `json:"code"`
	ParticipantID string `json:"participant_id,omitempty"`
	Note          string `json:"note,omitempty"`
	// Copied marks a responsibility copied from the previous conference
	// that the review has not confirmed yet (NewFollowUp).
	Copied bool `json:"copied,omitempty"`
}

// ParkedTopic is a topic set aside so the phase can go on.
type ParkedTopic struct {
	ID      string    `json:"id"`
	Text    string    `json:"text"`
	OwnerID string    `json:"owner_id,omitempty"`
	Phase   PhaseID   `json:"phase"`
	At      time.Time `json:"at"`
	// Identifying: see Contribution.Identifying.
	Identifying bool `json:"identifying,omitempty"`
}

// Distribution says who receives which minutes.
type Distribution struct {
	// ID identifies the entry (distribution.go); entries recorded before
	// kofa tracked who got what have none.
	ID string `json:"id,omitempty"`
	// Recipient is a participant ID or, for someone not at the table, a
	// free-text name of an institution or role. PersonID names a carer
	// or child of the case who receives a document of the family.
	ParticipantID string `json:"participant_id,omitempty"`
	PersonID      string `json:"person_id,omitempty"`
	Recipient     string `json:"recipient,omitempty"`
	// Variant is the document: one of MinutesVariants. For is whom it is
	// for when that is not plain from the recipient (see DocumentFor).
	Variant string `json:"variant"`
	For     string `json:"for,omitempty"`
	// How is one of GivenWays; Given the day it was given (zero: not
	// yet).
	How   string `json:"how,omitempty"`
	Given Date   `json:"given,omitzero"`
	// LegalBases are the grounds for sending the minutes to the
	// recipient; a participant's own bases count too (RecipientBases).
	LegalBases []LegalBasis `json:"legal_bases,omitempty"`
}

// AddAction appends a draft action. Its institution defaults to the
// owner's.
func (c *Conference) AddAction(a Action) *Action {
	a.ID = c.NextID("a")
	if a.Institution == "" {
		a.Institution = c.OwnerInstitution(a.OwnerID)
	}
	c.Actions = append(c.Actions, a)
	return &c.Actions[len(c.Actions)-1]
}

// Action returns the action with the ID, or nil.
func (c *Conference) Action(id string) *Action {
	for i := range c.Actions {
		if c.Actions[i].ID == id {
			return &c.Actions[i]
		}
	}
	return nil
}

// Park sets a topic aside from the current phase.
func (c *Conference) Park(text, ownerID string, now time.Time) *ParkedTopic {
	t := ParkedTopic{ID: c.NextID("t"), Text: text, OwnerID: ownerID, Phase: c.CurrentPhase, At: now}
	c.Parked = append(c.Parked, t)
	return &c.Parked[len(c.Parked)-1]
}
