// Package crash turns a recovered panic into something safe to show and to
// keep: an error that names what went wrong without any value the program
// was working on, and a crash note for the data folder.
//
// A panic value may be built from anything: a name, a note, the text of a
// contribution. So a Panic keeps only the text of the Go runtime's own
// errors ("index out of range [5] with length 3"), which hold numbers and
// type names, and for every other value only its type. The stack is
// function names, files and lines, never the argument values that
// runtime/debug.Stack prints.
package crash

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"strconv"
	"strings"
)

// ErrPanic marks every error that stands for a recovered panic.
var ErrPanic = errors.New("kofa: internal error")

// Panic is a recovered panic, described without personal data.
type Panic struct {
	// What is the runtime error's text, or "panic of type T".
	What string
	// Stack is the goroutine's stack at the panic: one function per line
	// pair, "function\n\tfile:line\n".
	Stack []byte
}

func (p *Panic) Error() string { return ErrPanic.Error() + ": " + p.What }

// Unwrap makes errors.Is(err, ErrPanic) work.
func (p *Panic) Unwrap() error { return ErrPanic }

// Capture describes r, the value recover returned. Call it in the deferred
// function that recovered, so that the stack still shows where the panic
// happened. A *Panic passed on (re-panicked) is returned as it is.
func Capture(r any) *Panic {
	if p, ok := r.(*Panic); ok {
		return p
	}
	return &Panic{What: describe(r), Stack: stack(3)}
}

// describe is the safe text for a panic value.
func describe(r any) string {
	if re, ok := r.(runtime.Error); ok && fromRuntime(re) {
		return re.Error()
	}
	return fmt.Sprintf("panic of type %T", r)
}

// fromRuntime reports whether the error's type is declared by the Go
// runtime; any other type could implement runtime.Error and carry text.
func fromRuntime(err error) bool {
	t := reflect.TypeOf(err)
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath() == "runtime"
}

// stack lists the calling goroutine's frames, skipping skip of them.
func stack(skip int) []byte {
	pcs := make([]uintptr, 64)
	n := runtime.Callers(skip, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var b strings.Builder
	for {
		f, more := frames.Next()
		if f.Function != "" {
			b.WriteString(f.Function)
			b.WriteString("\n\t")
			b.WriteString(f.File)
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(f.Line))
			b.WriteByte('\n')
		}
		if !more {
			break
		}
	}
	return []byte(b.String())
}
