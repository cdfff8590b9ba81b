package catalogue

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// The UI shows FileError through internal/i18n; a key missing there would
// show up as "!key!", and a wrong number of placeholders garbles the text.
func TestLocalesHaveEveryErrorKeyWithMatchingPlaceholders(t *testing.T) {
	verb := regexp.MustCompile(`%[sdvq]`)
	for _, lang := range []string{LangDE, LangEN} {
		path := filepath.Join("..", "..", "i18n", "locales", lang, "catalogue.json")
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var texts map[string]string
		if err := json.Unmarshal(data, &texts); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for key, english := range englishDetail {
			text, ok := texts[key]
			if !ok {
				t.Errorf("%s: key %s missing", path, key)
				continue
			}
			want := len(verb.FindAllString(english, -1)) + 3 // file, line, column
			if key == keyRead || key == keyTooLarge {
				want -= 2
			}
			if got := len(verb.FindAllString(text, -1)); got != want {
				t.Errorf("%s: %s has %d placeholders, want %d", path, key, got, want)
			}
		}
		if _, ok := texts[KeyBuiltinUsed]; !ok {
			t.Errorf("%s: key %s missing", path, KeyBuiltinUsed)
		}
	}
}
