package facts

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStreamOrderAndErrors(t *testing.T) {
	dir := t.TempDir()
	var inputs []Input
	for i := range 40 {
		p := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		text := fmt.Sprintf("Leaders of %d nations met. %s", i+2, strings.Repeat("Filler words here. ", i*50))
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, Input{Path: p})
	}
	collect := func(workers int) []string {
		var got []string
		err := Stream(context.Background(), inputs, nil, workers, func(r Result) error {
			if r.Err != nil {
				return r.Err
			}
			for _, f := range r.Facts {
				got = append(got, filepath.Base(f.Source)+" "+f.Text)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	one := collect(1)
	if len(one) != 40 {
		t.Fatalf("got %d facts, want 40", len(one))
	}
	for _, w := range []int{2, 8} {
		if diff := cmp.Diff(one, collect(w)); diff != "" {
			t.Errorf("workers=%d differs from workers=1:\n%s", w, diff)
		}
	}

	// A missing file stops the stream with its error, after the inputs
	// before it were emitted in order.
	bad := append(append([]Input{}, inputs[:3]...), Input{Path: filepath.Join(dir, "missing.txt")})
	bad = append(bad, inputs[3:]...)
	var seen []int
	err := Stream(context.Background(), bad, nil, 4, func(r Result) error {
		if r.Err != nil {
			return r.Err
		}
		seen = append(seen, r.Index)
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Fatalf("err = %v, want one naming missing.txt", err)
	}
	if diff := cmp.Diff([]int{0, 1, 2}, seen); diff != "" {
		t.Errorf("emitted before the error (-want +got):\n%s", diff)
	}

	// Stopping early from emit returns that error.
	stop := errors.New("stop")
	n := 0
	err = Stream(context.Background(), inputs, nil, 4, func(Result) error {
		n++
		if n == 5 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 5 {
		t.Errorf("err = %v after %d results, want stop after 5", err, n)
	}
}
