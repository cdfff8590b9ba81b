package i18n

import (
	"fmt"
	"slices"
	"testing"
)

// placeholders lists the fmt verbs of a catalogue text as "argN:verb",
// sorted by argument number. Sorting lets a translation reorder arguments
// with explicit indexes (%[2]s) while still proving that each argument is
// used with the same verb in both languages.
func placeholders(text string) ([]string, error) {
	var out []string
	arg := 1
	for i := 0; i < len(text); i++ {
		if text[i] != '%' {
			continue
		}
		i++
		if i < len(text) && text[i] == '%' {
			continue // literal percent sign
		}
		for i < len(text) && isFlag(text[i]) {
			i++
		}
		i, arg = readIndex(text, i, arg)
		i, arg, out = readStarOrDigits(text, i, arg, out)
		if i < len(text) && text[i] == '.' {
			i++
			i, arg = readIndex(text, i, arg)
			i, arg, out = readStarOrDigits(text, i, arg, out)
		}
		i, arg = readIndex(text, i, arg)
		if i >= len(text) || !isVerb(text[i]) {
			return nil, fmt.Errorf("incomplete placeholder at byte %d (write %%%% for a percent sign)", i)
		}
		out = append(out, fmt.Sprintf("arg%d:%c", arg, text[i]))
		arg++
	}
	slices.Sort(out)
	return out, nil
}

func readIndex(text string, i, arg int) (int, int) {
	if i >= len(text) || text[i] != '[' {
		return i, arg
	}
	n, j := 0, i+1
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		n = n*10 + int(text[j]-'0')
		j++
	}
	if j < len(text) && text[j] == ']' && n > 0 {
		return j + 1, n
	}
	return i, arg
}

// readStarOrDigits skips a width or precision; a '*' consumes an int argument.
func readStarOrDigits(text string, i, arg int, out []string) (int, int, []string) {
	if i < len(text) && text[i] == '*' {
		return i + 1, arg + 1, append(out, fmt.Sprintf("arg%d:*", arg))
	}
	for i < len(text) && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	return i, arg, out
}

func isFlag(b byte) bool { return b == '+' || b == '-' || b == '#' || b == ' ' || b == '0' }

func isVerb(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

func TestPlaceholdersParser(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"no verbs, 100 %% sure", nil},
		{"%s hat %d Aufgaben", []string{"arg1:s", "arg2:d"}},
		{"%[2]d tasks for %[1]s", []string{"arg1:s", "arg2:d"}},
		{"%-10s|%5.2f|%q", []string{"arg1:s", "arg2:f", "arg3:q"}},
		{"%*d", []string{"arg1:*", "arg2:d"}},
		{"%d×%d", []string{"arg1:d", "arg2:d"}},
	}
	for _, tc := range cases {
		got, err := placeholders(tc.text)
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("placeholders(%q) = %v, %v; want %v", tc.text, got, err, tc.want)
		}
	}
	for _, bad := range []string{"100 %", "50 %.", "%[1]"} {
		if _, err := placeholders(bad); err == nil {
			t.Errorf("placeholders(%q): want an error for a lone percent sign", bad)
		}
	}
}
