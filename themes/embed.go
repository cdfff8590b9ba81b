// Package themes holds the built-in colour themes as data. The code that
// reads and validates them lives in internal/theme.
package themes

import "embed"

// FS holds the built-in theme files, one <name>.json per theme.
//
//go:embed *.json
var FS embed.FS
