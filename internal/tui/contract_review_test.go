package tui

import (
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// The interaction contract (shared/INTERACTION.md, package listform)
// through the real workspace, for the review of a follow-up conference:
// its reviews list with the carry form (a new entry), the note panel, the
// copied responsibilities (removed without a question) and what was
// known. Written table-shaped, so it can join the contract tests of the
// other phases with a list.

// reviewConference is a running follow-up conference in its review: three
// actions of the last conference to review (the last one with a long
// text), two responsibilities copied from then and a worry that was
// known.
func reviewConference() *conference.Conference {
	prev := conference.New("prevconf", conference.KindCase, start.AddDate(0, 0, -28))
	prev.CaseCode = "K-2026-117"
	weber := prev.AddParticipant(conference.Participant{Name: "Dr. Jonas Weber", InstitutionType: "paediatrician",
		Institution: "Praxis Dr. Weber"}).ID
	albers := prev.AddParticipant(conference.Participant{Name: "Petra Albers", InstitutionType: "asd", Institution: "ASD Nord",
		Roles: []string{conference.RoleCaseLead}}).ID
	due := conference.Date{Year: 2026, Month: 12, Day: 6}
	prev.AddAction(conference.Action{What: "Kinderärztliche Nachuntersuchung", OwnerID: weber, Due: due})
	prev.AddAction(conference.Action{What: "Hausbesuch", OwnerID: albers, Due: due})
	prev.AddAction(conference.Action{What: "Wöchentliche Beobachtung in der Kita dokumentieren und an das Jugendamt schicken",
		OwnerID: albers, Due: due})
	prev.SetResponsibility(conference.RespInformsFamily, albers, "Telefonat")
	prev.SetResponsibility(conference.RespReceivesMinutes, "", "Polizei Nord")
	prev.AddRisk(conference.RiskEntry{Area: "care", Text: "Kind kommt hungrig in die Kita"})
	c := conference.NewFollowUp(prev, "followup", start.Add(-20*time.Minute))
	c.Start(start.Add(-20 * time.Minute))
	c.GoTo(conference.PhaseReview, start.Add(-10*time.Minute))
	return c
}

// contractCase is a phase with a list, as the contract tests drive it.
type contractCase struct {
	name string
	conf func() *conference.Conference
	// openNew are the keys that open the form of a new entry from where
	// the phase opens; the form's first field takes text, its second is
	// a pick list whose entries filter is matched by typing pick.
	openNew []string
	pick    string
	// added reports the entry a submitted form made ("" when none), with
	// the first field's text in it.
	added func(c *conference.Conference) string
	// toRemovable leads to a list where d removes the selected entry;
	// count counts that list's entries.
	toRemovable []string
	count       func(c *conference.Conference) int
}

var contractCases = []contractCase{{
	name:    "1a_review",
	conf:    reviewConference,
	openNew: []string{"end", "1", "n"}, // from a done action: nothing filled in
	pick:    "hausb",
	added: func(c *conference.Conference) string {
		for _, r := range c.Reviews {
			if a := c.Action(r.CarriedTo); a != nil {
				return a.What + " " + conference.FormatDate(a.Due, "de")
			}
		}
		return ""
	},
	toRemovable: []string{"tab"},
	count: func(c *conference.Conference) int {
		n := 0
		for _, code := range conference.Responsibilities {
			if _, ok := c.Responsible(code); ok {
				n++
			}
		}
		return n
	},
}}

// eachContractCase runs test on every phase of contractCases, opened in
// the workspace (c is the conference open there).
func eachContractCase(t *testing.T, test func(t *testing.T, cc contractCase, h *harness, c func() *conference.Conference)) {
	t.Parallel()
	for _, cc := range contractCases {
		t.Run(cc.name, func(t *testing.T) {
			t.Parallel()
			h := openHarness(t, cc.conf(), i18n.DE, 120, 30)
			test(t, cc, h, h.app.Conference)
		})
	}
}

// keys presses the keys one after the other.
func keys(h *harness, names ...string) {
	for _, k := range names {
		h.Key(k)
	}
}

// helpLine is the workspace's help line: the screen's last line.
func helpLine(h *harness) string {
	lines := strings.Split(strings.TrimRight(h.screen(), "\n"), "\n")
	return lines[len(lines)-1]
}

func TestContractFormKeys(t *testing.T) {
	eachContractCase(t, func(t *testing.T, cc contractCase, h *harness, c func() *conference.Conference) {
		keys(h, cc.openNew...)
		// The help line names only what acts in a field: F1, never ?
		// (it types a question mark), and how to submit and leave.
		help := helpLine(h)
		for _, want := range []string{"ctrl+s", "esc", "F1"} {
			if !strings.Contains(help, want) {
				t.Errorf("help line in a field lacks %q: %q", want, help)
			}
		}
		if strings.Contains(help, "?") {
			t.Errorf("help line in a field offers ?: %q", help)
		}
		// ctrl+u clears the field; enter moves to the next field;
		// typing filters the pick list and enter there chooses the
		// highlighted entry and, in the last field, submits.
		h.Type("quatsch")
		keys(h, "ctrl+u")
		h.Type("+7d")
		keys(h, "enter")
		h.Type(cc.pick)
		keys(h, "enter")
		if got := cc.added(c()); got != "Hausbesuch 29.11.2026" {
			t.Fatalf("the form added %q, want Hausbesuch due in 7 days:\n%s", got, h.screen())
		}
	})
}

// tab moves to the next field, shift+tab back, choosing what the pick
// list highlights on the way; ctrl+s submits from any field.
func TestContractTabAndShiftTab(t *testing.T) {
	eachContractCase(t, func(t *testing.T, cc contractCase, h *harness, c func() *conference.Conference) {
		keys(h, cc.openNew...)
		h.Type("+7d")
		keys(h, "tab")
		h.Type(cc.pick)
		keys(h, "shift+tab", "ctrl+s")
		if got := cc.added(c()); got != "Hausbesuch 29.11.2026" {
			t.Fatalf("the form added %q, want Hausbesuch due in 7 days:\n%s", got, h.screen())
		}
	})
}

func TestReviewContractEscKeepsTheDraft(t *testing.T) {
	eachContractCase(t, func(t *testing.T, cc contractCase, h *harness, c func() *conference.Conference) {
		keys(h, cc.openNew...)
		h.Type("+7d")
		h.Key("esc")
		if cc.added(c()) != "" {
			t.Fatal("esc submitted the form")
		}
		if h.app.workspace() == nil {
			t.Fatal("esc in the form left the conference")
		}
		h.contains(t, "Entwurf")
		h.Key("n")
		h.Key("tab")
		h.Type(cc.pick)
		h.Key("ctrl+s")
		if got := cc.added(c()); got != "Hausbesuch 29.11.2026" {
			t.Fatalf("n did not bring the draft back: added %q", got)
		}
	})
}

// A field kofa filled in is passed by the cursor: c on an action to carry
// fills in the action, so enter in the date submits; shift+tab goes back
// to it.
func TestReviewContractPrefilledFieldIsPassed(t *testing.T) {
	t.Parallel()
	h := openHarness(t, reviewConference(), i18n.DE, 120, 30)
	c := h.app.Conference
	keys(h, "down", "c")
	h.Type("+7d")
	h.Key("shift+tab")
	h.contains(t, "Hausbesuch") // the pick list, open on the filled-in choice
	keys(h, "tab", "enter")
	if a := c().Action(c().Reviews[1].CarriedTo); a == nil || a.What != "Hausbesuch" {
		t.Fatalf("enter in the date did not carry the filled-in action: %+v", c().Reviews[1])
	}
}

// d removes at once, without a question, says so and how to undo;
// ctrl+z brings the entry back.
func TestReviewContractRemoveWithoutQuestion(t *testing.T) {
	eachContractCase(t, func(t *testing.T, cc contractCase, h *harness, c func() *conference.Conference) {
		keys(h, cc.toRemovable...)
		before := cc.count(c())
		h.Key("d")
		if cc.count(c()) != before-1 {
			t.Fatalf("d removed %d entries, want one", before-cc.count(c()))
		}
		h.contains(t, "entfernt · ctrl+z macht rückgängig")
		h.Key("ctrl+z")
		if cc.count(c()) != before {
			t.Errorf("ctrl+z left %d entries, want %d back", cc.count(c()), before)
		}
	})
}

// Unfocused fields show the start of their text, ending in "…": the long
// action chosen in the carry form, on a narrow terminal.
func TestReviewContractUnfocusedFieldShowsItsStart(t *testing.T) {
	t.Parallel()
	h := openHarness(t, reviewConference(), i18n.DE, 64, 30)
	keys(h, "down", "down", "c")
	for _, l := range strings.Split(h.screen(), "\n") {
		if _, v, ok := strings.Cut(l, "Vereinbarung  "); ok {
			if !strings.HasPrefix(v, "Wöchentliche Beobachtung in der Kita") || !strings.HasSuffix(strings.TrimSpace(v), "…") {
				t.Errorf("the chosen action shows as %q, want its start ending in …", v)
			}
			return
		}
	}
	t.Fatalf("no chosen action on screen:\n%s", h.screen())
}

// The review's own keys do what the help line says, through the
// workspace: a status with one key, undone with ctrl+z.
func TestContractStatusKeysAndUndo(t *testing.T) {
	t.Parallel()
	h := openHarness(t, reviewConference(), i18n.DE, 120, 30)
	c := h.app.Conference
	if help := helpLine(h); !strings.Contains(help, "1–4 Stand") || !strings.Contains(help, "c fortführen") {
		t.Errorf("help line %q", help)
	}
	h.Key("3")
	if c().Reviews[0].Status != conference.FollowUpNotDone {
		t.Fatalf("3 set %q", c().Reviews[0].Status)
	}
	h.Key("ctrl+z")
	if c().Reviews[0].Status != conference.FollowUpOpen {
		t.Errorf("ctrl+z left %q", c().Reviews[0].Status)
	}
}
