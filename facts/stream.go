package facts

import (
	"context"
	"io"
	"runtime"
	"sync"
)

// A Result is one input's outcome: its facts, or the error that stopped it.
type Result struct {
	Index int
	Input Input
	Facts []Fact
	Err   error

	// Warnings are the document's (see Document.Warnings).
	Warnings []*Warning
}

// Stream loads and extracts inputs on a bounded pool of workers and calls
// emit with each result in input order, so output is the same whatever the
// number of workers. At most a few documents are held at once: a document is
// dropped as soon as its facts are extracted. Stream stops at the first error
// emit returns, or when ctx is done. workers <= 0 means GOMAXPROCS.
func Stream(ctx context.Context, inputs []Input, stdin io.Reader, workers int, emit func(Result) error) error {
	return StreamWith(ctx, inputs, stdin, workers, Options{}, emit)
}

// StreamWith is Stream extracting with o (see ExtractWith).
func StreamWith(ctx context.Context, inputs []Input, stdin io.Reader, workers int, o Options, emit func(Result) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, max(len(inputs), 1))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Each input in hand has a slot channel; results are read back in
	// order. The window bounds how far workers run ahead of the slowest
	// document: input i is handed out only once input i-window has been
	// read back, so the window's slots are used in turn, slot i%window for
	// input i, not one made for each input: the 22,046 channels of an
	// archive's job, made at the start and held to its end, cost 2.8% of
	// its instructions (10.51 G -> 10.21 G), most in the collector.
	// Handing out input i+window as input i is read back, from this
	// goroutine, neither send blocks: jobs holds the window, and a slot
	// one result. (A goroutine handing the inputs out, held back by a
	// semaphore, switched goroutines more for each input: 10.23 G -> 10.17 G
	// instructions for an archive's job.)
	window := min(4*workers, len(inputs))
	slots := make([]chan Result, window)
	for i := range slots {
		slots[i] = make(chan Result, 1)
	}
	jobs := make(chan int, window)
	for i := range window {
		jobs <- i
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				if ctx.Err() != nil {
					continue // stopped: the inputs handed out are not read
				}
				r := Result{Index: i, Input: inputs[i]}
				if d, err := Load(inputs[i], stdin); err != nil {
					r.Err = err
				} else {
					r.Facts = ExtractWith(d, o)
					r.Warnings = d.Warnings
				}
				slots[i%window] <- r
			}
		}()
	}
	var err error
	for i := range inputs {
		var r Result
		select {
		case r = <-slots[i%window]:
		case <-ctx.Done():
			err = ctx.Err()
		}
		if err != nil {
			break
		}
		if next := i + window; next < len(inputs) {
			jobs <- next
		}
		if err = emit(r); err != nil {
			break
		}
	}
	cancel()
	close(jobs)
	wg.Wait()
	return err
}
