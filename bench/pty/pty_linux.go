//go:build linux

package pty

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/sys/unix"
)

// Supported reports whether Run works on this system.
const Supported = true

// Run starts the program on a new pseudo-terminal, answers the terminal
// queries a real terminal would answer, and returns as soon as the marker
// appears on screen. The program is then killed: only the first frame is
// of interest.
func Run(ctx context.Context, s Spec) (Result, error) {
	cols, rows := s.Cols, s.Rows
	if cols <= 0 || rows <= 0 {
		cols, rows = 120, 40
	}
	if s.Timeout <= 0 {
		s.Timeout = 10 * time.Second
	}
	master, slave, err := open(cols, rows)
	if err != nil {
		return Result{}, err
	}
	defer master.Close()

	cmd := exec.Command(s.Path, s.Args...)
	cmd.Env, cmd.Dir = s.Env, s.Dir
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	// A session of its own with the terminal as its controlling terminal,
	// exactly as a shell starts a program.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}

	start := time.Now()
	if err := cmd.Start(); err != nil {
		_ = slave.Close()
		return Result{}, err
	}
	_ = slave.Close() // the child holds its own copy; reads then end when it exits
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	ended := false
	end := func() int64 {
		if ended {
			return 0
		}
		ended = true
		hwm := peakRSS(cmd.Process.Pid)
		_ = cmd.Process.Kill()
		<-exited
		return hwm
	}
	defer end()

	t := &terminal{out: master}
	deadline := start.Add(s.Timeout)
	buf := make([]byte, 32<<10)
	for {
		if err := ctx.Err(); err != nil {
			return Result{Screen: t.screen()}, err
		}
		if time.Now().After(deadline) {
			return Result{}, &MarkerError{Marker: s.Marker, Reason: "timeout", Screen: t.screen()}
		}
		_ = master.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
		n, err := master.Read(buf)
		if n > 0 {
			at := time.Since(start)
			t.feed(buf[:n])
			if strings.Contains(t.screen(), s.Marker) {
				return Result{FirstFrame: at, Screen: t.screen(), MaxRSS: end()}, nil
			}
		}
		switch {
		case err == nil, errors.Is(err, os.ErrDeadlineExceeded):
		default: // EIO: every copy of the slave is closed, the program has ended
			<-exited
			return Result{}, &MarkerError{Marker: s.Marker, Reason: "exited", Screen: t.screen()}
		}
	}
}

// peakRSS is the running process's peak resident set size in bytes
// (VmHWM), or 0 when unknown. Unlike ru_maxrss after the process ends, it
// counts only the program's own memory, not that of the process it was
// forked from.
func peakRSS(pid int) int64 {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				return 0
			}
			return kb * 1024
		}
	}
	return 0
}

// open creates a pseudo-terminal pair of the given size.
func open(cols, rows int) (master, slave *os.File, err error) {
	master, err = os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, nil, err
	}
	var n uint32
	err = control(master, func(fd int) error {
		if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil { // unlockpt
			return fmt.Errorf("unlockpt: %w", err)
		}
		var err error
		if n, err = unix.IoctlGetUint32(fd, unix.TIOCGPTN); err != nil { // ptsname
			return fmt.Errorf("ptsname: %w", err)
		}
		ws := &unix.Winsize{Row: uint16(rows), Col: uint16(cols)}
		return unix.IoctlSetWinsize(fd, unix.TIOCSWINSZ, ws)
	})
	if err == nil {
		slave, err = os.OpenFile("/dev/pts/"+strconv.FormatUint(uint64(n), 10), os.O_RDWR|syscall.O_NOCTTY, 0)
	}
	if err != nil {
		_ = master.Close()
		return nil, nil, err
	}
	return master, slave, nil
}

// control runs fn on the file's descriptor without taking it out of the
// runtime's poller (File.Fd would make it blocking, and read deadlines
// would stop working).
func control(f *os.File, fn func(fd int) error) error {
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var ferr error
	if err := rc.Control(func(fd uintptr) { ferr = fn(int(fd)) }); err != nil {
		return err
	}
	return ferr
}

// terminal collects the program's output and answers its queries.
type terminal struct {
	out      *os.File
	raw      []byte
	answered int // bytes of raw already searched for queries
}

func (t *terminal) feed(p []byte) {
	t.raw = append(t.raw, p...)
	// Search from a little before the new bytes: a query may have been
	// split between two reads.
	from := max(0, t.answered-16)
	for _, m := range queryPattern.FindAllSubmatchIndex(t.raw[from:], -1) {
		if from+m[1] <= t.answered {
			continue // answered before
		}
		if reply := answer(t.raw[from+m[0] : from+m[1]]); reply != "" {
			_, _ = t.out.WriteString(reply)
		}
	}
	t.answered = len(t.raw)
}

// screen is the output so far without escape sequences.
func (t *terminal) screen() string { return ansi.Strip(string(t.raw)) }
