package tui

import (
	"kofa/internal/conference"
	"kofa/internal/store"
)

// Repository is what the TUI needs of the store; *store.Store satisfies it,
// tests use an in-memory fake (internal/tui/tuitest).
type Repository interface {
	List() ([]conference.Summary, error)
	// Newest is the first n of List, read without reading all (home's
	// first page).
	Newest(n int) ([]conference.Summary, error)
	Get(id conference.ID) (*conference.Conference, error)
	Save(c *conference.Conference, changes ...conference.Change) error
	// SaveEncoded saves a conference the open workspace encoded on the
	// event loop (store.Encoder), off the loop.
	SaveEncoded(e *store.Encoded, changes ...conference.Change) error
	Delete(id conference.ID) error
	// Search finds conferences by case code, topic, participant or any
	// text (home, /).
	Search(query string) ([]store.SearchHit, error)
	// OpenActions and RecordActionStatus serve the action tracker.
	OpenActions(q store.ActionQuery) ([]store.TrackedAction, error)
	RecordActionStatus(id conference.ID, actionID string, e conference.StatusEntry, force bool) error
	// OpenDuties are the duties the tracker names besides the actions.
	OpenDuties(q store.ActionQuery) ([]store.TrackedDuty, error)
	// Directory is the partner directory, for suggestions in the opening
	// and the directory screen, which corrects, adds and deletes entries.
	Directory() ([]store.DirectoryEntry, error)
	SaveDirectoryEntry(e *store.DirectoryEntry) error
	DeleteDirectoryEntry(id string) error
	// KeyboardPerson and SetKeyboardPerson remember per store who is at
	// the keyboard: the opening's default facilitator and minute-taker.
	KeyboardPerson() (store.DirectoryEntry, bool, error)
	SetKeyboardPerson(e store.DirectoryEntry) error
	// Agreements, SaveAgreement and DeleteAgreement serve the register of
	// cooperation agreements: the network meeting's cooperation phase
	// reads it, its own screen changes it.
	Agreements() ([]conference.CooperationAgreement, error)
	SaveAgreement(a *conference.CooperationAgreement) error
	DeleteAgreement(id string) error
	// RetentionDays is the retention period (0: none).
	RetentionDays() (int, error)
}

var _ Repository = (*store.Store)(nil)
