package cli

import (
	"strings"
	"testing"

	"kofa/internal/conference"
)

func TestReleaseMakesTheMinutesFinalAndIsAudited(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)

	draft := run(t, app, "", "--lang", "de", "--db", path, "export", string(id))
	if draft.code != 0 || !strings.HasPrefix(draft.stdout, "# Protokoll: K-2026-117 – Entwurf") {
		t.Fatalf("export before the release: exit %d, %.80q", draft.code, draft.stdout)
	}

	r := run(t, app, "", "--lang", "de", "--db", path, "release", string(id), "--by", "Sandra Vogt",
		"--function", "Teamleitung ASD", "--objections-until", "+14")
	if r.code != 0 || !strings.Contains(r.stdout, "freigegeben durch Sandra Vogt; Einwände bis 2026-12-06") {
		t.Fatalf("release: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	var release conference.AuditEntry
	for _, e := range auditOf(t, path, id) {
		if e.Op == conference.OpRelease {
			release = e
		}
	}
	if release.Path != "release" || release.Arg != "2026-12-06" || release.At.IsZero() {
		t.Errorf("audit entry of the release: %+v", release)
	}
	for _, e := range auditOf(t, path, id) {
		if strings.Contains(e.Arg+e.Path, "Vogt") {
			t.Errorf("the audit log names who released: %+v", e)
		}
	}

	final := run(t, app, "", "--lang", "de", "--db", path, "export", string(id))
	for _, want := range []string{"- **Freigegeben von:** Sandra Vogt, Teamleitung ASD", "- **Einwände bis:** 06.12.2026"} {
		if !strings.Contains(final.stdout, want) {
			t.Errorf("released minutes lack %q", want)
		}
	}
	if strings.Contains(final.stdout, "Entwurf") {
		t.Error("released minutes still say draft")
	}
	i, j := strings.Index(final.stdout, "## Freigabe"), strings.Index(final.stdout, "SHA-256")
	if i < 0 || j < i {
		t.Error("the checksum is not in the footer below the release block")
	}
}

func TestReleaseRefusesWhatItCannotDo(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"release", string(id)}, "--by"},
		{[]string{"release", string(id), "--by", "Vogt", "--objections-until", "morgen früh"}, "ist ungültig"},
		{[]string{"release", string(id), "--by", "Vogt", "--objections-until", "2026-01-01"}, "läge vor der Konferenz"},
		{[]string{"release", "nosuchid", "--by", "Vogt"}, "Keine Konferenz mit der ID nosuchid"},
	} {
		r := run(t, app, "", append([]string{"--lang", "de", "--db", path}, tc.args...)...)
		if r.code == 0 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
	for _, e := range auditOf(t, path, id) {
		if e.Op == conference.OpRelease {
			t.Errorf("a refused release was audited: %+v", e)
		}
	}
}
