package facts

// Extract returns the facts stated in d, in document order. It is a pure
// function of the document and safe to call from many goroutines.
func Extract(d *Document) []Fact {
	x := &extraction{doc: d}
	var toks []token
	for _, s := range Sentences(d.Text) {
		x.sent = s
		toks = tokenize(d.Text, s.Start, s.End, toks)
		extractNumeric(x, toks)
	}
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
	f.End = x.doc.Position(end)
	f.Text = x.doc.OrigText(start, end)
	f.Sentence = x.doc.Text[x.sent.Start:x.sent.End]
	x.facts = append(x.facts, f)
}
