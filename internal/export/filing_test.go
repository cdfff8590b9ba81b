package export

import (
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/i18n"
)

// The blocks a youth-welfare office needs to file the minutes as they are
// (DOMAIN.md "What a protocol a youth-welfare office files needs").

// topLevel parses minutes with goldmark (GFM) and returns the document's
// top-level nodes with the plain text of each.
func topLevel(t *testing.T, src []byte) ([]ast.Node, []string) {
	t.Helper()
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(src))
	var nodes []ast.Node
	var texts []string
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		nodes = append(nodes, n)
		texts = append(texts, plain(n, src))
	}
	return nodes, texts
}

// plain is the text of a node and its children.
func plain(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			if t, ok := c.(*ast.Text); ok {
				b.Write(t.Segment.Value(src))
			}
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// section returns the top-level nodes from the heading with the text to
// the next heading of level 2.
func section(nodes []ast.Node, texts []string, heading string) []ast.Node {
	for i, n := range nodes {
		h, ok := n.(*ast.Heading)
		if !ok || h.Level != 2 || texts[i] != heading {
			continue
		}
		end := i + 1
		for end < len(nodes) {
			if h2, ok := nodes[end].(*ast.Heading); ok && h2.Level <= 2 || nodes[end].Kind() == ast.KindThematicBreak {
				break
			}
			end++
		}
		return nodes[i:end]
	}
	return nil
}

func TestStructureOfTheFrameAndTheReleaseBlock(t *testing.T) {
	t.Parallel()
	c := demo.Sample("de", sampleDay)
	draft := Markdown(c, Options{Lang: i18n.DE, ExportedAt: exportedAt})
	nodes, texts := topLevel(t, draft)

	// The title says draft, and the confidentiality line comes right
	// after it, opening with its head in bold.
	if h, ok := nodes[0].(*ast.Heading); !ok || h.Level != 1 || !strings.HasSuffix(texts[0], " – Entwurf") {
		t.Errorf("first node %q, want the title marked as draft", texts[0])
	}
	p, ok := nodes[1].(*ast.Paragraph)
	if !ok || p.FirstChild().Kind() != ast.KindEmphasis || !strings.HasPrefix(texts[1], "Vertraulich – Sozialdaten.") ||
		!strings.Contains(texts[1], "§ 78 SGB X") {
		t.Errorf("second node %q, want the confidentiality line", texts[1])
	}

	// The release block is the last section of the body; the footer with
	// the checksum follows the rule below it.
	last := -1
	for i, n := range nodes {
		if h, ok := n.(*ast.Heading); ok && h.Level == 2 {
			last = i
		}
	}
	if texts[last] != "Freigabe" {
		t.Fatalf("last section %q, want the release block", texts[last])
	}
	if _, ok := nodes[last+1].(*ast.List); !ok || !strings.Contains(texts[last+1], "Entwurf – noch nicht freigegeben") {
		t.Errorf("release block of a draft: %q", texts[last+1])
	}
	if nodes[last+2].Kind() != ast.KindThematicBreak || !strings.Contains(texts[last+3], "SHA-256") {
		t.Errorf("after the release block: %v %q, want the rule and the checksum", nodes[last+2].Kind(), texts[last+3])
	}

	// Released: the title loses "Entwurf", the block names who, when and
	// until when objections are taken.
	if err := c.ReleaseMinutes("Sandra Vogt", "Teamleitung ASD", conference.DateOf(sampleDay).AddDays(14), sampleDay.Add(30*time.Hour)); err != nil {
		t.Fatal(err)
	}
	released := Markdown(c, Options{Lang: i18n.DE, ExportedAt: exportedAt})
	nodes, texts = topLevel(t, released)
	if strings.Contains(texts[0], "Entwurf") {
		t.Errorf("released title %q still says draft", texts[0])
	}
	block := section(nodes, texts, "Freigabe")
	if len(block) != 2 {
		t.Fatalf("release block has %d nodes", len(block))
	}
	for _, want := range []string{"Erstellt von: Tobias Lang", "Freigegeben von: Sandra Vogt, Teamleitung ASD",
		"Freigegeben am: 24.11.2026 um 14:00 Uhr", "Einwände bis: 07.12.2026"} {
		if got := plain(block[1], released); !strings.Contains(got, want) {
			t.Errorf("release block lacks %q: %q", want, got)
		}
	}
}

func TestStructureOfTheLegalBasesCrisisPlanAndAnswers(t *testing.T) {
	t.Parallel()
	c := demo.Sample("en", sampleDay)
	src := Markdown(c, Options{Lang: i18n.EN, ExportedAt: exportedAt})
	nodes, texts := topLevel(t, src)

	legal := section(nodes, texts, "Legal bases for sharing data")
	if len(legal) != 2 || legal[1].Kind() != east.KindTable {
		t.Fatalf("legal bases: %d nodes, want a heading and a table", len(legal))
	}
	// A row per basis of each professional at the table (the police sent
	// apologies): the paediatrician has two; and the police's own basis
	// as the recipient of the notice.
	if got := legal[1].ChildCount(); got != 1+9 {
		t.Errorf("legal bases table has %d rows, want the header and 9", got)
	}
	if !strings.Contains(texts[indexOf(nodes, legal[1])], "released by Mother (sole parental responsibility)") {
		t.Error("the release from confidentiality does not say who released")
	}

	actions := section(nodes, texts, "Agreed actions")
	var crisis, answers ast.Node
	for i, n := range actions {
		if h, ok := n.(*ast.Heading); ok && h.Level == 3 {
			switch plain(h, src) {
			case "Crisis and protection plan":
				crisis = actions[i+1]
			case "Answers to the worries":
				answers = actions[i+1]
			}
		}
	}
	if crisis == nil || crisis.Kind() != east.KindTable || crisis.ChildCount() != 1+4 {
		t.Fatalf("crisis and protection plan: %v", crisis)
	}
	if got := plain(crisis, src); !strings.Contains(got, "up to calling in the family court") || !strings.Contains(got, "action 2") {
		t.Errorf("crisis plan lacks the family court step or the entry of action 2: %q", got)
	}
	// A row per weighty indication, a column per action (7) and plan
	// entry (4), the worry and whether it is answered.
	if answers == nil || answers.ChildCount() != 1+3 || answers.FirstChild().ChildCount() != 1+7+4+1 {
		t.Fatalf("answers matrix: %v", answers)
	}
	if strings.Contains(string(src), "- [ ]") {
		t.Error("the full minutes carry a task list besides the table of actions")
	}
}

func indexOf(nodes []ast.Node, n ast.Node) int {
	for i, x := range nodes {
		if x == n {
			return i
		}
	}
	return -1
}

func TestAWeightyIndicationWithoutAnswerIsFlagged(t *testing.T) {
	t.Parallel()
	c := demo.Sample("de", sampleDay)
	c.SetAnswered(c.Actions[1].ID, nil) // the medical check-up answered the missed U9
	out := string(Body(c, Options{Lang: i18n.DE}))
	if !strings.Contains(out, "U9 versäumt, Erinnerungen unbeantwortet (gewichtiger Anhaltspunkt) |") ||
		!strings.Contains(out, "| ⚠ nichts antwortet darauf |") {
		t.Errorf("the unanswered weighty indication is not flagged:\n%s", out)
	}
}

func TestSomeoneWithoutLegalBasisIsShown(t *testing.T) {
	t.Parallel()
	c := demo.Sample("de", sampleDay)
	c.Participants[3].LegalBases = nil // the paediatrician
	c.Distribution = append(c.Distribution, conference.Distribution{Recipient: "Polizeiinspektion Nord", Variant: conference.MinutesTasks})
	out := string(Body(c, Options{Lang: i18n.DE}))
	for _, want := range []string{
		"| Dr. Jonas Weber | Teilnahme | ⚠ keine Rechtsgrundlage erfasst | – |",
		"| Polizeiinspektion Nord | Verteiler (eigene Aufgaben) | ⚠ keine Rechtsgrundlage erfasst | – |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("minutes lack %q", want)
		}
	}
}

func TestRatingsByNameOnlyWhenChosen(t *testing.T) {
	t.Parallel()
	c := demo.Sample("de", sampleDay)
	row := "| Sabine Krüger | keine Kindeswohlgefährdung, aber Hilfebedarf | 6 |"
	if out := string(Body(c, Options{Lang: i18n.DE})); strings.Contains(out, row) {
		t.Error("individual ratings by name without the facilitator choosing so")
	}
	c.Minutes.RatingsByName = true
	if out := string(Body(c, Options{Lang: i18n.DE})); !strings.Contains(out, row) || !strings.Contains(out, "Streuung der Sicherheitsskala") {
		t.Error("ratings by name chosen, but not shown with the spread")
	}
	if out := string(Body(c, Options{Lang: i18n.DE, Variant: VariantPseudonymised})); strings.Contains(out, "| Bezeichnung | Einschätzung |") ||
		strings.Contains(out, "keine Kindeswohlgefährdung, aber Hilfebedarf | 6 |") {
		t.Error("the pseudonymised minutes show ratings per person")
	}
}

func TestDissentSaysHowItWasResolvedAndPointsAtNobody(t *testing.T) {
	t.Parallel()
	c := demo.Sample("de", sampleDay)
	c.AddDissent(conference.Dissent{ParticipantID: c.Participants[1].ID, Reason: "Hausbesuch zu spät",
		ActionID: c.Actions[0].ID, Resolution: conference.DissentEscalation})
	c.AddDissent(conference.Dissent{ParticipantID: c.Participants[8].ID, Reason: "Ich sehe das anders"})
	full := string(Body(c, Options{Lang: i18n.DE}))
	for _, want := range []string{
		"- **Sabine Krüger:** Sieht keine latente Gefährdung",
		"Klärung: das Jugendamt entscheidet – Die fallverantwortliche Fachkraft",
		"- **Tobias Lang, zu Vereinbarung 1:** Hausbesuch zu spät\\\n  Klärung: Eskalation vereinbart",
		"- **Jana S.:** Ich sehe das anders\\\n  Klärung: noch offen",
	} {
		if !strings.Contains(full, want) {
			t.Errorf("full minutes lack %q", want)
		}
	}
	pseudo := string(Body(c, Options{Lang: i18n.DE, Variant: VariantPseudonymised}))
	for _, want := range []string{
		// The family support sent one person: no institution.
		"- **eine beteiligte Fachkraft:** Sieht keine latente Gefährdung",
		// The office sent two.
		"- **eine Fachkraft (Jugendamt / ASD), zu Vereinbarung 1:**",
		"- **Mutter:** Ich sehe das anders",
	} {
		if !strings.Contains(pseudo, want) {
			t.Errorf("pseudonymised minutes lack %q", want)
		}
	}
	if strings.Contains(pseudo, "Freier Träger: Familienhilfe (SPFH)):** Sieht") {
		t.Error("the dissent points at the one person of the family support")
	}
}

func TestPseudonymisedMinutesHideTheCaseCodeAndExactDates(t *testing.T) {
	t.Parallel()
	c := demo.Sample("de", sampleDay) // 23.11.2026
	c.Facts = "Fall K-2026-117: Hausbesuch am 1.12.2026, Anruf am 2026-11-20, Termin am 9.11. und am 31.13. (kein Datum)."
	out := string(Body(c, Options{Lang: i18n.DE, Variant: VariantPseudonymised}))
	for _, gone := range []string{"K-2026-117", "23.11.2026", "1.12.2026", "2026-11-20", "9.11.", "18.11.2026"} {
		if strings.Contains(out, gone) {
			t.Errorf("the pseudonymised minutes show %q", gone)
		}
	}
	for _, want := range []string{
		"# Pseudonymisiertes Protokoll: Fall A – Entwurf",
		"- **Fallkennung:** Fall A",
		"- **Datum:** November 2026",
		"Fall Fall A: Hausbesuch 8 Tage nach der Konferenz, Anruf 3 Tage vor der Konferenz, Termin 2 Wochen vor der Konferenz und am 31.13. (kein Datum).",
		"| 6 Monate vor der Konferenz | Trennung der Eltern",
		"4 Wochen nach der Konferenz um 09:00 Uhr",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("pseudonymised minutes lack %q", want)
		}
	}
	c.Minutes.CaseCodeInPseudonymised = true
	if out := string(Body(c, Options{Lang: i18n.DE, Variant: VariantPseudonymised})); !strings.Contains(out, "- **Fallkennung:** K-2026-117") {
		t.Error("the facilitator chose to keep the case code, but it is gone")
	}
	if full := string(Body(c, Options{Lang: i18n.DE})); !strings.Contains(full, "am 1.12.2026") || !strings.Contains(full, "- **Datum:** 23.11.2026") {
		t.Error("the full minutes lost exact dates")
	}
}

func TestPassedThroughPhaseIsNotCovered(t *testing.T) {
	t.Parallel()
	c := demo.Sample("de", sampleDay)
	// The opening: run through in half a minute, nothing recorded in it.
	c.ConfidentialityAt, c.AgreedEnd = time.Time{}, ""
	c.Phase(conference.PhaseOpening).Elapsed = 30 * time.Second
	out := string(Body(c, Options{Lang: i18n.DE}))
	if !strings.Contains(out, "| 1 | Eröffnung und Rahmen | nicht behandelt |") {
		t.Errorf("the opening passed through is not shown as not covered")
	}
}

func TestHeaderShowsWhenTheMeetingActuallyRan(t *testing.T) {
	t.Parallel()
	c := demo.Sample("de", sampleDay)
	if err := c.CorrectStart("9:20"); err != nil {
		t.Fatal(err)
	}
	if err := c.CorrectEnd("10:40"); err != nil {
		t.Fatal(err)
	}
	out := string(Body(c, Options{Lang: i18n.DE}))
	for _, want := range []string{"- **Zeit:** 09:20–10:40 Uhr", "- **Geplant:** 09:00–10:30 Uhr", "tatsächlich 80 Min."} {
		if !strings.Contains(out, want) {
			t.Errorf("minutes lack %q", want)
		}
	}
	if i, j := strings.Index(out, "- **Zeit:**"), strings.Index(out, "## Ablauf"); i > j || strings.Contains(out[:j], "geplant 90 Min.") {
		t.Error("planned minutes appear before the course at the end")
	}
}

func TestTasksExtractCarriesTheResultAndItsCrisisPlanEntries(t *testing.T) {
	t.Parallel()
	c := demo.Sample("de", sampleDay)
	kita := string(Body(c, Options{Lang: i18n.DE, Variant: VariantTasks, For: "kita"}))
	for _, want := range []string{
		"- **Einschätzung:** latente Kindeswohlgefährdung",
		"- [ ] **3** Frühstück, Kleidung und Befinden",
		"| K1 | Kind (6) kommt an zwei aufeinanderfolgenden Tagen",
	} {
		if !strings.Contains(kita, want) {
			t.Errorf("the Kita's tasks lack %q", want)
		}
	}
	if strings.Contains(kita, "| K3 |") {
		t.Error("the Kita's tasks list a plan entry that does not name it")
	}
	doctor := string(Body(c, Options{Lang: i18n.DE, Variant: VariantTasks, For: "paediatrician"}))
	if !strings.Contains(doctor, "| K4 | U9-Termin versäumt") {
		t.Error("the practice's tasks lack the plan entry of its own action")
	}
}

func TestAnIdentifyingCrisisPlanEntryIsLeftOut(t *testing.T) {
	t.Parallel()
	c := demo.Sample("de", sampleDay)
	c.SetIdentifying(c.CrisisPlan[0].ID, true)
	pseudo := string(Body(c, Options{Lang: i18n.DE, Variant: VariantPseudonymised}))
	if strings.Contains(pseudo, "zwei aufeinanderfolgenden Tagen") || !strings.Contains(pseudo, "| K1 | \\[ausgelassen: identifizierend\\] |") {
		t.Error("the marked entry's text reaches the pseudonymised minutes")
	}
	if full := string(Body(c, Options{Lang: i18n.DE})); !strings.Contains(full, "zwei aufeinanderfolgenden Tagen") {
		t.Error("the full minutes lost the marked entry")
	}
}

func TestTheFamilyInTheResult(t *testing.T) {
	t.Parallel()
	c := demo.Sample("de", sampleDay)
	mother := c.Carers[0].ID
	a := c.AddAction(conference.Action{What: "Wecker stellen und Frühstück am Vorabend richten", OwnerID: mother,
		Due: c.Date.AddDays(7), ReportBack: "Familienhilfe"})
	c.AddDissent(conference.Dissent{ParticipantID: mother, Reason: "Ich brauche keine Kontrolle", ActionID: a.ID,
		Resolution: conference.DissentStands})
	full := string(Body(c, Options{Lang: i18n.DE}))
	for _, want := range []string{
		"### Sicht: Mutter (Jana S.)",
		"### Sicht: Vater (Thomas S.)",
		"- **Nicht eingebracht, weil:** vor der Konferenz nicht erreicht",
		"#### Ergebnis für Mia",
		"#### Ergebnis für Leon",
		"| 8 | Wecker stellen und Frühstück am Vorabend richten | Jana S. | Familie |",
		"- **Jana S., zu Vereinbarung 8:** Ich brauche keine Kontrolle\\\n  Klärung: der Dissens bleibt bestehen",
		"| Jana S. | einverstanden; hat die Konferenz um 09:32 Uhr verlassen | – | – |",
		"| Thomas S. | noch nicht informiert | Petra Albers | 30.11.2026 |",
	} {
		if !strings.Contains(full, want) {
			t.Errorf("full minutes lack %q", want)
		}
	}
	pseudo := string(Body(c, Options{Lang: i18n.DE, Variant: VariantPseudonymised}))
	for _, want := range []string{
		"### Sicht: Mutter\n",
		"#### Ergebnis für Kind (6)",
		"#### Ergebnis für Kind (9)",
		"| 8 | Wecker stellen und Frühstück am Vorabend richten | Mutter | Familie |",
		"- **Mutter, zu Vereinbarung 8:**",
		"| Vater | noch nicht informiert |",
	} {
		if !strings.Contains(pseudo, want) {
			t.Errorf("pseudonymised minutes lack %q", want)
		}
	}
	for _, name := range []string{"Jana", "Thomas", "Mia", "Leon"} {
		if strings.Contains(pseudo, name) {
			t.Errorf("the pseudonymised minutes name %s", name)
		}
	}
}
