package report

import (
	"bytes"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kofa/bench/seed"
	"kofa/internal/conference"
	"kofa/internal/i18n"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// now is the day the seeded conferences are made and the report is
// drawn up.
var now = time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)

// seeded returns the conferences of n seeded cases (and the handovers of
// some of them), always the same for the same n.
func seeded(n int) []*conference.Conference {
	rng := rand.New(rand.NewPCG(15, 2026))
	var out []*conference.Conference
	for i := range n {
		out = append(out, seed.Cooperation(i, now, rng)...)
	}
	return out
}

func collect(confs []*conference.Conference) *Collector {
	col := NewCollector()
	for _, c := range confs {
		col.Add(Digest(c))
	}
	return col
}

// goldenPeriod is the period of the golden report: the last two years.
var goldenPeriod = Period{From: conference.DateOf(now).AddDays(-730), To: conference.DateOf(now)}

func TestReportMarkdownOverTwoHundredConferences(t *testing.T) {
	t.Parallel()
	confs := seeded(200)
	if len(confs) < 200 {
		t.Fatalf("%d conferences seeded", len(confs))
	}
	r := collect(confs).Build(goldenPeriod, conference.DateOf(now))
	if r.Conferences < 100 || r.Handovers.Held == 0 || r.CheckAnswered == 0 || r.Actions.Overdue == 0 || r.Actions.Late == 0 {
		t.Fatalf("the seed does not reach every figure: %+v", r)
	}
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		got := Markdown(r, NewWords(lang, nil))
		path := filepath.Join("testdata", "report_"+string(lang)+".md")
		if *update {
			if err := os.WriteFile(path, got, 0o600); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (go test ./internal/report -update creates it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs (go test ./internal/report -update rewrites it):\n%s", path, got)
		}
	}
}

// TestReportFiguresFromKnownConferences checks the arithmetic on a few
// conferences whose every figure is known.
func TestReportFiguresFromKnownConferences(t *testing.T) {
	t.Parallel()
	today := conference.Date{Year: 2026, Month: 6, Day: 30}
	day := func(n int) conference.Date { return conference.Date{Year: 2026, Month: 6, Day: 1}.AddDays(n) }
	col := NewCollector()
	col.Add(Facts{ID: "a", Kind: conference.KindCase, Status: conference.StatusClosed, Date: day(0), ChildView: true,
		Actions: []ActionFacts{
			{Institution: "kita", Due: day(5), Status: conference.FollowUpDone, Done: day(5)}, // on time
			{Institution: "kita", Due: day(5), Status: conference.FollowUpDone, Done: day(9)}, // 4 days late
			{Institution: "kita", Due: day(10)},                                               // overdue 19 days
			{Institution: "school_head", Due: day(27), Status: conference.FollowUpPartly},     // overdue 2 days
			{Institution: "school_head", Due: day(40)},                                        // not due yet
			{Institution: "", Due: day(3), Status: conference.FollowUpNotDone},                // not done
			{Institution: "", Due: day(3), Status: conference.FollowUpHandedOver},             // dropped
		},
		Check: []string{conference.SeamYes, conference.SeamNo, "", conference.SeamPartly, conference.SeamYes}})
	col.Add(Facts{ID: "b", Kind: conference.KindCase, Status: conference.StatusClosed, Date: day(1), Dissent: 2, CheckSkipped: true,
		UpdatedAt: time.Unix(100, 0)})
	col.Add(Facts{ID: "c", Kind: conference.KindCase, Status: conference.StatusRunning, Date: day(1)})  // not closed
	col.Add(Facts{ID: "d", Kind: conference.KindCase, Status: conference.StatusClosed, Date: day(-40)}) // before the period
	col.Add(Facts{ID: "h1", Kind: conference.KindHandover, Status: conference.StatusClosed, Date: day(2),
		Handover: &HandoverFacts{Route: conference.RouteOffice, Received: true, Days: 6}})
	col.Add(Facts{ID: "h2", Kind: conference.KindHandover, Status: conference.StatusClosed, Date: day(4),
		Handover: &HandoverFacts{Route: conference.RouteOffice}})
	// The same conference from an older archive: folded, the newer wins.
	col.Add(Facts{ID: "b", Kind: conference.KindCase, Status: conference.StatusClosed, Date: day(1), UpdatedAt: time.Unix(-1, 0)})

	r := col.Build(Period{From: day(0), To: today}, today)
	if r.Conferences != 2 || r.WithoutChildView != 1 || r.WithDissent != 1 || r.DissentEntries != 2 || r.Folded != 1 {
		t.Errorf("conferences %d, without child view %d, dissent %d/%d, folded %d",
			r.Conferences, r.WithoutChildView, r.WithDissent, r.DissentEntries, r.Folded)
	}
	a := r.Actions
	if a.Agreed != 7 || a.OnTime != 1 || a.Late != 1 || a.Overdue != 2 || a.Pending != 1 || a.NotDone != 1 || a.Dropped != 1 || a.Due() != 5 {
		t.Errorf("total %+v", a)
	}
	if got := a.OverdueDays.Format("en"); got != "10.5" {
		t.Errorf("median days overdue %s, want 10.5 (19 and 2)", got)
	}
	if len(r.ByInstitution) != 3 || r.ByInstitution[0].Institution != "kita" || r.ByInstitution[2].Institution != "" {
		t.Errorf("institutions %+v: most actions first, the unrecorded last", r.ByInstitution)
	}
	if k := r.ByInstitution[0]; k.LateDays.Format("de") != "4" || k.OverdueDays.Format("de") != "19" {
		t.Errorf("kita %+v", k)
	}
	h := r.Handovers
	if h.Held != 2 || h.Received != 1 || h.Pending != 1 || h.ReceiptDays.Format("de") != "6" || h.OldestPendingDays != 25 {
		t.Errorf("handovers %+v", h)
	}
	if r.CheckAnswered != 1 || r.CheckSkipped != 1 || r.Check[0].Yes != 1 || r.Check[1].No != 1 || r.Check[2].Answered != 0 {
		t.Errorf("check %d/%d %+v", r.CheckAnswered, r.CheckSkipped, r.Check)
	}
	md := string(Markdown(r, NewWords(i18n.EN, nil)))
	for _, want := range []string{"| Kita / child day care | 3 | 3 | 1 | 33% | 1 | 4 | 1 | 19 |", "| **All institutions** | 7 | 5 | 1 | 20% |",
		"1 conference was found more than once"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}
