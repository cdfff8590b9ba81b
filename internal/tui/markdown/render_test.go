package markdown

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/theme"
)

// looks returns the looks of a built-in theme on a dark terminal.
func looks(t testing.TB, name string) *Styles {
	t.Helper()
	th, err := theme.Load(name, "")
	if err != nil {
		t.Fatal(err)
	}
	st := th.Styles(true)
	return NewStyles(&st)
}

// plain renders src in the monochrome theme and returns the lines without
// escape codes.
func plain(t *testing.T, src string, width int) []string {
	t.Helper()
	lines := Render([]byte(src), width, looks(t, "monochrome"))
	for i, l := range lines {
		lines[i] = ansi.Strip(l)
	}
	return lines
}

func wantLines(t *testing.T, got []string, want ...string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// minutes are the golden minutes of internal/export: every variant, kind
// and language kofa writes.
func minutes(t testing.TB) map[string][]byte {
	t.Helper()
	files, err := filepath.Glob("../../export/testdata/*.golden.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden minutes: %v", err)
	}
	out := map[string][]byte{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = data
	}
	return out
}

// checkLines fails when a line is wider than width, ends in a space, or
// holds a control character other than the escape of a colour code.
func checkLines(t *testing.T, name string, lines []string, width int) {
	t.Helper()
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > width {
			t.Fatalf("%s at %d: line %d is %d wide: %q", name, width, i, w, ansi.Strip(l))
		}
		if p := ansi.Strip(l); strings.HasSuffix(p, " ") {
			t.Fatalf("%s at %d: line %d ends in a space: %q", name, width, i, p)
		}
		if strings.HasSuffix(l, " ") {
			t.Fatalf("%s at %d: line %d ends in a space inside its colour codes: %q", name, width, i, l)
		}
		if strings.ContainsFunc(withoutColours(l), isControl) {
			t.Fatalf("%s at %d: line %d holds a control character: %q", name, width, i, l)
		}
	}
}

// withoutColours removes the colour codes (ESC [ digits, ; or : m) from
// l and leaves every other escape in place. A loop rather than a regular
// expression: the width sweeps check tens of thousands of lines, under the
// race detector too.
func withoutColours(l string) string {
	if !strings.Contains(l, "\x1b[") {
		return l
	}
	var b strings.Builder
	for {
		at := strings.Index(l, "\x1b[")
		if at < 0 {
			break
		}
		end := at + 2
		for end < len(l) && (l[end] >= '0' && l[end] <= '9' || l[end] == ';' || l[end] == ':') {
			end++
		}
		if end < len(l) && l[end] == 'm' {
			b.WriteString(l[:at])
			l = l[end+1:]
			continue
		}
		b.WriteString(l[:at+1]) // not a colour code: the escape stays
		l = l[at+1:]
	}
	b.WriteString(l)
	return b.String()
}

func isControl(r rune) bool { return r < 0x20 || r >= 0x7f && r < 0xa0 }

// TestMinutesFitEveryWidth: the minutes kofa writes, in the default and
// the monochrome theme, at widths from one column up, never give a line
// wider than asked, nor one ending in spaces. KOFA_MARKDOWN_SWEEP=1 tries
// every theme at many more widths (minutes under the race detector).
func TestMinutesFitEveryWidth(t *testing.T) {
	t.Parallel()
	widths, themes := []int{1, 7, 40, 79, 80, 121}, []string{"default", "monochrome"}
	if os.Getenv("KOFA_MARKDOWN_SWEEP") != "" {
		widths = []int{1, 2, 3, 5, 8, 13, 21, 30, 40, 59, 60, 79, 80, 81, 100, 120, 121, 160, 200}
		themes = theme.Names()
	}
	for _, name := range themes {
		st := looks(t, name)
		for file, src := range minutes(t) {
			for _, w := range widths {
				checkLines(t, file+" "+name, Render(src, w, st), w)
			}
		}
	}
}

// TestMinutesKeepEveryWord: whatever the width, no word of the minutes is
// lost (a word longer than the line may be cut over lines, so widths below
// the longest word are left out).
func TestMinutesKeepEveryWord(t *testing.T) {
	t.Parallel()
	for file, src := range minutes(t) {
		words := markdownWords(string(src))
		for _, w := range []int{40, 80, 120} {
			out := strings.Join(plain(t, string(src), w), "\n")
			for _, word := range words {
				if len(word) <= w && !strings.Contains(out, word) {
					t.Errorf("%s at %d: %q is missing", file, w, word)
				}
			}
		}
	}
}

// markdownWords are the words of Markdown source without its markup: runs
// of letters and digits.
func markdownWords(src string) []string {
	return regexp.MustCompile(`[\p{L}\p{N}]+`).FindAllString(src, -1)
}

func TestHeadingsShowTheirLevel(t *testing.T) {
	t.Parallel()
	got := plain(t, "# Protokoll: K-1\n\n## Teilnehmende\n\n### Fakten\n", 80)
	wantLines(t, got, "# Protokoll: K-1", "", "## Teilnehmende", "", "### Fakten")
}

func TestLongHeadingWrapsUnderItself(t *testing.T) {
	t.Parallel()
	got := plain(t, "## Überprüfung der Vereinbarungen aus der letzten Konferenz\n", 30)
	wantLines(t, got, "## Überprüfung der", "   Vereinbarungen aus der", "   letzten Konferenz")
}

func TestParagraphWrapsAtSpacesAndKeepsHardBreaks(t *testing.T) {
	t.Parallel()
	got := plain(t, "Exportiert am 22.11.2026 um 14:30 Uhr\\\nSHA-256: abc\n\nZweiter   Absatz\nmit weichem Umbruch.\n", 20)
	wantLines(t, got,
		"Exportiert am",
		"22.11.2026 um 14:30",
		"Uhr",
		"SHA-256: abc",
		"",
		"Zweiter Absatz mit",
		"weichem Umbruch.")
}

func TestWordLongerThanTheLineIsCut(t *testing.T) {
	t.Parallel()
	got := plain(t, "ab "+strings.Repeat("x", 25)+" cd\n", 10)
	wantLines(t, got, "ab", "xxxxxxxxxx", "xxxxxxxxxx", "xxxxx cd")
}

func TestListsBulletsNumbersAndTasks(t *testing.T) {
	t.Parallel()
	got := plain(t, "- **Art:** Fallkonferenz\n- zwei\n\n"+
		"1. eins\n2. zwei\n\n"+
		"- [ ] **1** offen mit langem Text\n- [x] **2** erledigt\n", 20)
	wantLines(t, got,
		"• Art: Fallkonferenz",
		"• zwei",
		"",
		"1. eins",
		"2. zwei",
		"",
		"☐ 1 offen mit langem",
		"  Text",
		"☑ 2 erledigt")
}

func TestNumbersLineUpPastNine(t *testing.T) {
	t.Parallel()
	var src strings.Builder
	for i := 1; i <= 10; i++ {
		src.WriteString("1. Punkt\n")
	}
	got := plain(t, src.String(), 40)
	if got[0] != " 1. Punkt" || got[9] != "10. Punkt" {
		t.Errorf("numbers do not line up:\n%s", strings.Join(got, "\n"))
	}
}

func TestNestedListIndents(t *testing.T) {
	t.Parallel()
	got := plain(t, "- oben\n  - unten mit Text\n", 14)
	wantLines(t, got, "• oben", "  • unten mit", "    Text")
}

func TestTableThatFitsHasOneRuleUnderItsHeader(t *testing.T) {
	t.Parallel()
	got := plain(t, "| Nr. | Phase | Stand |\n| --- | --- | --- |\n| 1 | Eröffnung | erledigt |\n| 2 | Abschluss | – |\n", 80)
	wantLines(t, got,
		"Nr. │ Phase     │ Stand",
		"────┼───────────┼─────────",
		"1   │ Eröffnung │ erledigt",
		"2   │ Abschluss │ –")
}

func TestTableTooWideWrapsItsCellsBetweenRules(t *testing.T) {
	t.Parallel()
	src := "| Name | Anmerkung |\n| --- | --- |\n| Petra Albers | Telefonat mit der Mutter heute Nachmittag |\n| Aylin Demir | – |\n"
	got := plain(t, src, 36)
	wantLines(t, got,
		"Name         │ Anmerkung",
		"─────────────┼──────────────────────",
		"Petra Albers │ Telefonat mit der",
		"             │ Mutter heute",
		"             │ Nachmittag",
		"─────────────┼──────────────────────",
		"Aylin Demir  │ –")
}

func TestTableWhoseWordsDoNotFitBecomesRecords(t *testing.T) {
	t.Parallel()
	src := "| Verantwortung | Wer | Anmerkung |\n| --- | --- | --- |\n" +
		"| Fallverantwortung | Petra Albers | Telefonat heute |\n| Protokoll | Aylin Demir | – |\n"
	got := plain(t, src, 30)
	wantLines(t, got,
		"Verantwortung │ Fallverantwort",
		"              │ ung",
		"Wer           │ Petra Albers",
		"Anmerkung     │ Telefonat",
		"              │ heute",
		"──────────────┼───────────────",
		"Verantwortung │ Protokoll",
		"Wer           │ Aylin Demir",
		"Anmerkung     │ –")
}

func TestTableCellsKeepEscapedPipes(t *testing.T) {
	t.Parallel()
	got := plain(t, "| Stand | Anmerkung |\n| --- | --- |\n| offen | Erkrankt \\| neu vereinbart |\n", 80)
	if !strings.Contains(got[2], "Erkrankt | neu vereinbart") {
		t.Errorf("the escaped pipe is lost:\n%s", strings.Join(got, "\n"))
	}
}

func TestRuleQuoteAndWhatKofaDoesNotWrite(t *testing.T) {
	t.Parallel()
	src := "eins\n\n---\n\n> zitiert\n> weiter\n\n```\ncode  bleibt\n```\n\n<b>fett?</b>\n\n" +
		"[Verweis](https://example.org) ![Bild](x.png) `Code`\n"
	got := plain(t, src, 12)
	wantLines(t, got,
		"eins",
		"",
		"────────────",
		"",
		"│ zitiert",
		"│ weiter",
		"",
		"code  bleibt",
		"",
		"<b>fett?</b>",
		"",
		"Verweis Bild",
		"Code")
}

func TestEscapesAndReferencesAreResolved(t *testing.T) {
	t.Parallel()
	got := plain(t, `1\. kein \*Stern\*, Pfad C:&#92;, &amp; &#x41; &unknown; \`+"\n", 80)
	wantLines(t, got, `1. kein *Stern*, Pfad C:\, & A &unknown; \`)
}

// A character reference must not bring back what cleaning the Markdown
// took out: the escape character and other controls.
func TestReferencesCannotControlTheTerminal(t *testing.T) {
	t.Parallel()
	lines := Render([]byte("a&#27;[2Jb &#x9b;c \x1b]52;c;Zm9v\x07d\n"), 80, looks(t, "default"))
	checkLines(t, "references", lines, 80)
	if got := ansi.Strip(strings.Join(lines, "\n")); strings.Contains(got, "\x1b") {
		t.Errorf("an escape reached the output: %q", got)
	}
}

func TestEmphasisIsBoldOrItalic(t *testing.T) {
	t.Parallel()
	st := looks(t, "monochrome")
	line := Render([]byte("**fett** *kursiv* ***beides***\n"), 80, st)[0]
	for _, want := range []string{"\x1b[1mfett\x1b[m", "\x1b[3mkursiv\x1b[m", "\x1b[1;3mbeides\x1b[m"} {
		if !strings.Contains(line, want) {
			t.Errorf("%q lacks %q", line, want)
		}
	}
}

// The monochrome theme (NO_COLOR) renders no colour, yet headings and
// emphasis still differ from plain text; the default theme colours the
// headings and bullets.
func TestThemesHoldInTheMinutes(t *testing.T) {
	t.Parallel()
	src := minutes(t)["full_de.golden.md"]
	colour := regexp.MustCompile(`\x1b\[[0-9;]*[34]8;`)
	mono := strings.Join(Render(src, 80, looks(t, "monochrome")), "\n")
	if colour.MatchString(mono) {
		t.Error("the monochrome theme renders colour")
	}
	if !strings.Contains(mono, "\x1b[1mProtokoll: K-2026-117 – Entwurf") {
		t.Error("the monochrome title is not bold")
	}
	for _, name := range []string{"default", "high-contrast"} {
		th, err := theme.Load(name, "")
		if err != nil {
			t.Fatal(err)
		}
		st := th.Styles(true)
		out := strings.Join(Render(src, 80, NewStyles(&st)), "\n")
		for _, s := range []struct {
			what string
			want string
		}{{"title", st.Title.Render("x")}, {"bullet", st.Bullet.Render("x")}} {
			open := s.want[:strings.IndexByte(s.want, 'x')]
			if !strings.Contains(out, open) {
				t.Errorf("%s: no %s in the theme's colour %q", name, s.what, open)
			}
		}
	}
}

func TestEmptyMarkdownIsOneEmptyLine(t *testing.T) {
	t.Parallel()
	wantLines(t, plain(t, "", 80), "")
}

func FuzzRender(f *testing.F) {
	for _, src := range minutes(f) {
		f.Add(string(src[:min(len(src), 600)]), 40)
	}
	f.Add("| a | b |\n| - | - |\n| x\ty | \x1b[31mz |\n\n- [x] *a* **b**\n> q\n", 7)
	st := looks(f, "default")
	f.Fuzz(func(t *testing.T, src string, width int) {
		width = 1 + abs(width)%150
		checkLines(t, "fuzz", Render([]byte(src), width, st), width)
	})
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// TestWithoutColoursLeavesOtherEscapes: the check above lets colour codes
// through and nothing else.
func TestWithoutColoursLeavesOtherEscapes(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"\x1b[1;38:5:12mProtokoll\x1b[0m": "Protokoll",
		"plain":                           "plain",
		"a\x1b[2Jb":                       "a\x1b[2Jb",
		"\x1b]8;;https://x\x07link":       "\x1b]8;;https://x\x07link",
		"end\x1b[":                        "end\x1b[",
	} {
		if got := withoutColours(in); got != want {
			t.Errorf("withoutColours(%q) = %q, want %q", in, got, want)
		}
	}
}
