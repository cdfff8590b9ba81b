package store

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// TestDeletedConferenceLeavesNoTraceInFileOrLaterBackups is "deletion that
// deletes": after a conference is deleted none of its text is in the store
// file or in a backup made afterwards, plain or encrypted. In an encrypted
// store its text is never in the file at all, and after deletion not even
// its sealed bytes are.
func TestDeletedConferenceLeavesNoTraceInFileOrLaterBackups(t *testing.T) {
	for _, encrypted := range []bool{false, true} {
		name := map[bool]string{false: "plain", true: "encrypted"}[encrypted]
		t.Run(name, func(t *testing.T) {
			var s *Store
			if encrypted {
				s = openEncrypted(t)
			} else {
				s = openTemp(t)
			}
			dir := BackupDir(s.Path())
			doomed := richConference("", marker, 0)
			kept := richConference("", "bleibt", 1)
			// A family member: professionals stay in the partner
			// directory by design, the family never enters it.
			doomed.AddParticipant(conference.Participant{Name: "Frau Zwetschgenbaum", Family: true})
			doomed.AddAction(conference.Action{What: "Rückruf bei Oma Wilhelmine-Marker"})
			// Texts only the doomed conference has (the kept one shares
			// names and phrases with it).
			texts := []string{marker, doomed.CaseCode, "Zwetschgenbaum", "Wilhelmine-Marker"}
			if encrypted {
				texts = append(texts, "Frau Adler", "Hämatomen", passphrase) // never, from any conference
			}
			if err := s.Save(kept); err != nil {
				t.Fatal(err)
			}
			for i := range 10 { // old versions in free pages
				doomed.Place = "Raum " + string(rune('A'+i))
				if err := s.Save(doomed, conference.Change{Op: conference.OpUpdate, Path: "place"}); err != nil {
					t.Fatal(err)
				}
				if encrypted {
					assertNoneInFile(t, s.Path(), texts)
				}
			}
			before, err := RollingBackup(s, dir, DefaultKeepBackups, t0)
			if err != nil {
				t.Fatal(err)
			}
			if encrypted {
				assertNoneInFile(t, before, texts)
			} else if !fileContains(t, s.Path(), marker) || !fileContains(t, before, marker) {
				t.Fatal("marker not in the plain file or backup before deletion: the test proves nothing")
			}
			sealed := rawValue(t, s, bucketConferences, doomed.ID)

			if err := s.Delete(doomed.ID); err != nil {
				t.Fatal(err)
			}
			after, err := RollingBackup(s, dir, DefaultKeepBackups, t0.Add(time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			for _, path := range []string{s.Path(), after} {
				assertNoneInFile(t, path, texts)
				if fileContains(t, path, string(sealed[:32])) {
					t.Errorf("%s still holds the deleted conference's stored bytes", filepath.Base(path))
				}
			}
			if encrypted {
				// The backup from before the deletion keeps the
				// conference, sealed; it rotates out with time.
				assertNoneInFile(t, before, texts)
			}
			assertDeleted(t, s, doomed.ID, kept.ID)
		})
	}
}

// rawValue returns the stored bytes of a value, as a reader of the file
// would find them.
func rawValue(t *testing.T, s *Store, bucketName []byte, id conference.ID) []byte {
	t.Helper()
	var out []byte
	err := s.view(func(tx *bbolt.Tx) error {
		out = bytes.Clone(tx.Bucket(bucketName).Get([]byte(id)))
		return nil
	})
	if err != nil || len(out) < 32 {
		t.Fatalf("raw value: %d bytes, %v", len(out), err)
	}
	if data, _ := os.ReadFile(s.Path()); !bytes.Contains(data, out[:32]) {
		t.Fatal("the raw value is not in the file: the test proves nothing")
	}
	return out
}
