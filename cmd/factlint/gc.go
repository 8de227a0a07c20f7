package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// Extraction allocates many short-lived strings and slices. Collecting
// garbage a quarter as often costs about a fifth less CPU on a generated
// archive (3.08 s → 2.36 s user for 10 MB), and the soft memory limit keeps
// the heap in bounds: at most 29 MB is live checking an archive story by
// story, and the limit holds the peak to 84 MB on 300 MB (99.9 MB with a
// limit of 96 MiB, for 6% less CPU). GOGC and GOMEMLIMIT in the
// environment still win.
//
// About 10 MB is live most of the time, so that GOGC 400 collected at a
// 50 MB heap, well under the limit; GOGC 800 leaves the limit to decide,
// for 22 collections instead of 30 on 100 MB, and 2–3% fewer instructions
// for the whole job (17.34 G → 16.8–16.9 G; the collector's marking was 7%
// of them), with the same peak: 85–86 MB on 300 MB, on one core or two.
const (
	gcPercent   = 800
	memoryLimit = 80 << 20
)

// setGC applies the settings above where the environment sets none, and
// with both ours watches the live heap: see liftLimit.
func setGC(getenv func(string) string) {
	gogc, limit := getenv("GOGC") == "", getenv("GOMEMLIMIT") == ""
	if gogc {
		debug.SetGCPercent(gcPercent)
	}
	if limit {
		debug.SetMemoryLimit(memoryLimit)
	}
	if gogc && limit {
		watchLiveHeap(liftLimit)
	}
}

// liftLimit lifts the soft limit once the live heap passes half of it, and
// reports whether it did; the heap may then grow to 1.5 times what is
// live (GOGC 50). That happens only when one story holds a great many
// facts (a whole archive checked as one story): the heap must hold them
// all, and under the limit the collector would run back to back. A 30 MB
// archive as one story: 12.3 s user and 267 MB peak under the limit;
// 5.5 s and 382 MB with GOGC 50; 4.4 s and 468 MB with Go's default, 100.
func liftLimit(live uint64) bool {
	if live < memoryLimit/2 {
		return false
	}
	debug.SetMemoryLimit(math.MaxInt64)
	debug.SetGCPercent(liftedGCPercent)
	return true
}

// liftedGCPercent is GOGC once the limit is lifted.
const liftedGCPercent = 50

// watchLiveHeap calls f with the live heap after each garbage collection
// until f returns true. The runtime has no hook for the end of a
// collection; a finalizer on an object nothing refers to runs after each
// one, and arms itself again.
func watchLiveHeap(f func(live uint64) bool) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var check func(*sentinel)
	check = func(s *sentinel) {
		metrics.Read(sample)
		if sample[0].Value.Kind() == metrics.KindUint64 && f(sample[0].Value.Uint64()) {
			return
		}
		runtime.SetFinalizer(s, check)
	}
	runtime.SetFinalizer(&sentinel{}, check)
}

// A sentinel is big enough not to share a tiny-allocator block, so that
// nothing else keeps it alive.
type sentinel struct{ _ [32]byte }
