package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
	"kofa/internal/demo"
)

// TestMemoListsAreOmitEmptySlicesOfTheConference pins what the memo's
// splicing relies on: each list it appends is a slice field of the
// conference under that JSON name, with omitempty (so that leaving it out
// of the rest is what json.Marshal does for an empty list).
func TestMemoListsAreOmitEmptySlicesOfTheConference(t *testing.T) {
	fields := map[string]reflect.StructField{}
	typ := reflect.TypeFor[conference.Conference]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		fields[name] = f
	}
	for _, l := range memoLists {
		f, ok := fields[l.name]
		switch {
		case !ok:
			t.Errorf("%s: no conference field has this JSON name", l.name)
		case f.Type.Kind() != reflect.Slice:
			t.Errorf("%s: %s is not a slice", l.name, f.Name)
		case !strings.Contains(f.Tag.Get("json"), ",omitempty"):
			t.Errorf("%s: %s has no omitempty", l.name, f.Name)
		}
	}
}

// sameDocument fails unless a and b are the same JSON document, fields in
// any order.
func sameDocument(t *testing.T, what string, a, b []byte) {
	t.Helper()
	var x, y any
	if err := json.Unmarshal(a, &x); err != nil {
		t.Fatalf("%s: the memo's encoding is not JSON: %v", what, err)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(x, y) {
		t.Errorf("%s: the memo's encoding differs from json.Marshal's", what)
	}
}

// TestMemoEncodesWhatJSONEncodes saves a conference again and again while
// it changes (an edit, an addition, a removal, a reordering, lists
// emptied) through one memo, and each time compares the document with
// json.Marshal's and the decoded conference with the original.
func TestMemoEncodesWhatJSONEncodes(t *testing.T) {
	var m memo
	c := demo.Sample("de", time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))
	if len(c.Contributions) < 3 || len(c.Actions) < 2 || len(c.Risks) < 2 {
		t.Fatal("the sample needs contributions, actions and risks")
	}
	steps := []struct {
		what   string
		change func(c *conference.Conference)
	}{
		{"first save", func(*conference.Conference) {}},
		{"unchanged", func(*conference.Conference) {}},
		{"one contribution edited", func(c *conference.Conference) { c.Contributions[1].Text += " <b>&</b> \"zitiert\"" }},
		{"an action added", func(c *conference.Conference) {
			c.Actions = append(c.Actions, conference.Action{ID: "a-new", What: "Hausbesuch\nmit Zeilenumbruch"})
		}},
		{"a risk removed", func(c *conference.Conference) { c.Risks = c.Risks[1:] }},
		{"contributions reordered", func(c *conference.Conference) {
			c.Contributions[0], c.Contributions[2] = c.Contributions[2], c.Contributions[0]
		}},
		{"two equal contributions", func(c *conference.Conference) {
			c.Contributions = append(c.Contributions, c.Contributions[0])
		}},
		{"lists emptied", func(c *conference.Conference) {
			c.Chronology, c.Ratings, c.Reviews = nil, nil, []conference.ActionReview{}
		}},
	}
	for _, step := range steps {
		step.change(c)
		got, err := m.encodeConference(c)
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(conferenceEnvelope{V: conferenceFormat, C: c})
		if err != nil {
			t.Fatal(err)
		}
		sameDocument(t, step.what, got, want)
		var back, plain conference.Conference
		if err := errors.Join(unmarshal(got, &back), unmarshal(want, &plain)); err != nil {
			t.Fatalf("%s: %v", step.what, err)
		}
		if !reflect.DeepEqual(back, plain) {
			t.Errorf("%s: the conference decodes otherwise than from json.Marshal's document", step.what)
		}
	}
}

// TestPutChangedWritesOnlyAChange: a save that leaves an index value as
// it was does not write it again (in an encrypted store the sealed bytes,
// with their nonce, stay as they were); a changed value is written.
func TestPutChangedWritesOnlyAChange(t *testing.T) {
	for name, s := range map[string]*Store{"plain": openTemp(t), "encrypted": openEncrypted(t)} {
		t.Run(name, func(t *testing.T) {
			key := []byte("k1")
			stored := func() (v []byte) {
				_ = s.view(func(tx *bbolt.Tx) error {
					v = bytes.Clone(tx.Bucket(bucketActions).Get(key))
					return nil
				})
				return v
			}
			put := func(plain string) {
				t.Helper()
				err := s.update(func(tx *bbolt.Tx) error {
					return s.cd.putChanged(tx.Bucket(bucketActions), bucketActions, key, []byte(plain))
				})
				if err != nil {
					t.Fatal(err)
				}
			}
			put("eins")
			first := stored()
			put("eins")
			if !bytes.Equal(stored(), first) {
				t.Error("the same value was written again")
			}
			put("zwei")
			if bytes.Equal(stored(), first) {
				t.Error("a changed value was not written")
			}
		})
	}
}
