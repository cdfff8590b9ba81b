package i18n

import (
	"embed"
	"fmt"
	"sync"
)

//go:embed locales
var locales embed.FS

// loaders hold one lazily parsed message set per language. Parsing happens
// at most once per language and only for the languages actually used, so
// startup pays for one small JSON parse.
var loaders = map[Lang]func() (map[string]string, error){}

func init() {
	for _, l := range Langs() {
		loaders[l] = sync.OnceValues(func() (map[string]string, error) {
			return loadLangFast(locales, l)
		})
	}
}

// Messages renders the messages of one language.
type Messages struct {
	lang Lang
	msgs map[string]string
}

// New returns the messages of lang; an unsupported lang falls back to DE.
// The embedded message files are checked by this package's tests, so a broken
// catalogue (bad JSON, a key defined twice) is a programming error and
// panics with the file and key at fault.
func New(lang Lang) *Messages {
	load, ok := loaders[lang]
	if !ok {
		lang, load = DE, loaders[DE]
	}
	msgs, err := load()
	if err != nil {
		panic(err)
	}
	return &Messages{lang: lang, msgs: msgs}
}

// Lang reports the language these messages are in.
func (c *Messages) Lang() Lang { return c.lang }

// Has reports whether key is defined.
func (c *Messages) Has(key string) bool {
	_, ok := c.msgs[key]
	return ok
}

// T returns the text for key, formatted with fmt.Sprintf when args are
// given. A missing key renders as "!key!" so the gap is obvious on screen
// and in tests, instead of an empty label.
func (c *Messages) T(key string, args ...any) string {
	text, ok := c.msgs[key]
	if !ok {
		return "!" + key + "!"
	}
	if len(args) == 0 {
		return text
	}
	return fmt.Sprintf(text, args...)
}
