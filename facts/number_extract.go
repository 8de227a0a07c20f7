package facts

import (
	"strings"
	"time"
)

// numScratch is the per-document state of the numeric extractors, reused
// from sentence to sentence so that reading a token allocates nothing.
type numScratch struct {
	nums    []parsed // the number read at each token of the sentence
	figs    []cachedFigure
	claimed []bool    // tokens already part of a fact
	lex     []lexFlag // each token's flags
	any     lexFlag   // the union of the sentence's flags
	digits  bool      // whether the sentence has a token of digits

	pub       time.Time // the document's publication time
	pubKnown  bool
	pubParsed bool
}

// cachedFigure is the figure read at one token, once asked for.
type cachedFigure struct {
	fig       figure
	ok, known bool
}

// parsed is the number read at one token, if any.
type parsed struct {
	num number
	ok  bool
}

// extractNumeric finds the numeric facts and dates of one sentence. The
// extractors run from the most specific pattern to the least, each claiming
// its tokens: a date ("15 March 2025") before money ("£1.6bn"), percentages,
// durations, vague quantities, counts, ordinals, and last the bare numbers
// no one else wanted. The sentence's facts are then put in text order.
func extractNumeric(x *extraction, toks []token) {
	s := &x.num
	if !s.pubParsed {
		s.pub, s.pubKnown = parsePublished(x.doc.Meta.Published)
		s.pubParsed = true
	}
	s.nums = s.nums[:0]
	s.figs = s.figs[:0]
	s.claimed = s.claimed[:0]
	s.lex = s.lex[:0]
	s.any, s.digits = 0, false
	for _, t := range toks {
		var f lexFlag
		switch t.kind {
		case tWord:
			f = lexOf(t.low)
		case tNum:
			s.digits = true
		default:
			if currencySymbols[t.text] != "" {
				f = lexCurrency
			} else if t.text == "%" {
				f = lexPercent
			}
		}
		s.lex = append(s.lex, f)
		s.any |= f
	}
	if !s.digits && s.any == 0 {
		return
	}
	for i := range toks {
		var p parsed
		if toks[i].kind != tWord || s.lex[i]&lexNumber != 0 {
			p.num, p.ok = parseNumber(toks, i)
		}
		s.nums = append(s.nums, p)
		s.figs = append(s.figs, cachedFigure{})
		s.claimed = append(s.claimed, false)
	}
	mark := len(x.facts)
	if s.digits || s.any&lexDate != 0 {
		extractDates(x, toks)
	}
	if s.any&lexCurrency != 0 || s.digits {
		extractMoney(x, toks)
	}
	if s.any&lexPercent != 0 || s.digits {
		extractPercents(x, toks)
	}
	extractDurations(x, toks)
	if s.any&lexVague != 0 {
		extractVague(x, toks)
	}
	extractCounts(x, toks)
	extractBareNumbers(x, toks, true)
	if s.digits || s.any&(lexOrdinal|lexRelative|lexNumber) != 0 {
		extractOrdinals(x, toks)
	}
	extractBareNumbers(x, toks, false)
	// An insertion sort: a sentence has few facts, mostly in order already,
	// and it allocates nothing.
	fs := x.facts[mark:]
	for k := 1; k < len(fs); k++ {
		for j := k; j > 0 && fs[j].Pos.Offset < fs[j-1].Pos.Offset; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

// parsePublished reads an RFC 3339 date-time or a plain date.
func parsePublished(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// free reports whether none of toks[a:b] is claimed yet.
func (x *extraction) free(a, b int) bool {
	for k := a; k < b; k++ {
		if x.num.claimed[k] {
			return false
		}
	}
	return true
}

// emitToks claims toks[a:b] and emits f spanning them. A fact whose figures
// overflow ("1e300 billion") is dropped: it states nothing checkable.
func (x *extraction) emitToks(f Fact, toks []token, a, b int) {
	for _, v := range f.Stated {
		if !finite(v) {
			return
		}
	}
	for k := a; k < b; k++ {
		x.num.claimed[k] = true
	}
	x.emit(f, toks[a].start, toks[b-1].end)
}

// A figure is a number with its qualifier and, for a range, its second
// number: "as many as 25", "between 20 and 30", "20-30".
type figure struct {
	num    number
	stated []float64
	qual   Qualifier
	first  int // the figure's first token
	start  int // the first token of the qualifier, or first
	after  int // the token after the figure
}

// readFigure reads the figure whose number starts at toks[i]. The figure is
// read once per token and shared by all extractors; they must not change
// its stated figures.
func (x *extraction) readFigure(toks []token, i int) (figure, bool) {
	c := &x.num.figs[i]
	if !c.known {
		c.fig, c.ok = x.readFigureAt(toks, i)
		c.known = true
	}
	return c.fig, c.ok
}

func (x *extraction) readFigureAt(toks []token, i int) (figure, bool) {
	p := x.num.nums[i]
	if !p.ok {
		return figure{}, false
	}
	num := p.num
	f := figure{num: num, first: i, start: i, after: i + num.n, stated: []float64{num.value}}
	if num.isRange {
		f.stated, f.qual = []float64{num.value, num.hi}, QualBetween
	}
	// A second figure: "between 20 and 30", "20 to 30", "20 – 30".
	a := f.after
	if !num.isRange && num.unit == "" && a+1 < len(toks) {
		sep := toks[a].low
		if sep == "and" || sep == "to" || sep == "–" || sep == "-" {
			if hi := x.num.nums[a+1]; hi.ok && !hi.num.isRange && !hi.num.frac {
				intro := i > 0 && (toks[i-1].low == "between" || toks[i-1].low == "from")
				if intro || sep != "and" {
					f.stated, f.qual = []float64{num.value, hi.num.value}, QualBetween
					f.num.unit = hi.num.unit
					f.after = a + 1 + hi.num.n
					if intro {
						f.start = i - 1
					}
				}
			}
		}
	}
	if f.qual == QualExact {
		f.qual, f.start = qualifierBefore(toks, i)
		if f.qual == QualExact && i > 0 && toks[i-1].kind == tPunct && isQuoteMark(toks[i-1].text) {
			// as many as “25” countries
			if q, qs := qualifierBefore(toks, i-1); q != QualExact {
				f.qual, f.start = q, qs
			}
		}
	}
	return f, true
}

// quoteStart moves a span's start back over an opening quotation mark whose
// partner closes right after the span: “about 20” countries.
func quoteStart(toks []token, start, after int) int {
	if after < len(toks) && toks[after].kind == tPunct && isQuoteMark(toks[after].text) &&
		start > 0 && toks[start-1].kind == tPunct && isQuoteMark(toks[start-1].text) {
		return start - 1
	}
	return start
}

// skipQuotes returns the first token at or after k that is not a quotation mark.
func skipQuotes(toks []token, k int) int {
	for k < len(toks) && toks[k].kind == tPunct && isQuoteMark(toks[k].text) {
		k++
	}
	return k
}

// extractBareNumbers emits the numbers that nothing else claimed: kind
// number. Weak figures ("one", "half") are left out: in prose they are
// mostly not figures at all.
// With fracOnly, only fractions are read: they run before the ordinals, so
// that "two thirds" is not read as the ordinal "third".
func extractBareNumbers(x *extraction, toks []token, fracOnly bool) {
	for i := 0; i < len(toks); i++ {
		p := x.num.nums[i]
		if !p.ok || p.num.weak || x.num.claimed[i] || fracOnly && !p.num.frac {
			continue
		}
		if i > 0 && (toks[i-1].text == "Number" || toks[i-1].text == "No") {
			continue // "Number 10" is Downing Street, not a figure
		}
		f, _ := x.readFigure(toks, i)
		if !x.free(f.start, f.after) {
			if !x.free(i, i+p.num.n) {
				continue
			}
			f = figure{num: p.num, first: i, start: i, after: i + p.num.n, stated: []float64{p.num.value}}
		}
		x.emitToks(Fact{Kind: KindNumber, Qualifier: f.qual, Stated: f.stated}, toks, f.start, f.after)
		i = f.after - 1
	}
}

// A NumberMention is a figure found in text by Numbers.
type NumberMention struct {
	Start, End int // byte offsets into the text
	Value      float64
}

// Numbers returns every cardinal figure in text, in order: digits, words,
// fractions, with their scales. It is the reading all numeric facts are
// built on, without deciding what the figures count; ordinals, times and
// figures glued to unknown units are not numbers.
func Numbers(text string) []NumberMention {
	var out []NumberMention
	var toks []token
	for _, s := range Sentences(text) {
		toks = tokenize(text, s.Start, s.End, toks)
		for i := 0; i < len(toks); i++ {
			if parts := hyphenDigits(toks[i]); parts != nil {
				out = append(out, parts...)
				continue
			}
			num, ok := parseNumber(toks, i)
			if !ok {
				continue
			}
			if num.weak && num.n == 1 && i > 0 && determiners[toks[i-1].low] {
				continue // "which one do you prefer"
			}
			out = append(out, NumberMention{Start: toks[i].start, End: toks[i+num.n-1].end, Value: num.value})
			i += num.n - 1
		}
	}
	return out
}

// determiners before "one" make it a pronoun: "the one", "that one".
var determiners = map[string]bool{
	"the": true, "this": true, "that": true, "which": true, "each": true, "every": true,
	"any": true, "no": true, "another": true, "some": true,
}

// hyphenDigits reads a word of digit names joined by hyphens, as in a
// score or a code read aloud: "three-nought-four" is 3, 0 and 4.
func hyphenDigits(t token) []NumberMention {
	if t.kind != tWord || strings.Count(t.low, "-") < 2 {
		return nil
	}
	var out []NumberMention
	off := t.start
	for _, part := range strings.Split(t.low, "-") {
		v, ok := unitWords[part]
		if !ok || v > 9 {
			return nil
		}
		out = append(out, NumberMention{Start: off, End: off + len(part), Value: v})
		off += len(part) + 1
	}
	return out
}
