package report

import (
	"cmp"
	"slices"

	"kofa/internal/conference"
)

// Collector gathers the Facts of conferences from one or several sources.
// A conference seen twice (the same ID in two archives) counts once: the
// one changed last wins, and Folded says how many were folded.
type Collector struct {
	facts map[conference.ID]Facts
	// Folded counts the conferences seen more than once.
	Folded int
	// Sources counts the archives (or stores) read.
	Sources int
}

// NewCollector returns an empty collector.
func NewCollector() *Collector { return &Collector{facts: map[conference.ID]Facts{}} }

// Add adds the facts of one conference.
func (col *Collector) Add(f Facts) {
	old, seen := col.facts[f.ID]
	if seen {
		col.Folded++
		if !f.UpdatedAt.After(old.UpdatedAt) {
			return
		}
	}
	col.facts[f.ID] = f
}

// Len is the number of conferences collected (each counted once).
func (col *Collector) Len() int { return len(col.facts) }

// Period is the span of conference dates a report covers, both days
// included; a zero end is open.
type Period struct {
	From, To conference.Date
}

// Contains reports whether day d lies in the period.
func (p Period) Contains(d conference.Date) bool {
	return !d.IsZero() && (p.From.IsZero() || !d.Before(p.From)) && (p.To.IsZero() || !d.After(p.To))
}

// Report is the look across cases: numbers only.
type Report struct {
	Period Period
	// Today is the day the report was made: actions due before it and
	// still open are overdue.
	Today conference.Date
	// Conferences counts the case conferences closed in the period; the
	// figures on actions, the child's view, dissent and the check are
	// about them. Handovers counts the handovers held in the period.
	Conferences int
	// Folded and Sources: see Collector.
	Folded, Sources int

	// Actions is the total over all institutions; ByInstitution one row
	// per institution, most actions first.
	Actions       ActionRow
	ByInstitution []ActionRow

	// WithoutChildView counts conferences without the child's view.
	WithoutChildView int
	// WithDissent counts conferences with dissent, DissentEntries the
	// dissenting views.
	WithDissent, DissentEntries int

	// FeedbackOwed counts the feedback owed to reporting professionals
	// (§ 4 Abs. 4 KKG) by the conferences; FeedbackOpen those not given
	// nor declined yet, FeedbackOverdue the open ones past their due day.
	FeedbackOwed, FeedbackOpen, FeedbackOverdue int

	Handovers HandoverRow
	// ByRoute counts the handovers per route, in the order of
	// conference.Routes (those without a route last).
	ByRoute []HandoverRow

	// Check is one row per seam, in the order of conference.Seams;
	// CheckAnswered counts conferences with an answered check,
	// CheckSkipped those whose check was passed over.
	Check                       []SeamRow
	CheckAnswered, CheckSkipped int
}

// ActionRow counts the agreed actions of one institution (or all).
type ActionRow struct {
	// Institution is the catalogue code ("" not recorded; "*" for the
	// total).
	Institution string
	Agreed      int
	// OnTime and Late were done (Late after the due date); Overdue are
	// still open past their due date; NotDone were reviewed as not done
	// (or carried forward); Pending are open and not due yet (or have
	// no due date); Dropped became obsolete or were handed over.
	OnTime, Late, Overdue, NotDone, Pending, Dropped int
	// LateDays and OverdueDays are the days past the due date.
	LateDays, OverdueDays conference.Median
	late, overdue         days
}

// Due is how many actions were due: the base of the on-time rate.
func (r ActionRow) Due() int { return r.OnTime + r.Late + r.Overdue + r.NotDone }

// Total marks the row of all institutions.
const Total = "*"

// HandoverRow counts handovers (of one route, or all).
type HandoverRow struct {
	Route             string
	Held, Received    int
	Pending           int
	ReceiptDays       conference.Median
	LongestReceipt    int
	OldestPendingDays int
	days              days
}

// SeamRow counts the answers for one seam of the cooperation check.
type SeamRow struct {
	Seam              string
	Yes, Partly, No   int
	Answered, Skipped int
}

// Build makes the report of the period from what was collected, as of
// today.
func (col *Collector) Build(p Period, today conference.Date) *Report {
	t := newTally(p, today)
	// Map order is random; the figures do not depend on it (medians are
	// taken of counted days).
	for _, f := range col.facts {
		t.add(f)
	}
	r := t.report()
	r.Folded, r.Sources = col.Folded, col.Sources
	return r
}

// tally adds up the Facts of conferences one at a time into a report: it
// keeps counts per institution, route and seam, never a conference, so
// it takes the same memory for ten conferences as for ten thousand.
type tally struct {
	r      *Report
	rows   map[string]*ActionRow
	routes map[string]*HandoverRow
}

func newTally(p Period, today conference.Date) *tally {
	r := &Report{Period: p, Today: today,
		Actions: ActionRow{Institution: Total}, Handovers: HandoverRow{Route: Total},
		Check: make([]SeamRow, len(conference.Seams))}
	for i, s := range conference.Seams {
		r.Check[i].Seam = s
	}
	return &tally{r: r, rows: map[string]*ActionRow{}, routes: map[string]*HandoverRow{}}
}

// add counts one conference (once: folding duplicates is the caller's).
func (t *tally) add(f Facts) {
	if !t.r.Period.Contains(f.Date) {
		return
	}
	switch {
	case f.Kind == conference.KindCase && f.Status == conference.StatusClosed:
		t.r.caseConference(f, t.rows, t.r.Check, t.r.Today)
	case f.Kind == conference.KindHandover && f.Status != conference.StatusPreparing && f.Handover != nil:
		t.r.handover(f, t.routes, t.r.Today)
	}
}

// report finishes the rows: medians, and the order they are shown in.
func (t *tally) report() *Report {
	r := t.r
	r.Actions.finish()
	for _, row := range t.rows {
		row.finish()
		r.ByInstitution = append(r.ByInstitution, *row)
	}
	slices.SortFunc(r.ByInstitution, func(a, b ActionRow) int {
		// The unrecorded institution last; then most actions first.
		if (a.Institution == "") != (b.Institution == "") {
			return cmp.Compare(len(b.Institution), len(a.Institution)) // "" last
		}
		return cmp.Or(cmp.Compare(b.Agreed, a.Agreed), cmp.Compare(a.Institution, b.Institution))
	})
	r.Handovers.finish()
	for _, route := range append(slices.Clone(conference.Routes), "") {
		if row := t.routes[route]; row != nil {
			row.finish()
			r.ByRoute = append(r.ByRoute, *row)
		}
	}
	for _, row := range t.routes {
		if !slices.Contains(conference.Routes, row.Route) && row.Route != "" {
			row.finish() // a route of a newer kofa: shown as itself
			r.ByRoute = append(r.ByRoute, *row)
		}
	}
	return r
}

func (r *Report) caseConference(f Facts, rows map[string]*ActionRow, seams []SeamRow, today conference.Date) {
	r.Conferences++
	if !f.ChildView {
		r.WithoutChildView++
	}
	if f.Dissent > 0 {
		r.WithDissent++
		r.DissentEntries += f.Dissent
	}
	for _, fb := range f.Feedback {
		r.FeedbackOwed++
		if fb.Open {
			r.FeedbackOpen++
			if conference.Overdue(fb.Due, today) {
				r.FeedbackOverdue++
			}
		}
	}
	for _, a := range f.Actions {
		row := rows[a.Institution]
		if row == nil {
			row = &ActionRow{Institution: a.Institution}
			rows[a.Institution] = row
		}
		row.add(a, today)
		r.Actions.add(a, today)
	}
	switch {
	case f.Check != nil:
		r.CheckAnswered++
		for i, answer := range f.Check {
			if i >= len(seams) {
				break
			}
			switch answer {
			case conference.SeamYes:
				seams[i].Yes++
			case conference.SeamPartly:
				seams[i].Partly++
			case conference.SeamNo:
				seams[i].No++
			default:
				seams[i].Skipped++
				continue
			}
			seams[i].Answered++
		}
	case f.CheckSkipped:
		r.CheckSkipped++
	}
}

func (row *ActionRow) add(a ActionFacts, today conference.Date) {
	row.Agreed++
	switch a.Status {
	case conference.FollowUpDone:
		if a.Due.IsZero() || a.Done.IsZero() || !a.Done.After(a.Due) {
			row.OnTime++
			return
		}
		row.Late++
		row.late.add(a.Due.DaysUntil(a.Done))
	case conference.FollowUpNotDone, carried:
		row.NotDone++
	case conference.FollowUpObsolete, conference.FollowUpHandedOver:
		row.Dropped++
	default: // open or partly done (or a status of a newer kofa)
		if conference.Overdue(a.Due, today) {
			row.Overdue++
			row.overdue.add(a.Due.DaysUntil(today))
			return
		}
		row.Pending++
	}
}

func (row *ActionRow) finish() {
	row.LateDays, row.OverdueDays = row.late.median(), row.overdue.median()
	row.late, row.overdue = nil, nil
}

func (r *Report) handover(f Facts, routes map[string]*HandoverRow, today conference.Date) {
	row := routes[f.Handover.Route]
	if row == nil {
		row = &HandoverRow{Route: f.Handover.Route}
		routes[f.Handover.Route] = row
	}
	for _, x := range []*HandoverRow{row, &r.Handovers} {
		x.Held++
		if f.Handover.Received {
			x.Received++
			x.days.add(f.Handover.Days)
			x.LongestReceipt = max(x.LongestReceipt, f.Handover.Days)
			continue
		}
		x.Pending++
		x.OldestPendingDays = max(x.OldestPendingDays, f.Date.DaysUntil(today))
	}
}

func (row *HandoverRow) finish() {
	row.ReceiptDays = row.days.median()
	row.days = nil
}
