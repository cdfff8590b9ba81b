package cli

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

// Both readers of a passphrase, the raw terminal one (Enter is "\r") and
// the one for pipes.
var secretReaders = map[string]struct {
	read  func(io.Reader) ([]byte, error)
	enter string
}{
	"terminal": {readRawLine, "\r"},
	"pipe":     {readSecretLine, "\n"},
}

// A passphrase over the limit was cut at 4096 bytes without a word, so the
// store was encrypted with a passphrase other than the one typed. It is
// refused instead; one of exactly the limit is taken whole, and the line
// after a refused one is read as it is.
func TestSecretOverTheLimitIsRefusedNotCut(t *testing.T) {
	t.Parallel()
	for name, r := range secretReaders {
		exact := strings.Repeat("p", maxSecretLine)
		in := strings.NewReader(strings.Repeat("x", maxSecretLine+500) + r.enter + exact + r.enter + "next" + r.enter)
		if got, err := r.read(in); got != nil || !errors.Is(err, errSecretTooLong) {
			t.Errorf("%s: a line of %d bytes gave %d bytes, %v; want it refused", name, maxSecretLine+500, len(got), err)
		}
		if got, err := r.read(in); string(got) != exact || err != nil {
			t.Errorf("%s: a line of exactly %d bytes gave %d bytes, %v", name, maxSecretLine, len(got), err)
		}
		if got, err := r.read(in); string(got) != "next" || err != nil {
			t.Errorf("%s: the line after gave %d bytes (%.12q...), %v", name, len(got), got, err)
		}
		// Also when the input ends without Enter.
		if got, err := r.read(strings.NewReader(strings.Repeat("x", maxSecretLine+1))); got != nil || !errors.Is(err, errSecretTooLong) {
			t.Errorf("%s: %d bytes up to the end gave %d bytes, %v", name, maxSecretLine+1, len(got), err)
		}
	}
}

// The passphrase is read into one buffer: a long one is not copied into
// ever larger buffers on the way, leaving unwiped copies behind in memory.
// So reading a long passphrase allocates no more than reading a short one.
func TestSecretIsReadWithoutGrowingCopies(t *testing.T) {
	for name, r := range secretReaders {
		allocs := func(n int) float64 {
			line := []byte(strings.Repeat("p", n) + r.enter)
			in := bytes.NewReader(line)
			return testing.AllocsPerRun(20, func() {
				in.Reset(line)
				if got, err := r.read(in); len(got) != n || err != nil {
					t.Fatalf("%s: read %d bytes, %v", name, len(got), err)
				}
			})
		}
		if short, long := allocs(12), allocs(3000); long > short {
			t.Errorf("%s: a 3000-byte passphrase takes %.0f allocations, a 12-byte one %.0f: the buffer grows", name, long, short)
		}
	}
}

// Refused through the command line with a message that says why.
func TestEncryptRefusesAPassphraseOverTheLimit(t *testing.T) {
	app, _ := cryptApp(t)
	path := dbPath(t)
	seedDemo(t, app, path)
	long := strings.Repeat("Pferd ", maxSecretLine/6+10)
	r := run(t, app, lines(long, long), "--lang", "en", "--db", path, "encrypt")
	if r.code != 1 || !strings.Contains(r.stderr, "longer than 4096 bytes") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	wantOneLine(t, r.stderr)
	if strings.Contains(r.stdout, "now encrypted") {
		t.Errorf("encrypted with a cut passphrase: %q", r.stdout)
	}
}
