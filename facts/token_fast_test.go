package facts

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// plainTokenizeLow is tokenizeLow as it was before it scanned ASCII words
// itself and wrote tokens field by field.
func plainTokenizeLow(text, low string, start, end int, toks []token) []token {
	toks = toks[:0]
	lowOK := len(low) == len(text)
	for i := start; i < end; {
		c := text[i]
		var kind tokenKind
		j := i + 1
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case cSpace:
				i++
				continue
			case cLetter:
				kind, j = tWord, scanWord(text, i, end)
			case cDigit:
				kind, j = tNum, scanWord(text, i, end)
			default:
				kind = tPunct
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:end])
			switch {
			case r == '\u00a0' || unicode.IsSpace(r):
				i += size
				continue
			case isWordRune(r):
				kind, j = tWord, scanWord(text, i, end)
			default:
				kind, j = tPunct, i+size
			}
		}
		t := token{start: i, end: j, kind: kind, text: text[i:j]}
		if c < utf8.RuneSelf {
			t.upper = c >= 'A' && c <= 'Z'
		} else {
			t.upper = isCapitalised(t.text)
		}
		if lowOK {
			t.low = low[i:j]
		} else {
			t.low = strings.ToLower(t.text)
		}
		toks = append(toks, t)
		i = j
	}
	return toks
}

// tokenizeLow must give the plain tokenizer's tokens, with and without a
// lower-case text, on words, numbers, joiners and non-ASCII text.
func TestTokenizeMatchesPlain(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	pieces := []string{"Leaders", "of", " ", "26", "1,234", ",5", "2.5", "13:39", "-", "'", "’", "twenty",
		"é", "Ünï", "“", "”", "\u00a0", "—", "\xe2", "\xff", "İ", ".", "G7", "x", "\t", "%",
		"International", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz0123456789", "@[`{/:"}
	var buf, want []token
	for range 50000 {
		var b strings.Builder
		for n := r.IntN(30); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		low, ok := lowerInPlace(text)
		if !ok {
			low = ""
		}
		start := r.IntN(len(text) + 1)
		end := len(text)
		if r.IntN(2) == 0 {
			end = start + r.IntN(len(text)-start+1) // a sentence before the text's end
		}
		for _, l := range []string{low, ""} {
			// A full array at times, so that tokens are also appended
			// past its capacity.
			buf = slices.Clip(buf[:r.IntN(len(buf)+1)])
			buf = tokenizeLow(text, l, start, end, buf)
			want = plainTokenizeLow(text, l, start, end, want)
			if !slices.Equal(buf, want) {
				t.Fatalf("tokenizeLow(%q, %d, %d) = %v, want %v", text, start, end, buf, want)
			}
		}
	}
}

func FuzzTokenizeMatchesPlain(f *testing.F) {
	f.Add("Leaders of 26 NATIONS joined 1,234 “coalition” twenty-six’s 2.5", uint16(0))
	f.Add("Internationally, the Organisation's representatives", uint16(9))
	f.Fuzz(func(t *testing.T, text string, cut uint16) {
		low, ok := lowerInPlace(text)
		if !ok {
			low = ""
		}
		// A sentence that ends before the text does, at times inside a
		// word: the word's bytes past it are read but not taken.
		end := len(text) - int(cut)%(len(text)+1)
		got := tokenizeLow(text, low, 0, end, nil)
		if want := plainTokenizeLow(text, low, 0, end, nil); !slices.Equal(got, want) {
			t.Fatalf("tokenizeLow(%q, 0, %d) = %v, want %v", text, end, got, want)
		}
	})
}
