package layout

import "testing"

func TestComputeModesAtTheBreakpoints(t *testing.T) {
	cases := []struct {
		w, h int
		want Mode
	}{
		{80, 24, Full}, {300, 100, Full}, {79, 24, Compact}, {80, 23, Compact},
		{60, 20, Compact}, {59, 20, TooSmall}, {60, 19, TooSmall}, {1, 1, TooSmall}, {0, 0, TooSmall},
	}
	for _, c := range cases {
		if got := Compute(c.w, c.h).Mode; got != c.want {
			t.Errorf("%dx%d: mode %d, want %d", c.w, c.h, got, c.want)
		}
	}
}

// Every area lies inside the screen and the areas that share lines do not
// overlap, at every size from tiny to huge.
func TestComputeAreasStayOnScreen(t *testing.T) {
	for w := 0; w <= 320; w += 7 {
		for h := 0; h <= 110; h += 3 {
			l := Compute(w, h)
			for name, r := range map[string]Rect{
				"header": l.Header, "body": l.Body, "sidebar": l.Sidebar, "rule": l.SidebarRule,
				"strip": l.Strip, "main": l.Main, "footer": l.Footer,
			} {
				if r.Empty() {
					continue
				}
				if r.X < 0 || r.Y < 0 || r.X+r.W > w || r.Y+r.H > h {
					t.Fatalf("%dx%d: %s %+v leaves the screen", w, h, name, r)
				}
			}
			if l.Mode == Full && l.Sidebar.X+l.Sidebar.W > l.Main.X {
				t.Fatalf("%dx%d: sidebar %+v overlaps main %+v", w, h, l.Sidebar, l.Main)
			}
			if l.Mode != TooSmall && (l.Main.Y+l.Main.H > l.Footer.Y || l.Main.Y <= l.Header.Y) {
				t.Fatalf("%dx%d: main %+v overlaps header or footer", w, h, l.Main)
			}
		}
	}
}
