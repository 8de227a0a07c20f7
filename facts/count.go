package facts

import (
	"math"
	"strings"
)

// qualifiers are the phrases before a figure that hedge it, longest first
// within each leading word so the first match wins.
var qualifiers = []struct {
	words []string
	q     Qualifier
}{
	{[]string{"an", "estimated"}, QualAbout},
	{[]string{"an", "estimate", "of"}, QualAbout},
	{[]string{"about"}, QualAbout},
	{[]string{"around"}, QualAbout},
	{[]string{"approximately"}, QualAbout},
	{[]string{"roughly"}, QualAbout},
	{[]string{"some"}, QualAbout},
	{[]string{"circa"}, QualAbout},
	{[]string{"estimated"}, QualAbout},
	{[]string{"nearly"}, QualNearly},
	{[]string{"almost"}, QualNearly},
	{[]string{"close", "to"}, QualNearly},
	{[]string{"just", "under"}, QualNearly},
	{[]string{"just", "short", "of"}, QualNearly},
	{[]string{"more", "than"}, QualOver},
	{[]string{"greater", "than"}, QualOver},
	{[]string{"upwards", "of"}, QualOver},
	{[]string{"in", "excess", "of"}, QualOver},
	{[]string{"just", "over"}, QualOver},
	{[]string{"over"}, QualOver},
	{[]string{"at", "least"}, QualAtLeast},
	{[]string{"no", "fewer", "than"}, QualAtLeast},
	{[]string{"no", "less", "than"}, QualAtLeast},
	{[]string{"a", "minimum", "of"}, QualAtLeast},
	{[]string{"as", "many", "as"}, QualUpTo},
	{[]string{"as", "much", "as"}, QualUpTo},
	{[]string{"up", "to"}, QualUpTo},
	{[]string{"fewer", "than"}, QualUnder},
	{[]string{"less", "than"}, QualUnder},
	{[]string{"under"}, QualUnder},
	{[]string{"below"}, QualUnder},
	{[]string{"at", "most"}, QualAtMost},
	{[]string{"no", "more", "than"}, QualAtMost},
	{[]string{"not", "more", "than"}, QualAtMost},
	{[]string{"a", "maximum", "of"}, QualAtMost},
}

// qualifiersByEnd lists, for each last word of the qualifier phrases, the
// phrases that end with it, in the order of qualifiers: most figures are
// known to be unqualified after one lookup, and the others are matched
// against the few phrases that may end before them rather than all 35
// ("of" ends five of them, most words one).
var qualifiersByEnd = func() map[string][]int {
	m := map[string][]int{}
	for k, q := range qualifiers {
		w := q.words[len(q.words)-1]
		m[w] = append(m[w], k)
	}
	return m
}()

// qualifierEnds is the set of qualifiersByEnd's keys: a fastSet turns away
// most words before a figure faster than the map's lookup.
var qualifierEnds = func() *fastSet {
	var ends []string
	for w := range qualifiersByEnd {
		ends = append(ends, w)
	}
	return newFastSet(ends)
}()

// qualifierBefore finds a qualifier phrase ending just before toks[i]. It
// returns the qualifier and the index of its first token, or i itself.
func qualifierBefore(toks []token, i int) (Qualifier, int) {
	best, bestStart := QualExact, i
	if i == 0 {
		return best, bestStart
	}
	w := toks[i-1].low
	if !qualifierEnds.has(w) {
		return best, bestStart // most words before a figure
	}
	for _, k := range qualifiersByEnd[w] {
		q := &qualifiers[k]
		n := len(q.words)
		if n > i || i-n >= bestStart {
			continue
		}
		match := true
		for k, w := range q.words {
			if toks[i-n+k].low != w {
				match = false
				break
			}
		}
		if match {
			best, bestStart = q.q, i-n
		}
	}
	return best, bestStart
}

// extractCounts finds "26 nations", "as many as 25 countries", "some 25
// fellow leaders", "between 20 and 30 states" in one sentence.
func extractCounts(x *extraction, toks []token) {
	for i := x.num.from(0); i < len(toks); i = x.num.from(i + 1) {
		if x.num.claimed[i] || !x.num.hasNum(i) {
			continue
		}
		f, ok := x.readFigure(toks, i)
		if !ok || !wholeCount(f.stated) || f.num.unit != "" || f.stated[0] < 0 {
			continue // "a 6.4 earthquake" counts no earthquakes
		}
		if skipCount(toks, i, f.num) {
			i = f.after - 1
			continue
		}
		next := skipQuotes(toks, f.after)
		noun, ok := countedNoun(toks, next, f.stated)
		if !ok || !x.free(f.start, noun+1) {
			continue
		}
		start := f.start
		if next > f.after {
			start = quoteStart(toks, f.start, f.after)
		}
		x.emitToks(Fact{
			Kind:      KindCount,
			Qualifier: f.qual,
			Stated:    f.stated,
			Noun:      toks[noun].text,
			Class:     NounClass(toks[noun].low),
		}, toks, start, noun+1)
		i = noun
	}
}

// wholeCount reports whether every figure can count things: a count of
// 6.4 is a measure ("a 6.4 earthquake"), but 2.5 million is a count.
func wholeCount(stated []float64) bool {
	for _, v := range stated {
		if v != math.Trunc(v) {
			return false
		}
	}
	return true
}

// skipCount reports whether a figure at toks[i] is not a count whatever
// follows it: a price, an idiom such as "one country after another", or an
// anaphoric "the two leaders".
func skipCount(toks []token, i int, num number) bool {
	if i > 0 {
		switch toks[i-1].text {
		case "£", "$", "€", "¥":
			return true
		}
	}
	if num.word {
		w := toks[i].low
		if w == "one" || w == "a" && num.value == 1 {
			return true // "one country and one region after the other"
		}
		if i > 0 && num.value <= 10 {
			switch toks[i-1].low {
			case "the", "these", "those", "both", "all":
				return true // "the two leaders spoke": a reference, not a count
			}
		}
	}
	return false
}

// countedNoun finds the noun a figure counts, starting at toks[j]: the first
// plural noun after at most two modifiers ("31 allied nations", "25 fellow
// leaders", "60 private sector companies"). ok is false for durations,
// percentages, money and figures that count nothing.
func countedNoun(toks []token, j int, stated []float64) (int, bool) {
	for k := j; k < len(toks) && k < j+3; k++ {
		t := &toks[k]
		if t.kind != tWord || notCounted.has(t.low) {
			return 0, false
		}
		if isPluralNoun(t.low) || (stated[0] == 1 && len(stated) == 1 && k == j && isLower(t.text)) {
			return k, true
		}
		if k == j && len(t.text) > 0 && t.low == t.text && isAdverb(t.low) {
			return 0, false
		}
	}
	return 0, false
}

// notCounted are the words that end countedNoun's search: stopWords,
// timeUnits, monthNames and the currencies written most often. One lookup,
// where there were three and a switch; in a fastSet, where the map's
// lookup was 1% of BenchmarkExtractArchive's time.
var notCounted = func() *fastSet {
	var words []string
	for _, w := range []string{"dollars", "pounds", "euros", "cents", "pence"} {
		words = append(words, w)
	}
	for _, tab := range []map[string]bool{stopWords, timeUnits, monthNames} {
		for w, ok := range tab {
			if ok {
				words = append(words, w)
			}
		}
	}
	return newFastSet(words)
}()

func isLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return false
		}
	}
	return true
}

func isAdverb(w string) bool {
	return len(w) > 4 && w[len(w)-2:] == "ly"
}

// TrimQualifier removes a leading qualifier phrase ("more than", "an
// estimated") from the text of a figure, leaving the figure as written.
func TrimQualifier(s string) string {
	best := 0
	for _, q := range qualifiers {
		rest := s
		ok := true
		for _, w := range q.words {
			rest = strings.TrimLeft(rest, " \t\u00a0")
			if len(rest) < len(w) || !strings.EqualFold(rest[:len(w)], w) || len(rest) > len(w) && isWordByte(rest[len(w)]) {
				ok = false
				break
			}
			rest = rest[len(w):]
		}
		if ok && len(s)-len(rest) > best {
			best = len(s) - len(rest)
		}
	}
	return strings.TrimLeft(s[best:], " \t\u00a0")
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}
