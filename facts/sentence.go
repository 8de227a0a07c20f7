package facts

import (
	"strings"

	"github.com/clipperhouse/uax29/v2/sentences"
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
	"st": true, "jr": true, "sr": true, "vs": true, "u.s": true,
	"u.k": true, "inc": true, "corp": true, "ltd": true, "co": true, "rev": true,
	"capt": true, "cmdr": true, "adm": true, "maj": true, "fig": true, "approx": true,
}

// Sentences splits text into sentences. Paragraphs end at line breaks, and no
// sentence crosses one. Within a paragraph it uses Unicode's sentence
// boundaries (UAX #29), joined again after abbreviations such as "Mr.".
// Leading and trailing white space is not part of a sentence.
func Sentences(text string) []Sentence {
	var out []Sentence
	para := 0
	for start := 0; start < len(text); {
		end := strings.IndexAny(text[start:], "\n\r")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			out = splitParagraph(out, text, start, end, para)
			para++
		}
		start = end + 1
	}
	return out
}

func splitParagraph(out []Sentence, text string, start, end, para int) []Sentence {
	it := sentences.FromString(text[start:end])
	joinNext := false
	for it.Next() {
		s, e := start+it.Start(), start+it.End()
		for s < e && isSpace(text[s]) {
			s++
		}
		for e > s && isSpace(text[e-1]) {
			e--
		}
		if s == e {
			continue
		}
		if joinNext && len(out) > 0 {
			out[len(out)-1].End = e
		} else {
			out = append(out, Sentence{Start: s, End: e, Para: para})
		}
		joinNext = endsWithAbbreviation(text[s:e])
	}
	return out
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v'
}

func endsWithAbbreviation(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	w := s[:len(s)-1]
	if i := strings.LastIndexAny(w, " \t(“\"'"); i >= 0 {
		w = w[i+1:]
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' { // an initial: "George W. Bush"
		return true
	}
	return abbreviations[strings.ToLower(w)]
}
