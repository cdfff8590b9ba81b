package tui

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// fixture is a conference in the opening: key question, legal basis,
// three participants (one joined late, one excused), confidentiality
// agreed, the opening at 80 % of its time box.
func fixture() *conference.Conference {
	c := conference.New("idgolden", conference.KindCase, start)
	c.CaseCode = "K-2026-117"
	c.Occasion = "Hämatome an beiden Oberarmen (Kita)"
	c.KeyQuestion = "Ist Mia zu Hause ausreichend geschützt, und welche Hilfe braucht die Familie?"
	c.StartTime = "09:00"
	c.Place = "Jugendamt, Raum 2.14"
	c.Family.Mode = conference.FamilyViewsBrought
	c.AddParticipant(conference.Participant{Name: "Petra Albers", InstitutionType: "asd", Institution: "ASD Nord",
		Roles: []string{conference.RoleFacilitator, conference.RoleCaseLead}, Attendance: conference.AttendancePresent})
	c.AddParticipant(conference.Participant{Name: "Dr. Jonas Weber", InstitutionType: "paediatrician", Attendance: conference.AttendancePresent,
		JoinedAt: start.Add(7 * time.Minute)})
	c.AddParticipant(conference.Participant{Name: "Aylin Demir", InstitutionType: "kita", Institution: "Kita Sonnenblume",
		Attendance: conference.AttendanceExcused})
	return c
}

// goldenRepo holds the fixture in preparation and, for the opening views,
// moved into the opening four minutes ago.
func goldenRepo(opening bool) *tuitest.Repo {
	repo := tuitest.NewRepo()
	c := fixture()
	if opening {
		c.Start(start.Add(-4 * time.Minute))
		c.Tick(start)
		c.ConfidentialityAt = start.Add(-2 * time.Minute)
	}
	repo.Put(c)
	other := conference.New("idgold02", conference.KindNetwork, start.AddDate(0, 0, -30))
	other.Topic = "Runder Tisch Kinderschutz Nord"
	other.Status = conference.StatusClosed
	other.NextReview = conference.DateOf(start.AddDate(0, 0, 4))
	repo.Put(other)
	return repo
}

// ascii renders a view as a terminal without colour shows it: attributes
// like bold and reverse stay, colours go. That keeps the files readable
// and proves that meaning never rests on colour.
func ascii(t *testing.T, content string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.Ascii}
	if _, err := w.WriteString(content); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	sizes := [][2]int{{80, 24}, {120, 40}}
	type screen struct {
		name string
		repo func() *tuitest.Repo
		keys []string
	}
	screens := []screen{
		{"home", func() *tuitest.Repo { return goldenRepo(false) }, nil},
		{"prep", func() *tuitest.Repo { return goldenRepo(false) }, []string{"enter"}},
		{"opening", func() *tuitest.Repo { return goldenRepo(true) }, []string{"enter"}},
	}
	for _, sc := range screens {
		for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
			for _, size := range sizes {
				t.Run(fmt.Sprintf("%s_%s_%dx%d", sc.name, lang, size[0], size[1]), func(t *testing.T) {
					h := newHarness(t, sc.repo(), lang, size[0], size[1])
					for _, k := range sc.keys {
						h.Key(k)
					}
					content := h.app.View().Content
					checkWidth(t, content, size[0], size[1])
					golden.RequireEqual(t, ascii(t, content))
				})
			}
		}
	}
	t.Run("compact_de_60x20", func(t *testing.T) {
		h := newHarness(t, goldenRepo(true), i18n.DE, 60, 20)
		h.Key("enter")
		content := h.app.View().Content
		checkWidth(t, content, 60, 20)
		golden.RequireEqual(t, ascii(t, content))
	})
	t.Run("too_small_de_40x10", func(t *testing.T) {
		h := newHarness(t, goldenRepo(true), i18n.DE, 40, 10)
		content := h.app.View().Content
		checkWidth(t, content, 40, 10)
		golden.RequireEqual(t, ascii(t, content))
	})
}
