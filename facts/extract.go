package facts

import (
	"sort"
	"strings"
)

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
	x.facts = append(x.facts, f)
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
