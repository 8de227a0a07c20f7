package facts

import (
	"math"
	"testing"
)

// FuzzExtractNumeric checks properties that hold for any input: extraction
// does not panic, every fact's text is the text at its span, and every
// stated figure is a real number.
func FuzzExtractNumeric(f *testing.F) {
	for _, s := range []string{
		"As many as 25 countries joined a 30-day ceasefire on Thursday.",
		"£1.6bn, $ 2 billion, 5 per cent, 2.5%, 13:39 and 8:53 p.m.",
		"one hundred and three and two thirds; 1.1^23; -4/5; 12,34,567.89",
		"the one before the last one, twenty-first, 267th, a fortnight",
		"10 $ 30 $ and 1 $ 10 dollars and USD115 and 30 MUSD",
		"- 1 4/5 and 2  1/4 and 1e10 and 12.32e+14 and 1.3x10^6",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := NewDocument("f.txt", []byte(s))
		d.Meta.Published = "2025-03-15"
		for _, fact := range Extract(d) {
			if got := s[fact.Pos.Offset:fact.End.Offset]; got != fact.Text {
				t.Fatalf("%s fact text %q, but its span holds %q", fact.Kind, fact.Text, got)
			}
			for _, v := range fact.Stated {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("%s fact %q states %v", fact.Kind, fact.Text, v)
				}
			}
		}
		for _, m := range Numbers(s) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("number span [%d, %d) outside %q", m.Start, m.End, s)
			}
		}
	})
}
