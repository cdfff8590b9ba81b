package conference

import (
	"crypto/rand"
	"strings"
)

// idAlphabet avoids letters that are easy to confuse when read aloud or
// typed (0/o, 1/l/i).
const idAlphabet = "23456789abcdefghjkmnpqrstuvwxyz"

// IDLength is the number of characters in a conference ID.
const IDLength = 8

// NewID returns a random conference ID. IDs are short so that a person can
// type `kofa export k7m2qxa9`; with 31^8 (~8.5e11) possibilities a
// collision among a laptop's conferences is negligible, and the store
// checks anyway.
func NewID() ID {
	var b [IDLength]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("crypto/rand failed: " + err.Error()) // never happens on supported systems
	}
	var sb strings.Builder
	for _, x := range b {
		sb.WriteByte(idAlphabet[int(x)%len(idAlphabet)])
	}
	return ID(sb.String())
}

// ValidID reports whether s has the shape of a conference ID.
func ValidID(s string) bool {
	if len(s) != IDLength {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune(idAlphabet, r) {
			return false
		}
	}
	return true
}
