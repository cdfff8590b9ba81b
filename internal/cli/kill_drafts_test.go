//go:build linux

package cli

// Drafts survive a kill: what a form holds and nobody submitted yet is
// stored after the same typing pause as every field, and "✓ saved" in the
// header covers it. kofa killed with SIGKILL the moment the header says
// saved, and started again, shows each draft in its form.

import (
	"strings"
	"syscall"
	"testing"
)

func TestKillLosesNoDraftTheHeaderCalledSaved(t *testing.T) {
	t.Parallel()
	requireLinuxTTY(t)
	for _, tc := range []struct {
		name  string
		open  func(s *ttySession) // opens the form from the round of perspectives
		word  string
		shown string // what shows the form is back
	}{
		{"new contribution", func(*ttySession) {}, "UNSENTWORD", "3 Perspectives"},
		{"topic being parked", func(s *ttySession) {
			s.tmux("send-keys", "F6")
			s.waitFor("Park a topic")
		}, "PARKWORD", "Park a topic"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			path, _ := rehearsalStore(t)
			env := freshMachine(t.TempDir())

			tty := startTTY(t, env, "--lang", "en", "--db", path)
			tty.waitFor("Case conferences")
			tty.tmux("send-keys", "Enter")
			tty.waitFor("3 Perspectives")
			tc.open(tty)
			tty.tmux("send-keys", "-l", tc.word)
			tty.waitFor(tc.word) // on screen: the header says saving now
			tty.waitFor("✓ saved")
			if err := syscall.Kill(tty.kofaPID(), syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			tty.waitFor("exit=")

			again := startTTY(t, env, "--lang", "en", "--db", path)
			again.waitFor("Case conferences")
			again.tmux("send-keys", "Enter")
			again.waitFor(tc.shown)
			screen := again.waitFor(tc.word)
			// Typing goes on in the draft, where the cursor stood.
			again.tmux("send-keys", "-l", "X")
			again.waitFor(tc.word + "X")
			if !strings.Contains(screen, tc.shown) {
				t.Errorf("the draft is not back in its form:\n%s", screen)
			}
		})
	}
}
