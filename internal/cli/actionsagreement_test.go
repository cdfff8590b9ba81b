package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/store"
)

// TestActionsSayWhatTheMinutesSayOfTheOwnersYes: an action nobody agreed
// to is "not agreed" in kofa actions, as in the minutes; --json says
// agreed true or false for each.
func TestActionsSayWhatTheMinutesSayOfTheOwnersYes(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	c := saveTrackerCase(t, path)
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c.AddAction(conference.Action{What: "Elterngespräch", OwnerID: c.Participants[0].ID, Due: conference.DateOf(fixedNow).AddDays(2)})
	if err := joinErr(s.Save(c), s.Close()); err != nil {
		t.Fatal(err)
	}
	r := run(t, app, "", "--lang", "en", "--db", path, "actions")
	if r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	lines := strings.Split(r.stdout, "\n")
	for i, l := range lines {
		if strings.Contains(l, "Elterngespräch") {
			if i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) != "└ not agreed" {
				t.Errorf("the action without a yes is not marked:\n%s", r.stdout)
			}
		}
	}
	if n := strings.Count(r.stdout, "not agreed"); n != 1 {
		t.Errorf("%d actions marked not agreed, want the one:\n%s", n, r.stdout)
	}
	r = run(t, app, "", "--db", path, "actions", "--json")
	var list []struct {
		What   string `json:"what"`
		Agreed bool   `json:"agreed"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil {
		t.Fatalf("%v: %s", err, r.stdout)
	}
	for _, a := range list {
		if a.Agreed != (a.What != "Elterngespräch") {
			t.Errorf("%s: agreed %v", a.What, a.Agreed)
		}
	}
}
