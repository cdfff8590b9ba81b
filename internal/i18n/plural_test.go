package i18n

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestNPicksTheSingularForExactlyOne(t *testing.T) {
	m := &Messages{lang: EN, msgs: map[string]string{
		"a.written":     "%d minutes written to %s",
		"a.written.one": "%d minute written to %s",
		"a.plain":       "%d open",
	}}
	for n, want := range map[int]string{
		0: "0 minutes written to x", 1: "1 minute written to x", 2: "2 minutes written to x", -1: "-1 minutes written to x",
	} {
		if got := m.N("a.written", n, n, "x"); got != want {
			t.Errorf("N(%d) = %q, want %q", n, got, want)
		}
	}
	if got := m.N("a.plain", 1, 1); got != "1 open" {
		t.Errorf("without a singular form: %q", got)
	}
}

// countWord finds a number shown by a message and the words after it: a
// noun there ("%d days", "%d offene Vereinbarungen") has a singular form.
var countWord = regexp.MustCompile(`%(?:\[\d+\])?d((?: [\p{L}.()-]+){1,2})`)

// notCounts are the messages whose number is followed by a word but never
// counts something that can be one, and why.
var notCounts = map[string]string{
	// Limits and sizes: never 1.
	"catalogue.error.code_invalid":      "a length limit",
	"catalogue.error.text_too_long":     "a length limit",
	"catalogue.error.too_large":         "a size limit in KiB",
	"common.too_small":                  "the smallest window",
	"crypt.encrypt.long":                "the shortest passphrase",
	"crypt.passphrase.long":             "the shortest passphrase",
	"crypt.error.too_short":             "the shortest passphrase",
	"crypt.error.too_long":              "the longest passphrase",
	"export.archive.cli.too_large":      "a size limit in MiB",
	"tui.widget.cut":                    "a field's limit",
	"widgetlimit.counter":               "a field's limit (used/limit)",
	"export.minutes":                    "“min”/“Min.” stays the same for one",
	"tui.ws.total":                      "“min” stays the same for one",
	"tui.projector.left":                "“min” stays the same for one",
	"tui.projector.over":                "“min” stays the same for one",
	"tui.ws.retry_in":                   "“s” stays the same for one",
	"directorycsv.import.summary":       "“mit Konflikt” is not a noun of the count",
	"actions.unagreed":                  "names action number n",
	"catalogue.error.anchor_range":      "names an anchor value",
	"catalogue.error.duplicate_anchor":  "names an anchor value",
	"export.archive.bad_id":             "names conference number n",
	"export.archive.duplicate_id":       "names conference number n",
	"export.archive.missing_conference": "names entry number n",
	"export.archive.newer":              "names a version",
}

// verbs after a number end the search for its noun ("Action %d is",
// "%d conference exists").
var verbs = map[string]bool{"is": true, "has": true, "was": true, "holds": true, "appears": true, "exists": true, "and": true}

// looksCounted reports whether text shows a number followed by a plural
// noun (English: a word ending in s; German: a capitalised word, possibly
// after an adjective) or a plural made with "(s)" or "(en)".
func looksCounted(lang Lang, text string) bool {
	if strings.Contains(text, "(s)") || strings.Contains(text, "(en)") || strings.Contains(text, "(e)") {
		return true
	}
	for _, m := range countWord.FindAllStringSubmatch(text, -1) {
		for _, w := range strings.Fields(m[1]) {
			if verbs[w] || strings.HasPrefix(w, "(") || strings.HasPrefix(w, ")") {
				break // "Action %d is", "line %d (field"
			}
			w = strings.Trim(w, ".()")
			switch {
			case lang == EN && len(w) > 2 && strings.HasSuffix(w, "s"):
				return true
			case lang == DE && w != "" && strings.ToUpper(w[:1]) == w[:1] && strings.ToLower(w[:1]) != w[:1]:
				return true
			}
		}
	}
	return false
}

func TestLooksCounted(t *testing.T) {
	for _, c := range []struct {
		lang Lang
		text string
		want bool
	}{
		{EN, "%d minutes written to %s", true},
		{EN, "%d open actions", true},
		{EN, "due in %d days", true},
		{EN, "%d conference(s) archived", true},
		{EN, "Action %d is no longer complete", false},
		{EN, "%d of %d given", false},
		{EN, "%d open", false},
		{EN, "%d conference exists already", false},
		{DE, "in Zeile %d (Feld %s)", false},
		{DE, "%d Protokolle geschrieben nach %s", true},
		{DE, "%d offene Vereinbarungen", true},
		{DE, "%d Konferenz(en) archiviert", true},
		{DE, "%d von %d abgegeben", false},
		{DE, "Vereinbarung %d bearbeiten", false},
	} {
		if got := looksCounted(c.lang, c.text); got != c.want {
			t.Errorf("%s %q: %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}

// TestEveryCountMessageHasASingular finds the messages that show a number
// of things ("%d minutes written") in either language: each has a
// singular form (key.one), or is listed in notCounts with the reason.
func TestEveryCountMessageHasASingular(t *testing.T) {
	for _, lang := range Langs() {
		msgs := mustLoad(t, lang)
		for key, text := range msgs {
			if strings.HasSuffix(key, pluralOne) || !looksCounted(lang, text) {
				continue
			}
			if _, ok := msgs[key+pluralOne]; ok {
				continue
			}
			if _, ok := notCounts[key]; !ok {
				t.Errorf("%s %q shows a count (%q) but has no singular form %q", lang, key, text, key+pluralOne)
			}
		}
	}
	for key := range notCounts {
		if _, ok := mustLoad(t, EN)[key]; !ok {
			t.Errorf("notCounts names %q, which no longer exists", key)
		}
	}
}

// TestCountMessagesSayOneAndMany runs 0, 1 and 2 through every message
// with a singular form, in both languages (every number of the message
// set to the count): both forms take the same arguments, 1 gives the
// singular, 0 and 2 the plural, the singular really differs, and in
// English it has no plural noun after the number.
func TestCountMessagesSayOneAndMany(t *testing.T) {
	checked := 0
	for _, lang := range Langs() {
		msgs := mustLoad(t, lang)
		tr := New(lang)
		for key, one := range msgs {
			base, ok := strings.CutSuffix(key, pluralOne)
			if !ok {
				continue
			}
			many, ok := msgs[base]
			if !ok {
				t.Errorf("%s %q: no plural form %q", lang, key, base)
				continue
			}
			pOne, err1 := placeholders(one)
			pMany, err2 := placeholders(many)
			if err1 != nil || err2 != nil || !slices.Equal(pOne, pMany) {
				t.Errorf("%s %q: the forms take different arguments: %v / %v", lang, base, pOne, pMany)
				continue
			}
			if lang == EN && looksCounted(EN, one) {
				t.Errorf("en %q: the singular still counts in the plural: %q", key, one)
			}
			checked++
			for _, n := range []int{0, 1, 2} {
				args := argsFor(pMany, n)
				got := tr.N(base, n, args...)
				want := tr.T(base, args...)
				if n == 1 {
					want = tr.T(key, args...)
					if plural := tr.T(base, args...); got == plural {
						t.Errorf("%s %q: the singular says the same as the plural: %q", lang, base, got)
					}
				}
				if got != want || strings.Contains(got, "%!") {
					t.Errorf("%s %q with %d: %q, want %q", lang, base, n, got, want)
				}
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d count messages checked", checked)
	}
}

// TestCountMessagesAreRenderedWithN: a key with a singular form is
// rendered with N wherever the code names it; T would always say the
// plural.
func TestCountMessagesAreRenderedWithN(t *testing.T) {
	en := mustLoad(t, EN)
	eachLiteralKey(t, literalTOnly, func(at, key string) {
		if _, ok := en[key+pluralOne]; ok {
			t.Errorf("%s: %q has a singular form: render it with N, not T", at, key)
		}
		if strings.HasSuffix(key, pluralOne) {
			t.Errorf("%s: %q is a singular form: N picks it", at, key)
		}
	})
}

var literalTOnly = regexp.MustCompile(`\.T\(\s*"([^"\\]+)"`)

// argsFor makes arguments for the placeholders ("argN:verb"): n for every
// number, a word for the rest.
func argsFor(ph []string, n int) []any {
	var args []any
	for _, p := range ph {
		i := 0
		for _, c := range strings.TrimPrefix(p[:strings.Index(p, ":")], "arg") {
			i = i*10 + int(c-'0')
		}
		for len(args) < i {
			args = append(args, nil)
		}
		switch p[len(p)-1] {
		case 'd', '*':
			args[i-1] = n
		default:
			args[i-1] = "X"
		}
	}
	return args
}
