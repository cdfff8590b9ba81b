package conference

import (
	"testing"

	"kofa/internal/conference/catalogue"
)

// TestWhereSomeoneComesFrom is the one table of how a person's institution
// is named on every screen and what an action's institution starts as.
func TestWhereSomeoneComesFrom(t *testing.T) {
	t.Parallel()
	insts := catalogue.Builtin().Institutions
	label := func(p Participant, lang string) string { return p.InstitutionLabel(insts, lang) }
	tests := []struct {
		name   string
		p      Participant
		de, en string
	}{
		{"named", Participant{Institution: "Kita Sonnenblume", InstitutionType: "kita"}, "Kita Sonnenblume", "Kita Sonnenblume"},
		{"only the type", Participant{InstitutionType: "police"}, "Polizei", "Police"},
		{"nothing", Participant{Name: "Sandra Schulz"}, "", ""},
	}
	for _, tt := range tests {
		if got := label(tt.p, "de"); got != tt.de {
			t.Errorf("%s: de %q, want %q", tt.name, got, tt.de)
		}
		if got := label(tt.p, "en"); got != tt.en {
			t.Errorf("%s: en %q, want %q", tt.name, got, tt.en)
		}
	}
	for _, tt := range []struct{ name, inst, want string }{
		{"Petra Albers", "Jugendamt Nord", "Petra Albers (Jugendamt Nord)"},
		{"Petra Albers", "", "Petra Albers"},
		{"", "Jugendamt Nord", "Jugendamt Nord"},
		{"", "", ""},
	} {
		if got := WithInstitution(tt.name, tt.inst); got != tt.want {
			t.Errorf("WithInstitution(%q, %q) = %q, want %q", tt.name, tt.inst, got, tt.want)
		}
	}

	c := newCase()
	named := c.AddParticipant(Participant{Name: "Aylin Demir", Institution: "Kita Sonnenblume", InstitutionType: "kita"}).ID
	typed := c.AddParticipant(Participant{Name: "Markus Brandt", InstitutionType: "police"}).ID
	carer := c.AddCarer(Carer{Name: "Sandra Schulz"}).ID
	for _, tt := range []struct{ owner, want string }{{named, "Kita Sonnenblume"}, {typed, ""}, {carer, ""}, {"", ""}} {
		if got := c.OwnerInstitution(tt.owner); got != tt.want {
			t.Errorf("OwnerInstitution(%q) = %q, want %q (a catalogue label is never stored)", tt.owner, got, tt.want)
		}
		if got := c.AddAction(Action{What: "x", OwnerID: tt.owner}).Institution; got != tt.want {
			t.Errorf("AddAction owned by %q: institution %q, want %q", tt.owner, got, tt.want)
		}
	}
}
