package textfold

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// TestFold is the one table of how kofa folds German text: every user of
// the package (directory, catalogue filter, worries search, conference
// search, scrubber) matches exactly as this table says.
func TestFold(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, plain, digraph string
	}{
		{"", "", ""},
		{"petra", "petra", "petra"},
		{"Müller", "muller", "muller"},
		{"Mueller", "mueller", "muller"},
		{"MÜLLER", "muller", "muller"},
		{"Muller", "muller", "muller"},
		{"Straße", "strasse", "strasse"},
		{"STRASSE", "strasse", "strasse"},
		{"ẞ", "ss", "ss"},
		{"Quelle", "quelle", "qulle"},
		{"Öztürk", "ozturk", "ozturk"},
		{"Oetker", "oetker", "otker"},
		{"Ärztin", "arztin", "arztin"},
		{"Crème brûlée", "creme brulee", "creme brulee"},
		{"u\u0308ber", "uber", "uber"},              // ü written with a combining mark
		{"aee", "aee", "ae"},                        // one digraph, then a plain e
		{"Zeile\nzwei", "zeile zwei", "zeile zwei"}, // newlines separate haystack texts
		{"Ørsted", "ørsted", "ørsted"},              // a letter of its own stays
	}
	for _, tt := range tests {
		f := Fold(tt.in)
		if f.Plain() != tt.plain || f.Digraph() != tt.digraph {
			t.Errorf("Fold(%q) = %q/%q, want %q/%q", tt.in, f.Plain(), f.Digraph(), tt.plain, tt.digraph)
		}
		if Plain(tt.in) != tt.plain || Digraph(tt.in) != tt.digraph {
			t.Errorf("Plain/Digraph(%q) = %q/%q, want %q/%q", tt.in, Plain(tt.in), Digraph(tt.in), tt.plain, tt.digraph)
		}
		if m := Map(tt.in); m.S != tt.digraph {
			t.Errorf("Map(%q).S = %q, want %q", tt.in, m.S, tt.digraph)
		}
	}
}

func TestContainsFindsEverySpelling(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text, query string
		want        bool
	}{
		{"Petra Müller", "mueller", true},
		{"Petra Mueller", "müller", true},
		{"Petra Mueller", "muller", true},
		{"PETRA MÜLLER", "Müller", true},
		{"Hauptstraße 5", "strasse", true},
		{"Quelle", "quel", true}, // the plain form keeps the prefix
		{"Crème", "creme", true},
		{"Kita Sonnenblume", "sonne", true},
		{"Müller", "miller", false},
		{"Weber", "weberei", false},
	}
	for _, tt := range tests {
		if got := Contains(tt.text, tt.query); got != tt.want {
			t.Errorf("Contains(%q, %q) = %v, want %v", tt.text, tt.query, got, tt.want)
		}
		if got := Fold(tt.text).Contains(Fold(tt.query)); got != tt.want {
			t.Errorf("Fold(%q).Contains(%q) = %v, want %v", tt.text, tt.query, got, tt.want)
		}
	}
}

func TestPrefixes(t *testing.T) {
	t.Parallel()
	label := Fold("Jugendamt / Allgemeiner Sozialer Dienst")
	if !label.HasPrefix(Fold("JUGEND")) || label.HasPrefix(Fold("sozial")) {
		t.Error("HasPrefix: want the start only")
	}
	if !label.HasWordPrefix(Fold("sozial")) || label.HasWordPrefix(Fold("ugend")) {
		t.Error("HasWordPrefix: want the start of any word only")
	}
}

// TestMapPointsBackIntoTheText: every byte of the folded form points at
// the letter it came from, so a name found folded is replaced whole.
func TestMapPointsBackIntoTheText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text, find, original string
	}{
		{"Frau Müller kam", "muller", "Müller"},
		{"Frau Mueller kam", "muller", "Mueller"},
		{"Die Straße", "strasse", "Straße"},
		{"u\u0308ber", "uber", "u\u0308ber"},
		{"ÖZTÜRK sagt", "ozturk", "ÖZTÜRK"},
	}
	for _, tt := range tests {
		m := Map(tt.text)
		i := strings.Index(m.S, tt.find)
		if i < 0 {
			t.Fatalf("Map(%q).S = %q lacks %q", tt.text, m.S, tt.find)
		}
		j := i + len(tt.find)
		if got := tt.text[m.Start[i]:m.End[j-1]]; got != tt.original {
			t.Errorf("Map(%q): %q maps back to %q, want %q", tt.text, tt.find, got, tt.original)
		}
	}
}

// referenceFold is the plain definition of the two forms: lower case, NFD,
// accents dropped, ß as ss, newlines as spaces; then ae/oe/ue reduced.
// appendFold does the same in one pass.
func referenceFold(s string) (plain, digraph string) {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'ß':
			b.WriteString("ss")
		case r == '\n' || r == 0:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	plain = b.String()
	return plain, strings.NewReplacer("ae", "a", "oe", "o", "ue", "u").Replace(plain)
}

var foldSamples = []string{
	"", "Müller", "MUELLER", "Muller", "Quelle", "aee", "Äe", "üe", "Straße", "STRASSE", "Crème brûlée",
	"Kita Sonnenblume\nzweite Zeile", "a\x00b", "Œuvre", "Ørsted", "İstanbul", "u\u0308ber", "Ｆｕｌｌ",
}

func TestFoldMatchesItsDefinition(t *testing.T) {
	t.Parallel()
	for _, s := range foldSamples {
		checkFold(t, s)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range foldSamples {
		f.Add(s)
	}
	f.Fuzz(checkFold)
}

func checkFold(t *testing.T, s string) {
	plain, digraph := referenceFold(s)
	if !strings.ContainsRune(s, 'ẞ') && !strings.ContainsRune(s, 'İ') { // special-cased by strings.ToLower
		if got := Fold(s); got.plain != plain || got.digraph != digraph {
			t.Errorf("Fold(%q) = %q/%q, want %q/%q", s, got.plain, got.digraph, plain, digraph)
		}
	}
	m := Map(s)
	if m.S != Digraph(s) || len(m.Start) != len(m.S) || len(m.End) != len(m.S) {
		t.Fatalf("Map(%q) = %q with %d/%d positions, want %q", s, m.S, len(m.Start), len(m.End), Digraph(s))
	}
	for i := range m.S {
		if m.Start[i] < 0 || m.Start[i] >= m.End[i] || m.End[i] > len(s) || i > 0 && m.Start[i] < m.Start[i-1] {
			t.Fatalf("Map(%q): byte %d maps to [%d,%d)", s, i, m.Start[i], m.End[i])
		}
	}
}
