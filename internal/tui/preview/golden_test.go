package preview

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/tuitest"
)

// previewCase is one variant of the minutes of one kind of conference in
// one language, reached from the full minutes by pressing v.
type previewCase struct {
	name    string // of the golden files
	conf    func(lang i18n.Lang) *conference.Conference
	variant string
	lang    i18n.Lang
	// keys are pressed once the variant is chosen (i picks another
	// institution for the tasks).
	keys []string
}

// previewCases are every variant kofa offers (conference.MinutesVariants)
// of the demo case conference, the languages taking turns, and the minutes
// of the other kinds of conference: a network meeting and a handover. A
// variant added to MinutesVariants gets its golden views here without
// more ado (go test ./internal/tui/preview -run TestGolden -update), and
// fails until the preview's v offers it.
func previewCases() []previewCase {
	var cases []previewCase
	for i, v := range conference.MinutesVariants {
		pc := previewCase{name: v, conf: caseConference, variant: v, lang: []i18n.Lang{i18n.DE, i18n.EN}[i%2]}
		if v == conference.MinutesTasks {
			pc.keys = []string{"i"}
		}
		cases = append(cases, pc)
	}
	return append(cases,
		previewCase{name: "network", conf: networkConference, variant: conference.MinutesFull, lang: i18n.DE},
		previewCase{name: "handover", conf: handoverConference, variant: conference.MinutesFull, lang: i18n.EN})
}

func caseConference(lang i18n.Lang) *conference.Conference { return demo.Sample(string(lang), start) }

// networkConference is a network meeting in its agenda: three reports, an
// item with a decision and an action.
func networkConference(i18n.Lang) *conference.Conference {
	c, ps := tuitest.NetworkMeeting(start.Add(-30*time.Minute), conference.PhaseReports)
	c.AddContribution(conference.Contribution{SpeakerID: ps.Albers, Text: "Neue Ansprechperson im ASD für die Schulen: Frau Graf"})
	c.AddContribution(conference.Contribution{SpeakerID: ps.Brandt, Text: "Mehr Einsätze wegen häuslicher Gewalt"})
	c.AddContribution(conference.Contribution{SpeakerID: ps.Hartmann, Text: "Schulsozialarbeit an zwei weiteren Schulen"})
	c.GoTo(conference.PhaseAgenda, start.Add(-10*time.Minute))
	item := c.AddAgendaItem(conference.AgendaItem{Title: "Fachtag Kinderschutz 2027", LeadID: ps.Brandt,
		Discussion: "Termin im Mai ist schwierig wegen der Prüfungszeit.", Decisions: "Fachtag im September",
		Status: conference.ItemDone}).ID
	c.AddAction(conference.Action{What: "Einladung an alle Schulen", OwnerID: ps.Brandt, Due: conference.DateOf(start).AddDays(45), Item: item})
	return c
}

// handoverConference is the handover of the demo case to another
// youth-welfare office, in preparation.
func handoverConference(lang i18n.Lang) *conference.Conference {
	from := demo.Sample(string(lang), start.AddDate(0, 0, -28))
	return conference.NewHandover(from, []*conference.Conference{from}, "h4nd0v3r", "Jugendamt Musterstadt", start.Add(-48*time.Hour))
}

// wholeView opens the preview of the case's conference in theme th at
// width w, picks the case's variant, and makes the screen tall enough to
// show all of the minutes, so that one view holds every line of them with
// the screen around it.
func wholeView(t *testing.T, pc previewCase, th *theme.Theme, w int) string {
	t.Helper()
	h := newThemedHarness(t, pc.conf(pc.lang), th, pc.lang, w, 40)
	h.m.dir = "~/Dokumente" // the temporary folder differs on every run
	for range conference.MinutesVariants {
		if h.m.variant == pc.variant {
			break
		}
		h.Key("v")
	}
	if h.m.variant != pc.variant {
		t.Fatalf("v never offers the variant %q", pc.variant)
	}
	for _, k := range pc.keys {
		h.Key(k)
	}
	if !h.m.shown {
		t.Fatal("the minutes did not render")
	}
	tall := len(h.m.lines) + 8 // the header, choice, folder, status and key lines and three rules
	h.Exec(h.m.SetLayout(layout.Compute(w, tall)))
	view := h.m.View()
	checkFits(t, view, w, tall)
	if got := len(strings.Split(view, "\n")); got != tall {
		t.Fatalf("%d lines, want %d: the minutes do not fill the screen", got, tall)
	}
	return view
}

// goldenThemes are the themes of the golden views: the default one (its
// colours as escape codes) and the monochrome one (bold and faint only).
var goldenThemes = []string{"default", "monochrome"}

// TestGolden keeps the preview of every variant of the minutes at 80 and
// 120 columns in the default and the monochrome theme.
func TestGolden(t *testing.T) {
	t.Parallel()
	for _, pc := range previewCases() {
		for _, w := range []int{80, 120} {
			for _, name := range goldenThemes {
				t.Run(fmt.Sprintf("%s_%s_%d_%s", pc.name, pc.lang, w, name), func(t *testing.T) {
					t.Parallel()
					th, err := theme.Load(name, "")
					if err != nil {
						t.Fatal(err)
					}
					golden.RequireEqual(t, wholeView(t, pc, th, w))
				})
			}
		}
	}
}

// TestNoLinePaddedWithSpaces: no line of the preview ends in spaces, in any
// variant, width or theme. Lines padded to the full width (as glamour and
// the viewport drew them) cost the terminal a full row of cells each.
func TestNoLinePaddedWithSpaces(t *testing.T) {
	t.Parallel()
	for _, pc := range previewCases() {
		for _, w := range []int{layout.CompactWidth, 80, 120, 200} {
			for _, name := range theme.Names() {
				th, err := theme.Load(name, "")
				if err != nil {
					t.Fatal(err)
				}
				for i, l := range strings.Split(wholeView(t, pc, th, w), "\n") {
					if plain := ansi.Strip(l); strings.HasSuffix(plain, " ") {
						t.Fatalf("%s %s %d %s: line %d ends in spaces: %q", pc.name, pc.lang, w, name, i, plain)
					}
				}
			}
		}
	}
}
