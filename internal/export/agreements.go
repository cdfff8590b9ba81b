package export

import (
	"bytes"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// AgreementsOptions choose the language of the register's export and the
// day it is read on (what is due), and the export time for the footer.
type AgreementsOptions struct {
	Lang i18n.Lang
	// Today decides which reviews are due; it is part of the body ("as
	// of"), so the same register read on another day hashes differently.
	Today conference.Date
	// ExportedAt is stamped into the footer only.
	ExportedAt time.Time
}

// Agreements returns the register of cooperation agreements as Markdown:
// a table of all of them (reviews due first), then each agreement with
// its partners and contact persons, its note and its reviews; a footer
// with the export time and the SHA-256 of the body, as the minutes have.
// User text is escaped as in the minutes.
func Agreements(list []conference.CooperationAgreement, opt AgreementsOptions) []byte {
	body := AgreementsBody(list, opt)
	return append(body, AgreementsFooter(Hash(body), opt)...)
}

// AgreementsFooter is the footer of the register's export: the rule, the
// export time and the hash of the body.
func AgreementsFooter(hash string, opt AgreementsOptions) []byte {
	return footer(hash, Options{Lang: opt.Lang, ExportedAt: opt.ExportedAt}, "cooperation.footer.hash")
}

// AgreementsBody is Agreements without the footer.
func AgreementsBody(list []conference.CooperationAgreement, opt AgreementsOptions) []byte {
	t := i18n.New(opt.Lang)
	d := &doc{t: t, lang: string(t.Lang()), variant: VariantFull}
	d.register(list, opt.Today)
	return finish(d.out)
}

// finish ends a body in exactly one newline (every block ends in a
// blank line).
func finish(out []byte) []byte { return append(bytes.TrimRight(out, "\n"), '\n') }

// register writes the register: title, as-of line, overview, details.
func (d *doc) register(list []conference.CooperationAgreement, today conference.Date) {
	d.heading(1, d.tr("cooperation.export.title"))
	due := 0
	for _, a := range list {
		if a.ReviewDue(today) {
			due++
		}
	}
	d.para(d.esc(joinNonEmpty(" · ",
		d.t.T("cooperation.export.as_of", d.date(today)),
		d.t.N("cooperation.export.count", len(list), len(list)),
		d.t.T("cooperation.export.due_count", due))))
	if len(list) == 0 {
		d.para(d.tr("cooperation.export.none"))
		return
	}
	rows := make([][]md, 0, len(list))
	for i, a := range list {
		rows = append(rows, []md{
			d.cell(itoa(i + 1)), d.cell(a.Subject), d.cell(a.PartnerNames()), d.cell(d.date(a.SignedOn)),
			d.cell(d.reviewBy(a, today)), d.cell(d.agreementStatus(a.Status)),
		})
	}
	d.table(d.headers("export.col.number", "cooperation.col.subject", "cooperation.col.partners",
		"cooperation.col.signed_on", "cooperation.col.review_by", "cooperation.col.status"), rows)
	for i, a := range list {
		d.agreement(i+1, a, today)
	}
}

// agreement writes one agreement in detail.
func (d *doc) agreement(n int, a conference.CooperationAgreement, today conference.Date) {
	subject := a.Subject
	if !present(subject) {
		subject = d.t.T("cooperation.untitled")
	}
	d.heading(2, d.esc(d.t.T("cooperation.export.heading", n, subject)))
	d.fields(
		d.f("cooperation.col.status", d.agreementStatus(a.Status)),
		d.f("cooperation.col.signed_on", d.date(a.SignedOn)),
		d.f("cooperation.col.review_by", d.reviewBy(a, today)),
	)
	if len(a.Partners) > 0 {
		rows := make([][]md, 0, len(a.Partners))
		for _, p := range a.Partners {
			rows = append(rows, []md{d.cell(p.Institution), d.cell(p.Contact)})
		}
		d.table(d.headers("cooperation.col.partner", "cooperation.col.contact"), rows)
	}
	if present(a.Note) {
		d.fields(d.fb("cooperation.field.note", a.Note))
	}
	if len(a.Reviews) == 0 {
		return
	}
	d.heading(3, d.tr("cooperation.export.reviews"))
	for _, r := range a.Reviews {
		d.write("- ", d.esc(d.reviewLine(r)))
		if present(r.Note) {
			d.write(" — ", d.item(r.Note))
		}
		d.write("\n")
	}
	d.write("\n")
}

// reviewBy is the review date, with how long it is overdue when it is.
func (d *doc) reviewBy(a conference.CooperationAgreement, today conference.Date) string {
	when := d.date(a.ReviewBy)
	if days := a.DaysOverdue(today); a.ReviewDue(today) && days > 0 {
		return d.t.N("cooperation.overdue", days, when, days)
	} else if a.ReviewDue(today) {
		return d.t.T("cooperation.due_today", when)
	}
	return when
}

// reviewLine says when and where an agreement was reviewed, with what
// outcome and until when.
func (d *doc) reviewLine(r conference.AgreementReview) string {
	return joinNonEmpty(": ",
		joinNonEmpty(", ", d.date(r.On), r.Meeting),
		joinNonEmpty("; ", d.code("cooperation.outcome.", r.Outcome), d.tagged("cooperation.review.until", d.date(r.ReviewBy))))
}

// agreementStatus names an agreement's status.
func (d *doc) agreementStatus(status string) string { return d.code("cooperation.status.", status) }
