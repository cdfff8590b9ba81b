package catalogue

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	modeExtend  = "extend"
	modeReplace = "replace"

	maxCodeLen  = 64
	maxLabelLen = 200
	maxHintLen  = 400
)

// loader applies one catalogue file onto a catalogue. The built-in file goes
// through the same code as a user file, so both obey the same rules; only
// the fixed-code checks are skipped for it, since it defines those codes.
type loader struct {
	builtin bool
	// indicatorPos remembers where each indicator code was written, to point
	// at it if the same code turns up under two risk areas.
	indicatorPos map[string]int
}

func (l *loader) apply(c *Catalogue, root *node) error {
	if root.kind != kindObject {
		return errAt(root.off, keyWantObject, FileName)
	}
	for _, m := range root.members {
		if isComment(m.key) {
			continue
		}
		if m.key == safetyScaleName {
			anchors, err := l.mergeAnchors(c.SafetyScale.Anchors, m.val)
			if err != nil {
				return err
			}
			c.SafetyScale.Anchors = anchors
			continue
		}
		spec, ok := specByName(m.key)
		if !ok {
			return errAt(m.off, keyUnknownCatalogue, m.key, strings.Join(catalogueNames(), ", "))
		}
		slot := spec.slot(c)
		list, err := l.mergeList(spec, *slot, m.val)
		if err != nil {
			return err
		}
		if len(list) == 0 {
			return errAt(m.val.off, keyEmptyList, spec.name)
		}
		*slot = list
	}
	return l.checkIndicatorCodes(c)
}

// mergeList applies a list from the file onto base. In extend mode an entry
// with a known code changes only the fields it names; new codes are
// appended. In replace mode the file's entries are the whole list.
func (l *loader) mergeList(spec listSpec, base []Entry, n *node) ([]Entry, error) {
	mode, modeOff, items, err := listItems(spec.name, n)
	if err != nil {
		return nil, err
	}
	if mode == modeReplace {
		if spec.fixed && !l.builtin {
			return nil, errAt(modeOff, keyFixedReplace, spec.name)
		}
		base = nil
	}
	out := slices.Clone(base)
	allowed := append([]string{"code", "de", "en", "hint_de", "hint_en"}, spec.extra...)
	seen := map[string]bool{}
	for _, it := range items {
		f, err := fields(it, "entry", allowed)
		if err != nil {
			return nil, err
		}
		codeNode := f["code"]
		if codeNode == nil {
			return nil, errAt(it.off, keyCodeMissing)
		}
		code, err := parseCode(codeNode)
		if err != nil {
			return nil, err
		}
		if seen[code] {
			return nil, errAt(codeNode.off, keyDuplicateCode, code, spec.name)
		}
		seen[code] = true
		i := slices.IndexFunc(out, func(e Entry) bool { return e.Code == code })
		if i < 0 {
			if spec.fixed && !l.builtin {
				return nil, errAt(codeNode.off, keyFixedNewCode, spec.name, code, strings.Join(codesOf(base), ", "))
			}
			out = append(out, Entry{Code: code})
			i = len(out) - 1
		}
		if err := l.applyFields(&out[i], f); err != nil {
			return nil, err
		}
		if out[i].Label.IsZero() {
			return nil, errAt(it.off, keyLabelMissing, code)
		}
		if spec.name == indicatorSpec.name {
			l.indicatorPos[code] = codeNode.off
		}
	}
	return out, nil
}

func (l *loader) applyFields(e *Entry, f map[string]*node) error {
	if err := applyTexts(&e.Label, &e.Hint, f); err != nil {
		return err
	}
	for name, dst := range map[string]*bool{fieldFamily: &e.Family, fieldSpecialist: &e.Specialist} {
		if n := f[name]; n != nil {
			if n.kind != kindBool {
				return errAt(n.off, keyWantBool, name)
			}
			*dst = n.boolean
		}
	}
	if n := f[fieldFor]; n != nil {
		uses, err := parseFor(n)
		if err != nil {
			return err
		}
		e.For = uses
	}
	if n := f[fieldIndicators]; n != nil {
		inds, err := l.mergeList(indicatorSpec, e.Indicators, n)
		if err != nil {
			return err
		}
		e.Indicators = inds
	}
	return nil
}

// applyTexts sets the labels and hints the file names. An empty text clears
// that language, which then falls back to the other one.
func applyTexts(label, hint *Text, f map[string]*node) error {
	targets := []struct {
		name  string
		dst   *string
		limit int
	}{
		{"de", &label.DE, maxLabelLen},
		{"en", &label.EN, maxLabelLen},
		{"hint_de", &hint.DE, maxHintLen},
		{"hint_en", &hint.EN, maxHintLen},
	}
	for _, t := range targets {
		n := f[t.name]
		if n == nil {
			continue
		}
		s, err := parseText(n, t.name, t.limit)
		if err != nil {
			return err
		}
		*t.dst = s
	}
	return nil
}

// mergeAnchors applies the safety_scale list; anchors are keyed by value.
func (l *loader) mergeAnchors(base []Anchor, n *node) ([]Anchor, error) {
	mode, _, items, err := listItems(safetyScaleName, n)
	if err != nil {
		return nil, err
	}
	if mode == modeReplace {
		base = nil
	}
	out := slices.Clone(base)
	seen := map[int]bool{}
	for _, it := range items {
		f, err := fields(it, "anchor", []string{"value", "de", "en", "hint_de", "hint_en"})
		if err != nil {
			return nil, err
		}
		vn := f["value"]
		if vn == nil {
			return nil, errAt(it.off, keyWantInteger, "value")
		}
		v, err := strconv.Atoi(string(vn.num))
		if vn.kind != kindNumber || err != nil {
			return nil, errAt(vn.off, keyWantInteger, "value")
		}
		if v < SafetyMin || v > SafetyMax {
			return nil, errAt(vn.off, keyAnchorRange, v, SafetyMin, SafetyMax)
		}
		if seen[v] {
			return nil, errAt(vn.off, keyDuplicateAnchor, v)
		}
		seen[v] = true
		i := slices.IndexFunc(out, func(a Anchor) bool { return a.Value == v })
		if i < 0 {
			out = append(out, Anchor{Value: v})
			i = len(out) - 1
		}
		if err := applyTexts(&out[i].Label, &out[i].Hint, f); err != nil {
			return nil, err
		}
		if out[i].Label.IsZero() {
			return nil, errAt(it.off, keyLabelMissing, strconv.Itoa(v))
		}
	}
	slices.SortStableFunc(out, func(a, b Anchor) int { return a.Value - b.Value })
	return out, nil
}

// checkIndicatorCodes makes an indicator code identify its indicator on its
// own, across all risk areas.
func (l *loader) checkIndicatorCodes(c *Catalogue) error {
	seen := map[string]bool{}
	for _, area := range c.RiskAreas {
		for _, ind := range area.Indicators {
			if seen[ind.Code] {
				return errAt(l.indicatorPos[ind.Code], keyDuplicateCode, ind.Code, "risk_areas")
			}
			seen[ind.Code] = true
		}
	}
	return nil
}

// listItems accepts a list either as a plain array (mode extend) or as an
// object {"mode": ..., "entries": [...]}.
func listItems(name string, n *node) (mode string, modeOff int, items []*node, err error) {
	switch n.kind {
	case kindArray:
		return modeExtend, n.off, n.items, nil
	case kindObject:
		f, err := fields(n, name, []string{"mode", "entries"})
		if err != nil {
			return "", 0, nil, err
		}
		mode, modeOff = modeExtend, n.off
		if mn := f["mode"]; mn != nil {
			if mn.kind != kindString {
				return "", 0, nil, errAt(mn.off, keyWantString, "mode")
			}
			if mn.str != modeExtend && mn.str != modeReplace {
				return "", 0, nil, errAt(mn.off, keyBadMode, mn.str)
			}
			mode, modeOff = mn.str, mn.off
		}
		if en := f["entries"]; en != nil {
			if en.kind != kindArray {
				return "", 0, nil, errAt(en.off, keyWantList, "entries")
			}
			items = en.items
		}
		return mode, modeOff, items, nil
	default:
		return "", 0, nil, errAt(n.off, keyWantList, name)
	}
}

// fields returns the members of object n by name. Names starting with "_"
// are comments and ignored; any other name not in allowed is an error, so a
// typo such as "lable" does not go unnoticed.
func fields(n *node, what string, allowed []string) (map[string]*node, error) {
	if n.kind != kindObject {
		return nil, errAt(n.off, keyWantObject, what)
	}
	f := make(map[string]*node, len(n.members))
	for _, m := range n.members {
		if isComment(m.key) {
			continue
		}
		if !slices.Contains(allowed, m.key) {
			return nil, errAt(m.off, keyUnknownField, m.key, strings.Join(allowed, ", "))
		}
		f[m.key] = m.val
	}
	return f, nil
}

func isComment(key string) bool { return strings.HasPrefix(key, "_") }

func parseCode(n *node) (string, error) {
	if n.kind != kindString {
		return "", errAt(n.off, keyWantString, "code")
	}
	if n.str == "" {
		return "", errAt(n.off, keyCodeMissing)
	}
	if !validCode(n.str) {
		return "", errAt(n.off, keyCodeInvalid, n.str, maxCodeLen)
	}
	return n.str, nil
}

// validCode keeps codes plain ASCII so they survive every store, export and
// file system unchanged.
func validCode(code string) bool {
	if code == "" || len(code) > maxCodeLen {
		return false
	}
	for i, r := range code {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		case i > 0 && (r == '.' || r == '_' || r == '-'):
		default:
			return false
		}
	}
	return true
}

func parseText(n *node, name string, limit int) (string, error) {
	if n.kind != kindString {
		return "", errAt(n.off, keyWantString, name)
	}
	s := strings.TrimSpace(n.str)
	if strings.ContainsFunc(s, unsafeRune) {
		return "", errAt(n.off, keyTextControl, name)
	}
	if utf8.RuneCountInString(s) > limit {
		return "", errAt(n.off, keyTextTooLong, name, limit)
	}
	return s, nil
}

// unsafeRune rejects characters that could break a single-line terminal
// display: control characters (escape sequences, line breaks) and the
// bidirectional overrides that can disguise text.
func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069')
}

func parseFor(n *node) ([]string, error) {
	if n.kind != kindArray {
		return nil, errAt(n.off, keyWantList, fieldFor)
	}
	uses := make([]string, 0, len(n.items))
	for _, it := range n.items {
		if it.kind != kindString || (it.str != ProvenanceContribution && it.str != ProvenanceRisk) {
			return nil, errAt(it.off, keyBadFor, it.str)
		}
		uses = append(uses, it.str)
	}
	return uses, nil
}

func codesOf(list []Entry) []string {
	codes := make([]string, len(list))
	for i, e := range list {
		codes[i] = e.Code
	}
	return codes
}
