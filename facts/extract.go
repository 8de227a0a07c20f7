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
	// About one fact in 100 bytes of news prose.
	x := &extraction{doc: d, facts: make([]Fact, 0, len(d.Text)/100+4)}
	sents := Sentences(d.Text)
	all := tokenizeAll(d, sents)
	for i, s := range sents {
		x.sent = s
		extractNumeric(x, all[i])
		extractLists(x, all[i])
	}
	people := extractPeople(x, sents, all)
	extractQuotes(x, sents, all, people)
	return x.finish()
}

// finish puts the facts in document order and resolves their places. The
// extractors record byte offsets only; lines, columns and character offsets
// are filled in here, in one pass over the file with two cursors, rather
// than by counting from each line's start for every fact.
func (x *extraction) finish() []Fact {
	idx := make([]int, len(x.facts))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return x.facts[idx[i]].Pos.Offset < x.facts[idx[j]].Pos.Offset })
	out := make([]Fact, len(x.facts))
	starts, ends := x.doc.File.Cursor(), x.doc.File.Cursor()
	for i, k := range idx {
		f := x.facts[k]
		var endChars int
		f.Pos, f.CharStart = starts.Seek(f.Pos.Offset)
		f.End, endChars = ends.Seek(f.End.Offset)
		f.CharEnd = max(f.CharStart, endChars)
		out[i] = f
	}
	return out
}

// extraction is the state of one document's extraction.
type extraction struct {
	doc   *Document
	sent  Sentence
	facts []Fact
	num   numScratch // the numeric extractors' state

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
	f.Paragraph = x.doc.paragraph(x.sent.Start, x.sent.End)
	f.Prefix, f.Suffix = around(x.original(), f.Pos.Offset, f.End.Offset)
	f.SentStart, f.SentEnd = start-x.sent.Start, end-x.sent.Start
	x.facts = append(x.facts, f)
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
