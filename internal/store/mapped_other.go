//go:build !linux

package store

import "go.etcd.io/bbolt"

// releaseMapped does nothing outside Linux: kofa's memory budget is
// measured there (see mapped_linux.go), and elsewhere clean pages of the
// map are reclaimed by the system under memory pressure.
func releaseMapped(*bbolt.Tx) {}
