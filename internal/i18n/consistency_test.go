package i18n

import (
	"io/fs"
	"path"
	"slices"
	"strings"
	"testing"
)

func mustLoad(t *testing.T, l Lang) map[string]string {
	t.Helper()
	msgs, err := loaders[l]()
	if err != nil {
		t.Fatalf("%s: %v", l, err)
	}
	return msgs
}

func TestEveryKeyExistsInEveryLanguage(t *testing.T) {
	de, en := mustLoad(t, DE), mustLoad(t, EN)
	for key := range de {
		if _, ok := en[key]; !ok {
			t.Errorf("%q is in de but missing in en", key)
		}
	}
	for key := range en {
		if _, ok := de[key]; !ok {
			t.Errorf("%q is in en but missing in de", key)
		}
	}
}

func TestNoEmptyTexts(t *testing.T) {
	for _, l := range Langs() {
		for key, text := range mustLoad(t, l) {
			if strings.TrimSpace(text) == "" {
				t.Errorf("%s: %q is empty", l, key)
			}
		}
	}
}

func TestPlaceholdersMatchAcrossLanguages(t *testing.T) {
	de, en := mustLoad(t, DE), mustLoad(t, EN)
	for key, deText := range de {
		enText, ok := en[key]
		if !ok {
			continue // reported by TestEveryKeyExistsInEveryLanguage
		}
		deArgs, err := placeholders(deText)
		if err != nil {
			t.Errorf("de %q: %v", key, err)
			continue
		}
		enArgs, err := placeholders(enText)
		if err != nil {
			t.Errorf("en %q: %v", key, err)
			continue
		}
		if !slices.Equal(deArgs, enArgs) {
			t.Errorf("%q: placeholders differ: de %v, en %v", key, deArgs, enArgs)
		}
	}
}

// TestPercentSignsRenderAsWritten pins a trap of T: it formats only when
// arguments are given. A text without verbs is shown verbatim, so "%%"
// would appear doubled; a text with verbs goes through Sprintf, so a lone
// "%" would render as "%!(NOVERB)".
func TestPercentSignsRenderAsWritten(t *testing.T) {
	for _, l := range Langs() {
		for key, text := range mustLoad(t, l) {
			verbs, err := placeholders(text)
			if err != nil {
				continue // reported by TestPlaceholdersMatchAcrossLanguages
			}
			if len(verbs) == 0 && strings.Contains(text, "%%") {
				t.Errorf("%s %q: no arguments, so write %% instead of %%%%", l, key)
			}
		}
	}
}

// TestKeysArePrefixedByTheirArea keeps area files apart: the keys in
// tui.json start with "tui.", so two helpers never fight over a key.
func TestKeysArePrefixedByTheirArea(t *testing.T) {
	for _, l := range Langs() {
		files, err := fs.Glob(locales, path.Join("locales", string(l), "*.json"))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range files {
			data, err := fs.ReadFile(locales, name)
			if err != nil {
				t.Fatal(err)
			}
			prefix := strings.TrimSuffix(path.Base(name), ".json") + "."
			err = decodeFlat(data, func(key, _ string) error {
				if !strings.HasPrefix(key, prefix) {
					t.Errorf("%s: key %q should start with %q", name, key, prefix)
				}
				return nil
			})
			if err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	}
}

func TestAreaFilesExistInEveryLanguage(t *testing.T) {
	areas := func(l Lang) []string {
		files, err := fs.Glob(locales, path.Join("locales", string(l), "*.json"))
		if err != nil {
			t.Fatal(err)
		}
		for i, f := range files {
			files[i] = path.Base(f)
		}
		return files
	}
	if de, en := areas(DE), areas(EN); !slices.Equal(de, en) {
		t.Errorf("area files differ: de %v, en %v", de, en)
	}
}
