package preview

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/export"
	"kofa/internal/i18n"
)

// chooseVariant presses v until the preview shows the variant, failing
// when v never offers it.
func (h *harness) chooseVariant(t *testing.T, variant string) {
	t.Helper()
	for range conference.MinutesVariants {
		if h.m.variant == variant {
			return
		}
		h.Key("v")
	}
	if h.m.variant != variant {
		t.Fatalf("v never offers %q", variant)
	}
}

// The family letter is offered for all carers first, then for each carer
// (and a young person); i picks one, the file name names the record, never
// the person, and the audit entry carries the recipient's key and hash.
func TestFamilyLetterIsForAllCarersOrOne(t *testing.T) {
	t.Parallel()
	h := newHarness(t, i18n.EN, 120, 30)
	h.chooseVariant(t, export.VariantFamily)
	h.mustShow(t, "Version: letter to the family", "For: all carers (1/")
	if got := h.minutes(); !strings.Contains(got, "Dear Jana S. and Thomas S.") {
		t.Errorf("the letter to all carers does not greet both:\n%.300s", got)
	}
	carer := h.conf.Carers[0]
	h.Key("i")
	h.mustShow(t, "For: "+carer.Name+" (2/")
	if got := h.minutes(); !strings.Contains(got, "Dear "+carer.Name+",") {
		t.Errorf("the letter for %s greets someone else:\n%.300s", carer.Name, got)
	}
	name := h.m.fileName()
	if !strings.HasSuffix(name, "_family_"+export.Slug(carer.ID, 40)+".md") || strings.Contains(name, "Jana") {
		t.Errorf("file name %q should name the record %s, not the person", name, carer.ID)
	}
	h.Key("w")
	h.mustShow(t, "✓ Saved:")
	got, err := os.ReadFile(filepath.Join(h.dir, name))
	if err != nil {
		t.Fatal(err)
	}
	opt := export.Options{Lang: i18n.EN, Variant: export.VariantFamily, For: carer.ID,
		ExportedAt: start, Contacts: demo.Contacts("en")}
	if withoutExportTime(t, got, i18n.EN) != withoutExportTime(t, export.Markdown(h.conf, opt), i18n.EN) {
		t.Errorf("the file differs from kofa export --variant family --for %s:\n%s", carer.ID, got)
	}
	audit := h.repo.Audit(h.conf.ID)
	want := conference.Change{Op: conference.OpExport, Path: "minutes/family/" + carer.ID,
		Arg: "sha256:" + export.Hash(export.Body(h.conf, opt))}
	if len(audit) == 0 || audit[len(audit)-1] != want {
		t.Errorf("audit log ends %v, want %v", audit, want)
	}
}

// The contact person's phone and e-mail come from the partner directory,
// as in kofa export.
func TestLetterNamesTheContactFromTheDirectory(t *testing.T) {
	t.Parallel()
	h := newHarness(t, i18n.DE, 120, 30)
	h.chooseVariant(t, export.VariantFamily)
	r, _ := h.conf.Responsible(conference.RespCaseLead)
	lead := h.conf.Participant(r.ParticipantID)
	var phone string
	for _, e := range demo.Contacts("de") {
		if lead != nil && e.Name == lead.Name {
			phone = e.Phone
		}
	}
	if phone == "" || !strings.Contains(h.minutes(), "Telefon: "+phone) {
		t.Errorf("the letter lacks the contact's phone from the directory:\n%s", h.minutes())
	}
}

// A document that is for nobody here is not offered: without children
// there is no child's page, without a reporter owed feedback no feedback,
// and v goes on to the next one.
func TestDocumentForNobodyIsNotOffered(t *testing.T) {
	t.Parallel()
	c := demo.Sample("de", start)
	c.Children = nil
	for i := range c.Participants {
		c.Participants[i].Report = conference.Report{}
	}
	h := newHarnessOn(t, c, i18n.DE, 120, 30)
	var seen []string
	for range 2 * len(conference.MinutesVariants) {
		h.Key("v")
		seen = append(seen, h.m.variant)
	}
	for _, v := range seen {
		if v == export.VariantChild || v == export.VariantFeedback {
			t.Fatalf("v offers %q with nobody it could be for (%v)", v, seen)
		}
	}
	for _, v := range []string{export.VariantNotice, export.VariantFamily} {
		if !strings.Contains(strings.Join(seen, " "), v) {
			t.Errorf("v never offers %q (%v)", v, seen)
		}
	}
}

// The feedback is for the reporting professional owed it, the notice for
// someone at the table or an institution; both are written with the
// recipient's key in the audit log.
func TestFeedbackAndNoticeNameTheirRecipient(t *testing.T) {
	t.Parallel()
	h := newHarness(t, i18n.DE, 120, 30)
	h.chooseVariant(t, export.VariantFeedback)
	r, ok := h.m.recipient()
	if !ok {
		t.Fatal("the feedback is for nobody")
	}
	p := h.conf.Participant(r.value)
	if p == nil || !p.OwedFeedback() {
		t.Fatalf("the feedback is offered for %q, who is owed none", r.label)
	}
	h.mustShow(t, "Fassung: Rückmeldung an die meldende Fachkraft", "Für: "+p.Name)
	h.chooseVariant(t, export.VariantNotice)
	var excused string
	for _, p := range h.conf.Participants {
		if p.Attendance == conference.AttendanceExcused {
			excused = p.Name
		}
	}
	// The notice is first offered for whoever was not there.
	h.mustShow(t, "Fassung: Mitteilung", "Für: "+excused+" (1/")
	h.Key("w")
	h.mustShow(t, "✓ Gespeichert:")
	audit := h.repo.Audit(h.conf.ID)
	r, _ = h.m.recipient()
	if last := audit[len(audit)-1]; !strings.HasPrefix(last.Path, "minutes/notice/") || strings.Contains(last.Path, r.label) {
		t.Errorf("the notice's audit entry %q should name the recipient by key", last.Path)
	}
}
