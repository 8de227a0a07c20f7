package facts

import (
	"strings"
	"time"
)

// numScratch is the per-document state of the numeric extractors, reused
// from sentence to sentence so that reading a token allocates nothing.
//
// The per-token state holds no pointers and the numbers and figures are
// kept only for the tokens that have one: clearing and appending a
// 136-byte figure with pointers for every token, under GC write barriers,
// cost more than the extractors themselves.
type numScratch struct {
	lex     []lexFlag // each token's flags
	pend    []int32   // scan's tokens to look up
	any     lexFlag   // the union of the sentence's flags
	digits  bool      // whether the sentence has a token of digits
	claimed []bool    // tokens already part of a fact

	// numIdx[i] is 1 + the index in nums of the number read at token i,
	// or 0 when none is.
	numIdx []int32
	nums   []parsed
	fracs  bool // whether a number read is a fraction
	// figIdx[i] is 1 + the index in figs of the figure read at token i,
	// 0 when not read yet and -1 when there is none.
	figIdx []int32
	figs   []figure
	// next[i] is the first token at or after i that may start a fact.
	next []int32

	pub       time.Time // the document's publication time
	pubKnown  bool
	pubParsed bool

	// Dates relative to publication, written once per document:
	// days[d+7] is the day d days after it (dayFromPub), rel[u][o+1] the
	// value of relative for unit u (day, week, month, year) and offset o.
	days [15]string
	rel  [4][3]string
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
	if !s.scan(toks) {
		return
	}
	extractNumericFacts(x, toks)
}

// extractNumericFacts runs the extractors on a sentence that scan let
// through.
func extractNumericFacts(x *extraction, toks []token) {
	x.num.prepare(toks)
	runNumeric(x, toks)
}

// prepare reads the numbers of a sentence that scan let through and the
// tokens the extractors may start at. Only the tokens flag listed may have
// a number or start a fact: it reads them alone, where it walked every
// token twice.
func (s *numScratch) prepare(toks []token) {
	n := len(toks)
	s.claimed = zeroed(s.claimed, n)
	s.numIdx = zeroed(s.numIdx, n)
	s.figIdx = zeroed(s.figIdx, n)
	s.nums = s.nums[:0]
	s.figs = s.figs[:0]
	// The arrays are read through locals: through s, each store made the
	// compiler load their headers again.
	lex, numIdx, pend := s.lex[:n], s.numIdx[:n], s.pend
	fracs := false
	for _, i32 := range pend {
		i := int(i32)
		switch t := &toks[i]; t.kind {
		case tWord:
			f := lex[i]
			if f&lexNumber == 0 {
				continue
			}
			// "a" and "an" read a number only with a flagged word after
			// them: "a hundred", "a third", "a dozen".
			if f&lexArticle != 0 && (i+1 == n || lex[i+1] == 0) {
				continue
			}
			// An ordinal word ("first", "second", "hundredth") starts
			// no number: of the words parsed, they were the commonest,
			// and each cost some 1,000 instructions.
			// TestOrdinalsReadNoNumber checks it.
			if f&lexOrdinal != 0 && strings.IndexByte(t.low, '-') < 0 {
				continue
			}
		case tPunct:
			if !mayStartNumber(t.text, i+1 < n && toks[i+1].kind == tNum) {
				continue
			}
		}
		if num, ok := parseFlagged(toks, i); ok {
			s.nums = append(s.nums, parsed{num: num, ok: true})
			numIdx[i] = int32(len(s.nums))
			fracs = fracs || num.frac
		}
	}
	s.fracs = fracs
	// Each extractor starts only at digits, numbers and flagged words:
	// s.next lets them step from one to the next over the rest, four
	// tokens in five of a sentence with a figure.
	//
	// An article or a word of lexDirection ("the", "a", "this") with no
	// number read at it starts a fact only before a flagged word: "the
	// last but one", "a few", "this week". The commonest words, they were
	// a stop of every extractor's walk. TestNumericNextPlain holds the
	// extractors to the plain walk.
	//
	// The listed tokens are read from the last, and the tokens after each
	// start filled in: no other token starts anything.
	if cap(s.next) <= n {
		s.next = make([]int32, n+1, n+n/2+1)
	}
	s.next = s.next[:n+1] // every element is written below
	nexts := s.next
	next, fill := int32(n), n
	for k := len(pend) - 1; k >= 0; k-- {
		i := int(pend[k])
		f := lex[i]
		if toks[i].kind == tNum || numIdx[i] != 0 ||
			f&lexStarts != 0 && (f&(lexArticle|lexDirection) == 0 || i+1 < n && lex[i+1] != 0) {
			for j := i; j <= fill; j++ {
				nexts[j] = next
			}
			next, fill = int32(i), i
		}
	}
	for j := 0; j <= fill; j++ {
		nexts[j] = next
	}
}

// runNumeric runs the extractors on a sentence that prepare read.
func runNumeric(x *extraction, toks []token) {
	s := &x.num
	mark := len(x.facts)
	// An extractor runs only when it or one after it emits a kind asked
	// for (see Options.Kinds): the ones after the last such claim words
	// for no one. w holds the kinds asked for of this extractor and the
	// ones after it. For the default rules (counts and dates), the bare
	// numbers and ordinals are not run; for rules on money, percentages
	// and durations alone, the counts either.
	w := numericKinds &^ x.lazyKinds
	if s.digits || s.any&lexDate != 0 {
		extractDates(x, toks)
	}
	w &^= 1 << KindDate
	if w != 0 && (s.any&lexCurrency != 0 || s.digits) {
		extractMoney(x, toks)
	}
	w &^= 1 << KindMoney
	if w != 0 && (s.any&lexPercent != 0 || s.digits) {
		extractPercents(x, toks)
	}
	w &^= 1 << KindPercent
	if w != 0 {
		extractDurations(x, toks)
	}
	w &^= 1 << KindDuration
	if w != 0 && s.any&lexVague != 0 {
		extractVague(x, toks)
	}
	// Counts and bare numbers start only at a number read, fractions
	// first only at a fraction.
	if w != 0 && len(s.nums) > 0 {
		extractCounts(x, toks)
	}
	w &^= 1 << KindCount
	if w != 0 {
		if s.fracs {
			extractBareNumbers(x, toks, true)
		}
		if s.digits || s.any&(lexOrdinal|lexRelative|lexNumber) != 0 {
			extractOrdinals(x, toks)
		}
	}
	w &^= 1 << KindOrdinal
	if w != 0 && len(s.nums) > 0 {
		extractBareNumbers(x, toks, false)
	}
	// An insertion sort: a sentence has few facts, mostly in order already,
	// and it allocates nothing. A fact out of order is held aside while the
	// ones before it move up one place each: swapping them copied a fact
	// of some 400 bytes three times a step.
	fs := x.facts[mark:]
	for k := 1; k < len(fs); k++ {
		if fs[k].Pos.Offset >= fs[k-1].Pos.Offset {
			continue
		}
		f := fs[k]
		j := k
		for ; j > 0 && f.Pos.Offset < fs[j-1].Pos.Offset; j-- {
			fs[j] = fs[j-1]
		}
		fs[j] = f
	}
}

// scan reports whether the sentence may hold a numeric fact at all: whether
// it has digits, a currency symbol, a percent sign or a vulgar fraction, or
// a flagged word other than an article or a word of lexDirection (before a
// word of lexAfterArticle or lexDateUnit, they count: "a dozen", "this
// week"). Three sentences in four of news prose have none; for them the
// per-token state and the extractors' passes are skipped, which made
// extractNumeric some 3x faster (BenchmarkExtractNumeric). For a sentence
// it lets through, it looks up each token's flags (flag).
//
// The test, mayHold, records nothing and stops at the first token that
// lets the sentence through; flag takes that word's flags from it rather
// than looking them up again. TestScanPlain and FuzzScanPlain hold scan to
// the plain lexOf.
func (s *numScratch) scan(toks []token) bool {
	at, f := mayHold(toks)
	if at < 0 {
		return false
	}
	s.flag(toks, at, f)
	return true
}

// mayHold is scan's test. It runs for every sentence, so it is written for
// speed: a word's key, its first four bytes (lexKeyLE), is looked up in
// lexStrongSet, which has the keys of the words that may make a sentence
// pass and nothing else, no article; only a word found there, or one with
// a byte other than a letter among its second to fourth (lexOdd's hyphens
// and digits among them), is looked at by strongWord, a call. Four
// sentences in five pass no further than this loop, which records nothing.
// Looking up and recording every token's flags before deciding, as scan
// did, cost 16.9 M instructions over the sentences of
// BenchmarkExtractArchive; mayHold, and flag for the sentences it lets
// through, cost 15.9 M, and strongWord's lookups 0.6 M less since.
//
// It returns the index of the token that lets the sentence through, or -1,
// and the flags of that token when it is a word.
func mayHold(toks []token) (int, lexFlag) {
	for i := 0; i < len(toks); i++ {
		// The inner loop makes no call, so that i stays in a register;
		// a token it cannot settle breaks out to the calls below.
		for ; i < len(toks); i++ {
			t := &toks[i]
			if t.kind == tWord {
				w := t.low
				var k, odd uint32
				if len(w) >= 4 {
					k = uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
					// A byte below 0x40, neither bit 6 nor 7 set,
					// among the key's last three: a hyphen, a digit
					// or an apostrophe, left to strongWord.
					odd = ^(k | k<<1) & 0x80808000
				} else if len(w) == 3 {
					k = uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16
					odd = ^(k | k<<1) & 0x00808000
				} else if len(w) == 2 {
					k = uint32(w[0]) | uint32(w[1])<<8
				} else if len(w) == 1 {
					k = uint32(w[0])
				} else {
					continue
				}
				if v := uint32(lexStrongSet[k*0x9e3779b1>>(32-lexStartBits)]) | odd; v != 0 {
					// 100 + the length: a word of lexDirection by
					// itself (see lexStrongSet).
					if odd != 0 || uint(v) != uint(len(w))+100 {
						break
					}
				}
				continue
			}
			if t.kind == tNum {
				return i, 0
			}
			// Punctuation: "%" and "$", or a character of two bytes or
			// more other than the quotes and dashes of U+2000…U+203F.
			if p := t.text; len(p) == 1 {
				if p[0] == '%' || p[0] == '$' {
					return i, 0
				}
			} else if len(p) >= 2 && (p[0] != 0xe2 || p[1] != 0x80) {
				break
			}
		}
		if i == len(toks) {
			return -1, 0
		}
		if toks[i].kind == tWord {
			if f, ok := strongWord(toks, i); ok {
				return i, f
			}
		} else if f, frac := punctFlags(toks[i].text); frac || f != 0 {
			return i, 0
		}
	}
	return -1, 0
}

// strongWord reports whether the word toks[i] lets a sentence through
// scan: a flagged word that may start a fact, other than an article or a
// word of lexDirection, or a word of lexAfterArticle after an article ("a
// dozen") or of lexDateUnit after a word of lexDirection ("this week").
//
// lexFind is lexOf here: lexMaybe turns away no word lexFind finds flags
// for (TestLexMaybe), and only the words of the lexicon themselves, not
// their hyphenated forms, are articles or words of lexDirection, so the
// word before is looked up alone. It returns the word's flags too.
func strongWord(toks []token, i int) (lexFlag, bool) {
	f := lexFind(toks[i].low)
	var prev lexFlag
	switch {
	case f&(lexArticle|lexDirection) != 0:
		return f, false
	case f&lexStarts != 0:
		return f, true
	case f&lexAfterArticle != 0:
		prev = lexArticle
	case f&lexDateUnit != 0:
		prev = lexDirection
	default:
		return f, false
	}
	if i == 0 || toks[i-1].kind != tWord {
		return f, false
	}
	pf, _ := lexLookup(toks[i-1].low)
	return f, pf&prev != 0
}

// flag looks up each token's flags, the union of them and whether the
// sentence has a token of digits, for a sentence that mayHold let through.
// It also lists, in s.pend, the tokens that may have flags or a number:
// digits, the words that lexMaybe lets through, "the", "%", "$", "-", "."
// and the punctuation of two bytes or more but U+2000…U+203F. prepare
// reads those alone.
//
// It is written for speed, in two passes. The first, over every token,
// makes no call, so that the compiler keeps its variables in registers: it
// lists the tokens. The second looks up the words and the punctuation of
// two bytes or more.
//
// The first pass takes a word of four bytes or more, most of them, on a
// path of its own: its key, the first four bytes, in one register, lexOdd
// read from the key's bytes, and the set an array rather than a pointer
// to one. Written as one switch on the length, the key and its flags were
// kept on the stack and the pass cost more than before; as it is,
// BenchmarkExtractNumeric went from 70.4 M to 68.4 M instructions.
//
// at and atFlag are what mayHold returned: the flags of the word toks[at]
// are atFlag, already looked up (-1 for none).
func (s *numScratch) flag(toks []token, at int, atFlag lexFlag) {
	n := len(toks)
	if cap(s.lex) < n {
		s.lex = make([]lexFlag, n, n+n/2)
		s.pend = make([]int32, n, n+n/2)
	}
	lex, pend := s.lex[:n], s.pend[:n]
	np := 0
	var any lexFlag
	digits := false
	for i := range toks {
		t := &toks[i]
		var f lexFlag
		switch t.kind {
		case tWord:
			// lexMaybe written out (too big for the inliner), words of
			// four bytes or more, most of them, first.
			if w := t.low; len(w) >= 4 {
				k := uint32(w[0])<<24 | uint32(w[1])<<16 | uint32(w[2])<<8 | uint32(w[3])
				if lexStartSet[k*0x9e3779b1>>(32-lexStartBits)] || byte(k>>16) == '-' || byte(k>>8) == '-' || byte(k)-'0' < 10 {
					pend[np] = int32(i)
					np++
				}
			} else if w == "the" {
				f = lexThe // one word in ten, needs no lookup
				pend[np] = int32(i)
				np++
			} else if w != "" && (lexStartIn(lexKey(w)) || lexOdd(w)) {
				pend[np] = int32(i)
				np++
			}
		case tNum:
			digits = true
			pend[np] = int32(i)
			np++
		default:
			// punctFlags' quick cases.
			switch p := t.text; {
			case p == "%":
				f = lexPercent
			case p == "$":
				f = lexCurrency
			case p == "-" || p == ".":
			case len(p) >= 2 && (p[0] != 0xe2 || p[1] != 0x80):
			default:
				lex[i] = 0
				continue
			}
			pend[np] = int32(i)
			np++
		}
		lex[i] = f
		any |= f
	}
	for _, i := range pend[:np] {
		t := &toks[i]
		var f lexFlag
		switch {
		case t.kind == tWord && lex[i] == 0:
			if int(i) == at {
				f = atFlag // mayHold's lookup
			} else {
				f = lexFind(t.low)
			}
		case t.kind == tPunct && len(t.text) >= 2:
			f, _ = punctFlags(t.text)
		default:
			continue // digits, "the", "%", "$", "-" and "."
		}
		lex[i] = f
		any |= f
	}
	s.lex, s.pend, s.any, s.digits = lex, pend[:np], any, digits
}

// punctFlags returns the flags of a punctuation token, a currency symbol
// or a percent sign, and whether it is a vulgar fraction ("½").
func punctFlags(p string) (lexFlag, bool) {
	switch {
	case p == "%":
		return lexPercent, false
	case p == "$":
		return lexCurrency, false
	case len(p) < 2 || p[0] == 0xe2 && p[1] == 0x80:
		return 0, false // other ASCII, and the quotes and dashes of U+2000…U+203F
	case currencySymbols[p] != "":
		return lexCurrency, false
	}
	return 0, vulgarFractions[p] != 0
}

// from returns the first token at or after i that an extractor may start
// at: a token of digits, a number or a word with lexStarts flags.
func (s *numScratch) from(i int) int {
	if i >= len(s.next) {
		return len(s.next) - 1
	}
	return int(s.next[i])
}

// zeroed returns b resized to n elements, all zero.
func zeroed[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n, n+n/2)
	}
	b = b[:n]
	clear(b)
	return b
}

// mayStartNumber reports whether parsePunctNumber may read a number at a
// punctuation token: a vulgar fraction, or a minus sign or a decimal point
// before digits (beforeDigits). A full stop is mostly a sentence's last
// token, and a quotation mark or a dash of U+2000…U+203F is no fraction:
// neither is looked up. TestMayStartNumber checks it lets every number
// through.
func mayStartNumber(p string, beforeDigits bool) bool {
	switch p {
	case "-", ".", "−":
		return beforeDigits
	}
	return len(p) > 1 && (p[0] != 0xe2 || p[1] != 0x80) && vulgarFractions[p] != 0
}

// numAt returns the number read at toks[i], if any.
func (s *numScratch) numAt(i int) parsed {
	if k := s.numIdx[i]; k > 0 {
		return s.nums[k-1]
	}
	return parsed{}
}

// hasNum reports whether a number was read at toks[i].
func (s *numScratch) hasNum(i int) bool { return s.numIdx[i] > 0 }

// parsePublished reads an RFC 3339 date-time or a plain date.
func parsePublished(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	if t, ok := parseISOQuick(s); ok {
		return t, true
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// parseISOQuick reads "2006-01-02" and "2006-01-02T15:04:05Z", the forms
// of nearly every publication date, to the time time.Parse gives, or
// reports false for the rest, valid or not. time.Parse, once a document,
// cost 0.2% of the whole job's instructions. TestParsePublishedPlain and
// FuzzParsePublishedPlain hold it to time.Parse.
func parseISOQuick(s string) (time.Time, bool) {
	if len(s) != 10 && (len(s) != 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z') ||
		s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	y, m, d := digitPair(s[0:2])*100+digitPair(s[2:4]), digitPair(s[5:7]), digitPair(s[8:10])
	if y < 0 || m < 1 || m > 12 || d < 1 || d > daysIn(time.Month(m), y) {
		return time.Time{}, false
	}
	var h, mi, sec int
	if len(s) == 20 {
		h, mi, sec = digitPair(s[11:13]), digitPair(s[14:16]), digitPair(s[17:19])
		if h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 {
			return time.Time{}, false
		}
	}
	return time.Date(y, time.Month(m), d, h, mi, sec, 0, time.UTC), true
}

// digitPair returns the value of two ASCII digits, or a negative number.
func digitPair(s string) int {
	if !isDigit(s[0]) || !isDigit(s[1]) {
		return -1 << 20
	}
	return int(s[0]-'0')*10 + int(s[1]-'0')
}

// daysIn returns the number of days of month m of year y.
func daysIn(m time.Month, y int) int {
	if m == time.February {
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 31 - int(m-1)%7%2
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
	s := &x.num
	switch k := s.figIdx[i]; {
	case k > 0:
		return s.figs[k-1], true
	case k < 0 || s.numIdx[i] == 0:
		return figure{}, false
	}
	f, ok := x.readFigureAt(toks, i)
	if !ok {
		s.figIdx[i] = -1
		return f, false
	}
	s.figs = append(s.figs, f)
	s.figIdx[i] = int32(len(s.figs))
	return f, true
}

func (x *extraction) readFigureAt(toks []token, i int) (figure, bool) {
	p := x.num.numAt(i)
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
			if hi := x.num.numAt(a + 1); hi.ok && !hi.num.isRange && !hi.num.frac {
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
	for i := x.num.from(0); i < len(toks); i = x.num.from(i + 1) {
		if !x.num.hasNum(i) {
			continue
		}
		p := x.num.numAt(i)
		if p.num.weak || x.num.claimed[i] || fracOnly && !p.num.frac {
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
