package demo

import (
	"testing"
	"time"
)

// TestSampleIsWhatTypingCanProduce: the sample conference passes an
// archive import unchanged (conference.FitText), so exporting and
// importing it is lossless, as it is for every typed conference.
func TestSampleIsWhatTypingCanProduce(t *testing.T) {
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.Local)
	for _, lang := range []string{"de", "en"} {
		for name, c := range map[string]interface{ FitText() int }{
			"sample": Sample(lang, now), "rehearsal": Rehearsal(lang, now),
		} {
			if n := c.FitText(); n != 0 {
				t.Errorf("%s %s: %d texts are not what typing produces", lang, name, n)
			}
		}
	}
}
