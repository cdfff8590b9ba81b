package i18n

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"unicode/utf8"
)

// loadLang reads every area file locales/<lang>/*.json and merges them into
// one map. A key defined in two places (two area files, or twice in one
// file) is an error: the second definition would silently win otherwise.
func loadLang(fsys fs.FS, lang Lang) (map[string]string, error) {
	files, err := langFiles(fsys, lang)
	if err != nil {
		return nil, err
	}
	msgs := map[string]string{}
	origin := map[string]string{} // key -> file that defined it
	for _, name := range files {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		err = decodeFlat(data, func(key, text string) error {
			if first, dup := origin[key]; dup {
				return fmt.Errorf("key %q already defined in %s", key, first)
			}
			origin[key] = name
			msgs[key] = text
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("i18n: %s: %w", name, err)
		}
	}
	return msgs, nil
}

// langFiles lists the area files of lang, sorted.
func langFiles(fsys fs.FS, lang Lang) ([]string, error) {
	dir := path.Join("locales", string(lang))
	files, err := fs.Glob(fsys, dir+"/*.json")
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("i18n: no catalogue files in %s", dir)
	}
	sort.Strings(files)
	return files, nil
}

// loadLangFast is loadLang for the catalogues embedded in the binary, at
// start-up: scanFlat (falling back to json.Unmarshal for what it does not
// read) is many times faster than walking tokens. A key defined twice is
// an error here too, but only the strict loadLang says where; the tests
// check the embedded files with it (TestEmbeddedCataloguesPassTheStrictLoad).
func loadLangFast(fsys fs.FS, lang Lang) (map[string]string, error) {
	files, err := langFiles(fsys, lang)
	if err != nil {
		return nil, err
	}
	msgs := make(map[string]string, 2048)
	dup := "" // the first key defined twice
	add := func(key, text string) {
		if _, seen := msgs[key]; seen && dup == "" {
			dup = key
		}
		msgs[key] = text
	}
	var pairs [][2]string
	for _, name := range files {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var ok bool
		if pairs, ok = scanFlat(string(data), pairs[:0]); ok {
			for _, p := range pairs {
				add(p[0], p[1])
			}
		} else {
			var area map[string]string
			if err := json.Unmarshal(data, &area); err != nil {
				return nil, fmt.Errorf("i18n: %s: %w", name, err)
			}
			for key, text := range area {
				add(key, text)
			}
		}
		if dup != "" {
			return nil, fmt.Errorf("i18n: %s: key %q already defined", name, dup)
		}
	}
	return msgs, nil
}

// decodeFlat walks a flat JSON object of strings token by token, so that a
// key repeated within one file is seen (json.Unmarshal keeps the last one).
func decodeFlat(data []byte, add func(key, text string) error) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := expectDelim(dec, data, '{'); err != nil {
		return err
	}
	for dec.More() {
		keyTok, err := dec.Token()
		if err != nil {
			return withPosition(err, data, dec.InputOffset())
		}
		key := keyTok.(string) // object keys are always strings
		valTok, err := dec.Token()
		if err != nil {
			return withPosition(err, data, dec.InputOffset())
		}
		text, ok := valTok.(string)
		if !ok {
			line, col := position(data, dec.InputOffset())
			return fmt.Errorf("%d:%d: value of %q must be a string", line, col, key)
		}
		if err := add(key, text); err != nil {
			return err
		}
	}
	if err := expectDelim(dec, data, '}'); err != nil {
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		line, col := position(data, dec.InputOffset())
		return fmt.Errorf("%d:%d: unexpected data after the object", line, col)
	}
	return nil
}

func expectDelim(dec *json.Decoder, data []byte, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return withPosition(err, data, dec.InputOffset())
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		line, col := position(data, dec.InputOffset())
		return fmt.Errorf("%d:%d: expected %q", line, col, want)
	}
	return nil
}

// withPosition prefixes a decoder error with line:column, which is what a
// person editing the file needs.
func withPosition(err error, data []byte, offset int64) error {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		offset = syn.Offset - 1 // Offset counts the offending byte; point at it
	}
	line, col := position(data, offset)
	return fmt.Errorf("%d:%d: %w", line, col, err)
}

// position converts a byte offset into a 1-based line and column.
func position(data []byte, offset int64) (line, col int) {
	offset = min(max(offset, 0), int64(len(data)))
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
	return line, col
}
