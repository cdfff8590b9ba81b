package catalogue

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/catalogue.json
var builtinFS embed.FS

const builtinPath = "data/catalogue.json"

// maxFileSize bounds the user file; the built-in catalogue is about 30 KiB.
const maxFileSize = 1 << 20

var builtin = sync.OnceValue(func() *Catalogue {
	data := BuiltinJSON()
	c, err := parse(emptyCatalogue(), data, true)
	if err != nil {
		// The embedded file is part of the program; tests keep it valid.
		panic("catalogue: built-in " + toFileError(builtinPath, data, err).Error())
	}
	return c
})

// Builtin returns the catalogue embedded in the binary. It is parsed once;
// every call returns the same read-only value.
func Builtin() *Catalogue { return builtin() }

// BuiltinJSON returns the embedded catalogue file, a starting point for a
// user's own catalogue.json.
func BuiltinJSON() []byte {
	data, _ := builtinFS.ReadFile(builtinPath)
	return data
}

// Load returns the built-in catalogue changed by the user file at path.
// A missing file (or an empty path) is not an error: most users never write
// one. When the file cannot be read or has a mistake, Load returns Builtin()
// together with a *FileError naming the file, line and column, so kofa keeps
// working with the lists it knows.
func Load(path string) (*Catalogue, error) {
	if path == "" {
		return Builtin(), nil
	}
	data, err := readLimited(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Builtin(), nil
	}
	if err != nil {
		var fe *FileError
		if errors.As(err, &fe) {
			return Builtin(), fe
		}
		return Builtin(), &FileError{File: path, Key: keyRead, Err: err}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // editors on Windows like to add a BOM
	c, err := parse(Builtin(), data, false)
	if err != nil {
		return Builtin(), toFileError(path, data, err)
	}
	return c, nil
}

func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxFileSize {
		return nil, &FileError{File: path, Key: keyTooLarge, Detail: []any{maxFileSize / 1024}}
	}
	return data, nil
}

func emptyCatalogue() *Catalogue {
	return &Catalogue{SafetyScale: Scale{Min: SafetyMin, Max: SafetyMax}}
}

// parse applies catalogue file data onto a copy of base; base is unchanged.
// A file with nothing but blanks changes nothing.
func parse(base *Catalogue, data []byte, isBuiltin bool) (*Catalogue, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return base, nil
	}
	if err := checkSyntax(data); err != nil {
		return nil, err
	}
	root, err := parseTree(data)
	if err != nil {
		return nil, err
	}
	// Copying the struct is enough: merging builds new slices and never
	// writes into base's.
	c := *base
	l := loader{builtin: isBuiltin, indicatorPos: map[string]int{}}
	if err := l.apply(&c, root); err != nil {
		return nil, err
	}
	return &c, nil
}

// checkSyntax lets encoding/json find syntax errors, which it reports with
// the offset just past the offending byte.
func checkSyntax(data []byte) error {
	var raw json.RawMessage
	err := json.Unmarshal(data, &raw)
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		return err
	}
	if strings.HasPrefix(se.Error(), "unexpected end") {
		return errAt(len(bytes.TrimRightFunc(data, unicode.IsSpace)), keySyntaxEOF)
	}
	off := int(se.Offset) - 1
	r, _ := utf8.DecodeRune(data[max(off, 0):])
	return errAt(off, keySyntax, printableRune(r))
}

func printableRune(r rune) string {
	if unicode.IsPrint(r) {
		return string(r)
	}
	return fmt.Sprintf("U+%04X", r)
}

// toFileError gives a parse error its file name and position.
func toFileError(path string, data []byte, err error) *FileError {
	var pe *posError
	if !errors.As(err, &pe) {
		return &FileError{File: path, Line: 1, Col: 1, Key: keySyntax, Detail: []any{"?"}, Err: err}
	}
	line, col := lineCol(data, pe.off)
	return &FileError{File: path, Line: line, Col: col, Key: pe.key, Detail: pe.detail}
}
