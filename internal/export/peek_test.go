package export

import (
	"os"
	"testing"
	"time"
)

func TestPeek(t *testing.T) {
	o := Options{Lang: "de", ExportedAt: time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)}
	os.WriteFile("/tmp/exp/a.md", Markdown(filledConference("   \n\n  "), o), 0o600)
	os.WriteFile("/tmp/exp/b.md", Markdown(filledConference(""), o), 0o600)
}
