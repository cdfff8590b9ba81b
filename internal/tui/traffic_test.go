package tui

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/i18n"
	"kofa/internal/tui/saver"
	"kofa/internal/tui/tuitest"
)

// Changes are recorded where they happen: a key typed into a field passes
// through the root once, as the key; the burst it belongs to passes once
// more as the store's answer, plus the debounce timer, which fires about
// once per pause length however many keys were typed. No change travels
// through the root as a message of its own.
func TestTypingPassesTheRootAsKeysOneTimerAndOneSave(t *testing.T) {
	t.Parallel()
	h := newCase(t, tuitest.NewRepo(), i18n.DE)
	const text, gap = "K-2026-117", 50 * time.Millisecond // a facilitator typing fast
	// Let home's pause before it reads the rest of the list pass first.
	h.Advance(time.Second)
	before := len(h.Seen)
	for _, r := range text {
		h.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
		h.Advance(gap)
	}
	h.Advance(saver.Debounce)
	if got := h.stored(t).CaseCode; got != text {
		t.Fatalf("stored %q, want %q", got, text)
	}
	count := map[string]int{}
	for _, m := range h.Seen[before:] {
		if a, ok := m.(addressedMsg); ok {
			m = a.msg // a screen's result, addressed back to it
		}
		count[fmt.Sprintf("%T", m)]++
	}
	elapsed := time.Duration(len(text))*gap + saver.Debounce
	timers := int(elapsed/(saver.Debounce-gap)) + 1
	if count["tea.KeyPressMsg"] != len(text) || count["saver.savedMsg"] != 1 || count["saver.debounceMsg"] > timers ||
		len(count) != 3 {
		t.Errorf("typing %d keys and pausing took %v, want the keys, at most %d timers and one save",
			len(text), count, timers)
	}
	if h.app.SaveState() != saver.Saved {
		t.Errorf("state %v after the pause, want saved", h.app.SaveState())
	}
}

// A field left is committed at once: the key, then the store's answer.
func TestLeavingAFieldPassesTheRootTwice(t *testing.T) {
	t.Parallel()
	h := newCase(t, tuitest.NewRepo(), i18n.DE)
	h.Type("K-1")
	before := len(h.Seen)
	h.Key("tab")
	if got := h.stored(t).CaseCode; got != "K-1" {
		t.Fatalf("stored %q right after tab, want K-1", got)
	}
	if msgs := h.Seen[before:]; len(msgs) != 2 {
		t.Errorf("tab took %d messages, want 2 (the key, the save): %s", len(msgs), kinds(msgs))
	}
}

func kinds(msgs []tea.Msg) string {
	out := ""
	for _, m := range msgs {
		out += fmt.Sprintf("%T ", m)
	}
	return out
}
