package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"kofa/internal/i18n"
	"kofa/internal/sanitize"
	"kofa/internal/store"
)

// failure is an error whose message is already translated and says what
// to do. usage marks wrong usage of the command line (exit code 2).
type failure struct {
	msg   string
	usage bool
}

func (f *failure) Error() string { return f.msg }

// failf returns a failure with a translated message.
func failf(msg string) error { return &failure{msg: msg} }

// usagef returns a wrong-usage failure with a translated message.
func usagef(msg string) error { return &failure{msg: msg, usage: true} }

// printError writes err as exactly one plain line: no styling, no stack
// trace, no chain of Go messages.
func printError(w io.Writer, tr *i18n.Messages, err error) {
	_, _ = fmt.Fprintln(w, sanitize.Line(describe(tr, err)))
}

// describe turns an error into the one sentence a user reads: what
// happened and what to do. Anything unexpected is shown with its Go text
// so that it can be reported.
func describe(tr *i18n.Messages, err error) string {
	if f, ok := errors.AsType[*failure](err); ok {
		return f.msg
	}
	if msg, ok := storeMessage(tr, err); ok {
		return msg
	}
	if errors.Is(err, context.Canceled) {
		return tr.T("cli.error.interrupted")
	}
	return tr.T("cli.error.unexpected", err.Error())
}

// storeMessage words the store's errors for the user.
func storeMessage(tr *i18n.Messages, err error) (string, bool) {
	if e, ok := errors.AsType[*store.LockedError](err); ok {
		return tr.T("cli.error.locked", e.Path), true
	}
	if e, ok := errors.AsType[*store.SchemaError](err); ok {
		return tr.T("cli.error.schema", e.Path), true
	}
	if e, ok := errors.AsType[*store.DamagedError](err); ok {
		return damagedMessage(tr, e), true
	}
	if e, ok := errors.AsType[*store.RewriteError](err); ok {
		return rewriteFailedMessage(tr, e), true
	}
	if errors.Is(err, store.ErrRewriteDue) {
		return tr.T("crypt.rewrite.copy_refused"), true
	}
	if errors.Is(err, store.ErrNotFound) {
		return tr.T("cli.error.not_found"), true
	}
	return cryptMessage(tr, err)
}
