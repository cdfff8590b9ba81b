package preview

import (
	"cmp"
	"slices"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/export"
	"kofa/internal/sanitize"
)

// recipient is one choice of whom a document is for.
type recipient struct {
	value string // passed to export.Options.For: a record's ID, an institution, "" for all carers
	label string // shown
	// file names the recipient in the file name without personal data:
	// the record's ID or the institution; "" for all carers.
	file string
}

// recipientsOf lists whom a document of the variant can be for, as the
// command line resolves them (export.Recipients): the task list only for
// an institution with actions of its own, the family letter first for all
// carers. Nil for a document that is for no one in particular.
func (m *Model) recipientsOf(variant string) []recipient {
	if m.conf == nil || !export.TakesRecipient(variant) {
		return nil
	}
	var out []recipient
	list := export.Recipients(m.conf, variant, m.cata)
	if variant == export.VariantNotice {
		// The notice is mostly for someone who was not there: they come
		// first.
		slices.SortStableFunc(list, func(a, b export.Recipient) int {
			return cmp.Compare(m.wasThere(a), m.wasThere(b))
		})
	}
	if variant == export.VariantFamily && len(m.conf.Carers) > 0 {
		out = append(out, recipient{label: m.tr.T("preview.for.carers")})
	}
	for _, r := range list {
		if variant == export.VariantTasks && !export.HasTasksFor(m.conf, r.Institution, m.cata) {
			continue
		}
		if r.Institution != "" {
			label := r.Institution
			if e, ok := catalogue.Find(m.cata.Institutions, r.Institution); ok {
				label = e.LabelIn(string(m.lang))
			}
			out = append(out, recipient{value: r.Institution, label: sanitize.Line(label), file: r.Institution})
			continue
		}
		out = append(out, recipient{value: r.ID, label: sanitize.Line(r.Name), file: r.ID})
	}
	return out
}

// recipient is whom the current document is for, if it is for someone.
func (m *Model) recipient() (recipient, bool) {
	if len(m.whom) == 0 {
		return recipient{}, false
	}
	return m.whom[min(m.who, len(m.whom)-1)], true
}

// wasThere is 0 for a participant excused or absent, 1 for anyone else
// (an institution too): the order of the notice's recipients.
func (m *Model) wasThere(r export.Recipient) int {
	if p := m.conf.Participant(r.ID); r.ID != "" && p != nil &&
		(p.Attendance == conference.AttendanceExcused || p.Attendance == conference.AttendanceAbsent) {
		return 0
	}
	return 1
}
