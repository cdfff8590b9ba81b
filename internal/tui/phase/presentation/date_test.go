package presentation

import (
	"errors"
	"testing"

	"kofa/internal/conference"
)

func TestParseChronoDate(t *testing.T) {
	today := conference.Date{Year: 2026, Month: 11, Day: 22}
	tests := []struct {
		in      string
		date    conference.Date
		free    string
		invalid bool
	}{
		{in: "", date: conference.Date{}},
		{in: "1.3.2025", date: conference.Date{Year: 2025, Month: 3, Day: 1}},
		{in: "2025-03-01", date: conference.Date{Year: 2025, Month: 3, Day: 1}},
		{in: " 12.11. ", date: conference.Date{Year: 2026, Month: 11, Day: 12}},
		{in: "heute", date: today},
		{in: "Sommer 2025", free: "Sommer 2025"},
		{in: "ca. März 2024", free: "ca. März 2024"},
		{in: "2019", free: "2019"},
		{in: "03/2025", free: "03/2025"},
		{in: "3.2025", free: "3.2025"},
		{in: "2025-03", free: "2025-03"},
		{in: "31.02.2025", invalid: true},
		{in: "1.13.", invalid: true},
		{in: "1.12.20266", invalid: true},
		{in: "12.12.1850", invalid: true},
		{in: "+99999999", invalid: true},
	}
	for _, tt := range tests {
		d, free, err := parseChronoDate(tt.in, today)
		if (err != nil) != tt.invalid {
			t.Errorf("%q: err = %v, want invalid %v", tt.in, err, tt.invalid)
			continue
		}
		if d != tt.date || free != tt.free {
			t.Errorf("%q = %v %q, want %v %q", tt.in, d, free, tt.date, tt.free)
		}
	}
}

func TestParseChronoDateReasons(t *testing.T) {
	today := conference.Date{Year: 2026, Month: 11, Day: 22}
	_, _, err := parseChronoDate("31.02.2025", today)
	var de *conference.DateError
	if !errors.As(err, &de) || de.Reason != conference.DateImpossible {
		t.Errorf("31.02.2025: %v, want an impossible day", err)
	}
	if _, _, err := parseChronoDate("1.12.20266", today); !errors.Is(err, errNotADate) {
		t.Errorf("1.12.20266: %v, want errNotADate", err)
	}
}
