package facts

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Quotes. Quotation marks are paired over the whole document, not per
// sentence, because a quote runs over sentences and, newspaper style, over
// paragraphs: a paragraph that ends inside a quote and is followed by one
// that opens with a quotation mark continues the quote. Double marks
// delimit quotes (curly, straight, „ « »); single marks inside them are
// part of the quoted words. Single marks outside double ones delimit a
// quote within one paragraph, as headlines write them (see singleQuote). A straight mark opens when it follows white
// space or an opening bracket, and closes otherwise.
//
// Two quotes with only a short attribution between them ("…," he said,
// "…") are one quote. The speaker comes from a reporting verb (said, told,
// added…) outside the quotation marks in the quote's own sentences, or in
// the sentence before when that ends with a colon, or from the quote
// before when the paragraph only continues it. "He" and "she" resolve to
// the last person named before them who opened a sentence (the subject
// the writer is following; plain "last named" picks the object of the
// sentence before too often); "the PM" and "the president" to the last
// person with exactly that title, else to the person named most often so
// far (an "Italian Prime Minister" is not "the prime minister" of a
// British story).
//
// Fact.Text is the quote as written, marks included; Fact.Quote the quoted
// words, joined by a space where a quote was interrupted or ran over
// paragraphs; Fact.Partial marks a quote of a few words inside a sentence
// of the writer's own ("rejected Mr Putin's “yes, but” approach").

// A rawQuote is one stretch of quoted text: its parts are the ranges inside
// the marks; start and end cover the marks.
type rawQuote struct {
	start, end int
	parts      [][2]int
	closed     bool
}

func isOpenMark(text string, i int) (bool, int) {
	r, size := utf8.DecodeRuneInString(text[i:])
	return opensAt(text, i, r), size
}

// opensAt is isOpenMark for the rune r at text[i].
func opensAt(text string, i int, r rune) bool {
	switch r {
	case '“', '„', '«':
		return true
	case '"':
		if i == 0 {
			return true
		}
		p, _ := utf8.DecodeLastRuneInString(text[:i])
		return unicode.IsSpace(p) || strings.ContainsRune("([{—–-/:", p)
	}
	return false
}

// markRune is utf8.DecodeRuneInString(text[i:]) for a stop of
// scanQuotes, where a straight quote and the curly marks of isE2Mark
// need no decoding.
func markRune(text string, i int) (rune, int) {
	switch {
	case text[i] == '"':
		return '"', 1
	case isE2Mark(text, i):
		return e2Marks[text[i+2]-0x98], 3
	}
	return utf8.DecodeRuneInString(text[i:])
}

// e2Marks are the runes E2 80 98 to E2 80 9E.
var e2Marks = [...]rune{'‘', '’', '‚', '‛', '“', '”', '„'}

// quoteMarks are the bytes scanQuotes stops at: the ASCII quotation
// marks, the lead bytes of the curly marks (“ ” „ ‘ are E2 80 xx) and of
// « and » (C2 xx), and, inside a quote, the line break. Every other byte
// does nothing there, and no stop byte can be a continuation byte
// (80-BF), so a search from any byte finds the same next stop as a walk
// rune by rune.
var quoteMarks = [...]byte{'"', '\'', 0xE2, 0xC2, '\n'}

const qLF = len(quoteMarks) - 1 // the line break: looked for inside a quote only

// A quoteSkip finds scanQuotes' next stop: for each byte of quoteMarks, its
// next occurrence at or after the last position asked for (len(text) when
// none), searched again with the vectorised strings.IndexByte only once
// passed. A SWAR walk testing eight bytes at a time for a line break, an
// apostrophe, a double quote or any non-ASCII byte made scanQuotes cost
// 5.6 instructions a byte of the generated archive's text; this, which
// does not stop at the line breaks and non-ASCII characters outside
// quotes (most of the stops), 2.6 (BenchmarkExtractArchive 266.3M ->
// 257.8M). Four searches of the whole text are most of what is left.
type quoteSkip [len(quoteMarks)]int

func (q *quoteSkip) next(text string, i int, inQuote bool) int {
	n := len(quoteMarks)
	if !inQuote {
		n = qLF
	}
	at := len(text)
	for k := range n {
		if q[k] < i {
			if j := strings.IndexByte(text[i:], quoteMarks[k]); j >= 0 {
				q[k] = i + j
			} else {
				q[k] = len(text)
			}
		}
		at = min(at, q[k])
	}
	return at
}

// isE2Mark reports whether text[i], an E2 byte, begins one of the curly
// marks that scanQuotes acts on: “ ” „ ‘ (E2 80 9C, 9D, 9E, 98). The
// other characters that begin with E2, the ’ of "won’t" and the dashes
// above all, are a third of its stops in the generated archive, and
// decoding them to find so cost ~150 instructions each
// (BenchmarkScanQuotesArchive 3.19 M -> 3.02 M, GOGC=off).
func isE2Mark(text string, i int) bool {
	if i+2 >= len(text) || text[i+1] != 0x80 {
		return false
	}
	switch text[i+2] {
	case 0x98, 0x9C, 0x9D, 0x9E:
		return true
	}
	return false
}

// scanQuotes pairs the document's double quotation marks.
func scanQuotes(text string) []rawQuote {
	out, _ := scanQuotesInto(nil, nil, text)
	return out
}

// scanQuotesInto is scanQuotes appending to out, with the quotes' parts
// cut from the array parts (capacity capped, so an append to one cannot
// reach the next): one array for all the parts, kept between documents,
// where a quote made its own and the open quote was on the heap. It
// returns out and the parts array for reuse.
func scanQuotesInto(out []rawQuote, parts [][2]int, text string) ([]rawQuote, [][2]int) {
	var cur rawQuote // the open quote, when open
	open := false
	p0 := len(parts) // the open quote's first part in parts
	partStart := 0
	// closeCur ends the open quote at end, its parts those since p0.
	closeCur := func(end int, closed bool) {
		cur.parts = parts[p0:len(parts):len(parts)]
		cur.end, cur.closed = end, closed
		out = append(out, cur)
		open = false
	}
	openCur := func(start, size int) {
		cur, open = rawQuote{start: start}, true
		p0, partStart = len(parts), start+size
	}
	skip := quoteSkip{-1, -1, -1, -1, -1} // nothing searched for yet
	for i := 0; i < len(text); {
		// Skip to the next byte that can matter: most of a text is not.
		if i = skip.next(text, i, open); i == len(text) {
			break
		}
		c := text[i]
		if c == 0xE2 && !isE2Mark(text, i) {
			// An apostrophe or a dash, most of the stops: it does
			// nothing, and the next stop cannot be one of its
			// continuation bytes.
			i++
			continue
		}
		if c == '\n' && open {
			// The paragraph ends inside a quote: it goes on if the next
			// paragraph opens with a mark.
			end := i
			for end > partStart && isSpace(text[end-1]) {
				end--
			}
			parts = append(parts, [2]int{partStart, end})
			j := i
			for j < len(text) && isSpace(text[j]) {
				j++
			}
			if j < len(text) {
				if op, size := isOpenMark(text, j); op {
					partStart = j + size
					i = partStart
					continue
				}
			}
			closeCur(end, false)
			i++
			continue
		}
		// An apostrophe after a letter or digit ("Trump's") opens no
		// quote: singleQuote would say so, more slowly.
		if !open && (c == '\'' && (i == 0 || !asciiWord[text[i-1]]) || c == 0xE2 && strings.HasPrefix(text[i:], "‘")) {
			if part, end, ok := singleQuoteAt(text, i); ok {
				parts = append(parts, part)
				out = append(out, rawQuote{start: i, end: end, parts: parts[len(parts)-1 : len(parts) : len(parts)], closed: true})
				i = end
				continue
			}
		}
		if c < utf8.RuneSelf && c != '"' {
			i++
			continue
		}
		// The mark, decoded once for both tests (isOpenMark and the
		// plain scan's isCloseMark decoded it a time each).
		r, size := markRune(text, i)
		op := opensAt(text, i, r)
		switch {
		case !open && op:
			openCur(i, size)
		case open && (r == '”' || r == '»' || r == '"') && (text[i] == '"' || !op):
			parts = append(parts, [2]int{partStart, i})
			closeCur(i+size, true)
		case open && op && text[i] != '"':
			// An opening mark inside an open quote: the first was never
			// closed. End it before this one.
			parts = append(parts, [2]int{partStart, i})
			closeCur(i, false)
			openCur(i, size)
		}
		i += size
	}
	if open {
		end := len(text)
		for end > partStart && isSpace(text[end-1]) {
			end--
		}
		parts = append(parts, [2]int{partStart, end})
		closeCur(end, false)
	}
	return out, parts
}

// singleQuote reads a quote in single marks starting at text[i], as
// headlines and captions write them ("‘World needs action, not a study’"):
// the opening mark follows white space, an opening bracket or the start
// and comes before a letter; the closing mark, in the same paragraph,
// follows a non-space and comes before a non-letter, so the apostrophes
// of "won’t" and "Trump's" do not close it.
func singleQuote(text string, i int) (rawQuote, bool) {
	part, end, ok := singleQuoteAt(text, i)
	if !ok {
		return rawQuote{}, false
	}
	return rawQuote{start: i, end: end, parts: [][2]int{part}, closed: true}, true
}

// singleQuoteAt is singleQuote without the rawQuote: the quoted words'
// span and the end of the closing mark.
func singleQuoteAt(text string, i int) (part [2]int, end int, ok bool) {
	r, size := utf8.DecodeRuneInString(text[i:])
	if i > 0 {
		p, _ := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(p) && !strings.ContainsRune("([{—–-/:", p) {
			return part, 0, false
		}
	}
	start := i + size
	if n, _ := utf8.DecodeRuneInString(text[start:]); !unicode.IsLetter(n) && !unicode.IsDigit(n) {
		return part, 0, false
	}
	closer := "’"
	if r == '\'' {
		closer = "'"
	}
	for j := start; j < len(text) && text[j] != '\n'; {
		if strings.HasPrefix(text[j:], closer) {
			prev, _ := utf8.DecodeLastRuneInString(text[:j])
			next, _ := utf8.DecodeRuneInString(text[j+len(closer):])
			if !unicode.IsSpace(prev) && utf8.RuneCountInString(text[start:j]) > 1 && (j+len(closer) == len(text) || !unicode.IsLetter(next) && !unicode.IsDigit(next)) {
				return [2]int{start, j}, j + len(closer), true
			}
		}
		if text[j] == '"' || strings.HasPrefix(text[j:], "“") {
			break // a double quote starts: not a single-quoted one
		}
		_, sz := utf8.DecodeRuneInString(text[j:])
		j += sz
	}
	return part, 0, false
}

// quoteWords joins a quote's parts.
//
// The words of a quote of one part, as most are, are the text itself, not
// a copy of it: a string built for each quote was an allocation and a copy
// per quote (BenchmarkQuotesArchive 10.09 M -> 9.73 M instructions,
// GOGC=off).
func quoteWords(text string, parts [][2]int) string {
	if len(parts) == 1 {
		return strings.TrimSpace(text[parts[0][0]:parts[0][1]])
	}
	var b strings.Builder
	for _, p := range parts {
		s := strings.TrimSpace(text[p[0]:p[1]])
		if s == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	return b.String()
}

// sentenceAt returns the index of the sentence holding offset off.
func sentenceAt(sents []Sentence, off int) int {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > off })
	return min(i, len(sents)-1)
}

// extractQuotes finds the document's quotes and their speakers.
//
// It is the last reader of the mentions: the arrays they are cut from go
// back to the pool when it is done.
func extractQuotes(x *extraction, sents []Sentence, all [][]token, people []personMention) {
	if x.people != nil {
		defer func() {
			x.people.release()
			x.people = nil
		}()
	}
	if len(sents) == 0 {
		return
	}
	text := x.doc.Text
	// The quotes, their parts and the attribution tokens are in arrays
	// kept between documents: nothing of them is kept in a fact.
	sc := quotePool.Get().(*quoteScratch)
	defer sc.release()
	raws, parts := scanQuotesInto(sc.raws[:0], sc.parts[:0], text)
	sc.raws, sc.parts = raws, parts
	// Join quotes broken by an attribution: "…," he said, "…".
	qs := sc.qs[:0]
	defer func() { sc.qs = qs }()
	for _, q := range raws {
		if n := len(qs); n > 0 && qs[n-1].closed {
			prev := qs[n-1]
			if between := text[prev.end:q.start]; isInterruption(between) {
				prev.parts = append(prev.parts, q.parts...)
				prev.end, prev.closed = q.end, q.closed
				qs[n-1] = prev
				continue
			}
		}
		qs = append(qs, q)
	}
	if len(qs) == 0 {
		return // most documents: nothing below emits without a quote
	}
	// Names inside quotes are not speakers, nor what "he" refers to.
	// (Mentions are big: copied only when some are inside.)
	qsOrdered := true  // quotes' ends in order, as insideQuote's search needs
	qsDisjoint := true // and each after the one before, as appendOutside needs
	for i := 1; i < len(qs); i++ {
		qsOrdered = qsOrdered && qs[i].end >= qs[i-1].end
		qsDisjoint = qsDisjoint && qs[i].start >= qs[i-1].end
	}
	qsDisjoint = qsDisjoint && qsOrdered
	inside := countInside(qs, qsOrdered, people)
	if inside > 0 {
		outside := make([]personMention, 0, len(people)-inside)
		for i := range people {
			if !insideQuote(qs, people[i].start) {
				outside = append(outside, people[i])
			}
		}
		people = outside
	}
	var lastSpeaker string
	var lastEnd int
	disjoint := true
	for i := 1; i < len(people); i++ {
		disjoint = disjoint && people[i].start >= people[i-1].end && people[i-1].end >= people[i-1].start
	}
	// The region's array is kept between documents, as Extract keeps its
	// tokens: growing it from nothing for each was a tenth of
	// extractQuotes (BenchmarkQuotes 2210K -> 2078K with isTitleCase's).
	region := sc.region[:0]
	used := 0 // the longest region: what release clears
	defer func() { sc.region = region[:used] }()
	regionSi, regionSe := -1, -1
	for _, q := range qs {
		words := quoteWords(text, q.parts)
		if words == "" || isQuotedFigure(words) {
			continue
		}
		si, se := sentenceAt(sents, q.start), sentenceAt(sents, max(q.start, q.end-1))
		partial := isPartial(text, sents[si], q, words)
		if partial && isTitleCase(words) {
			continue // the name of a work: "Morning at Schuylkill"
		}
		speaker := ""
		// The attribution: words of the quote's sentences outside marks,
		// the same for quotes in the same sentences.
		build := si != regionSi || se != regionSe
		if build {
			regionSi, regionSe = si, se
			region = region[:0]
		}
		for k := si; k <= se && build; k++ {
			if !qsDisjoint {
				for _, t := range all[k] {
					if !insideQuote(qs, t.start) {
						region = append(region, t)
					}
				}
				continue
			}
			region = appendOutside(region, all[k], qs)
		}
		used = max(used, len(region))
		speaker = findSpeaker(region, people, disjoint, q.start, q.end)
		if speaker == "" && !partial && si > 0 {
			prev := sents[si-1]
			prevText := strings.TrimSpace(text[prev.Start:prev.End])
			switch {
			case strings.HasSuffix(prevText, ":"):
				var pr []token
				for _, t := range all[si-1] {
					if !insideQuote(qs, t.start) {
						pr = append(pr, t)
					}
				}
				speaker = findSpeaker(pr, people, disjoint, prev.End, prev.End)
			case lastSpeaker != "" && lastEnd >= prev.Start && q.start == sents[si].Start:
				speaker = lastSpeaker // the same speech goes on
			}
		}
		// A quote over several sentences keeps them all as its sentence.
		x.sent = Sentence{Start: sents[si].Start, End: max(sents[se].End, q.end), Para: sents[si].Para}
		x.quoteSpan = true
		x.emit(Fact{Kind: KindQuote, Quote: words, Speaker: speaker, Partial: partial}, q.start, q.end)
		x.quoteSpan = false
		if speaker != "" || !partial {
			lastSpeaker, lastEnd = speaker, q.end
		}
	}
}

// A quoteScratch is extractQuotes' arrays, kept between documents.
type quoteScratch struct {
	raws, qs []rawQuote
	parts    [][2]int
	region   []token
}

var quotePool = sync.Pool{New: func() any { return new(quoteScratch) }}

const (
	maxPooledRegion = 1 << 12 // tokens
	maxPooledQuotes = 1 << 10 // quotes, and parts
)

// release puts sc back in the pool, unless a long document grew it. The
// region's tokens hold the document's strings: cleared, so that the pool
// does not keep it alive.
func (sc *quoteScratch) release() {
	if cap(sc.region) > maxPooledRegion || max(cap(sc.raws), cap(sc.qs), cap(sc.parts)) > maxPooledQuotes {
		return
	}
	clear(sc.region)
	sc.region = sc.region[:0]
	quotePool.Put(sc)
}

// countInside counts the people whose mention starts inside a quote of qs,
// as insideQuote says. Mentions are in document order, and quotes' ends
// in order (qsOrdered, as insideQuote's search needs), so the quote that
// may hold each mention is found by a cursor rather than a binary search
// per mention, which drew two fifths of extractQuotes' own samples in
// BenchmarkQuotesArchive.
func countInside(qs []rawQuote, qsOrdered bool, people []personMention) int {
	n, i := 0, 0
	for k := range people {
		off := people[k].start
		if !qsOrdered || k > 0 && off < people[k-1].start {
			// Not met: out of order. A search per mention from here on.
			for _, m := range people[k:] {
				if insideQuote(qs, m.start) {
					n++
				}
			}
			return n
		}
		for i < len(qs) && qs[i].end <= off {
			i++
		}
		if i < len(qs) && qs[i].start <= off && insideParts(qs[i].parts, off) {
			n++
		}
	}
	return n
}

// isQuotedFigure reports whether a quote is only a figure in quotation
// marks ("about 20", "more than 80"): a count the writer distances
// themselves from, not a quote of anyone's words.
//
// Its first word answers for nearly every quote, a statement's first word
// being neither a figure nor a figure word, without reading the quote for
// a digit: ContainsAny over every quote's words was a twentieth of
// extractQuotes (BenchmarkQuotesArchive 9.36 M -> 8.80 M instructions,
// GOGC=off). FuzzIsQuotedFigure holds it to the plain test.
func isQuotedFigure(words string) bool {
	if !mayBeFigureWord(words) {
		return false
	}
	if !strings.ContainsAny(words, "0123456789") {
		return false
	}
	figure := false
	for _, w := range strings.Fields(words) {
		switch {
		case w[0] >= '0' && w[0] <= '9' && strings.Trim(w, "0123456789.,%") == "":
			figure = true
		case !figureWords[strings.ToLower(w)]:
			return false
		}
	}
	return figure
}

// mayBeFigureWord reports whether the first field of words (as
// strings.Fields splits it) may be a figure or one of figureWords: false
// only when it is neither, when isQuotedFigure is false. A space, a
// digit or a non-ASCII character first, or non-ASCII in the word, is
// answered true, for the full test.
func mayBeFigureWord(words string) bool {
	var low [8]byte
	n := 0
	for i := 0; i < len(words); i++ {
		c := words[i]
		switch {
		case c >= utf8.RuneSelf || c <= '9' && i == 0:
			return true // a space, a rune or a digit first: the full test
		case c == ' ' || c >= '\t' && c <= '\r':
			return figureWords[string(low[:n])]
		case n == len(low):
			return false // longer than every figure word
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		low[n] = c
		n++
	}
	return figureWords[string(low[:n])]
}

// figureWords may stand beside a figure in quotation marks.
var figureWords = wordSet("about around roughly some nearly almost more less fewer than over under up to at least most as many much just")

// isTitleCase reports whether every word of two or more, but short ones
// ("at", "of", "the"), is capitalised: the title of a book or painting.
//
// It walks the fields of strings.Fields without making their slice.
func isTitleCase(words string) bool {
	n := 0
	for i := 0; i < len(words); {
		r, size := utf8.DecodeRuneInString(words[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(words) {
			r, size := utf8.DecodeRuneInString(words[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		if w := words[i:j]; len(w) > 3 && !isCapitalised(w) {
			return false
		}
		n++
		i = j
	}
	return n >= 2
}

// isInterruption reports whether text between two quotes is only an
// attribution: ", he said, " or " Starmer added, ".
func isInterruption(between string) bool {
	// The length first: the text between two quotes is often paragraphs
	// long, and ContainsAny reads it all (3% of extractQuotes).
	b := strings.TrimSpace(between)
	if b == "" || len(b) > 60 || strings.ContainsAny(b, ".!?\n") {
		return false
	}
	if !strings.HasSuffix(b, ",") {
		return false
	}
	for _, w := range strings.Fields(strings.Trim(b, ",:")) {
		if wordIs(strings.ToLower(strings.Trim(w, ",:")), lxReport) {
			return true
		}
	}
	return false
}

// isPartial reports whether a quote is a few words inside the writer's own
// sentence, not a quoted statement: it starts in lower case, or it does
// not open its sentence and follows no colon or comma.
func isPartial(text string, s Sentence, q rawQuote, words string) bool {
	r, _ := utf8.DecodeRuneInString(words)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return true
	}
	if q.start <= s.Start {
		return false
	}
	before := strings.TrimRight(text[s.Start:q.start], " ")
	if strings.HasSuffix(before, ":") || strings.HasSuffix(before, ",") {
		return false
	}
	// A whole statement that ends the sentence: "… said that “We …”".
	last := strings.TrimSpace(text[q.parts[len(q.parts)-1][0]:q.parts[len(q.parts)-1][1]])
	return !(strings.HasSuffix(last, ".") || strings.HasSuffix(last, "?") || strings.HasSuffix(last, "!"))
}

// appendOutside appends the tokens of toks that are not insideQuote to
// region. qs are in order and disjoint, as scanQuotes finds them.
//
// The tokens inside are those that start in a part of a quote: for each
// part that may hold some, a binary search over the tokens finds them,
// and the tokens between go to region in one append (a memmove). A
// cursor over the quotes for each token, and an append for each of its
// 56 bytes, was most of what a quote cost (BenchmarkQuotesArchive 8.56 M
// -> 8.10 M instructions, GOGC=off). A sentence's tokens are in order of
// their starts, as the tokenizer makes them.
func appendOutside(region, toks []token, qs []rawQuote) []token {
	if len(toks) == 0 {
		return region
	}
	lo, hi := toks[0].start, toks[len(toks)-1].start
	from := 0 // the first token not yet appended nor dropped
	for i := sort.Search(len(qs), func(i int) bool { return qs[i].end > lo }); i < len(qs) && qs[i].start <= hi; i++ {
		for _, p := range qs[i].parts {
			if p[1] <= lo || p[0] > hi || p[0] >= p[1] {
				continue
			}
			rest := toks[from:]
			a := from + sort.Search(len(rest), func(k int) bool { return rest[k].start >= p[0] })
			rest = toks[a:]
			b := a + sort.Search(len(rest), func(k int) bool { return rest[k].start >= p[1] })
			if a > from {
				region = append(region, toks[from:a]...)
			}
			from = b
		}
	}
	if from < len(toks) {
		region = append(region, toks[from:]...)
	}
	return region
}

func insideParts(parts [][2]int, off int) bool {
	for _, p := range parts {
		if p[0] <= off && off < p[1] {
			return true
		}
	}
	return false
}

// insideQuote reports whether off lies in the quoted words of one of qs
// (not in an attribution that breaks a quote).
func insideQuote(qs []rawQuote, off int) bool {
	i := sort.Search(len(qs), func(i int) bool { return qs[i].end > off })
	return i < len(qs) && qs[i].start <= off && insideParts(qs[i].parts, off)
}

// pronounWords refer back to the last person named.
var pronounWords = wordSet("he she He She")

// roleWords refer back to the last person holding the role.
var roleWords = map[string]string{"pm": "prime minister", "premier": "prime minister", "minister": "prime minister", "president": "president", "leader": "leader", "chancellor": "chancellor"}

// findSpeaker finds who the attribution tokens name as the speaker of the
// quote at [qStart, qEnd): the subject of the reporting verb nearest
// before the quote (a participle such as "saying" defers to a finite verb
// before it), else of the first one after it or inside its attribution.
//
// disjoint says that people are in order and their spans do not overlap.
func findSpeaker(region []token, people []personMention, disjoint bool, qStart, qEnd int) string {
	region = dropRelativeClauses(region)
	verb, part := -1, -1
	for k := range region {
		t := &region[k]
		if t.start >= qStart {
			break
		}
		if t.kind != tWord {
			continue // a reporting verb or participle is a word
		}
		if isReport(t.low) {
			verb = k
		} else if t.low == "saying" || t.low == "adding" || t.low == "insisting" || t.low == "telling" {
			part = k
		}
	}
	if verb < 0 {
		verb = part
	}
	if verb < 0 {
		for k := range region {
			if t := &region[k]; t.start >= qStart && t.kind == tWord && (isReport(t.low) || t.low == "according") {
				verb = k
				break
			}
		}
	}
	if verb < 0 {
		return ""
	}
	at := func(t token) *personMention {
		if disjoint {
			// The only mention that can hold t is the last starting at
			// or before it.
			i := sort.Search(len(people), func(i int) bool { return people[i].start > t.start }) - 1
			if i >= 0 && t.start < people[i].end {
				return &people[i]
			}
			return nil
		}
		for i := range people {
			if people[i].start <= t.start && t.start < people[i].end {
				return &people[i]
			}
		}
		return nil
	}
	// The nearest person before the verb, in its clause.
	for k := verb - 1; k >= 0; k-- {
		t := region[k]
		if m := at(t); m != nil {
			if k > 0 && wordIs(region[k-1].low, lxPrep) {
				continue // an object: "a question from Sam Coates"
			}
			return m.name
		}
		if wordIs(t.text, lxPronoun) {
			return lastSubject(people, t.start)
		}
		if role, ok := roleWords[t.low]; ok {
			if ref, qualified := isRoleReference(region, k); ref && qualified {
				return lastSubject(people, t.start) // "the Ukrainian leader"
			} else if ref {
				return lastWithRole(people, t.start, role) // "the prime minister"
			}
		}
		if t.text == "." || t.text == ";" {
			break
		}
	}
	// "said Starmer", "according to Mr Trump".
	for k := verb + 1; k < len(region) && k <= verb+5; k++ {
		if m := at(region[k]); m != nil {
			for _, t := range region[k:] {
				if t.start < m.end && m.end <= t.end {
					if _, cut := possessive(t.text); cut > 0 {
						return "" // "says Donald Trump's desire": not the speaker
					}
				}
			}
			return m.name
		}
		if wordIs(region[k].text, lxPronoun) {
			return lastSubject(people, region[k].start)
		}
	}
	return ""
}

// prepositions before a name make it an object, not a speaker.
var prepositions = wordSet("from with to of by on at against between for about than into")

// isRoleReference reports whether region[k], a role word, is "the PM" or
// "the prime minister", and whether a capitalised word qualifies it: "the
// Ukrainian leader", "the Liberal Democrat leader".
func isRoleReference(region []token, k int) (ref, qualified bool) {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if region[j].low == "the" {
			return true, qualified
		}
		if region[j].upper && region[j].low != "pm" {
			qualified = true
		}
	}
	return false, false
}

// dropRelativeClauses removes ", who … ," from attribution tokens, so that
// "Mikhail Kasyanov, who now opposes Putin, suggested" names Kasyanov.
func dropRelativeClauses(region []token) []token {
	has := false
	for k := 0; k+1 < len(region); k++ {
		if region[k].text == "," && (region[k+1].low == "who" || region[k+1].low == "which") {
			has = true
			break
		}
	}
	if !has {
		return region
	}
	out := region[:0:0]
	for k := 0; k < len(region); k++ {
		if region[k].text == "," && k+1 < len(region) && (region[k+1].low == "who" || region[k+1].low == "which") {
			j := k + 1
			for j < len(region) && region[j].text != "," && region[j].text != "." {
				j++
			}
			if j < len(region) && region[j].text == "," {
				k = j // a clause between commas
				continue
			}
		}
		out = append(out, region[k])
	}
	return out
}

// lastPerson returns the name of the last person mentioned before off.
func lastPerson(people []personMention, off int) string {
	name := ""
	for _, m := range people {
		if m.start >= off {
			break
		}
		name = m.name
	}
	return name
}

// lastWithRole returns the last person before off whose title is role,
// or else the protagonist.
func lastWithRole(people []personMention, off int, role string) string {
	name := ""
	for _, m := range people {
		if m.start >= off {
			break
		}
		if m.title != "" && NormalizeTitle(m.title) == role {
			name = m.name
		}
	}
	if name == "" {
		return protagonist(people, off)
	}
	return name
}

// protagonist returns the person named most often before off (the first
// of them on a tie): whom "the prime minister" most likely means when no
// one has that exact title.
func protagonist(people []personMention, off int) string {
	count := map[string]int{}
	best := ""
	for _, m := range people {
		if m.start >= off {
			break
		}
		count[m.name]++
		if count[m.name] > count[best] {
			best = m.name
		}
	}
	return best
}

// lastSubject returns the last person who opened a sentence before off.
func lastSubject(people []personMention, off int) string {
	name := ""
	for _, m := range people {
		if m.start >= off {
			break
		}
		if m.subject {
			name = m.name
		}
	}
	if name == "" {
		return lastPerson(people, off)
	}
	return name
}
