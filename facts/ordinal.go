package facts

import "strings"

// relativeOrdinals are positions counted from the current item or the end:
// "next", "last", "penultimate". Their facts carry no figure; Value holds
// the position: "current+1", "end-1".
var relativeOrdinals = []struct {
	words []string
	value string
}{
	{[]string{"the", "one", "before", "the", "last", "one"}, "end-1"},
	{[]string{"the", "one", "before", "the", "last"}, "end-1"},
	{[]string{"the", "last", "but", "one"}, "end-1"},
	{[]string{"the", "second", "to", "last"}, "end-1"},
	{[]string{"next", "to", "last"}, "end-1"},
	{[]string{"penultimate"}, "end-1"},
	{[]string{"antepenultimate"}, "end-2"},
	{[]string{"previous", "one"}, "current-1"},
	{[]string{"next", "one"}, "current+1"},
	{[]string{"current", "one"}, "current+0"},
	{[]string{"previous"}, "current-1"},
	{[]string{"next"}, "current+1"},
	{[]string{"current"}, "current+0"},
	{[]string{"last"}, "end+0"},
}

// ordinalAt reads an ordinal at toks[i]: "21st", "third", "twenty-first",
// "one hundred twenty fifth", "two hundredth". n is the number of tokens.
func ordinalAt(toks []token, i int) (v float64, n int, ok bool) {
	t := toks[i]
	if t.kind == tNum {
		s := t.low
		j := 0
		for j < len(s) && (isDigit(s[j]) || s[j] == ',') {
			j++
		}
		switch s[j:] {
		case "st", "nd", "rd", "th":
			d, rest, ok := digitFigure(s[:j])
			return d, 1, ok && rest == ""
		}
		return 0, 0, false
	}
	if t.kind != tWord {
		return 0, 0, false
	}
	if d, plural, ok := ordinalValue(t.low); ok && !plural {
		return d, 1, true
	}
	// A cardinal then an ordinal word: "twenty first", "one hundred twenty
	// fifth", "three trillionth".
	c, k := readCardinal(toks, i)
	if k == 0 {
		return 0, 0, false
	}
	j := i + k
	if j < len(toks) && toks[j].low == "and" && j+1 < len(toks) {
		if _, _, ok := ordinalValue(toks[j+1].low); ok && (c.last == wHundred || c.last == wScale) {
			j++
		}
	}
	if j >= len(toks) {
		return 0, 0, false
	}
	d, plural, ok := ordinalValue(toks[j].low)
	if !ok || plural {
		return 0, 0, false
	}
	if sc := scaleOrdinals[toks[j].low]; sc > 0 {
		return c.value() * sc, j + 1 - i, true
	}
	switch c.last {
	case wTens:
		if d >= 10 {
			return 0, 0, false
		}
	case wHundred, wScale:
	default:
		return 0, 0, false
	}
	return c.value() + d, j + 1 - i, true
}

// extractOrdinals finds "third", "21st", "267th", "twenty-first" and the
// relative "next", "last", "penultimate". "second" after a figure or an
// article is a unit of time, and "last" after a modal verb is a verb.
func extractOrdinals(x *extraction, toks []token) {
	for i := x.num.from(0); i < len(toks); i = x.num.from(i + 1) {
		if x.num.claimed[i] || toks[i].kind == tPunct || toks[i].kind == tWord && x.num.lex[i]&(lexOrdinal|lexRelative|lexNumber) == 0 {
			continue
		}
		w := toks[i].low
		// A word is an ordinal ("third") or a cardinal before one
		// ("twenty first"), which parseNumber has read.
		if toks[i].kind == tNum || x.num.lex[i]&lexOrdinal != 0 || x.num.hasNum(i) {
			if v, n, ok := ordinalAt(toks, i); ok && x.free(i, i+n) {
				if w == "second" && i > 0 && (toks[i-1].low == "a" || toks[i-1].low == "one" || toks[i-1].low == "per" || x.num.hasNum(i-1)) {
					continue
				}
				x.emitToks(Fact{Kind: KindOrdinal, Stated: []float64{v}}, toks, i, i+n)
				i += n - 1
				continue
			}
		}
		if x.num.lex[i]&lexRelative == 0 { // the first words of relativeOrdinals
			continue
		}
		for ri := range relativeOrdinals {
			r := &relativeOrdinals[ri]
			// The words first, then whether they are free: most of the
			// patterns do not start with w.
			n := len(r.words)
			if r.words[0] != w || i+n > len(toks) {
				continue
			}
			match := true
			for k, rw := range r.words[1:] {
				if toks[i+1+k].low != rw {
					match = false
					break
				}
			}
			if !match || !x.free(i, i+n) {
				continue
			}
			if w == "last" && n == 1 && !relativeOrdinalHere(toks, i) {
				break
			}
			x.emitToks(Fact{Kind: KindOrdinal, Value: r.value}, toks, i, i+n)
			i += n - 1
			break
		}
	}
}

// relativeOrdinalHere reports whether a one-word relative ordinal at toks[i]
// is one: not the verb "last" ("talks will last"), not "at last", not
// "current" as a noun ("a current of air" is rare enough to ignore).
func relativeOrdinalHere(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	switch toks[i-1].low {
	case "will", "would", "could", "can", "may", "might", "to", "did", "does", "not", "at", "should", "must":
		return false
	}
	return !strings.HasSuffix(toks[i-1].low, "n't")
}
