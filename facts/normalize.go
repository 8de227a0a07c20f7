package facts

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/factlint/factlint/source"
)

// Text normalisation. What changes Document.Text, and what the extractors
// treat as equivalent instead:
//
//   - Changed in Text: line endings (CRLF and a lone CR become LF), Unicode
//     NFC composition, non-breaking and other fixed-width spaces (become a
//     plain space), soft hyphens, zero-width spaces and byte-order marks
//     (removed). These are invisible or layout-only; changing them lets words
//     and sentences be found without every extractor knowing about them.
//   - Kept in Text: curly and straight quotation marks, apostrophes, and
//     dashes (hyphen, en dash, em dash, minus). They are visible and a
//     reader quotes them back, so Sentence shows them as written; the
//     extractors treat them as equivalent (isOpenMark and isCloseMark pair
//     curly and straight quotation marks; possessive accepts ’s and 's;
//     QuoteKey compares quotes with marks, dashes and case folded).
//
// Every change is recorded in the document's segment map, so Orig,
// Position and OrigText always point into the original file.

// A mapped text is decoded text with the place of each of its runs in the
// original file: the text of an HTML or JSON string after its escapes are
// decoded. Runs cover the text in order.
type mapped struct {
	text string
	runs []run
}

// A run is text[start:end], which came from file[orig:origEnd]. An exact run
// is the file's bytes themselves; any other run is a decoded escape.
type run struct {
	start, end    int
	orig, origEnd int
	exact         bool
}

// identity returns src as a mapped text starting at file offset base.
func identity(src string, base int) *mapped {
	return &mapped{text: src, runs: []run{{start: 0, end: len(src), orig: base, origEnd: base + len(src), exact: true}}}
}

// orig returns the file offset of text offset off.
func (m *mapped) orig(off int) int {
	for _, r := range m.runs {
		if off < r.end || off == r.end && r.end == len(m.text) {
			if r.exact {
				return r.orig + off - r.start
			}
			if off == r.start {
				return r.orig
			}
			return r.origEnd
		}
	}
	if len(m.runs) == 0 {
		return 0
	}
	return m.runs[len(m.runs)-1].origEnd
}

// A builder builds a Document's Text and its segment map, normalising text
// as it goes.
type builder struct {
	buf  []byte
	segs []segment
	// next is the file offset the next appended byte maps to if it follows
	// the current segment without a new one; -1 when unknown.
	next int
	// last is the file offset just after the last text taken from the file,
	// where synthetic text (paragraph breaks) is placed.
	last int
	// pooled holds the arrays of buf, segs and tmp when they came from
	// textPool.
	pooled *textBufs
	// tmp is scratch room for the segments of replace's normalising.
	tmp []segment
	// file, when not nil, is the File of the document's file, made by the
	// loader before the text (see loadMarkdownString).
	file *source.File
	// plain is true when normalising leaves the file's text alone
	// (unchanged is true of the whole file, as loadBytes found): then so it
	// does every piece of it that runs appends, cut as the loaders cut it,
	// between ASCII bytes, and runs appends them without a look at them.
	// Not asking unchanged of each piece again (an HTML text run, a
	// Markdown line, a JSON body) took BenchmarkLoadCorpus md from 11.70 M
	// to 11.19 M instructions, html from 22.62 M to 21.97 M, json from
	// 5.26 M to 4.87 M (GOGC=off). FuzzLoadExtract holds each loader told
	// plain to the same loader not told.
	plain bool
}

// init readies b for text of about size bytes. Its buffers come from
// textPool and go back to it when document copies the text and segments
// out: a new text buffer per document was a sixth of the bytes allocated in
// loading an HTML or Markdown article, and growing the segments from none
// a sixteenth of the instructions of loading a Markdown article. A loader
// keeps its builder as a local variable, not on the heap, where every
// store of a buffer into it cost a write barrier while the collector ran
// (with the segments pooled, BenchmarkLoadCorpus/md 16.4 M -> 15.9 M
// instructions; html and json the same within the noise).
func (b *builder) init(size int) {
	p := textPool.Get().(*textBufs)
	buf := p.buf[:0]
	if cap(buf) < size {
		buf = make([]byte, 0, size)
	}
	*b = builder{next: -1, buf: buf, segs: p.segs[:0], tmp: p.tmp[:0], pooled: p}
}

// newBuilder returns a new builder readied by init.
func newBuilder(size int) *builder {
	b := new(builder)
	b.init(size)
	return b
}

// textBufs are the buffers of a builder, kept in textPool.
type textBufs struct {
	buf       []byte
	segs, tmp []segment
}

var textPool = sync.Pool{New: func() any { return new(textBufs) }}

// maxPooledText is the largest buffer kept in textPool: one for an unusually
// long document is let go rather than held.
const maxPooledText = 1 << 20

// at makes sure the next byte appended maps to file offset orig,
// continuing the current segment when it can.
func (b *builder) at(orig int) {
	if b.next == orig {
		return
	}
	b.newSeg(orig)
}

// newSeg starts a segment at file offset orig.
func (b *builder) newSeg(orig int) {
	t := len(b.buf)
	if n := len(b.segs); n > 0 && b.segs[n-1].text == t {
		b.segs[n-1].orig, b.segs[n-1].end = orig, orig
	} else {
		b.segs = append(b.segs, segment{text: t, orig: orig, end: orig})
	}
	b.next = orig
}

// ended records that the current segment's file bytes end at end.
func (b *builder) ended(end int) {
	if n := len(b.segs); n > 0 {
		b.segs[n-1].end = end
	}
}

// add appends s, the file's bytes at orig, normalised.
func (b *builder) add(orig int, s string) {
	// Fast path: most runs of news text are plain ASCII with LF line
	// endings, which normalisation leaves alone; append them as one exact
	// piece. (BenchmarkNormalizeText: the byte loop below and NFC's own
	// check were most of the time.)
	//
	// Text with other characters that normalising leaves alone wherever
	// they are (curly quotes, dashes, accented letters: see unchanged) is
	// appended as one exact piece too, as the loop below would, after one
	// look at it instead of startersOnly's and the loop's: that took
	// BenchmarkLoadCorpus/html from 26.1 M to 25.3 M instructions and json
	// from 5.9 M to 5.6 M. unchanged is asked first, before plainSpan, as it
	// passes ASCII faster (json 5.8 M -> 5.4 M).
	if unchanged(s) {
		b.addPlain(orig, s)
		return
	}
	p := plainSpan(s, 0)
	i := 0
	flush := func(j int) { // copy s[i:j] unchanged
		if j > i {
			b.at(orig + i)
			b.buf = append(b.buf, s[i:j]...)
			b.next = orig + j
			b.ended(orig + j)
		}
		i = j
	}
	replace := func(j, n int, with string) { // s[j:j+n] becomes with
		flush(j)
		b.newSeg(orig + j)
		b.buf = append(b.buf, with...)
		b.ended(orig + j + n)
		b.next = -1
		i = j + n
	}
	needNFC := false
	if q := nonASCII(s, p); q < len(s) {
		// Every ASCII character starts a normalisation segment (none
		// composes with what precedes it), so s is NFC when its part from
		// the character before the first non-ASCII byte is.
		needNFC = !startersOnly(s[q:]) && !norm.NFC.IsNormalString(s[max(q-1, 0):])
	}
	j := p // the bytes before p are plain ASCII, which only NFC may change
	if needNFC {
		j = 0
	}
	for j < len(s) {
		if needNFC {
			k := norm.NFC.NextBoundaryInString(s[j:], true)
			if k <= 0 {
				k = len(s) - j
			}
			if seq := s[j : j+k]; !norm.NFC.IsNormalString(seq) {
				replace(j, k, norm.NFC.String(seq))
				j += k
				continue
			}
		}
		if s[j] < utf8.RuneSelf && s[j] != '\r' {
			if needNFC {
				j++
			} else {
				j = plainSpan(s, j+1)
			}
			continue
		}
		n, with := special(s[j:])
		if n > 0 {
			replace(j, n, with)
			j += n
			continue
		}
		_, size := utf8.DecodeRuneInString(s[j:])
		j += size
	}
	flush(len(s))
	b.last = orig + len(s)
}

// addPlain is add for s that the caller knows normalising leaves alone
// (unchanged(s) is true: ASCII without CR, say): s is appended without a
// look at its bytes.
func (b *builder) addPlain(orig int, s string) {
	if len(s) > 0 {
		b.at(orig)
		b.buf = append(b.buf, s...)
		b.next = orig + len(s)
		b.ended(orig + len(s))
	}
	b.last = orig + len(s)
}

// plainSpan returns the index of the first byte of s at or after i that is
// not ASCII or is a CR: the next byte normalisation may change. It looks at
// sixteen and then eight bytes at a time, through a slice it shortens so
// that the compiler drops the bounds checks of indexing s[i+k]: that took
// BenchmarkLoadCorpus/txt from 18.1 M to 12.6 M instructions, and sixteen
// bytes a test to 11.4 M.
func plainSpan(s string, i int) int {
	const hi, cr, lo = 0x8080808080808080, 0x0d0d0d0d0d0d0d0d, 0x0101010101010101
	for t := s[i:]; len(t) >= 16; t = t[16:] {
		w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		v := uint64(t[8]) | uint64(t[9])<<8 | uint64(t[10])<<16 | uint64(t[11])<<24 |
			uint64(t[12])<<32 | uint64(t[13])<<40 | uint64(t[14])<<48 | uint64(t[15])<<56
		x, y := w^cr, v^cr // zero bytes where w and v have a CR
		if (w|v|(x-lo)&^x|(y-lo)&^y)&hi != 0 {
			break
		}
		i += 16
	}
	for t := s[i:]; len(t) >= 8; t = t[8:] {
		w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		x := w ^ cr // a zero byte where w has a CR
		if (w|(x-lo)&^x)&hi != 0 {
			break
		}
		i += 8
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] == '\r' {
			return i
		}
	}
	return len(s)
}

// nonASCII returns the index of the first byte of s at or after i that is not
// ASCII, or len(s); like plainSpan, thirty-two and then eight bytes at a time.
func nonASCII(s string, i int) int {
	for t := s[i:]; len(t) >= 32; t = t[32:] {
		if (load64(t)|load64(t[8:])|load64(t[16:])|load64(t[24:]))&0x8080808080808080 != 0 {
			break
		}
		i += 32
	}
	for t := s[i:]; len(t) >= 8; t = t[8:] {
		w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
		i += 8
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i
		}
	}
	return len(s)
}

// load64 returns the first eight bytes of t as a little-endian word.
func load64(t string) uint64 {
	_ = t[7]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}

// startersOnly reports whether s holds only ASCII and inert characters (see
// inert), which makes it NFC: each is NFC by itself and none composes with
// the character before it. It is the common case of news text, with its
// curly quotes, dashes and accented letters, and several times faster than
// norm's general check, which was a third of normalising such text.
func startersOnly(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i = nonASCII(s, i)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !inert(r) {
			return false
		}
		i += size
	}
	return true
}

// inert reports whether r is a non-ASCII character that NFC leaves alone
// whatever surrounds it (canonical combining class 0, NFC quick check Yes, the
// second half of no composition): Latin-1 and Latin Extended-A and -B
// letters and symbols, general punctuation but for U+2000 and U+2001, which
// NFC replaces, and currency signs. TestInertCharacters checks each against
// norm.
func inert(r rune) bool {
	return r >= 0xa0 && r <= 0x24f || r >= 0x2002 && r <= 0x205e || r >= 0x20a0 && r <= 0x20c0
}

// special reports whether s starts with a character normalisation changes:
// its length in s and what it becomes, or 0.
func special(s string) (int, string) {
	if s[0] == '\r' {
		if len(s) > 1 && s[1] == '\n' {
			return 2, "\n"
		}
		return 1, "\n"
	}
	r, size := utf8.DecodeRuneInString(s)
	switch r {
	case '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a', '\u2002', '\u2003':
		return size, " "
	case '\u00ad', '\u200b', '\ufeff', '\u2060':
		return size, ""
	}
	return 0, ""
}

// replace appends s standing for the file's bytes [orig, orig+n): a decoded
// escape such as "&amp;".
//
// s is normalised as add would, but only its bytes are kept: a text that
// normalising leaves alone (most escapes: "\n", "&amp;", "&#8217;") is
// appended as it is, and any other is normalised onto b.buf with scratch
// segments b.tmp, not a builder of its own; the two allocations of one were
// most of the allocations in loading a ninjs document.
func (b *builder) replace(orig, n int, s string) {
	b.newSeg(orig)
	if unchanged(s) {
		b.buf = append(b.buf, s...)
	} else {
		nb := builder{next: -1, buf: b.buf, segs: b.tmp[:0]}
		nb.add(orig, s)
		b.buf, b.tmp = nb.buf, nb.segs[:0]
	}
	b.ended(orig + n)
	b.next = -1
	b.last = orig + n
}

// synth appends s, which is in no file (a paragraph break between HTML
// blocks); it maps to the end of the text taken before it.
func (b *builder) synth(s string) {
	b.newSeg(b.last)
	b.buf = append(b.buf, s...)
	b.next = -1
}

// text appends m.text[start:end] with its place in the file.
func (b *builder) text(m *mapped, start, end int) { b.runs(m, start, end, false) }

// textPlain is text for m.text[start:end] that the caller knows
// normalising leaves alone.
func (b *builder) textPlain(m *mapped, start, end int) { b.runs(m, start, end, true) }

// runs appends the parts of m's runs within [start, end), through addPlain
// when plain is true and add otherwise.
func (b *builder) runs(m *mapped, start, end int, plain bool) {
	for _, r := range m.runs {
		s, e := max(start, r.start), min(end, r.end)
		switch {
		case s >= e:
		case !r.exact:
			b.replace(r.orig, r.origEnd-r.orig, m.text[s:e])
		case plain || b.plain:
			b.addPlain(r.orig+s-r.start, m.text[s:e])
		default:
			b.add(r.orig+s-r.start, m.text[s:e])
		}
	}
}

// decoded appends s, the decoding of m.text[start:end] (an HTML entity).
func (b *builder) decoded(m *mapped, start, end int, s string) {
	o := m.orig(start)
	b.replace(o, m.orig(end)-o, s)
}

// trim drops the last byte of the text built so far.
func (b *builder) trim() {
	n := len(b.buf)
	if n == 0 {
		return
	}
	if k := len(b.segs); k > 0 {
		sg := &b.segs[k-1]
		if sg.text >= n-1 && k > 1 {
			b.segs = b.segs[:k-1]
		} else if sg.end-sg.orig == n-sg.text {
			sg.end-- // an exact segment loses its last byte
		}
	}
	b.buf = b.buf[:n-1]
	b.next = -1
}

// endsWith reports whether the text built so far ends with s.
func (b *builder) endsWith(s string) bool {
	return len(b.buf) >= len(s) && string(b.buf[len(b.buf)-len(s):]) == s
}

// document returns the Document for the built text of the file src.
func (b *builder) document(name, src string) *Document {
	f := b.file
	switch {
	case f != nil:
	case b.plain:
		f = source.NewFileLF(name, src) // unchanged: no CR
	default:
		f = source.NewFileString(name, src)
	}
	d := &Document{Name: name, File: f, Text: string(b.buf), segs: b.segs}
	if len(d.segs) == 1 && d.segs[0] == (segment{end: len(src)}) && d.Text == src {
		d.segs = nil
	}
	if p := b.pooled; p != nil {
		if len(d.segs) > 0 {
			d.segs = slices.Clone(d.segs) // the document's own
		} else {
			d.segs = nil
		}
		*p = textBufs{}
		if cap(b.buf) <= maxPooledText && cap(b.segs) <= maxPooledText/16 {
			*p = textBufs{buf: b.buf[:0], segs: b.segs[:0], tmp: b.tmp[:0]}
		}
		textPool.Put(p)
	}
	*b = builder{}
	return d
}

// normalizeString returns a Document for plain text src; plain says
// unchanged(src) is known to be true (false: not known).
func normalizeString(name, src string, plain bool) *Document {
	if plain || unchanged(src) {
		// What the builder would make, without its copy of the text: most
		// articles need no normalising, and their File and Text are the
		// same string. unchanged: no CR.
		return &Document{Name: name, File: source.NewFileLF(name, src), Text: src}
	}
	var b builder
	b.init(len(src))
	b.add(0, src)
	return b.document(name, src)
}

// unchanged reports whether normalising leaves s as it is: s has no CR and
// its other characters are ASCII or inert (so it is NFC) and none that
// special changes.
//
// It looks for a CR first, with IndexByte, and then from one non-ASCII byte
// to the next with nonASCII: one pass of plainSpan was a seventh of loading
// a plain-text article, and this takes BenchmarkLoadCorpus/txt from 12.1 M
// to 10.2 M instructions.
//
// Nothing or one ASCII byte but CR, as replace is given for HTML white
// space ("" or " ") and most JSON escapes, is answered here, where the
// call inlines, without the calls of unchangedText: BenchmarkLoadCorpus
// html 25.4 -> 24.8 M, json 5.73 -> 5.26 M instructions.
func unchanged(s string) bool {
	if len(s) > 1 {
		return unchangedText(s)
	}
	return s != "\r" && (s == "" || s[0] < utf8.RuneSelf)
}

// unchangedText is unchanged for any s.
func unchangedText(s string) bool {
	if strings.IndexByte(s, '\r') >= 0 {
		return false
	}
	for i := nonASCII(s, 0); i < len(s); i = nonASCII(s, i) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !inert(r) {
			return false
		}
		if n, _ := special(s[i:]); n > 0 {
			return false
		}
		i += size
	}
	return true
}
