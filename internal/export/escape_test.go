package export

import (
	"bytes"
	"html"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"kofa/internal/sanitize"
)

// hostile are strings that try every way plain text can turn into
// Markdown structure; they seed the fuzz tests too.
var hostile = []string{
	"# Überschrift",
	"Titel #",
	"## ",
	"Text\n===",
	"Text\n---",
	"- Liste\n+ Liste\n* Liste",
	"1. eins\n2) zwei\n10. zehn",
	"a) Punkt\nB. Russell kam\niv. vier\n(1) eins\n(@) Beispiel",
	"> Zitat\n>> doppelt",
	"    eingerückt wie Code",
	"\tTab-Code",
	"```go\nfmt.Println()\n```",
	"~~~\ncode\n~~~",
	"`code` und ``doppelt``",
	"<b>fett</b><script>alert(1)</script><!-- Kommentar -->",
	"<https://example.org> <mail@example.org>",
	"[Link](https://example.org) ![Bild](x.png) [ref][1]\n[1]: https://example.org",
	"https://example.org www.example.org mail@example.org ftp://x.y",
	"| a | b |\n|---|---|\n| c | d |",
	"a | b\n--|--",
	"Zelle \\| mit Backslash-Pipe \\",
	"\\",
	"Backslash am Ende\\",
	"*kursiv* **fett** _unter_ __strich__ ~~durch~~",
	"&amp; &#60; &lt;b&gt;",
	"$x^2$ und H~2~O und 2^10^",
	"@zitat [@zitat] [^fußnote]\n[^fußnote]: Text",
	"::: Warnung\nText\n:::",
	": Definition",
	"Term\n: Definition",
	"Table: Überschrift",
	"---\ntitle: yaml\n---",
	"% Titel\n% Autor",
	"+---+---+\n| a | b |\n+---+---+",
	"***\n___\n- - -",
	"[ ] offen\n[x] erledigt",
	"\x1b[31mrot\x1b[0m \x1b]0;Titel\x07 \x1b]52;c;Zm9v\x07 \x1b]8;;https://x\x1b\\Link\x1b]8;;\x1b\\",
	"\u202eevil\u202c \u200b \ufeff",
	"Zeile\r\nZeile\rZeile\u2028Zeile",
	"   \n\n  ",
	"Umlaute äöüß, Emoji 👩‍👧, 漢字, e\u0301",
	"{.class #id} [Span]{.x}",
	"\\begin{document} \\newcommand{\\x}{y}",
	"<div>\nblock\n</div>",
	"  - eingerückte Liste",
	"Ende  ",
	"![alt](data:image/png;base64,AAAA)",
	// Found by FuzzInline: a backslash ending a line hid goldmark's hard
	// break.
	"Backslash\\\nund noch einer\\\\\nEnde",
}

func renderHTML(t testing.TB, src string) string {
	t.Helper()
	var out bytes.Buffer
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	if err := md.Convert([]byte(src), &out); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// plainLines is what a reader should see of s: its cleaned lines, trimmed,
// blank ones dropped.
func plainLines(s string) []string {
	var out []string
	for line := range strings.SplitSeq(sanitize.Text(s), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// checkInline asserts that Inline(s), as a paragraph, renders as exactly
// the text of s: nothing interpreted, nothing lost.
func checkInline(t testing.TB, s string) {
	t.Helper()
	want := strings.Join(plainLines(s), " / ")
	got := renderHTML(t, "A "+Inline(s)+" Z")
	got = strings.TrimSuffix(strings.TrimPrefix(got, "<p>"), "</p>\n")
	if html.UnescapeString(got) != "A "+want+" Z" {
		t.Errorf("Inline(%q)\n  markdown %q\n  renders  %q\n  want     %q", s, Inline(s), got, "A "+want+" Z")
	}
}

// checkBlock asserts the same for Block: one paragraph whose lines are the
// lines of s.
func checkBlock(t testing.TB, s string) {
	t.Helper()
	lines := plainLines(s)
	if len(lines) == 0 {
		if Block(s, "") != "" {
			t.Errorf("Block(%q) = %q, want empty", s, Block(s, ""))
		}
		return
	}
	got := renderHTML(t, Block(s, ""))
	want := "<p>" + strings.Join(lines, "<br>\n") + "</p>\n"
	if html.UnescapeString(got) != want {
		t.Errorf("Block(%q)\n  markdown %q\n  renders  %q\n  want     %q", s, Block(s, ""), got, want)
	}
}

func TestInlineRendersAsPlainText(t *testing.T) {
	for _, s := range hostile {
		checkInline(t, s)
	}
}

func TestBlockRendersAsOneParagraphOfPlainLines(t *testing.T) {
	for _, s := range hostile {
		checkBlock(t, s)
	}
}

func TestCellKeepsTheTableIntact(t *testing.T) {
	for _, s := range hostile {
		src := "| a | b |\n| --- | --- |\n| " + Cell(s) + " | z |\n"
		got := renderHTML(t, src)
		if n := strings.Count(got, "<td>"); n != 2 {
			t.Errorf("Cell(%q): %d cells in %q, want 2", s, n, got)
		}
		if !strings.Contains(got, "<td>z</td>") {
			t.Errorf("Cell(%q): the next cell moved: %q", s, got)
		}
	}
}

func TestCellShowsADashWhenEmpty(t *testing.T) {
	for _, s := range []string{"", "  ", "\n\n", "\x1b[0m"} {
		if got := Cell(s); got != "–" {
			t.Errorf("Cell(%q) = %q, want a dash", s, got)
		}
	}
}

func TestBlockIndentsContinuationLines(t *testing.T) {
	got := Block("eins\n\nzwei\n- drei", "  ")
	want := "eins\\\n  zwei\\\n  \\- drei"
	if got != want {
		t.Errorf("Block = %q, want %q", got, want)
	}
}

func TestEscapingLeavesOrdinaryTextReadable(t *testing.T) {
	// Facilitators read the Markdown file too: ordinary German text must not
	// fill with backslashes.
	for in, want := range map[string]string{
		"Gespräch am 3.11. mit der Kita, z.B. zur Ernährung (Frühstück).": "Gespräch am 3.11. mit der Kita, z.B. zur Ernährung (Frühstück).",
		"Termin 10:00 Uhr, Ziel: Klärung!":                                "Termin 10:00 Uhr, Ziel: Klärung!",
		"Mutter - nach eigener Aussage - überfordert":                     "Mutter - nach eigener Aussage - überfordert",
	} {
		if got := Inline(in); got != want {
			t.Errorf("Inline(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzInline(f *testing.F) {
	for _, s := range hostile {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkInline(t, s)
		checkBlock(t, s)
	})
}

func TestListMarkersAreEscapedOnlyWhereTheyAreMarkers(t *testing.T) {
	for in, want := range map[string]string{
		"1. eins":          `1\. eins`,
		"12) zwölf":        `12\) zwölf`,
		"a) Punkt":         `a\) Punkt`,
		"iv. vier":         `iv\. vier`,
		"(1) eins":         `\(1) eins`,
		"(a) eins":         `\(a) eins`,
		"(laut Mutter) ja": "(laut Mutter) ja",
		"Dr. Weber":        "Dr. Weber",
		"Nr. 5":            "Nr. 5",
		"z.B. so":          "z.B. so",
		"2026.":            `2026\.`,
		"Table: x":         `Table\: x`,
	} {
		if got := Inline(in); got != want {
			t.Errorf("Inline(%q) = %q, want %q", in, got, want)
		}
	}
}
