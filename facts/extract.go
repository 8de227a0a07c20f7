package facts

import (
	"cmp"
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
	// Facts are gathered in a pooled array and copied, in order, into one
	// of the right size by finish: the array sized at one fact in 100
	// bytes was a third of extraction's allocated bytes, and putting the
	// facts in order in place moved each 440-byte fact twice.
	factp := factPool.Get().(*[]Fact)
	x := &extraction{doc: d, facts: (*factp)[:0]}
	defer func() {
		// The pooled facts hold strings of this document: cleared, so
		// that the pool does not keep documents alive. Facts are only
		// ever appended, so nothing past len was written.
		clear(x.facts)
		if cap(x.facts) <= maxPooledFacts {
			*factp = x.facts[:0]
			factPool.Put(factp)
		}
	}()
	sents := Sentences(d.Text)
	bufp := tokenPool.Get().(*[]token)
	all, buf := tokenizeInto(d, sents, *bufp)
	defer func() {
		// No fact keeps a token; a buffer for an unusually long document is
		// let go rather than held.
		if cap(buf) <= maxPooledTokens {
			*bufp = buf
			tokenPool.Put(bufp)
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

var factPool = sync.Pool{New: func() any { return new([]Fact) }}

const maxPooledFacts = 1 << 12

// finish puts the facts in document order and resolves their places. The
// extractors record byte offsets only; lines, columns and character offsets
// are filled in here, in one pass over the file with a cursor, rather than
// by counting from each line's start for every fact.
func (x *extraction) finish() []Fact {
	found := x.facts
	// The order is worked out on (offset, index) pairs; the index breaks
	// ties, so an unstable sort keeps equal offsets in the order found.
	keys := make([]factKey, len(found))
	for i := range found {
		keys[i] = factKey{found[i].Pos.Offset, i}
	}
	slices.SortFunc(keys, func(a, b factKey) int {
		return cmp.Or(cmp.Compare(a.off, b.off), cmp.Compare(a.i, b.i))
	})
	facts := make([]Fact, len(found))
	for i, k := range keys {
		facts[i] = found[k.i]
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

// A factKey is a fact's offset and its index among the facts found.
type factKey struct{ off, i int }

// extraction is the state of one document's extraction.
type extraction struct {
	doc   *Document
	sent  Sentence
	facts []Fact
	num   numScratch // the numeric extractors' state

	// people holds the name reader's arrays: taken by extractPeople,
	// given back by extractQuotes.
	people *peopleScan

	// para is the current sentence's paragraph, of index paraIdx.
	para    string
	paraIdx int
	paraOK  bool

	// orig is the original file as a string, made once, so that Prefix and
	// Suffix are substrings of it rather than an allocation each.
	orig string
}

// original returns the original file as a string: the document's text
// itself when the two are the same, else one copy of the file.
func (x *extraction) original() string {
	if len(x.doc.segs) == 0 && len(x.doc.Text) == x.doc.File.Size() {
		return x.doc.Text
	}
	if x.orig == "" {
		x.orig = string(x.doc.File.Bytes())
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
func (x *extraction) paragraph() string {
	if x.paraOK && x.paraIdx == x.sent.Para {
		return x.para
	}
	d, start, end := x.doc, x.sent.Start, x.sent.End
	lo := max(0, start-maxParagraph/2)
	s := strings.LastIndexAny(d.Text[lo:start], "\n\r") + 1 + lo
	hi := min(len(d.Text), end+maxParagraph/2)
	e := strings.IndexAny(d.Text[end:hi], "\n\r")
	whole := (s > lo || lo == 0) && (e >= 0 || hi == len(d.Text))
	if e < 0 {
		e = hi
	} else {
		e += end
	}
	// A window of a long line depends on the sentence: remember only a
	// whole line.
	x.para, x.paraIdx, x.paraOK = strings.TrimSpace(d.Text[s:e]), x.sent.Para, whole
	return x.para
}
