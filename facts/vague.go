package facts

import "strings"

// vagueQuantities is the one table of quantities stated without a figure,
// read as the interval a careful reader would allow. "dozens" starts at two
// dozen and stays below a hundred; "hundreds" starts at two hundred; and so
// on. A vague quantity becomes a count (with a noun) or a number, with the
// qualifier "between" and the table's bounds as its stated figures.
var vagueQuantities = []struct {
	words  []string
	lo, hi float64
}{
	{[]string{"a", "couple", "of"}, 2, 3},
	{[]string{"a", "handful", "of"}, 2, 9},
	{[]string{"a", "few"}, 2, 6},
	{[]string{"several"}, 3, 9},
	{[]string{"dozens", "of"}, 24, 99},
	{[]string{"scores", "of"}, 40, 199},
	{[]string{"tens", "of", "thousands", "of"}, 20000, 99999},
	{[]string{"hundreds", "of", "thousands", "of"}, 200000, 999999},
	{[]string{"hundreds", "of"}, 200, 999},
	{[]string{"thousands", "of"}, 2000, 9999},
	{[]string{"tens", "of", "millions", "of"}, 20e6, 99e6},
	{[]string{"hundreds", "of", "millions", "of"}, 200e6, 999e6},
	{[]string{"millions", "of"}, 2e6, 9.99e6 * 100},
}

// Vague reports whether f is a quantity stated without a figure, read from
// the vagueQuantities table: "several schools", "dozens of people".
func (f *Fact) Vague() bool {
	if f.Qualifier != QualBetween || len(f.Stated) != 2 {
		return false
	}
	low := strings.ToLower(f.Text)
	for _, v := range vagueQuantities {
		key := v.words[0]
		if key == "a" {
			key = v.words[1] // "a few", "a handful of", "a couple of"
		}
		if f.Stated[0] == v.lo && f.Stated[1] == v.hi && strings.Contains(low, key) {
			return true
		}
	}
	return false
}

// extractVague finds "dozens of people", "several countries", "a handful
// of leaders", "tens of thousands of troops".
func extractVague(x *extraction, toks []token) {
	for i := x.num.from(0); i < len(toks); i = x.num.from(i + 1) {
		if x.num.claimed[i] || x.num.lex[i]&lexVague == 0 {
			continue
		}
		for _, v := range vagueQuantities {
			n := len(v.words)
			if i+n > len(toks) {
				continue
			}
			match := true
			for k, w := range v.words {
				if toks[i+k].low != w {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			stated := []float64{v.lo, v.hi}
			noun, ok := countedNoun(toks, skipQuotes(toks, i+n), stated)
			if ok && x.free(i, noun+1) {
				x.emitToks(Fact{Kind: KindCount, Qualifier: QualBetween, Stated: stated, Noun: toks[noun].text, Class: NounClass(toks[noun].low)}, toks, i, noun+1)
				i = noun
			}
			break
		}
	}
}
