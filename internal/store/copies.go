package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// Copy is a copy of the store that kofa made next to it, outside the
// rolling backups: before an upgrade to a new schema (backupBeforeMigration)
// and before a restore put another file in its place (moveAside). They
// never rotate out, and kofa does not delete them on its own: each may be
// the only way back. Encrypting, changing the passphrase and deleting do
// not reach them, so the command line names them.
type Copy struct {
	Path string
	Kind CopyKind
	// Encrypted: the copy is an encrypted store (with the passphrase it
	// had then). A copy that cannot be read as a store counts as plain.
	Encrypted bool
}

// CopyKind says why kofa made a copy.
type CopyKind string

const (
	CopyBeforeUpgrade CopyKind = "upgrade" // <store>.v<N>-backup-<time>.db
	CopyBeforeRestore CopyKind = "restore" // <store>.before-restore-<time>
	CopyDamaged       CopyKind = "damaged" // <store>.damaged-<time>
)

// The names the copies get, after "<store file name>.".
var copyNames = []struct {
	kind CopyKind
	re   *regexp.Regexp
}{
	{CopyBeforeUpgrade, regexp.MustCompile(`^v[0-9]+-backup-[0-9]{8}-[0-9]{6}(-[0-9]+)?\.db$`)},
	{CopyBeforeRestore, regexp.MustCompile(`^before-restore-[0-9]{8}-[0-9]{6}(-[0-9]+)?$`)},
	{CopyDamaged, regexp.MustCompile(`^damaged-[0-9]{8}-[0-9]{6}(-[0-9]+)?$`)},
}

// Copies lists the copies kofa made of the store at path (see Copy), by
// name. A missing folder holds none.
func Copies(path string) ([]Copy, error) {
	path = filepath.Clean(path)
	dir, base := filepath.Split(path)
	entries, err := os.ReadDir(filepath.Clean(dir))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []Copy
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), base+".")
		if !ok || !e.Type().IsRegular() {
			continue
		}
		for _, n := range copyNames {
			if n.re.MatchString(rest) {
				c := Copy{Path: filepath.Join(dir, e.Name()), Kind: n.kind}
				c.Encrypted, _ = IsEncrypted(c.Path)
				out = append(out, c)
				break
			}
		}
	}
	slices.SortFunc(out, func(a, b Copy) int { return strings.Compare(a.Path, b.Path) })
	return out, nil
}
