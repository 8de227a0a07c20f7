package facts

// The benchmarks per kind run on the seed articles, tokenized beforehand:
// tokenizing is shared by all kinds and measured by BenchmarkTokenize.

import "testing"

func BenchmarkPeople(b *testing.B) {
	d := normalize("seeds.txt", seedText(b))
	sents := Sentences(d.Text)
	all := tokenizeAll(d, sents)
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		x := &extraction{doc: d}
		extractPeople(x, sents, all)
		x.people.release() // as extractQuotes does after it
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
	all := tokenizeAll(d, sents)
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		x := &extraction{doc: d}
		for i, s := range sents {
			x.sent = s
			extractLists(x, all[i])
		}
	}
}
