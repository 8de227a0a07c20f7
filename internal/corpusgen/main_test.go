package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no out", []string{"-size", "10KB"}, 2, "usage: corpusgen"},
		{"bad size", []string{"-size", "ten", "-out", dir}, 2, `invalid size "ten"`},
		{"stray argument", []string{"-out", dir, "extra"}, 2, "usage: corpusgen"},
		{"writes", []string{"-size", "50KB", "-out", dir, "-seed", "4"}, 0, "stories"},
		{"not empty", []string{"-size", "50KB", "-out", dir}, 2, "output directory is not empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			if code := run(tc.args, &stderr); code != tc.code || !strings.Contains(stderr.String(), tc.stderr) {
				t.Errorf("run(%q) = %d, stderr %q; want %d and %q", tc.args, code, stderr.String(), tc.code, tc.stderr)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "planted.jsonl")); err != nil {
		t.Error(err)
	}
}
