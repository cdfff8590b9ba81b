//go:build !linux

package privatefile

import "errors"

// fsSync is Linux's syncfs (fssync_linux.go); elsewhere a batch syncs
// its files one by one.
type fsSync struct{}

func openFSSync(string) *fsSync { return nil }

func (*fsSync) sync() error { return errors.New("privatefile: no syncfs") }

func (*fsSync) close() {}
