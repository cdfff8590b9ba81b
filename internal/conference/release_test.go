package conference

import (
	"errors"
	"testing"
)

func TestReleaseOfTheMinutes(t *testing.T) {
	t.Parallel()
	c, _ := fixture(t)
	if err := c.ReleaseMinutes("Petra Albers", "", Date{}, at(90)); !errors.Is(err, ErrReleaseNotClosed) {
		t.Errorf("release of a running conference: %v, want ErrReleaseNotClosed", err)
	}
	c.Close(at(82))
	if err := c.ReleaseMinutes("  ", "", Date{}, at(90)); !errors.Is(err, ErrReleaseNoName) {
		t.Errorf("release without a name: %v, want ErrReleaseNoName", err)
	}
	if err := c.ReleaseMinutes("Petra Albers", "", c.Date.AddDays(-1), at(90)); !errors.Is(err, ErrReleaseObjectionsDay) {
		t.Errorf("objections until before the conference: %v", err)
	}
	if c.Released() {
		t.Fatal("a refused release released the minutes")
	}
	if err := c.ReleaseMinutes(" Petra Albers ", " Teamleitung ", c.Date.AddDays(14), at(90)); err != nil {
		t.Fatal(err)
	}
	want := Release{By: "Petra Albers", Function: "Teamleitung", At: at(90), ObjectionsUntil: c.Date.AddDays(14)}
	if !c.Released() || c.Release != want {
		t.Errorf("release %+v, want %+v", c.Release, want)
	}
	c.Reopen(at(95))
	if c.Released() || !c.Release.IsZero() {
		t.Error("reopening kept the release of minutes that are about to change")
	}
}
