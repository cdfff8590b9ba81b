package cooperation

import (
	"strings"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/widget"
)

// maxPartners is how many partners the form offers; the next pair shows
// once the one before it names an institution.
const maxPartners = 8

// partnerFields are the inputs of one partner.
type partnerFields struct {
	institution, contact *widget.Field
}

// agreementForm adds or edits an agreement: subject, the partners with
// their contact persons, signed on, review by, status and a note.
type agreementForm struct {
	l        *List
	form     *widget.Form
	subject  *widget.Field
	partners [maxPartners]partnerFields
	signed   *widget.DateField
	review   *widget.DateField
	status   *widget.Pick
	note     *widget.TextArea
	// paths maps each input to its field name in change paths.
	paths map[widget.Input]string
}

func newAgreementForm(l *List) *agreementForm {
	tr, st := l.ctx.Msgs, l.ctx.Styles
	today := func() conference.Date { return conference.DateOf(l.ctx.Now()) }
	f := &agreementForm{l: l, paths: map[widget.Input]string{}}
	f.subject = widget.NewField(tr, st, tr.T("cooperation.col.subject"))
	f.subject.SetPlaceholder(tr.T("cooperation.field.subject.hint"))
	rows := []widget.Row{{Input: f.subject}}
	f.paths[f.subject] = "subject"
	for i := range f.partners {
		p := &f.partners[i]
		p.institution = widget.NewField(tr, st, tr.T("cooperation.field.partner", i+1))
		p.contact = widget.NewField(tr, st, tr.T("cooperation.col.contact"))
		if i == 0 {
			p.institution.SetPlaceholder(tr.T("cooperation.field.partner.hint"))
		}
		visible := func() bool { return i < 2 || f.partners[i-1].institution.Value() != "" }
		rows = append(rows, widget.Row{Input: p.institution, Visible: visible}, widget.Row{Input: p.contact, Visible: visible})
		f.paths[p.institution], f.paths[p.contact] = "partners", "partners"
	}
	f.signed = widget.NewDateField(tr, st, tr.T("cooperation.col.signed_on"), today)
	f.review = widget.NewDateField(tr, st, tr.T("cooperation.col.review_by"), today)
	f.review.SetPlaceholder(tr.T("cooperation.field.review_by.hint"))
	f.status = widget.NewPick(tr, st, tr.T("cooperation.col.status"), statusOptions(l))
	f.status.SetRows(len(conference.AgreementStatuses))
	f.note = widget.NewTextArea(tr, st, tr.T("cooperation.field.note"))
	f.note.SetRows(2)
	rows = append(rows, widget.Row{Input: f.signed}, widget.Row{Input: f.review}, widget.Row{Input: f.status}, widget.Row{Input: f.note})
	f.paths[f.signed], f.paths[f.review], f.paths[f.status], f.paths[f.note] = "signed_on", "review_by", "status", "note"
	f.form = widget.NewForm(tr, st, rows...)
	f.form.SetSubmitHelp(tr.T("cooperation.key.save"))
	return f
}

func statusOptions(l *List) []widget.Option {
	out := make([]widget.Option, 0, len(conference.AgreementStatuses))
	for _, s := range conference.AgreementStatuses {
		out = append(out, widget.Option{Code: s, Label: l.statusLabel(s)})
	}
	return out
}

// Form implements listform.ItemForm.
func (f *agreementForm) Form() *widget.Form { return f.form }

// Load implements listform.ItemForm. A new agreement starts as a draft.
func (f *agreementForm) Load(a *conference.CooperationAgreement) {
	if a == nil {
		a = &conference.CooperationAgreement{Status: conference.AgreementDraft}
		f.form.MarkPrefilled(f.status)
	}
	f.subject.SetValue(a.Subject)
	f.subject.SetError("")
	for i := range f.partners {
		var p conference.AgreementPartner
		if i < len(a.Partners) {
			p = a.Partners[i]
		}
		f.partners[i].institution.SetValue(p.Institution)
		f.partners[i].contact.SetValue(p.Contact)
	}
	f.signed.SetDate(a.SignedOn)
	f.review.SetDate(a.ReviewBy)
	f.status.SetValue(a.Status)
	f.note.SetValue(a.Note)
}

// partnerList is the partners the form holds: every pair that names an
// institution or a contact, in order.
func (f *agreementForm) partnerList() []conference.AgreementPartner {
	var out []conference.AgreementPartner
	for _, p := range f.partners {
		x := conference.AgreementPartner{Institution: p.institution.Value(), Contact: p.contact.Value()}
		if x.Institution != "" || x.Contact != "" {
			out = append(out, x)
		}
	}
	return out
}

// Entry implements listform.ItemForm: an agreement needs a subject, and
// dates typed must be dates. What else it lacks (a second partner, the
// review date) is said in the list, not in the way.
func (f *agreementForm) Entry() (conference.CooperationAgreement, *listform.Problem) {
	tr := f.l.ctx.Msgs
	signed, okSigned := f.signed.Date()
	review, okReview := f.review.Date()
	a := conference.CooperationAgreement{
		Subject: f.subject.Value(), Partners: f.partnerList(), SignedOn: signed, ReviewBy: review,
		Status: f.status.Value(), Note: strings.TrimSpace(f.note.Value()),
	}
	switch {
	case a.Subject == "":
		return a, &listform.Problem{Input: f.subject, Text: tr.T("cooperation.problem.subject_missing")}
	case !okSigned:
		return a, &listform.Problem{Input: f.signed, Text: tr.T("cooperation.date_invalid")}
	case !okReview:
		return a, &listform.Problem{Input: f.review, Text: tr.T("cooperation.date_invalid")}
	}
	if a.Status == "" {
		a.Status = conference.AgreementDraft
	}
	f.subject.SetError("")
	return a, nil
}

// Add implements listform.ItemForm.
func (f *agreementForm) Add(a conference.CooperationAgreement) string { return f.l.add(a) }

// Apply implements listform.ItemForm: the value of in goes into the
// stored agreement, which is then the latest change.
func (f *agreementForm) Apply(id string, in widget.Input) (string, bool) {
	a, ok := f.l.find(id)
	if !ok {
		return "", false
	}
	switch in {
	case f.subject:
		if f.subject.Value() == "" {
			f.subject.SetError(f.l.ctx.Msgs.T("cooperation.problem.subject_missing"))
			return "", false
		}
		f.subject.SetError("")
		a.Subject = f.subject.Value()
	case f.signed, f.review:
		d, ok := in.(*widget.DateField).Date()
		if !ok {
			return "", false
		}
		if in == f.signed {
			a.SignedOn = d
		} else {
			a.ReviewBy = d
		}
	case f.status:
		if f.status.Value() == "" {
			return "", false
		}
		a.Status = f.status.Value()
	case f.note:
		a.Note = strings.TrimSpace(f.note.Value())
	default:
		a.Partners = f.partnerList()
	}
	f.l.put(a)
	return f.paths[in], true
}
