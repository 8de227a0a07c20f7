package main

import (
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressMin is how many documents a run reads before it shows a progress
// bar.
const progressMin = 300

// progress shows a bar on stderr while many documents are read, and only
// when stderr is a terminal. The zero progress shows nothing.
type progress struct {
	w   io.Writer
	bar *progressbar.ProgressBar
}

func newProgress(stderr io.Writer) *progress {
	if !isTerminal(stderr) {
		return &progress{}
	}
	return &progress{w: stderr}
}

// step records that done of total documents have been read.
func (p *progress) step(done, total int) {
	if p.w == nil || total < progressMin {
		return
	}
	if p.bar == nil {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription("reading documents"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	p.bar.Set(done)
}

// finish clears the bar.
func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
