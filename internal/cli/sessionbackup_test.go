package cli

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/store"
)

// TestPanicInTheSessionBackupIsACrash: the copy the session starts beside
// the app panics (with conference text in the value) while the user
// works. The app is ended like on a signal, keeps what was saved, and kofa
// exits 1 with one line naming a crash note that holds no personal data;
// it used to print "backup crashed" and exit 0.
func TestPanicInTheSessionBackupIsACrash(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)
	started := make(chan struct{})
	t.Cleanup(func() { rollingBackup = store.RollingBackup })
	rollingBackup = func(*store.Store, string, int, time.Time) (string, error) {
		<-started // the user is at work when it panics
		panic(errors.New(panicMarker + ": " + confMarker))
	}
	ended := false
	app.RunTUI = func(ctx context.Context, env *Env) error {
		c, err := env.Store.Get(id)
		if err != nil {
			return err
		}
		c.Facts = confMarker
		if err := env.Store.Save(c, conference.Change{Op: conference.OpUpdate, Path: "facts"}); err != nil {
			return err
		}
		close(started)
		select {
		case <-ctx.Done():
			ended = true
			return ctx.Err()
		case <-time.After(10 * time.Second):
			return errors.New("the app was not ended after the backup panicked")
		}
	}
	r := run(t, app, "", "--lang", "en", "--db", path)
	if !ended {
		t.Fatalf("the app ran on after the panic: %+v", r)
	}
	note := checkNote(t, r, app.CrashDir)
	if !strings.Contains(note, "panic of type *errors.errorString") || !strings.Contains(note, "sessionbackup_test.go") {
		t.Errorf("the note does not say what and where:\n%s", note)
	}
	if strings.Contains(r.stderr, "backup crashed") {
		t.Errorf("stderr: %q", r.stderr)
	}
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	if c, err := s.Get(id); err != nil || c.Facts != confMarker {
		t.Errorf("what was saved before the panic is gone: %v", err)
	}
}

// TestAFailedSessionBackupIsReportedAndTheSessionRuns: a copy that fails
// (not a panic) is one line on stderr; the session itself succeeds.
func TestAFailedSessionBackupIsReportedAndTheSessionRuns(t *testing.T) {
	app, call := testApp(t)
	t.Cleanup(func() { rollingBackup = store.RollingBackup })
	rollingBackup = func(*store.Store, string, int, time.Time) (string, error) {
		return "", errors.New("disk full")
	}
	r := run(t, app, "", "--lang", "en", "--db", dbPath(t))
	if r.code != ExitOK || !call.called {
		t.Fatalf("exit %d, app started %v, stderr %q", r.code, call.called, r.stderr)
	}
	wantOneLine(t, r.stderr)
	if !strings.Contains(r.stderr, "disk full") {
		t.Errorf("stderr %q does not say why the backup failed", r.stderr)
	}
}
