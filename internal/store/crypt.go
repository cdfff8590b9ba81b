package store

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"golang.org/x/crypto/argon2"
)

// Encryption at rest. A passphrase never encrypts data itself:
//
//	passphrase --Argon2id(salt, KDFParams)--> key-encryption key (KEK)
//	KEK --AES-256-GCM--> wraps a random 32-byte data key
//	data key --AES-256-GCM--> seals every value, bound to bucket and key
//
// The salt, the Argon2id parameters and the wrapped data key are the
// crypt header in the meta bucket. Changing the passphrase re-wraps only
// the data key. The wrapped key's GCM tag is the verifier: a wrong
// passphrase gives a KEK under which the tag does not match.

// ErrWrongPassphrase: the passphrase does not unlock the store. Nothing
// was changed.
var ErrWrongPassphrase = errors.New("store: wrong passphrase")

// ErrPassphraseRequired: the store is encrypted and Options.KeyFunc is
// nil, so there is no way to ask for the passphrase.
var ErrPassphraseRequired = errors.New("store: the store is encrypted, a passphrase is required")

// ErrEncrypted: Encrypt was called on a store that is encrypted already.
var ErrEncrypted = errors.New("store: the store is encrypted already")

// ErrNotEncrypted: ChangePassphrase was called on a plain store.
var ErrNotEncrypted = errors.New("store: the store is not encrypted")

// ErrEmptyPassphrase: an empty passphrase protects nothing.
var ErrEmptyPassphrase = errors.New("store: empty passphrase")

// KDFParams are the Argon2id cost parameters. Each store keeps the ones
// its key was made with, so changing DefaultKDF later leaves existing
// stores readable; they move to the new cost when their passphrase is
// changed.
type KDFParams struct {
	Time    uint32 `json:"t"` // passes over the memory
	Memory  uint32 `json:"m"` // KiB
	Threads uint8  `json:"p"` // lanes
}

// DefaultKDF costs about half a second on two idle cores (about 0.9 s
// of CPU time, spread over four lanes; see BenchmarkDeriveKey), less on a
// laptop with more cores: slow enough to make guessing expensive, quick
// enough not to annoy at every start. 128 MiB makes each guess cost
// memory as well as time, which is what slows down guessing hardware.
var DefaultKDF = KDFParams{Time: 8, Memory: 128 << 10, Threads: 4}

// Bounds on parameters read from a file: a damaged header must not make
// kofa allocate gigabytes or compute for minutes.
const (
	maxKDFTime   = 64
	maxKDFMemory = 1 << 20 // KiB: 1 GiB
)

func (p KDFParams) valid() bool {
	return p.Time >= 1 && p.Time <= maxKDFTime && p.Threads >= 1 &&
		p.Memory >= 8*uint32(p.Threads) && p.Memory <= maxKDFMemory
}

const (
	cryptHeaderVersion = 1
	kdfArgon2id        = "argon2id"
	keySize            = 32 // AES-256
	saltSize           = 16
	nonceSize          = 12 // GCM's standard nonce
)

// wrapAD binds the wrapped data key to its role.
var wrapAD = []byte("kofa data key v1")

// cryptHeader is the meta value keyCrypt of an encrypted store. It holds
// no secret: the data key in it is sealed under the KEK.
type cryptHeader struct {
	V       int       `json:"v"`
	KDF     string    `json:"kdf"`
	Params  KDFParams `json:"params"`
	Salt    []byte    `json:"salt"`
	Wrapped []byte    `json:"key"` // nonce || GCM(KEK, data key)
}

func parseCryptHeader(data []byte) (*cryptHeader, error) {
	var h cryptHeader
	if err := json.Unmarshal(data, &h); err != nil {
		return nil, damage(fmt.Errorf("crypt header: %w", err))
	}
	switch {
	case h.V != cryptHeaderVersion:
		return nil, damage(fmt.Errorf("crypt header version %d", h.V))
	case h.KDF != kdfArgon2id || !h.Params.valid():
		return nil, damage(errors.New("crypt header: unusable key derivation parameters"))
	case len(h.Salt) < saltSize || len(h.Wrapped) != nonceSize+keySize+16:
		return nil, damage(errors.New("crypt header: malformed salt or key"))
	}
	return &h, nil
}

func (h *cryptHeader) marshal() ([]byte, error) { return json.Marshal(h) }

// newCryptHeader wraps dataKey under a KEK derived from passphrase with a
// fresh salt.
func newCryptHeader(passphrase, dataKey []byte, params KDFParams) (*cryptHeader, error) {
	if len(passphrase) == 0 {
		return nil, ErrEmptyPassphrase
	}
	h := &cryptHeader{V: cryptHeaderVersion, KDF: kdfArgon2id, Params: params, Salt: randomBytes(saltSize)}
	kek := h.kek(passphrase)
	defer clear(kek)
	gcm, err := newGCM(kek)
	if err != nil {
		return nil, err
	}
	nonce := randomBytes(nonceSize)
	h.Wrapped = gcm.Seal(nonce, nonce, dataKey, wrapAD)
	return h, nil
}

func (h *cryptHeader) kek(passphrase []byte) []byte {
	p := h.Params
	return argon2.IDKey(passphrase, h.Salt, p.Time, p.Memory, p.Threads, keySize)
}

// unwrap returns the data key, or ErrWrongPassphrase. The caller clears
// the key after use.
func (h *cryptHeader) unwrap(passphrase []byte) ([]byte, error) {
	kek := h.kek(passphrase)
	defer clear(kek)
	gcm, err := newGCM(kek)
	if err != nil {
		return nil, err
	}
	key, err := gcm.Open(nil, h.Wrapped[:nonceSize], h.Wrapped[nonceSize:], wrapAD)
	if err != nil {
		return nil, ErrWrongPassphrase
	}
	return key, nil
}

// unlock turns the passphrase into the sealer of the store's values.
func (h *cryptHeader) unlock(passphrase []byte) (*sealer, error) {
	key, err := h.unwrap(passphrase)
	if err != nil {
		return nil, err
	}
	defer clear(key)
	return newSealer(key)
}

// sealer seals and opens values with the data key. The raw key bytes
// are cleared once the cipher is made, but the cipher keeps the AES key
// schedule, whose first round key is the data key itself: while a store
// is open its data key is in memory, and Go offers no way to wipe the
// schedule when the store is closed (it goes when the memory is reused or
// the process ends). See the README, "What stays in memory".
type sealer struct{ aead cipher.AEAD }

func newSealer(dataKey []byte) (*sealer, error) {
	gcm, err := newGCM(dataKey)
	if err != nil {
		return nil, err
	}
	return &sealer{aead: gcm}, nil
}

// seal returns nonce || ciphertext || tag, bound to bucket and key, so a
// value copied to another key or bucket no longer opens.
func (s *sealer) seal(bucket, key, plain []byte) []byte {
	out := make([]byte, nonceSize, nonceSize+len(plain)+s.aead.Overhead())
	_, _ = rand.Read(out) // never fails, see randomBytes
	return s.aead.Seal(out, out, plain, valueAD(bucket, key))
}

func (s *sealer) open(bucket, key, sealed []byte) ([]byte, error) {
	if len(sealed) < nonceSize+s.aead.Overhead() {
		return nil, errors.New("sealed value too short")
	}
	plain, err := s.aead.Open(nil, sealed[:nonceSize], sealed[nonceSize:], valueAD(bucket, key))
	if err != nil {
		return nil, errors.New("sealed value does not open (damaged, or not stored under this key)")
	}
	return plain, nil
}

// valueAD is the additional data of a value: the bucket path, length
// prefixed so that no bucket/key pair reads as another, then the key.
func valueAD(bucket, key []byte) []byte {
	ad := binary.AppendUvarint(make([]byte, 0, 2+len(bucket)+len(key)), uint64(len(bucket)))
	return append(append(ad, bucket...), key...)
}

func newGCM(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// randomBytes reads n bytes from the system's secure source. crypto/rand
// never fails on supported systems (it crashes the program instead).
func randomBytes(n int) []byte {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return b
}
