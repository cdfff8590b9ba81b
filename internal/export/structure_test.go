package export

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// shape is the Markdown structure of a document: how many nodes of each
// kind (text nodes aside) and the rows and columns of each table.
type shape struct {
	kinds  map[string]int
	tables []string // "rows x columns" per table, columns of every row
}

// forbidden are node kinds the exporter never writes itself, so any of them
// must have come from user text.
var forbidden = []ast.NodeKind{
	ast.KindHTMLBlock, ast.KindRawHTML, ast.KindLink, ast.KindAutoLink, ast.KindImage,
	ast.KindCodeSpan, ast.KindCodeBlock, ast.KindFencedCodeBlock, ast.KindBlockquote,
	ast.KindLinkReferenceDefinition,
}

// parseShape parses with goldmark and the full GFM extension set (tables,
// task lists, strikethrough and autolinks), which is stricter than the
// table extension alone.
func parseShape(t testing.TB, src []byte) shape {
	t.Helper()
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(src))
	s := shape{kinds: map[string]int{}}
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindText, ast.KindString:
			return ast.WalkContinue, nil
		case east.KindTable:
			s.tables = append(s.tables, tableShape(n))
		}
		s.kinds[n.Kind().String()]++
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func tableShape(table ast.Node) string {
	var rows []string
	for row := table.FirstChild(); row != nil; row = row.NextSibling() {
		rows = append(rows, fmt.Sprint(row.ChildCount()))
	}
	return fmt.Sprintf("%d rows: %s", len(rows), strings.Join(rows, ","))
}

func (s shape) String() string {
	var b strings.Builder
	for _, k := range slices.Sorted(maps.Keys(s.kinds)) {
		fmt.Fprintf(&b, "%s=%d ", k, s.kinds[k])
	}
	fmt.Fprintf(&b, "tables=%v", s.tables)
	return b.String()
}

func (s shape) equal(o shape) bool {
	return maps.Equal(s.kinds, o.kinds) && slices.Equal(s.tables, o.tables)
}

// variants are the option sets every structure check covers.
var variants = []Options{
	{Lang: i18n.DE, Variant: VariantFull},
	{Lang: i18n.EN, Variant: VariantPseudonymised},
	{Lang: i18n.DE, Variant: VariantTasks, For: "kita"},
	// The documents beyond the room, for the recipients of
	// filledConference: all carers, the first child (k25), the teacher who
	// reported (p4), the police, absent and without tasks.
	{Lang: i18n.DE, Variant: VariantFamily},
	{Lang: i18n.EN, Variant: VariantChild, For: "k25"},
	{Lang: i18n.DE, Variant: VariantFeedback, For: "p4"},
	{Lang: i18n.EN, Variant: VariantNotice, For: "police"},
}

func minutesShape(t testing.TB, text string, opt Options) (shape, []byte) {
	t.Helper()
	opt.ExportedAt = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	out := Markdown(filledConference(text), opt)
	return parseShape(t, out), out
}

// checkStructure exports a conference whose every text field holds text and
// compares its structure with the same conference holding a harmless word:
// user text may change words, never structure.
func checkStructure(t testing.TB, text string) {
	t.Helper()
	baseline := "Wort"
	if !present(text) {
		baseline = ""
	}
	for _, opt := range variants {
		want := baselineShape(t, baseline, opt)
		got, out := minutesShape(t, text, opt)
		for _, k := range forbidden {
			if got.kinds[k.String()] > 0 {
				t.Errorf("%s: text %q made a %s node:\n%s", opt.Variant, text, k, out)
			}
		}
		if !got.equal(want) {
			t.Errorf("%s: text %q changed the structure\n got  %s\n want %s\n%s", opt.Variant, text, got, want, out)
		}
	}
}

// baselines caches the shapes checkStructure compares with, so the fuzz
// target spends its time on the fuzzed text.
var baselines sync.Map // string -> shape

func baselineShape(t testing.TB, text string, opt Options) shape {
	key := text + "\x00" + string(opt.Lang) + opt.Variant
	if s, ok := baselines.Load(key); ok {
		return s.(shape)
	}
	s, _ := minutesShape(t, text, opt)
	baselines.Store(key, s)
	return s
}

func TestMinutesStructure(t *testing.T) {
	// The exporter's own structure, pinned: a change here is a change to the
	// layout of the minutes and should be deliberate.
	got, _ := minutesShape(t, "Wort", Options{Lang: i18n.DE})
	wantTables := []string{
		"3 rows: 4,4,4",                // children
		"2 rows: 3,3",                  // carers
		"6 rows: 5,5,5,5,5,5",          // participants
		"3 rows: 4,4,4",                // reporting professionals
		"6 rows: 4,4,4,4,4,4",          // legal bases per person and recipient
		"3 rows: 8,8,8",                // review of the last conference's actions
		"3 rows: 3,3,3",                // chronology
		"3 rows: 7,7,7",                // risks
		"2 rows: 4,4",                  // the carer on the result
		"3 rows: 3,3,3",                // immediate-safety steps
		"4 rows: 8,8,8,8",              // actions (the one list of actions)
		"3 rows: 6,6,6",                // crisis and protection plan
		"3 rows: 7,7,7",                // worries against actions and plan entries
		"8 rows: 3,3,3,3,3,3,3,3",      // responsibilities
		"5 rows: 3,3,3,3,3",            // distribution: recipient, document, how
		"10 rows: 6,6,6,6,6,6,6,6,6,6", // course of the meeting, including 5a
	}
	if !slices.Equal(got.tables, wantTables) {
		t.Errorf("tables\n got  %q\n want %q", got.tables, wantTables)
	}
	for _, k := range forbidden {
		if n := got.kinds[k.String()]; n > 0 {
			t.Errorf("the exporter itself wrote %d %s nodes", n, k)
		}
	}
	if n := got.kinds[east.KindTaskCheckBox.String()]; n != 0 {
		t.Errorf("%d task check boxes in the full minutes: the task list is the tasks extract's", n)
	}
	// One title, 20 sections and 23 sub-headings (three of them speakers;
	// a carer's view, a result for each of the two children and the
	// carers on the result and the reporting professionals among them).
	if n := got.kinds[ast.KindHeading.String()]; n != 44 {
		t.Errorf("%d headings, want 44", n)
	}
	tasks, _ := minutesShape(t, "Wort", Options{Lang: i18n.DE, Variant: VariantTasks, For: "kita"})
	if n := tasks.kinds[east.KindTaskCheckBox.String()]; n != 1 {
		t.Errorf("%d task check boxes in the Kita's tasks, want its one action", n)
	}
}

func TestHostileTextCannotChangeTheStructure(t *testing.T) {
	for _, s := range hostile {
		checkStructure(t, s)
	}
}

func FuzzMinutesStructure(f *testing.F) {
	for _, s := range hostile {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkStructure(t, s)
	})
}

// TestTasksListOnlyTheInstitutionsOwnActions pins what leaves the room
// with the tasks extract.
func TestTasksListOnlyTheInstitutionsOwnActions(t *testing.T) {
	c := filledConference("Wort")
	c.Actions[0].What = "Kita beobachtet Frühstück"
	c.Actions[1].What = "Jugendamt lädt ein"
	for _, inst := range []string{"kita", "KITA", "Kita / Kindertagespflege"} {
		out := string(Body(c, Options{Lang: i18n.DE, Variant: VariantTasks, For: inst}))
		if !strings.Contains(out, "Kita beobachtet Frühstück") {
			t.Errorf("for %q: own action missing", inst)
		}
		if strings.Contains(out, "Jugendamt lädt ein") {
			t.Errorf("for %q: another institution's action is listed", inst)
		}
		if strings.Contains(out, "Sachverhalt") || strings.Contains(out, "Gefährdungsanhaltspunkte") {
			t.Errorf("for %q: the extract carries case content", inst)
		}
	}
	if HasTasksFor(c, "kitta", nil) {
		t.Error("a typo matched an institution")
	}
	if !HasTasksFor(c, " Kita ", nil) {
		t.Error("the institution code with spaces did not match")
	}
}

// TestPseudonymisedLeavesOutNamesAndIdentifyingText checks with marker
// strings that no name, place, consenting person or identifying text
// reaches the pseudonymised minutes.
func TestPseudonymisedLeavesOutNamesAndIdentifyingText(t *testing.T) {
	c := filledConference("Wort")
	for i := range c.Participants {
		c.Participants[i].Name = fmt.Sprintf("NAME%d", i)
		c.Participants[i].Institution = fmt.Sprintf("INSTNAME%d", i)
	}
	c.Participants[2].Relationship = "Mutter"
	c.Place = "PLACE"
	c.Participants[0].LegalBases[0].ReleasedBy = "CONSENTBY"
	c.Contributions[1].Text = "IDENTIFYING1"
	c.Chronology[1].Event = "IDENTIFYING2"
	c.ParentsView.Said = "IDENTIFYING3"
	c.Risks[1].ReportedBy = "REPORTER"
	c.Actions[1].Institution = "ACTIONINST"
	for _, lang := range i18n.Langs() {
		out := string(Body(c, Options{Lang: lang, Variant: VariantPseudonymised}))
		for _, marker := range []string{"NAME", "PLACE", "CONSENTBY", "IDENTIFYING", "REPORTER", "ACTIONINST"} {
			if strings.Contains(out, marker) {
				t.Errorf("%s: %s appears in the pseudonymised minutes", lang, marker)
			}
		}
		if !strings.Contains(out, "Mutter") {
			t.Errorf("%s: the mother is not named by her relationship", lang)
		}
		full := string(Body(c, Options{Lang: lang}))
		for _, marker := range []string{"NAME0", "PLACE", "CONSENTBY", "IDENTIFYING1", "REPORTER"} {
			if !strings.Contains(full, marker) {
				t.Errorf("%s: %s missing from the full minutes", lang, marker)
			}
		}
	}
}

func TestPseudonymsAreNumberedWhenAmbiguous(t *testing.T) {
	c := conference.New("k7m2qxa9", conference.KindCase, time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC))
	for range 2 {
		c.AddParticipant(conference.Participant{Name: "X", InstitutionType: "school_teacher", Roles: []string{conference.RoleContributor}})
	}
	c.AddParticipant(conference.Participant{Name: "Y", InstitutionType: "kita", Roles: []string{conference.RoleContributor}})
	out := string(Body(c, Options{Lang: i18n.EN, Variant: VariantPseudonymised}))
	for _, want := range []string{"| teacher 1 |", "| teacher 2 |", "| Kita educator |"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
}
