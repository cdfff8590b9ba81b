package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
)

// testKDF keeps key derivation cheap in tests; the real cost is measured
// by BenchmarkDeriveKey.
var testKDF = KDFParams{Time: 1, Memory: 64, Threads: 1}

func testSealer(t *testing.T) *sealer {
	t.Helper()
	sl, err := newSealer(randomBytes(keySize))
	if err != nil {
		t.Fatal(err)
	}
	return sl
}

func TestSealedValueOpensOnlyUnderItsBucketAndKey(t *testing.T) {
	sl := testSealer(t)
	plain := []byte("Kind A. kam mit Hämatomen")
	sealed := sl.seal([]byte("conferences"), []byte("abc"), plain)
	if bytes.Contains(sealed, plain) {
		t.Fatal("sealed value holds the plaintext")
	}
	if got, err := sl.open([]byte("conferences"), []byte("abc"), sealed); err != nil || string(got) != string(plain) {
		t.Fatalf("open under its own name: %q, %v", got, err)
	}
	for _, other := range [][2]string{
		{"conferences", "abd"}, // another conference
		{"summaries", "abc"},   // another bucket, same key
		{"conference", "sabc"}, // the same bytes split differently
		{"audit/abc", ""},
	} {
		if _, err := sl.open([]byte(other[0]), []byte(other[1]), sealed); err == nil {
			t.Errorf("value sealed for conferences/abc opens as %s/%s", other[0], other[1])
		}
	}
	tampered := bytes.Clone(sealed)
	tampered[len(tampered)-1] ^= 1
	if _, err := sl.open([]byte("conferences"), []byte("abc"), tampered); err == nil {
		t.Error("a tampered value opens")
	}
	if again := sl.seal([]byte("conferences"), []byte("abc"), plain); bytes.Equal(again, sealed) {
		t.Error("sealing twice gives the same bytes: the nonce is not fresh")
	}
}

func TestHeaderUnwrapsOnlyWithItsPassphrase(t *testing.T) {
	dataKey := randomBytes(keySize)
	h, err := newCryptHeader([]byte("Korrekt Pferd Batterie"), dataKey, testKDF)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := h.marshal()
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, []byte("Pferd")) || bytes.Contains(raw, dataKey) {
		t.Fatal("the header holds the passphrase or the bare data key")
	}
	parsed, err := parseCryptHeader(raw)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := parsed.unwrap([]byte("Korrekt Pferd Batterie")); err != nil || !bytes.Equal(got, dataKey) {
		t.Fatalf("unwrap with the right passphrase: %v", err)
	}
	_, err = parsed.unwrap([]byte("korrekt Pferd Batterie"))
	if !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("unwrap with a wrong passphrase: %v, want ErrWrongPassphrase", err)
	}
	if bytes.Contains([]byte(err.Error()), []byte("Pferd")) {
		t.Error("the error names the passphrase")
	}
	if _, err := newCryptHeader(nil, dataKey, testKDF); !errors.Is(err, ErrEmptyPassphrase) {
		t.Errorf("empty passphrase: %v", err)
	}
}

// A damaged or hostile header must not make kofa allocate gigabytes or
// compute for minutes before it can say the passphrase is wrong.
func TestHeaderWithAbsurdCostIsDamage(t *testing.T) {
	h, err := newCryptHeader([]byte("x"), randomBytes(keySize), testKDF)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []KDFParams{
		{Time: 1, Memory: 16 << 20, Threads: 1}, // 16 GiB
		{Time: 100000, Memory: 64, Threads: 1},
		{Time: 0, Memory: 64, Threads: 1},
		{Time: 1, Memory: 64, Threads: 0},
	} {
		h.Params = p
		raw, _ := json.Marshal(h)
		// Parsing rejects it, so no key is ever derived with it.
		if _, err := parseCryptHeader(raw); !isDamaged(err) {
			t.Errorf("%+v: %v, want a DamagedError", p, err)
		}
	}
	for _, bad := range []string{`{`, `{"v":2}`, `{"v":1,"kdf":"scrypt"}`} {
		if _, err := parseCryptHeader([]byte(bad)); err == nil {
			t.Errorf("header %s parsed", bad)
		}
	}
}

func isDamaged(err error) bool {
	_, ok := errors.AsType[*DamagedError](err)
	return ok
}

// BenchmarkDeriveKey measures DefaultKDF, the cost of every start of an
// encrypted store. Goal: about 0.5 s per operation on a current laptop.
func BenchmarkDeriveKey(b *testing.B) {
	h := &cryptHeader{Params: DefaultKDF, Salt: randomBytes(saltSize)}
	for b.Loop() {
		clear(h.kek([]byte("Korrekt Pferd Batterie")))
	}
}
