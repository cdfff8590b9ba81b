package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/store"
)

// saveAgreements stores three agreements: one whose review is 12 days
// overdue (with a terminal escape in its subject, as an edited file might
// hold), one not due, one ended long ago.
func saveAgreements(t *testing.T, path string) []conference.CooperationAgreement {
	t.Helper()
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	today := conference.DateOf(fixedNow)
	partners := func(a, b string) []conference.AgreementPartner {
		return []conference.AgreementPartner{{Institution: a, Contact: "Petra Albers"}, {Institution: b}}
	}
	list := []conference.CooperationAgreement{
		{Subject: "Meldewege\x1b]0;x\x07 Kita", Partners: partners("Jugendamt Nord", "Kita Sonnenblume"),
			SignedOn: today.AddDays(-700), ReviewBy: today.AddDays(-12), Status: conference.AgreementInForce, UpdatedAt: fixedNow},
		{Subject: "Polizei", Partners: partners("Jugendamt Nord", "Polizeiinspektion Nord"),
			SignedOn: today.AddDays(-30), ReviewBy: today.AddDays(335), Status: conference.AgreementInForce, UpdatedAt: fixedNow},
		{Subject: "Klinik", Partners: partners("Jugendamt Nord", "Klinikum"),
			SignedOn: today.AddDays(-2000), ReviewBy: today.AddDays(-900), Status: conference.AgreementEnded, UpdatedAt: fixedNow},
	}
	for i := range list {
		if err := s.SaveAgreement(&list[i]); err != nil {
			t.Fatal(err)
		}
	}
	return list
}

func TestAgreementsListsDueReviewsFirst(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	list := saveAgreements(t, path)
	r := run(t, app, "", "--lang", "de", "--db", path, "agreements")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	lines := strings.Split(r.stdout, "\n")
	if !strings.Contains(lines[0], "Gegenstand") || !strings.Contains(lines[0], "Überprüfung bis") {
		t.Errorf("header %q", lines[0])
	}
	first := strings.Index(r.stdout, "Meldewege Kita")
	second, ended := strings.Index(r.stdout, "Polizei "), strings.Index(r.stdout, "Klinik ")
	if first < 0 || !(first < second && second < ended) {
		t.Errorf("order: due first, ended last:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, list[0].ID) || !strings.Contains(r.stdout, "12") || !strings.Contains(r.stdout, "└ Jugendamt Nord: Petra Albers") {
		t.Errorf("the due row lacks its ID, days or contact:\n%s", r.stdout)
	}
	if strings.ContainsRune(r.stdout, '\x1b') {
		t.Error("a terminal escape reached the terminal")
	}

	r = run(t, app, "", "--lang", "en", "--db", path, "agreements", "--due")
	if r.code != 0 || !strings.Contains(r.stdout, "Meldewege") || strings.Contains(r.stdout, "Polizei") || strings.Contains(r.stdout, "Klinik") {
		t.Errorf("--due: exit %d\n%s", r.code, r.stdout)
	}
}

func TestAgreementsJSONHasCodesDatesAndCleanText(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	saveAgreements(t, path)
	r := run(t, app, "", "--lang", "de", "--db", path, "agreements", "--json", "--due")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	var got []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("%v:\n%s", err, r.stdout)
	}
	if len(got) != 1 {
		t.Fatalf("%d agreements, want the one due", len(got))
	}
	a := got[0]
	if a["subject"] != "Meldewege Kita" || a["status"] != "in_force" || a["review_due"] != true ||
		a["days_overdue"] != float64(12) || a["review_by"] != conference.DateOf(fixedNow).AddDays(-12).String() {
		t.Errorf("agreement %v", a)
	}
	if p, _ := a["partners"].([]any); len(p) != 2 {
		t.Errorf("partners %v", a["partners"])
	}
	if r := run(t, app, "", "--db", dbPath(t), "agreements", "--json"); strings.TrimSpace(r.stdout) != "[]" {
		t.Errorf("empty register: %q", r.stdout)
	}
}

func TestAgreementsExportWritesMarkdownWithItsHash(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	saveAgreements(t, path)
	out := filepath.Join(t.TempDir(), "kooperation.md")
	r := run(t, app, "", "--lang", "de", "--db", path, "agreements", "export", "-o", out)
	if r.code != 0 || !strings.Contains(r.stdout, "3 Kooperationsvereinbarungen nach") {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(out); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v, %v; want 0600", info.Mode(), err)
	}
	hash := r.stdout[strings.Index(r.stdout, "SHA-256 ")+len("SHA-256 ") : strings.LastIndex(r.stdout, ")")]
	if !strings.HasPrefix(string(data), "# Kooperationsvereinbarungen") || !strings.Contains(string(data), hash) {
		t.Errorf("file lacks the title or the hash %s:\n%s", hash, data)
	}
	if r := run(t, app, "", "--lang", "de", "--db", path, "agreements", "export", "-o", out); r.code == 0 {
		t.Error("an existing file was replaced without --force")
	}
	r = run(t, app, "", "--lang", "en", "--db", path, "agreements", "export")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "# Cooperation agreements") {
		t.Errorf("to stdout: exit %d\n%s", r.code, r.stdout)
	}
}

// TestTheFollowUpListNamesTheReviewsDue: kofa actions lists the overdue
// review under the actions, not the one a year ahead nor the ended one;
// --institution chooses among them by partner.
func TestTheFollowUpListNamesTheReviewsDue(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	list := saveAgreements(t, path)
	r := run(t, app, "", "--lang", "de", "--db", path, "actions")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	_, reviews, ok := strings.Cut(r.stdout, "Kooperationsvereinbarung zur Überprüfung (1):")
	if !ok || !strings.Contains(reviews, "Meldewege Kita") || !strings.Contains(reviews, list[0].ID) || !strings.Contains(reviews, "12") ||
		strings.Contains(reviews, "Polizei ") || strings.Contains(reviews, "Klinik") {
		t.Errorf("follow-up list:\n%s", r.stdout)
	}
	r = run(t, app, "", "--lang", "de", "--db", path, "actions", "--institution", "polizei")
	if strings.Contains(r.stdout, "Kooperationsvereinbarung") {
		t.Errorf("--institution polizei still lists the Kita's review:\n%s", r.stdout)
	}
	r = run(t, app, "", "--lang", "de", "--db", path, "actions", "--json")
	if strings.Contains(r.stdout, "Meldewege") {
		t.Error("--json of the actions carries the agreements (they have kofa agreements --json)")
	}
}

// TestFollowUpOfANetworkMeetingIsItsNextMeeting: kofa followup of a
// network meeting makes the next meeting on the date agreed for it, with
// the open agenda items carried forward, and says so.
func TestFollowUpOfANetworkMeetingIsItsNextMeeting(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	prev := conference.New("", conference.KindNetwork, fixedNow)
	prev.Topic = "Runder Tisch"
	prev.AddAgendaItem(conference.AgendaItem{Title: "Fachtag", Status: conference.ItemParked})
	prev.AddAgendaItem(conference.AgendaItem{Title: "Meldewege", Status: conference.ItemDone})
	prev.NextReview = conference.DateOf(fixedNow).AddDays(90)
	if err := s.Save(prev); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	r := run(t, app, "", "--lang", "de", "--db", path, "followup", string(prev.ID))
	if r.code != 0 || !strings.Contains(r.stdout, "Nächstes Treffen") || !strings.Contains(r.stdout, "1 offener Tagesordnungspunkt übernommen") ||
		!strings.Contains(r.stdout, prev.NextReview.String()) {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	wantOneLine(t, r.stdout)
	s, err = store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	ids, err := s.FollowUpsOf(prev.ID)
	if err != nil || len(ids) != 1 {
		t.Fatalf("follow-ups %v, %v", ids, err)
	}
	next, err := s.Get(ids[0])
	if err != nil || next.Date != prev.NextReview || len(next.Agenda) != 1 || next.Agenda[0].Title != "Fachtag" ||
		next.Phase(conference.PhaseAgenda) == nil {
		t.Errorf("next meeting %+v, %v", next, err)
	}
}

// TestAgendaItemActionsAreInTheFollowUpList: the action of an agenda item
// is in kofa actions like a case's, the meeting's topic in the case
// column.
func TestAgendaItemActionsAreInTheFollowUpList(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := conference.New("", conference.KindNetwork, fixedNow)
	c.Topic = "Runder Tisch Nord"
	brandt := c.AddParticipant(conference.Participant{Name: "Markus Brandt", Institution: "Polizeiinspektion Nord"}).ID
	item := c.AddAgendaItem(conference.AgendaItem{Title: "Fachtag"}).ID
	c.AddAction(conference.Action{What: "Raum anfragen", OwnerID: brandt, Due: conference.DateOf(fixedNow).AddDays(-2), Item: item})
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	r := run(t, app, "", "--lang", "de", "--db", path, "actions", "--overdue")
	var line string
	for _, l := range strings.Split(r.stdout, "\n") {
		if strings.Contains(l, "Raum anfragen") {
			line = l
		}
	}
	if r.code != 0 || !strings.Contains(line, "Runder Tisch Nord") || !strings.Contains(line, "Markus Brandt") ||
		!strings.Contains(line, "Polizeiinspektion Nord") || !strings.Contains(line, string(c.ID)+"/") {
		t.Errorf("exit %d, the action's row %q in:\n%s", r.code, line, r.stdout)
	}
}
