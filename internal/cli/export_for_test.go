package cli

import (
	"strings"
	"testing"

	"kofa/internal/conference"
)

// The documents beyond the room from the command line: whom --for names,
// what happens when it names nobody or is missing, and what the audit log
// records.

func TestExportFamilyLetterForOneParentRecordsTheRecipient(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)

	r := run(t, app, "", "--lang", "en", "--db", path, "export", string(id), "--variant", "family", "--for", "thomas s.")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "# Our meeting on") || !strings.Contains(r.stdout, "Dear Thomas S.,") {
		t.Errorf("stdout starts %.120q", r.stdout)
	}
	e := lastExport(t, path, id)
	if !strings.HasPrefix(e.Path, "minutes/family/e") || !strings.HasPrefix(e.Arg, "sha256:") {
		t.Errorf("audit entry %+v, want the family letter with the carer's ID and the hash", e)
	}
	if strings.Contains(e.Path, "Thomas") {
		t.Errorf("the audit log names the recipient: %q", e.Path)
	}
}

func TestExportForAnUnknownRecipientListsTheValidOnes(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)
	before := len(auditOf(t, path, id))

	r := run(t, app, "", "--lang", "en", "--db", path, "export", string(id), "--variant", "family", "--for", "Petra Albers")
	if r.code != ExitFailure || r.stdout != "" {
		t.Fatalf("exit %d, stdout %.40q; want %d and nothing written", r.code, r.stdout, ExitFailure)
	}
	wantOneLine(t, r.stderr)
	for _, want := range []string{`"Petra Albers" is not known for --variant family`, "Jana S.", "Thomas S."} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr %q lacks %q", r.stderr, want)
		}
	}
	if after := len(auditOf(t, path, id)); after != before {
		t.Errorf("a refused export wrote %d audit entries", after-before)
	}
}

func TestExportWithoutForWhereSeveralCouldBeMeantIsWrongUsage(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)

	// The demo has two children: whose page?
	r := run(t, app, "", "--lang", "en", "--db", path, "export", string(id), "--variant", "child")
	if r.code != ExitUsage || r.stdout != "" {
		t.Fatalf("exit %d, stdout %.40q; want %d", r.code, r.stdout, ExitUsage)
	}
	wantOneLine(t, r.stderr)
	if !strings.Contains(r.stderr, "--variant child needs --for here") || !strings.Contains(r.stderr, "Mia, Leon") {
		t.Errorf("stderr %q should ask for whom and name the children", r.stderr)
	}
	// The letter to the family needs nobody named: it goes to all carers.
	r = run(t, app, "", "--lang", "en", "--db", path, "export", string(id), "--variant", "family")
	if r.code != 0 || !strings.Contains(r.stdout, "Dear Jana S. and Thomas S.,") {
		t.Errorf("family letter without --for: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestNoticeForAnInstitutionWithoutTasksCarriesTheResult(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)

	r := run(t, app, "", "--lang", "en", "--db", path, "export", string(id), "--variant", "notice", "--for", "police")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	for _, want := range []string{"# Notice for Police:", "Result of the risk assessment", "latent risk to the child's welfare",
		"No tasks were agreed for you.", "Petra Albers"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("notice lacks %q", want)
		}
	}
	if e := lastExport(t, path, id); e.Path != "minutes/notice/inst:police" {
		t.Errorf("audit path %q", e.Path)
	}

	// Asked for the task list of the same institution, kofa gives the
	// notice and says so, instead of refusing.
	r = run(t, app, "", "--lang", "en", "--db", path, "export", string(id), "--variant", "tasks", "--for", "police")
	if r.code != 0 || !strings.Contains(r.stdout, "# Notice for Police:") {
		t.Fatalf("tasks for the police: exit %d, stdout %.60q", r.code, r.stdout)
	}
	wantOneLine(t, r.stderr)
	if !strings.Contains(r.stderr, `There are no agreed actions for "police"`) {
		t.Errorf("stderr %q should say why the notice came", r.stderr)
	}
	if e := lastExport(t, path, id); e.Path != "minutes/notice/inst:police" {
		t.Errorf("audit path %q, want the notice that was written", e.Path)
	}
}

func TestFeedbackOnlyForAProfessionalBoundBySecrecy(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)

	r := run(t, app, "", "--lang", "en", "--db", path, "export", string(id), "--variant", "feedback", "--for", "Aylin Demir")
	if r.code != ExitFailure || r.stdout != "" {
		t.Fatalf("feedback for the Kita: exit %d, stdout %.40q", r.code, r.stdout)
	}
	wantOneLine(t, r.stderr)
	if !strings.Contains(r.stderr, "not owed") || !strings.Contains(r.stderr, "--variant notice --for") {
		t.Errorf("stderr %q should say why and offer the notice", r.stderr)
	}
	// The one professional owed it is found without --for.
	r = run(t, app, "", "--lang", "en", "--db", path, "export", string(id), "--variant", "feedback")
	if r.code != 0 || !strings.Contains(r.stdout, "Dr. Jonas Weber") || !strings.Contains(r.stdout, "§ 4 Abs. 4 KKG") {
		t.Errorf("feedback without --for: exit %d, stderr %q", r.code, r.stderr)
	}
	var doc conference.AuditEntry = lastExport(t, path, id)
	if !strings.HasPrefix(doc.Path, "minutes/feedback/p") {
		t.Errorf("audit path %q", doc.Path)
	}
}
