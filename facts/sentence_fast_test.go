package facts

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/source"
)

// plainSentences is Sentences as it was before its scan looked for each
// byte with strings.IndexByte: one loop testing every byte.
func plainSentences(text string) []Sentence {
	out := make([]Sentence, 0, len(text)/100+1)
	para := 0
	for start := 0; start < len(text); {
		end := strings.IndexAny(text[start:], "\n\r")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		n := len(out)
		out = plainSplitParagraph(out, text, start, end, para)
		if len(out) > n {
			para++
		}
		start = end + 1
	}
	return out
}

func plainSplitParagraph(out []Sentence, text string, start, end, para int) []Sentence {
	s := start
	for i := start; i < end; i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' && c != 0xE2 {
			continue
		}
		j := i + 1
		if c == 0xE2 { // "…" is E2 80 A6
			if !strings.HasPrefix(text[i:end], "…") {
				continue
			}
			j = i + len("…")
		}
		// Closing quotes and brackets stay with the sentence.
		for j < end {
			r, size := utf8.DecodeRuneInString(text[j:end])
			if r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']' || r == '»' {
				j += size
				continue
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
		if !startsSentence(text[k:end]) || c == '.' && endsWithAbbreviation(text[s:i+1]) {
			continue
		}
		out = appendSentence(out, text, s, j, para)
		s = k
		i = k - 1
	}
	return appendSentence(out, text, s, end, para)
}

// Sentences must split exactly as the plain scan does, whatever the mix of
// terminators, quotes, line breaks and broken UTF-8.
func TestSentencesMatchPlain(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	pieces := []string{"Mr", "word ", "The ", "\n", "\r", "\r\n", ". ", ".", "!", "? ", "… ", "…",
		"\xe2", "\xe2\x80", "” ", "\" ", ") ", " ", "\t", "U.S. ", "26 ", "“We", "é", "W. ", "e.g. ",
		"\xa6", "\x80\xa6", "æ", // bytes of "…" alone, and its last byte ending "æ"
		"\f", "\v", "said", "Sen", "approx", "1990s", "(Mr"} // white space to trim; words before a stop
	for range 50000 {
		var b strings.Builder
		for n := r.IntN(40); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		if got, want := Sentences(text), plainSentences(text); !slices.Equal(got, want) {
			t.Fatalf("Sentences(%q) = %v, want %v", text, got, want)
		}
		checkLineSentences(t, text)
		checkLineSentences(t, strings.ReplaceAll(text, "\r", "\n"))
	}
	long := strings.Repeat("word ", 900) + "End. Next one\n" + strings.Repeat("é", 1500)
	if got, want := Sentences(long), plainSentences(long); !slices.Equal(got, want) {
		t.Fatalf("long text: %v, want %v", got, want)
	}
}

// nextByte must find each occurrence strings.Index finds, in order.
func TestNextByteMatchesIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	pieces := []string{"a", ".", "…", "\xe2", "\x80", "\xa6", "æ", "“", " "}
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(30); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		for _, s := range sentenceBytes {
			n := nextByte{s: s, at: -1}
			for i := 0; i <= len(text); i += 1 + r.IntN(4) {
				want := len(text)
				if j := strings.Index(text[i:], s); j >= 0 {
					want = i + j
				}
				if got := n.from(text, i); got != want {
					t.Fatalf("nextByte{%q}.from(%q, %d) = %d, want %d", s, text, i, got, want)
				}
			}
		}
	}
}

func FuzzSentencesMatchPlain(f *testing.F) {
	f.Add("“Stop.” He left! Mr. Smith met U.S. officials… Then 26 went.\nNew line\r\nx")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := Sentences(text), plainSentences(text); !slices.Equal(got, want) {
			t.Fatalf("Sentences(%q) = %v, want %v", text, got, want)
		}
		checkLineSentences(t, text)
		checkLineSentences(t, strings.ReplaceAll(text, "\r", "\n"))
	})
}

// checkLineSentences holds sentencesInto given a file's line table, as
// Extract gives it for a text without CR, to plainSentences.
func checkLineSentences(t *testing.T, text string) {
	t.Helper()
	lines := source.NewFileString("x", text).LFLineStarts()
	if strings.Contains(text, "\r") {
		if lines != nil {
			t.Fatalf("LFLineStarts of %q, which holds a CR: %v, want nil", text, lines)
		}
		return
	}
	if got, want := sentencesInto(text, lines, nil), plainSentences(text); !slices.Equal(got, want) {
		t.Fatalf("sentencesInto(%q, %v) = %v, want %v", text, lines, got, want)
	}
}

// lastWordStop must agree with strings.LastIndexAny on any bytes.
func TestLastWordStopMatchesLastIndexAny(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	pieces := []string{"a", "Mr", " ", "\t", "(", "\"", "'", "“", "”", "\xe2", "\x80", "\x9c", "\xe2\x80", "é", "𝄞", "\xf0"}
	for range 50000 {
		var b strings.Builder
		for n := r.IntN(12); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		w := b.String()
		if got, want := lastWordStop(w), strings.LastIndexAny(w, " \t(“\"'"); got != want {
			t.Fatalf("lastWordStop(%q) = %d, want %d", w, got, want)
		}
	}
}

func FuzzLastWordStop(f *testing.F) {
	f.Add("said “Mr")
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := lastWordStop(w), strings.LastIndexAny(w, " \t(“\"'"); got != want {
			t.Fatalf("lastWordStop(%q) = %d, want %d", w, got, want)
		}
	})
}

// startsSentence's ASCII table must say what its rune path says, for every
// ASCII byte.
func TestStartsSentenceASCII(t *testing.T) {
	plain := func(s string) bool {
		r, _ := utf8.DecodeRuneInString(s)
		switch r {
		case '"', '“', '‘', '\'', '(', '[', '«':
			return true
		}
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	for c := range utf8.RuneSelf {
		s := string(rune(c)) + "x"
		if got, want := startsSentence(s), plain(s); got != want {
			t.Errorf("startsSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

// plainEndsWithAbbreviation is endsWithAbbreviation as it was before words
// were looked up packed into an integer: a map lookup of the lowered word.
func plainEndsWithAbbreviation(s string) bool {
	w := s[:len(s)-1]
	if i := strings.LastIndexAny(w, " \t(“\"'"); i >= 0 {
		w = w[i+1:]
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	return len(w) <= 5 && abbreviations[strings.ToLower(w)]
}

// endsWithAbbreviation must agree with the map on every abbreviation in
// any case, on words one letter off, on empty and long words, and on
// non-ASCII words.
func TestEndsWithAbbreviationMatchesPlain(t *testing.T) {
	var words []string
	for a := range abbreviations {
		words = append(words, a, strings.ToUpper(a), strings.ToUpper(a[:1])+a[1:], a[1:], a+"s", "x"+a, strings.ReplaceAll(a, ".", "K"))
	}
	words = append(words, "", "a", "B", "u.\u212a", "U.\u212a", "Mrß", "étc", "approx", "approxi", "Ste", "x.y", "\xff",
		"“abcd", "“abcde", "a“bcde", "ab“cde", "“Mr", "a“Mr", "abcdef", "A“B", "x\x9cMr", "\x80\x9cMr")
	for _, w := range words {
		for _, before := range []string{"", "The ", "(", "“", "said \t"} {
			s := before + w + "."
			if got, want := endsWithAbbreviation(s), plainEndsWithAbbreviation(s); got != want {
				t.Errorf("endsWithAbbreviation(%q) = %v, want %v", s, got, want)
			}
			checkMayEndAbbreviation(t, s)
		}
	}
}

func FuzzEndsWithAbbreviation(f *testing.F) {
	f.Add("Mr")
	f.Fuzz(func(t *testing.T, w string) {
		s := w + "."
		if got, want := endsWithAbbreviation(s), plainEndsWithAbbreviation(s); got != want {
			t.Fatalf("endsWithAbbreviation(%q) = %v, want %v", s, got, want)
		}
		checkMayEndAbbreviation(t, s)
	})
}

// checkMayEndAbbreviation holds splitParagraph's filter to the plain
// test: where it says no, for the sentence s and every tail of it,
// plainEndsWithAbbreviation says no too.
func checkMayEndAbbreviation(t *testing.T, s string) {
	t.Helper()
	text := "x " + s
	i := len(text) - 1
	for start := 0; start <= i; start++ {
		if !mayEndAbbreviation(text, start, i) && plainEndsWithAbbreviation(text[start:i+1]) {
			t.Fatalf("mayEndAbbreviation(%q, %d, %d) = false, but the sentence ends with an abbreviation", text, start, i)
		}
	}
}
