package export

import (
	"reflect"
	"strings"
)

// Kinds of JSON values, as an archive's type errors name them: what the
// archive needs at a place (Expected) and what the file has there
// (Found). KindArchive is the archive document itself.
const (
	KindArchive = "archive"
	KindObject  = "object"
	KindList    = "list"
	KindText    = "text"
	KindNumber  = "number"
	KindBool    = "bool"
	KindValue   = "value" // anything else
)

// jsonKindOf is the kind of JSON value that decodes into t.
func jsonKindOf(t reflect.Type) string {
	if t == nil {
		return KindValue
	}
	if t == reflect.TypeFor[Archive]() || t.Name() == "" && t.Kind() == reflect.Struct && hasField(t, "Format") {
		return KindArchive // the archive, or its envelope read first
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return KindObject
	case reflect.Slice, reflect.Array:
		return KindList
	case reflect.String:
		return KindText
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return KindNumber
	case reflect.Bool:
		return KindBool
	case reflect.Pointer:
		return jsonKindOf(t.Elem())
	}
	return KindValue
}

func hasField(t reflect.Type, name string) bool {
	_, ok := t.FieldByName(name)
	return ok
}

// foundKind is the kind of the value encoding/json found ("array",
// "string", "number 1.5", ...).
func foundKind(value string) string {
	switch {
	case value == "array":
		return KindList
	case value == "object":
		return KindObject
	case value == "string":
		return KindText
	case strings.HasPrefix(value, "number"):
		return KindNumber
	case value == "bool":
		return KindBool
	}
	return KindValue
}

// valueStart moves the offset encoding/json reports for a value of the
// wrong type (just after its first token, or after the whole of a text,
// number or bool) back to where the value begins, where a person looks.
func valueStart(data []byte, offset int64, found string) int64 {
	i := min(max(offset, 0), int64(len(data)))
	switch found {
	case KindList, KindObject:
		for i > 0 && data[i-1] != '[' && data[i-1] != '{' {
			i--
		}
		return max(i-1, 0)
	case KindText:
		// Back over the closing quote, then to the opening quote that no
		// backslash escapes.
		i--
		for i > 0 {
			i--
			if data[i] == '"' && !escapedQuote(data, i) {
				return i
			}
		}
		return 0
	}
	for i > 0 && strings.IndexByte("0123456789+-.eEtrufalsn", data[i-1]) >= 0 {
		i--
	}
	return i
}

// escapedQuote reports whether the quote at data[i] follows an odd number
// of backslashes.
func escapedQuote(data []byte, i int64) bool {
	n := 0
	for j := i - 1; j >= 0 && data[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}
