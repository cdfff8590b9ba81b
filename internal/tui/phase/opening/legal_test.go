package opening

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/export"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// The legal basis is recorded per person in the participant form (issue
// 13): several where they apply, a release from confidentiality with who
// released whom, for what, in which form and when; the full minutes name
// whom, the pseudonymised minutes leave the names out.
func TestEachProfessionalGetsTheirOwnLegalBases(t *testing.T) {
	r := newRig(t)
	r.Type("Dr. Jonas Weber")
	r.Key("tab", "tab", "tab", "tab", "tab") // type, institution, profession, roles: to the legal basis
	if v := r.View(); !strings.Contains(v, "Rechtsgrundlage") || strings.Contains(v, "Entbunden durch") {
		t.Fatalf("the form does not ask for the legal basis alone first:\n%s", v)
	}
	r.Type("4 Abs. 3")
	r.Key("enter", "ctrl+u")
	r.Type("Schweige")
	r.Key("enter")
	if !strings.Contains(r.View(), "Entbunden durch") {
		t.Fatalf("a release picked, but its details are not asked:\n%s", r.View())
	}
	r.Key("tab")
	r.Type("Mutter")
	r.Key("tab")
	r.Type("Kinderarztpraxis Sonnenhof")
	r.Key("tab")
	r.Type("U9 und Gewicht")
	r.Key("tab")
	r.Type("schrift")
	r.Key("enter") // chooses and moves on
	r.Type("18.11.2026")
	r.Key("ctrl+s")

	ps := r.Ctx.Conf.Participants
	if len(ps) != 1 {
		t.Fatalf("participants %+v", ps)
	}
	want := []conference.LegalBasis{
		{Basis: conference.LegalConsent, ReleasedBy: "Mutter", Released: "Kinderarztpraxis Sonnenhof", Scope: "U9 und Gewicht", Form: conference.ReleaseWritten,
			Date: conference.Date{Year: 2026, Month: 11, Day: 18}},
		{Basis: conference.LegalKKG4Para3},
	}
	if got := ps[0].LegalBases; len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("legal bases %+v, want %+v", got, want)
	}
	if strings.Contains(r.View(), "ohne Rechtsgrundlage") {
		t.Error("the row warns though two bases are recorded")
	}
	full := string(export.Markdown(r.Ctx.Conf, export.Options{Lang: i18n.DE}))
	if !strings.Contains(full, "entbunden durch Mutter; gegenüber Kinderarztpraxis Sonnenhof; wofür: U9 und Gewicht") {
		t.Errorf("the full minutes do not say who released whom for what:\n%s", full)
	}
	pseudo := string(export.Markdown(r.Ctx.Conf, export.Options{Lang: i18n.DE, Variant: export.VariantPseudonymised}))
	if strings.Contains(pseudo, "Sonnenhof") || !strings.Contains(pseudo, "U9 und Gewicht") {
		t.Errorf("the pseudonymised minutes name whom the release covers, or lack the release:\n%s", pseudo)
	}

	// Editing: taking the release back keeps § 4 Abs. 3 KKG and is saved
	// as typed.
	r.Key("esc", "enter") // the quick-add form, then the one participant's
	r.Key("tab", "tab", "tab", "tab", "tab")
	r.Type("Schweige")
	r.Key("enter")
	if got := r.Ctx.Conf.Participants[0].LegalBases; len(got) != 1 || got[0].Basis != conference.LegalKKG4Para3 {
		t.Errorf("after taking the release back: %+v", got)
	}
	if last := r.Changes[len(r.Changes)-1].Change; last.Path != "participants/"+ps[0].ID+"/legal_bases" {
		t.Errorf("last change %+v", last)
	}
}

func TestSomeoneWithoutLegalBasisIsMarkedInTheList(t *testing.T) {
	r := newRig(t)
	r.Type("Kai Roth")
	r.Key("ctrl+s")
	r.Type("Sandra K.")
	r.Key("tab")
	r.Type("Familie:")
	r.Key("tab")
	if strings.Contains(r.View(), "\nRechtsgrundlage ") {
		t.Errorf("the family is asked for a legal basis:\n%s", r.View())
	}
	r.Key("ctrl+s", "esc")
	var police, mother string
	for _, line := range strings.Split(r.View(), "\n") {
		switch {
		case strings.Contains(line, "Kai Roth"):
			police = line
		case strings.Contains(line, "Sandra K."):
			mother = line
		}
	}
	if !strings.Contains(police, "⚠ ohne Rechtsgrundlage") || strings.Contains(mother, "Rechtsgrundlage") {
		t.Errorf("rows:\n%s\n%s\nwant the warning on the police officer's only", police, mother)
	}
}

func TestTheLegalBasisIsAskedInEnglishToo(t *testing.T) {
	clk := tuitest.NewClock(t0)
	c := conference.New("idopen01", conference.KindCase, t0)
	c.Start(t0)
	r := tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, i18n.EN, clk.Now), New, 80, 20)
	r.Key("ctrl+s")
	r.Type("Kai Roth")
	r.Key("tab", "tab", "tab", "tab", "tab")
	r.Type("consent")
	r.Key("enter")
	v := r.View()
	for _, want := range []string{"Legal basis", "Released by", "Who is released", "For what", "Released on"} {
		if !strings.Contains(v, want) {
			t.Errorf("the English form lacks %q:\n%s", want, v)
		}
	}
}
