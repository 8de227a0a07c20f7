package facts

import (
	"path/filepath"
	"sync"
	"testing"

	"github.com/factlint/factlint/internal/corpusgen/gen"
)

var benchArchive struct {
	once sync.Once
	docs []*Document
	size int64
	err  error
}

// archiveDocs loads a 2 MB generated archive (the four formats, articles of
// a few KB as in a newsroom's archive) once per test binary.
func archiveDocs(b *testing.B) ([]*Document, int64) {
	benchArchive.once.Do(func() {
		o := gen.DefaultOptions()
		o.Dir, o.Size = filepath.Join(b.TempDir(), "corpus"), 2_000_000
		if _, err := gen.Generate(o); err != nil {
			benchArchive.err = err
			return
		}
		inputs, err := Expand([]string{o.Dir})
		if err != nil {
			benchArchive.err = err
			return
		}
		for _, in := range inputs {
			d, err := Load(in, nil)
			if err != nil {
				benchArchive.err = err
				return
			}
			benchArchive.docs = append(benchArchive.docs, d)
			benchArchive.size += int64(d.File.Size())
		}
	})
	if benchArchive.err != nil {
		b.Fatal(benchArchive.err)
	}
	return benchArchive.docs, benchArchive.size
}

// BenchmarkExtractArchiveRecycled is BenchmarkExtractArchive giving each
// document's facts back with Recycle, as factlint's commands do.
func BenchmarkExtractArchiveRecycled(b *testing.B) {
	docs, size := archiveDocs(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Recycle(Extract(d))
		}
	}
}

// BenchmarkExtractArchive extracts every kind from each document of a
// generated archive, loaded beforehand: extraction alone, per MB of files.
func BenchmarkExtractArchive(b *testing.B) {
	docs, size := archiveDocs(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Extract(d)
		}
	}
}

// BenchmarkTokenizeArchive tokenizes every sentence of the generated
// archive's documents, split beforehand, into reused arrays: the
// tokenizer alone on a corpus too large for the branch predictor to learn.
func BenchmarkTokenizeArchive(b *testing.B) {
	docs, size := archiveDocs(b)
	sents := make([][]Sentence, len(docs))
	for i, d := range docs {
		sents[i] = Sentences(d.Text)
	}
	var all [][]token
	var buf []token
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			all, buf = tokenizeInto(d, sents[i], all[:0], buf[:0])
		}
	}
}

// BenchmarkExtractArchiveDefaultKinds is BenchmarkExtractArchiveRecycled
// extracting only what the default rules read, as check does: their kinds,
// and the paragraphs of dates alone.
func BenchmarkExtractArchiveDefaultKinds(b *testing.B) {
	docs, size := archiveDocs(b)
	o := Options{Kinds: KindsOf(KindCount, KindPerson, KindTitle, KindQuote, KindList, KindDate), NoParagraph: AllKinds &^ KindsOf(KindDate)}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Recycle(ExtractWith(d, o))
		}
	}
}

// BenchmarkExpand lists a generated 10 MB archive (496 story directories,
// 2,196 articles): what a run does before it reads the first document.
// Run with -cpu 1,2 to see the root's directories listed on both cores.
func BenchmarkExpand(b *testing.B) {
	o := gen.DefaultOptions()
	o.Dir, o.Size = filepath.Join(b.TempDir(), "corpus"), 10_000_000
	if _, err := gen.Generate(o); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Expand([]string{o.Dir}); err != nil {
			b.Fatal(err)
		}
	}
}
