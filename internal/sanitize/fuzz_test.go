package sanitize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fuzzSeeds are inputs that reach every branch of the filter.
var fuzzSeeds = []string{
	"",
	"Frau Müller meldet: Kind kam ohne Jacke.\n",
	"\x1b]52;c;SGVsbG8=\x07",
	"\x1b]0;pwned\x07",
	"\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\",
	"\x1b[2J\x1b[?1049h\x1b[1;31mrot\x1b[0m",
	"\u202Egnp.exe",
	"\x1bPq#0~\x1b\\\x1b_G;AA\x1b\\\x1b^x\x1b\\\x1bXy\x1b\\",
	"\u009b2J\u009d0;x\u009c\u0090y\x07\u0085",
	"a\r\nb\rc\td\ve\ff\u2028g\u2029h",
	"Mu\u0308ller e\x1b[m\u0301",
	"👨\u200D👩\u200D👧 👍🏽 🇩🇪 \U000E0068",
	"\xff\xc3\xed\xa0\x80",
	"\x1b]0;unterminated \x1b(B\x1b7\x1bc\x1b \x1b",
	"  leading   and trailing  \u00A0\u3000",
	"\u2000\u2001 \u0958 \uFB2C \U0001D160",
}

func FuzzText(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Text(in)
		checkCleaned(t, in, out, modeText)
		if again := Text(out); again != out {
			t.Errorf("Text is not idempotent: Text(%q) = %q, Text of that = %q", in, out, again)
		}
	})
}

func FuzzLine(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Line(in)
		checkCleaned(t, in, out, modeLine)
		if again := Line(out); again != out {
			t.Errorf("Line is not idempotent: Line(%q) = %q, Line of that = %q", in, out, again)
		}
		if viaText := Line(Text(in)); viaText != out {
			t.Errorf("Line(Text(%q)) = %q, Line = %q", in, viaText, out)
		}
		if strings.HasPrefix(out, " ") || strings.HasSuffix(out, " ") || strings.Contains(out, "  ") {
			t.Errorf("Line(%q) = %q has untrimmed or repeated spaces", in, out)
		}
	})
}

func FuzzLimit(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 5)
	}
	f.Fuzz(func(t *testing.T, in string, maxBytes int) {
		out, cut := Limit(in, maxBytes)
		if !strings.HasPrefix(in, out) {
			t.Fatalf("Limit(%q, %d) = %q is not a prefix", in, maxBytes, out)
		}
		if cut != (len(out) < len(in)) {
			t.Errorf("Limit(%q, %d) = %q reports cut %v", in, maxBytes, out, cut)
		}
		if len(out) > max(maxBytes, 0) {
			t.Errorf("Limit(%q, %d) = %q is too long", in, maxBytes, out)
		}
		if utf8.ValidString(in) && !utf8.ValidString(out) {
			t.Errorf("Limit(%q, %d) = %q cut inside a rune", in, maxBytes, out)
		}
	})
}

// checkCleaned asserts what every output of Text and Line must satisfy.
func checkCleaned(t *testing.T, in, out string, m mode) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("output %q of %q is not valid UTF-8", out, in)
	}
	// Each input byte yields at most one U+FFFD (3 bytes), and NFC grows
	// UTF-8 by at most a factor of 3.
	if len(out) > 3*len(in) {
		t.Errorf("output of %q is %d bytes, more than 3 × %d", in, len(out), len(in))
	}
	if !norm.NFC.IsNormalString(out) {
		t.Errorf("output %q of %q is not NFC", out, in)
	}
	for _, r := range out {
		if forbidden(r, m) {
			t.Fatalf("output %q of %q contains %U", out, in, r)
		}
	}
}

func forbidden(r rune, m mode) bool {
	switch {
	case r == '\n':
		return m == modeLine
	case r < 0x20, r >= 0x7F && r <= 0x9F, r == 0x2028, r == 0x2029:
		return true
	case r == 0x200C || r == 0x200D:
		return false
	case unicode.Is(unicode.Cf, r):
		return true
	case m == modeLine && r != ' ' && unicode.IsSpace(r):
		return true
	}
	return false
}
