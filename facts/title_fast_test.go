package facts

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// plainTitleOpening is titleOpening as it was before it asked first whether
// a title word follows the capitalised word opening a sentence.
func plainTitleOpening(toks []token) (s, e int, ok bool) {
	j := 0
	if j < len(toks) && (toks[j].low == "the") {
		j++
	}
	if j < len(toks) && toks[j].kind == tWord && toks[j].upper && !wordIs(toks[j].text, lxTitle) {
		if _, cut := possessive(toks[j].text); cut == 0 && !isAllCaps(toks[j].text) {
			return 0, 0, false
		}
		j++
	}
	start := j
	for j < len(toks) && toks[j].kind == tWord && wordLex(toks[j].low)&(lxTitleMod|lxTitleNoun) != 0 && !toks[j].upper {
		j++
	}
	if j == start || !wordIs(toks[j-1].low, lxTitleNoun) {
		return 0, 0, false
	}
	if j < len(toks) && toks[j].kind == tWord && toks[j].upper {
		return 0, 0, false
	}
	return 0, j - 1, true
}

// titleOpening must agree with the plain code on sentences opening with
// titles, names, possessives, acronyms and title words in either case.
func TestTitleOpeningMatchesPlain(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	pieces := []string{"The", "the", "Israel's", "Israel’s", "US", "NATO", "Prime", "prime", "minister", "Minister",
		"president", "President", "former", "deputy", "foreign", "secretary", "Joe", "Biden", "said", ",", "“", "26", "é"}
	check := func(text string) {
		toks := tokenize(text, 0, len(text), nil)
		s, e, ok := titleOpening(toks)
		ps, pe, pok := plainTitleOpening(toks)
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
