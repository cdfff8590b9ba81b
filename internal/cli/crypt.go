package cli

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"unicode/utf8"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"kofa/internal/i18n"
	"kofa/internal/store"
)

// passphraseEnv lets scripts pass the passphrase of an encrypted store.
// It is less safe than typing it: other programs of the same user can
// read a process's environment, and shells keep it in their history. Run
// takes it out of the environment at once (takeSecretEnv).
const passphraseEnv = "KOFA_PASSPHRASE"

// minPassphrase is the shortest new passphrase kofa accepts, in
// characters. Length is what makes a passphrase hard to guess.
const minPassphrase = 10

// maxSecretLine bounds a passphrase, in bytes. A longer one is refused
// rather than cut: cutting would make kofa encrypt with a passphrase other
// than the one typed.
const maxSecretLine = 4096

// errSecretTooLong: the line was longer than maxSecretLine. It was read to
// its end (so the next question does not start in its middle) and
// nothing of it was kept.
var errSecretTooLong = errors.New("passphrase too long")

// newSecretBuffer is where a passphrase is read into: room for the longest
// one allowed, so that it is never copied to a larger buffer (which would
// leave the copy behind, unwiped, in memory).
func newSecretBuffer() []byte { return make([]byte, 0, maxSecretLine) }

func (inv *invocation) newEncryptCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "encrypt",
		Short: inv.tr.T("crypt.encrypt.short"),
		Long:  inv.tr.T("crypt.encrypt.long", minPassphrase),
		Args:  inv.noArgs,
		RunE: func(*cobra.Command, []string) error {
			path, err := inv.storePath()
			if err != nil {
				return err
			}
			if exists(path) {
				// Say so before asking for a passphrase nobody needs.
				st, err := store.Inspect(path)
				if err != nil {
					return err
				}
				if st.Encrypted && st.RewriteDue != "" {
					return inv.finishRewrite(path)
				}
				if st.Encrypted {
					return inv.alreadyEncrypted(path)
				}
			}
			pass, err := inv.newPassphrase(true)
			if err != nil {
				return err
			}
			defer clear(pass)
			return inv.withStoreAt(path, func(s *store.Store) error { return inv.encrypt(s, path, pass) })
		},
	}
}

// encrypt encrypts the open store s at path and reports what happened to
// the copies of it: the rolling backups are deleted, the others named.
func (inv *invocation) encrypt(s *store.Store, path string, pass []byte) error {
	inv.printOut(inv.tr.T("crypt.encrypt.working"))
	done, err := s.Encrypt(pass)
	if errors.Is(err, store.ErrEncrypted) {
		return inv.alreadyEncrypted(path)
	}
	rewriteErr, notRewritten := errors.AsType[*store.RewriteError](err)
	if err != nil && !notRewritten {
		return err
	}
	inv.printOut(inv.tr.T("crypt.encrypt.done", path))
	inv.reportBackupsRemoved(path, &done, inv.printOut)
	inv.listCopies(path, store.RewriteEncrypt)
	inv.printOut(inv.tr.T("crypt.encrypt.old_copies"))
	if notRewritten {
		return failf(rewriteFailedMessage(inv.tr, rewriteErr))
	}
	return nil
}

func (inv *invocation) alreadyEncrypted(path string) error {
	return failf(inv.tr.T("crypt.encrypt.already", path))
}

func (inv *invocation) newPassphraseCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "passphrase",
		Short: inv.tr.T("crypt.passphrase.short"),
		Long:  inv.tr.T("crypt.passphrase.long", minPassphrase),
		Args:  inv.noArgs,
		RunE: func(*cobra.Command, []string) error {
			path, err := inv.storePath()
			if err != nil {
				return err
			}
			if !exists(path) {
				return failf(inv.tr.T("crypt.passphrase.no_store", path))
			}
			enc, err := store.IsEncrypted(path)
			if err != nil {
				return err
			}
			if !enc {
				return failf(inv.tr.T("crypt.passphrase.not_encrypted", path))
			}
			old, err := inv.openPassphrase(path)
			if err != nil {
				return err
			}
			defer clear(old)
			opts := inv.app.StoreOptions
			opts.KeyFunc = func() ([]byte, error) { return bytes.Clone(old), nil } // Open clears its copy
			s, err := inv.openStoreWith(path, opts)
			if err != nil {
				return err
			}
			err = inv.changePassphrase(s, path, old)
			return errors.Join(err, s.Close())
		},
	}
}

// changePassphrase re-encrypts the open store s at path under a new key
// protected by a new passphrase, deletes the rolling backups (they open
// with the old one) and names the other copies that do.
func (inv *invocation) changePassphrase(s *store.Store, path string, old []byte) error {
	pass, err := inv.newPassphrase(false)
	if err != nil {
		return err
	}
	defer clear(pass)
	// Re-sealing every value takes seconds with thousands of conferences.
	inv.printOut(inv.tr.T("crypt.passphrase.working"))
	done, err := s.ChangePassphrase(old, pass)
	rewriteErr, notRewritten := errors.AsType[*store.RewriteError](err)
	if err != nil && !notRewritten {
		return err
	}
	inv.printOut(inv.tr.T("crypt.passphrase.done", path))
	inv.reportBackupsRemoved(path, &done, inv.printOut)
	inv.listCopies(path, store.RewritePassphrase)
	if notRewritten {
		return failf(rewriteFailedMessage(inv.tr, rewriteErr))
	}
	return nil
}

// storeOptions are the app's store options; an encrypted store makes Open
// ask for the passphrase of path (see openPassphrase).
func (inv *invocation) storeOptions(path string) store.Options {
	opts := inv.app.StoreOptions
	if opts.KeyFunc == nil {
		opts.KeyFunc = func() ([]byte, error) {
			pass, err := inv.openPassphrase(path)
			if err != nil {
				return nil, &askError{err}
			}
			return pass, nil
		}
	}
	return opts
}

// askError is a failure to get the passphrase (the input ended, Ctrl+C).
// It passes through store.Open as it is, and is worded by itself rather
// than as a store that could not be opened.
type askError struct{ err error }

func (e *askError) Error() string { return e.err.Error() }
func (e *askError) Unwrap() error { return e.err }

// openPassphrase is the passphrase of the encrypted store at path: from
// KOFA_PASSPHRASE when it is set, else asked for.
func (inv *invocation) openPassphrase(path string) ([]byte, error) {
	if inv.hasEnvPass {
		return bytes.Clone(inv.envPass), nil
	}
	return inv.askSecret(inv.tr.T("crypt.prompt.open", path))
}

// newPassphrase asks for a new passphrase twice (fromEnv: or takes
// KOFA_PASSPHRASE when it is set) and checks its length.
func (inv *invocation) newPassphrase(fromEnv bool) ([]byte, error) {
	var pass []byte
	if inv.hasEnvPass && fromEnv {
		pass = bytes.Clone(inv.envPass)
	} else {
		first, err := inv.askSecret(inv.tr.T("crypt.prompt.new"))
		if err != nil {
			return nil, err
		}
		again, err := inv.askSecret(inv.tr.T("crypt.prompt.repeat"))
		same := bytes.Equal(first, again)
		clear(again)
		if err != nil || !same {
			clear(first)
			if err != nil {
				return nil, err
			}
			return nil, failf(inv.tr.T("crypt.error.mismatch"))
		}
		pass = first
	}
	if utf8.RuneCount(pass) < minPassphrase {
		clear(pass)
		return nil, failf(inv.tr.T("crypt.error.too_short", minPassphrase))
	}
	return pass, nil
}

// askSecret prints prompt on stderr and reads one line without echo from
// the terminal; from a pipe or file it reads one line as it is.
func (inv *invocation) askSecret(prompt string) ([]byte, error) {
	var (
		pass []byte
		err  error
	)
	if f, ok := inv.stdin.(*os.File); ok && inv.app.IsTerminal(inv.stdin) {
		pass, err = readPassword(f, func() { _, _ = io.WriteString(inv.stderr, prompt) })
		_, _ = io.WriteString(inv.stderr, "\n") // the Enter was not echoed
	} else {
		pass, err = readSecretLine(inv.stdin)
	}
	if errors.Is(err, errSecretTooLong) {
		return nil, failf(inv.tr.T("crypt.error.too_long", maxSecretLine))
	}
	if err != nil {
		return nil, err
	}
	if pass == nil {
		return nil, failf(inv.tr.T("crypt.error.no_input", passphraseEnv))
	}
	return pass, nil
}

// readPassword reads a line from the terminal f in raw mode: nothing is
// echoed, and Ctrl+C arrives as a key rather than a signal, so the
// terminal is always put back as it was before kofa ends. prompt shows the
// question once echo is off: shown before, a passphrase typed at once
// could still appear on the screen.
func readPassword(f *os.File, prompt func()) ([]byte, error) {
	state, err := term.MakeRaw(f.Fd())
	if err != nil {
		return nil, err
	}
	defer func() { _ = term.Restore(f.Fd(), state) }()
	prompt()
	return readRawLine(f)
}

// Keys readRawLine knows, as a terminal in raw mode sends them.
const (
	keyCtrlC     = 0x03
	keyCtrlD     = 0x04
	keyBackspace = 0x08
	keyCtrlU     = 0x15
	keyEscape    = 0x1b
	keyDelete    = 0x7f
)

// readRawLine reads one line typed on a terminal in raw mode: Enter ends
// it, Backspace removes a character, Ctrl+U the whole line, Ctrl+C gives
// up (context.Canceled) and Ctrl+D or the end of the input on an empty
// line mean no input (nil). A line longer than maxSecretLine is read to
// its end and refused (errSecretTooLong).
// Other control keys and escape sequences (arrow keys) are ignored.
func readRawLine(r io.Reader) ([]byte, error) {
	var (
		line    = newSecretBuffer()
		b       [1]byte
		esc     int  // 1: after ESC, 2: inside a CSI/SS3 sequence
		tooLong bool // more was typed than fits: the rest is dropped
	)
	defer clear(b[:])
	for {
		n, err := r.Read(b[:])
		if n == 1 {
			c := b[0]
			switch {
			case esc == 1:
				esc = 0
				if c == '[' || c == 'O' {
					esc = 2
				}
			case esc == 2:
				if c >= 0x40 && c <= 0x7e {
					esc = 0 // the final byte
				}
			case c == '\r' || c == '\n':
				return endSecret(line, tooLong)
			case c == keyCtrlC:
				clear(line)
				return nil, context.Canceled
			case c == keyCtrlD && len(line) == 0:
				return nil, nil
			case c == keyBackspace || c == keyDelete:
				_, size := utf8.DecodeLastRune(line)
				clear(line[len(line)-size:])
				line = line[:len(line)-size]
			case c == keyCtrlU:
				clear(line)
				line = line[:0]
				tooLong = false
			case c == keyEscape:
				esc = 1
			case c >= 0x20 && len(line) < cap(line):
				line = append(line, c)
			case c >= 0x20:
				tooLong = true
			}
		}
		if errors.Is(err, io.EOF) && len(line) == 0 && !tooLong {
			return nil, nil
		}
		if errors.Is(err, io.EOF) {
			return endSecret(line, tooLong)
		}
		if err != nil {
			clear(line)
			return nil, err
		}
	}
}

// endSecret returns the line read, or errSecretTooLong (and wipes the
// line) when more was given than it could hold.
func endSecret(line []byte, tooLong bool) ([]byte, error) {
	if tooLong {
		clear(line)
		return nil, errSecretTooLong
	}
	return line, nil
}

// readSecretLine reads one line from a pipe or file, a byte at a time so
// that nothing after it is consumed (encrypt reads two lines from the same
// input). It returns nil when the input is at its end.
func readSecretLine(r io.Reader) ([]byte, error) {
	var (
		line    = newSecretBuffer()
		b       [1]byte
		read    bool
		tooLong bool
	)
	defer clear(b[:])
	for {
		n, err := r.Read(b[:])
		if n == 1 {
			read = true
			switch {
			case b[0] == '\n':
				if !tooLong && bytes.HasSuffix(line, []byte("\r")) {
					line[len(line)-1] = 0
					line = line[:len(line)-1]
				}
				return endSecret(line, tooLong)
			case len(line) < cap(line):
				line = append(line, b[0])
			default:
				tooLong = true
			}
		}
		if errors.Is(err, io.EOF) {
			if !read {
				return nil, nil
			}
			return endSecret(line, tooLong)
		}
		if err != nil {
			clear(line)
			return nil, err
		}
	}
}

// cryptMessage words the store's encryption errors for the user.
func cryptMessage(tr *i18n.Messages, err error) (string, bool) {
	if e, ok := errors.AsType[*askError](err); ok {
		return describe(tr, e.err), true
	}
	if errors.Is(err, store.ErrWrongPassphrase) {
		return tr.T("crypt.error.wrong"), true
	}
	return "", false
}
