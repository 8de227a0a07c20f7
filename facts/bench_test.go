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

// BenchmarkTokenize measures tokenizing a document the way Extract does:
// every sentence into one token array, with one lower-case copy of the text.
func BenchmarkTokenize(b *testing.B) {
	d := normalize("seeds.txt", seedText(b))
	sents := Sentences(d.Text)
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		tokenizeAll(d, sents)
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
