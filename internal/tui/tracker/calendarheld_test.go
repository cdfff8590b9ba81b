package tracker

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/tuitest"
)

// Issue 18: a review date held since an earlier calendar file went
// missing from the newer one, so the calendar kept the reminder. The key
// in the follow-up list writes it as cancelled, under the same UID.
func TestCalendarKeyCancelsAReviewHeldSince(t *testing.T) {
	dir := t.TempDir()
	repo := tuitest.NewRepo()
	seed(repo)
	prev, _ := repo.Get("confa000")
	prev.NextReview = day(11, 20)
	repo.Put(prev)
	next := conference.NewFollowUp(prev, "confc000", t0.AddDate(0, 0, -2))
	next.Start(t0.AddDate(0, 0, -2))
	if err := repo.Save(next); err != nil {
		t.Fatal(err)
	}
	st := theme.Default(false).Styles(true)
	clk := tuitest.NewClock(t0)
	m := New(Config{Repo: repo, Msgs: i18n.New(i18n.DE), Styles: &st, Clock: clk.Clock(), Folder: func() string { return dir }})
	m.SetLayout(layout.Compute(120, 40))
	h := &harness{t: t, m: m, repo: repo}
	h.Driver = tuitest.NewDriver(t, clk, m.Update)
	h.Exec(m.Init())
	h.keys("k")
	data, err := os.ReadFile(filepath.Join(dir, calendarFile))
	if err != nil {
		t.Fatalf("no calendar file: %v\n%s", err, h.screen())
	}
	_, ev, ok := strings.Cut(string(data), "UID:kofa-confa000/review@kofa.invalid")
	before, _, _ := strings.Cut(string(data), "UID:kofa-confa000/review@kofa.invalid")
	if !ok {
		t.Fatalf("the review held since is not in the calendar:\n%s", data)
	}
	event := before[strings.LastIndex(before, "BEGIN:VEVENT"):] + ev[:strings.Index(ev, "END:VEVENT")]
	if !strings.Contains(event, "STATUS:CANCELLED") || !strings.Contains(event, "DTSTART;VALUE=DATE:20261120") {
		t.Errorf("the review held since is not cancelled on its day:\n%s", event)
	}
}
