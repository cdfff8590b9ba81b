package tui

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// hostile is text as a store or archive written by something else might
// hold it: a clipboard write (OSC 52), a window title, a hidden link, a
// screen clear and cursor jump, a device control string, a bell, an 8-bit
// CSI, a bidi override and a carriage return.
const hostile = "\x1b]52;c;SGFjaw==\x07\x1b]0;pwned\x07\x1b]8;;https://evil.example\x07Link\x1b]8;;\x07" +
	"\x1b[2J\x1b[H\x1bP+q544e\x1b\\\x07\u009b31m\u202eevil\u202c\r\x1b[?1049l"

// checkFrame fails when the frame holds anything but text, line breaks
// and SGR styling.
func checkFrame(t testing.TB, frame string) {
	t.Helper()
	for i := 0; i < len(frame); {
		if frame[i] == 0x1b {
			end, ok := sgrEnd(frame, i)
			if !ok {
				t.Fatalf("escape sequence in the frame: %q", frame[i:min(len(frame), i+12)])
			}
			i = end
			continue
		}
		r, size := utf8.DecodeRuneInString(frame[i:])
		if r == utf8.RuneError && size == 1 {
			t.Fatalf("invalid UTF-8 in the frame at %d", i)
		}
		if r != '\n' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || (unicode.Is(unicode.Cf, r) && r != 0x200c && r != 0x200d)) {
			t.Fatalf("control or format character %U in the frame: %q", r, frame[max(0, i-10):min(len(frame), i+10)])
		}
		i += size
	}
}

func TestSafeFrameKeepsStylingAndDropsEverythingElse(t *testing.T) {
	styled := "\x1b[1;38;2;10;20;30mFallkonferenz\x1b[m ✓ gespeichert\n\x1b[7m✗ NICHT GESPEICHERT\x1b[0m"
	got := safeFrame(styled + "\n" + "Name: Kind A." + hostile + " Ende")
	checkFrame(t, got)
	if !strings.HasPrefix(got, styled+"\n") {
		t.Errorf("the views' own styling was changed:\n%q", got)
	}
	if !strings.Contains(got, "Name: Kind A.") || !strings.HasSuffix(got, " Ende") {
		t.Errorf("text around the escapes was lost: %q", got)
	}
	for _, gone := range []string{"SGFjaw", "pwned", "evil.example", "544e"} {
		if strings.Contains(got, gone) {
			t.Errorf("the payload %q of an escape sequence reached the frame: %q", gone, got)
		}
	}
}

func TestSafeFrameLeavesACleanFrameAlone(t *testing.T) {
	frame := strings.Repeat("\x1b[38;5;12mÜbergänge Kita–Schule 😟 中文\x1b[m  │ ok\n", 40)
	if got := safeFrame(frame); got != frame {
		t.Fatal("a clean frame was changed")
	}
	if n := testing.AllocsPerRun(20, func() { _ = safeFrame(frame) }); n != 0 {
		t.Errorf("a clean frame costs %v allocations, want none", n)
	}
}

func FuzzSafeFrame(f *testing.F) {
	for _, seed := range []string{hostile, "\x1b[31mrot\x1b[m", "\x1b[", "\x1b[31", "a\x1b]0;x", "\x1b\x1b[m", "\xff\xfe", "Ü\u0308"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := safeFrame(in)
		checkFrame(t, out)
		if again := safeFrame(out); again != out {
			t.Errorf("not idempotent: %q -> %q -> %q", in, out, again)
		}
	})
}

func BenchmarkSafeFrame(b *testing.B) {
	frame := strings.Repeat("\x1b[38;5;12mÜbergänge Kita–Schule\x1b[m  │ Beobachtung: Das Kind wirkt müde.        \n", 40)
	b.SetBytes(int64(len(frame)))
	for b.Loop() {
		_ = safeFrame(frame)
	}
}
