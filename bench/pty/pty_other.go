//go:build !linux

package pty

import "context"

// Supported reports whether Run works on this system.
const Supported = false

// Run is not available on this system.
func Run(context.Context, Spec) (Result, error) { return Result{}, ErrUnsupported }
