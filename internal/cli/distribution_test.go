package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"kofa/internal/conference"
)

func TestDistributionListsEveryRecipientWithDocumentAndState(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)

	r := run(t, app, "", "--lang", "en", "--db", path, "distribution", string(id))
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	for _, want := range []string{"Recipient", "Dr. Jonas Weber", "feedback to the reporting professional", "Markus Brandt",
		"notice for absentees", "Thomas S.", "letter to the family", "Mia", "page for the child", "open"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("the list lacks %q:\n%s", want, r.stdout)
		}
	}

	r = run(t, app, "", "--lang", "en", "--db", path, "distribution", string(id), "--json")
	var list []distributionJSON
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil || r.code != 0 {
		t.Fatalf("--json: exit %d, %v\n%s", r.code, err, r.stdout)
	}
	byDoc := map[string]int{}
	for _, d := range list {
		byDoc[d.Document]++
		if !d.Open || d.ID == "" {
			t.Errorf("%+v: the demo's entries are tracked and open", d)
		}
	}
	for doc, n := range map[string]int{conference.MinutesFull: 5, conference.MinutesPseudonymised: 1, conference.MinutesNotice: 1,
		conference.MinutesFeedback: 1, conference.MinutesFamily: 2, conference.MinutesChild: 2} {
		if byDoc[doc] != n {
			t.Errorf("%d entries of %s, want %d (%v)", byDoc[doc], doc, n, byDoc)
		}
	}
}

func TestDistributionMarkRecordsTheDayGiven(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)

	r := run(t, app, "", "--lang", "en", "--db", path, "distribution", "mark", string(id), "thomas s", "--given",
		"--date", "2026-11-22", "--how", "handed")
	if r.code != ExitFailure {
		t.Errorf("a name not on the list: exit %d, want %d", r.code, ExitFailure)
	}
	wantOneLine(t, r.stderr)
	if !strings.Contains(r.stderr, `"thomas s" is not on the distribution list`) || !strings.Contains(r.stderr, "Thomas S.") {
		t.Errorf("stderr %q should list who is on it", r.stderr)
	}

	r = run(t, app, "", "--lang", "en", "--db", path, "distribution", "mark", string(id), "Thomas S.", "--given",
		"--date", "2026-11-22", "--how", "handed")
	if r.code != 0 || !strings.Contains(r.stdout, "Thomas S.: letter to the family given on 2026-11-22.") {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	c := getConference(t, path, id)
	for _, d := range c.Distribution {
		if c.RecipientName(d) == "Thomas S." && (d.Given != (conference.Date{Year: 2026, Month: 11, Day: 22}) || d.How != conference.GivenHanded) {
			t.Errorf("stored entry %+v", d)
		}
	}
	var marked bool
	for _, e := range auditOf(t, path, id) {
		if strings.HasPrefix(e.Path, "distribution/v") && strings.HasSuffix(e.Path, "/given") && e.Arg == "2026-11-22" {
			marked = true
		}
	}
	if !marked {
		t.Error("the mark is not in the audit log")
	}
}

func TestDistributionMarkNeedsGivenAndAPastDay(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"distribution", "mark", string(id), "Mia"}, "Please say --given"},
		{[]string{"distribution", "mark", string(id), "Mia", "--given", "--date", "+3d"}, "is in the future"},
		{[]string{"distribution", "mark", string(id), "Mia", "--given", "--how", "pigeon"}, `Unknown way "pigeon"`},
		{[]string{"distribution", "mark", string(id)}, "RECIPIENT"},
	} {
		r := run(t, app, "", append([]string{"--lang", "en", "--db", path}, tc.args...)...)
		if r.code != ExitUsage || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.args, r.code, r.stderr, ExitUsage, tc.want)
		}
	}
}
