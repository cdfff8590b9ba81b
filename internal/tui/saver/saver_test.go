package saver

import (
	"errors"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/tuitest"
)

var start = time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)

type rig struct {
	repo  *tuitest.Repo
	clk   *tuitest.Clock
	conf  *conference.Conference
	s     *Saver
	drv   *tuitest.Driver
	saved []savedMsg
}

// newRig wires a saver to a driver whose update function is the saver's
// own Update, as the workspace does.
func newRig(t *testing.T) *rig {
	r := &rig{repo: tuitest.NewRepo(), clk: tuitest.NewClock(start)}
	r.conf = conference.New("k7m2qxa9", conference.KindCase, start)
	r.s = New(r.conf, r.repo, r.clk.Clock())
	r.drv = tuitest.NewDriver(t, r.clk, func(msg tea.Msg) tea.Cmd {
		if m, ok := msg.(savedMsg); ok {
			r.saved = append(r.saved, m)
		}
		if c, ok := msg.(tea.Cmd); ok { // a change made by the test
			return c
		}
		cmd, _ := r.s.Update(msg)
		return cmd
	})
	return r
}

// change edits the conference the way an editor would and reports it.
func (r *rig) change(code string, immediate bool) {
	r.conf.CaseCode = code
	r.drv.Send(r.s.Change(immediate, conference.Change{Op: conference.OpUpdate, Path: "case_code"}))
}

func (r *rig) stored(t *testing.T) *conference.Conference {
	t.Helper()
	c, err := r.repo.Get(r.conf.ID)
	if err != nil {
		t.Fatalf("nothing stored: %v", err)
	}
	return c
}

func TestTypingIsDebouncedIntoOneCommit(t *testing.T) {
	r := newRig(t)
	for _, code := range []string{"K", "K-", "K-2", "K-20"} {
		r.change(code, false)
		r.drv.Advance(100 * time.Millisecond)
	}
	if r.repo.Saves() != 0 {
		t.Fatalf("saved %d times while typing, want 0", r.repo.Saves())
	}
	if r.s.State() != Saving {
		t.Errorf("state while typing = %v, want Saving", r.s.State())
	}
	r.drv.Advance(Debounce)
	if r.repo.Saves() != 1 {
		t.Fatalf("saves after the pause = %d, want 1", r.repo.Saves())
	}
	if got := r.stored(t).CaseCode; got != "K-20" {
		t.Errorf("stored case code %q, want K-20", got)
	}
	if r.s.State() != Saved {
		t.Errorf("state = %v, want Saved", r.s.State())
	}
	if audit := r.repo.Audit(r.conf.ID); len(audit) != 1 {
		t.Errorf("audit entries = %d, want 1 for a burst of typing", len(audit))
	}
}

func TestSavedOnlyAfterTheStoreConfirmed(t *testing.T) {
	r := newRig(t)
	r.conf.CaseCode = "K-1"
	cmd := r.s.Change(true, conference.Change{Op: conference.OpAdd, Path: "participants/p1"})
	if r.s.State() != Saving {
		t.Fatalf("state with the commit not yet run = %v, want Saving", r.s.State())
	}
	msg := cmd() // the commit runs; its result has not reached Update yet
	if r.repo.Saves() != 1 || r.s.State() != Saving {
		t.Fatalf("state before the result arrived = %v, want Saving", r.s.State())
	}
	r.drv.Send(msg)
	if r.s.State() != Saved {
		t.Errorf("state after the result = %v, want Saved", r.s.State())
	}
}

func TestFailedCommitIsLoudAndRetriedWithoutLosingText(t *testing.T) {
	r := newRig(t)
	r.repo.FailNextSaves(2)
	r.change("K-2026-117", true)
	if r.s.State() != Failed || !errors.Is(r.s.Err(), tuitest.ErrInjected) {
		t.Fatalf("state = %v, err %v; want Failed with the store's error", r.s.State(), r.s.Err())
	}
	if want := start.Add(time.Second); !r.s.RetryAt().Equal(want) {
		t.Errorf("first retry at %v, want %v", r.s.RetryAt(), want)
	}
	r.change("K-2026-117b", false) // typing goes on while failed
	r.drv.Advance(time.Second)     // retry 1 fails too
	if r.s.State() != Failed {
		t.Fatalf("state after the second failure = %v, want Failed", r.s.State())
	}
	r.drv.Advance(time.Second) // backoff is now 2 s: nothing yet
	if r.repo.Saves() != 0 {
		t.Fatalf("retried before the backoff was over")
	}
	r.drv.Advance(time.Second)
	if r.s.State() != Saved {
		t.Fatalf("state after the retry = %v, want Saved", r.s.State())
	}
	if got := r.stored(t).CaseCode; got != "K-2026-117b" {
		t.Errorf("stored %q, want the text typed during the failure", got)
	}
	if audit := r.repo.Audit(r.conf.ID); len(audit) != 1 {
		t.Errorf("audit entries = %v, want the one pending change once", audit)
	}
}

func TestOneCommitInFlightAndTheNewerChangeFollows(t *testing.T) {
	r := newRig(t)
	r.conf.CaseCode = "A"
	first := r.s.Change(true)
	r.conf.CaseCode = "B"
	if second := r.s.Change(true); second != nil {
		t.Fatal("a second commit started while one was in flight")
	}
	r.drv.Send(first()) // the first returns; the follow-up starts and completes
	if r.repo.Saves() != 2 || r.stored(t).CaseCode != "B" || r.s.State() != Saved {
		t.Errorf("saves %d, stored %q, state %v; want 2, B, Saved", r.repo.Saves(), r.stored(t).CaseCode, r.s.State())
	}
}

func TestSnapshotIsNotTheLiveConference(t *testing.T) {
	r := newRig(t)
	r.conf.CaseCode = "before"
	cmd := r.s.Change(true)
	r.conf.CaseCode = "after" // typing continues while the commit runs
	r.drv.Send(r.s.Change(false))
	r.drv.Send(cmd())
	if got := r.stored(t).CaseCode; got != "before" {
		t.Errorf("commit wrote %q: it must write the snapshot taken when it started", got)
	}
	if r.s.State() == Saved {
		t.Error("state Saved although the newest text is not stored")
	}
	r.drv.Advance(Debounce)
	if got := r.stored(t).CaseCode; got != "after" || r.s.State() != Saved {
		t.Errorf("after the pause: stored %q, state %v; want after, Saved", got, r.s.State())
	}
}

func TestFlushRetriesAtOnceAfterAFailure(t *testing.T) {
	r := newRig(t)
	r.repo.FailNextSaves(1)
	r.change("X", true)
	r.drv.Send(r.s.Flush())
	if r.s.State() != Saved {
		t.Errorf("state after flush = %v, want Saved", r.s.State())
	}
}

func TestStaleOlderSnapshotNeverOverwritesANewerOne(t *testing.T) {
	r := newRig(t)
	r.conf.CaseCode = "old"
	older := r.s.Change(true)
	r.conf.CaseCode = "new"
	r.s.gen++ // a newer change, written synchronously at exit before the older commit ran
	if err := r.s.SaveNow(); err != nil {
		t.Fatal(err)
	}
	older()
	if got := r.stored(t).CaseCode; got != "new" {
		t.Errorf("stored %q after a late older commit, want new", got)
	}
}

func TestRetryDelays(t *testing.T) {
	want := []time.Duration{time.Second, 2 * time.Second, 5 * time.Second, 10 * time.Second, 30 * time.Second, 30 * time.Second}
	for i, w := range want {
		if got := RetryDelay(i + 1); got != w {
			t.Errorf("RetryDelay(%d) = %v, want %v", i+1, got, w)
		}
	}
}
