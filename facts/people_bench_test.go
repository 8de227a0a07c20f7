package facts

import "testing"

func BenchmarkPeople(b *testing.B) {
	d := normalize("seeds.txt", seedText(b))
	sents := Sentences(d.Text)
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		x := &extraction{doc: d}
		extractPeople(x, sents, tokenizeAll(d, sents))
	}
}

func BenchmarkQuotes(b *testing.B) {
	d := normalize("seeds.txt", seedText(b))
	sents := Sentences(d.Text)
	all := tokenizeAll(d, sents)
	people := findPeople(d, sents)
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		x := &extraction{doc: d}
		extractQuotes(x, sents, all, people)
	}
}

func BenchmarkLists(b *testing.B) {
	d := normalize("seeds.txt", seedText(b))
	sents := Sentences(d.Text)
	b.SetBytes(int64(len(d.Text)))
	var toks []token
	for b.Loop() {
		x := &extraction{doc: d}
		for _, s := range sents {
			x.sent = s
			toks = tokenize(d.Text, s.Start, s.End, toks)
			extractLists(x, toks)
		}
	}
}
