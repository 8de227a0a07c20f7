package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
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

// watchSignals cancels the run on SIGINT or SIGTERM. A command that does not
// return within interruptGrace (a read from a terminal or a pipe cannot be
// cancelled) is ended with exit code 130 after its temporary files are
// removed. The watch ends when done is closed.
func watchSignals(cancel context.CancelFunc, done <-chan struct{}, stderr io.Writer) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		defer signal.Stop(sigs)
		select {
		case <-sigs:
		case <-done:
			return
		}
		cancel()
		select {
		case <-done:
		case <-time.After(interruptGrace):
			removeTemps()
			fmt.Fprintln(stderr, "factlint: interrupted")
			os.Exit(exitSignal)
		}
	}()
}
