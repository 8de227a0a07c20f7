package checker

import (
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/factlint/factlint/dsl"
	"github.com/factlint/factlint/facts"
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
