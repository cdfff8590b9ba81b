package sanitize

import (
	"golang.org/x/text/unicode/norm"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTextRemovesTerminalControl(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"OSC 52 clipboard write", "\x1b]52;c;SGVsbG8=\x07", ""},
		{"OSC 52 inside text", "Kita\x1b]52;c;SGVsbG8=\x07 meldet", "Kita meldet"},
		{"OSC 0 title change", "\x1b]0;pwned\x07", ""},
		{"OSC 2 title change with ST", "\x1b]2;pwned\x1b\\ok", "ok"},
		{"OSC 8 hyperlink keeps only the label", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"clear screen", "\x1b[2J", ""},
		{"colours", "\x1b[1;31mrot\x1b[0m", "rot"},
		{"private mode alternate screen", "\x1b[?1049hx", "x"},
		{"cursor movement hides text", "geheim\x1b[6D\x1b[Koffen", "geheimoffen"},
		{"DCS sixel", "a\x1bPq#0;2;0;0;0#0~~\x1b\\b", "ab"},
		{"APC kitty graphics", "a\x1b_Gf=100;AAAA\x1b\\b", "ab"},
		{"PM", "a\x1b^secret\x1b\\b", "ab"},
		{"SOS", "a\x1bXsecret\x1b\\b", "ab"},
		{"string cancelled by CAN", "a\x1b]0;x\x18b", "ab"},
		{"string cut short by a new escape", "a\x1b]0;x\x1b[31mb", "ab"},
		{"8-bit CSI", "a\u009b2Jb", "ab"},
		{"8-bit OSC with BEL", "a\u009d0;pwned\x07b", "ab"},
		{"8-bit OSC with 8-bit ST", "a\u009d0;pwned\u009cb", "ab"},
		{"8-bit DCS", "a\u0090payload\u009cb", "ab"},
		{"8-bit APC", "a\u009fpayload\u009cb", "ab"},
		{"reset ESC c", "a\x1bcb", "ab"},
		{"save and restore cursor", "\x1b7a\x1b8", "a"},
		{"charset designation", "a\x1b(Bb", "ab"},
		{"lone ESC at end", "a\x1b", "a"},
		{"ESC before a non-ASCII letter", "\x1bü", "ü"},
		{"unterminated OSC keeps its text", "\x1b]0;title", "0;title"},
		{"unterminated 8-bit OSC keeps its text", "\u009dtext", "text"},
		{"CSI cut short by a newline", "\x1b[31\nrot", "\nrot"},
		{"CSI at end of input", "a\x1b[1;3", "a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Text(tt.in); got != tt.want {
				t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTextControlCharacters(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"NUL BEL BS", "a\x00b\x07c\x08d", "abcd"},
		{"DEL", "a\x7fb", "ab"},
		{"tab becomes one space", "a\tb", "a b"},
		{"CRLF", "a\r\nb", "a\nb"},
		{"lone CR", "a\rb", "a\nb"},
		{"CR CRLF", "a\r\r\nb", "a\n\nb"},
		{"VT and FF are line breaks", "a\vb\fc", "a\nb\nc"},
		{"NEL is a line break", "a\u0085b", "a\nb"},
		{"C1 controls", "a\u0080b\u008ac\u009cd", "abcd"},
		{"line and paragraph separator", "a\u2028b\u2029c", "a\nb\nc"},
		{"newlines kept", "a\n\nb\n", "a\n\nb\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Text(tt.in); got != tt.want {
				t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTextRemovesInvisibleFormatCharacters(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"right-to-left override disguises a file name", "\u202Egnp.exe", "gnp.exe"},
		{"bidi embeddings and overrides", "a\u202Ab\u202Bc\u202Cd\u202De", "abcde"},
		{"bidi isolates", "a\u2066b\u2067c\u2068d\u2069e", "abcde"},
		{"bidi marks", "a\u200Eb\u200Fc\u061Cd", "abcd"},
		{"byte order mark", "\uFEFFHallo", "Hallo"},
		{"zero-width space", "Mül\u200Bler", "Müller"},
		{"soft hyphen", "Kinder\u00ADschutz", "Kinderschutz"},
		{"word joiner", "a\u2060b", "ab"},
		{"tag characters smuggle hidden text", "ok\U000E0068\U000E0069", "ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Text(tt.in); got != tt.want {
				t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTextKeepsOrdinaryText(t *testing.T) {
	for _, s := range []string{
		"Frau Müller, Jugendamt: Gespräch am 01.12.2026 – Maßnahme läuft.",
		"Family 👨\u200D👩\u200D👧 and thumbs 👍🏽, flag 🇩🇪",
		"日本語のテキスト, 한국어, العربية, עברית",
		"q\u0307 (combining mark without precomposed form)",
		"ZWNJ in Auf\u200Clage",
		"\uFFFD stays",
		"non-breaking\u00A0space",
	} {
		if got := Text(s); got != s {
			t.Errorf("Text(%q) = %q, want it unchanged", s, got)
		}
	}
}

func TestTextNormalisesToNFC(t *testing.T) {
	decomposed := "Mu\u0308ller"
	if got := Text(decomposed); got != "Müller" {
		t.Errorf("Text(%q) = %q, want %q", decomposed, got, "Müller")
	}
	// A removed control must not keep a letter and its mark apart.
	if got := Text("e\x1b[0m\u0301"); got != "é" {
		t.Errorf("Text with escape between letter and mark = %q, want %q", got, "é")
	}
}

func TestTextReplacesInvalidUTF8(t *testing.T) {
	tests := map[string]string{
		"a\xffb":       "a\uFFFDb",
		"\xc3":         "\uFFFD",
		"ab\xe2\x82":   "ab\uFFFD\uFFFD",
		"\xed\xa0\x80": "\uFFFD\uFFFD\uFFFD", // an encoded surrogate
	}
	for in, want := range tests {
		if got := Text(in); got != want {
			t.Errorf("Text(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLine(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"clean", "Fall 2026-17", "Fall 2026-17"},
		{"trim and collapse", "  Frau   Müller  ", "Frau Müller"},
		{"newline and tab", "a\nb\tc\r\nd", "a b c d"},
		{"unicode spaces", "a\u00A0b\u3000c\u2003d", "a b c d"},
		{"escape between spaces", "a \x1b[31m b", "a b"},
		{"title change before name", "\x1b]0;x\x07Name", "Name"},
		{"bidi override", "\u202EName", "Name"},
		{"line separator", "a\u2028b", "a b"},
		{"only whitespace", " \t\n ", ""},
		{"empty", "", ""},
		{"trailing space after clean prefix", "Name ", "Name"},
		{"leading space", " Name", "Name"},
		{"decomposed umlaut", "Mu\u0308ller", "Müller"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Line(tt.in); got != tt.want {
				t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanInputIsNotCopied(t *testing.T) {
	inputs := map[string]string{
		"ascii": "Gespraech mit der Kita.\nZweite Zeile: 1. Punkt",
		"utf8":  "Frau Müller 👍🏽 日本語\nzweite Zeile",
	}
	for name, s := range inputs {
		if n := testing.AllocsPerRun(100, func() { _ = Text(s) }); n != 0 {
			t.Errorf("Text(%s) allocated %v times, want 0", name, n)
		}
		line := strings.ReplaceAll(s, "\n", " ")
		if n := testing.AllocsPerRun(100, func() { _ = Line(line) }); n != 0 {
			t.Errorf("Line(%s) allocated %v times, want 0", name, n)
		}
	}
}

// Text looks at printable ASCII eight bytes at a time: a byte to remove is
// found at every place of a word, and what is kept stays as it is.
func TestTextFindsControlsAtEveryPlaceOfAWord(t *testing.T) {
	const clean = "Kita Sonnenblume berichtet über das Frühstück"
	for pos := range len(clean) {
		if !utf8.RuneStart(clean[pos]) {
			continue
		}
		for _, bad := range []string{"\x00", "\x07", "\x7f", "\u0085", "\u200b"} { // ESC would take the next byte along
			in := clean[:pos] + bad + clean[pos:]
			if got := Text(in); got != clean && !(bad == "\u0085" && got == clean[:pos]+"\n"+clean[pos:]) {
				t.Errorf("Text(%q) = %q", in, got)
			}
		}
		if in := clean[:pos] + "\n" + clean[pos:]; Text(in) != in {
			t.Errorf("Text(%q) changed a line break", in)
		}
	}
}

// stable characters skip the NFC check, so every string of them and of
// ASCII must be in NFC. Pairs are enough: without combining marks, NFC
// can only join neighbours.
func TestStableCharactersAreNFCStable(t *testing.T) {
	var chars []rune
	for r := rune(0x20); r < 0x7f; r++ {
		chars = append(chars, r)
	}
	stables := 0
	for r := rune(0x80); r <= 0x2100; r++ {
		if stable(r) {
			chars = append(chars, r)
			stables++
		}
	}
	if stables < 100 {
		t.Fatalf("only %d stable characters", stables)
	}
	for _, a := range chars {
		for _, b := range chars {
			if s := string(a) + string(b); !norm.NFC.IsNormalString(s) {
				t.Errorf("%q is not in NFC", s)
			}
		}
	}
}
