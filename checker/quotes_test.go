package checker

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factlint/factlint/dsl"
	"github.com/factlint/factlint/facts"
)

func quoteRule() Rule {
	return Rule{Fact: &Fact{Name: "quotes", Kind: facts.KindQuote}, run: quotesAgree}
}

func TestQuotesAgree(t *testing.T) {
	runCases(t, []judgeCase{
		{
			name: "Starmer's guns fall silent, reworded",
			rule: quoteRule(),
			facts: []facts.Fact{
				quote("a.txt", 16, "Keir Starmer", "let the guns fall silent, let the barbaric attacks on Ukraine stop once and for all"),
				quote("b.txt", 22, "Starmer", "the guns fall silent, that the barbaric attacks on Ukraine once and for all stop"),
			},
			want: []string{"Keir Starmer is quoted in different words: 'the guns fall silent, that the …' (b.txt:22) against 'let the guns fall silent, let …' (a.txt:16): the guns fall silent [-let-]{+that+} the barbaric attacks on Ukraine [-stop-] once and for all {+stop+}; 13 of 15 words shared in order; grouped: same speaker Keir Starmer"},
		},
		{
			name: "the seeds' three versions: two excerpts of one speech and a rewording, shown against the closest version",
			rule: quoteRule(),
			facts: []facts.Fact{
				quote("000.txt", 22, "Keir Starmer", "So this is the moment that the guns fall silent, that the barbaric attacks on Ukraine once and for all stop and agree to a ceasefire now."),
				quote("001.txt", 16, "Keir Starmer", "But the world needs action. My message is very clear, Putin will have to come to the table, so this is the moment, let the guns fall silent, let the barbaric attacks on Ukraine stop once and for all,"),
				quote("002.txt", 7, "Sir Keir", "Let the guns fall silent, let the barbaric attacks on Ukraine stop once and for all, and agree to a ceasefire now."),
			},
			want: []string{"Keir Starmer is quoted in different words: 'So this is the moment that …' (000.txt:22) against 'Let the guns fall silent, let …' (002.txt:7): [-Let-] the guns fall silent [-let-]{+that+} the barbaric attacks on Ukraine [-stop-] once and for all {+stop+} and agree to a ceasefire now; 19 of 22 words shared in order; grouped: same speaker Keir Starmer"},
		},
		{
			name: "the version that a third source repeats is the one kept, whatever the order",
			rule: quoteRule(),
			facts: []facts.Fact{
				quote("a.txt", 1, "Keir Starmer", "the guns fall silent, that the barbaric attacks on Ukraine once and for all stop"),
				quote("b.txt", 1, "Keir Starmer", "let the guns fall silent, let the barbaric attacks on Ukraine stop once and for all"),
				quote("c.txt", 1, "Keir Starmer", "so this is the moment, let the guns fall silent, let the barbaric attacks"),
			},
			want: []string{"Keir Starmer is quoted in different words: 'the guns fall silent, that the …' (a.txt:1) against 'let the guns fall silent, let …' (b.txt:1): the guns fall silent [-let-]{+that+} the barbaric attacks on Ukraine [-stop-] once and for all {+stop+}; 13 of 15 words shared in order; grouped: same speaker Keir Starmer"},
		},
		{
			name: "quotes differing only in articles agree",
			rule: quoteRule(),
			facts: []facts.Fact{
				quote("a.txt", 1, "Keir Starmer", "secure Ukraine on the land, at sea and in the sky"),
				quote("b.txt", 1, "Keir Starmer", "secure Ukraine on land, at sea, and in the sky"),
			},
		},
		{
			name: "an exact part of a longer quote is not drift",
			rule: quoteRule(),
			facts: []facts.Fact{
				quote("a.txt", 1, "Volodymyr Zelenskyy", "Putin is lying to everyone"),
				quote("b.txt", 1, "Zelenskyy", "lying to everyone"),
			},
		},
		{
			name: "quote marks, case, punctuation and spacing do not count",
			rule: quoteRule(),
			facts: []facts.Fact{
				quote("a.txt", 1, "Keir Starmer", "The world needs action,  not a study!"),
				quote("b.txt", 1, "Keir Starmer", "‘the world needs action — not a study’"),
				quote("c.txt", 1, "Keir Starmer", "It doesn’t make sense"),
				quote("d.txt", 1, "Keir Starmer", "it doesn't make sense."),
			},
		},
		{
			name: "different sayings of one speaker are not drift",
			rule: quoteRule(),
			facts: []facts.Fact{
				quote("a.txt", 1, "Keir Starmer", "The world needs action, not a study, not empty words and conditions."),
				quote("b.txt", 1, "Keir Starmer", "If there's going to be lasting peace, there's going to have to be security arrangements."),
			},
		},
		{
			name: "the same words credited to two people",
			rule: quoteRule(),
			facts: []facts.Fact{
				quote("a.txt", 3, "Keir Starmer", "the world needs action, not a study"),
				quote("b.txt", 8, "Emmanuel Macron", "The world needs action, not a study."),
				quote("c.txt", 2, "Sir Keir Starmer", "The world needs action, not a study, not empty words and conditions."),
			},
			want: []string{"the same words 'the world needs action, not a study' are credited to Keir Starmer (a.txt:3), Emmanuel Macron (b.txt:8), Keir Starmer (c.txt:2); grouped: the words, or an exact part of them, are the same once quote marks, case and punctuation are set aside"},
		},
		{
			name: "a long passage with a few words changed, credited to two people",
			rule: quoteRule(),
			facts: []facts.Fact{
				quote("a.txt", 17, "Gareth Lowe", "We were very fortunate. Had this happened an hour later, with the towpath full, we would be talking about a very different outcome."),
				quote("b.txt", 2, "Joanne Pryor", "We were very fortunate. Had this happened an hour later we would be talking about a very different outcome."),
			},
			want: []string{"the same words 'We were very fortunate. Had this happened an …' are credited to Gareth Lowe (a.txt:17), Joanne Pryor (b.txt:2); grouped: 'We were very fortunate. Had this …' (b.txt:2) against 'We were very fortunate. Had this …' (a.txt:17): … an hour later [-with the towpath full-] we would be …; 19 of 19 words shared in order"},
		},
		{
			name: "a short stock phrase credited to two people is not a conflict",
			rule: quoteRule(),
			facts: []facts.Fact{
				quote("a.txt", 3, "Keir Starmer", "coalition of the willing"),
				quote("b.txt", 8, "Emmanuel Macron", "coalition of the willing"),
			},
		},
		{
			name: "similar words by different speakers are not drift",
			rule: quoteRule(),
			facts: []facts.Fact{
				quote("a.txt", 3, "Keir Starmer", "let the guns fall silent, let the attacks stop"),
				quote("b.txt", 8, "Emmanuel Macron", "the guns must fall silent and the attacks stop"),
			},
		},
		{
			name: "a quote with no speaker is not judged",
			rule: quoteRule(),
			facts: []facts.Fact{
				quote("a.txt", 3, "", "let the guns fall silent, let the attacks stop"),
				quote("b.txt", 8, "Keir Starmer", "the guns must fall silent and the attacks stop"),
			},
		},
	})
}

func TestRelate(t *testing.T) {
	words := func(s string) []string { return compared(quoteWords(s)) }
	for _, c := range []struct {
		a, b string
		want quoteRelation
	}{
		{"Let the guns fall silent!", "“let the guns fall silent”", sameWords},
		{"the guns fall silent", "let the guns fall silent now", partOf},
		{"so this is the moment, let the guns fall silent", "let the guns fall silent, and agree to a ceasefire", excerpts},
		{"let the guns fall silent, let the attacks stop", "that the guns fall silent, that the attacks stop", drift},
		{"the world needs action", "there will be lasting peace", unrelated},
		// Articles do not count: reporters hear them differently.
		{"secure Ukraine on land, at sea, and in the sky", "secure Ukraine on the land, at sea and in the sky", sameWords},
		{"a coalition of the willing", "backed by strong security arrangements through our coalition of the willing", partOf},
		// Shared words scattered over a different saying are not drift.
		{"just a lasting peace in Ukraine", "any deal ends in a lasting peace. We agreed military planners would convene again in the UK", unrelated},
		// One quote leaving out a long stretch of the other is a cut, not a rewording.
		{"Stop and agree to a ceasefire now", "let the barbaric attacks stop once and for all, and agree to a ceasefire now", unrelated},
		// Differences only where the quotes start or end are two cuts of one passage.
		{"we must act now and keep pushing forward", "we must act now and keep pushing", partOf},
		{"one word changed in the middle of this quote", "one word altered in the middle of this quote", drift},
		// The same words in another order are a misquote.
		{"The vote was free and fair", "The vote was fair and free", drift},
		{"peace now", "now peace", unrelated}, // too short to tell
		// One stretch reworded between a shared start and end, however long.
		{"My client is innocent and we will appeal", "My client has done nothing wrong and we will appeal", drift},
		// A shared start and end alone, with little else, are not enough.
		{"we will rebuild every home in the valley", "we will never forget the night the river came into the valley", unrelated},
	} {
		t.Run(c.a, func(t *testing.T) {
			if got, _ := relate(words(c.a), words(c.b)); got != c.want {
				t.Errorf("relate(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
			}
		})
	}
}

func TestWordDiff(t *testing.T) {
	a := quoteWords("one two three four five six seven eight nine ten eleven")
	b := quoteWords("one two three four five six seven eight nine ten twelve")
	if got, want := wordDiff(a, b), "… eight nine ten [-eleven-]{+twelve+}"; got != want {
		t.Errorf("wordDiff = %q, want %q", got, want)
	}
	if got := wordDiff(a, a); strings.Contains(got, "[-") {
		t.Errorf("wordDiff of equal quotes shows a change: %q", got)
	}
}

// TestQuoteRepeatsRelatedOnce checks that relating each distinct quote
// once gives the findings relating every pair gives: over the seed articles
// loaded three times each (syndicated copies repeat every quote) and the
// labelled corpus's stories, with the default rules.
func TestQuoteRepeatsRelatedOnce(t *testing.T) {
	p := compileFile(t, "../rules/default.rules")
	quotes := 0
	for _, story := range quoteStories(t) {
		for _, f := range story {
			if f.Kind == facts.KindQuote {
				quotes++
			}
		}
		once := p.Check(story)
		relateRepeats = true
		every := p.Check(story)
		relateRepeats = false
		if diff := cmp.Diff(every.Findings, once.Findings); diff != "" {
			t.Errorf("%s: findings differ (-every pair +each distinct pair once):\n%s", story[0].Source, diff)
		}
	}
	if quotes < 100 {
		t.Errorf("only %d quotes: the test compares too little", quotes)
	}
}

// quoteStories returns the seeds (three copies of each, so every quote is
// repeated) and the labelled corpus's stories, extracted.
func quoteStories(t testing.TB) [][]facts.Fact {
	load := func(paths []string, copies int) []facts.Fact {
		var all []facts.Fact
		for _, path := range paths {
			for c := range copies {
				d, err := facts.Load(facts.Input{Path: path}, nil)
				if err != nil {
					t.Fatal(err)
				}
				for _, f := range facts.Extract(d) {
					f.Source = fmt.Sprintf("%s#%d", path, c)
					all = append(all, f)
				}
			}
		}
		return all
	}
	seeds, _ := filepath.Glob("../seeds/*.txt")
	stories := [][]facts.Fact{load(seeds, 3)}
	dirs, _ := filepath.Glob("../facts/testdata/corpus/*")
	for _, dir := range dirs {
		var paths []string
		for _, ext := range []string{"*.txt", "*.md", "*.html", "*.json"} {
			m, _ := filepath.Glob(filepath.Join(dir, ext))
			paths = append(paths, m...)
		}
		if len(paths) > 0 {
			stories = append(stories, load(paths, 2))
		}
	}
	if len(stories) < 10 {
		t.Fatalf("only %d stories", len(stories))
	}
	return stories
}

// withQuotes returns a copy of the program whose quote rules run fn.
func withQuotes(p *Program, fn func(*pass)) *Program {
	q := *p
	q.Rules = nil
	for _, r := range p.Rules {
		c := *r
		if c.Fact.Kind == facts.KindQuote && (c.Op == dsl.OpAgree) {
			c.run = fn
		}
		q.Rules = append(q.Rules, &c)
	}
	return &q
}

// TestQuotesAgreeSparse holds quotesAgree, which relates distinct forms and
// keeps only related pairs, to the plain version with n×n matrices, on the
// seeds, the labelled corpus and generated stories full of repeated,
// reworded, cut and misattributed quotes, checked whole and as drafts.
func TestQuotesAgreeSparse(t *testing.T) {
	p := compileFile(t, "../rules/default.rules")
	sparse, plain := withQuotes(p, quotesAgree), withQuotes(p, quotesAgreePlain)
	compare := func(t *testing.T, name string, story []facts.Fact) (findings int) {
		t.Helper()
		want, got := plain.Check(story), sparse.Check(story)
		if diff := cmp.Diff(want.Findings, got.Findings); diff != "" {
			t.Errorf("%s: findings differ (-plain +sparse):\n%s", name, diff)
		}
		want, got = plain.CheckDraft("s1.txt", story), sparse.CheckDraft("s1.txt", story)
		if diff := cmp.Diff(want.Findings, got.Findings); diff != "" {
			t.Errorf("%s as a draft of s1.txt: findings differ (-plain +sparse):\n%s", name, diff)
		}
		return len(want.Findings)
	}
	stories := quoteStories(t)
	// Stories of a news story's size relate their forms pair by pair;
	// with directForms 0 every story takes the prefix filter and the
	// trigram index, and looks its quote texts and forms up in maps.
	for _, direct := range []int{directForms, 0} {
		t.Run(fmt.Sprint("directForms=", direct), func(t *testing.T) {
			defer func(d, s int) { directForms, searchedMax = d, s }(directForms, searchedMax)
			directForms = direct
			if direct == 0 {
				searchedMax = 0
			}
			for _, story := range stories {
				compare(t, story[0].Source, story)
			}
			findings := 0
			for seed := range 300 {
				findings += compare(t, fmt.Sprint("generated story ", seed), quoteStory(uint64(seed)))
			}
			// Stories whose quotes are credited to many people, so that
			// one saying has many speakers: relateAcross relates them
			// class to class.
			given := strings.Fields("Ada Bruno Carla Dmitri Elif Farid Greta Hamid")
			for seed := range 100 {
				var story []facts.Fact
				for k := range 4 {
					for i, f := range quoteStory(uint64(1000 + 4*seed + k)) {
						if f.Speaker != "" && (i+k)%3 != 0 {
							f.Speaker = fmt.Sprintf("%s Surname%c", given[(i+seed)%len(given)], 'a'+(i*7+k)%26)
						}
						story = append(story, f)
					}
				}
				findings += compare(t, fmt.Sprint("generated story of many speakers ", seed), story)
			}
			if findings < 300 {
				t.Errorf("the generated stories gave %d findings: they exercise too little", findings)
			}
		})
	}
}

func FuzzQuotesAgreeSparse(f *testing.F) {
	p := compileFile(f, "../rules/default.rules")
	sparse, plain := withQuotes(p, quotesAgree), withQuotes(p, quotesAgreePlain)
	for _, seed := range []uint64{1, 7, 42} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, seed uint64) {
		story := quoteStory(seed)
		want := plain.Check(story)
		defer func(d, s int) { directForms, searchedMax = d, s }(directForms, searchedMax)
		for _, direct := range []int{directForms, 0} { // pair by pair, and by the filter, index and maps
			directForms = direct
			if direct == 0 {
				searchedMax = 0
			}
			if diff := cmp.Diff(want.Findings, sparse.Check(story).Findings); diff != "" {
				t.Errorf("directForms=%d: findings differ (-plain +sparse):\n%s", direct, diff)
			}
		}
	})
}

// quoteStory generates a story of up to 40 quotes over a small vocabulary
// by a few speakers (some named two ways, some unnamed): sayings, and
// copies of earlier quotes repeated, cut, extended, reordered, reworded or
// credited to someone else, so that every relation between quotes occurs,
// and long quotes that are mostly articles (compared by fewer than three
// words, they have no trigram to be found by).
func quoteStory(seed uint64) []facts.Fact {
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	vocab := strings.Fields("the a guns fall silent let attacks on Ukraine stop once and for all we will act now peace talks must begin today")
	speakers := []string{"Keir Starmer", "Starmer", "Emmanuel Macron", "Macron", "Giorgia Meloni", ""}
	saying := func() []string {
		if r.IntN(10) == 0 { // long, but with at most two words compared
			w := make([]string, 6+r.IntN(3))
			for i := range w {
				w[i] = vocab[r.IntN(2)]
			}
			for range 1 + r.IntN(2) {
				w[r.IntN(len(w))] = vocab[2+r.IntN(len(vocab)-2)]
			}
			return w
		}
		w := make([]string, 2+r.IntN(16))
		for i := range w {
			w[i] = vocab[r.IntN(len(vocab))]
		}
		return w
	}
	var said [][]string
	var story []facts.Fact
	for i := range 5 + r.IntN(36) {
		var w []string
		if len(said) == 0 || r.IntN(4) == 0 {
			w = saying()
		} else {
			w = slices.Clone(said[r.IntN(len(said))])
			switch r.IntN(7) {
			case 0: // word for word
			case 1: // cut
				a := r.IntN(len(w))
				w = w[a : a+1+r.IntN(len(w)-a)]
			case 2: // extended
				w = append(w, saying()...)
			case 3: // two words swapped
				a, b := r.IntN(len(w)), r.IntN(len(w))
				w[a], w[b] = w[b], w[a]
			case 4: // a word replaced
				w[r.IntN(len(w))] = vocab[r.IntN(len(vocab))]
			case 5: // a word dropped
				a := r.IntN(len(w))
				w = append(w[:a], w[a+1:]...)
			case 6: // reversed
				slices.Reverse(w)
			}
		}
		if len(w) == 0 {
			continue
		}
		said = append(said, w)
		story = append(story, quote(fmt.Sprintf("s%d.txt", r.IntN(6)), i+1, speakers[r.IntN(len(speakers))], strings.Join(w, " ")))
	}
	return story
}

// The plain forms of the relation, for the tests: quotesAgree numbers the
// words and counts them with a wordCounter.

// compared returns the normalised words of a quote that count when two
// quotes are compared: all but the articles.
func compared(ws []word) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if !articles[w.norm] {
			out = append(out, w.norm)
		}
	}
	return out
}

// relate compares two quotes' normalised words. shared is the number of the
// shorter quote's words found in the longer one, in order.
func relate[W comparable](a, b []W) (rel quoteRelation, shared int) {
	return relateCounting(a, b, commonWords[W])
}

// commonWords counts the words a and b share, with repeats: the size of the
// multiset intersection.
func commonWords[W comparable](a, b []W) int {
	count := make(map[W]int, len(a))
	for _, w := range a {
		count[w]++
	}
	n := 0
	for _, w := range b {
		if count[w] > 0 {
			count[w]--
			n++
		}
	}
	return n
}

// BenchmarkQuotesAgree relates a story of 4,000 quotes — 200 sayings by
// five speakers, each repeated, cut or reworded — with the sparse version
// and the plain one it replaced.
func BenchmarkQuotesAgree(b *testing.B) {
	p := compileFile(b, "../rules/default.rules")
	var story []facts.Fact
	for seed := uint64(0); len(story) < 4000; seed++ {
		for _, f := range quoteStory(seed % 200) {
			f.Source = fmt.Sprintf("s%d.txt", seed%40)
			story = append(story, f)
		}
	}
	for _, v := range []struct {
		name string
		run  func(*pass)
	}{{"sparse", quotesAgree}, {"plain", quotesAgreePlain}} {
		b.Run(v.name, func(b *testing.B) {
			q := withQuotes(p, v.run)
			b.ReportAllocs()
			for b.Loop() {
				q.Check(story)
			}
		})
	}
}

// TestQuotesAgreeRepeatsLinear: a story that repeats a few sayings
// thousands of times costs memory in proportion to its quotes. The plain
// version's n×n matrices made doubling the quotes cost four times the
// memory (7,800 quotes on one line: 592 MB).
func TestQuotesAgreeRepeatsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("relates thousands of quotes")
	}
	p := withQuotes(compileFile(t, "../rules/default.rules"), quotesAgree)
	sayings := []string{"we will act", "we will act now and we will act together", "the guns must fall silent"}
	story := func(n int) []facts.Fact {
		var s []facts.Fact
		for i := range n {
			s = append(s, quote(fmt.Sprintf("s%d.txt", i%50), i+1, []string{"Keir Starmer", "Emmanuel Macron"}[i%2], sayings[i%3]))
		}
		return s
	}
	allocated := func(n int) uint64 {
		s := story(n)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		p.Check(s)
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	small, large := allocated(2000), allocated(8000)
	t.Logf("allocated %d KB for 2,000 quotes, %d KB for 8,000", small>>10, large>>10)
	if large > 6*small {
		t.Errorf("4× the quotes allocated %.1f× the memory (%d → %d bytes): not linear", float64(large)/float64(small), small, large)
	}
	if large > 64<<20 {
		t.Errorf("8,000 repeated quotes allocated %d MB", large>>20)
	}
}

// TestQuotesManySpeakersLinear: the same sayings credited to thousands of
// different people (an archive checked as one story, where every outlet's
// commentators repeat a slogan) cost memory in proportion to the quotes.
// Related form to form, every two speakers of a saying made a relation: a
// generated 100 MB archive so checked kept 6.8 million and peaked at 2 GB.
// The findings must still name every speaker of each saying.
func TestQuotesManySpeakersLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("relates thousands of quotes")
	}
	p := withQuotes(compileFile(t, "../rules/default.rules"), quotesAgree)
	sayings := []string{
		"we will not stand by while the guns keep firing",
		"we will not stand by while the guns keep firing on the towns of the east",
		"a ceasefire that lasts must begin with the guns falling silent",
	}
	given := strings.Fields("Ada Bruno Carla Dmitri Elif Farid Greta Hamid Ines Jonas Kemal Lotte Mirko Nadia Oskar Priya")
	story := func(n int) []facts.Fact {
		var s []facts.Fact
		for i := range n {
			speaker := fmt.Sprintf("%s Surname%c%c%c", given[i%len(given)], 'a'+i/676%26, 'a'+i/26%26, 'a'+i%26)
			s = append(s, quote(fmt.Sprintf("s%d.txt", i%50), i+1, speaker, sayings[i%3]))
		}
		return s
	}
	check := func(n int) (allocated uint64, r *Report) {
		s := story(n)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		r = p.Check(s)
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc, r
	}
	small, r := check(1500)
	large, _ := check(6000)
	t.Logf("allocated %d KB for 1,500 quotes by as many people, %d KB for 6,000", small>>10, large>>10)
	if large > 6*small {
		t.Errorf("4× the quotes allocated %.1f× the memory (%d → %d bytes): not linear", float64(large)/float64(small), small, large)
	}
	// The first two sayings (one an exact part of the other) are one
	// finding, the third another; each lists all its quotes.
	var sizes []int
	for _, f := range r.Findings {
		sizes = append(sizes, len(f.Mentions))
	}
	if want := []int{1000, 500}; !slices.Equal(sizes, want) {
		t.Errorf("findings with %v mentions, want %v", sizes, want)
	}
}
