package facts

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/factlint/factlint/source"
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
	return ExtractWith(d, Options{})
}

// Options narrow an extraction. The zero Options extract every kind.
type Options struct {
	// Kinds are the kinds of facts to return; empty means every kind.
	// The facts returned are exactly those of these kinds that an
	// extraction of every kind returns, in the same order: the other
	// kinds' extractors still run where they claim words another kind
	// could take (a money figure must not become a count), but their facts
	// are not made, and an extractor no kind asked for needs is not run.
	Kinds KindSet
	// NoParagraph are the kinds whose facts are returned with no
	// Paragraph: most rules read none, and working it out was 0.9% of
	// the 100 MB job, two fifths of emit.
	NoParagraph KindSet
	// Lazy leaves each fact's lines, columns, character offsets, Prefix
	// and Suffix to Resolve, and sets its File for it: a check reports a
	// few of the facts it reads (13,535 of 457,590 on the 100 MB archive),
	// and placing every one was 2% of the job.
	Lazy bool
}

// A KindSet is a set of fact kinds.
type KindSet uint16

// KindsOf returns the set of the kinds ks.
func KindsOf(ks ...Kind) KindSet {
	var s KindSet
	for _, k := range ks {
		s = s.Add(k)
	}
	return s
}

// AllKinds is the set of every kind.
const AllKinds = KindSet(1<<(KindList+1) - 1<<KindCount)

// Add returns s with k added.
func (s KindSet) Add(k Kind) KindSet { return s | 1<<k }

// Has reports whether k is in s.
func (s KindSet) Has(k Kind) bool { return s&(1<<k) != 0 }

// String lists the kinds of s by name, in order: "{count, date}".
func (s KindSet) String() string {
	var b strings.Builder
	b.WriteByte('{')
	for k := KindCount; k <= KindList; k++ {
		if s.Has(k) {
			if b.Len() > 1 {
				b.WriteString(", ")
			}
			b.WriteString(k.String())
		}
	}
	b.WriteByte('}')
	return b.String()
}

// The kinds each group of extractors emits.
const (
	numericKinds = KindSet(1<<KindCount | 1<<KindNumber | 1<<KindOrdinal | 1<<KindPercent |
		1<<KindMoney | 1<<KindDuration | 1<<KindDate)
	peopleKinds = KindSet(1<<KindPerson | 1<<KindTitle | 1<<KindQuote)
	listKinds   = KindSet(1 << KindList)
)

// ExtractWith returns the facts stated in d that o asks for, in document
// order: those of Extract(d) of o.Kinds.
//
// Facts of a kind not asked for are not emitted: for the default rules,
// which read no ordinal, duration, money, percent or bare number, those
// were a fifth of the facts of an archive, each worked out (its places,
// paragraph and context), ordered and copied for nothing.
func ExtractWith(d *Document, o Options) []Fact {
	kinds := o.Kinds & AllKinds
	if o.Kinds == 0 {
		kinds = AllKinds
	}
	// Facts are gathered in an array Recycle gave back, when there is one,
	// and put in order in place by finish: that array is returned. Else
	// they are gathered in a pooled array and copied, in order, into one
	// made to size: the array sized at one fact in 100 bytes was a third of
	// extraction's allocated bytes. Gathering in the array returned, for
	// callers that recycle, saves copying each 424-byte fact once more and
	// clearing it after.
	sc := scratchPool.Get().(*extractScratch)
	x := &extraction{doc: d, keys: sc.keys[:0], num: sc.num.arrays(), skip: AllKinds &^ kinds, noPara: o.NoParagraph & AllKinds, lazy: o.Lazy}
	x.lazyKinds = x.skip
	if p, _ := factArrays.Get().(*[]Fact); p != nil {
		x.facts, x.inPlace = (*p)[:0], true
	} else {
		x.facts = sc.facts[:0]
	}
	var lines []int // the Text's, when it is the File's text
	if d.File != nil && d.File.Text() == d.Text {
		lines = d.File.LFLineStarts()
	}
	sents := sentencesInto(d.Text, lines, sc.sents[:0])
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
		if !x.inPlace {
			clear(x.facts)
		}
		clear(x.paras)
		if cap(x.facts) <= maxPooledFacts && cap(sents) <= maxPooledSentences {
			if !x.inPlace {
				sc.facts = x.facts[:0]
			}
			sc.keys, sc.sents = x.keys[:0], sents[:0]
			sc.num = x.num.arrays()
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
	// Numeric facts claim their words among themselves only; lists and
	// people claim none: a group of extractors whose kinds are not asked
	// for is not run.
	numeric, lists := kinds&numericKinds != 0, kinds&listKinds != 0
	for i, s := range sents {
		x.sent = s
		if numeric {
			extractNumeric(x, all[i])
		}
		if lists {
			extractLists(x, all[i])
		}
	}
	if kinds&peopleKinds != 0 {
		people := extractPeople(x, sents, all)
		extractQuotes(x, sents, all, people)
	}
	return x.finish()
}

// tokenPool keeps token arrays between documents: a fresh array per
// document was a tenth of tokenizing's time in clearing new memory.
var tokenPool = sync.Pool{New: func() any { return new([]token) }}

const maxPooledTokens = 1 << 16

// An extractScratch is the arrays of an extraction kept between documents:
// the facts as found, finish's sort keys, the sentences, their tokens,
// paragraph's lines and the numeric extractors' arrays. The sentences and
// lines, allocated afresh, cost the whole job 1%; the sentences' tokens
// were 3% of its allocated bytes. The numeric arrays, grown again from
// nothing in every document, were 12 of its 36 allocations (a third of
// BenchmarkExtractArchive's allocations).
type extractScratch struct {
	facts []Fact
	keys  []uint64
	sents []Sentence
	toks  [][]token
	paras []paraLine
	num   numScratch // its arrays only (see arrays)
}

var scratchPool = sync.Pool{New: func() any { return new(extractScratch) }}

const (
	maxPooledFacts     = 1 << 12
	maxPooledSentences = 1 << 14
)

// arrays returns a numScratch for a new document: s's arrays, as long as
// they have grown, and nothing else. The extractors size and clear each
// array for a sentence before they read it. The figures hold their stated
// numbers, shared with the facts: cleared, so the pool does not keep them.
func (s *numScratch) arrays() numScratch {
	clear(s.figs[:cap(s.figs)])
	return numScratch{
		lex: s.lex, pend: s.pend, claimed: s.claimed,
		numIdx: s.numIdx, nums: s.nums[:0], figIdx: s.figIdx, figs: s.figs[:0],
		next: s.next,
	}
}

// finish puts the facts in document order and resolves their places. The
// extractors record byte offsets only; lines, columns and character offsets
// are filled in here, in one pass over the file with a cursor, rather than
// by counting from each line's start for every fact.
func (x *extraction) finish() []Fact {
	facts := x.order()
	if x.lazy {
		for i := range facts {
			facts[i].File = x.doc.File
		}
		return facts
	}
	// The end is sought from the start (SeekSpan): a fact is short, so
	// this counts each fact's own bytes, where a second cursor following
	// the ends counted the whole file a second time.
	c := x.doc.File.Cursor()
	for i := range facts {
		facts[i].place(c)
	}
	return facts
}

// Resolve works out the lines, columns, character offsets, Prefix and
// Suffix of a fact an extraction with Options.Lazy left without them, as
// an extraction without it gives them, and clears its File. It does
// nothing for a fact that has them.
func (f *Fact) Resolve() {
	if f.File == nil {
		return
	}
	// From the file's start: counting the characters before the fact
	// costs a few nanoseconds a hundred bytes, for the few facts reported.
	f.place(f.File.Cursor())
	f.Prefix, f.Suffix = around(f.File.Text(), f.Pos.Offset, f.End.Offset)
	f.File = nil
}

// place fills in f's lines, columns and character offsets from its byte
// offsets, with c, a cursor of its file (which counts least when it is
// at or before them, as finish keeps it).
func (f *Fact) place(c *source.Cursor) {
	var endChars int
	f.CharStart, endChars = c.SeekSpan(f.Pos.Offset, f.End.Offset, &f.Pos, &f.End)
	f.CharEnd = max(f.CharStart, endChars)
}

// order returns the facts found in order of offset, then of finding: in
// place in an array to be returned, else copied into one.
//
// The order is worked out on (offset, index) pairs; the index breaks ties,
// so an unstable sort keeps equal offsets in the order found. Both fit one
// word but in absurd files: packed, the pairs sort as integers, with no
// call to compare two, which took BenchmarkExtractArchive from 229.4 M to
// 227.0 M instructions (GOGC=off; the keys' array is pooled).
func (x *extraction) order() []Fact {
	found := x.facts
	if len(found) > maxPackedIndex || x.doc.File.Size() > math.MaxInt64>>packedIndexBits {
		facts := make([]Fact, len(found))
		orderPairs(facts, found)
		return facts
	}
	keys := x.keys[:0]
	for i := range found {
		keys = append(keys, uint64(found[i].Pos.Offset)<<packedIndexBits|uint64(i))
	}
	x.keys = keys
	if !slices.IsSorted(keys) {
		slices.Sort(keys)
	} else if x.inPlace {
		return found
	}
	if x.inPlace {
		permute(found, keys)
		return found
	}
	facts := newFacts(len(found))
	for i, k := range keys {
		facts[i] = found[k&maxPackedIndex]
	}
	return facts
}

// permute moves facts[k&maxPackedIndex] to facts[i] for every keys[i] = k,
// a cycle of the permutation at a time, so that each fact moves once. It
// marks the keys of the places filled.
func permute(facts []Fact, keys []uint64) {
	const done = ^uint64(0) // no packed key: offsets are far below 1<<63 >> packedIndexBits
	for k := range keys {
		if keys[k] == done || int(keys[k]&maxPackedIndex) == k {
			continue
		}
		tmp := facts[k]
		j := k
		for {
			from := int(keys[j] & maxPackedIndex)
			keys[j] = done
			if from == k {
				facts[j] = tmp
				break
			}
			facts[j] = facts[from]
			j = from
		}
	}
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

// orderPairs copies found into facts in order of offset, then of index, for
// any number of facts and any offsets.
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
	keys  []uint64 // finish's sort keys

	// inPlace is set when facts is an array Recycle gave back, to be
	// returned.
	inPlace bool
	num     numScratch // the numeric extractors' state

	// quoteSpan is set while a quote is emitted: its sentence, x.sent,
	// is the span of the sentences it runs over.
	quoteSpan bool
	// skip are the kinds of facts not to emit (see Options.Kinds): none
	// for the zero extraction. lazyKinds are the kinds whose extractors need
	// not run when no kind after them in their pass is asked for. noPara
	// are the kinds whose facts have no Paragraph (Options.NoParagraph).
	skip, lazyKinds, noPara KindSet
	// lazy leaves the facts' places to Resolve (Options.Lazy).
	lazy bool

	// paras are the paragraphs' whole lines, by index, as paragraph
	// works them out.
	paras  []paraLine
	nParas int // the number of paragraphs

	// people holds the name reader's arrays: taken by extractPeople,
	// given back by extractQuotes.
	people *peopleScan

	// listFrom and listComma are extractLists' last search for a comma
	// (see searchComma).
	listFrom, listComma int
}

// original returns the original file as a string: the loader's one copy
// of the file, which the document's text is when the two are the same.
func (x *extraction) original() string { return x.doc.File.Text() }

// emit records f found at Text[start:end] of the current sentence, filling in
// its source, positions, exact text and sentence.
//
// A fact of a kind not asked for is dropped here, once its extractor has
// claimed its words.
func (x *extraction) emit(f Fact, start, end int) {
	if x.skip.Has(f.Kind) {
		return
	}
	f.Source = x.doc.Name
	// Only offsets here: finish resolves lines and columns in one pass.
	f.Pos.Offset = x.doc.Orig(start)
	f.End.Offset = max(f.Pos.Offset, x.doc.OrigEnd(end))
	f.Text = x.original()[f.Pos.Offset:f.End.Offset]
	f.Sentence = x.doc.Text[x.sent.Start:x.sent.End]
	if !x.noPara.Has(f.Kind) {
		f.Paragraph = x.paragraph()
	}
	if !x.lazy {
		f.Prefix, f.Suffix = around(x.original(), f.Pos.Offset, f.End.Offset)
	}
	f.SentStart, f.SentEnd = start-x.sent.Start, end-x.sent.Start
	x.facts = append(x.facts, f)
}

// around returns up to ContextChars characters of src before start and
// after end.
//
// ASCII bytes are passed eight at a time, and in a word with a non-ASCII
// byte, the ASCII bytes on the near side of it at once: only the other
// characters are decoded. An earlier fast path took a window of
// ContextChars bytes as it was when all ASCII, and decoded the whole
// window a character at a time otherwise — and with a curly quote or a
// dash in most sentences of news, most windows were decoded. This took
// BenchmarkExtractArchive from 171.4 M to 170.5 M instructions (GOGC=off).
// A side whose 32 bytes are ASCII, most, is then taken at once, from four
// words OR'd together (ascii32): emit over the archive's facts went from
// 16.0 M to 14.6 M instructions.
func around(src string, start, end int) (prefix, suffix string) {
	return aroundBefore(src, start), aroundAfter(src, end)
}

const hi7 = 0x8080808080808080

// word8 is the eight bytes of s from i, the first in the low byte.
func word8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// ascii32 reports whether the ContextChars (32) bytes of s from i are
// ASCII: then they are the answer of aroundBefore or aroundAfter, found
// with four words OR'd together.
func ascii32(s string, i int) bool {
	var _ = [1]int{}[ContextChars-32] // ascii32 reads 32 bytes
	return (word8(s, i)|word8(s, i+8)|word8(s, i+16)|word8(s, i+24))&hi7 == 0
}

// aroundBefore returns up to ContextChars characters of src before start.
func aroundBefore(src string, start int) string {
	if start >= ContextChars && ascii32(src, start-ContextChars) {
		return src[start-ContextChars : start]
	}
	p, n := start, 0
	for n < ContextChars && p > 0 {
		if p >= 8 {
			hi := word8(src, p-8) & hi7
			// ASCII bytes at the word's top end: each is a character.
			k := 8
			if hi != 0 {
				k = bits.LeadingZeros64(hi) / 8
			}
			k = min(k, ContextChars-n)
			p -= k
			n += k
			if n == ContextChars || k == 8 {
				continue
			}
		}
		if c := src[p-1]; c < utf8.RuneSelf {
			p--
		} else {
			_, size := utf8.DecodeLastRuneInString(src[:p])
			p -= size
		}
		n++
	}
	return src[p:start]
}

// aroundAfter returns up to ContextChars characters of src after end.
func aroundAfter(src string, end int) string {
	if len(src)-end >= ContextChars && ascii32(src, end) {
		return src[end : end+ContextChars]
	}
	s, n := end, 0
	for n < ContextChars && s < len(src) {
		if len(src)-s >= 8 {
			hi := word8(src, s) & hi7
			// ASCII bytes at the word's low end: each is a character.
			k := 8
			if hi != 0 {
				k = bits.TrailingZeros64(hi) / 8
			}
			k = min(k, ContextChars-n)
			s += k
			n += k
			if n == ContextChars || k == 8 {
				continue
			}
		}
		if c := src[s]; c < utf8.RuneSelf {
			s++
		} else {
			_, size := utf8.DecodeRuneInString(src[s:])
			s += size
		}
		n++
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
	// A quote over several paragraphs has them all: neither the line of
	// its first, nor a line to keep for it.
	lines := x.quoteSpan && lineBreak(x.doc.Text[x.sent.Start:x.sent.End]) >= 0
	if p < len(x.paras) && x.paras[p].ok && !lines {
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
	if whole && !lines {
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
