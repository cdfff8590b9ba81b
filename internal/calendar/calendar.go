// Package calendar writes reminders as an iCalendar file (RFC 5545) that
// Outlook and Thunderbird import: the due dates of agreed actions and the
// review dates, where people already look. It is a pure function of what
// it is given; the caller decides what an entry may say (calendars are
// often synced to a server, so by default no personal data: see
// internal/cli's actions --ics).
//
// The file is written with github.com/emersion/go-ical, which pulls in no
// network code (kofa links none; github.com/arran4/golang-ical imports
// net/http and so cannot be used).
package calendar

import (
	"io"
	"strconv"
	"time"

	"github.com/emersion/go-ical"
)

// Entry is one all-day event.
type Entry struct {
	// UID stays the same for the same action or review in every file, so
	// that importing a newer file updates the event instead of adding it
	// again (see UID).
	UID     string
	Day     time.Time // the day; only its date counts
	Summary string
	// Description is optional free text.
	Description string
	// Cancelled marks an event that no longer applies (an action done
	// since an earlier file): importing updates it to cancelled.
	Cancelled bool
}

// UID is the stable identifier of an entry about thing (an action
// "<conference>/<action>", or "<conference>/review") of kofa: opaque IDs
// only, no personal data.
func UID(thing string) string { return "kofa-" + thing + "@kofa.invalid" }

// Write writes the entries as a calendar. now stamps the file: each event
// gets it as DTSTAMP and a SEQUENCE that grows with it, so a calendar
// takes a newer file's version of an event over an older one.
func Write(w io.Writer, entries []Entry, now time.Time) error {
	cal := ical.NewCalendar()
	cal.Props.SetText(ical.PropVersion, "2.0")
	cal.Props.SetText(ical.PropProductID, "-//kofa//Fallkonferenz//DE")
	cal.Props.SetText(ical.PropMethod, "PUBLISH")
	cal.Props.SetText(ical.PropCalendarScale, "GREGORIAN")
	seq := ical.NewProp(ical.PropSequence)
	seq.Value = strconv.FormatInt(sequence(now), 10)
	for _, e := range entries {
		ev := ical.NewEvent()
		ev.Props.SetText(ical.PropUID, e.UID)
		ev.Props.SetDateTime(ical.PropDateTimeStamp, now.UTC())
		ev.Props.Set(seq)
		day := time.Date(e.Day.Year(), e.Day.Month(), e.Day.Day(), 0, 0, 0, 0, time.UTC)
		ev.Props.SetDate(ical.PropDateTimeStart, day)
		ev.Props.SetDate(ical.PropDateTimeEnd, day.AddDate(0, 0, 1))
		ev.Props.SetText(ical.PropSummary, e.Summary)
		if e.Description != "" {
			ev.Props.SetText(ical.PropDescription, e.Description)
		}
		ev.Props.SetText(ical.PropTransparency, "TRANSPARENT")
		status := "CONFIRMED"
		if e.Cancelled {
			status = "CANCELLED"
		}
		ev.Props.SetText(ical.PropStatus, status)
		cal.Children = append(cal.Children, ev.Component)
	}
	return ical.NewEncoder(w).Encode(cal)
}

// sequence grows by one every minute: a file written later carries a
// higher SEQUENCE than one written before (RFC 5545 3.8.7.4).
func sequence(now time.Time) int64 {
	return max(0, now.Unix()-epoch) / 60
}

// epoch is 2026-01-01 UTC, so sequences stay small numbers.
const epoch = 1767225600
