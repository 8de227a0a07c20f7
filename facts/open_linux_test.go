//go:build linux

package facts

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestRootsBounded: past maxRoots directories held open, Expand's inputs
// are opened by their paths, and every input reads as its file.
func TestRootsBounded(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i := range maxRoots + 10 {
		d := filepath.Join(dir, fmt.Sprint(i))
		if err := os.MkdirAll(filepath.Join(d, "s"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "s", "a.txt"), fmt.Appendf(nil, "Leaders of %d nations met.\n", i), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, d)
	}
	inputs, err := Expand(paths)
	if err != nil || len(inputs) != len(paths) {
		t.Fatalf("Expand: %d inputs, %v; want %d", len(inputs), err, len(paths))
	}
	if n := openRoots.Load(); n > maxRoots {
		t.Errorf("%d roots open, more than %d", n, maxRoots)
	}
	byPath := 0
	for _, in := range inputs {
		if in.root == nil {
			byPath++
		}
		got, err := readInputCopy(in)
		want, werr := os.ReadFile(in.Path)
		if err != nil || werr != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: read %q, %v; want %q, %v", in.Path, got, err, want, werr)
		}
	}
	if byPath < 10 {
		t.Errorf("%d inputs opened by their paths, want 10 or more", byPath)
	}
}

// TestRootPrefix: the prefix rootPrefix gives a clean directory is the
// one filepath.Join puts before a name in it.
func TestRootPrefix(t *testing.T) {
	for _, dir := range []string{".", "/", "a", "a/b", "/x/y", "../z", "..", "/.."} {
		dir = filepath.Clean(dir)
		if got, want := rootPrefix(dir), len(filepath.Join(dir, "n"))-1; got != want {
			t.Errorf("rootPrefix(%q) = %d, want %d", dir, got, want)
		}
	}
}
