package i18n

import (
	"encoding/json"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// avoidedTerm is a word DOMAIN.md's table "Preferred terms" says not to
// use, with the word to use instead. Keys, when set, limits the rule to
// messages whose key matches (a word that is right elsewhere, wrong
// there); except lists keys where the word is quoted as a contract (CSV
// column names, say) rather than used as a term.
type avoidedTerm struct {
	lang    Lang
	pattern string
	use     string
	keys    string
	except  []string
}

// avoidedTerms keeps one word for one thing in the UI and the minutes.
var avoidedTerms = []avoidedTerm{
	{lang: DE, pattern: `Fallcode`, use: "Fallkennung"},
	{lang: DE, pattern: `Runde der Perspektiven|Perspektivrunde`, use: "Perspektivenrunde"},
	{lang: DE, pattern: `Notfallplan`, use: "Krisen- und Schutzplan"},
	{lang: DE, pattern: `\bSchwere\b`, use: "Ausprägung"},
	{lang: DE, pattern: `Einschätzung|Einstufung`, use: "Ausprägung (of an indicator)", keys: `severity|intensity`},
	{lang: DE, pattern: `(?i)Gesamteinschätzung|vereinbarte[sn]? Ergebnis`, use: "Ergebnis der Gefährdungseinschätzung"},
	{lang: DE, pattern: `Fachrichtung`, use: "Profession / Funktion"},
	{lang: DE, pattern: `Kennzeichen|Markierung`, use: "Gewichtung"},
	{lang: DE, pattern: `Herkunft`, use: "Erkenntnisart"},
	{lang: DE, pattern: `(?i)bestehende[n]? Sicherheit`, use: "vorhandene Schutzvorkehrungen"},
	{lang: DE, pattern: `(?i)nächste Überprüfung`, use: "Folgekonferenz am …"},
	{lang: DE, pattern: `(?i)hinfällig`, use: "entfallen"},
	{lang: DE, pattern: `Zeitwache`, use: "Zeitwächter:in"},
	{lang: DE, pattern: `(?i)erhält das Protokoll`, use: "Versendet das Protokoll", keys: `responsibilit`},
	{lang: DE, pattern: `(?i)sexualisierte Gewalt\b`, use: "sexuelle Gewalt (area and form of harm alike)",
		except: []string{"catalogue:institutions"}},
	{lang: DE, pattern: `\b(Empfänger|Teilnehmer|Moderator|Protokollant|Ansprechpartner)(\b[^:]|$)`, use: "one gender-neutral form (Empfänger:in, Teilnehmende)"},

	{lang: EN, pattern: `(?i)contingency plan|emergency plan`, use: "crisis and protection plan"},
	{lang: EN, pattern: `(?i)overall assessment|agreed result`, use: "result of the risk assessment"},
	{lang: EN, pattern: `(?i)\bseverity\b`, use: "intensity (of an indicator)", keys: `intensity`},
	{lang: EN, pattern: `(?i)\bdisciplines?\b`, use: "profession / function",
		except: []string{"directory.cli.export.long", "directory.cli.import.long", "directory.csv.bad_header",
			"directory.cli.edit.nothing", "catalogue:risk_areas/parenting"}},
	{lang: EN, pattern: `(?i)\bflags\b|\bmarking\b`, use: "weight"},
	{lang: EN, pattern: `(?i)\bprovenance\b`, use: "how known"},
	{lang: EN, pattern: `(?i)\bnext review\b`, use: "review conference on …"},
	{lang: EN, pattern: `(?i)\bexcused\b`, use: "apologies"},
	{lang: EN, pattern: `\bKind\b`, use: "type"},
	{lang: EN, pattern: `(?i)receives the minutes`, use: "distributes the minutes", keys: `responsibilit`},
	{lang: EN, pattern: `(?i)sexuali[sz]ed violence`, use: "sexual violence"},
	{lang: DE, pattern: `Stelle`, use: "meldende Fachkraft (a role is a person)", keys: `^catalogue:roles/`},
	{lang: EN, pattern: `(?i)institution`, use: "reporting professional (a role is a person)", keys: `^catalogue:roles/`},
}

// TestTermsFollowThePreferredTerms checks every message and every label of
// the built-in catalogue against the words DOMAIN.md says not to use.
func TestTermsFollowThePreferredTerms(t *testing.T) {
	t.Parallel()
	texts := map[Lang]map[string]string{}
	for _, l := range Langs() {
		texts[l] = mustLoad(t, l)
		for k, v := range builtinCatalogueLabels(t, l) {
			texts[l][k] = v
		}
	}
	for _, rule := range avoidedTerms {
		re := regexp.MustCompile(rule.pattern)
		var keysRe *regexp.Regexp
		if rule.keys != "" {
			keysRe = regexp.MustCompile(rule.keys)
		}
		msgs := texts[rule.lang]
		keys := make([]string, 0, len(msgs))
		for k := range msgs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, key := range keys {
			if keysRe != nil && !keysRe.MatchString(key) {
				continue
			}
			if excepted(key, rule.except) {
				continue
			}
			if m := re.FindString(msgs[key]); m != "" {
				t.Errorf("%s %s: %q – use %s", rule.lang, key, strings.TrimSpace(m), rule.use)
			}
		}
	}
}

func excepted(key string, except []string) bool {
	for _, e := range except {
		if key == e || strings.HasPrefix(key, e+"/") {
			return true
		}
	}
	return false
}

// builtinCatalogueLabels reads the labels and hints of the built-in
// catalogue (internal/conference/catalogue/data) as "catalogue:<list>/<code>"
// keys, so the rules cover the words the pick lists and the minutes show.
func builtinCatalogueLabels(t *testing.T, l Lang) map[string]string {
	t.Helper()
	data, err := os.ReadFile("../conference/catalogue/data/catalogue.json")
	if err != nil {
		t.Fatal(err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	var walk func(list, prefix string, raw json.RawMessage)
	walk = func(list, prefix string, raw json.RawMessage) {
		var entries []map[string]json.RawMessage
		if json.Unmarshal(raw, &entries) != nil {
			var wrapped struct {
				Entries []map[string]json.RawMessage `json:"entries"`
			}
			if json.Unmarshal(raw, &wrapped) != nil {
				return
			}
			entries = wrapped.Entries
		}
		for i, e := range entries {
			var code string
			if json.Unmarshal(e["code"], &code) != nil || code == "" {
				code = strings.Repeat("#", i+1)
			}
			for _, field := range []string{string(l), "hint_" + string(l)} {
				var s string
				if json.Unmarshal(e[field], &s) == nil && s != "" {
					out["catalogue:"+list+"/"+prefix+code+"/"+field] = s
				}
			}
			if sub, ok := e["indicators"]; ok {
				walk(list, code+"/", sub)
			}
		}
	}
	for name, raw := range top {
		if !strings.HasPrefix(name, "_") {
			walk(name, "", raw)
		}
	}
	return out
}
