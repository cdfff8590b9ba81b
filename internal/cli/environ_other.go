//go:build !linux

package cli

// wipeInitialEnv: on Windows os.Unsetenv changes the environment block of
// the process itself; elsewhere the block the process started with stays
// (see the README on KOFA_PASSPHRASE).
func wipeInitialEnv(string) {}
