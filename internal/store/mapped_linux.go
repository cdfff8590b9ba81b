package store

import (
	"go.etcd.io/bbolt"
	"golang.org/x/sys/unix"
)

// releaseMapped tells the kernel that kofa no longer needs the pages of
// the store's memory map it has read so far, so they leave kofa's
// resident memory. Linux counts every page of a file-backed map that a
// process touched as its own until the page is reclaimed, so reading all
// conferences (kofa export --all) would otherwise grow the resident
// memory to the size of the file. The map is shared and read-only:
// MADV_DONTNEED drops only the process's mapping of clean pages, the data
// stays in the page cache and the next read of a page maps it again, so
// this is safe at any time while tx keeps the map in place (bbolt remaps
// only between transactions). A failure only means the pages stay
// resident until the kernel reclaims them, so it is ignored.
func releaseMapped(tx *bbolt.Tx) {
	size := uintptr(tx.Size()) // the file as of tx; the map is at least as large
	if size == 0 {
		return
	}
	// A raw syscall on the map's address: unix.Madvise wants a []byte,
	// and bbolt gives the map only as an address.
	_, _, _ = unix.Syscall(unix.SYS_MADVISE, tx.DB().Info().Data, size, unix.MADV_DONTNEED)
}
