package conference

import (
	"errors"
	"strings"
	"time"
)

// Release is the release of the minutes (Freigabe): who released them,
// in which function, when, and until when objections are taken. Minutes
// that are not released are a draft.
type Release struct {
	By       string    `json:"by,omitempty"`
	Function string    `json:"function,omitempty"`
	At       time.Time `json:"at,omitzero"`
	// ObjectionsUntil is the last day participants may object to the
	// minutes (zero: no such day set).
	ObjectionsUntil Date `json:"objections_until,omitzero"`
}

// IsZero reports whether nothing was released.
func (r Release) IsZero() bool { return r == Release{} }

// Released reports whether the minutes have been released.
func (c *Conference) Released() bool { return !c.Release.At.IsZero() }

// Errors of ReleaseMinutes; the caller words them.
var (
	ErrReleaseNotClosed     = errors.New("conference: only the minutes of a closed conference can be released")
	ErrReleaseNoName        = errors.New("conference: the release needs the name of who releases")
	ErrReleaseObjectionsDay = errors.New("conference: objections cannot end before the conference")
)

// ReleaseMinutes releases the minutes of a closed conference at now. A
// second release replaces the first (a corrected name, a later deadline
// for objections).
func (c *Conference) ReleaseMinutes(by, function string, objectionsUntil Date, now time.Time) error {
	by, function = strings.TrimSpace(by), strings.TrimSpace(function)
	switch {
	case c.Status != StatusClosed:
		return ErrReleaseNotClosed
	case by == "":
		return ErrReleaseNoName
	case !objectionsUntil.IsZero() && !c.Date.IsZero() && objectionsUntil.Before(c.Date):
		return ErrReleaseObjectionsDay
	}
	c.Release = Release{By: by, Function: function, At: now, ObjectionsUntil: objectionsUntil}
	return nil
}
