package store

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
)

// appName is the folder kofa keeps its data in.
const appName = "kofa"

// DataDir is the folder for kofa's data:
//
//	Windows   %LOCALAPPDATA%\kofa
//	others    $XDG_DATA_HOME/kofa when set (an absolute path), else
//	macOS     ~/Library/Application Support/kofa
//	others    ~/.local/share/kofa
func DataDir() (string, error) {
	if runtime.GOOS == "windows" {
		dir := os.Getenv("LOCALAPPDATA")
		if dir == "" {
			return "", errors.New("store: %LOCALAPPDATA% is not set")
		}
		return filepath.Join(dir, appName), nil
	}
	if dir := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(dir) {
		return filepath.Join(dir, appName), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	if runtime.GOOS == "darwin" {
		return filepath.Join(home, "Library", "Application Support", appName), nil
	}
	return filepath.Join(home, ".local", "share", appName), nil
}

// DefaultPath is the store file used when neither --db nor $KOFA_DB is given.
func DefaultPath() (string, error) {
	dir, err := DataDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "kofa.db"), nil
}

// ResolvePath picks the store file: the --db flag, else $KOFA_DB, else
// DefaultPath.
func ResolvePath(flag string) (string, error) {
	if flag != "" {
		return filepath.Clean(flag), nil
	}
	if env := os.Getenv("KOFA_DB"); env != "" {
		return filepath.Clean(env), nil
	}
	return DefaultPath()
}
