package main

import (
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/factlint/factlint/internal/corpusgen/gen"
)

var benchCorpus struct {
	once sync.Once
	dir  string
	size int64
	err  error
}

// corpusForBench generates a 5 MB news-like corpus once per test binary.
func corpusForBench(b *testing.B) (string, int64) {
	benchCorpus.once.Do(func() {
		dir, err := os.MkdirTemp("", "factlint-bench-")
		if err != nil {
			benchCorpus.err = err
			return
		}
		o := gen.DefaultOptions()
		o.Dir, o.Size = filepath.Join(dir, "corpus"), 5_000_000
		m, err := gen.Generate(o)
		benchCorpus.dir, benchCorpus.err = o.Dir, err
		if m != nil {
			benchCorpus.size = m.Bytes
		}
	})
	if benchCorpus.err != nil {
		b.Fatal(benchCorpus.err)
	}
	return benchCorpus.dir, benchCorpus.size
}

// BenchmarkCheckCorpus is the whole job end to end: load every document,
// extract every kind, check the default rules story by story, write the
// JSON report. MB/s is of article bytes.
func BenchmarkCheckCorpus(b *testing.B) {
	dir, size := corpusForBench(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		code := Main([]string{"check", "--per-directory", "--format", "json", "--fail-on", "never", dir}, nil, io.Discard, io.Discard)
		if code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
