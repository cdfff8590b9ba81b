package tui

import "kofa/internal/conference"

// Repository is what the TUI needs of the store; *store.Store satisfies it,
// tests use an in-memory fake (internal/tui/tuitest).
type Repository interface {
	List() ([]conference.Summary, error)
	Get(id conference.ID) (*conference.Conference, error)
	Save(c *conference.Conference, changes ...conference.Change) error
	Delete(id conference.ID) error
}
