package agreements

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/tuitest"
)

var t0 = time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)

type rig struct {
	*tuitest.Driver
	m      *Model
	repo   *tuitest.Repo
	closed bool
}

// open shows the screen over repo, holding two agreements: one whose
// review is 12 days overdue, one in force.
func open(t testing.TB, lang i18n.Lang, w, h int) *rig {
	t.Helper()
	repo := tuitest.NewRepo()
	day := conference.DateOf(t0)
	repo.PutAgreement(conference.CooperationAgreement{ID: "k2v8m4qa", Subject: "Meldewege nach § 8a Abs. 4",
		Partners: []conference.AgreementPartner{{Institution: "Jugendamt Nord", Contact: "Petra Albers"}, {Institution: "Kita Sonnenblume", Contact: "Aylin Demir"}},
		SignedOn: day.AddDays(-700), ReviewBy: day.AddDays(-12), Status: conference.AgreementInForce, UpdatedAt: t0.AddDate(-1, 0, 0)})
	repo.PutAgreement(conference.CooperationAgreement{ID: "p7x3m9qb", Subject: "Häusliche Gewalt: Polizei informiert das Jugendamt",
		Partners: []conference.AgreementPartner{{Institution: "Polizeiinspektion Nord", Contact: "Markus Brandt"}, {Institution: "Jugendamt Nord"}},
		SignedOn: day.AddDays(-100), ReviewBy: day.AddDays(265), Status: conference.AgreementInForce, UpdatedAt: t0.AddDate(0, -3, 0)})
	clk := tuitest.NewClock(t0)
	st := theme.Default(false).Styles(true)
	r := &rig{repo: repo}
	r.m = New(Config{Repo: repo, Msgs: i18n.New(lang), Styles: &st, Clock: clk.Clock()})
	r.m.SetLayout(layout.Compute(w, h))
	r.Driver = tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		if _, ok := msg.(CloseMsg); ok {
			r.closed = true
			return nil
		}
		return r.m.Update(msg)
	})
	r.Exec(r.m.Init())
	return r
}

func (r *rig) screen() string { return ansi.Strip(r.m.View()) }

// Key sends key presses, named as tuitest.Driver.Key knows them.
func (r *rig) Key(names ...string) {
	for _, n := range names {
		r.Driver.Key(n)
	}
}

func (r *rig) stored(t *testing.T, id string) conference.CooperationAgreement {
	t.Helper()
	list, _ := r.repo.Agreements()
	for _, a := range list {
		if a.ID == id {
			return a
		}
	}
	t.Fatalf("no agreement %s in the store", id)
	return conference.CooperationAgreement{}
}

func mustShow(t *testing.T, r *rig, parts ...string) {
	t.Helper()
	s := r.screen()
	for _, p := range parts {
		if !strings.Contains(s, p) {
			t.Errorf("screen lacks %q:\n%s", p, s)
		}
	}
}

// TestANewAgreementIsWrittenWhenSaved types an agreement and finds it in
// the store once the form is submitted; esc then goes home.
func TestANewAgreementIsWrittenWhenSaved(t *testing.T) {
	t.Parallel()
	r := open(t, i18n.DE, 120, 40)
	mustShow(t, r, "Kooperationsvereinbarungen: 2 · 1 zur Überprüfung fällig", "⚠ seit 12 Tagen fällig")
	r.Key("n")
	r.Type("Schulbegleitung")
	r.Key("enter")
	r.Type("Schulamt")
	r.Key("enter", "enter")
	r.Type("Jugendamt Nord")
	r.Key("ctrl+s")
	list, _ := r.repo.Agreements()
	if len(list) != 3 {
		t.Fatalf("store holds %d agreements", len(list))
	}
	var made conference.CooperationAgreement
	for _, a := range list {
		if a.Subject == "Schulbegleitung" {
			made = a
		}
	}
	if made.PartnerNames() != "Schulamt, Jugendamt Nord" || made.Status != conference.AgreementDraft || made.CreatedIn != "" || !made.CreatedAt.Equal(t0) {
		t.Errorf("stored %+v", made)
	}
	mustShow(t, r, "✓ gespeichert")
	r.Key("esc")
	if !r.closed {
		t.Error("esc did not go home")
	}
}

// TestTypingIsWrittenAfterThePauseAndWhenTheFieldIsLeft edits a contact
// person: written once typing rests, and at once when the field is left.
func TestTypingIsWrittenAfterThePauseAndWhenTheFieldIsLeft(t *testing.T) {
	t.Parallel()
	r := open(t, i18n.EN, 120, 40)
	r.Key("enter", "enter", "enter", "end")
	r.Type(" (Leitung)")
	if got := r.stored(t, "k2v8m4qa").Partners[0].Contact; got != "Petra Albers" {
		t.Fatalf("written while typing: %q", got)
	}
	mustShow(t, r, "… saving")
	r.Advance(typingPause)
	if got := r.stored(t, "k2v8m4qa").Partners[0].Contact; got != "Petra Albers (Leitung)" {
		t.Errorf("after the pause: %q", got)
	}
	r.Type("!")
	r.Key("tab")
	if got := r.stored(t, "k2v8m4qa").Partners[0].Contact; got != "Petra Albers (Leitung)!" {
		t.Errorf("after leaving the field: %q", got)
	}
	if a := r.stored(t, "k2v8m4qa"); !a.UpdatedAt.Equal(t0.Add(typingPause)) {
		t.Errorf("updated at %v", a.UpdatedAt)
	}
}

// TestAReviewIsWrittenAtOnce reviews the overdue agreement.
func TestAReviewIsWrittenAtOnce(t *testing.T) {
	t.Parallel()
	r := open(t, i18n.DE, 120, 40)
	r.Key("r")
	r.Type("überarb")
	r.Key("enter", "enter")
	a := r.stored(t, "k2v8m4qa")
	if a.Status != conference.AgreementRevising || len(a.Reviews) != 1 || a.Reviews[0].In != "" ||
		a.ReviewBy != conference.DateOf(t0).AddDays(365) {
		t.Errorf("stored %+v", a)
	}
	mustShow(t, r, "Kooperationsvereinbarungen: 2 · 0 zur Überprüfung fällig")
}

// TestDeletingAsksFirst: d asks, n keeps the agreement, y deletes it.
func TestDeletingAsksFirst(t *testing.T) {
	t.Parallel()
	r := open(t, i18n.DE, 120, 40)
	r.Key("d")
	mustShow(t, r, "Kooperationsvereinbarung löschen?", "„Meldewege nach § 8a Abs. 4“ wird mit allen Überprüfungen gelöscht")
	r.Key("n")
	if list, _ := r.repo.Agreements(); len(list) != 2 {
		t.Fatal("n deleted")
	}
	r.Key("d", "y")
	if list, _ := r.repo.Agreements(); len(list) != 1 || list[0].ID != "p7x3m9qb" {
		t.Fatalf("after y: %+v", list)
	}
	mustShow(t, r, "„Meldewege nach § 8a Abs. 4“ gelöscht.", "Kooperationsvereinbarung: 1 · 0")
}

// TestAFailedWriteIsSaidAndKeepsTheScreenOpen: the store refuses a write;
// the screen says so and does not go home until it is written.
func TestAFailedWriteIsSaidAndKeepsTheScreenOpen(t *testing.T) {
	t.Parallel()
	r := open(t, i18n.EN, 120, 40)
	r.repo.FailNextSaves(1)
	r.Key("enter")
	r.Type(" neu")
	r.Key("esc", "esc")
	if r.closed {
		t.Fatal("went home with a change unwritten")
	}
	mustShow(t, r, "Saving failed")
	r.Key("esc")
	if !r.closed || r.stored(t, "k2v8m4qa").Subject != "Meldewege nach § 8a Abs. 4 neu" {
		t.Errorf("closed %v, stored %q", r.closed, r.stored(t, "k2v8m4qa").Subject)
	}
}

// TestGolden pins the screen at 80x24 and 120x40 in German and English:
// the register, and a review open.
func TestGolden(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Langs() {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for name, keys := range map[string][]string{"register": nil, "review": {"r"}, "delete": {"d"}} {
				t.Run(fmt.Sprintf("%s_%s_%dx%d", name, lang, size[0], size[1]), func(t *testing.T) {
					r := open(t, lang, size[0], size[1])
					for _, k := range keys {
						r.Key(k)
					}
					tuitest.CheckFits(t, r.m.View(), size[0], size[1])
					golden.RequireEqual(t, r.screen())
				})
			}
		}
	}
}

// TestANewAgreementLeftInTheFormIsSavedWhenTheScreenCloses: a new
// agreement typed and not submitted is written when the screen is left;
// one without a subject keeps the screen open once, then goes.
func TestANewAgreementLeftInTheFormIsSavedWhenTheScreenCloses(t *testing.T) {
	t.Parallel()
	r := open(t, i18n.DE, 120, 40)
	r.Key("n")
	r.Type("Schulbegleitung")
	r.Key("esc", "esc")
	if !r.closed {
		t.Fatal("esc did not go home")
	}
	list, _ := r.repo.Agreements()
	if len(list) != 3 {
		t.Errorf("the agreement left in the form was not saved: %+v", list)
	}

	r = open(t, i18n.DE, 120, 40)
	r.Key("n", "enter")
	r.Type("Schulamt")
	r.Key("esc", "esc")
	if r.closed {
		t.Fatal("went home with an agreement that could not be saved, without a word")
	}
	mustShow(t, r, "noch keinen Gegenstand")
	r.Key("esc")
	if list, _ := r.repo.Agreements(); !r.closed || len(list) != 2 {
		t.Errorf("closed %v, %d agreements", r.closed, len(list))
	}
}
