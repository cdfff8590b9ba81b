package export

import (
	"bytes"
	"strings"

	"kofa/internal/conference"
	"kofa/internal/sanitize"
)

// VariantHandover is the handover document (`kofa export ID --variant
// handover`): not the minutes of one meeting but what travels with a case
// to whoever takes it on, built from every conference of the case.
const VariantHandover = "handover"

// ValidExport reports whether v names something `kofa export` writes: a
// variant of the minutes or the handover document.
func ValidExport(v string) bool { return ValidVariant(v) || v == VariantHandover }

// HandoverBody returns the handover document of handover h without the
// footer: what is handed over and to whom; the case's history across all
// its conferences in history (dates, results, dissent); every open action
// with who takes it on; the current result and the crisis and protection
// plan; how the family and the child took part in each conference and what
// the family was told; the contacts; and the receipt. The same handover
// and history always give the same bytes. Conferences in history that
// belong to another case are left out.
func HandoverBody(h *conference.Conference, history []*conference.Conference, opt Options) []byte {
	opt.Variant = VariantFull
	d := newDoc(h, opt)
	cases := conference.CaseConferences(history, h.CaseCode)
	d.heading(1, d.esc(d.t.T("handover.doc.title", d.titleText())))
	d.confidentiality()
	d.handoverFrame()
	d.handoverWhat()
	d.caseHistory(h, cases)
	d.takeovers()
	d.currentRisk(h, cases)
	d.protectionPlan()
	d.participation(h, cases)
	d.familyTold(h, cases)
	d.contacts()
	d.receipt()
	// As Body: the document ends in exactly one newline.
	return append(bytes.TrimRight(d.out, "\n"), '\n')
}

// handoverMinutes are the minutes of a handover meeting: its frame, those
// present, the phases of the handover, the distribution and the course.
func (d *doc) handoverMinutes() {
	d.title()
	d.confidentiality()
	d.header()
	d.handoverFrame()
	d.participants()
	d.handoverWhat()
	d.handoverViews()
	d.takeovers()
	d.protectionPlan()
	d.contacts()
	d.receipt()
	d.distribution()
	d.gaps()
	d.phases()
	d.release()
}

func (d *doc) handover() *conference.Handover {
	if d.c.Handover == nil {
		return &conference.Handover{}
	}
	return d.c.Handover
}

// handoverFrame writes to whom, on which route, how, with whom, from
// which conference.
func (d *doc) handoverFrame() {
	h := d.handover()
	mode := d.code("handover.mode.", h.Mode)
	if present(mode) && !d.c.Date.IsZero() {
		mode = d.t.T("handover.doc.on_mode", d.date(d.c.Date), mode)
	} else if !d.c.Date.IsZero() {
		mode = d.date(d.c.Date)
	}
	from := ""
	if h.From != "" {
		key, on := d.onDate("handover.doc.from_conference", "handover.doc.from_conference.rel", h.FromDate)
		from = d.t.T(key, on)
	}
	d.heading(2, d.tr("handover.doc.section.handover"))
	d.fields(
		d.f("export.header.case_code", d.caseCode()),
		d.f("handover.doc.field.to", joinNonEmpty(", ", d.scrub(h.To), d.label(d.cat.Institutions, h.ToType))),
		d.f("handover.doc.field.route", d.code("handover.route.", h.Route)),
		d.f("handover.doc.field.receiver", d.outsider(h.Receiver, "handover.doc.pseudonym.receiver")),
		d.f("handover.doc.field.when", mode),
		d.f("handover.doc.field.family", d.label(d.cat.FamilyParticipation, d.c.Family.Mode)),
		d.f("handover.doc.field.from", from),
		d.f("handover.doc.field.receipt", d.receiptLine()),
	)
}

// receiptLine says whether and by whom the receipt was confirmed.
func (d *doc) receiptLine() string {
	r := d.handover().Receipt
	if !r.Given() {
		return d.t.T("handover.doc.receipt_pending")
	}
	key, on := d.onDate("handover.doc.receipt_given", "handover.doc.receipt_given.rel", r.On)
	return d.t.T(key, d.outsider(r.By, "handover.doc.pseudonym.by_receiver"), on)
}

// handoverWhat writes what is handed over.
func (d *doc) handoverWhat() {
	what := d.scrub(d.handover().What)
	if !present(what) {
		return
	}
	d.heading(2, d.tr("handover.doc.section.what"))
	d.para(d.block(what, ""))
}

// caseHistory writes the conferences of the case, oldest first: date,
// kind, result of the risk assessment, forms of harm, actions agreed and
// dissent; then each dissent with who held it and how it was resolved.
func (d *doc) caseHistory(h *conference.Conference, cases []*conference.Conference) {
	d.heading(2, d.tr("handover.doc.section.history"))
	var rows [][]md
	var dissent []*conference.Conference
	for _, x := range cases {
		if x.ID == h.ID {
			continue
		}
		kind := d.code("export.kind.", string(x.Kind))
		if x.FollowUpOf != "" {
			kind = joinNonEmpty(", ", kind, d.t.T("exportstatus.kind_follow_up"))
		}
		result := d.label(d.cat.Categories, x.Assessment.Category)
		if x.Kind == conference.KindHandover && x.Handover != nil {
			result = d.t.T("handover.doc.history.handed_to", d.scrub(x.Handover.To))
		}
		rows = append(rows, []md{
			d.cell(d.date(x.Date)), d.cell(kind), d.cell(d.code("export.status.", string(x.Status))), d.cell(result),
			d.cell(d.labels(d.cat.HarmForms, x.Assessment.HarmForms)), d.cell(itoa(len(x.Actions))),
			d.cell(itoa(len(x.Assessment.Dissent))),
		})
		if len(x.Assessment.Dissent) > 0 {
			dissent = append(dissent, x)
		}
	}
	if len(rows) == 0 {
		d.para(d.tr("handover.doc.history.none"))
		return
	}
	d.table(d.headers("export.col.date", "handover.doc.col.kind", "export.col.state", "handover.doc.col.result",
		"export.field.harm_forms", "handover.doc.col.actions", "handover.doc.col.dissent"), rows)
	for _, x := range dissent {
		key, on := d.onDate("handover.doc.history.dissent", "handover.doc.history.dissent.rel", x.Date)
		d.heading(3, d.esc(d.t.T(key, on)))
		sub := d.sub(x)
		for _, dis := range x.Assessment.Dissent {
			who := sub.person(dis.ParticipantID)
			if n := x.ActionNumber(dis.ActionID); n > 0 {
				who = d.t.T("filing.dissent.on_action", who, n)
			}
			resolution := d.t.T("filing.resolution.open")
			if dis.Resolution != "" {
				resolution = d.code("filing.resolution.", dis.Resolution)
			}
			d.write("- **", d.esc(who), ":** ", d.item(d.scrub(dis.Reason)))
			d.write("\\\n  ", d.esc(joinNonEmpty(" – ", d.t.T("filing.dissent.resolution", resolution), strings.TrimSpace(d.scrub(dis.Note)))), "\n")
		}
		d.write("\n")
	}
}

// sub is a doc of another conference of the case, to name its people.
func (d *doc) sub(x *conference.Conference) *doc {
	return newDoc(x, Options{Lang: d.t.Lang(), Variant: d.variant, Catalogue: d.cat})
}

// takeovers writes the open actions and who takes each on.
func (d *doc) takeovers() {
	list := d.c.Takeovers()
	d.heading(2, d.tr("handover.doc.section.takeovers"))
	if len(list) == 0 {
		d.para(d.tr("handover.doc.takeovers.none"))
		return
	}
	rows := make([][]md, 0, len(list))
	for i, t := range list {
		was := joinNonEmpty(", ", d.scrub(t.PreviousOwner), d.scrub(t.PreviousInstitution))
		takes := joinNonEmpty(", ", d.outsider(t.Owner, "handover.doc.pseudonym.taker"), d.scrub(t.Institution))
		if !present(takes) {
			takes = d.t.T("handover.doc.takeover.nobody")
		}
		status := d.code("history.status.", t.Status)
		if t.Status == conference.FollowUpOpen {
			status = d.t.T("history.status.open")
		}
		rows = append(rows, []md{
			d.cell(itoa(i + 1)), d.cell(d.scrub(t.What)), d.cell(d.date(t.Due)), d.cell(status),
			d.cell(joinNonEmpty(" – ", was, d.t.T(d.onDate("handover.doc.takeover.agreed_on", "handover.doc.takeover.agreed_on.rel", t.FromDate)))),
			d.cell(takes), d.cell(d.scrub(t.Note)),
		})
	}
	d.table(d.headers("export.col.number", "export.col.what", "export.col.due", "export.col.review_status",
		"handover.doc.col.previous", "handover.doc.col.takes", "export.col.note"), rows)
}

// currentRisk writes the result of the newest conference of the case: the
// current risk the receiver takes on, with the immediate safety steps
// still in force after an acute result.
func (d *doc) currentRisk(h *conference.Conference, cases []*conference.Conference) {
	latest := conference.LatestHeld(cases, h.CaseCode)
	d.heading(2, d.tr("handover.doc.section.risk"))
	if latest == nil {
		d.para(d.tr("handover.doc.risk.none"))
		return
	}
	category := d.categoryOf(latest.Assessment.Category)
	d.fields(
		d.f("handover.doc.field.assessed_on", d.date(latest.Date)),
		d.f("export.field.category", category),
		d.f("export.field.harm_forms", d.labels(d.cat.HarmForms, latest.Assessment.HarmForms)),
		d.fb("export.field.assessment_note", d.scrub(latest.Assessment.Note)),
	)
	if steps := latest.ImmediateSafety.Steps; len(steps) > 0 {
		d.heading(3, d.tr("export.section.safety"))
		for _, s := range steps {
			d.write("- ", d.item(joinNonEmpty(" – ", d.scrub(s.What), d.scrub(s.Who), d.scrub(s.Until))), "\n")
		}
		d.write("\n")
	}
}

// protectionPlan writes the crisis and protection plan as handed over:
// an entry that belongs to an action handed over names its number.
func (d *doc) protectionPlan() {
	c := d.c
	d.heading(2, d.tr("filing.section.crisis"))
	if len(c.CrisisPlan) == 0 {
		d.para(d.tr("handover.doc.plan.none"))
		return
	}
	d.crisisTable(d.takeoverFor)
}

// takeoverFor says which action handed over an entry of the protection
// plan belongs to, by its number; "" for the plan as a whole.
func (d *doc) takeoverFor(e conference.CrisisEntry) string {
	var forTakeover string
	for j, t := range d.c.Takeovers() {
		if t.ID == e.ActionID && e.ActionID != "" {
			forTakeover = d.t.T("export.review.carried_to", j+1)
		}
	}
	return forTakeover
}

// handoverViews writes the family's and the child's view as said at the
// handover.
func (d *doc) handoverViews() {
	c := d.c
	if c.ChildView.Empty() && c.ParentsView.Empty() && !present(d.handover().FamilyTold) {
		return
	}
	d.heading(2, d.tr("handover.doc.section.views"))
	d.fields(
		d.fb("handover.doc.field.parents_view", d.viewText(c.ParentsView)),
		d.fb("handover.doc.field.child_view", d.viewText(c.ChildView)),
		d.fb("handover.doc.field.family_told", d.scrub(d.handover().FamilyTold)),
	)
}

// viewText is a view with how it was learned.
func (d *doc) viewText(v conference.View) string {
	if v.Empty() {
		if present(v.MissingReason) {
			return d.t.T("handover.doc.view.missing", d.scrub(v.MissingReason))
		}
		return ""
	}
	said := d.scrub(v.Said)
	if how := d.scrub(v.HowObtained); present(how) {
		return joinNonEmpty(" ", said, "("+sanitize.Line(how)+")")
	}
	return said
}

// participation writes how the family and the child took part in each
// conference of the case, the handover's own views last.
func (d *doc) participation(h *conference.Conference, cases []*conference.Conference) {
	d.heading(2, d.tr("handover.doc.section.participation"))
	var rows [][]md
	for _, x := range cases {
		child := d.t.T("handover.doc.view.recorded")
		if x.ChildView.Empty() {
			child = d.t.T("handover.doc.view.none")
			if present(x.ChildView.MissingReason) {
				child = d.t.T("handover.doc.view.missing", d.scrub(x.ChildView.MissingReason))
			}
		} else if how := d.scrub(x.ChildView.HowObtained); present(how) {
			child = d.t.T("handover.doc.view.recorded_how", how)
		}
		parents := d.t.T("handover.doc.view.recorded")
		if x.ParentsView.Empty() {
			parents = d.t.T("handover.doc.view.none")
		}
		rows = append(rows, []md{d.cell(d.date(x.Date)), d.cell(d.code("export.kind.", string(x.Kind))),
			d.cell(d.label(d.cat.FamilyParticipation, x.Family.Mode)), d.cell(child), d.cell(parents)})
	}
	d.table(d.headers("export.col.date", "handover.doc.col.kind", "handover.doc.col.family", "handover.doc.col.child_view",
		"handover.doc.col.parents_view"), rows)
	d.fields(
		d.fb("handover.doc.field.parents_view", d.viewText(h.ParentsView)),
		d.fb("handover.doc.field.child_view", d.viewText(h.ChildView)),
	)
}

// familyTold writes what the family was told: at the handover, and who
// was to inform the family and the child after each conference.
func (d *doc) familyTold(h *conference.Conference, cases []*conference.Conference) {
	d.heading(2, d.tr("handover.doc.section.told"))
	wrote := false
	if told := d.scrub(d.handover().FamilyTold); present(told) {
		d.para(d.block(told, ""))
		wrote = true
	}
	var items []string
	for _, x := range cases {
		if x.ID == h.ID {
			continue
		}
		sub := d.sub(x)
		for _, code := range []string{conference.RespInformsFamily, conference.RespInformsChild} {
			r, ok := x.Responsible(code)
			if !ok {
				continue
			}
			items = append(items, d.t.T("handover.doc.told.item", d.date(x.Date), d.code("handover.doc.told.", code),
				joinNonEmpty(" – ", sub.person(r.ParticipantID), d.scrub(r.Note))))
		}
	}
	for _, it := range items {
		d.write("- ", d.item(it), "\n")
	}
	if len(items) > 0 {
		d.write("\n")
		wrote = true
	}
	if !wrote {
		d.para(d.tr("handover.doc.told.none"))
	}
}

// contacts writes whom to reach about the case.
func (d *doc) contacts() {
	list := d.c.Contacts()
	d.heading(2, d.tr("handover.doc.section.contacts"))
	if len(list) == 0 {
		d.para(d.tr("handover.doc.contacts.none"))
		return
	}
	rows := make([][]md, 0, len(list))
	for _, x := range list {
		reach := d.scrub(x.Reach)
		if d.pseudonymised() {
			reach = "" // a telephone number or an address names the person
		}
		rows = append(rows, []md{d.cell(d.outsider(x.Name, "handover.doc.pseudonym.contact")), d.cell(d.scrub(x.Function)),
			d.cell(d.scrub(x.Institution)), d.cell(reach)})
	}
	d.table(d.headers("export.col.name", "handover.doc.col.function", "export.col.institution", "handover.doc.col.reach"), rows)
}

// receipt writes the confirmation of receipt, or lines for the receiver
// to confirm it on paper.
func (d *doc) receipt() {
	d.heading(2, d.tr("handover.doc.section.receipt"))
	r := d.handover().Receipt
	if r.Given() {
		key, on := d.onDate("handover.doc.receipt.given", "handover.doc.receipt.given.rel", r.On)
		d.para(d.tr(key, d.outsider(r.By, "handover.doc.pseudonym.by_receiver"), on))
		return
	}
	d.para(d.tr("handover.doc.receipt.ask"))
	d.write(d.tr("handover.doc.receipt.received_on"), " \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\\n")
	d.write(d.tr("handover.doc.receipt.by"), " \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\n\n")
}

// outsider writes the name of someone the handover names who need not be
// a participant (the receiving professional, who takes an action on, a
// contact): as typed, or in the pseudonymised minutes only what they are
// (key), since the scrubber knows only the participants' names and would
// replace a shared surname and leave the first name.
func (d *doc) outsider(name, key string) string {
	if !d.pseudonymised() || name == "" {
		return d.scrub(name)
	}
	return d.t.T(key)
}
