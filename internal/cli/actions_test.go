package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/store"
)

// saveTrackerCase stores a case conference with three open actions (two
// overdue on fixedNow, one due later) and one done action.
func saveTrackerCase(t *testing.T, path string) *conference.Conference {
	t.Helper()
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	today := conference.DateOf(fixedNow)
	c := conference.New("", conference.KindCase, fixedNow.AddDate(0, 0, -30))
	c.CaseCode = "K-2026-117"
	// The owners said yes in the room (actionsagreement_test.go has one
	// who did not).
	asd := c.AddParticipant(conference.Participant{Name: "Jürgen Müller", Institution: "Jugendamt Nord"}).ID
	kita := c.AddParticipant(conference.Participant{Name: "Aylin Demir", Institution: "Kita Sonnenblume"}).ID
	c.AddAction(conference.Action{What: "Hausbesuch", OwnerID: asd, Due: today.AddDays(-3), Agreed: true})
	c.AddAction(conference.Action{What: "Beobachtungsbogen", OwnerID: kita, Due: today.AddDays(5), Agreed: true})
	c.AddAction(conference.Action{What: "Kinderarzt anrufen", OwnerID: kita, Due: today.AddDays(-12), Agreed: true})
	done := c.AddAction(conference.Action{What: "Erledigt", OwnerID: asd, Due: today.AddDays(-20), Agreed: true}).ID
	c.AddStatus(done, conference.StatusEntry{Status: conference.FollowUpDone, On: today.AddDays(-19)})
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	return c
}

// tableRows returns the non-header lines of a table, each split into its
// cells (columns are separated by at least two spaces).
func tableRows(out string) [][]string {
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	var rows [][]string
	for _, l := range lines[1:] {
		var cells []string
		for c := range strings.SplitSeq(l, "  ") {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, c)
			}
		}
		rows = append(rows, cells)
	}
	return rows
}

func TestActionsListsOverdueFirstWithDaysOverdue(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	c := saveTrackerCase(t, path)
	r := run(t, app, "", "--lang", "en", "--db", path, "actions")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "Days overdue  Due") {
		t.Errorf("header: %q", r.stdout)
	}
	rows := tableRows(r.stdout)
	want := [][]string{
		{"12", "2026-11-10", "open", "Kinderarzt anrufen", "Aylin Demir", "Kita Sonnenblume", "K-2026-117", string(c.ID) + "/" + c.Actions[2].ID},
		{"3", "2026-11-19", "open", "Hausbesuch", "Jürgen Müller", "Jugendamt Nord", "K-2026-117", string(c.ID) + "/" + c.Actions[0].ID},
		{"–", "2026-11-27", "open", "Beobachtungsbogen", "Aylin Demir", "Kita Sonnenblume", "K-2026-117", string(c.ID) + "/" + c.Actions[1].ID},
	}
	if len(rows) != len(want) {
		t.Fatalf("rows %q", rows)
	}
	for i := range want {
		if strings.Join(rows[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d = %q, want %q", i, rows[i], want[i])
		}
	}
}

func TestActionsFilters(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	saveTrackerCase(t, path)
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"--overdue"}, []string{"Kinderarzt anrufen", "Hausbesuch"}},
		{[]string{"--owner", "muller"}, []string{"Hausbesuch"}},
		{[]string{"--institution", "SONNENBLUME"}, []string{"Kinderarzt anrufen", "Beobachtungsbogen"}},
		{[]string{"--overdue", "--institution", "kita"}, []string{"Kinderarzt anrufen"}},
	} {
		r := run(t, app, "", append([]string{"--lang", "en", "--db", path, "actions"}, c.args...)...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d, %s", c.args, r.code, r.stderr)
		}
		var got []string
		for _, row := range tableRows(r.stdout) {
			got = append(got, row[3])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%v: %q, want %q", c.args, got, c.want)
		}
	}
	r := run(t, app, "", "--lang", "en", "--db", path, "actions", "--owner", "Zimmermann")
	if r.code != 0 || r.stdout != "No open actions match the selection.\n" {
		t.Errorf("no match: exit %d, %q", r.code, r.stdout)
	}
}

func TestActionsJSON(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	c := saveTrackerCase(t, path)
	r := run(t, app, "", "--db", path, "actions", "--json", "--overdue")
	if r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	var got []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("%v in %s", err, r.stdout)
	}
	if len(got) != 2 || got[0]["conference_id"] != string(c.ID) || got[0]["action_id"] != c.Actions[2].ID ||
		got[0]["days_overdue"] != float64(12) || got[0]["due"] != "2026-11-10" || got[0]["owner"] != "Aylin Demir" {
		t.Errorf("JSON %v", got)
	}
	r = run(t, app, "", "--db", dbPath(t), "actions", "--json")
	if strings.TrimSpace(r.stdout) != "[]" {
		t.Errorf("empty store: %q", r.stdout)
	}
}

func TestActionsDoneMarksTheActionDone(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	c := saveTrackerCase(t, path)
	id := c.Actions[0].ID
	r := run(t, app, "", "--lang", "en", "--db", path, "actions", "done", string(c.ID)+"/"+id, "--date", "2026-11-21", "--note", "war da\x1b[31m")
	if r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	wantOneLine(t, r.stdout)
	r = run(t, app, "", "--lang", "en", "--db", path, "actions", "--overdue")
	if strings.Contains(r.stdout, "Hausbesuch") {
		t.Errorf("done action still listed:\n%s", r.stdout)
	}
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := s.Get(c.ID)
	_ = s.Close()
	if h := got.History(id); len(h) != 1 || h[0].Status != conference.FollowUpDone || h[0].On.String() != "2026-11-21" || h[0].Note != "war da" {
		t.Errorf("history %+v", h)
	}
	// Two arguments work as well; the date defaults to today.
	r = run(t, app, "", "--db", path, "actions", "done", string(c.ID), c.Actions[1].ID)
	if r.code != 0 {
		t.Fatalf("two arguments: exit %d, %s", r.code, r.stderr)
	}
}

func TestActionsDoneRefusesWhatItCannotMark(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	c := saveTrackerCase(t, path)
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"k7m2qxa9"}, ExitUsage, "is not an action"},
		{[]string{string(c.ID) + "/a1", "--date", "31.2.2026"}, ExitUsage, "not valid"},
		{[]string{string(c.ID) + "/a99"}, ExitFailure, "has no action a99"},
		{[]string{"zzzzzzzz/a1"}, ExitFailure, "conference was not found"},
	} {
		r := run(t, app, "", append([]string{"--lang", "en", "--db", path, "actions", "done"}, tc.args...)...)
		if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.args, r.code, r.stderr, tc.code, tc.want)
		}
		wantOneLine(t, r.stderr)
	}
}
