package facts

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// titleOpening must agree with the plain code (titleOpeningPlain, in
// people_plain_test.go) on sentences opening with titles, names,
// possessives, acronyms and title words in either case.
func TestTitleOpeningMatchesPlain(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	pieces := []string{"The", "the", "Israel's", "Israel’s", "US", "NATO", "Prime", "prime", "minister", "Minister",
		"president", "President", "former", "deputy", "foreign", "secretary", "Joe", "Biden", "said", ",", "“", "26", "é"}
	check := func(text string) {
		toks := tokenize(text, 0, len(text), nil)
		s, e, ok := titleOpening(toks)
		ps, pe, pok := titleOpeningPlain(toks)
		if s != ps || e != pe || ok != pok {
			t.Fatalf("titleOpening(%q) = %d, %d, %v; want %d, %d, %v", text, s, e, ok, ps, pe, pok)
		}
	}
	for range 50000 {
		var words []string
		for n := r.IntN(6); n > 0; n-- {
			words = append(words, pieces[r.IntN(len(pieces))])
		}
		check(strings.Join(words, " "))
	}
	paths, _ := filepath.Glob("../seeds/*.txt")
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(src)
		for _, s := range Sentences(text) {
			check(text[s.Start:s.End])
		}
	}
}
