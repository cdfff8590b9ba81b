package i18n

import (
	"embed"
	"fmt"
	"sync"
)

//go:embed locales
var locales embed.FS

// messages holds one lazily parsed catalogue per language. Parsing happens
// at most once per language and only for the languages actually used, so
// startup pays for one small JSON parse.
var messages = map[Lang]func() (map[string]string, error){}

func init() {
	for _, l := range Langs() {
		messages[l] = sync.OnceValues(func() (map[string]string, error) {
			return loadLangFast(locales, l)
		})
	}
}

// Catalog renders the messages of one language.
type Catalog struct {
	lang Lang
	msgs map[string]string
}

// New returns the catalogue for lang; an unsupported lang falls back to DE.
// The embedded catalogues are checked by this package's tests, so a broken
// catalogue (bad JSON, a key defined twice) is a programming error and
// panics with the file and key at fault.
func New(lang Lang) *Catalog {
	load, ok := messages[lang]
	if !ok {
		lang, load = DE, messages[DE]
	}
	msgs, err := load()
	if err != nil {
		panic(err)
	}
	return &Catalog{lang: lang, msgs: msgs}
}

// Lang reports the language this catalogue renders.
func (c *Catalog) Lang() Lang { return c.lang }

// Has reports whether key is defined.
func (c *Catalog) Has(key string) bool {
	_, ok := c.msgs[key]
	return ok
}

// T returns the text for key, formatted with fmt.Sprintf when args are
// given. A missing key renders as "!key!" so the gap is obvious on screen
// and in tests, instead of an empty label.
func (c *Catalog) T(key string, args ...any) string {
	text, ok := c.msgs[key]
	if !ok {
		return "!" + key + "!"
	}
	if len(args) == 0 {
		return text
	}
	return fmt.Sprintf(text, args...)
}
