package checker

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"testing"

	"github.com/factlint/factlint/dsl"
	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/internal/corpusgen/gen"
)

func compileFile(tb testing.TB, path string) *Program {
	src, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	f, err := dsl.ParseFile(path, src)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := Compile(f)
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// syntheticFacts makes n count facts over 50 stories of 5 sources each,
// with a few nouns and some disagreement.
func syntheticFacts(n int) []facts.Fact {
	nouns := []string{"nations", "countries", "people", "troops", "leaders"}
	out := make([]facts.Fact, n)
	for i := range out {
		story := i % 50
		out[i] = facts.Fact{
			Kind:      facts.KindCount,
			Story:     fmt.Sprintf("story-%02d", story),
			Source:    fmt.Sprintf("story-%02d/outlet-%d.txt", story, (i/50)%5),
			Qualifier: facts.Qualifier(i % 3),
			Stated:    []float64{float64(20 + i%7)},
			Noun:      nouns[i%len(nouns)],
			Class:     facts.NounClass(nouns[i%len(nouns)]),
			Sentence:  "Leaders of the nations met on a virtual call with military chiefs.",
		}
		out[i].Pos.Line, out[i].Pos.Offset = i+1, i*80
	}
	// Facts arrive in input order: by source, then offset.
	slices.SortFunc(out, func(a, b facts.Fact) int { return compareFacts(&a, &b) })
	return out
}

func BenchmarkCheckDefault(b *testing.B) {
	p := compileFile(b, "../rules/default.rules")
	all := syntheticFacts(100_000)
	b.ReportAllocs()
	for b.Loop() {
		p.Check(all)
	}
	b.ReportMetric(float64(len(all))*float64(b.N)/b.Elapsed().Seconds(), "facts/s")
}

func BenchmarkCheckCoalition(b *testing.B) {
	p := compileFile(b, "../rules/coalition.rules")
	all := syntheticFacts(100_000)
	b.ReportAllocs()
	for b.Loop() {
		p.Check(all)
	}
	b.ReportMetric(float64(len(all))*float64(b.N)/b.Elapsed().Seconds(), "facts/s")
}

var benchStories struct {
	once    sync.Once
	stories [][]facts.Fact
	size    int64
	err     error
}

// corpusStories generates a 5 MB news-like archive once per test binary and
// extracts its facts story by story, as "check --per-directory" does, so
// that the check benchmarks see the facts of real-looking articles.
func corpusStories(b testing.TB) ([][]facts.Fact, int64) {
	s := &benchStories
	s.once.Do(func() {
		dir, err := os.MkdirTemp("", "factlint-checker-bench-")
		if err != nil {
			s.err = err
			return
		}
		defer os.RemoveAll(dir)
		o := gen.DefaultOptions()
		o.Dir, o.Size = filepath.Join(dir, "corpus"), 5_000_000
		m, err := gen.Generate(o)
		if err != nil {
			s.err = err
			return
		}
		s.size = m.Bytes
		var paths []string
		s.err = filepath.WalkDir(o.Dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && facts.Supported(path) {
				paths = append(paths, path)
			}
			return err
		})
		sort.SliceStable(paths, func(i, j int) bool { return filepath.Dir(paths[i]) < filepath.Dir(paths[j]) })
		var story string
		for _, path := range paths {
			d, err := facts.Load(facts.Input{Path: path}, nil)
			if err != nil {
				s.err = err
				return
			}
			if dir := filepath.Dir(path); dir != story || len(s.stories) == 0 {
				story = dir
				s.stories = append(s.stories, nil)
			}
			fs := facts.Extract(d)
			for i := range fs {
				fs[i].Story = story
			}
			s.stories[len(s.stories)-1] = append(s.stories[len(s.stories)-1], fs...)
		}
	})
	if s.err != nil {
		b.Fatal(s.err)
	}
	return s.stories, s.size
}

// BenchmarkCheckCorpusDefault checks a generated archive's stories one at a
// time with the default rules and merges the reports, as "check
// --per-directory" does (CheckMerged). MB/s is of article bytes.
func BenchmarkCheckCorpusDefault(b *testing.B) {
	p := compileFile(b, "../rules/default.rules")
	stories, size := corpusStories(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		rep := &Report{}
		for _, s := range stories {
			rep.Merge(p.CheckMerged(s, rep.ValueFloor))
		}
	}
}

// BenchmarkGroupEvents groups the dated sentences of a generated 5 MB
// archive into events as one story, as a check of the archive without
// --per-directory does: the sentences share names with many events.
func BenchmarkGroupEvents(b *testing.B) {
	stories, _ := corpusStories(b)
	var words [][]eventWord
	for _, story := range stories {
		for _, f := range story {
			if f.Kind == facts.KindDate {
				words = append(words, eventWords(f.Sentence))
			}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		groupEvents(words)
	}
}
