package tuitest

import (
	"cmp"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"time"

	"kofa/internal/conference"
	"kofa/internal/store"
	"kofa/internal/textfold"
)

// This file gives the fake what the screens between conferences need:
// search, the action tracker, the partner directory and the retention
// period. It follows the store's documented behaviour, simply.

// SetDirectory replaces the partner directory.
func (r *Repo) SetDirectory(entries []store.DirectoryEntry) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.directory = slices.Clone(entries)
}

// Directory implements tui.Repository.
func (r *Repo) Directory() ([]store.DirectoryEntry, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.directory), nil
}

// SetRetentionDays sets the retention period (0: none).
func (r *Repo) SetRetentionDays(days int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.retention = days
}

// RetentionDays implements tui.Repository.
func (r *Repo) RetentionDays() (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.retention, nil
}

// all decodes every stored conference.
func (r *Repo) all() ([]*conference.Conference, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]*conference.Conference, 0, len(r.data))
	for _, data := range r.data {
		var c conference.Conference
		if err := json.Unmarshal(data, &c); err != nil {
			return nil, err
		}
		out = append(out, &c)
	}
	return out, nil
}

// Search implements tui.Repository: conferences holding every word of
// query in their case code, topic, participants, institutions or any
// text, ignoring case and umlaut spelling; newest first.
func (r *Repo) Search(query string) ([]store.SearchHit, error) {
	words := strings.Fields(query)
	if len(words) == 0 {
		return nil, nil
	}
	confs, err := r.all()
	if err != nil {
		return nil, err
	}
	var out []store.SearchHit
	for _, c := range confs {
		sections := searchSections(c)
		field := ""
		for i, w := range words {
			f, ok := findWord(sections, w)
			if !ok {
				field = ""
				break
			}
			if i == 0 {
				field = f
			}
		}
		if field != "" {
			out = append(out, store.SearchHit{Summary: c.Summary(), Field: field})
		}
	}
	slices.SortFunc(out, func(a, b store.SearchHit) int { return conference.Newer(a.Summary, b.Summary) })
	return out, nil
}

type section struct{ field, text string }

func searchSections(c *conference.Conference) []section {
	var names, insts []string
	for _, p := range c.Participants {
		names = append(names, p.Name)
		insts = append(insts, p.Institution)
	}
	var tree map[string]any
	data, _ := json.Marshal(c)
	_ = json.Unmarshal(data, &tree)
	return []section{
		{store.SearchFieldCaseCode, c.CaseCode},
		{store.SearchFieldTopic, c.Topic},
		{store.SearchFieldParticipant, strings.Join(names, "\n")},
		{store.SearchFieldInstitution, strings.Join(insts, "\n")},
		{store.SearchFieldText, strings.Join(textsOf(tree), "\n")},
	}
}

// textsOf collects every string value of a decoded JSON value.
func textsOf(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, e := range v {
			out = append(out, textsOf(e)...)
		}
		return out
	case map[string]any:
		var out []string
		for _, e := range v {
			out = append(out, textsOf(e)...)
		}
		return out
	}
	return nil
}

func findWord(sections []section, w string) (string, bool) {
	for _, s := range sections {
		if textfold.Contains(s.text, w) {
			return s.field, true
		}
	}
	return "", false
}

// OpenDuties implements tui.Repository: the open duties of every
// conference (conference.OpenDuties) the filters choose.
func (r *Repo) OpenDuties(q store.ActionQuery) ([]store.TrackedDuty, error) {
	confs, err := r.all()
	if err != nil {
		return nil, err
	}
	var out []store.TrackedDuty
	for _, c := range confs {
		for _, d := range c.OpenDuties() {
			t := store.TrackedDuty{ConferenceID: c.ID, Title: c.Title(), ConfDate: c.Date, Kind: d.Kind, ID: d.ID,
				Recipient: d.Recipient, Document: d.Document, Due: d.Due}
			if p := c.Participant(d.OwnerID); p != nil {
				t.Owner, t.Institution = p.Name, p.Institution
			}
			if q.Overdue && t.DaysOverdue(q.Today) <= 0 || q.Owner != "" && !textfold.Contains(t.Owner, q.Owner) ||
				q.Institution != "" && !textfold.Contains(t.Institution, q.Institution) {
				continue
			}
			out = append(out, t)
		}
	}
	return out, nil
}

// OpenActions implements tui.Repository: the open actions of every
// conference (with q.All every action, the open ones first), overdue first
// (longest overdue on top), then by due date, those without one last. An
// action is open as conference.ActionOpen says; Save records a follow-up's
// review in the conference it follows, as the store does.
func (r *Repo) OpenActions(q store.ActionQuery) ([]store.TrackedAction, error) {
	confs, err := r.all()
	if err != nil {
		return nil, err
	}
	var out []store.TrackedAction
	for _, c := range confs {
		for i, a := range c.Actions {
			t := store.TrackedAction{
				ConferenceID: c.ID, ActionID: a.ID, Number: i + 1, Title: c.Title(), ConfDate: c.Date, What: a.What,
				Institution: a.Institution, Due: a.Due, Open: c.ActionOpen(a.ID), History: c.History(a.ID),
			}
			if !t.Open && !q.All {
				continue
			}
			if p := c.Participant(a.OwnerID); p != nil {
				t.Owner = p.Name
			}
			if q.Overdue && t.DaysOverdue(q.Today) <= 0 ||
				q.Owner != "" && !textfold.Contains(t.Owner, q.Owner) ||
				q.Institution != "" && !textfold.Contains(t.Institution, q.Institution) {
				continue
			}
			out = append(out, t)
		}
	}
	slices.SortFunc(out, func(a, b store.TrackedAction) int {
		if a.Open != b.Open {
			if a.Open {
				return -1
			}
			return 1
		}
		if a.Due.IsZero() != b.Due.IsZero() {
			if a.Due.IsZero() {
				return 1
			}
			return -1
		}
		if c := a.Due.Compare(b.Due); c != 0 {
			return c
		}
		return cmp.Or(cmp.Compare(a.ConferenceID, b.ConferenceID), cmp.Compare(a.ActionID, b.ActionID))
	})
	return out, nil
}

// RecordActionStatus implements tui.Repository: the entry is stamped with
// its day (the fake has no clock) and shown in the review of follow-ups
// not held yet, as the store does.
func (r *Repo) RecordActionStatus(id conference.ID, actionID string, e conference.StatusEntry, force bool) error {
	c, err := r.Get(id)
	if err != nil {
		return err
	}
	if e.At.IsZero() {
		e.At = e.On.Time(time.UTC).Add(12 * time.Hour)
	}
	if err := c.RecordStatus(actionID, e, force); errors.Is(err, conference.ErrActionUnknown) {
		return store.ErrActionNotFound
	} else if err != nil {
		return err
	}
	if err := r.Save(c, conference.Change{Op: conference.OpUpdate, Path: "actions/" + actionID + "/history"}); err != nil {
		return err
	}
	confs, err := r.all()
	if err != nil {
		return err
	}
	for _, f := range confs {
		if f.Status == conference.StatusPreparing && f.RefreshPrevious(c, actionID) {
			if err := r.Save(f); err != nil {
				return err
			}
		}
	}
	return nil
}

// FollowUpsOf implements the store's lookup of the conferences that follow
// the conference id.
func (r *Repo) FollowUpsOf(id conference.ID) ([]conference.ID, error) {
	confs, err := r.all()
	if err != nil {
		return nil, err
	}
	var out []conference.ID
	for _, c := range confs {
		if c.FollowUpOf == id {
			out = append(out, c.ID)
		}
	}
	slices.Sort(out)
	return out, nil
}

// ReviewsHeld implements the store's review dates held since: those of
// the conferences that have a follow-up, had a review date and whose
// review was held (Save records it as the store does).
func (r *Repo) ReviewsHeld() ([]store.HeldReview, error) {
	confs, err := r.all()
	if err != nil {
		return nil, err
	}
	var out []store.HeldReview
	for _, c := range confs {
		if !c.NextReview.IsZero() && !c.ReviewHeld.IsZero() {
			out = append(out, store.HeldReview{ID: c.ID, Title: c.Title(), Date: c.NextReview})
		}
	}
	slices.SortFunc(out, func(a, b store.HeldReview) int { return strings.Compare(string(a.ID), string(b.ID)) })
	return out, nil
}
