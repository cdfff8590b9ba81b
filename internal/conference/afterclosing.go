package conference

import "strings"

// What happens to a closed conference. Its record is read-only: what was
// said and agreed stays as it was at closing. Yet some things happen only
// after the meeting and belong to it: the minutes are released, and the
// documents of the distribution are given. Those changes a closed
// conference takes (in the app and on the command line); every other
// waits for the conference to be reopened.

// GivenChange is the audit entry of recording that a document of the
// distribution was given on day (a zero day: the record taken back). key
// names the entry: its ID, or for an entry kept from before the tracking
// (no ID) its place in the list.
func GivenChange(key string, day Date) Change {
	return Change{Op: OpUpdate, Path: "distribution/" + key + "/given", Arg: day.String()}
}

// AllowedWhenClosed reports whether ch may change a closed conference:
// closing it, releasing its minutes, and recording when a document of its
// distribution was given (GivenChange).
func (ch Change) AllowedWhenClosed() bool {
	switch ch.Op {
	case OpClose, OpRelease:
		return true
	case OpUpdate:
		parts := strings.Split(ch.Path, "/")
		return len(parts) == 3 && parts[0] == "distribution" && parts[1] != "" && parts[2] == "given"
	}
	return false
}
