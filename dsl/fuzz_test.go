package dsl

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzFormat checks the formatter's properties on any input that parses:
// it formats; the formatted text parses to the same tree with the same
// comments; formatting is idempotent; every node's span lies inside its
// parent's.
func FuzzFormat(f *testing.F) {
	for _, pattern := range []string{"../rules/*.rules", "testdata/*/*.rules", "testdata/*/*.golden", "../checker/testdata/*/*.rules"} {
		files, _ := filepath.Glob(pattern)
		for _, name := range files {
			src, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(src)
		}
	}
	for _, c := range constructs {
		f.Add([]byte(c.src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if _, err := ParseFile("fuzz.rules", src); err != nil {
			return
		}
		checkRoundTrip(t, src)
	})
}
