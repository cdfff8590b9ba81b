package i18n

import "testing"

func TestParseAcceptsTagsAndLocales(t *testing.T) {
	cases := map[string]Lang{
		"de": DE, "en": EN, "DE": DE, " en ": EN,
		"de_DE.UTF-8": DE, "de_AT@euro": DE, "de-CH": DE,
		"en-GB": EN, "en_US.utf8": EN, "en_GB.UTF-8@x": EN,
	}
	for in, want := range cases {
		got, ok := Parse(in)
		if !ok || got != want {
			t.Errorf("Parse(%q) = %q, %v; want %q, true", in, got, ok, want)
		}
	}
}

func TestParseRejectsUnsupported(t *testing.T) {
	for _, in := range []string{"", "C", "POSIX", "fr_FR.UTF-8", "deu", "e", "C.UTF-8"} {
		if got, ok := Parse(in); ok {
			t.Errorf("Parse(%q) = %q, true; want false", in, got)
		}
	}
}

func TestFromEnvUsesFirstNonEmptyVariable(t *testing.T) {
	cases := []struct {
		name string
		env  map[string]string
		want Lang
	}{
		{"nothing set defaults to German", nil, DE},
		{"LANG alone", map[string]string{"LANG": "en_GB.UTF-8"}, EN},
		{"LC_MESSAGES beats LANG", map[string]string{"LC_MESSAGES": "de_DE", "LANG": "en_US"}, DE},
		{"LC_ALL beats everything", map[string]string{"LC_ALL": "en", "LC_MESSAGES": "de", "LANG": "de"}, EN},
		{"empty LC_ALL is skipped", map[string]string{"LC_ALL": "", "LANG": "en_US"}, EN},
		{"unsupported first value gives the default", map[string]string{"LC_ALL": "fr_FR", "LANG": "en_US"}, DE},
		{"C locale gives the default", map[string]string{"LANG": "C"}, DE},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := fromEnv(func(k string) string { return tc.env[k] })
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestFromEnvReadsProcessEnvironment(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "en_US.UTF-8")
	if got := FromEnv(); got != EN {
		t.Errorf("FromEnv() = %q, want en", got)
	}
}

func TestLangsListsGermanFirst(t *testing.T) {
	got := Langs()
	if len(got) != 2 || got[0] != DE || got[1] != EN {
		t.Errorf("Langs() = %v, want [de en]", got)
	}
}
