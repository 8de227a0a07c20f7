package main

import (
	"errors"
	"fmt"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/facts"
)

// TestStoryChecks: stories checked on several goroutines are handed on in
// the order they came, each report that of its own story; once handing one
// on fails, no other is, adding stops, and wait returns the failure.
func TestStoryChecks(t *testing.T) {
	prog, err := loadProgram(nil)
	if err != nil {
		t.Fatal(err)
	}
	story := func(i int) [][]facts.Fact { // two documents of a fact each
		var docs [][]facts.Fact
		for k, n := range []float64{float64(i), float64(i + 1)} {
			docs = append(docs, []facts.Fact{{Kind: facts.KindCount, Source: fmt.Sprintf("s%d/%d.txt", i, k), Story: fmt.Sprint("s", i),
				Text: fmt.Sprint(n, " nations"), Noun: "nations", Class: "nations", Stated: []float64{n}}})
		}
		return docs
	}
	// n = 1 checks in add itself (one core).
	for _, n := range []int{1, 4} {
		t.Run(fmt.Sprint("in order/", n), func(t *testing.T) {
			var got []string
			c := newStoryChecks(prog, n, nil, func(r *checker.Report) error {
				if len(r.Findings) != 1 {
					t.Errorf("%d findings, want 1", len(r.Findings))
					return nil
				}
				got = append(got, r.Findings[0].Mentions[0].Source)
				return nil
			})
			for i := range 50 {
				if err := c.add(story(i)); err != nil {
					t.Fatal(err)
				}
			}
			if err := c.wait(); err != nil {
				t.Fatal(err)
			}
			for i := range 50 {
				if want := fmt.Sprintf("s%d/0.txt", i); i >= len(got) || got[i] != want {
					t.Fatalf("report %d is of %v, want %s (all: %v)", i, got[min(i, len(got)-1)], want, got)
				}
			}
		})
	}
	for _, n := range []int{1, 2} {
		t.Run(fmt.Sprint("a failure stops/", n), func(t *testing.T) {
			full := errors.New("disk full")
			handed := 0
			c := newStoryChecks(prog, n, nil, func(r *checker.Report) error {
				handed++
				if handed == 3 {
					return full
				}
				return nil
			})
			stopped := false
			for i := 0; i < 1000 && !stopped; i++ {
				stopped = c.add(story(i)) != nil
			}
			if !stopped {
				t.Error("adding went on after handing a report on failed")
			}
			if err := c.wait(); err != full {
				t.Errorf("wait = %v, want %v", err, full)
			}
			if handed != 3 {
				t.Errorf("%d reports handed on, want 3 (none after the failure)", handed)
			}
		})
	}
}
