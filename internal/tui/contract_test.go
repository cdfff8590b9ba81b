package tui

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// The interaction contract (the package doc of internal/tui/listform)
// checked through the real workspace, with every real phase editor, for
// every list with a form: written once here, run for each list of
// contractLists. A new list joins by adding its line there.

// contractField is one field of a list's form, in the cursor's order:
// what is typed into it for a valid entry. A pick list's typed text is a
// filter whose first match is chosen.
type contractField struct {
	typed string
}

// contractPick is a pick list of the form: the field's place, a filter
// with a space in it and the label its first match shows.
type contractPick struct {
	field          int
	filter, choice string
}

// contractList is a list with a form in a phase.
type contractList struct {
	name string
	// conf is the conference, opened from the home screen in its phase.
	conf func() *conference.Conference
	// open are the keys from the phase as it opens to the form of a new
	// entry, the cursor in its first field; reopen the keys that open it
	// again after esc.
	open, reopen []string
	// count is the number of entries in the list.
	count func(*conference.Conference) int
	// draft is the name of a new entry's draft (Config.Path + "/new").
	draft string
	// fields make a valid entry; text is the place of a single-line text
	// field among them.
	fields []contractField
	text   int
	// draftAt is the field the draft test types into; stored a typed
	// text that is kept as typed (default: the first field's).
	draftAt int
	stored  string
	// saved: the form writes as it is typed (a panel), there is no draft.
	saved bool
	// toList are the keys from the form left with esc to the new entry,
	// selected in its list.
	toList []string
	// kept: d does not remove an entry (a review is not removed).
	kept bool
	// single and multi are pick lists of the form (nil: none).
	single, multi *contractPick
}

func participants(c *conference.Conference) int { return len(c.Participants) }

func caseIn(id conference.PhaseID) func() *conference.Conference {
	return func() *conference.Conference { return running(id) }
}

func networkIn(id conference.PhaseID) func() *conference.Conference {
	return func() *conference.Conference { c, _ := tuitest.NetworkMeeting(start, id); return c }
}

func typed(texts ...string) []contractField {
	out := make([]contractField, len(texts))
	for i, s := range texts {
		out[i] = contractField{typed: s}
	}
	return out
}

var contractLists = []contractList{
	{
		name: "preparation/children", conf: preparing,
		open: []string{"esc", "n"}, reopen: []string{"n"},
		count: func(c *conference.Conference) int { return len(c.Children) }, draft: "children/new",
		fields: typed("Mia", "M. S.", "2020", "20.11.2026", "Petra A"), text: 0,
	},
	{
		name: "preparation/carers", conf: preparing,
		open: []string{"esc", "tab", "n"}, reopen: []string{"n"},
		count: func(c *conference.Conference) int { return len(c.Carers) }, draft: "carers/new",
		fields: typed("Sandra Schulz", "Großm", "gemeins"), text: 0,
		single: &contractPick{field: 1, filter: "Großm", choice: "Großmutter"},
	},
	{
		name: "opening/participants", conf: caseIn(conference.PhaseOpening),
		open: []string{"n"}, reopen: []string{"n"}, count: participants, draft: "participants/new",
		fields: typed("Vera Vertrag", "Kita /", "Kita Regenbogen", "Erzieherin", "", ""), text: 2, // roles, legal bases
		single: &contractPick{field: 1, filter: "Kita /", choice: "Kita / Kindertagespflege"},
		multi:  &contractPick{field: 4, filter: "Proto", choice: "Protokoll"},
	},
	{
		// The action to carry forward is the pick list (contract_review_test.go
		// has the review's own).
		name: "review/carry", conf: reviewConference,
		open: []string{"end", "1", "n"}, reopen: []string{"n"},
		count: func(c *conference.Conference) int {
			return len(slices.DeleteFunc(slices.Clone(c.Reviews), func(r conference.ActionReview) bool { return r.CarriedTo == "" }))
		},
		draft: "reviews/carry", fields: typed("+7d", "hausb"), text: -1, stored: "2026-11-29", kept: true,
		single: &contractPick{field: 1, filter: "hausb", choice: "Hausbesuch"},
	},
	{
		name: "presentation/chronology", conf: caseIn(conference.PhasePresentation),
		open: []string{"tab", "n"}, reopen: []string{"n"},
		count: func(c *conference.Conference) int { return len(c.Chronology) }, draft: "chronology/new",
		fields: typed("10.11.2026", "Meldung der Kita", "Kita-Dokumentation"), text: 1, stored: "Meldung der Kita",
	},
	{
		// n is the next speaker here; enter on the speaking order writes.
		name: "perspectives/contributions", conf: caseIn(conference.PhasePerspectives),
		reopen: []string{"enter"}, toList: []string{"tab"},
		count: func(c *conference.Conference) int { return len(c.Contributions) }, draft: "contributions/new",
		fields: typed("Mia kommt oft hungrig", "eigene B", "Gruppentagebuch"), text: 0,
		single: &contractPick{field: 1, filter: "eigene B", choice: "eigene Beobachtung"},
	},
	{
		name: "worries/risks", conf: caseIn(conference.PhaseWorries),
		reopen: []string{"n"},
		count:  func(c *conference.Conference) int { return len(c.Risks) }, draft: "risks/new",
		fields: typed("untypischen Stellen", "", "", "", "Kita-Dokumentation", ""), text: 4, draftAt: 4, stored: "Kita-Dokumentation",
		single: &contractPick{field: 0, filter: "untypischen Stellen", choice: "Verletzungen an untypischen Stellen"},
	},
	{
		name: "worries/strengths", conf: caseIn(conference.PhaseWorries),
		open: []string{"esc", "tab", "n"}, reopen: []string{"n"},
		count: func(c *conference.Conference) int { return len(c.ProtectiveFactors) + len(c.ExistingSafety) }, draft: "strengths/new",
		fields: typed("schützende Bez", "", "Hausbesuch", ""), text: 2, draftAt: 2, stored: "Hausbesuch",
		single: &contractPick{field: 0, filter: "schützende Bez", choice: "Verlässliche schützende Bezugsperson"},
	},
	{
		name: "assessment/dissent", conf: caseIn(conference.PhaseAssessment),
		open: []string{"esc", "n"}, reopen: []string{"n"},
		count: func(c *conference.Conference) int { return len(c.Assessment.Dissent) }, draft: "assessment/dissent/new",
		fields: typed("Jonas W", "sieht keine Gefahr", "", "", "kommt beim naechsten Mal darauf zurueck"), text: 4, draftAt: 1, stored: "sieht keine Gefahr",
		single: &contractPick{field: 0, filter: "Jonas W", choice: "Dr. Jonas Weber"},
	},
	{
		name: "safety/steps", conf: caseIn(conference.PhaseSafety),
		reopen: []string{"n"},
		count:  func(c *conference.Conference) int { return len(c.ImmediateSafety.Steps) }, draft: "immediate_safety/steps/new",
		fields: typed("Mia bleibt bei der Oma", "Aylin D", "heute Abend"), text: 0,
		single: &contractPick{field: 1, filter: "Aylin D", choice: "Aylin Demir"},
	},
	{
		// The owner's institution is filled in and passed.
		name: "actions", conf: caseIn(conference.PhaseActions),
		open: []string{"n"}, reopen: []string{"n"},
		count: func(c *conference.Conference) int { return len(c.Actions) }, draft: "actions/new",
		fields: typed("Hausbesuch machen", "Petra A", "+14d", "Anruf beim ASD", "Gespraech mit der Mutter"), text: 3,
		single: &contractPick{field: 1, filter: "Petra A", choice: "Petra Albers"},
	},
	{
		// w opens the plan, and its first entry's form while it is empty.
		name: "actions/crisis plan", conf: caseIn(conference.PhaseActions),
		open: []string{"w"}, reopen: []string{"n"},
		count: func(c *conference.Conference) int { return len(c.CrisisPlan) }, draft: "crisis_plan/new",
		fields: typed("Familiengericht anrufen", "Mutter verweigert", "Petra A", "am selben Tag", ""), text: 1,
		single: &contractPick{field: 2, filter: "Petra A", choice: "Petra Albers"},
		// The plan holds the keyboard until esc goes back to the actions;
		// w shows it again.
		toList: []string{"w"},
	},
	{
		// Written as it is typed: no draft.
		name: "closing/distribution", conf: caseIn(conference.PhaseClosing),
		open: []string{"4", "n"}, saved: true,
		count:  func(c *conference.Conference) int { return len(c.Distribution) },
		fields: typed("Aylin D", ""), text: -1, stored: "p3",
		single: &contractPick{field: 0, filter: "Aylin D", choice: "Aylin Demir"},
	},
	{
		name: "network/reports", conf: networkIn(conference.PhaseReports),
		reopen: []string{"n"},
		count:  func(c *conference.Conference) int { return len(c.Contributions) }, draft: "contributions/new",
		fields: typed("Zwei neue Faelle im Bezirk"), text: -1,
	},
	{
		name: "network/agenda", conf: networkIn(conference.PhaseAgenda),
		reopen: []string{"n"},
		count:  func(c *conference.Conference) int { return len(c.Agenda) }, draft: "agenda/new",
		fields: typed("Meldewege Schule", "Lena H", "", ""), text: 0,
		single: &contractPick{field: 1, filter: "Lena H", choice: "Lena Hartmann"},
	},
	{
		name: "network/agenda actions", conf: withAgendaItem,
		open: []string{"a"}, reopen: []string{"n"},
		count: func(c *conference.Conference) int { return len(c.Actions) }, draft: "actions/new",
		fields: typed("Fortbildung planen", "Markus B", "+2w"), text: 0,
		single: &contractPick{field: 1, filter: "Markus B", choice: "Markus Brandt"},
	},
	{
		// The status kofa proposes is passed.
		name: "network/cooperation", conf: networkIn(conference.PhaseCooperation),
		open: []string{"n"}, reopen: []string{"n"},
		count: func(c *conference.Conference) int { return len(c.Cooperation) }, draft: "cooperation/new",
		fields: typed("Meldewege nach 8a", "Jugendamt Nord", "Petra Albers", "Polizei Nord", "Markus Brandt", "", "", "", "+52w", ""), text: 0,
	},
	{
		// A handover's lists: whom the receiving side reaches, the crisis
		// and protection plan passed on.
		name: "handover/contacts", conf: handoverIn(conference.PhaseContacts),
		open: []string{"n"}, reopen: []string{"n"},
		count: func(c *conference.Conference) int { return len(c.Contacts()) }, draft: "handover/contacts/new",
		fields: typed("Frau Kaya", "Fallfuehrung", "Jugendamt Sued", "030 1234"), text: 0,
	},
	{
		name: "handover/protection", conf: handoverIn(conference.PhaseProtection),
		open: []string{"n"}, reopen: []string{"n"},
		count: func(c *conference.Conference) int { return len(c.CrisisPlan) }, draft: "crisis_plan/new",
		fields: typed("Mia fehlt in der Kita", "Anruf beim ASD", "Frau Kaya", "sofort"), text: 0,
	},
}

// handoverIn is a running handover of the case in phase id, the people
// of the case at the table.
func handoverIn(id conference.PhaseID) func() *conference.Conference {
	return func() *conference.Conference { return runningKind(conference.KindHandover, id) }
}

// preparing is a case conference in preparation with one participant.
func preparing() *conference.Conference {
	c := conference.New("idprep01", conference.KindCase, start.Add(-24*time.Hour))
	c.AddParticipant(conference.Participant{Name: "Petra Albers", InstitutionType: "asd"})
	return c
}

// withAgendaItem is a network meeting on its agenda, one item on it.
func withAgendaItem() *conference.Conference {
	c, _ := tuitest.NetworkMeeting(start, conference.PhaseAgenda)
	c.AddAgendaItem(conference.AgendaItem{Title: "Meldewege"})
	return c
}

// storedText is a typed text that ends up in the conference as typed.
func (l contractList) storedText() string {
	if l.stored != "" {
		return l.stored
	}
	return l.fields[0].typed
}

// startForm opens the list's conference and its new entry's form.
func (l contractList) startForm(t *testing.T) *harness {
	t.Helper()
	h := openRunning(t, tuitest.NewRepo(), l.conf(), i18n.DE)
	for _, k := range l.open {
		h.Key(k)
	}
	return h
}

// tabTo moves the cursor from the first field to field i.
func tabTo(h *harness, i int) {
	for range i {
		h.Key("tab")
	}
}

// fill types the valid entry's fields, pressing step after each but the
// last (step after the last too when last is true); at runs before a
// field is typed.
func (l contractList) fill(h *harness, step string, last bool, at func(i int)) {
	for i, f := range l.fields {
		if at != nil {
			at(i)
		}
		h.Type(f.typed)
		if i < len(l.fields)-1 || last {
			h.Key(step)
		}
	}
}

// helpLine is the screen's last line without the save state before it.
func (h *harness) helpLine() string {
	lines := strings.Split(h.screen(), "\n")
	line := lines[len(lines)-1]
	if i := strings.LastIndex(line, "   "); i >= 0 {
		line = line[i+3:]
	}
	return strings.TrimSpace(line)
}

// checkFieldHelp checks the help line while a field has focus: F1 for
// help, never ?, and no key that is a character (it types it).
func checkFieldHelp(t *testing.T, h *harness, where string) {
	t.Helper()
	line := h.helpLine()
	if !strings.Contains(line, "F1 Hilfe") || strings.Contains(line, "F1/?") {
		t.Errorf("%s: the help line does not say F1 alone for help: %q", where, line)
	}
	for _, item := range strings.Split(line, " · ") {
		k, _, _ := strings.Cut(item, " ")
		for _, part := range strings.Split(k, "/") {
			if utf8.RuneCountInString(part) == 1 && part[0] < utf8.RuneSelf {
				t.Errorf("%s: the help line names %q, which types text in a field: %q", where, part, line)
			}
		}
	}
}

// confText is the conference as JSON without its drafts: where a typed
// text ended up.
func confText(c *conference.Conference) string {
	cc := *c
	cc.Drafts = nil
	b, err := json.Marshal(&cc)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// submitted checks that one entry was added holding want.
func submitted(t *testing.T, h *harness, l contractList, before int, how string, want ...string) {
	t.Helper()
	c := h.app.Conference()
	if got := l.count(c); got != before+1 {
		t.Fatalf("%s: %d entries, want %d:\n%s", how, got, before+1, h.screen())
	}
	text := confText(c)
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s: %q not in the conference", how, w)
		}
	}
}

func TestContractEnterMovesOnAndSubmitsInTheLastField(t *testing.T) {
	for _, l := range contractLists {
		t.Run(l.name, func(t *testing.T) {
			h := l.startForm(t)
			before := l.count(h.app.Conference())
			l.fill(h, "enter", false, func(i int) {
				checkFieldHelp(t, h, "field "+string(rune('0'+i)))
				if got := l.count(h.app.Conference()); got != before && !l.saved {
					t.Fatalf("enter in field %d submitted: %d entries", i-1, got)
				}
			})
			h.Key("enter")
			submitted(t, h, l, before, "enter in the last field", l.storedText())
		})
	}
}

func TestContractCtrlSSubmitsFromAnyField(t *testing.T) {
	for _, l := range contractLists {
		t.Run(l.name, func(t *testing.T) {
			h := l.startForm(t)
			before := l.count(h.app.Conference())
			l.fill(h, "tab", true, nil)
			// back in the first field (tab wraps or stays): go there
			for range len(l.fields) {
				h.Key("shift+tab")
			}
			h.Key("ctrl+s")
			submitted(t, h, l, before, "ctrl+s", l.storedText())
		})
	}
}

func TestContractTabShiftTabAndCtrlU(t *testing.T) {
	for _, l := range contractLists {
		if l.text < 0 {
			continue
		}
		t.Run(l.name, func(t *testing.T) {
			h := l.startForm(t)
			before := l.count(h.app.Conference())
			l.fill(h, "tab", false, func(i int) {
				if i != l.text {
					return
				}
				h.Type("Falsch")
				h.Key("ctrl+u")
				h.Type("Erst?")
				h.Key("tab")
				h.Key("shift+tab")
				h.Type("dann ")
			})
			h.Key("ctrl+s")
			submitted(t, h, l, before, "tab, shift+tab, ctrl+u", "Erst?dann "+l.fields[l.text].typed)
			if strings.Contains(confText(h.app.Conference()), "Falsch") {
				t.Error("ctrl+u did not clear the field")
			}
		})
	}
}

func TestContractEscKeepsTheDraft(t *testing.T) {
	for _, l := range contractLists {
		if l.draft == "" {
			continue
		}
		t.Run(l.name, func(t *testing.T) {
			h := l.startForm(t)
			before := l.count(h.app.Conference())
			tabTo(h, l.draftAt)
			h.Type("Entwurf")
			h.Key("esc")
			h.Advance(3 * time.Second)
			if got := l.count(h.app.Conference()); got != before {
				t.Fatalf("esc added an entry")
			}
			d, ok := h.stored(t).Drafts[l.draft]
			if !ok || !strings.Contains(strings.Join(d.Texts, "|"), "Entwurf") {
				t.Fatalf("no draft %q stored after esc: %+v", l.draft, h.stored(t).Drafts)
			}
			for _, k := range l.reopen {
				h.Key(k)
			}
			h.Type("text") // the cursor is back where it stood
			h.Key("tab")
			h.contains(t, "Entwurftext")
		})
	}
}

func TestContractUnfocusedFieldShowsItsStart(t *testing.T) {
	long := "Anfang " + strings.Repeat("und weiter ", 14) + "Schluss"
	for _, l := range contractLists {
		if l.text < 0 {
			continue
		}
		t.Run(l.name, func(t *testing.T) {
			h := l.startForm(t)
			for _, f := range l.fields[:l.text] {
				h.Type(f.typed)
				h.Key("tab")
			}
			h.Type(long)
			h.Key("tab")
			s := h.screen()
			if !strings.Contains(s, "Anfang und weiter") || strings.Contains(s, "Schluss") {
				t.Fatalf("the field left shows not its start:\n%s", s)
			}
			if l := h.line("Anfang und weiter"); !strings.HasSuffix(strings.TrimRight(l, " │"), "…") {
				t.Errorf("the field left does not end in …: %q", l)
			}
		})
	}
}

func TestContractPickListChoosesTheHighlightedEntry(t *testing.T) {
	for _, l := range contractLists {
		if l.single == nil {
			continue
		}
		p := *l.single
		for _, how := range []string{"enter", "tab"} {
			t.Run(l.name+"/"+how, func(t *testing.T) {
				h := l.startForm(t)
				tabTo(h, p.field)
				h.Type(p.filter)
				h.contains(t, "⌕ "+p.filter) // space is text
				h.contains(t, "▸  "+p.choice)
				checkFieldHelp(t, h, "pick list")
				h.Key(how)
				if !strings.Contains(h.screen(), p.choice) || strings.Contains(h.screen(), "⌕ "+p.filter) {
					t.Fatalf("%s did not choose %q:\n%s", how, p.choice, h.screen())
				}
				// Back to it: enter again keeps the choice (never toggles).
				h.Key("shift+tab")
				h.Key("enter")
				h.Key("shift+tab")
				h.Key("down")
				h.Key("up")
				h.Key(how)
				if !strings.Contains(h.screen(), p.choice) {
					t.Fatalf("choosing %q again took it away:\n%s", p.choice, h.screen())
				}
			})
		}
	}
}

func TestContractMultiplePickShowsTicks(t *testing.T) {
	for _, l := range contractLists {
		if l.multi == nil {
			continue
		}
		p := *l.multi
		t.Run(l.name, func(t *testing.T) {
			h := l.startForm(t)
			tabTo(h, p.field)
			h.Type(p.filter)
			h.contains(t, "☐ "+p.choice)
			h.Key("enter")
			h.contains(t, "☑ "+p.choice)
			h.Key("enter")
			h.contains(t, "☐ "+p.choice)
			h.Key("enter")
			h.Key("ctrl+s")
		})
	}
}

// contractPrefill is a form where kofa fills a field in: keys that make it
// do so (the cursor then in the field after it), the field's label and
// what kofa put there.
type contractPrefill struct {
	list         string // a name of contractLists
	keys         []string
	label, value string
}

var contractPrefills = []contractPrefill{
	// The owner chosen, the institution is theirs.
	{list: "actions", keys: []string{"Zahnarzt", "tab", "Aylin D", "enter"}, label: "Institution", value: "Kita Sonnenblume"},
	// The reporter is the next without a report.
	{list: "network/reports", label: "Wer berichtet", value: "Petra Albers"},
}

// TestContractPrefilledFieldIsPassed: the cursor passes a field kofa
// filled in on the way forward; shift+tab goes back to it, and what is
// typed there is the user's.
func TestContractPrefilledFieldIsPassed(t *testing.T) {
	for _, p := range contractPrefills {
		t.Run(p.list, func(t *testing.T) {
			i := slices.IndexFunc(contractLists, func(l contractList) bool { return l.name == p.list })
			h := contractLists[i].startForm(t)
			for _, k := range p.keys {
				if utf8.RuneCountInString(k) > 1 && !strings.ContainsAny(k, " ") && tuitest.KeyPress(k).Text == "" {
					h.Key(k)
				} else {
					h.Type(k)
				}
			}
			h.Type("X")
			if l := h.line(p.label); !strings.Contains(l, p.value) || strings.Contains(l, "X") {
				t.Fatalf("typing after the prefill went into it: %q", l)
			}
			h.Key("ctrl+u")
			h.Key("shift+tab")
			h.Type("Y")
			if l := h.line(p.label); !strings.Contains(l, p.value+"Y") && !strings.Contains(l, "⌕ Y") {
				t.Fatalf("shift+tab did not go back to the field filled in: %q\n%s", l, h.screen())
			}
		})
	}
}

// TestContractF1ShowsTheFormKeys: F1 in a form lists the form's keys (and
// a pick list's), esc closes the help and the form is as it was.
func TestContractF1ShowsTheFormKeys(t *testing.T) {
	for _, l := range contractLists {
		t.Run(l.name, func(t *testing.T) {
			h := l.startForm(t)
			if l.text >= 0 {
				tabTo(h, l.text)
				h.Type("?")
				for range l.text {
					h.Key("shift+tab")
				}
			}
			if p := l.single; p != nil {
				tabTo(h, p.field)
				h.Type(p.filter)
			}
			h.Key("f1")
			s := h.screen()
			if strings.Contains(s, "?/F1") || strings.Contains(s, "? oder esc") {
				t.Errorf("F1 from a field names ? for help:\n%s", s)
			}
			for _, want := range []string{"tab", "shift+tab", "enter", "ctrl+s", "esc", "ctrl+u"} {
				if !strings.Contains(s, want+" ") {
					t.Errorf("F1 does not name %q:\n%s", want, s)
				}
			}
			if l.single != nil && !strings.Contains(s, "↑/↓") {
				t.Errorf("F1 in a pick list does not name ↑/↓:\n%s", s)
			}
			h.Key("esc")
			if l.text >= 0 && !strings.Contains(h.screen(), "?") || !strings.Contains(h.helpLine(), "F1 Hilfe") {
				t.Errorf("after F1 and esc the form is gone:\n%s", h.screen())
			}
		})
	}
}

// TestContractAttendanceFromEveryPhase: F2 opens the participants in every
// phase of a running conference, also while a form is open; esc goes back
// to where it was.
func TestContractAttendanceFromEveryPhase(t *testing.T) {
	type phaseCase struct {
		name string
		conf func() *conference.Conference
	}
	var cases []phaseCase
	for _, id := range conference.PhaseOrder[1:] {
		cases = append(cases, phaseCase{string(id), caseIn(id)})
	}
	for _, id := range conference.NetworkPhaseOrder[1:] {
		cases = append(cases, phaseCase{"network/" + string(id), networkIn(id)})
	}
	for _, l := range contractLists {
		cases = append(cases, phaseCase{"form " + l.name, l.conf})
	}
	for _, pc := range cases {
		t.Run(pc.name, func(t *testing.T) {
			h := openRunning(t, tuitest.NewRepo(), pc.conf(), i18n.DE)
			if strings.HasPrefix(pc.name, "form ") {
				i := slices.IndexFunc(contractLists, func(l contractList) bool { return "form "+l.name == pc.name })
				for _, k := range contractLists[i].open {
					h.Key(k)
				}
			}
			if strings.HasPrefix(pc.name, "form preparation") {
				t.Skip("no attendance before the conference starts")
			}
			before := h.screen()
			h.Key("f2")
			h.contains(t, "Anwesenheit – wer kommt dazu, wer geht?")
			h.Key("esc")
			if got := h.screen(); got != before {
				t.Errorf("after F2 and esc the screen is not as it was:\n%s\nwas:\n%s", got, before)
			}
		})
	}
}

// TestContractRemoveWithoutQuestion: d removes the selected entry at once,
// says so and how to undo; ctrl+z brings it back.
func TestContractRemoveWithoutQuestion(t *testing.T) {
	for _, l := range contractLists {
		if l.kept {
			continue
		}
		t.Run(l.name, func(t *testing.T) {
			h := l.startForm(t)
			l.fill(h, "tab", false, nil)
			h.Key("ctrl+s")
			if h.app.typing() { // the form stays open for the next entry
				h.Key("esc")
			}
			for _, k := range l.toList {
				h.Key(k)
			}
			before := l.count(h.app.Conference())
			h.Key("d")
			if got := l.count(h.app.Conference()); got != before-1 {
				t.Fatalf("d: %d entries, want %d:\n%s", got, before-1, h.screen())
			}
			if s := h.screen(); !strings.Contains(s, "entfernt · ctrl+z") {
				t.Errorf("no notice with the undo key after d:\n%s", s)
			}
			h.Key("ctrl+z")
			if got := l.count(h.app.Conference()); got != before {
				t.Errorf("ctrl+z: %d entries, want %d", got, before)
			}
		})
	}
}
