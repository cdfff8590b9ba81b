package store

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// What it would cost to detect a rollback: someone who can write the
// file puts back older sealed values of the same store (from a backup).
// A per-store counter in each value's additional data detects nothing by
// itself, since an old value carries the old counter it was sealed with.
// Detection needs an authenticated record of which version every value
// must have: here an accumulator (XOR of HMACs over bucket, key and
// counter of every value) kept sealed in meta, updated by each save, and
// checked against every value of the store at each open. These
// benchmarks measure both halves; README "What encryption does not
// protect against" has the figures and the decision.

// rollbackGuard is the per-save half: the counter goes up, the
// accumulator takes out the old version of each written value and takes
// in the new one, and the record is written in the save's transaction.
func rollbackGuard(tx *bbolt.Tx, mac []byte, keys [][2][]byte) error {
	meta := tx.Bucket(bucketMeta)
	rec := make([]byte, 8+sha256.Size)
	copy(rec, meta.Get([]byte("rollback")))
	counter := binary.BigEndian.Uint64(rec) + 1
	binary.BigEndian.PutUint64(rec, counter)
	for _, k := range keys {
		for _, version := range []uint64{counter - 1, counter} {
			sum := versionMAC(mac, k[0], k[1], version)
			for i := range sum {
				rec[8+i] ^= sum[i]
			}
		}
	}
	return meta.Put([]byte("rollback"), rec)
}

func versionMAC(key, bucket, k []byte, version uint64) []byte {
	h := hmac.New(sha256.New, key)
	_, _ = h.Write(valueAD(bucket, k))
	var v [8]byte
	binary.BigEndian.PutUint64(v[:], version)
	_, _ = h.Write(v[:])
	return h.Sum(nil)
}

// BenchmarkSaveRollbackGuard is BenchmarkSaveEncrypted's edit with and
// without the guard's per-save work, in the same transaction.
func BenchmarkSaveRollbackGuard(b *testing.B) {
	for _, guarded := range []bool{false, true} {
		b.Run(map[bool]string{false: "sealed", true: "sealed+guard"}[guarded], func(b *testing.B) {
			s := openTemp(b)
			s.opts.KDF = testKDF
			if _, err := s.Encrypt([]byte(passphrase)); err != nil {
				b.Fatal(err)
			}
			c := richConference("", "x", 0)
			if err := s.Save(c); err != nil {
				b.Fatal(err)
			}
			mac := randomBytes(keySize)
			id := []byte(c.ID)
			// What a save of one change writes: conference, summary,
			// search text, actions, one audit entry.
			keys := [][2][]byte{{bucketConferences, id}, {bucketSummaries, id}, {bucketSearch, id}, {bucketActions, id}, {auditBucketName(id), id}}
			i := 0
			for b.Loop() {
				i++
				c.Facts = fmt.Sprintf("Sachverhalt, Fassung %d", i)
				err := s.update(func(tx *bbolt.Tx) error {
					err := putConference(tx, s.cd, c, []conference.Change{{Op: conference.OpUpdate, Path: "facts"}}, t0)
					if err == nil && guarded {
						err = rollbackGuard(tx, mac, keys)
					}
					return err
				})
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRollbackCheck10k is the other half, at every open: every value
// of an encrypted store of 10,000 conferences read, opened and taken into
// the accumulator. (The store's own start reads only the first screenful
// of summaries.)
func BenchmarkRollbackCheck10k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "kofa.db")
	src, err := os.Open(seededStore(b, 10_000))
	if err != nil {
		b.Fatal(err)
	}
	dst, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	_, err = io.Copy(dst, src)
	if err := errors.Join(err, src.Close(), dst.Close()); err != nil {
		b.Fatal(err)
	}
	opts := cryptOptions(passphrase, nil)
	s, err := Open(path, opts)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Encrypt([]byte(passphrase)); err != nil {
		b.Fatal(err)
	}
	mac := randomBytes(keySize)
	for b.Loop() {
		var acc [sha256.Size]byte
		values := 0
		err := s.view(func(tx *bbolt.Tx) error {
			return tx.ForEach(func(name []byte, bk *bbolt.Bucket) error {
				if string(name) == string(bucketMeta) {
					return nil
				}
				return walkValues(bk, name, func(path, k, v []byte) error {
					if _, err := s.cd.sealer.open(path, k, v); err != nil {
						return err
					}
					for i, x := range versionMAC(mac, path, k, 1) {
						acc[i] ^= x
					}
					values++
					return nil
				})
			})
		})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(values), "values")
	}
}

func walkValues(bk *bbolt.Bucket, path []byte, fn func(path, k, v []byte) error) error {
	return bk.ForEach(func(k, v []byte) error {
		if v == nil {
			return walkValues(bk.Bucket(k), bucketPath(path, k), fn)
		}
		return fn(path, k, v)
	})
}

// BenchmarkRollbackGuardMACs is the CPU part of the guard's per-save work
// alone (the ten HMACs of a save of one change), which on a shared machine
// is lost in the noise of BenchmarkSaveRollbackGuard's synced writes.
func BenchmarkRollbackGuardMACs(b *testing.B) {
	mac, id := randomBytes(keySize), []byte("k7m2qxa9")
	for b.Loop() {
		for _, bk := range [][]byte{bucketConferences, bucketSummaries, bucketSearch, bucketActions, auditBucketName(id)} {
			_ = versionMAC(mac, bk, id, 41)
			_ = versionMAC(mac, bk, id, 42)
		}
	}
}
