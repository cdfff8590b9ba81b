package reports

import (
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// t0 is the meeting day at 14:00.
var t0 = time.Date(2026, 11, 22, 14, 0, 0, 0, time.UTC)

func meeting() (*conference.Conference, tuitest.NetworkPeople) {
	return tuitest.NetworkMeeting(t0, conference.PhaseReports)
}

// withReports has the police's report in.
func withReports() (*conference.Conference, tuitest.NetworkPeople) {
	c, ps := meeting()
	c.AddContribution(conference.Contribution{SpeakerID: ps.Brandt, Text: "Mehr Einsätze wegen häuslicher Gewalt,\nMeldungen kommen schneller beim ASD an"})
	return c, ps
}

func newHarness(t testing.TB, c *conference.Conference, lang i18n.Lang) *tuitest.Editor {
	t.Helper()
	clk := tuitest.NewClock(t0)
	return tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, lang, clk.Now), New, 100, 30)
}

// TestReportsAreTakenInTurn opens the empty phase, where the form waits
// with the first person present already chosen, records two reports by
// typing and enter alone, and sees who is still to report.
func TestReportsAreTakenInTurn(t *testing.T) {
	t.Parallel()
	c, ps := meeting()
	h := newHarness(t, c, i18n.DE)
	if !h.Ed.Typing() {
		t.Fatal("with no report the form should open at once")
	}
	h.Type("Neue Ansprechperson im ASD")
	h.Key("enter")
	h.Type("Zahlen steigen")
	h.Key("enter")
	reports := c.Reports()
	if len(reports) != 2 || reports[0].SpeakerID != ps.Albers || reports[1].SpeakerID != ps.Brandt {
		t.Fatalf("reports %+v: want Albers, then Brandt, each chosen for us", reports)
	}
	if reports[1].Text != "Zahlen steigen" || reports[1].Phase != conference.PhaseReports || !reports[1].At.Equal(t0) {
		t.Errorf("report %+v", reports[1])
	}
	if !h.HasChange("add contributions/" + reports[0].ID) {
		t.Errorf("changes %v", h.Paths())
	}
	h.Key("esc")
	h.MustShow("Berichte aus den Institutionen · 2 Berichte", "Noch ohne Bericht: Lena Hartmann", "Markus Brandt (Polizeiinspektion Nord)")
	h.MustNotShow("Jonas Weber") // sent apologies: not waited for
}

// TestAReportIsChangedAsTypedAndRemovedAtOnce edits the text of a report
// in place, takes the edit of an emptied text back, then removes it.
func TestAReportIsChangedAsTypedAndRemovedAtOnce(t *testing.T) {
	t.Parallel()
	c, _ := withReports()
	h := newHarness(t, c, i18n.EN)
	id := c.Reports()[0].ID
	h.Key("enter", "enter", "ctrl+u")
	if c.Reports()[0].Text == "" {
		t.Fatal("an emptied report was stored")
	}
	h.MustShow("The report is empty")
	h.Type("Fewer call-outs")
	if got := c.Reports()[0].Text; got != "Fewer call-outs" || !h.HasChange("update contributions/"+id+"/text") {
		t.Fatalf("text %q, changes %v", got, h.Paths())
	}
	h.Key("esc", "d")
	if len(c.Reports()) != 0 || !h.HasChange("remove contributions/"+id) {
		t.Fatalf("reports %+v, changes %v", c.Reports(), h.Paths())
	}
	h.MustShow("removed")
}

var viewStates = map[string]tuitest.EditorState{
	"empty":   {Conf: conf(meeting), Prepare: func(*tuitest.Editor) {}},
	"reports": {Conf: conf(withReports), Prepare: func(*tuitest.Editor) {}},
	"form": {Conf: conf(withReports), Prepare: func(h *tuitest.Editor) {
		h.Key("n")
		h.Type("Schulsozialarbeit an zwei weiteren Schulen")
	}},
}

// conf drops the people of a fixture.
func conf(f func() (*conference.Conference, tuitest.NetworkPeople)) func() *conference.Conference {
	return func() *conference.Conference { c, _ := f(); return c }
}

// TestGolden pins the phase at 80x24 and 120x40 in German and English.
// Run with -update after an intended change.
func TestGolden(t *testing.T) {
	t.Parallel()
	tuitest.GoldenEditor(t, viewStates, newHarness)
}

// TestViewFitsEverySize renders every state at sizes from 1x1 to 300x100.
func TestViewFitsEverySize(t *testing.T) {
	t.Parallel()
	tuitest.FitsEverySize(t, viewStates, newHarness)
}
