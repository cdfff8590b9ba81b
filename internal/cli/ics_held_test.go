package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/store"
)

// icsEvent returns the event with uid in the calendar, "" when there is
// none.
func icsEvent(ics, uid string) string {
	for ev := range strings.SplitSeq(ics, "BEGIN:VEVENT") {
		if strings.Contains(ev, "UID:"+uid) {
			ev, _, _ = strings.Cut(ev, "END:VEVENT")
			return ev
		}
	}
	return ""
}

// Issue 18: stable UIDs, so importing a newer calendar file updates the
// entries. A review date held since an earlier file simply went missing
// from the newer one, so the calendar that imported the earlier file kept
// reminding of a review conference long held. It comes as cancelled now,
// as a settled action does.
func TestICSCancelsAReviewDateHeldSinceAnEarlierFile(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	c := saveTrackerCase(t, path)
	review := conference.DateOf(fixedNow).AddDays(14)
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := s.Get(c.ID)
	got.NextReview = review
	if err := s.Save(got); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	uid := "kofa-" + string(c.ID) + "/review@kofa.invalid"
	file := filepath.Join(t.TempDir(), "wv.ics")
	if r := run(t, app, "", "--lang", "de", "--db", path, "actions", "--ics", "-o", file); r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	data, _ := os.ReadFile(file)
	if ev := icsEvent(string(data), uid); !strings.Contains(ev, "STATUS:CONFIRMED") {
		t.Fatalf("the review date is not in the first file:\n%s", data)
	}

	if r := run(t, app, "", "--lang", "de", "--db", path, "followup", string(c.ID)); r.code != 0 {
		t.Fatalf("followup: exit %d, %s", r.code, r.stderr)
	}
	s, _ = store.Open(path, store.Options{})
	ids, _ := s.FollowUpsOf(c.ID)
	next, _ := s.Get(ids[0])
	next.Start(fixedNow)
	if err := s.Save(next); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()

	if r := run(t, app, "", "--lang", "de", "--db", path, "actions", "--ics", "-o", file, "--force"); r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	data, _ = os.ReadFile(file)
	ev := icsEvent(string(data), uid)
	if !strings.Contains(ev, "STATUS:CANCELLED") || !strings.Contains(ev, "DTSTART;VALUE=DATE:"+strings.ReplaceAll(review.String(), "-", "")) {
		t.Errorf("the review held since is not cancelled on its day:\n%s", data)
	}
	if strings.Contains(ev, "Müller") || strings.Contains(ev, "Hausbesuch") {
		t.Errorf("the cancelled review holds personal data:\n%s", ev)
	}
}

// The calendar takes the filters of kofa actions: --institution writes
// only that institution's actions, and no review dates (they are nobody's
// in particular).
func TestICSTakesTheInstitutionFilter(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	c := saveTrackerCase(t, path)
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := s.Get(c.ID)
	got.NextReview = conference.DateOf(fixedNow).AddDays(14)
	if err := s.Save(got); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	file := filepath.Join(t.TempDir(), "kita.ics")
	if r := run(t, app, "", "--lang", "de", "--db", path, "actions", "--ics", "-o", file, "--institution", "kita"); r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	data, _ := os.ReadFile(file)
	ics := string(data)
	if n := strings.Count(ics, "BEGIN:VEVENT"); n != 2 || strings.Count(ics, "Kita Sonnenblume") != 2 || strings.Contains(ics, "Jugendamt") {
		t.Errorf("--institution kita wrote %d events:\n%s", n, ics)
	}
	if icsEvent(ics, "kofa-"+string(c.ID)+"/review@kofa.invalid") != "" {
		t.Errorf("a review date in a calendar for one institution:\n%s", ics)
	}
}
