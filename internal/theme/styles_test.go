package theme

import (
	"image/color"
	"reflect"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

// eachStyle calls fn with every lipgloss.Style field of s and its name.
func eachStyle(s Styles, fn func(name string, st lipgloss.Style)) {
	v := reflect.ValueOf(s)
	for i := range v.NumField() {
		if !v.Type().Field(i).IsExported() {
			continue // the version
		}
		if st, ok := v.Field(i).Interface().(lipgloss.Style); ok {
			fn(v.Type().Field(i).Name, st)
		}
	}
}

// hasColorSGR reports whether rendered text sets a foreground, background
// or underline colour.
func hasColorSGR(s string) bool {
	return strings.Contains(s, "38;") || strings.Contains(s, "48;") || strings.Contains(s, "58;")
}

func TestMonochromeRendersNoColour(t *testing.T) {
	th, err := Load("monochrome", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, dark := range []bool{true, false} {
		s := th.Styles(dark)
		eachStyle(s, func(name string, st lipgloss.Style) {
			if out := st.Render("Wiedervorlage"); hasColorSGR(out) {
				t.Errorf("dark=%v %s renders colour: %q", dark, name, out)
			}
		})
		if s.Background != nil || s.Foreground != nil {
			t.Errorf("dark=%v: monochrome wants to paint the terminal", dark)
		}
	}
}

// TestMonochromeStillShowsMeaning: without colour, selection, errors, the
// failed save and the overrun timer must look different from plain text
// and from each other where they can appear side by side.
func TestMonochromeStillShowsMeaning(t *testing.T) {
	s := Default(true).Styles(true)
	plain := s.App.Render("x")
	seen := map[string]string{}
	for name, st := range map[string]lipgloss.Style{
		"Selected": s.Selected, "Error": s.Error, "SaveFail": s.SaveFail,
		"TimerOver": s.TimerOver, "Highlight": s.Highlight, "Title": s.Title,
	} {
		out := st.Render("x")
		if out == plain {
			t.Errorf("%s looks like plain text", name)
		}
		if name == "Title" || name == "SaveFail" || name == "Selected" {
			continue // these may share an attribute set with others
		}
		if other, dup := seen[out]; dup {
			t.Errorf("%s looks the same as %s", name, other)
		}
		seen[out] = name
	}
	if s.Selected.Render("x") == s.Error.Render("x") {
		t.Error("Selected looks the same as Error")
	}
	if !s.Selected.GetReverse() || !s.SaveFail.GetReverse() {
		t.Error("selection and failed save should be reversed without colour")
	}
	unfocused, _, _, _, _ := s.Border.GetBorder()
	focused, _, _, _, _ := s.BorderFocused.GetBorder()
	if unfocused == focused {
		t.Error("focused and unfocused panels share a border shape")
	}
}

func TestColourThemesRenderColour(t *testing.T) {
	for _, name := range []string{"default", "light", "high-contrast"} {
		th, err := Load(name, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, dark := range []bool{true, false} {
			s := th.Styles(dark)
			if out := s.Error.Render("Fehler"); !hasColorSGR(out) {
				t.Errorf("%s dark=%v: Error has no colour: %q", name, dark, out)
			}
			if out := s.Selected.Render("Zeile"); !strings.Contains(out, "48;") {
				t.Errorf("%s dark=%v: Selected has no background: %q", name, dark, out)
			}
		}
	}
}

func TestStylesFollowTerminalBackground(t *testing.T) {
	th := Default(false)
	if th.Styles(true).App.Render("x") == th.Styles(false).App.Render("x") {
		t.Error("default theme renders text the same on dark and light terminals")
	}
}

func TestOnlyFixedThemesPaintTheTerminal(t *testing.T) {
	for _, name := range Names() {
		th, _ := Load(name, "")
		s := th.Styles(true)
		paints := s.Background != nil
		if want := name == "light"; paints != want {
			t.Errorf("%s: paints background = %v, want %v", name, paints, want)
		}
		if paints && (s.Foreground == nil || sameColor(s.Background, s.Foreground)) {
			t.Errorf("%s: paints background without a readable foreground", name)
		}
	}
}

func sameColor(a, b color.Color) bool {
	ar, ag, ab, _ := a.RGBA()
	br, bg, bb, _ := b.RGBA()
	return ar == br && ag == bg && ab == bb
}

func BenchmarkStyles(b *testing.B) {
	th := Default(false)
	for b.Loop() {
		_ = th.Styles(true)
	}
}

// TestRebuiltStylesHaveANewVersion: what is drawn is cached by the styles'
// version, so a rebuild (the terminal's background arrived) must change it.
func TestRebuiltStylesHaveANewVersion(t *testing.T) {
	th := Default(false)
	dark, light := th.Styles(true), th.Styles(false)
	again := th.Styles(true)
	if dark.Version() == 0 || dark.Version() == light.Version() || dark.Version() == again.Version() {
		t.Errorf("versions %d, %d, %d: want each build its own, none 0", dark.Version(), light.Version(), again.Version())
	}
}
