package crash

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// Build names the kofa that crashed.
type Build struct {
	Version string // empty: unknown
	Commit  string // empty: unknown
}

// NotePrefix starts the name of every crash note: crash-<time>.txt.
const NotePrefix = "crash-"

// WriteNote writes a crash note about p into dir (created 0700 if
// missing) and returns its path. The note is a new file of mode 0600; an
// existing note is never overwritten. It holds the version, the system,
// the time, p.What and p.Stack: nothing the user typed.
func WriteNote(dir string, p *Panic, b Build, now time.Time) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	body := noteText(p, b, now)
	base := filepath.Join(dir, NotePrefix+now.Format("20060102-150405"))
	for i := 1; i < 100; i++ {
		name := base + ".txt"
		if i > 1 {
			name = fmt.Sprintf("%s-%d.txt", base, i)
		}
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		err = f.Chmod(0o600) // the umask may have taken bits away; never added
		if _, werr := f.WriteString(body); err == nil {
			err = werr
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return name, err
	}
	return "", fmt.Errorf("crash: too many crash notes named %s*", base)
}

// noteText is the note's content. It is in English on purpose: it is
// meant for whoever fixes kofa, like a stack trace.
func noteText(p *Panic, b Build, now time.Time) string {
	var s strings.Builder
	orUnknown := func(v string) string {
		if v == "" {
			return "unknown"
		}
		return v
	}
	s.WriteString("kofa crash note\n")
	s.WriteString("It holds no conference data, only where in kofa's code the error happened.\n")
	s.WriteString("Please attach it to a bug report.\n\n")
	fmt.Fprintf(&s, "version: %s\n", orUnknown(b.Version))
	fmt.Fprintf(&s, "commit:  %s\n", orUnknown(b.Commit))
	fmt.Fprintf(&s, "go:      %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(&s, "time:    %s\n", now.UTC().Format(time.RFC3339))
	fmt.Fprintf(&s, "error:   %s\n\n", p.What)
	s.WriteString("stack:\n")
	s.Write(p.Stack)
	return s.String()
}
