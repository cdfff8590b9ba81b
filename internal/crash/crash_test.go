package crash

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

const marker = "Kind-Mia-Beispiel-7Q2"

// recovered runs fn and returns what Capture made of its panic.
func recovered(fn func()) (p *Panic) {
	defer func() { p = Capture(recover()) }()
	fn()
	return nil
}

type userData struct{ Name string }

type textError struct{ msg string }

func (e textError) Error() string { return e.msg }
func (textError) RuntimeError()   {} // pretends to be a runtime error

//go:noinline
func indexPanic(s []int, i int) int { return s[i] }

func TestCaptureKeepsNoPanicValue(t *testing.T) {
	for name, value := range map[string]any{
		"string":               marker,
		"error":                errors.New(marker),
		"wrapped error":        fmt.Errorf("saving %q: %w", marker, os.ErrPermission),
		"struct":               userData{Name: marker},
		"pointer":              &userData{Name: marker},
		"fake runtime error":   textError{msg: marker},
		"slice of strings":     []string{marker},
		"stringer-like number": 42,
	} {
		t.Run(name, func(t *testing.T) {
			p := recovered(func() { panic(value) })
			if strings.Contains(p.What, marker) || strings.Contains(string(p.Stack), marker) || strings.Contains(p.Error(), marker) {
				t.Errorf("the panic's description carries its value: %q", p.What)
			}
			if !strings.HasPrefix(p.What, "panic of type ") {
				t.Errorf("What = %q, want the type only", p.What)
			}
			if !errors.Is(p, ErrPanic) {
				t.Error("not an ErrPanic")
			}
		})
	}
}

func TestCaptureKeepsTheRuntimeErrorAndWhereItHappened(t *testing.T) {
	p := recovered(func() { indexPanic([]int{1, 2, 3}, 5) })
	if p.What != "runtime error: index out of range [5] with length 3" {
		t.Errorf("What = %q", p.What)
	}
	stack := string(p.Stack)
	if !strings.Contains(stack, "kofa/internal/crash.indexPanic\n\t") || !strings.Contains(stack, "crash_test.go:") {
		t.Errorf("the stack does not name the function and file that panicked:\n%s", stack)
	}
	// Argument values ("(0xc000012345, 0x3, ...)") are what debug.Stack
	// adds and this stack must not have.
	if strings.Contains(stack, "(0x") || strings.Contains(stack, "{0x") {
		t.Errorf("the stack shows argument values:\n%s", stack)
	}
}

func TestCapturePassesAPanicOn(t *testing.T) {
	first := recovered(func() { indexPanic(nil, 1) })
	if again := recovered(func() { panic(first) }); again != first {
		t.Error("a re-panicked *Panic was described anew")
	}
}

func TestWriteNote(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kofa")
	p := recovered(func() { panic(userData{Name: marker}) })
	now := time.Date(2026, 11, 23, 19, 20, 5, 0, time.UTC)
	path, err := WriteNote(dir, p, Build{Version: "v1.2.3"}, now)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(path) != "crash-20261123-192005.txt" {
		t.Errorf("note named %s", filepath.Base(path))
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	note := string(data)
	for _, want := range []string{"v1.2.3", runtime.GOOS + "/" + runtime.GOARCH, "2026-11-23T19:20:05Z", "panic of type crash.userData", "crash.TestWriteNote"} {
		if !strings.Contains(note, want) {
			t.Errorf("note lacks %q:\n%s", want, note)
		}
	}
	if strings.Contains(note, marker) {
		t.Errorf("note holds the panic value:\n%s", note)
	}
	checkMode(t, path, 0o600)
	checkMode(t, dir, 0o700|os.ModeDir)

	second, err := WriteNote(dir, p, Build{}, now)
	if err != nil || second == path || filepath.Base(second) != "crash-20261123-192005-2.txt" {
		t.Errorf("second note of the same second: %q, %v", second, err)
	}
	if again, _ := os.ReadFile(path); string(again) != note {
		t.Error("the first note was overwritten")
	}
}

func checkMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	if runtime.GOOS == "windows" {
		return // no Unix permission bits
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode() != want {
		t.Errorf("%s: mode %v, want %v", filepath.Base(path), info.Mode(), want)
	}
}
