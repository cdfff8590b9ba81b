package theme

import (
	"strings"

	"kofa/internal/i18n"
)

// ProblemKind says what is wrong with a theme.
type ProblemKind int

// The problems Load reports.
const (
	ProblemSyntax         ProblemKind = iota + 1 // not valid JSON; Line/Column set
	ProblemType                                  // a value of the wrong JSON type; Line/Column set
	ProblemUnknownField                          // a top-level field other than name, description, tokens
	ProblemUnknownToken                          // a token name the program does not know
	ProblemMissingToken                          // a required token is absent
	ProblemUnknownVariant                        // a token value other than light/dark
	ProblemMissingVariant                        // a token without its light or dark value
	ProblemBadColor                              // a value that is not #rgb, #rrggbb or ""
	ProblemRead                                  // the file exists but cannot be read
	ProblemBadName                               // the theme name could escape the themes folder
	ProblemNotFound                              // no built-in theme and no user file of that name
)

// Problem is one thing wrong with a theme file.
type Problem struct {
	Kind         ProblemKind
	Line, Column int    // 1-based, for ProblemSyntax and ProblemType
	Token        string // the token or field concerned
	Variant      string // "light" or "dark" (or the unknown variant's name)
	Detail       string // the offending value, or the underlying error text
}

// Error reports every problem Load found in one theme, so a person editing
// a theme file can fix them all in one go.
type Error struct {
	Name     string   // the theme asked for
	File     string   // the file at fault; for ProblemNotFound the user themes folder
	Builtin  []string // the built-in names, for ProblemNotFound
	Problems []Problem
}

// Error renders the problems in English, one per line.
func (e *Error) Error() string { return e.Localize(i18n.New(i18n.EN)) }

// Localize renders the problems in the catalogue's language, one per line,
// each starting with the file (and line:column where known).
func (e *Error) Localize(c *i18n.Messages) string {
	lines := make([]string, 0, len(e.Problems))
	for _, p := range e.Problems {
		lines = append(lines, e.line(c, p))
	}
	return strings.Join(lines, "\n")
}

func (e *Error) line(c *i18n.Messages, p Problem) string {
	switch p.Kind {
	case ProblemSyntax:
		return c.T("theme.error.syntax", e.File, p.Line, p.Column, p.Detail)
	case ProblemType:
		return c.T("theme.error.type", e.File, p.Line, p.Column, p.Token, p.Detail)
	case ProblemUnknownField:
		return c.T("theme.error.unknown_field", e.File, p.Token)
	case ProblemUnknownToken:
		return c.T("theme.error.unknown_token", e.File, p.Token)
	case ProblemMissingToken:
		return c.T("theme.error.missing_token", e.File, p.Token)
	case ProblemUnknownVariant:
		return c.T("theme.error.unknown_variant", e.File, p.Token, p.Variant)
	case ProblemMissingVariant:
		return c.T("theme.error.missing_variant", e.File, p.Token, p.Variant)
	case ProblemBadColor:
		return c.T("theme.error.bad_color", e.File, p.Token, p.Variant, p.Detail)
	case ProblemRead:
		return c.T("theme.error.read", e.File, p.Detail)
	case ProblemBadName:
		return c.T("theme.error.bad_name", e.Name)
	default: // ProblemNotFound
		return c.T("theme.error.not_found", e.Name, strings.Join(e.Builtin, ", "), e.File)
	}
}
