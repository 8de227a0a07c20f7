package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Sentence is a half-open byte range of a document's Text, with the
// paragraph it belongs to.
type Sentence struct {
	Start, End int
	Para       int // index of the paragraph, from 0
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true,
	"rep": true, "gov": true, "gen": true, "col": true, "lt": true, "sgt": true,
	"st": true, "jr": true, "sr": true, "vs": true, "u.s": true, "u.k": true,
	"inc": true, "corp": true, "ltd": true, "co": true, "rev": true, "capt": true,
	"cmdr": true, "adm": true, "maj": true, "fig": true, "approx": true, "e.g": true,
	"i.e": true, "etc": true, "a.m": true, "p.m": true,
}

// Sentences splits text into sentences. Paragraphs end at line breaks, and no
// sentence crosses one. Inside a paragraph a sentence ends after ".", "!",
// "?" or "…" (and any closing quotes or brackets) when white space and then
// an upper-case letter, a digit or an opening quote follow — the cases of
// Unicode's sentence rules (UAX #29) that news prose needs — except after an
// abbreviation such as "Mr." or an initial. Leading and trailing white space
// is not part of a sentence.
//
// It is written by hand because it runs over every byte of every document:
// clipperhouse/uax29's sentence iterator, which it replaced, ran at 36 MB/s
// on the seeds, most of the whole pipeline's budget; this scan runs at
// several hundred.
func Sentences(text string) []Sentence {
	return sentencesInto(text, nil, nil)
}

// sentencesInto is Sentences appending to out[:0], grown when it is too
// small. lines, when not nil, are the starts of text's lines, text holding
// no CR (source.File.LFLineStarts of a file whose text is text): its
// paragraphs are the lines, where they are looked for otherwise.
//
// A plain-text article's Text is its File's text, whose line table the
// loader has made: reading the paragraph ends from it saves an IndexByte
// call a line and a pass over the text for CR, both done already by the
// loader: BenchmarkExtractArchive 150.7 M -> 148.6 M instructions
// (GOGC=off), the 100 MB job 10.57 G -> 10.46 G.
func sentencesInto(text string, lines []int, out []Sentence) []Sentence {
	// A generated archive has a sentence in 61 bytes (headlines, bylines
	// and datelines are short): sized for one in 100, the array grew two or
	// three times a document, twice the bytes of the final array.
	if want := len(text)/48 + 4; cap(out) < want {
		out = make([]Sentence, 0, want)
	}
	out = out[:0]
	sc := sentenceScan{text: text, rare: -1}
	for i := range sc.next {
		sc.next[i] = nextByte{s: sentenceBytes[i], at: -1}
	}
	para := 0
	if lines != nil {
		for k, start := range lines {
			if start >= len(text) {
				break
			}
			end := len(text)
			if k+1 < len(lines) {
				end = lines[k+1] - 1
			}
			if end == start {
				// An empty line, the blank between paragraphs, holds no
				// sentence: splitParagraph is not called for it, here
				// and below (BenchmarkExtractArchive 148.9 M -> 148.1 M).
				continue
			}
			n := len(out)
			out = sc.splitParagraph(out, start, end, para)
			if len(out) > n {
				para++
			}
		}
		return out
	}
	for start := 0; start < len(text); {
		end := min(sc.next[iLF].from(text, start), sc.next[iCR].from(text, start))
		if end > start {
			n := len(out)
			out = sc.splitParagraph(out, start, end, para)
			if len(out) > n {
				para++
			}
		}
		start = end + 1
	}
	return out
}

// A nextByte finds the occurrences of a byte (or of "…") in a text in
// order: at is the next one at or after the last position asked for
// (len(text) when there is none), and the text is searched again, with the
// vectorised strings.Index, only once at is passed.
type nextByte struct {
	s  string
	at int
}

func (n *nextByte) from(text string, i int) int {
	if n.at < i {
		n.search(text, i)
	}
	return n.at
}

// search is from's search, kept apart so that from, asked mostly for an
// occurrence it has found already, is inlined.
//
// It looks for the last byte of n.s with the vectorised IndexByte and then
// checks the bytes before it: strings.Index stops at each of the first byte,
// and "…" begins with the E2 of every curly quote and dash, where its last
// byte, A6, ends almost no character of news prose. With from inlined, a
// single byte looked for without a string comparison, and startsSentence's
// ASCII table, this took BenchmarkSentences from 259 K to 188 K
// instructions a pass (GOGC=off).
func (n *nextByte) search(text string, i int) {
	k := len(n.s) - 1
	if k == 0 {
		if j := strings.IndexByte(text[i:], n.s[0]); j >= 0 {
			n.at = i + j
		} else {
			n.at = len(text)
		}
		return
	}
	for from := i + k; from < len(text); {
		j := strings.IndexByte(text[from:], n.s[k])
		if j < 0 {
			break
		}
		j += from
		if text[j-k:j+1] == n.s {
			n.at = j - k
			return
		}
		from = j + 1
	}
	n.at = len(text)
}

// The bytes Sentences looks for: line breaks and the terminators. "…" is
// looked for whole: searching for its first byte stopped at every curly
// quote and dash.
var sentenceBytes = [...]string{"\n", "\r", ".", "!", "?", "…"}

const (
	iLF = iota
	iCR
	iDot // the terminators follow
)

// A sentenceScan is Sentences' state. Each byte it looks for is searched
// for over the whole text at most once, where a loop testing every byte
// against the four terminators, and strings.IndexAny for the line breaks,
// cost 936 K instructions a pass of BenchmarkSentences; this costs 326 K
// (267 K with "…" looked for whole and endsWithAbbreviation byte-wise).
type sentenceScan struct {
	text string
	next [len(sentenceBytes)]nextByte
	// rare is the first "!", "?" or "…" at or after the last position
	// splitParagraph looked from, or -1 before the first.
	rare int
}

// The first terminator at or after a position i is the first full stop,
// found by next[iDot], or rare, the first of the rare terminators, "!", "?"
// and "…", whichever comes first. Those are most often not in the text at
// all: the first of them is kept, and the three are asked again only once
// it is passed (rareFrom). Asking all four at every full stop cost 50
// instructions a call, 0.9% of the whole job's.

// rareFrom sets rare for position i.
func (sc *sentenceScan) rareFrom(i int) {
	sc.rare = min(sc.next[iDot+1].from(sc.text, i), sc.next[iDot+2].from(sc.text, i), sc.next[iDot+3].from(sc.text, i))
}

func (sc *sentenceScan) splitParagraph(out []Sentence, start, end, para int) []Sentence {
	text := sc.text
	s := start
	// Each turn goes on from the first terminator at or after i, asked for
	// here in the loop, where a call of a method for it (too big to inline)
	// cost BenchmarkExtractArchive
	// 0.4 M instructions of 148.2 M, BenchmarkSentences 152 K -> 145 K.
	// The next full stop is looked for with IndexByte itself, not through
	// nextByte.search, and kept in a local: BenchmarkSentencesArchive
	// 11.61 M -> 10.81 M.
	dot := sc.next[iDot].at
	for i := start; ; i++ {
		if dot < i {
			dot = len(text)
			if j := strings.IndexByte(text[i:], '.'); j >= 0 {
				dot = i + j
			}
		}
		if sc.rare < i {
			sc.rareFrom(i)
		}
		if i = min(dot, sc.rare); i >= end {
			break
		}
		c := text[i]
		j := i + 1
		if c == 0xE2 { // "…" is E2 80 A6
			if !strings.HasPrefix(text[i:end], "…") {
				continue
			}
			j = i + len("…")
		}
		// Closing quotes and brackets stay with the sentence. They are
		// told by their bytes: an ASCII byte, mostly the space after the
		// stop, is tested without decoding it, and so are "”" and "’"
		// (E2 80 9D and E2 80 99) and "»" (C2 BB), where decoding was a
		// call, which spilled this loop's values.
		for j < end {
			switch text[j] {
			case '"', '\'', ')', ']':
				j++
				continue
			case 0xE2:
				if j+3 <= end && text[j+1] == 0x80 && (text[j+2] == 0x9D || text[j+2] == 0x99) {
					j += 3
					continue
				}
			case 0xC2:
				if j+2 <= end && text[j+1] == 0xBB {
					j += 2
					continue
				}
			}
			break
		}
		k := j
		for k < end && (text[k] == ' ' || text[k] == '\t') {
			k++
		}
		if k == j || k == end {
			continue // no space after it, or the paragraph ends anyway
		}
		// startsSentence's ASCII table, and endsWithAbbreviation's test
		// of a long word, are asked here, without a call: each call in
		// this loop spilled and reloaded its dozen values.
		if b := text[k]; b < utf8.RuneSelf {
			if !asciiStarts[b] {
				continue
			}
		} else if !startsSentence(text[k:end]) {
			continue
		}
		if c == '.' && mayEndAbbreviation(text, s, i) && endsWithAbbreviation(text[s:i+1]) {
			continue
		}
		switch {
		case j-s > MaxSentence:
			out = appendSentence(out, text, s, j, para)
		case s == start:
			// appendSentence's case of most sentences, without a call
			// more: BenchmarkExtractArchive 147.5 M -> 147.3 M.
			out = appendTrimmed(out, text, s, j, para)
		default:
			// A sentence after the first of its paragraph has nothing to
			// trim: it starts where startsSentence said it does, and ends
			// with its terminator or a closing quote or bracket.
			out = append(out, Sentence{Start: s, End: j, Para: para})
		}
		s = k
		i = k - 1
	}
	sc.next[iDot].at = dot
	if end-s > MaxSentence {
		return appendSentence(out, text, s, end, para)
	}
	if !spaceBytes[text[s]] && !spaceBytes[text[end-1]] {
		// A paragraph's last sentence, most often its only one, has
		// mostly nothing to trim: appended here, without appendTrimmed's
		// call.
		return append(out, Sentence{Start: s, End: end, Para: para})
	}
	return appendTrimmed(out, text, s, end, para)
}

// spaceBytes tells the bytes isSpace accepts.
var spaceBytes = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '\f': true, '\v': true}

// startsSentence reports whether s begins like a sentence: an upper-case
// letter, a digit, or an opening quote or bracket.
//
// An ASCII byte is looked up in a table (asciiStarts); DecodeRuneInString
// and unicode.IsUpper are for the rest.
func startsSentence(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return asciiStarts[s[0]]
	}
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '"', '“', '‘', '\'', '(', '[', '«':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// asciiStarts tells the ASCII bytes that startsSentence accepts.
var asciiStarts = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		switch {
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '"', c == '\'', c == '(', c == '[':
			t[c] = true
		}
	}
	return t
}()

// MaxSentence is the longest sentence, in bytes, that extraction sees whole.
// News sentences run to a few hundred bytes; a longer "sentence" is text
// with no full stops (a list dump, a table flattened to one line) and is cut
// at the last space before the limit, so that the work per sentence, and the
// sentence each fact carries, stay bounded.
const MaxSentence = 2000

func appendSentence(out []Sentence, text string, s, e, para int) []Sentence {
	for e-s > MaxSentence {
		cut := s + MaxSentence
		if sp := strings.LastIndexByte(text[s:cut], ' '); sp > MaxSentence/2 {
			cut = s + sp
		}
		// Never inside a character: back up to its first byte, unless the
		// bytes are no characters at all (invalid UTF-8).
		for c := cut; c > s+MaxSentence/2; c-- {
			if utf8.RuneStart(text[c]) {
				cut = c
				break
			}
		}
		out = appendTrimmed(out, text, s, cut, para)
		s = cut
	}
	return appendTrimmed(out, text, s, e, para)
}

// appendTrimmed appends text[s:e] without its leading and trailing white
// space, when anything is left.
func appendTrimmed(out []Sentence, text string, s, e, para int) []Sentence {
	for s < e && isSpace(text[s]) {
		s++
	}
	for e > s && isSpace(text[e-1]) {
		e--
	}
	if s == e {
		return out
	}
	return append(out, Sentence{Start: s, End: e, Para: para})
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v'
}

// endsWithAbbreviation reports whether s ends with an abbreviation's period:
// "Mr.", "U.S.", or an initial such as the "W." of "George W. Bush".
func endsWithAbbreviation(s string) bool {
	// Only a stop among the last six bytes can leave a word of five bytes
	// or fewer, the only ones looked up, so no more are looked at: the
	// whole word before each full stop was walked back. Without one, the
	// word is longer (or starts with the “ of a stop cut by the window).
	w := s[:len(s)-1]
	// Most words before a full stop are longer than the window and all
	// letters: every byte lastWordStop stops at has bit 6 clear, and every
	// letter has it set, so six bytes with it set end no abbreviation.
	if n := len(w); n > 6 {
		if t := w[n-6:]; t[0]&t[1]&t[2]&t[3]&t[4]&t[5]&0x40 != 0 {
			return false
		}
	}
	tail := w[max(0, len(w)-6):]
	if i := lastWordStop(tail); i >= 0 {
		w = tail[i+1:]
	} else if len(tail) < len(w) {
		return false
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	if len(w) > 5 {
		return false
	}
	// An ASCII word of up to five bytes is lowered into one integer, looked
	// up in abbrevTable: the map lookup of the lowered word, hashing a
	// string, was a third of this function's time and 0.5% of the whole
	// job's.
	var key uint64
	for i := range len(w) {
		c := w[i]
		if c >= utf8.RuneSelf {
			return abbreviations[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		key |= uint64(c) << (8 * i)
	}
	return abbrevTable.has(key | uint64(len(w))<<56)
}

// mayEndAbbreviation is false when the full stop text[i] cannot end an
// abbreviation of the sentence starting at s (endsWithAbbreviation(text[s:i+1])
// is false): the three bytes before it are ASCII, the last no capital (an
// initial), and they are in no abbreviation's set of endings (abbrevEnds).
// Inlined into splitParagraph, it answers for most words before a stop
// without endsWithAbbreviation's call, which spilled the loop's values, and
// its walk back to the word's start. With the last two bytes:
// BenchmarkSentencesArchive 10.83 M -> 10.14 M, BenchmarkExtractArchive
// 145.9 M -> 145.2 M (GOGC=off); with three, 10.14 M -> 10.02 M and
// 145.2 M -> 144.9 M.
func mayEndAbbreviation(text string, s, i int) bool {
	if i-s < 3 {
		return true
	}
	b2, b1, b0 := text[i-3], text[i-2], text[i-1]
	if b0-'A' < 26 || (b2|b1|b0) >= utf8.RuneSelf {
		return true
	}
	return abbrevEnds[endingBit(b2, b1, b0)]
}

// endingBit is the place of three ASCII bytes in abbrevEnds. Each byte is
// taken with bit 5 set, which lowers a capital and leaves a lower-case
// letter as it is: endings that differ only in case share a place. A
// place set may be any of the endings hashed to it.
func endingBit(b2, b1, b0 byte) uint32 {
	return (uint32(b2)<<14 | uint32(b1)<<7 | uint32(b0) | 0x20<<14 | 0x20<<7 | 0x20) * 0x9E3779B1 >> (32 - 12)
}

// abbrevEnds is the set of the last three bytes of the words in which
// endsWithAbbreviation may find an abbreviation: an abbreviation of three
// bytes or more ends the word; one of two is the whole word, after a byte
// at which lastWordStop stops (its ASCII ones); one of one byte, if there
// were one, after any two bytes.
var abbrevEnds = func() (t [1 << 12]bool) {
	add := func(b2, b1, b0 byte) { t[endingBit(b2, b1, b0)] = true }
	for w := range abbreviations {
		switch n := len(w); {
		case n == 1:
			for b2 := range byte(utf8.RuneSelf) {
				for b1 := range byte(utf8.RuneSelf) {
					add(b2, b1, w[0])
				}
			}
		case n == 2:
			for b := range byte(utf8.RuneSelf) {
				if wordStopBytes[b] {
					add(b, w[0], w[1])
				}
			}
		default:
			add(w[n-3], w[n-2], w[n-1])
		}
	}
	return t
}()

// abbrevKey packs a lower-case ASCII word of up to five bytes the way
// endsWithAbbreviation does: its bytes in order from the lowest, and its
// length in the top byte.
func abbrevKey(w string) uint64 {
	key := uint64(len(w)) << 56
	for i := range len(w) {
		key |= uint64(w[i]) << (8 * i)
	}
	return key
}

// An abbrevSet is a set of packed words, open-addressed: a key's slot is
// the top bits of its product with an odd constant, and a key not in its
// slot is looked for in the slots after it, up to an empty one (0, which no
// key is: every key has a length).
type abbrevSet [128]uint64

var abbrevTable = func() (t abbrevSet) {
	for w := range abbreviations {
		if len(w) <= 5 {
			for i := abbrevSlot(abbrevKey(w)); ; i = (i + 1) % len(t) {
				if t[i] == 0 {
					t[i] = abbrevKey(w)
					break
				}
			}
		}
	}
	return t
}()

func abbrevSlot(key uint64) int { return int(key * 0x9E3779B97F4A7C15 >> 57) }

func (t *abbrevSet) has(key uint64) bool {
	for i := abbrevSlot(key); ; i = (i + 1) % len(t) {
		switch t[i] {
		case 0: // first: the key of "" is 0 too
			return false
		case key:
			return true
		}
	}
}

// lastWordStop is strings.LastIndexAny(w, " \t(“\"'") a byte at a time:
// with "“" in the set, LastIndexAny decoded every character backwards and
// looked it up in the set. A byte-wise match is the same: no character's
// encoding holds an ASCII byte, and bytes E2 80 9C are always "“" read
// backwards, being a whole character that no longer one can end with.
//
// The bytes are tested against a table, where a switch compared each with
// the six: endsWithAbbreviation runs at nearly every full stop, and most
// words before one are longer than the window, every byte of it tested.
func lastWordStop(w string) int {
	for i := len(w) - 1; i >= 0; i-- {
		if !wordStopBytes[w[i]] {
			continue
		}
		if c := w[i]; c != 0x9C {
			return i
		}
		if i >= 2 && w[i-2] == 0xE2 && w[i-1] == 0x80 {
			return i - 2
		}
	}
	return -1
}

// wordStopBytes tells the bytes lastWordStop stops at: the ASCII ones it
// looks for, and 0x9C, the last byte of "“".
var wordStopBytes = [256]bool{' ': true, '\t': true, '(': true, '"': true, '\'': true, 0x9C: true}
