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
// table path and a SWAR lower-casing (lowerInPlace) took tokenizing the
// seeds (36 KB) from 5.5 M to 2.7 M instructions a pass.
//
// Go's calling convention keeps no register across a call, and any call in
// the loop made the compiler keep the loop's state on the stack, reloaded
// at every turn. So the inner loop takes ASCII words, spaces and
// punctuation and calls nothing; a word that needs scanWord (a joiner
// after it, other than a comma, full stop or colon after a letter, which
// join only digits), white space other than a space, a non-ASCII character
// and a full array break out to otherToken. Text with no lower-case copy is
// tokenized as its own copy and lowered afterwards, keeping
// strings.ToLower out of the loop. This took the seeds' sentences from
// 1300 K to 850 K instructions a pass (BenchmarkTokenize, with its
// allocations, from 1560 K to 1116 K), and BenchmarkExtractArchive from
// 279.5 M to 254.4 M.
func tokenizeLow(text, low string, start, end int, toks []token) []token {
	if len(low) != len(text) {
		toks = tokenizeLow(text, text, start, end, toks)
		for k := range toks {
			toks[k].low = strings.ToLower(toks[k].text)
		}
		return toks
	}
	toks = toks[:0]
	s := text[:end]
	i := start
	for i < len(s) {
		// The inner loop takes ASCII words, spaces and punctuation and
		// calls nothing, so that its values stay in registers; anything
		// else breaks out to the code below it, which makes the token
		// with the help of a call.
		for i < len(s) && len(toks) < cap(toks) {
			c := s[i]
			j := i + 1
			var kind tokenKind
			var upper bool
			// after is the byteClass of s[j], the byte after the token:
			// the word scan learns it with the byte that ends the word,
			// so neither the test for a joiner nor the one for a space
			// reads s[j] again. Tokenizing BenchmarkExtractNumeric's
			// corpus went from 48.6 M to 47.4 M instructions,
			// BenchmarkExtractArchive from 171.4 M to 170.4 M (GOGC=off).
			after := wcEnd
			if asciiWord[c] {
				kind, upper = tWord, c >= 'A' && c <= 'Z'
				if c <= '9' {
					kind = tNum
				}
				// Four bytes a turn, away from the sentence's end: a
				// load, a test and a branch for most bytes, where the
				// byte loop also compared and stepped. BenchmarkExtractArchive
				// 189.8 M -> 189.0 M instructions (GOGC=off). Eight bytes
				// at a time by arithmetic (SWAR) cost more: its constants
				// and the values it pushed out of registers (204.9 M).
				for {
					if j+4 > len(s) {
						for j < len(s) {
							if w := byteClass[s[j]]; w != wcWord {
								after = w
								break
							}
							j++
						}
						break
					}
					b := s[j : j+4]
					if after = byteClass[b[0]]; after != wcWord {
						break
					}
					if after = byteClass[b[1]]; after != wcWord {
						j++
						break
					}
					if after = byteClass[b[2]]; after != wcWord {
						j += 2
						break
					}
					if after = byteClass[b[3]]; after != wcWord {
						j += 3
						break
					}
					j += 4
				}
				if after == wcOn {
					// ",", "." and ":" join only digits: after a letter
					// they end the word, as scanWord would say.
					if p := s[j]; (p != ',' && p != '.' && p != ':') || isDigit(s[j-1]) {
						break
					}
					after = wcEnd
				}
			} else if c == ' ' {
				i++
				continue
			} else if c < utf8.RuneSelf && asciiClass[c] != cSpace {
				kind = tPunct
				if j < len(s) && s[j] == ' ' {
					after = wcSpace
				}
			} else {
				break
			}
			// The token is written field by field in its place in the
			// array: append(toks, token{…}) built it on the stack, zeroed
			// first, and copied its 56 bytes.
			toks = toks[:len(toks)+1]
			t := &toks[len(toks)-1]
			t.start, t.end, t.kind, t.upper, t.text, t.low = i, j, kind, upper, s[i:j], low[i:j]
			i = j
			if after == wcSpace {
				i++ // the space after most words, without a turn of the loop
			}
		}
		if i >= len(s) {
			break
		}
		kind, j, upper, space := otherToken(s, i)
		if !space {
			toks = append(toks, token{start: i, end: j, kind: kind, upper: upper, text: s[i:j], low: low[i:j]})
			if j < len(s) && s[j] == ' ' {
				j++
			}
		}
		i = j
	}
	return toks
}

// otherToken is tokenizeLow's path for what its inner loop does not take:
// the token at text[i], its kind, end and capitalisation, or space when the
// character is white space, to be skipped to j.
func otherToken(text string, i int) (kind tokenKind, j int, upper, space bool) {
	c := text[i]
	switch {
	case c >= utf8.RuneSelf:
		return runeToken(text, i, len(text))
	case asciiClass[c] == cSpace:
		return 0, i + 1, false, true
	case asciiClass[c] == cPunct:
		return tPunct, i + 1, false, false
	}
	// A word whose end needs scanWord, or one met with the array full.
	kind = tWord
	if c <= '9' {
		kind = tNum
	}
	return kind, scanWord(text, i, len(text)), c >= 'A' && c <= 'Z', false
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

// byteClass tells, for each byte, what it is to the tokenizer's ASCII word
// scan: a letter or digit (wcWord), a space, a byte at which scanWord must
// decide whether the word goes on (wcOn: a joiner or a byte of a
// multi-byte character), or anything else, which ends the word (wcEnd).
var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case asciiWord[c]:
			t[c] = wcWord
		case c == ' ':
			t[c] = wcSpace
		case c >= utf8.RuneSelf || asciiJoiner[c]:
			t[c] = wcOn
		}
	}
	return t
}()

const (
	wcEnd uint8 = iota
	wcWord
	wcSpace
	wcOn
)

// asciiJoiner tells the ASCII characters that may join two parts of one
// token: "twenty-six", "Trump's", "2.5", "13:39", "1,234".
var asciiJoiner = [256]bool{'-': true, '\'': true, '.': true, ':': true, ',': true}

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
