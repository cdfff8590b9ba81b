package privatefile

import (
	"errors"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// fsSync flushes the file system of a folder with syncfs(2); see Batch.
// It holds the folder open from the start of the batch: syncfs reports
// the write-back errors of the file system since the descriptor was
// opened, so none of the batch's files can fail unnoticed.
type fsSync struct{ dir *os.File }

// openFSSync opens dir for syncfs, or returns nil (sync file by file) on
// a kernel whose syncfs does not report write-back errors.
func openFSSync(dir string) *fsSync {
	if !syncfsReportsErrors() {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return nil
	}
	return &fsSync{dir: d}
}

var errNoFSSync = errors.New("privatefile: no syncfs")

// sync writes back everything on the folder's file system and waits.
func (s *fsSync) sync() error {
	if s == nil || s.dir == nil {
		return errNoFSSync
	}
	return unix.Syncfs(int(s.dir.Fd()))
}

func (s *fsSync) close() {
	if s != nil && s.dir != nil {
		_ = s.dir.Close()
		s.dir = nil
	}
}

// syncfsReportsErrors reports whether the running kernel is Linux 5.8 or
// newer, where syncfs returns write-back errors instead of always 0.
func syncfsReportsErrors() bool {
	var u unix.Utsname
	if unix.Uname(&u) != nil {
		return false
	}
	return kernelAtLeast(unix.ByteSliceToString(u.Release[:]), 5, 8)
}

// kernelAtLeast reports whether a kernel release ("6.18.44-fc-v857")
// is major.minor or newer.
func kernelAtLeast(release string, major, minor int) bool {
	parts := strings.SplitN(release, ".", 3)
	if len(parts) < 2 {
		return false
	}
	digits := func(s string) (int, error) { // "8-rc1" -> 8
		end := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' })
		if end >= 0 {
			s = s[:end]
		}
		return strconv.Atoi(s)
	}
	ma, err1 := digits(parts[0])
	mi, err2 := digits(parts[1])
	if err1 != nil || err2 != nil {
		return false
	}
	return ma > major || ma == major && mi >= minor
}
