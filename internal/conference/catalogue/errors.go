package catalogue

import (
	"fmt"
)

// i18n keys of FileError messages (internal/i18n/locales/*/catalogue.json).
// Every key's text takes the file name first, then line and column when the
// error has a position, then FileError.Detail.
const (
	keyRead             = "catalogue.error.read"
	keyTooLarge         = "catalogue.error.too_large"
	keySyntax           = "catalogue.error.syntax"
	keySyntaxEOF        = "catalogue.error.syntax_eof"
	keyDuplicateKey     = "catalogue.error.duplicate_key"
	keyWantObject       = "catalogue.error.want_object"
	keyWantList         = "catalogue.error.want_list"
	keyWantString       = "catalogue.error.want_string"
	keyWantBool         = "catalogue.error.want_bool"
	keyWantInteger      = "catalogue.error.want_integer"
	keyUnknownCatalogue = "catalogue.error.unknown_catalogue"
	keyUnknownField     = "catalogue.error.unknown_field"
	keyBadMode          = "catalogue.error.bad_mode"
	keyCodeMissing      = "catalogue.error.code_missing"
	keyCodeInvalid      = "catalogue.error.code_invalid"
	keyDuplicateCode    = "catalogue.error.duplicate_code"
	keyLabelMissing     = "catalogue.error.label_missing"
	keyTextControl      = "catalogue.error.text_control"
	keyTextTooLong      = "catalogue.error.text_too_long"
	keyFixedReplace     = "catalogue.error.fixed_replace"
	keyFixedNewCode     = "catalogue.error.fixed_new_code"
	keyEmptyList        = "catalogue.error.empty_list"
	keyAnchorRange      = "catalogue.error.anchor_range"
	keyDuplicateAnchor  = "catalogue.error.duplicate_anchor"
	keyBadFor           = "catalogue.error.bad_for"
)

// KeyBuiltinUsed is the i18n key of the sentence callers add after a
// FileError: kofa carries on with the built-in catalogue.
const KeyBuiltinUsed = "catalogue.notice.builtin_used"

// englishDetail gives Error() a readable English text for logs and tests.
// The UI translates Key instead.
var englishDetail = map[string]string{
	keyRead:             "cannot be read",
	keyTooLarge:         "is larger than %d KiB",
	keySyntax:           "not valid JSON: unexpected character %q",
	keySyntaxEOF:        "not valid JSON: the file ends too early",
	keyDuplicateKey:     "%q appears twice in the same object",
	keyWantObject:       "%q must be an object {…}",
	keyWantList:         "%q must be a list […]",
	keyWantString:       "%q must be a text in quotes",
	keyWantBool:         "%q must be true or false",
	keyWantInteger:      "%q must be a whole number",
	keyUnknownCatalogue: "unknown catalogue %q (known: %s)",
	keyUnknownField:     "unknown field %q (allowed: %s)",
	keyBadMode:          "unknown mode %q (allowed: extend, replace)",
	keyCodeMissing:      "entry has no \"code\"",
	keyCodeInvalid:      "invalid code %q (lower-case letters, digits, '.', '_', '-'; at most %d characters)",
	keyDuplicateCode:    "code %q appears more than once in %s",
	keyLabelMissing:     "entry %q needs a label (\"de\" or \"en\")",
	keyTextControl:      "%q contains control characters or line breaks",
	keyTextTooLong:      "%q is longer than %d characters",
	keyFixedReplace:     "catalogue %q has fixed codes and can only be relabelled (mode extend)",
	keyFixedNewCode:     "catalogue %q has fixed codes; %q is not one of them (allowed: %s)",
	keyEmptyList:        "catalogue %q must not be empty",
	keyAnchorRange:      "anchor value %d is outside the scale %d–%d",
	keyDuplicateAnchor:  "anchor value %d appears more than once",
	keyBadFor:           "%q is not a valid value for \"for\" (allowed: contribution, risk)",
}

// FileError reports a problem with the user catalogue file. Load returns it
// together with the built-in catalogue, so kofa keeps working.
type FileError struct {
	File string
	// Line and Col are 1-based; both are 0 when the problem is not at a
	// position (the file cannot be read or is too large).
	Line, Col int
	// Key is the i18n key of the message; translate it with Args().
	Key string
	// Detail holds the message arguments after file, line and column.
	Detail []any
	// Err is the underlying I/O error, if any.
	Err error
}

// Args returns the arguments for translating Key: the file name, then line
// and column when the error has a position, then Detail.
func (e *FileError) Args() []any {
	args := []any{e.File}
	if e.Line > 0 {
		args = append(args, e.Line, e.Col)
	}
	return append(args, e.Detail...)
}

// Error returns an English message in the usual file:line:col form.
func (e *FileError) Error() string {
	where := e.File
	if e.Line > 0 {
		where = fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Col)
	}
	msg := fmt.Sprintf(englishDetail[e.Key], e.Detail...)
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return where + ": " + msg
}

// Unwrap returns the underlying I/O error.
func (e *FileError) Unwrap() error { return e.Err }

// posError is a FileError before the offset is turned into line and column.
type posError struct {
	off    int
	key    string
	detail []any
}

func (e *posError) Error() string { return fmt.Sprintf(englishDetail[e.key], e.detail...) }

func errAt(off int, key string, detail ...any) error {
	return &posError{off: off, key: key, detail: detail}
}
