//go:build unix

// Package cputime tells the process's CPU time, for benchmarks that report
// throughput per CPU-second beside wall-clock MB/s: on a machine shared
// with other work, the CPU-second figure is the one that means something.
package cputime

import (
	"syscall"
	"time"
)

// Used is the process's user and system CPU time so far.
func Used() time.Duration {
	var r syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &r); err != nil {
		return 0
	}
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}
