package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// startCPUProfile profiles the run into path (the hidden --cpu-profile flag,
// for speed work on real inputs rather than benchmarks). The returned stop
// writes the profile out.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
