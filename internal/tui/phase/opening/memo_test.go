package opening

import (
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/theme"
	"kofa/internal/tui/tuitest"
)

// sameAsDrawnAfresh fails when the view with the parts kept from earlier
// frames differs from the view drawn with nothing kept.
func sameAsDrawnAfresh(t *testing.T, r *tuitest.Editor, step string) {
	t.Helper()
	e := r.Ed.(*Editor)
	kept := e.View(r.W, r.H)
	e.memo, e.people.memo = viewMemos{}, rowMemos{}
	if fresh := e.View(r.W, r.H); kept != fresh {
		t.Errorf("%s: kept view\n%s\nwant, drawn afresh,\n%s", step, ansi.Strip(kept), ansi.Strip(fresh))
	}
}

// TestKeptRowsFollowEveryChange: the participant rows, the question box,
// the frame line and the counts are kept between frames; every change
// they show draws them again.
func TestKeptRowsFollowEveryChange(t *testing.T) {
	r := newRig(t)
	r.Type("Anna")
	r.Key("ctrl+s")
	r.Type("Ben")
	r.Key("ctrl+s")
	sameAsDrawnAfresh(t, r, "typing in the form")
	r.Key("esc")
	sameAsDrawnAfresh(t, r, "form closed")
	r.Key("e") // Ben excused
	sameAsDrawnAfresh(t, r, "attendance")
	r.Key("up")
	sameAsDrawnAfresh(t, r, "cursor moved")
	r.Drv.Advance(12 * time.Minute)
	r.Key("j", "enter", "c")
	sameAsDrawnAfresh(t, r, "joined, confidentiality agreed")
	r.Key("enter") // edit Anna
	r.Type(" Beispiel")
	r.Key("esc")
	sameAsDrawnAfresh(t, r, "renamed")
	r.Ctx.Conf.Participants[1].Roles = []string{"case_lead", "minutes"}
	sameAsDrawnAfresh(t, r, "roles")
	r.Ctx.Conf.KeyQuestion = "Was braucht Mia?"
	sameAsDrawnAfresh(t, r, "key question")
	r.Resize(60, 16)
	sameAsDrawnAfresh(t, r, "resized")
	*r.Ctx.Styles = theme.Default(false).Styles(false)
	sameAsDrawnAfresh(t, r, "styles rebuilt")
}
