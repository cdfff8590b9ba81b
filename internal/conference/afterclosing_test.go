package conference

import "testing"

// Only closing, releasing and recording a document given change a closed
// conference: how it is given, which document, or the list itself wait
// for it to be reopened.
func TestOnlyWhatHappensAfterTheMeetingChangesAClosedConference(t *testing.T) {
	t.Parallel()
	day := Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		ch   Change
		want bool
	}{
		{Change{Op: OpClose, Path: "status"}, true},
		{Change{Op: OpRelease, Path: "release"}, true},
		{GivenChange("v3", day), true},
		{GivenChange("v3", Date{}), true},
		{GivenChange("2", day), true},
		{Change{Op: OpUpdate, Path: "distribution/2"}, false},
		{Change{Op: OpUpdate, Path: "distribution/v3/how"}, false},
		{Change{Op: OpUpdate, Path: "distribution//given"}, false},
		{Change{Op: OpRemove, Path: "distribution/v3/given"}, false},
		{Change{Op: OpUpdate, Path: "actions/a1/given"}, false},
		{Change{Op: OpReopen, Path: "status"}, false},
	} {
		if got := c.ch.AllowedWhenClosed(); got != c.want {
			t.Errorf("%+v: allowed %v, want %v", c.ch, got, c.want)
		}
	}
}
