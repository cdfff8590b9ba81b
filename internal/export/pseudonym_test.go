package export

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/i18n"
)

// containsWord reports whether w occurs in s as a whole word, ignoring case.
func containsWord(s, w string) bool {
	s, w = strings.ToLower(s), strings.ToLower(w)
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(w)
		before := i == 0 || !isLetterOrDigitBefore(s[:i])
		after := j == len(s) || !isLetterOrDigitAfter(s[j:])
		if before && after {
			return true
		}
		from = i + 1
	}
}

func isLetterOrDigitBefore(s string) bool {
	r := []rune(s)
	return unicode.IsLetter(r[len(r)-1]) || unicode.IsDigit(r[len(r)-1])
}

func isLetterOrDigitAfter(s string) bool {
	r := []rune(s)
	return unicode.IsLetter(r[0]) || unicode.IsDigit(r[0])
}

// knownNames are the names of the sample conference that the
// pseudonymised minutes must not show: every participant's first name and
// surname, every institution as recorded, the proper names inside the
// institutions' names, and the place.
func knownNames(c *conference.Conference) []string {
	var out []string
	for _, p := range c.Participants {
		for _, w := range strings.Fields(p.Name) {
			w = strings.Trim(w, ".")
			if len([]rune(w)) >= 3 {
				out = append(out, w)
			}
		}
		if p.Institution != "" {
			out = append(out, p.Institution)
		}
	}
	for _, ch := range c.Children {
		out = append(out, ch.FirstName)
	}
	for _, p := range c.Carers {
		out = append(out, strings.Fields(p.Name)[0])
	}
	return append(out, c.Place, "Sonnenblume", "Lichtblick", "Am Hang", "Nordstadt", "Nord", "North", "Raum 2.14", "room 2.14")
}

// TestPseudonymisedMinutesShowNoNameKofaKnows pins a leak: names came into
// the pseudonymised minutes through free text (the consent's scope, the
// chronology's sources, the actions' report-back and what-if-not, the
// facts), e.g. "Frau Albers lädt … ein" and "Kita Sonnenblume".
func TestPseudonymisedMinutesShowNoNameKofaKnows(t *testing.T) {
	for _, tc := range []struct {
		lang       i18n.Lang
		replaced   string // a sentence where a name was, with the pseudonym
		fullShows  string // the same in the full minutes
		fromPlaces []string
	}{
		// Two came from the ASD: their pseudonyms are numbered.
		{i18n.DE, "Fachkraft ASD 1 lädt innerhalb einer Woche zu einer Krisenkonferenz ein",
			"Frau Albers lädt innerhalb einer Woche", []string{"Kita / Kindertagespflege (ganztags)"}},
		{i18n.EN, "ASD social worker 1 calls a crisis conference within a week",
			"Ms Albers calls a crisis conference", []string{"Kita / child day care (full day)"}},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			c := demo.Sample(string(tc.lang), sampleDay)
			full := string(Markdown(c, Options{Lang: tc.lang, ExportedAt: exportedAt}))
			out := string(Markdown(c, Options{Lang: tc.lang, Variant: VariantPseudonymised, ExportedAt: exportedAt}))
			if !strings.Contains(full, tc.fullShows) {
				t.Fatalf("the full minutes lack %q: the sample no longer has names in free text, and this test proves nothing", tc.fullShows)
			}
			for _, name := range knownNames(c) {
				if containsWord(out, name) {
					t.Errorf("the pseudonymised minutes show %q", name)
				}
			}
			for _, want := range append([]string{tc.replaced}, tc.fromPlaces...) {
				if !strings.Contains(out, want) {
					t.Errorf("the pseudonymised minutes lack %q: the name is not replaced by its pseudonym", want)
				}
			}
		})
	}
}

// scrubFixture is a small conference whose names make the hostile cases.
func scrubFixture() (*conference.Conference, *doc) {
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	c := conference.New("k7m2qxa9", conference.KindCase, at)
	c.Place = "Rathaus Kleinstadt, Zimmer 3"
	c.AddParticipant(conference.Participant{Name: "Dr. Anna Weber", InstitutionType: "kita", Institution: "Kita Regenbogen gGmbH",
		Roles: []string{conference.RoleReporter}})
	c.AddParticipant(conference.Participant{Name: "Jörg Krüger-Lüdenscheidt", InstitutionType: "school_social_work",
		Institution: "Grundschule Am Hang, Schulsozialarbeit", Roles: []string{conference.RoleContributor}})
	c.AddParticipant(conference.Participant{Name: "Jana Schmidt", InstitutionType: "parent", Family: true, Relationship: "Mutter"})
	c.AddParticipant(conference.Participant{Name: "Tom Schmidt", InstitutionType: "parent", Family: true, Relationship: "Vater"})
	d := newDoc(c, Options{Lang: i18n.DE, Variant: VariantPseudonymised})
	return c, d
}

// TestPseudonymisationReplacesWholeNamesOnly: names are found whatever
// their case and umlaut spelling, with their form of address, but only as
// whole words, so ordinary words that contain a name stay as they are.
func TestPseudonymisationReplacesWholeNamesOnly(t *testing.T) {
	_, d := scrubFixture()
	kita := "Fachkraft Kita"
	school := "Schulsozialarbeit"
	left := d.leftOut()
	for _, tc := range []struct{ in, want string }{
		{"Weber kommt morgen", kita + " kommt morgen"},
		{"Anruf bei Frau Dr. Weber.", "Anruf bei " + kita + "."},
		{"WEBER hat angerufen", kita + " hat angerufen"},
		{"Frau Webers Bericht", kita + " Bericht"},
		{"Dr Weber's notes", kita + "'s notes"},
		{"Anna Weber und Anna", kita + " und " + kita},
		{"die Weberei am Markt", "die Weberei am Markt"},
		{"Annaberg liegt im Erzgebirge", "Annaberg liegt im Erzgebirge"},
		{"Herr Krueger-Luedenscheidt, Herr KRÜGER und Kruger", school + ", " + school + " und " + school},
		{"Jörg sagt", school + " sagt"},
		{"wöchentlich an Herrn Weber, Mrs Weber", "wöchentlich an " + kita + ", " + kita},
		{"der Krügerweg", "der Krügerweg"},
		{"Kita Regenbogen, Regenbogen-Kinder, Regenbogenfisch", "Kita / Kindertagespflege, Kita / Kindertagespflege-Kinder, Regenbogenfisch"},
		{"Schulsozialarbeit der Grundschule am Hang; Hangrutsch", "Schulsozialarbeit der Schule: Schulsozialarbeit; Hangrutsch"},
		{"Jana kommt, Tom nicht", "Mutter kommt, Vater nicht"},
		{"Familie Schmidt", "Familie " + left},
		{"im Rathaus Kleinstadt", "im " + left},
		{"**Weber**|Weber", "**" + kita + "**|" + kita},
		{"", ""},
	} {
		if got := d.scrub(tc.in); got != tc.want {
			t.Errorf("scrub(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

// TestPseudonymisationReachesEveryFreeTextField puts a participant's name
// and institution into every text field of a conference: the pseudonymised
// minutes show neither, the full minutes show both, and fields marked
// identifying are still left out as a whole.
func TestPseudonymisationReachesEveryFreeTextField(t *testing.T) {
	text := "Rückruf von Frau Weberling, Kita Regenbogen"
	c := filledConference(text)
	names := []string{"Olaf Quast", "Hanna Weberling", "Jana Sommer", "Ute Brinkhaus", "Erik Vogt"}
	for i := range c.Participants {
		p := &c.Participants[i]
		p.Name = names[i]
		p.Institution = ""
		if p.Family {
			p.Relationship = "Mutter"
		}
	}
	c.Participants[1].Institution = "Kita Regenbogen"
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		full := string(Markdown(c, Options{Lang: lang, ExportedAt: exportedAt}))
		out := string(Markdown(c, Options{Lang: lang, Variant: VariantPseudonymised, ExportedAt: exportedAt}))
		for _, name := range []string{"Weberling", "Regenbogen", "Hanna"} {
			if !containsWord(full, name) {
				t.Fatalf("%s: the full minutes lack %q; the test proves nothing", lang, name)
			}
			if containsWord(out, name) {
				i := strings.Index(strings.ToLower(out), strings.ToLower(name))
				t.Errorf("%s: the pseudonymised minutes show %q: …%s…", lang, name, out[max(0, i-80):min(len(out), i+40)])
			}
		}
		if n := strings.Count(out, Inline(leftOutIn(lang))); n < 3 {
			t.Errorf("%s: %d texts left out, want the identifying ones and the place", lang, n)
		}
	}
}

func leftOutIn(lang i18n.Lang) string {
	return newDoc(conference.New("k7m2qxa9", conference.KindCase, time.Now()), Options{Lang: lang}).leftOut()
}

// FuzzScrub: replacing names in any text never panics, keeps valid UTF-8
// valid, and leaves no whole-word surname of the fixture behind.
func FuzzScrub(f *testing.F) {
	for _, s := range []string{"Frau Dr. Weber", "Webers", "Krüger-Lüdenscheidt", "KRUEGER\u0301", "\xff Weber \xfe",
		"Kita Regenbogen gGmbH", "Am Hang", "ß Weber ẞ", "Weber\u00a0Weber", "a\u0308 Jana"} {
		f.Add(s)
	}
	_, d := scrubFixture()
	f.Fuzz(func(t *testing.T, s string) {
		out := d.scrub(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("scrub(%q) = %q is not valid UTF-8", s, out)
		}
		for _, name := range []string{"weber", "schmidt", "regenbogen", "jörg"} {
			if containsWord(out, name) {
				t.Fatalf("scrub(%q) = %q still shows %q", s, out, name)
			}
		}
	})
}
