package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/i18n"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// cet is a fixed zone so the golden files do not depend on the machine.
var cet = time.FixedZone("CET", 3600)

// sampleDay is the day of the sample conference in the golden files.
var sampleDay = time.Date(2026, 11, 23, 8, 0, 0, 0, cet)

// exportedAt is the export time in the golden files' footer.
var exportedAt = time.Date(2026, 11, 23, 11, 5, 0, 0, cet)

// goldenCases are the sample conference in both languages and every
// variant; the tasks extract is for the Kita.
var goldenCases = []struct {
	name string
	opt  Options
}{
	{"full_de", Options{Lang: i18n.DE, Variant: VariantFull}},
	{"full_en", Options{Lang: i18n.EN, Variant: VariantFull}},
	{"pseudonymised_de", Options{Lang: i18n.DE, Variant: VariantPseudonymised}},
	{"pseudonymised_en", Options{Lang: i18n.EN, Variant: VariantPseudonymised}},
	{"tasks_de", Options{Lang: i18n.DE, Variant: VariantTasks, For: "kita"}},
	{"tasks_en", Options{Lang: i18n.EN, Variant: VariantTasks, For: "kita"}},
}

func TestGoldenMinutesOfTheSampleConference(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			opt := tc.opt
			opt.ExportedAt = exportedAt
			got := Markdown(demo.Sample(string(opt.Lang), sampleDay), opt)
			matchGolden(t, tc.name, got)
			for _, broken := range []string{"!export.", "!validation.", "%!", "!catalogue."} {
				if bytes.Contains(got, []byte(broken)) {
					t.Errorf("%s: a message is missing or malformed (%s)", tc.name, broken)
				}
			}
			if shape := parseShape(t, got); shape.kinds["Table"] == 0 {
				t.Errorf("no table in %s", tc.name)
			}
		})
	}
}

// matchGolden compares got with testdata/<name>.golden.md (-update
// writes it first).
func matchGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden.md")
	if *update {
		if err := os.WriteFile(path, got, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/export -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (go test ./internal/export -update rewrites it):\n%s", path, firstDifference(got, want))
	}
}

// firstDifference shows the first line where got and want differ.
func firstDifference(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + itoa(i+1) + ":\n got  " + gl + "\n want " + wl
		}
	}
	return "(no line differs)"
}

// TestSameConferenceSameBytes pins determinism: two exports at different
// times differ only in the export-time line, and a conference that went
// through JSON (as in the store and the archive) exports identically.
func TestSameConferenceSameBytes(t *testing.T) {
	for _, tc := range goldenCases {
		c := demo.Sample(string(tc.opt.Lang), sampleDay)
		a, b := tc.opt, tc.opt
		a.ExportedAt = exportedAt
		b.ExportedAt = exportedAt.Add(49*time.Hour + 17*time.Minute)
		first, second := Markdown(c, a), Markdown(c.Clone(), b)
		fl, sl := strings.Split(string(first), "\n"), strings.Split(string(second), "\n")
		if len(fl) != len(sl) {
			t.Fatalf("%s: %d lines, then %d", tc.name, len(fl), len(sl))
		}
		var differing []int
		for i := range fl {
			if fl[i] != sl[i] {
				differing = append(differing, i)
			}
		}
		if len(differing) != 1 || !strings.Contains(fl[differing[0]], "11:05") {
			t.Errorf("%s: lines %v differ, want only the export-time line", tc.name, differing)
		}
	}
}

// TestFooterHashCoversTheBody checks what the footer promises: the hash is
// the SHA-256 of everything above the footer, so a reader can verify a
// copy in the case file.
func TestFooterHashCoversTheBody(t *testing.T) {
	c := demo.Sample("de", sampleDay)
	opt := Options{Lang: i18n.DE, ExportedAt: exportedAt}
	out := string(Markdown(c, opt))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	// The footer is the last five lines: blank, rule, blank, time, hash.
	body := strings.Join(lines[:len(lines)-5], "\n") + "\n"
	if lines[len(lines)-4] != "---" {
		t.Fatalf("footer rule not where expected: %q", lines[len(lines)-4])
	}
	if want := Hash([]byte(body)); !strings.HasSuffix(lines[len(lines)-1], want) {
		t.Errorf("footer %q does not end in the body's hash %s", lines[len(lines)-1], want)
	}
}

func TestFileNameIsStableAndHasNoPersonalName(t *testing.T) {
	c := demo.Sample("de", sampleDay)
	if got, want := FileName(c, VariantFull), "2026-11-23_K-2026-117.md"; got != want {
		t.Errorf("FileName = %q, want %q", got, want)
	}
	if got, want := FileName(c, VariantPseudonymised), "2026-11_demk2ra7_pseudonymised.md"; got != want {
		t.Errorf("FileName = %q, want %q", got, want)
	}
	n := conference.New("k7m2qxa9", conference.KindNetwork, sampleDay)
	n.Topic = "Runder Tisch: Kinderschutz & Schule / Übergänge"
	if got, want := FileName(n, ""), "2026-11-23_Runder-Tisch-Kinderschutz-Schule-Uebergaenge.md"; got != want {
		t.Errorf("FileName = %q, want %q", got, want)
	}
	n.Topic = "../../etc/passwd"
	if got := FileName(n, ""); strings.ContainsAny(got, `/\`) || strings.Contains(got, "..") {
		t.Errorf("FileName = %q leaves the folder", got)
	}
	n.Topic = ""
	if got, want := FileName(n, ""), "2026-11-23_k7m2qxa9.md"; got != want {
		t.Errorf("FileName without title = %q, want %q", got, want)
	}
}

// TestGoldenMinutesOfTheFiledCase pins the minutes of the second sample
// (demo.Filing), which shows what an office files: siblings with a result
// each, two parents with different custody, the police at the table
// without a legal basis, actions of the family and the young person, a
// dissent on an action resolved by escalation, a phase only passed
// through, corrected times and released minutes; full and pseudonymised,
// German and English.
func TestGoldenMinutesOfTheFiledCase(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  Options
	}{
		{"filing_full_de", Options{Lang: i18n.DE, Variant: VariantFull}},
		{"filing_full_en", Options{Lang: i18n.EN, Variant: VariantFull}},
		{"filing_pseudonymised_de", Options{Lang: i18n.DE, Variant: VariantPseudonymised}},
		{"filing_pseudonymised_en", Options{Lang: i18n.EN, Variant: VariantPseudonymised}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opt := tc.opt
			opt.ExportedAt = exportedAt
			got := Markdown(demo.Filing(string(opt.Lang), sampleDay), opt)
			path := filepath.Join("testdata", tc.name+".golden.md")
			if *update {
				if err := os.WriteFile(path, got, 0o600); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/export -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("minutes differ from %s (go test ./internal/export -update rewrites it):\n%s", path, firstDifference(got, want))
			}
		})
	}
}
