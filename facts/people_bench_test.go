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

// archiveTokens are the generated archive's documents split and tokenized
// beforehand, for the per-kind benchmarks over many short documents (the
// real run's shape: costs per document weigh there, not on the seeds).
type archiveDoc struct {
	d     *Document
	sents []Sentence
	all   [][]token
}

func archiveTokens(b *testing.B) ([]archiveDoc, int64) {
	docs, size := archiveDocs(b)
	out := make([]archiveDoc, len(docs))
	for i, d := range docs {
		sents := Sentences(d.Text)
		out[i] = archiveDoc{d, sents, tokenizeAll(d, sents)}
	}
	return out, size
}

func BenchmarkPeopleArchive(b *testing.B) {
	docs, size := archiveTokens(b)
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for _, a := range docs {
			x := &extraction{doc: a.d}
			extractPeople(x, a.sents, a.all)
			x.people.release() // as extractQuotes does after it
		}
	}
}

func BenchmarkQuotesArchive(b *testing.B) {
	docs, size := archiveTokens(b)
	people := make([][]personMention, len(docs))
	for i, a := range docs {
		people[i] = findPeopleIn(a.d, a.sents, a.all)
	}
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for i, a := range docs {
			extractQuotes(&extraction{doc: a.d}, a.sents, a.all, people[i])
		}
	}
}

func BenchmarkListsArchive(b *testing.B) {
	docs, size := archiveTokens(b)
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for _, a := range docs {
			x := &extraction{doc: a.d}
			for i, s := range a.sents {
				x.sent = s
				extractLists(x, a.all[i])
			}
		}
	}
}
