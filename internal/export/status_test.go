package export

import (
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/i18n"
)

// Issue 18: the minutes of a closed conference changed later (an action
// marked done in the follow-up list showed [x] afterwards). They show the
// record as it stood at closing; what became of the actions since comes
// only with WithStatus, after a rule under "Stand heute".
func TestClosedMinutesShowTheStatusAtClosing(t *testing.T) {
	t.Parallel()
	c := demo.Sample("de", sampleDay)
	if c.Status != conference.StatusClosed {
		t.Fatal("the sample is not closed")
	}
	atClosing := string(Body(c, Options{Lang: i18n.DE}))
	a := c.Actions[0]
	later := c.ClosedAt.AddDate(0, 0, 14)
	c.AddStatus(a.ID, conference.StatusEntry{Status: conference.FollowUpDone, On: conference.DateOf(later), At: later,
		By: "Petra Albers", Note: "Hausbesuch am Montag"})
	c.AddStatus(a.ID, conference.StatusEntry{Status: conference.FollowUpDone, On: conference.DateOf(later).AddDays(1),
		At: later.Add(24 * time.Hour), By: "pa", Note: "Bericht liegt vor"})

	if got := string(Body(c, Options{Lang: i18n.DE})); got != atClosing {
		t.Errorf("the minutes changed after closing:\n%s", firstDifference([]byte(got), []byte(atClosing)))
	}
	with := string(Body(c, Options{Lang: i18n.DE, WithStatus: true}))
	minutes, today, ok := strings.Cut(with, "\n---\n\n## Stand heute\n")
	if !ok {
		t.Fatalf("no separate \"Stand heute\" section:\n%s", with)
	}
	if minutes != atClosing {
		t.Errorf("the minutes part differs with --with-status:\n%s", firstDifference([]byte(minutes), []byte(atClosing)))
	}
	for _, want := range []string{"Hausbesuch am Montag", "Bericht liegt vor", "Petra Albers", "heute: erledigt", "seither nichts erfasst"} {
		if !strings.Contains(today, want) {
			t.Errorf("status today lacks %q:\n%s", want, today)
		}
	}
	if strings.Index(today, "Hausbesuch am Montag") > strings.Index(today, "Bericht liegt vor") {
		t.Error("the history is not in order")
	}
	en := string(Body(c, Options{Lang: i18n.EN, WithStatus: true}))
	if !strings.Contains(en, "\n---\n\n## Status today\n") {
		t.Errorf("English section heading missing:\n%s", en)
	}
}

// TestFollowUpNamesItsPredecessorReadably: the follow-up names the
// conference it follows by case code and date, which stay readable after
// that one is deleted, and calls itself a review conference.
func TestFollowUpNamesItsPredecessorReadably(t *testing.T) {
	t.Parallel()
	c := followUpSample(t, "de")
	body := string(Body(c, Options{Lang: i18n.DE}))
	for _, want := range []string{"# Protokoll der Folgekonferenz: K-2026-117", "**Folgekonferenz zu:** K-2026-117 vom 23.11.2026"} {
		if !strings.Contains(body, want) {
			t.Errorf("minutes lack %q", want)
		}
	}
	if strings.Contains(body, string(c.FollowUpOf)) {
		t.Errorf("the minutes name the predecessor by its ID %s", c.FollowUpOf)
	}
}
