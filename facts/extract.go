package facts

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// ContextChars is how many characters of the original file a fact keeps on
// either side of its text, as Prefix and Suffix.
const ContextChars = 32

// Extract returns the facts stated in d, in document order. It is a pure
// function of the document and safe to call from many goroutines.
//
// Numbers, counts and lists are found sentence by sentence. People, titles
// and quotes need the whole document: a surname is linked to the full name
// stated earlier, and a quote runs over sentences and paragraphs.
func Extract(d *Document) []Fact {
	// Facts are gathered in a pooled array and copied, in order, by finish
	// into one given back by Recycle or made to size: the array sized at
	// one fact in 100 bytes was a third of extraction's allocated bytes,
	// and putting the facts in order in place moved each 440-byte fact
	// twice.
	sc := scratchPool.Get().(*extractScratch)
	x := &extraction{doc: d, facts: sc.facts[:0], keys: sc.keys[:0]}
	sents := sentencesInto(d.Text, sc.sents[:0])
	if len(sents) > 0 {
		x.nParas = sents[len(sents)-1].Para + 1
		if cap(sc.paras) >= x.nParas {
			x.paras = sc.paras[:x.nParas]
		}
	}
	defer func() {
		// The pooled facts and lines hold strings of this document:
		// cleared, so that the pool does not keep documents alive. Facts
		// are only ever appended, so nothing past len was written.
		clear(x.facts)
		clear(x.paras)
		if cap(x.facts) <= maxPooledFacts && cap(sents) <= maxPooledSentences {
			sc.facts, sc.keys, sc.sents = x.facts[:0], x.keys[:0], sents[:0]
			if cap(x.paras) > cap(sc.paras) {
				sc.paras = x.paras[:0]
			}
			scratchPool.Put(sc)
		}
	}()
	bufp := tokenPool.Get().(*[]token)
	all, buf := tokenizeInto(d, sents, sc.toks, *bufp)
	defer func() {
		// No fact keeps a token; a buffer for an unusually long document is
		// let go rather than held.
		if cap(buf) <= maxPooledTokens {
			*bufp = buf
			tokenPool.Put(bufp)
		}
		// The sentences' tokens are cut from the buffer, or their own
		// arrays for a sentence that outgrew it: cleared, like the facts.
		clear(all)
		if cap(all) <= maxPooledSentences {
			sc.toks = all[:0]
		}
	}()
	for i, s := range sents {
		x.sent = s
		extractNumeric(x, all[i])
		extractLists(x, all[i])
	}
	people := extractPeople(x, sents, all)
	extractQuotes(x, sents, all, people)
	return x.finish()
}

// tokenPool keeps token arrays between documents: a fresh array per
// document was a tenth of tokenizing's time in clearing new memory.
var tokenPool = sync.Pool{New: func() any { return new([]token) }}

const maxPooledTokens = 1 << 16

// An extractScratch is the arrays of an extraction kept between documents:
// the facts as found, finish's sort keys, the sentences, their tokens and
// paragraph's lines. The sentences and lines, allocated afresh, cost the
// whole job 1%; the sentences' tokens were 3% of its allocated bytes.
type extractScratch struct {
	facts []Fact
	keys  []uint64
	sents []Sentence
	toks  [][]token
	paras []paraLine
}

var scratchPool = sync.Pool{New: func() any { return new(extractScratch) }}

const (
	maxPooledFacts     = 1 << 12
	maxPooledSentences = 1 << 14
)

// finish puts the facts in document order and resolves their places. The
// extractors record byte offsets only; lines, columns and character offsets
// are filled in here, in one pass over the file with a cursor, rather than
// by counting from each line's start for every fact.
func (x *extraction) finish() []Fact {
	found := x.facts
	facts := newFacts(len(found))
	// The order is worked out on (offset, index) pairs; the index breaks
	// ties, so an unstable sort keeps equal offsets in the order found.
	// Both fit one word but in absurd files: packed, the pairs sort as
	// integers, with no call to compare two, which took
	// BenchmarkExtractArchive from 229.4 M to 227.0 M instructions (GOGC=off;
	// the keys' array is pooled).
	if len(found) <= maxPackedIndex && x.doc.File.Size() <= math.MaxInt64>>packedIndexBits {
		x.keys = orderPacked(facts, found, x.keys)
	} else {
		orderPairs(facts, found)
	}
	// The end is sought from a copy of the start cursor: a fact is short, so
	// this counts each fact's own bytes, where a second cursor following
	// the ends counted the whole file a second time.
	starts := x.doc.File.Cursor()
	for i := range facts {
		f := &facts[i]
		var endChars int
		f.Pos, f.CharStart = starts.Seek(f.Pos.Offset)
		ends := *starts
		f.End, endChars = ends.Seek(f.End.Offset)
		f.CharEnd = max(f.CharStart, endChars)
	}
	return facts
}

// factArrays keeps the arrays Extract returned and Recycle was given back,
// all zero, for finish to fill again.
//
// A fresh array for every document was a third of extraction's allocated
// bytes (BenchmarkExtractArchive, 440 bytes a fact), and every caller on
// the archive path copies the facts out at once.
var factArrays sync.Pool // of *[]Fact

// newFacts returns an array of n zero facts: a recycled one when the one
// the pool gives is large enough. When it gives one too small, the caller
// recycles, and the new array has room for half as many again, to serve
// the next documents too; when it gives none, the new one is n long.
func newFacts(n int) []Fact {
	p, _ := factArrays.Get().(*[]Fact)
	switch {
	case p == nil:
		return make([]Fact, n)
	case cap(*p) < n:
		return make([]Fact, n, n+n/2)
	}
	return (*p)[:n]
}

// Recycle gives back a slice of facts Extract returned, once the caller has
// copied out what it keeps, for a later Extract to fill; the caller must not
// use fs again. fs must be as Extract returned it: not appended to.
func Recycle(fs []Fact) {
	if cap(fs) == 0 || cap(fs) > maxPooledFacts {
		return
	}
	clear(fs) // they hold strings of their document; past len, all is zero
	factArrays.Put(&fs)
}

// orderPacked copies found into facts in order of offset, then of index,
// sorting packed keys in keys' array; it returns the array.
func orderPacked(facts, found []Fact, keys []uint64) []uint64 {
	keys = keys[:0]
	for i := range found {
		keys = append(keys, uint64(found[i].Pos.Offset)<<packedIndexBits|uint64(i))
	}
	slices.Sort(keys)
	for i, k := range keys {
		facts[i] = found[k&maxPackedIndex]
	}
	return keys
}

// orderPairs is orderPacked for any number of facts and any offsets.
func orderPairs(facts, found []Fact) {
	keys := make([]factKey, len(found))
	for i := range found {
		keys[i] = factKey{found[i].Pos.Offset, i}
	}
	slices.SortFunc(keys, func(a, b factKey) int {
		return cmp.Or(cmp.Compare(a.off, b.off), cmp.Compare(a.i, b.i))
	})
	for i, k := range keys {
		facts[i] = found[k.i]
	}
}

// A factKey is a fact's offset and its index among the facts found.
type factKey struct{ off, i int }

// A packed key is a fact's offset above its index's packedIndexBits.
const (
	packedIndexBits = 24
	maxPackedIndex  = 1<<packedIndexBits - 1
)

// extraction is the state of one document's extraction.
type extraction struct {
	doc   *Document
	sent  Sentence
	facts []Fact
	keys  []uint64   // finish's sort keys
	num   numScratch // the numeric extractors' state

	// paras are the paragraphs' whole lines, by index, as paragraph
	// works them out.
	paras  []paraLine
	nParas int // the number of paragraphs

	// people holds the name reader's arrays: taken by extractPeople,
	// given back by extractQuotes.
	people *peopleScan

	// orig is the original file as a string, made once, so that Prefix and
	// Suffix are substrings of it rather than an allocation each.
	orig string

	// listFrom and listComma are extractLists' last search for a comma
	// (see searchComma).
	listFrom, listComma int
}

// original returns the original file as a string: the document's text
// itself when the two are the same, else the loader's string of the file
// (see Document.orig).
func (x *extraction) original() string {
	if len(x.doc.segs) == 0 && len(x.doc.Text) == x.doc.File.Size() {
		return x.doc.Text
	}
	if x.orig == "" {
		x.orig = x.doc.original()
	}
	return x.orig
}

// emit records f found at Text[start:end] of the current sentence, filling in
// its source, positions, exact text and sentence.
func (x *extraction) emit(f Fact, start, end int) {
	f.Source = x.doc.Name
	// Only offsets here: finish resolves lines and columns in one pass.
	f.Pos.Offset = x.doc.Orig(start)
	f.End.Offset = max(f.Pos.Offset, x.doc.OrigEnd(end))
	f.Text = x.original()[f.Pos.Offset:f.End.Offset]
	f.Sentence = x.doc.Text[x.sent.Start:x.sent.End]
	f.Paragraph = x.paragraph()
	f.Prefix, f.Suffix = around(x.original(), f.Pos.Offset, f.End.Offset)
	f.SentStart, f.SentEnd = start-x.sent.Start, end-x.sent.Start
	x.facts = append(x.facts, f)
}

// around returns up to ContextChars characters of src before start and
// after end.
//
// Where the ContextChars bytes on a side are ASCII they are the answer, and
// only text with other characters is decoded a character at a time: this
// took BenchmarkExtractArchive from about 416 M to 400 M instructions.
func around(src string, start, end int) (prefix, suffix string) {
	if p := max(0, start-ContextChars); isASCII(src[p:start]) {
		prefix = src[p:start]
	} else {
		prefix = aroundBefore(src, start)
	}
	if s := min(len(src), end+ContextChars); isASCII(src[end:s]) {
		suffix = src[end:s]
	} else {
		suffix = aroundAfter(src, end)
	}
	return prefix, suffix
}

// isASCII reports whether s is all ASCII, eight bytes at a time.
func isASCII(s string) bool {
	const hi7 = 0x8080808080808080
	for len(s) >= 8 {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		if w&hi7 != 0 {
			return false
		}
		s = s[8:]
	}
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func aroundBefore(src string, start int) string {
	p := start
	for n := 0; n < ContextChars && p > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(src[:p])
		p -= size
	}
	return src[p:start]
}

func aroundAfter(src string, end int) string {
	s := end
	for n := 0; n < ContextChars && s < len(src); n++ {
		_, size := utf8.DecodeRuneInString(src[s:])
		s += size
	}
	return src[end:s]
}

// maxParagraph bounds the paragraph a fact carries, for `paragraph has`:
// a line longer than this is cut to a window around the sentence.
const maxParagraph = 8 * MaxSentence

// paragraph returns the line of Text around the current sentence, worked
// out once per paragraph: scanning back to the line's start for every fact
// would cost the square of a long line's length.
//
// Whole lines are kept by paragraph index, not only the last one: the
// people and quote passes come back to the paragraphs the numeric pass
// went through, and each paragraph was worked out three times. With the
// line's ends found by lineBreak and lastLineBreak rather than
// strings.IndexAny and LastIndexAny, this took BenchmarkExtractArchive
// from 234.4 M to 231.2 M instructions (GOGC=off, where the count holds
// steady).
func (x *extraction) paragraph() string {
	p := x.sent.Para
	if p < len(x.paras) && x.paras[p].ok {
		return x.paras[p].text
	}
	d, start, end := x.doc, x.sent.Start, x.sent.End
	lo := max(0, start-maxParagraph/2)
	s := lastLineBreak(d.Text[lo:start]) + 1 + lo
	hi := min(len(d.Text), end+maxParagraph/2)
	e := lineBreak(d.Text[end:hi])
	whole := (s > lo || lo == 0) && (e >= 0 || hi == len(d.Text))
	if e < 0 {
		e = hi
	} else {
		e += end
	}
	para := strings.TrimSpace(d.Text[s:e])
	// A window of a long line depends on the sentence: remember only a
	// whole line.
	if whole {
		if x.paras == nil {
			x.paras = make([]paraLine, x.nParas)
		}
		if p < len(x.paras) {
			x.paras[p] = paraLine{para, true}
		}
	}
	return para
}

// A paraLine is a paragraph's whole line, when ok.
type paraLine struct {
	text string
	ok   bool
}

// lineBreak is strings.IndexAny(s, "\n\r") with the vectorised
// strings.IndexByte: "\r" is looked for only before the first "\n".
func lineBreak(s string) int {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
		if j := strings.IndexByte(s, '\r'); j >= 0 {
			return j
		}
		return i
	}
	return strings.IndexByte(s, '\r')
}

// lastLineBreak is strings.LastIndexAny(s, "\n\r") a byte at a time, with
// one comparison for most bytes.
func lastLineBreak(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if c := s[i]; c <= '\r' && (c == '\n' || c == '\r') {
			return i
		}
	}
	return -1
}
