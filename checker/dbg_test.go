package checker

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/facts"
)

func TestDbgQuotes(t *testing.T) {
	paths, _ := filepath.Glob("../seeds/*.txt")
	var all []facts.Fact
	for _, p := range paths {
		b, _ := os.ReadFile(p)
		all = append(all, facts.Extract(facts.NewDocument(p, b))...)
	}
	var qs []*facts.Fact
	for i := range all {
		if all[i].Kind == facts.KindQuote && all[i].Speaker == "Keir Starmer" {
			qs = append(qs, &all[i])
		}
	}
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			r, n := relate(compared(quoteWords(qs[i].Quote)), compared(quoteWords(qs[j].Quote)))
			if r != unrelated {
				t.Logf("%s:%d %s:%d rel=%d shared=%d %q %q", filepath.Base(qs[i].Source), qs[i].Pos.Line, filepath.Base(qs[j].Source), qs[j].Pos.Line, r, n, short(qs[i].Quote, 5), short(qs[j].Quote, 5))
			}
		}
	}
}
