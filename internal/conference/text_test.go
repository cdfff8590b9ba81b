package conference

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// hostile changes under any cleaning: an escape sequence, a bidi override,
// the 8-bit control sequence introducer and a line break.
const hostile = "A\x1b]0;title\a\u202eB\u009b31mC\nD"

// fillStrings sets every string reachable from v (every exported field,
// one element in every slice and map, every pointer allocated) to hostile.
func fillStrings(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(hostile)
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		fillStrings(v.Elem())
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fillStrings(s.Index(0))
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fillStrings(k)
		fillStrings(e)
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillStrings(v.Field(i))
			}
		}
	}
}

// eachString calls fn with the path and value of every string reachable
// from v, map keys included.
func eachString(v reflect.Value, path string, fn func(path, s string)) {
	switch v.Kind() {
	case reflect.String:
		fn(path, v.String())
	case reflect.Pointer:
		if !v.IsNil() {
			eachString(v.Elem(), path, fn)
		}
	case reflect.Slice:
		for i := range v.Len() {
			eachString(v.Index(i), path+"[]", fn)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			eachString(k, path+"{key}", fn)
			eachString(v.MapIndex(k), path+"{}", fn)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				eachString(v.Field(i), path+"."+f.Name, fn)
			}
		}
	}
}

// TestCleanTextReachesEveryText fills every text of a conference, of
// every type it holds, with escape sequences and controls: CleanText must
// clean each one. A field added to the conference without a place in
// text.go fails here.
func TestCleanTextReachesEveryText(t *testing.T) {
	for _, v := range []any{&Conference{}, &Summary{}, &AuditEntry{}, &StatusEntry{}} {
		fillStrings(reflect.ValueOf(v).Elem())
		var changed int
		switch x := v.(type) {
		case *Conference:
			changed = x.CleanText()
		case *Summary:
			changed = x.CleanText()
		case *AuditEntry:
			changed = x.CleanText()
		case *StatusEntry:
			changed = x.CleanText()
		}
		n := 0
		eachString(reflect.ValueOf(v).Elem(), reflect.TypeOf(v).Elem().Name(), func(path, s string) {
			if path == "Conference.ID" || path == "Summary.ID" {
				return // the store's key, checked by ValidID
			}
			n++
			if strings.ContainsAny(s, "\x1b\u202e\u009b\a") || strings.Contains(s, "title") {
				t.Errorf("%s was not cleaned: %q", path, s)
			}
		})
		if changed != n {
			t.Errorf("%T: CleanText reports %d texts changed, %d hold text", v, changed, n)
		}
	}
}

func TestCleanTextKeepsParagraphsOnlyInFreeText(t *testing.T) {
	c := &Conference{
		CaseCode:     "K-1\n2",
		Facts:        "first paragraph\r\n\r\nsecond\u2028third",
		Participants: []Participant{{Name: "  Petra \t Albers\n", Institution: "ASD\u202e"}},
		Actions:      []Action{{What: "Hausbesuch\nam Montag", IfNotDone: "a\nb"}},
	}
	if n := c.CleanText(); n != 5 {
		t.Errorf("%d texts changed, want 5", n)
	}
	want := &Conference{
		CaseCode:     "K-1 2",
		Facts:        "first paragraph\n\nsecond\nthird",
		Participants: []Participant{{Name: "Petra Albers", Institution: "ASD"}},
		Actions:      []Action{{What: "Hausbesuch am Montag", IfNotDone: "a\nb"}},
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("got  %+v\nwant %+v", c, want)
	}
	if n := c.CleanText(); n != 0 {
		t.Errorf("cleaning clean text changed %d texts", n)
	}
}

// TestFitTextCutsWhatTypingCouldNotType: an imported archive may hold a
// name of 10,000 characters; typing stops at 200 bytes in a single-line
// field and 64 KiB in a text area.
func TestFitTextCutsWhatTypingCouldNotType(t *testing.T) {
	long := strings.Repeat("ä", 10_000)
	c := &Conference{
		CaseCode:     strings.Repeat("K", 300),
		Facts:        strings.Repeat("Sachverhalt.\n", 10_000),
		Participants: []Participant{{Name: long}},
	}
	if n := c.FitText(); n != 3 {
		t.Errorf("%d texts changed, want 3", n)
	}
	if got := c.Participants[0].Name; got != strings.Repeat("ä", 100) {
		t.Errorf("name cut to %d bytes", len(got))
	}
	if len(c.CaseCode) != 200 || len(c.Facts) > 64*1024 || !strings.HasPrefix(c.Facts, "Sachverhalt.\nSachverhalt.\n") {
		t.Errorf("case code %d bytes, facts %d bytes", len(c.CaseCode), len(c.Facts))
	}
	d := &Conference{Participants: []Participant{{Name: long}}}
	if d.CleanText() != 0 || d.Participants[0].Name != long {
		t.Error("CleanText cut a long text: only an import cuts")
	}
}

func TestCleanTextMergesSpeakingTimesOfOneCleanedID(t *testing.T) {
	c := &Conference{Speaking: SpeakingOrder{Spoken: map[string]time.Duration{"p1": time.Minute, "p\x1b[31m1": time.Second}}}
	c.CleanText()
	if len(c.Speaking.Spoken) != 1 || c.Speaking.Spoken["p1"] != time.Minute+time.Second {
		t.Errorf("spoken %v", c.Speaking.Spoken)
	}
}
