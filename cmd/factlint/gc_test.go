package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// restoreGC puts the collector's settings back after a test changes them.
func restoreGC(t *testing.T) {
	percent, limit := debug.SetGCPercent(100), debug.SetMemoryLimit(-1)
	debug.SetGCPercent(percent)
	t.Cleanup(func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	})
}

func TestLiftLimit(t *testing.T) {
	restoreGC(t)
	debug.SetGCPercent(gcPercent)
	debug.SetMemoryLimit(memoryLimit)
	if liftLimit(20 << 20) {
		t.Fatal("lifted the limit for a 20 MiB live heap")
	}
	if got := debug.SetMemoryLimit(-1); got != memoryLimit {
		t.Fatalf("limit %d after a small heap, want %d", got, memoryLimit)
	}
	if !liftLimit(60 << 20) {
		t.Fatal("kept the limit for a 60 MiB live heap")
	}
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("limit %d after a large heap, want none", got)
	}
	if got := debug.SetGCPercent(100); got != liftedGCPercent {
		t.Errorf("GOGC %d after a large heap, want %d", got, liftedGCPercent)
	}
}

func TestSetGCLeavesTheEnvironmentsSettings(t *testing.T) {
	restoreGC(t)
	debug.SetGCPercent(150)
	debug.SetMemoryLimit(1 << 40)
	setGC(func(k string) string { return map[string]string{"GOGC": "150"}[k] })
	if got := debug.SetGCPercent(150); got != 150 {
		t.Errorf("GOGC %d, want the environment's 150", got)
	}
	if got := debug.SetMemoryLimit(-1); got != memoryLimit {
		t.Errorf("limit %d, want ours (%d): the environment sets none", got, memoryLimit)
	}
}

// TestWatchLiveHeap: the watcher sees the live heap after collections,
// including a large slice kept alive, and stops once told to.
func TestWatchLiveHeap(t *testing.T) {
	big := make([]byte, 64<<20)
	calls := make(chan uint64, 100)
	watchLiveHeap(func(live uint64) bool {
		calls <- live
		return live >= 64<<20
	})
	var seen uint64
	for i := 0; i < 200 && seen < 64<<20; i++ {
		runtime.GC()
		select {
		case seen = <-calls:
		default:
			time.Sleep(time.Millisecond) // the finalizer runs on its own goroutine
		}
	}
	if seen < 64<<20 {
		t.Fatalf("the watcher saw at most %d bytes live with a 64 MiB slice kept", seen)
	}
	runtime.KeepAlive(big)
	for len(calls) > 0 {
		<-calls
	}
	for range 5 {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	if n := len(calls); n != 0 {
		t.Errorf("the watcher was called %d times after it asked to stop", n)
	}
}
