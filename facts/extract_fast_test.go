package facts

import (
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// lineBreak and lastLineBreak must find what strings.IndexAny and
// LastIndexAny find for "\n\r".
func TestLineBreakMatchesIndexAny(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", " ", "\n", "\r", "\r\n", "é", "\x0b", "\x0e", "\xff", "word "}
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(40); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		checkLineBreak(t, b.String())
	}
}

func FuzzLineBreakMatchesIndexAny(f *testing.F) {
	f.Add("one\r\ntwo\nthree\rfour")
	f.Fuzz(func(t *testing.T, s string) { checkLineBreak(t, s) })
}

func checkLineBreak(t *testing.T, s string) {
	t.Helper()
	if got, want := lineBreak(s), strings.IndexAny(s, "\n\r"); got != want {
		t.Fatalf("lineBreak(%q) = %d, want %d", s, got, want)
	}
	if got, want := lastLineBreak(s), strings.LastIndexAny(s, "\n\r"); got != want {
		t.Fatalf("lastLineBreak(%q) = %d, want %d", s, got, want)
	}
}

// plainParagraph is paragraph as it was before whole lines were kept by
// paragraph index: worked out afresh for each sentence.
func plainParagraph(text string, sent Sentence) string {
	start, end := sent.Start, sent.End
	lo := max(0, start-maxParagraph/2)
	s := strings.LastIndexAny(text[lo:start], "\n\r") + 1 + lo
	hi := min(len(text), end+maxParagraph/2)
	e := strings.IndexAny(text[end:hi], "\n\r")
	if e < 0 {
		e = hi
	} else {
		e += end
	}
	return strings.TrimSpace(text[s:e])
}

// paragraph, visiting sentences in the order of the extractors' passes,
// must give each sentence the line plainParagraph gives it, on short lines
// and on lines longer than maxParagraph.
func TestParagraphMatchesPlain(t *testing.T) {
	long := strings.Repeat("A long line. ", maxParagraph/8)
	texts := []string{
		"One. Two.\nThree.\r\nFour. Five.\n\n  Six.  \rSeven.",
		long + "\nShort one. Two.\n" + long,
		"Start. " + long + long,
	}
	for _, text := range texts {
		sents := Sentences(text)
		x := &extraction{doc: &Document{Text: text}, nParas: sents[len(sents)-1].Para + 1}
		for pass := range 3 {
			for i, s := range sents {
				if pass == 2 {
					s = sents[len(sents)-1-i]
				}
				x.sent = s
				if got, want := x.paragraph(), plainParagraph(text, s); got != want {
					t.Fatalf("pass %d, sentence %d %v: paragraph() = %.40q, want %.40q", pass, i, s, got, want)
				}
			}
		}
	}
}

// order, sorting packed keys and putting the facts in order in place or
// copying them, must put facts in the order orderPairs puts them: by
// offset, equal offsets in the order found.
func TestOrderMatchesPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	doc := NewDocument("o.txt", make([]byte, 40*1000))
	var keys []uint64
	for n := range 4000 {
		found := make([]Fact, r.IntN(60))
		for i := range found {
			found[i].Pos.Offset = r.IntN(40) * r.IntN(1000)
			if n%4 == 0 { // in order, or nearly
				found[i].Pos.Offset = i * r.IntN(3)
			}
			found[i].SentStart = i // tells the facts apart
		}
		want := make([]Fact, len(found))
		orderPairs(want, found)
		x := &extraction{doc: doc, facts: slices.Clone(found), keys: keys, inPlace: n%2 == 0}
		got := x.order()
		keys = x.keys
		for i := range got {
			if got[i].Pos.Offset != want[i].Pos.Offset || got[i].SentStart != want[i].SentStart {
				t.Fatalf("fact %d (in place %v): order gives offset %d (found %d), orderPairs %d (found %d)",
					i, x.inPlace, got[i].Pos.Offset, got[i].SentStart, want[i].Pos.Offset, want[i].SentStart)
			}
		}
	}
}

// Facts extracted into recycled arrays, of other documents and of other
// sizes, must be the facts extracted into new ones; and Recycle must leave
// nothing of a document behind.
func TestRecycledFactsMatchNew(t *testing.T) {
	paths, _ := filepath.Glob("../seeds/*.txt")
	var docs []*Document
	for _, p := range paths {
		d, err := Load(Input{Path: p}, nil)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d, normalize("part.txt", []byte(d.File.Text()[:d.File.Size()/3])))
	}
	want := make([][]Fact, len(docs))
	for i, d := range docs {
		want[i] = slices.Clone(Extract(d))
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 4 * len(docs) {
		i := r.IntN(len(docs))
		got := Extract(docs[i])
		if !reflect.DeepEqual(got, want[i]) {
			t.Fatalf("%s: facts in a recycled array differ from new ones", docs[i].Name)
		}
		Recycle(got)
		for k, f := range got[:cap(got)] {
			if !reflect.DeepEqual(f, Fact{}) {
				t.Fatalf("%s: fact %d of %d kept after Recycle: %+v", docs[i].Name, k, cap(got), f)
			}
		}
	}
}
