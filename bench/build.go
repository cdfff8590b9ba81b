package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// binaries are the programs the run starts from outside.
type binaries struct {
	kofa, ref string
}

// moduleRoot is the folder of kofa's go.mod.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", fmt.Errorf("run the benchmarks from inside the kofa module")
	}
	return filepath.Dir(mod), nil
}

// buildAll builds kofa and the reference program as a release is built
// (pure Go, no symbol tables, no local paths), so sizes and start times
// are those a user gets.
func buildAll(dir, kofaPkg string) (binaries, error) {
	root, err := moduleRoot()
	if err != nil {
		return binaries{}, err
	}
	b := binaries{kofa: filepath.Join(dir, "kofa"+exeSuffix()), ref: filepath.Join(dir, "ref"+exeSuffix())}
	for pkg, out := range map[string]string{kofaPkg: b.kofa, "./bench/ref": b.ref} {
		if err := goBuild(root, pkg, out); err != nil {
			return binaries{}, err
		}
	}
	return b, nil
}

func goBuild(root, pkg, out string) error {
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags", "-s -w", "-o", out, pkg)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go build %s: %w: %s", pkg, err, stderr.String())
	}
	return nil
}

func exeSuffix() string {
	if filepath.Separator == '\\' {
		return ".exe"
	}
	return ""
}
