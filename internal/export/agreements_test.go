package export

import (
	"bytes"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// register is a register of three agreements on the golden files' day:
// one overdue and reviewed twice (once in a meeting), one in force, one
// ended; user text with Markdown in it.
func register() []conference.CooperationAgreement {
	day := conference.DateOf(sampleDay)
	list := []conference.CooperationAgreement{
		{
			ID: "k2v8m4qa", Subject: "Meldewege nach § 8a Abs. 4 SGB VIII",
			Partners: []conference.AgreementPartner{
				{Institution: "Jugendamt Nord", Contact: "Petra Albers"},
				{Institution: "Kita Sonnenblume", Contact: "Aylin Demir"},
				{Institution: "Kita *Regenbogen*", Contact: "Jonas | Weber"},
			},
			SignedOn: day.AddDays(-800), ReviewBy: day.AddDays(-12), Status: conference.AgreementInForce,
			Note: "Meldebogen in der Fassung von 2025\n# keine Überschrift",
			Reviews: []conference.AgreementReview{
				{On: day.AddDays(-420), In: "n1a2b3c4", Meeting: "Runder Tisch Kinderschutz Nord", Outcome: conference.ReviewRevise,
					ReviewBy: day.AddDays(-300), Note: "Ansprechpersonen fehlen"},
				{On: day.AddDays(-300), Outcome: conference.ReviewConfirmed, ReviewBy: day.AddDays(-12)},
			},
		},
		{
			ID: "p7x3m9qb", Subject: "Zusammenarbeit Polizei und Jugendamt bei häuslicher Gewalt",
			Partners: []conference.AgreementPartner{
				{Institution: "Polizeiinspektion Nord", Contact: "Markus Brandt"},
				{Institution: "Jugendamt Nord", Contact: "Petra Albers"},
			},
			SignedOn: day.AddDays(-100), ReviewBy: day.AddDays(265), Status: conference.AgreementInForce,
		},
		{
			ID: "e4k8n2ra", Subject: "Frühe Hilfen – Lotsendienst Geburtsklinik",
			Partners: []conference.AgreementPartner{
				{Institution: "Klinikum Nord"}, {Institution: "Netzwerk Frühe Hilfen", Contact: "Sara Yilmaz"},
			},
			SignedOn: day.AddDays(-1500), Status: conference.AgreementEnded,
		},
	}
	return list
}

func TestGoldenAgreementsExport(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			got := Agreements(register(), AgreementsOptions{Lang: lang, Today: conference.DateOf(sampleDay), ExportedAt: exportedAt})
			matchGolden(t, "agreements_"+string(lang), got)
			for _, broken := range []string{"!cooperation.", "!export.", "%!"} {
				if bytes.Contains(got, []byte(broken)) {
					t.Errorf("a message is missing or malformed (%s)", broken)
				}
			}
		})
	}
}

// TestTheAgreementsExportKeepsItsShape parses the export with goldmark:
// an overview table of every agreement, a partner table for each, the
// user's markup kept as text, and the footer's hash that of the body.
func TestTheAgreementsExportKeepsItsShape(t *testing.T) {
	t.Parallel()
	list := register()
	got := Agreements(list, AgreementsOptions{Lang: i18n.DE, Today: conference.DateOf(sampleDay), ExportedAt: exportedAt})
	s := parseShape(t, got)
	if want := []string{"4 rows: 6,6,6,6", "4 rows: 2,2,2,2", "3 rows: 2,2,2", "3 rows: 2,2,2"}; strings.Join(s.tables, ";") != strings.Join(want, ";") {
		t.Errorf("tables %v, want %v", s.tables, want)
	}
	// Bold is the labels' only: 3 + 1 (the note), 3, 2.
	if s.kinds["Heading"] != 1+3+1 || s.kinds["Emphasis"] != 9 || s.kinds["ThematicBreak"] != 1 {
		t.Errorf("shape %v: want a title, three agreements, one list of reviews, the labels' bold only, the footer's rule", s)
	}
	body := AgreementsBody(list, AgreementsOptions{Lang: i18n.DE, Today: conference.DateOf(sampleDay)})
	if !bytes.Contains(got, []byte(Hash(body))) {
		t.Error("the footer does not carry the hash of the body")
	}
	if !bytes.Contains(body, []byte("seit 12 Tagen fällig")) || !bytes.Contains(body, []byte("1 zur Überprüfung fällig")) {
		t.Errorf("the overdue review is not marked:\n%s", body)
	}
	empty := Agreements(nil, AgreementsOptions{Lang: i18n.EN, Today: conference.DateOf(sampleDay)})
	if !bytes.Contains(empty, []byte("No cooperation agreement recorded yet.")) {
		t.Errorf("empty register:\n%s", empty)
	}
}
