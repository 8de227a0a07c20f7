package facts

import (
	"os"
	"path/filepath"
	"testing"
)

// seedText returns the seed articles joined, the benchmarks' news-like input.
func seedText(b *testing.B) []byte {
	paths, _ := filepath.Glob("../seeds/*.txt")
	var all []byte
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, src...)
		all = append(all, '\n')
	}
	if len(all) == 0 {
		b.Fatal("no seeds")
	}
	return all
}

func BenchmarkSentences(b *testing.B) {
	src := string(seedText(b))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(src)
	}
}

func BenchmarkTokenize(b *testing.B) {
	src := string(seedText(b))
	sents := Sentences(src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	var toks []token
	for b.Loop() {
		for _, s := range sents {
			toks = tokenize(src, s.Start, s.End, toks)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	paths, _ := filepath.Glob("../seeds/*.txt")
	var size int64
	for _, p := range paths {
		fi, _ := os.Stat(p)
		size += fi.Size()
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paths {
			if _, err := Load(Input{Path: p}, nil); err != nil {
				b.Fatal(err)
			}
		}
	}
}
