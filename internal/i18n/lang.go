package i18n

import (
	"os"
	"strings"
)

// Lang identifies a supported user-interface language.
type Lang string

// The supported languages. German is the default: kofa is written for
// German child-protection practice.
const (
	DE Lang = "de"
	EN Lang = "en"
)

// Langs returns every supported language, the default first.
func Langs() []Lang { return []Lang{DE, EN} }

// Parse turns a language tag or POSIX locale ("de", "EN", "de_DE.UTF-8",
// "en-GB", "de_AT@euro") into a supported Lang. It reports false for
// anything else, including "C" and "POSIX".
func Parse(s string) (Lang, bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ".@"); i >= 0 {
		s = s[:i] // drop the codeset and modifier
	}
	if i := strings.IndexAny(s, "_-"); i >= 0 {
		s = s[:i] // drop the region
	}
	switch l := Lang(strings.ToLower(s)); l {
	case DE, EN:
		return l, true
	}
	return "", false
}

// FromEnv picks the language from the environment the way POSIX programs do:
// the first non-empty of LC_ALL, LC_MESSAGES and LANG decides. If that value
// names no supported language, or none is set (usual on Windows), the
// result is DE.
func FromEnv() Lang { return fromEnv(os.Getenv) }

func fromEnv(getenv func(string) string) Lang {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" {
			continue
		}
		if l, ok := Parse(v); ok {
			return l
		}
		return DE
	}
	return DE
}
