package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"strings"
	"testing"

	"kofa/internal/demo"
)

// sampleText is a distinctive free text of the sample conference as the
// store's JSON holds it.
func sampleText(t *testing.T) []byte {
	t.Helper()
	c := demo.Sample("en", fixedNow)
	if len(c.Contributions) == 0 {
		t.Fatal("the sample has no contributions")
	}
	b, err := json.Marshal(c.Contributions[0].Text)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Trim(b, `"`)
}

func TestDeleteYesRemovesTheTextFromTheFile(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)
	text := sampleText(t)
	if raw, _ := os.ReadFile(path); !bytes.Contains(raw, text) {
		t.Fatalf("the store file does not hold %q before the deletion; the test would prove nothing", text)
	}

	r := run(t, app, "", "--lang", "en", "--db", path, "delete", string(id), "--yes")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, string(id)) {
		t.Errorf("stdout %q does not confirm the deletion of %s", r.stdout, id)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, text) {
		t.Error("the deleted conference's text is still in the store file")
	}
	if list := listStore(t, path); len(list) != 0 {
		t.Errorf("store still lists %v", list)
	}
}

func TestDeleteWithoutYesRefusesWhenNobodyCanAnswer(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)

	r := run(t, app, "y\n", "--lang", "en", "--db", path, "delete", string(id))
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	wantOneLine(t, r.stderr)
	if !strings.Contains(r.stderr, "kofa delete "+string(id)+" --yes") {
		t.Errorf("stderr = %q, want the command with --yes", r.stderr)
	}
	if len(listStore(t, path)) != 1 {
		t.Error("the conference was deleted without confirmation")
	}
}

func TestDeleteAsksFirstAndAcceptsGermanJa(t *testing.T) {
	app, _ := testApp(t)
	app.IsTerminal = func(io.Reader) bool { return true }
	path := dbPath(t)
	id := seedDemo(t, app, path)
	sample := demo.Sample("de", fixedNow)

	r := run(t, app, "ja\n", "--lang", "de", "--db", path, "delete", string(id))
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	prompt := "Konferenz " + sample.Title() + " (" + sample.Date.String() + ") löschen? Das kann nicht rückgängig gemacht werden. [j/N]"
	if !strings.Contains(r.stderr, prompt) {
		t.Errorf("stderr = %q, want the question %q", r.stderr, prompt)
	}
	if len(listStore(t, path)) != 0 {
		t.Error("not deleted after ja")
	}
}

func TestDeleteKeepsTheConferenceUnlessTheAnswerIsYes(t *testing.T) {
	for _, answer := range []string{"", "\n", "n\n", "nein\n", "yess\n"} {
		app, _ := testApp(t)
		app.IsTerminal = func(io.Reader) bool { return true }
		path := dbPath(t)
		id := seedDemo(t, app, path)

		r := run(t, app, answer, "--lang", "en", "--db", path, "delete", string(id))
		if r.code != 0 || !strings.Contains(r.stdout, "Nothing was deleted.") {
			t.Errorf("answer %q: exit %d, stdout %q", answer, r.code, r.stdout)
		}
		if len(listStore(t, path)) != 1 {
			t.Errorf("answer %q deleted the conference", answer)
		}
	}
}

func TestDeleteQuestionEndsOnCtrlC(t *testing.T) {
	app, _ := testApp(t)
	app.IsTerminal = func(io.Reader) bool { return true }
	path := dbPath(t)
	id := seedDemo(t, app, path)

	// Nobody ever answers; the interrupt (a cancelled context) must end
	// the question.
	stdin, w := io.Pipe()
	defer func() { _ = w.Close() }()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut bytes.Buffer
	code := app.Run(ctx, []string{"--lang", "en", "--db", path, "delete", string(id)}, stdin, &out, &errOut)
	if code != 1 || !strings.HasSuffix(errOut.String(), "[y/N] \nInterrupted.\n") {
		t.Errorf("exit %d, stderr %q", code, errOut.String())
	}
	if len(listStore(t, path)) != 1 {
		t.Error("deleted although interrupted")
	}
}

func TestIsYes(t *testing.T) {
	for _, a := range []string{"y", "Y\n", "yes", "j", " Ja \r\n", "JA"} {
		if !isYes(a) {
			t.Errorf("isYes(%q) = false", a)
		}
	}
	for _, a := range []string{"", "n", "nein", "no", "jein", "yy"} {
		if isYes(a) {
			t.Errorf("isYes(%q) = true", a)
		}
	}
}

func TestDeleteUnknownIDFails(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	seedDemo(t, app, path)

	r := run(t, app, "", "--lang", "en", "--db", path, "delete", "zzzzzzzz", "--yes")
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	wantOneLine(t, r.stderr)
	if !strings.Contains(r.stderr, "no conference with the ID zzzzzzzz") {
		t.Errorf("stderr = %q", r.stderr)
	}
	if len(listStore(t, path)) != 1 {
		t.Error("another conference was deleted")
	}
}

func TestDeleteOnMissingStoreCreatesNone(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	r := run(t, app, "", "--lang", "en", "--db", path, "delete", "zzzzzzzz", "--yes")
	if r.code != 1 || !strings.Contains(r.stderr, "zzzzzzzz") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	wantNoFile(t, path)
}
