package facts

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/factlint/factlint/internal/corpusgen/gen"
	"github.com/factlint/factlint/internal/cputime"
)

// benchTexts are paragraphs dense in one kind each, written for the
// benchmarks; each is repeated to about 256 KB.
var benchTexts = map[string]string{
	"count":    "Leaders of 26 nations joined the call, while as many as 25 countries sent envoys. Some 25 fellow leaders and more than 60 private sector companies took part; dozens of experts and between 20 and 30 states signed.\n",
	"number":   "The index rose to 1.6 and then 2.5, before falling by more than 30 to two hundred and five, then five and a half million, then two thirds of it.\n",
	"ordinal":  "It was the third meeting, the 21st summit and the 267th session; the twenty-first round came next, the penultimate one before the last.\n",
	"percent":  "Growth was 2.5%, prices rose 5 per cent, about five percent of voters moved and support fell 3 percentage points.\n",
	"money":    "A £1.6 billion package, an extra $2 billion, €300m in total and a US$ 150 million loan; it cost 420 million Finnish markka.\n",
	"duration": "A 30-day ceasefire, a 90-minute call, 18 months of talks, 24 hours of silence, a fortnight of waiting and just under two weeks to go.\n",
	"date":     "Leaders met on Thursday, 15 March 2025, and will meet again next week; on March 20, 2025 at 13:39 and 8:53 p.m. last Thursday in 2027.\n",
}

// BenchmarkExtract measures extraction over text dense in each kind, and
// over the seed articles as a whole.
func BenchmarkExtract(b *testing.B) {
	for _, kind := range KindNames() {
		text, ok := benchTexts[kind]
		if !ok {
			continue
		}
		src := []byte(strings.Repeat(text, (256<<10)/len(text)+1))
		b.Run(kind, func(b *testing.B) { benchExtract(b, src) })
	}
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatal("no seeds")
	}
	var seeds []byte
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		seeds = append(seeds, src...)
	}
	b.Run("seeds", func(b *testing.B) { benchExtract(b, seeds) })
}

func benchExtract(b *testing.B, src []byte) {
	d := NewDocument("bench.txt", src)
	d.Meta.Published = "2025-03-15T09:00:00Z"
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(d)
	}
}

// numericCorpus is a generated news-like corpus of about 2 MB, loaded,
// split into sentences and tokenized once per test binary, so that
// BenchmarkExtractNumeric measures the numeric extractors alone.
var numericCorpus struct {
	once  sync.Once
	docs  []*Document
	sents [][]Sentence
	toks  [][][]token
	size  int64
	err   error
}

func loadNumericCorpus(b testing.TB) {
	c := &numericCorpus
	c.once.Do(func() {
		dir := b.TempDir()
		o := gen.DefaultOptions()
		o.Dir, o.Size = filepath.Join(dir, "corpus"), 2_000_000
		if _, c.err = gen.Generate(o); c.err != nil {
			return
		}
		c.err = filepath.WalkDir(o.Dir, func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() || filepath.Base(p) == gen.ManifestName {
				return err
			}
			d, err := Load(Input{Path: p}, nil)
			if err != nil {
				return err
			}
			sents := Sentences(d.Text)
			c.docs = append(c.docs, d)
			c.sents = append(c.sents, sents)
			c.toks = append(c.toks, tokenizeAll(d, sents))
			c.size += int64(len(d.Text))
			return nil
		})
	})
	if c.err != nil {
		b.Fatal(c.err)
	}
}

// BenchmarkExtractNumeric runs extractNumeric over every sentence of a
// generated corpus; MB/s is of document text. cpu-ns/op is the CPU time of
// all threads, steadier than wall time on a shared machine.
//
// pretokenized reads tokens made once, 18 MB of them, from memory;
// Extract tokenizes a document just before, and reads them from cache.
// tokenize+numeric does the same; less tokenize is the numeric share.
func BenchmarkExtractNumeric(b *testing.B) {
	loadNumericCorpus(b)
	c := &numericCorpus
	xs := make([]*extraction, len(c.docs))
	for k, d := range c.docs {
		xs[k] = &extraction{doc: d}
	}
	run := func(b *testing.B, tokenize, numeric bool) {
		b.SetBytes(c.size)
		b.ReportAllocs()
		start := cputime.Used()
		for b.Loop() {
			for k, x := range xs {
				x.facts = x.facts[:0] // as Extract, which allocates them once
				all := c.toks[k]
				if tokenize {
					all = tokenizeAll(x.doc, c.sents[k])
				}
				if !numeric {
					continue
				}
				for i, s := range c.sents[k] {
					x.sent = s
					extractNumeric(x, all[i])
				}
			}
		}
		if used := cputime.Used() - start; used > 0 {
			b.ReportMetric(float64(used.Nanoseconds())/float64(b.N), "cpu-ns/op")
		}
	}
	b.Run("pretokenized", func(b *testing.B) { run(b, false, true) })
	b.Run("tokenize", func(b *testing.B) { run(b, true, false) })
	b.Run("tokenize+numeric", func(b *testing.B) { run(b, true, true) })
}
