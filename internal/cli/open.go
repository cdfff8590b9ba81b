package cli

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"kofa/internal/conference/catalogue"
	"kofa/internal/sanitize"
	"kofa/internal/store"
	"kofa/internal/theme"
)

// configDir is the user's kofa config folder, or "" when the system has
// no config folder (then only the built-in themes are available).
func configDir() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "kofa")
}

// loadTheme checks that the chosen theme loads, before the terminal app
// starts, so a typo or a broken theme file is reported on one line.
func (inv *invocation) loadTheme(dir string) error {
	if _, err := theme.Load(inv.theme, dir); err != nil {
		msg := err.Error()
		if te, ok := errors.AsType[*theme.Error](err); ok {
			msg = strings.ReplaceAll(te.Localize(inv.tr), "\n", "; ")
		}
		return failf(inv.tr.T("cli.error.theme", inv.theme, msg))
	}
	return nil
}

// userCatalogue is the built-in catalogue changed by the user's file in
// the config folder dir. A broken file is reported on one stderr line
// naming the file and the line, and the built-in catalogue is used, so
// kofa keeps working.
func (inv *invocation) userCatalogue(dir string) *catalogue.Catalogue {
	if dir == "" {
		return catalogue.Builtin()
	}
	cat, err := catalogue.Load(filepath.Join(dir, catalogue.FileName))
	if fe, ok := errors.AsType[*catalogue.FileError](err); ok {
		inv.printErr(sanitize.Line(inv.tr.T(fe.Key, fe.Args()...) + " " + inv.tr.T(catalogue.KeyBuiltinUsed)))
	}
	return cat
}

// appCatalogue is userCatalogue for the terminal app, or nil when there is
// no user file: the app then parses the built-in lists when it first
// needs them, not before its first frame.
func (inv *invocation) appCatalogue(dir string) *catalogue.Catalogue {
	if dir == "" {
		return nil
	}
	if _, err := os.Stat(filepath.Join(dir, catalogue.FileName)); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return inv.userCatalogue(dir)
}

// storePath is the store chosen by --db, else $KOFA_DB, else the default.
func (inv *invocation) storePath() (string, error) {
	path, err := store.ResolvePath(inv.db)
	if err != nil {
		return "", failf(inv.tr.T("cli.error.no_data_dir"))
	}
	return path, nil
}

// openStoreAt opens (and if needed creates) the store at path, asking
// for the passphrase when it is encrypted.
func (inv *invocation) openStoreAt(path string) (*store.Store, error) {
	return inv.openStoreWith(path, inv.storeOptions(path))
}

func (inv *invocation) openStoreWith(path string, opts store.Options) (*store.Store, error) {
	s, err := store.Open(path, opts)
	if err != nil {
		if _, known := storeMessage(inv.tr, err); !known {
			return nil, failf(inv.tr.T("cli.error.open", path, err.Error()))
		}
		return nil, err
	}
	if b := s.MigrationBackup(); b != "" {
		inv.printErr(inv.tr.T("cli.store.migrated", b))
	}
	if done := s.FinishedRewrite(); done != nil {
		// Worth a line, but not worth stopping the command for: the
		// change it finishes holds either way.
		if err := inv.reportFinishedRewrite(path, done); err != nil {
			inv.printErr(describe(inv.tr, err))
		}
	}
	return s, nil
}

// withStore opens the chosen store, creating it when missing, runs fn and
// closes the store again.
func (inv *invocation) withStore(fn func(s *store.Store) error) error {
	path, err := inv.storePath()
	if err != nil {
		return err
	}
	return inv.withStoreAt(path, fn)
}

// withExistingStore is withStore for commands that make no sense on a
// store that does not exist yet: instead of creating an empty one it
// returns missing(path).
func (inv *invocation) withExistingStore(missing func(path string) error, fn func(s *store.Store) error) error {
	path, err := inv.storePath()
	if err != nil {
		return err
	}
	if !exists(path) {
		return missing(path)
	}
	return inv.withStoreAt(path, fn)
}

// withStoreAt opens the store at path, waits for the check of its file
// (a damaged store is refused as a whole, also by commands that only
// read) and runs fn.
func (inv *invocation) withStoreAt(path string, fn func(s *store.Store) error) error {
	return inv.withStoreAtBeside(path, func(s *store.Store) error {
		if err := s.Verified(); err != nil {
			return err
		}
		return fn(s)
	})
}

// withStoreAtBeside opens the store at path and runs fn while the check
// of the file still runs beside it (store.Verified): for the terminal
// app, which shows its first frame meanwhile and ends if the check finds
// damage. The store writes nothing before the check has passed.
func (inv *invocation) withStoreAtBeside(path string, fn func(s *store.Store) error) (err error) {
	s, err := inv.openStoreAt(path)
	if err != nil {
		return err
	}
	defer func() { // also when fn panics: Run reports it, the file is let go
		if cerr := s.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	return fn(s)
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
