package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token is a word, a number or one punctuation character of a sentence.
// Offsets are into the document's Text.
type token struct {
	start, end int
	kind       tokenKind
	upper      bool   // the first character is an upper-case letter: isCapitalised(text)
	text       string // Text[start:end]
	low        string // text in lower case
}

type tokenKind uint8

const (
	tWord  tokenKind = iota // starts with a letter: "nations", "twenty-six", "G7"
	tNum                    // starts with a digit: "26", "1,234", "2.5", "20-30", "30-day", "13:39"
	tPunct                  // anything else, one character: quotes, commas, "%", "£"
)

// tokenize splits text[start:end] into tokens. Inside a word, hyphens and
// apostrophes join; inside a number, "." "," and ":" join digits.
func tokenize(text string, start, end int, toks []token) []token {
	return tokenizeLow(text, "", start, end, toks)
}

// tokenizeLow is tokenize with the text already in lower case: low, when it
// has text's length, gives each token's lower-case form without an
// allocation per capitalised word.
//
// ASCII bytes, nearly all of news prose, are classified by a table and
// words scanned a byte at a time; other characters take the rune path. The
// table path and a SWAR lower-casing (lowerInPlace) took tokenizing
// the seeds (36 KB) from 5.5 M to 2.7 M instructions a pass.
func tokenizeLow(text, low string, start, end int, toks []token) []token {
	toks = toks[:0]
	lowOK := len(low) == len(text)
	for i := start; i < end; {
		c := text[i]
		var kind tokenKind
		var upper bool
		j := i + 1
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case cSpace:
				i++
				continue
			case cLetter, cDigit:
				kind, upper = tWord, c >= 'A' && c <= 'Z'
				if c <= '9' {
					kind = tNum
				}
				// The run of ASCII letters and digits, nearly always the
				// whole word, is scanned here; scanWord, which keeps no
				// state but its position, goes on from a joiner or a
				// non-ASCII byte. Calling scanWord for every word spilled
				// and reloaded this loop's registers around the call; with
				// the token written in place, tokenizing the seeds' sentences
				// went from 1485 K to 1422 K instructions a pass.
				j = asciiRun(text[:end], j)
				if j < end && wordGoesOn[text[j]] {
					j = scanWord(text, j, end)
				}
			default:
				kind = tPunct
			}
		} else {
			var space bool
			if kind, j, upper, space = runeToken(text, i, end); space {
				i = j
				continue
			}
		}
		var lw string
		if lowOK {
			lw = low[i:j]
		} else {
			lw = strings.ToLower(text[i:j])
		}
		// The token is written field by field in its place in the array:
		// append(toks, token{…}) built it on the stack, zeroed first, and
		// copied its 56 bytes.
		n := len(toks)
		if n < cap(toks) {
			toks = toks[:n+1]
		} else {
			toks = append(toks, token{})
		}
		t := &toks[n]
		t.start, t.end, t.kind, t.upper, t.text, t.low = i, j, kind, upper, text[i:j], lw
		i = j
		if i < end && text[i] == ' ' {
			i++ // the space after most words, without a turn of the loop
		}
	}
	return toks
}

// runeToken is tokenizeLow's path for a token starting with a non-ASCII
// character: its kind, end and capitalisation, or space when the character
// is white space, to be skipped to end. Kept out of tokenizeLow, it leaves
// the ASCII path fewer values to hold in registers.
func runeToken(text string, i, end int) (kind tokenKind, j int, upper, space bool) {
	r, size := utf8.DecodeRuneInString(text[i:end])
	switch {
	case r == '\u00a0' || unicode.IsSpace(r):
		return 0, i + size, false, true
	case isWordRune(r):
		kind, j = tWord, scanWord(text, i, end)
	default:
		kind, j = tPunct, i+size
	}
	return kind, j, isCapitalised(text[i:j]), false
}

// Classes of ASCII bytes for the tokenizer's fast path.
const (
	cPunct = iota
	cSpace
	cLetter
	cDigit
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			t[c] = cLetter
		case c >= '0' && c <= '9':
			t[c] = cDigit
		case unicode.IsSpace(rune(c)):
			t[c] = cSpace
		}
	}
	return t
}()

// asciiWord tells the ASCII letters and digits; bytes of multi-byte
// characters are false and take the rune path.
var asciiWord = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiClass[c] >= cLetter
	}
	return t
}()

// asciiJoiner tells the ASCII characters that may join two parts of one
// token: "twenty-six", "Trump's", "2.5", "13:39", "1,234".
var asciiJoiner = [256]bool{'-': true, '\'': true, '.': true, ':': true, ',': true}

// asciiRun returns the end of the run of ASCII letters and digits of s
// from i.
//
// It is not inlined: inside tokenizeLow's loop the compiler reloaded two
// spilled values from the stack for every byte.
//
//go:noinline
func asciiRun(s string, i int) int {
	for i < len(s) && asciiWord[s[i]] {
		i++
	}
	return i
}

// wordGoesOn tells the bytes after a run of ASCII letters and digits at
// which scanWord must decide whether the word goes on: joiners and the
// bytes of multi-byte characters.
var wordGoesOn = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || asciiJoiner[c]
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	if r >= 0x2000 && r <= 0x206f {
		return false // General Punctuation, news text's dashes and curly quotes: no letters or digits
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// scanWord returns the end of the word or number starting at i.
func scanWord(text string, i, end int) int {
	for i < end {
		c := text[i]
		if asciiWord[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf && !asciiJoiner[c] {
			return i // a space or punctuation that joins nothing: most word ends
		}
		r, size := utf8.DecodeRuneInString(text[i:end])
		if isWordRune(r) {
			i += size
			continue
		}
		// A joiner stays inside the token when a word character follows it.
		next := i + size
		if next >= end || i == 0 {
			return i
		}
		nr, _ := utf8.DecodeRuneInString(text[next:end])
		prevDigit := isDigit(text[i-1])
		switch r {
		case '-', '\'', '’':
			if isWordRune(nr) {
				i = next
				continue
			}
		case '.', ':':
			if prevDigit && nr >= '0' && nr <= '9' {
				i = next
				continue
			}
		case ',':
			// A thousands separator: exactly three digits follow.
			if prevDigit && next+3 <= end && isDigit(text[next]) && isDigit(text[next+1]) && isDigit(text[next+2]) &&
				(next+3 == end || !isDigit(text[next+3])) {
				i = next
				continue
			}
		}
		return i
	}
	return i
}

// isOpenQuote and isCloseQuote report whether a punctuation token is a
// quotation mark that may open or close a quote.
func isQuoteMark(s string) bool {
	switch s {
	case `"`, "“", "”", "‘", "’", "'", "«", "»", "„":
		return true
	}
	return false
}
