package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// temps are output files being written; an interrupt removes them so no
// half-written file is left behind.
var temps struct {
	sync.Mutex
	paths map[string]bool
}

// registerTemp records a temporary file; the returned function forgets it
// once it has been renamed into place or removed.
func registerTemp(path string) (forget func()) {
	temps.Lock()
	defer temps.Unlock()
	if temps.paths == nil {
		temps.paths = map[string]bool{}
	}
	temps.paths[path] = true
	return func() {
		temps.Lock()
		defer temps.Unlock()
		delete(temps.paths, path)
	}
}

// removeTemps deletes every registered temporary file.
func removeTemps() {
	temps.Lock()
	defer temps.Unlock()
	for p := range temps.paths {
		os.Remove(p)
		delete(temps.paths, p)
	}
}

// interruptGrace is how long a command may take to notice an interrupt
// before the process leaves anyway: a read from a terminal or a pipe cannot
// be cancelled.
const interruptGrace = 2 * time.Second

// exitOnSecondWait ends the process with exit code 130 when an interrupt is
// not noticed in time by the command, after removing temporary files.
func exitOnSecondWait(ctx context.Context, stderr io.Writer) {
	<-ctx.Done()
	time.Sleep(interruptGrace)
	removeTemps()
	fmt.Fprintln(stderr, "factlint: interrupted")
	os.Exit(exitSignal)
}
