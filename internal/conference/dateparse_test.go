package conference

import (
	"errors"
	"testing"
	"time"
)

var parseToday = Date{Year: 2026, Month: time.March, Day: 15}

func TestParseDateAcceptsWhatFacilitatorsType(t *testing.T) {
	tests := []struct {
		in   string
		want Date
	}{
		{"2026-12-01", Date{2026, time.December, 1}},
		{"2026-12-1", Date{2026, time.December, 1}},
		{"1.12.2026", Date{2026, time.December, 1}},
		{"01.12.2026", Date{2026, time.December, 1}},
		{"1. 12. 2026", Date{2026, time.December, 1}},
		{"1.12.26", Date{2026, time.December, 1}},
		{"29.2.28", Date{2028, time.February, 29}},
		{"1.12.", Date{2026, time.December, 1}},
		{"1.12", Date{2026, time.December, 1}},
		{"1.1.", Date{2026, time.January, 1}}, // already past: still this year
		{"+14d", Date{2026, time.March, 29}},
		{"+14t", Date{2026, time.March, 29}},
		{"+14D", Date{2026, time.March, 29}},
		{"+ 14 d", Date{2026, time.March, 29}},
		{"+3", Date{2026, time.March, 18}},
		{"+0", parseToday},
		{"+20d", Date{2026, time.April, 4}},
		{"+2w", Date{2026, time.March, 29}},
		{"+1m", Date{2026, time.April, 15}},
		{"+10m", Date{2027, time.January, 15}},
		{"heute", parseToday},
		{"Heute", parseToday},
		{"today", parseToday},
		{"morgen", Date{2026, time.March, 16}},
		{"TOMORROW", Date{2026, time.March, 16}},
		{"  1.12.2026\t\n", Date{2026, time.December, 1}},
		{"\u00A0heute ", parseToday},
		{"1.1.1900", Date{1900, time.January, 1}},
		{"31.12.2200", Date{2200, time.December, 31}},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in, parseToday)
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseDateRelativeMonthStaysInShorterMonth(t *testing.T) {
	tests := []struct {
		today, want Date
	}{
		{Date{2026, time.January, 31}, Date{2026, time.February, 28}},
		{Date{2028, time.January, 31}, Date{2028, time.February, 29}},
		{Date{2026, time.December, 15}, Date{2027, time.January, 15}},
	}
	for _, tt := range tests {
		got, err := ParseDate("+1m", tt.today)
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(+1m) from %v = %v, %v; want %v", tt.today, got, err, tt.want)
		}
	}
}

func TestParseDateMorgenCrossesYear(t *testing.T) {
	got, err := ParseDate("morgen", Date{2026, time.December, 31})
	if want := (Date{2027, time.January, 1}); err != nil || got != want {
		t.Errorf("ParseDate(morgen) on New Year's Eve = %v, %v; want %v", got, err, want)
	}
}

func TestParseDateRejects(t *testing.T) {
	tests := []struct {
		in   string
		want DateErrorReason
	}{
		{"", DateInvalidFormat},
		{"   ", DateInvalidFormat},
		{"übermorgen", DateInvalidFormat},
		{"1/12/2026", DateInvalidFormat},
		{"12-01-2026", DateInvalidFormat},
		{"1.12.202", DateInvalidFormat},
		{"1.12.2026.", DateInvalidFormat},
		{"1.12.20266", DateInvalidFormat},
		{"2026-12-01x", DateInvalidFormat},
		{"+", DateInvalidFormat},
		{"+2j", DateInvalidFormat},
		{"-3d", DateInvalidFormat},
		{"+1.5m", DateInvalidFormat},
		{"１.１２.２０２６", DateInvalidFormat}, // full-width digits
		{"31.2.2026", DateImpossible},
		{"29.2.2026", DateImpossible},
		{"0.1.2026", DateImpossible},
		{"1.13.2026", DateImpossible},
		{"1.0.2026", DateImpossible},
		{"2026-13-01", DateImpossible},
		{"2026-04-31", DateImpossible},
		{"31.12.1899", DateOutOfRange},
		{"1.1.2201", DateOutOfRange},
		{"0000-01-01", DateOutOfRange},
		{"31.2.1800", DateOutOfRange},
		{"+99999d", DateOutOfRange},
		{"+3000m", DateOutOfRange},
		{"+99999999999999999999999d", DateOutOfRange},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in, parseToday)
		var de *DateError
		if !errors.As(err, &de) {
			t.Errorf("ParseDate(%q) = %v, %v; want a *DateError", tt.in, got, err)
			continue
		}
		if de.Reason != tt.want || de.Input != tt.in || !got.IsZero() {
			t.Errorf("ParseDate(%q) = %v, %+v; want zero date, reason %v", tt.in, got, de, tt.want)
		}
	}
}

func TestDateErrorReasonKeys(t *testing.T) {
	want := map[DateErrorReason]string{
		DateInvalidFormat: "date.invalid_format",
		DateImpossible:    "date.impossible",
		DateOutOfRange:    "date.out_of_range",
	}
	for r, key := range want {
		if r.Key() != key {
			t.Errorf("%v.Key() = %q, want %q", r, r.Key(), key)
		}
	}
}

func TestDateErrorMessageLeavesInputOut(t *testing.T) {
	_, err := ParseDate("Termin mit Frau Müller", parseToday)
	if err == nil {
		t.Fatal("ParseDate accepted free text")
	}
	if msg := err.Error(); msg != "conference: cannot parse date: invalid format" {
		t.Errorf("Error() = %q, want a message without the input", msg)
	}
}

func TestFormatDate(t *testing.T) {
	d := Date{2026, time.December, 1}
	tests := []struct {
		d          Date
		lang, want string
	}{
		{d, "de", "01.12.2026"},
		{d, "en", "2026-12-01"},
		{d, "en-GB", "2026-12-01"},
		{d, "", "01.12.2026"},
		{Date{}, "de", ""},
		{Date{}, "en", ""},
	}
	for _, tt := range tests {
		if got := FormatDate(tt.d, tt.lang); got != tt.want {
			t.Errorf("FormatDate(%v, %q) = %q, want %q", tt.d, tt.lang, got, tt.want)
		}
	}
}

func TestFormatDateParsesBack(t *testing.T) {
	d := Date{2031, time.July, 9}
	for _, lang := range []string{"de", "en"} {
		got, err := ParseDate(FormatDate(d, lang), parseToday)
		if err != nil || got != d {
			t.Errorf("ParseDate(FormatDate(%v, %s)) = %v, %v", d, lang, got, err)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2026-12-01", "1.12.2026", "01.12.2026", "1.12.26", "1.12.", "1.12",
		"+14d", "+2w", "+1m", "+3", "heute", "today", "morgen", "tomorrow",
		"31.2.2026", "0.1.2026", "1.13.2026", "+999999m", " 1. 12. 26 ", "29.2.",
	} {
		f.Add(s, 2026, 3, 15)
	}
	f.Add("+1m", 2028, 1, 31)
	f.Add("morgen", 2200, 12, 31)
	f.Fuzz(func(t *testing.T, in string, year, month, day int) {
		today := Date{Year: year, Month: time.Month(month), Day: day}
		if checkDate(today) != 0 {
			t.Skip() // today comes from the clock: always a real day
		}
		d, err := ParseDate(in, today)
		if err != nil {
			var de *DateError
			if !errors.As(err, &de) || de.Input != in || de.Reason.Key() == "" {
				t.Fatalf("ParseDate(%q) error %v is not a proper *DateError", in, err)
			}
			return
		}
		if d.Year < 1900 || d.Year > 2200 {
			t.Fatalf("ParseDate(%q) = %v, outside the accepted years", in, d)
		}
		if DateOf(d.Time(time.UTC)) != d {
			t.Fatalf("ParseDate(%q) = %#v is not a calendar day", in, d)
		}
		var back Date
		if err := back.UnmarshalText([]byte(d.String())); err != nil || back != d {
			t.Fatalf("ParseDate(%q) = %v does not round-trip: %v, %v", in, d, back, err)
		}
	})
}
