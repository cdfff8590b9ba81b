package tuitest

import (
	"cmp"
	"encoding/json"
	"slices"
	"strings"

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

// OpenActions implements tui.Repository: the open actions of every
// conference, overdue first (longest overdue on top), then by due date,
// those without one last. Actions a follow-up reviewed as done, not done
// or obsolete are no longer open.
func (r *Repo) OpenActions(q store.ActionQuery) ([]store.TrackedAction, error) {
	confs, err := r.all()
	if err != nil {
		return nil, err
	}
	closed := map[string]bool{}
	for _, c := range confs {
		for _, rv := range c.Reviews {
			if rv.Status != conference.FollowUpOpen && rv.Status != conference.FollowUpPartly {
				closed[string(c.FollowUpOf)+"/"+rv.ActionID] = true
			}
		}
	}
	var out []store.TrackedAction
	for _, c := range confs {
		for _, a := range c.Actions {
			if !a.Open() || closed[string(c.ID)+"/"+a.ID] {
				continue
			}
			t := store.TrackedAction{
				ConferenceID: c.ID, ActionID: a.ID, Title: c.Title(), ConfDate: c.Date, What: a.What,
				Institution: a.Institution, Due: a.Due, FollowUp: a.FollowUp,
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

// MarkActionDone implements tui.Repository.
func (r *Repo) MarkActionDone(id conference.ID, actionID string, on conference.Date, note string) error {
	c, err := r.Get(id)
	if err != nil {
		return err
	}
	a := c.Action(actionID)
	if a == nil {
		return store.ErrActionNotFound
	}
	a.FollowUp, a.FollowUpDate, a.FollowUpNote = conference.FollowUpDone, on, note
	return r.Save(c, conference.Change{Op: conference.OpUpdate, Path: "actions/" + actionID + "/follow_up"})
}
