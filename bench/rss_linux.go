//go:build linux

package main

import (
	"os"
	"syscall"
)

// maxRSS is the peak resident set size of an ended process in bytes, as
// the kernel counted it (getrusage ru_maxrss, kilobytes on Linux).
func maxRSS(ps *os.ProcessState) (int64, bool) {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0, false
	}
	return ru.Maxrss * 1024, true
}
