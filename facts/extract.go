package facts

import (
	"sort"
	"strings"
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
	x := &extraction{doc: d}
	sents := Sentences(d.Text)
	all := tokenizeAll(d, sents)
	for i, s := range sents {
		x.sent = s
		extractNumeric(x, all[i])
		extractLists(x, all[i])
	}
	people := extractPeople(x, sents, all)
	extractQuotes(x, sents, all, people)
	sort.SliceStable(x.facts, func(i, j int) bool { return x.facts[i].Pos.Offset < x.facts[j].Pos.Offset })
	return x.facts
}

// extraction is the state of one document's extraction.
type extraction struct {
	doc   *Document
	sent  Sentence
	facts []Fact
	num   numScratch // the numeric extractors' state

	// A cache for chars: the original file's byte offset cacheOff holds
	// character cacheChar. Facts come near one another, so counting from
	// the last one, forwards or back, keeps chars about linear in the
	// file's size.
	cacheOff, cacheChar int

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
	f.Pos = x.doc.Position(start)
	f.End = x.doc.EndPosition(end)
	f.Text = x.doc.OrigText(start, end)
	f.Sentence = x.doc.Text[x.sent.Start:x.sent.End]
	f.Paragraph = x.doc.paragraph(x.sent.Start, x.sent.End)
	f.CharStart = x.chars(f.Pos.Offset)
	f.CharEnd = f.CharStart + utf8.RuneCountInString(f.Text)
	f.Prefix, f.Suffix = around(x.original(), f.Pos.Offset, f.End.Offset)
	f.SentStart, f.SentEnd = start-x.sent.Start, end-x.sent.Start
	x.facts = append(x.facts, f)
}

// chars returns the number of characters before byte offset off of the
// original file.
func (x *extraction) chars(off int) int {
	src := x.doc.File.Bytes()
	if off >= x.cacheOff {
		x.cacheChar += utf8.RuneCount(src[x.cacheOff:off])
	} else {
		x.cacheChar -= utf8.RuneCount(src[off:x.cacheOff])
	}
	x.cacheOff = off
	return x.cacheChar
}

// around returns up to ContextChars characters of src before start and
// after end.
func around(src string, start, end int) (prefix, suffix string) {
	p := start
	for n := 0; n < ContextChars && p > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(src[:p])
		p -= size
	}
	s := end
	for n := 0; n < ContextChars && s < len(src); n++ {
		_, size := utf8.DecodeRuneInString(src[s:])
		s += size
	}
	return src[p:start], src[end:s]
}

// paragraph returns the line of Text around [start, end): paragraphs end at
// line breaks.
func (d *Document) paragraph(start, end int) string {
	s := strings.LastIndexAny(d.Text[:start], "\n\r") + 1
	e := strings.IndexAny(d.Text[end:], "\n\r")
	if e < 0 {
		e = len(d.Text)
	} else {
		e += end
	}
	return strings.TrimSpace(d.Text[s:e])
}
