package facts

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/internal/corpusgen/gen"
)

// lexProbeWords are words to ask the fast paths about: every word of the
// sets, each in other cases and with a possessive, and every token of the
// seed articles.
func lexProbeWords(t *testing.T) []string {
	seen := map[string]bool{"": true, "s": true, "'s": true, "’s": true, "x's": true}
	for _, set := range wordLexSets() {
		for w := range set {
			for _, v := range []string{w, strings.ToLower(w), strings.ToUpper(w), strings.Title(w), w + "'s", w + "’s", w + "s", w[:len(w)-1]} {
				seen[v] = true
			}
		}
	}
	d := normalize("seeds.txt", seedBytes(t))
	for _, toks := range tokenizeAll(d, Sentences(d.Text)) {
		for _, tk := range toks {
			seen[tk.text], seen[tk.low] = true, true
		}
	}
	out := make([]string, 0, len(seen))
	for w := range seen {
		out = append(out, w)
	}
	return out
}

// wordLex must answer as the word sets it folds together.
func TestWordLex(t *testing.T) {
	sets := wordLexSets()
	for _, w := range append(lexProbeWords(t), "ÉU", "EÜ", "Éa", "aÉ", "É", "A1", "1AB", "A-B", "Aé", "ÀÉ's") {
		var want uint32
		for f, set := range sets {
			if set[w] {
				want |= f
			}
		}
		if got := wordLex(w); got != want {
			t.Errorf("wordLex(%q) = %b, want %b", w, got, want)
		}
		if got, want := isParticle(w), nameParticles[w]; got != want {
			t.Errorf("isParticle(%q) = %v, want %v", w, got, want)
		}
		if got, want := notNamesStop(w), notNamesStopPlain(w); got != want {
			t.Errorf("notNamesStop(%q) = %v, want %v", w, got, want)
		}
		if got, want := isAllCaps(w), isAllCapsPlain(w); got != want {
			t.Errorf("isAllCaps(%q) = %v, want %v", w, got, want)
		}
		if got, want := isTitleNoun(w), titleNouns[w]; got != want {
			t.Errorf("isTitleNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

// FuzzWordLex holds the lexicon's keys (see wordKey) to the word sets, for
// any word: a word is found by its key and length alone, up to 16 bytes.
func FuzzWordLex(f *testing.F) {
	for _, w := range []string{"said", "Minister", "Secretary-General", "Barrow-in-Furness", "Barrow-in-Furnesz", "Minister's", "Mr", "I", "", "von"} {
		f.Add(w)
	}
	sets := wordLexSets()
	f.Fuzz(func(t *testing.T, w string) {
		var want uint32
		for fl, set := range sets {
			if set[w] {
				want |= fl
			}
		}
		if got := wordLex(w); got != want {
			t.Errorf("wordLex(%q) = %b, want %b", w, got, want)
		}
	})
}

// FuzzIsReport holds isReport's filter to the set, for any word.
func FuzzIsReport(f *testing.F) {
	for w := range reportVerbs {
		f.Add(w)
	}
	f.Add("the")
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := isReport(w), reportVerbs[w]; got != want {
			t.Errorf("isReport(%q) = %v, want %v", w, got, want)
		}
	})
}

// FuzzIsTitleNoun holds isTitleNoun's filter to the set, for any word.
func FuzzIsTitleNoun(f *testing.F) {
	for w := range titleNouns {
		f.Add(w)
	}
	f.Add("said")
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := isTitleNoun(w), titleNouns[w]; got != want {
			t.Errorf("isTitleNoun(%q) = %v, want %v", w, got, want)
		}
	})
}

// seedBytes is seedText for tests.
func seedBytes(t testing.TB) []byte {
	paths, _ := filepath.Glob("../seeds/*.txt")
	var all []byte
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		all = append(append(all, src...), '\n')
	}
	if len(all) == 0 {
		t.Fatal("no seeds")
	}
	return all
}

// peopleTexts are texts to hold the name reader to its plain version: the
// seed articles, the labelled corpus, a small generated archive and a few
// edge cases.
func peopleTexts(t *testing.T) []string {
	texts := []string{
		string(seedBytes(t)),
		"Mr. Smith's. Sir Keir met Sir Keir Starmer. Ursula von der Leyen's aide, Ewan MacLeod, said.",
		"The Prime Minister. Ukraine's President Volodymyr Zelenskyy's. NATO Secretary-General Mark Rutte's",
		"A B C D E F G H I J K L M N O P Q R S T. Starmer Starmer said Starmer's Starmer.",
		"Israel's prime minister has nominated him. Benjamin Netanyahu made the announcement.",
		"France, Germany and the United Kingdom. The Sky News Trump administration Trump.",
	}
	paths, _ := filepath.Glob("testdata/corpus/*/*")
	for _, p := range paths {
		if src, err := os.ReadFile(p); err == nil && !strings.HasPrefix(filepath.Base(p), "expected") {
			texts = append(texts, string(src))
		}
	}
	o := gen.DefaultOptions()
	o.Dir, o.Size = filepath.Join(t.TempDir(), "corpus"), 300_000
	if _, err := gen.Generate(o); err != nil {
		t.Fatal(err)
	}
	inputs, err := Expand([]string{o.Dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range inputs {
		d, err := Load(in, nil)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, d.Text)
	}
	return texts
}

// reusedScan is the name reader's state kept over samePeople's texts.
var reusedScan = new(peopleScan)

func samePeople(t *testing.T, text string) {
	t.Helper()
	d := normalize("t.txt", []byte(text))
	sents := Sentences(d.Text)
	all := tokenizeAll(d, sents)
	got := findPeopleIn(d, sents, all)
	want := findPeopleInPlain(d, sents, all)
	// The arrays of a scan reused from text to text, as the pooled ones
	// are, must find the same.
	if !reusedScan.reset() {
		reusedScan = new(peopleScan)
	}
	if reused := reusedScan.find(d, sents, all); !reflect.DeepEqual(reused, got) {
		t.Fatalf("a reused scan differs from a new one on %.80q:\n got %+v\nwant %+v", text, reused, got)
	}
	for _, toks := range all {
		s, e, ok := titleOpening(toks)
		if ps, pe, pok := titleOpeningPlain(toks); s != ps || e != pe || ok != pok {
			t.Fatalf("titleOpening = %d, %d, %v, the plain one %d, %d, %v on %q", s, e, ok, ps, pe, pok, d.Text[toks[0].start:toks[len(toks)-1].end])
		}
	}
	findAppositions(sents, all, got)
	findAppositions(sents, all, want)
	crossSentenceTitles(sents, all, got)
	crossSentenceTitlesEach(sents, all, want) // the plain walk, sentence by sentence
	if q, qp := scanQuotes(d.Text), scanQuotesPlain(d.Text); !reflect.DeepEqual(q, qp) {
		t.Fatalf("scanQuotes differs from the plain version on %.80q:\n got %+v\nwant %+v", text, q, qp)
	}
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("findPeopleIn differs from the plain version on %.80q:\n got %+v\nwant %+v", text, got, want)
	}
}

// findPeopleIn must find what the plain reader found.
func TestFindPeopleAsPlain(t *testing.T) {
	for _, text := range peopleTexts(t) {
		samePeople(t, text)
	}
}

func FuzzFindPeopleAsPlain(f *testing.F) {
	f.Add("Prime Minister Sir Keir Starmer said. Starmer's aide, Ewan MacLeod, added: France, Spain and Italy.")
	f.Add("Mr. Smith met Ursula von der Leyen. Ukraine's President Zelenskyy")
	f.Fuzz(func(t *testing.T, s string) {
		samePeople(t, s)
		sameQuotes(t, s)
		d := normalize("t.txt", []byte(s))
		sents := Sentences(d.Text)
		all := tokenizeAll(d, sents)
		got, want := &extraction{doc: d}, &extraction{doc: d}
		for i, s := range sents {
			got.sent, want.sent = s, s
			extractLists(got, all[i])
			extractListsPlain(want, all[i])
		}
		if !reflect.DeepEqual(got.facts, want.facts) {
			t.Fatalf("extractLists differs from the plain version:\n got %+v\nwant %+v", got.facts, want.facts)
		}
	})
}

// mayStartNameList must be true wherever readNameList reads a list.
func TestMayStartNameList(t *testing.T) {
	for _, text := range peopleTexts(t) {
		d := normalize("t.txt", []byte(text))
		for _, toks := range tokenizeAll(d, Sentences(d.Text)) {
			for i := range toks {
				if mayStartNameList(toks, i) || !startsName(toks, i) {
					continue
				}
				if _, _, _, ok := readNameList(toks, i); ok {
					t.Errorf("mayStartNameList false at %q of %q, where readNameList reads a list", toks[i].text, d.Text[toks[0].start:toks[len(toks)-1].end])
				}
			}
		}
	}
}

// nameListShape must be true wherever readNameList reads a list.
func TestNameListShape(t *testing.T) {
	n := 0
	for _, text := range append(peopleTexts(t), "Envoys from France, Russia and the United States met.", "The the A, B, C and D, E or F", "A of B, the C, D, and E") {
		n += sameNameListShape(t, text)
	}
	if n == 0 {
		t.Error("no list read: the test holds nothing")
	}
}

func FuzzNameListShape(f *testing.F) {
	for _, s := range []string{"Envoys from France, Russia and the United States met.", "A, B, and C", "The UK, the US or France", "Bank of England, Fed, ECB and BoJ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { sameNameListShape(t, text) })
}

func sameNameListShape(t *testing.T, text string) int {
	t.Helper()
	n := 0
	d := normalize("t.txt", []byte(text))
	for _, toks := range tokenizeAll(d, Sentences(d.Text)) {
		for i := range toks {
			if _, _, _, ok := readNameList(toks, i); ok {
				n++
				if !nameListShape(toks, i) {
					t.Errorf("nameListShape false at %q of %q, where readNameList reads a list", toks[i].text, d.Text[toks[0].start:toks[len(toks)-1].end])
				}
			}
		}
	}
	return n
}

// appendOutside must keep the tokens insideQuote says are outside, and
// findSpeaker must find the same speaker by binary search as by scanning.
func TestQuoteRegionAsPlain(t *testing.T) {
	for _, text := range peopleTexts(t) {
		d := normalize("t.txt", []byte(text))
		sents := Sentences(d.Text)
		all := tokenizeAll(d, sents)
		people := findPeopleIn(d, sents, all)
		qs := scanQuotes(d.Text)
		disjoint := true
		for i := 1; i < len(people); i++ {
			disjoint = disjoint && people[i].start >= people[i-1].end && people[i-1].end >= people[i-1].start
		}
		if !disjoint {
			t.Errorf("mentions overlap in %.80q", text)
		}
		ordered := true
		for i := 1; i < len(qs); i++ {
			ordered = ordered && qs[i].end >= qs[i-1].end
		}
		if got, want := countInside(qs, ordered, people), countInsidePlain(qs, people); got != want {
			t.Fatalf("countInside = %d, insideQuote says %d, in %.80q", got, want, text)
		}
		for _, toks := range all {
			var want []token
			for _, tk := range toks {
				if !insideQuote(qs, tk.start) {
					want = append(want, tk)
				}
			}
			got := appendOutside(nil, toks, qs)
			if len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
				t.Fatalf("appendOutside differs from insideQuote in %q", d.Text[toks[0].start:toks[len(toks)-1].end])
			}
			for _, q := range qs {
				if a, b := findSpeaker(got, people, true, q.start, q.end), findSpeaker(got, people, false, q.start, q.end); a != b {
					t.Fatalf("findSpeaker by search %q, by scan %q", a, b)
				}
			}
		}
	}
}

// extractLists must emit what the plain list reader emitted.
func TestListsAsPlain(t *testing.T) {
	n := 0
	defer func() {
		if n == 0 {
			t.Error("no lists read: the test holds nothing")
		}
	}()
	for _, text := range peopleTexts(t) {
		d := normalize("t.txt", []byte(text))
		sents := Sentences(d.Text)
		all := tokenizeAll(d, sents)
		got, want := &extraction{doc: d}, &extraction{doc: d}
		for i, s := range sents {
			got.sent, want.sent = s, s
			extractLists(got, all[i])
			extractListsPlain(want, all[i])
		}
		n += len(got.facts)
		if !reflect.DeepEqual(got.facts, want.facts) {
			t.Fatalf("extractLists differs from the plain version on %.80q:\n got %+v\nwant %+v", text, got.facts, want.facts)
		}
	}
}

// extractQuotes must emit what the plain quote reader emitted.
func TestQuotesAsPlain(t *testing.T) {
	n := 0
	for _, text := range peopleTexts(t) {
		n += sameQuotes(t, text)
	}
	if n == 0 {
		t.Error("no quotes read: the test holds nothing")
	}
}

func sameQuotes(t *testing.T, text string) int {
	t.Helper()
	d := normalize("t.txt", []byte(text))
	sents := Sentences(d.Text)
	all := tokenizeAll(d, sents)
	people := findPeopleIn(d, sents, all)
	got, want := &extraction{doc: d}, &extraction{doc: d}
	extractQuotes(got, sents, all, people)
	extractQuotesPlain(want, sents, all, people)
	if !reflect.DeepEqual(got.facts, want.facts) {
		t.Fatalf("extractQuotes differs from the plain version on %.80q:\n got %+v\nwant %+v", text, got.facts, want.facts)
	}
	// appendOutside, by its searches, must keep the tokens insideQuote
	// says are outside: scanQuotes' quotes are disjoint, as it needs.
	qs := scanQuotes(d.Text)
	for i := 1; i < len(qs); i++ {
		if qs[i].start < qs[i-1].end {
			t.Fatalf("quotes %v and %v overlap in %.80q", qs[i-1], qs[i], text)
		}
	}
	for _, toks := range all {
		var want []token
		for _, tk := range toks {
			if !insideQuote(qs, tk.start) {
				want = append(want, tk)
			}
		}
		if got := appendOutside(nil, toks, qs); len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
			t.Fatalf("appendOutside differs from insideQuote in %.80q", text)
		}
	}
	return len(got.facts)
}

// isTitleCase must read the fields strings.Fields reads.
func TestIsTitleCaseAsFields(t *testing.T) {
	plain := func(words string) bool {
		f := strings.Fields(words)
		if len(f) < 2 {
			return false
		}
		for _, w := range f {
			if len(w) > 3 && !isCapitalised(w) {
				return false
			}
		}
		return true
	}
	for _, s := range []string{"", " ", "Morning at Schuylkill", "Morning", "A b", "a  b\t", "Yes, but", "yes, but",
		"Ça Va\u00a0Bien", "Über\u2003alles", "\xff\xfe Abc", "Abc \x85 Def", "War and Peace ", "The Lord of the Rings", "the lord"} {
		if got, want := isTitleCase(s), plain(s); got != want {
			t.Errorf("isTitleCase(%q) = %v, want %v", s, got, want)
		}
	}
	for _, text := range peopleTexts(t) {
		for _, s := range strings.Split(text, "\n") {
			if got, want := isTitleCase(s), plain(s); got != want {
				t.Errorf("isTitleCase(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// scanQuotes, which searches for its stops, must pair the marks the plain
// byte walk pairs: at the ends of the text, across line breaks, beside
// other non-ASCII characters and in invalid UTF-8.
func TestScanQuotesAsPlain(t *testing.T) {
	texts := []string{
		"", "\"", "“", "\xe2", "\xe2\x80", "\xc2", "'", "\n", "a\"b\"", "\"a\nb\"",
		"“He said,” she said, “yes.”\n“And more\n\n“so on”",
		"‘World needs action’ — Trump's ‘yes, but’ «oui» „ja“ »nein«",
		"\xe2\xe2\x80\x9cquoted\xe2\x80\x9d \xc2\xc2\xab x \xc2\xbb \x80\"\xff\"",
		"He said: \"It's 'fine'\nand\n\"goes on\" — €5 – ok’s “open\n",
		"‚low‛ “x‚ – y” \xe2\x80\x9d ‘a’ \xe2\x81\x9c z \xe2\x80", "a\xe2\x80\x9c", "“a\xe2\x80\x9d", "“a\xe2\x80\x9e",
		strings.Repeat("é “a” ’ \n", 50),
	}
	for _, text := range texts {
		if got, want := scanQuotes(text), scanQuotesPlain(text); !reflect.DeepEqual(got, want) {
			t.Errorf("scanQuotes(%q):\n got %+v\nwant %+v", text, got, want)
		}
	}
}

func countInsidePlain(qs []rawQuote, people []personMention) int {
	n := 0
	for _, m := range people {
		if insideQuote(qs, m.start) {
			n++
		}
	}
	return n
}

// countInside must count what insideQuote says, whatever the order of the
// mentions and quotes.
func TestCountInside(t *testing.T) {
	q := func(start, end int, parts ...[2]int) rawQuote { return rawQuote{start: start, end: end, parts: parts} }
	m := func(starts ...int) []personMention {
		var ms []personMention
		for _, s := range starts {
			ms = append(ms, personMention{start: s, end: s + 1})
		}
		return ms
	}
	qsets := [][]rawQuote{
		nil,
		{q(10, 20, [2]int{11, 19})},
		{q(10, 40, [2]int{11, 19}, [2]int{30, 39}), q(50, 60, [2]int{51, 59})},
		{q(50, 60, [2]int{51, 59}), q(10, 20, [2]int{11, 19})}, // out of order
	}
	msets := [][]personMention{nil, m(5), m(12, 25, 31, 52, 70), m(52, 12, 31), m(11, 11, 19, 20, 59, 60)}
	for _, qs := range qsets {
		ordered := true
		for i := 1; i < len(qs); i++ {
			ordered = ordered && qs[i].end >= qs[i-1].end
		}
		for _, ms := range msets {
			if got, want := countInside(qs, ordered, ms), countInsidePlain(qs, ms); got != want {
				t.Errorf("countInside(%v, %v) = %d, want %d", qs, ms, got, want)
			}
		}
	}
}

// FuzzIsQuotedFigure holds isQuotedFigure, which answers most quotes from
// their first word, to the plain test.
func FuzzIsQuotedFigure(f *testing.F) {
	for _, s := range []string{"about 20", "more than 80", "20%", "About 1,000", "roughly 2.5", "We said 20", "at least 5 more", "nearly\t9", "ABOUT 7", "Kelvin 3", "\u212Aeep 3", "almost", "12", "up to 30 or so", "fewer than 1 in 10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, words string) {
		if got, want := isQuotedFigure(words), isQuotedFigurePlain(words); got != want {
			t.Errorf("isQuotedFigure(%q) = %v, want %v", words, got, want)
		}
	})
}

// markRune must decode what utf8.DecodeRuneInString decodes at every
// byte scanQuotes can stop at.
func TestMarkRuneAsDecode(t *testing.T) {
	texts := []string{"\"", "\xe2", "\xe2\x80", "\xe2\x80\x98", "\xe2\x80\x9f", "\xe2\x81\x9c", "\xc2\xab\xc2\xbb\xc2",
		"‚low‛ “x‚ – y” ‘a’ ’ „b“ — €", "\xe2\xe2\x80\x9c\xe2\x80\x9d\xe2\x80\x9e"}
	for b := 0x80; b < 0x100; b++ {
		texts = append(texts, "\xe2\x80"+string(rune(b))[:1], "\xe2\x80"+string([]byte{byte(b)}))
	}
	for _, text := range texts {
		for i := 0; i < len(text); i++ {
			if c := text[i]; c != '"' && c != 0xE2 && c != 0xC2 {
				continue
			}
			r, size := markRune(text, i)
			wr, wsize := utf8.DecodeRuneInString(text[i:])
			if r != wr || size != wsize {
				t.Errorf("markRune(%q, %d) = %q, %d, want %q, %d", text, i, r, size, wr, wsize)
			}
		}
	}
}
