package sanitize

import (
	"strings"
	"testing"
)

// paste builds about 1 MB of text from chunk.
func paste(chunk string) string {
	return strings.Repeat(chunk, 1<<20/len(chunk)+1)
}

var (
	mixedPaste = paste("Frau Müller (Kita) berichtet:\r\n\t- Kind wirkt müde 😴, \x1b[1;31mdringend\x1b[0m\r\n" +
		"Link: \x1b]8;;http://example.org\x1b\\Bericht\x1b]8;;\x1b\\ \u202Etxt.exe \xff Mu\u0308ller 👨\u200D👩\u200D👧\n")
	cleanASCIIPaste = paste("The child arrived at nursery without a jacket; the teacher spoke to the mother.\n")
	cleanUTF8Paste  = paste("Gespräch mit der Großmutter über Schlafenszeiten, Frühstück und Übergänge 👍🏽 日本語.\n")
)

func benchmark(b *testing.B, fn func(string) string, in string) {
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		_ = fn(in)
	}
}

func BenchmarkTextMixed1MB(b *testing.B)      { benchmark(b, Text, mixedPaste) }
func BenchmarkTextCleanASCII1MB(b *testing.B) { benchmark(b, Text, cleanASCIIPaste) }
func BenchmarkTextCleanUTF81MB(b *testing.B)  { benchmark(b, Text, cleanUTF8Paste) }
func BenchmarkLineMixed1MB(b *testing.B)      { benchmark(b, Line, mixedPaste) }
