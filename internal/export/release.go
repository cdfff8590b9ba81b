package export

import "kofa/internal/conference"

// release writes the release block the minutes end with: who drafted
// them, who released them (name, function) and when, and until when
// objections are taken; or that they are still a draft. The checksum
// follows in the footer, below this block.
func (d *doc) release() {
	c := d.c
	d.heading(2, d.tr("filing.section.release"))
	r := c.Release
	if !c.Released() {
		d.fields(
			d.f("filing.release.drafted_by", d.persons(conference.RoleMinuteTaker)),
			d.f("filing.release.state", d.t.T("filing.release.draft")),
		)
		return
	}
	by := joinNonEmpty(", ", r.By, r.Function)
	if d.pseudonymised() {
		// A name outside the list of participants is not known to the
		// scrubber: the function says enough.
		by = d.scrub(r.Function)
		if !present(by) {
			by = d.leftOut()
		}
	}
	at := d.date(conference.DateOf(r.At))
	if !d.pseudonymised() {
		at = d.t.T("export.review.at", at, clock(r.At))
	}
	d.fields(
		d.f("filing.release.drafted_by", d.persons(conference.RoleMinuteTaker)),
		d.f("filing.release.by", by),
		d.f("filing.release.at", at),
		d.f("filing.release.objections", d.date(r.ObjectionsUntil)),
	)
}
