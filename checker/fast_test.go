package checker

// The tests in this file hold the fast paths of the checker to the plain
// code they replace: the plain version is kept here as the reference, and
// both must give the same answer on every input, odd ones included.

import (
	"fmt"
	"maps"
	"math"
	"math/bits"
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/facts"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// oddRunes are runes that test the fast paths' edges: ASCII of every class,
// punctuation news uses, letters with diacritics precomposed and not,
// combining marks, Hangul jamo that compose, a singleton decomposition
// (EM QUAD), the Kelvin sign that lower-cases to ASCII, and bytes that are
// not UTF-8.
var oddRunes = []string{
	"a", "B", "z", "Q", "0", "7", " ", "\t", "\n", "-", "/", ".", ",", ";", ":", "'", "\"", "(", ")",
	"’", "‘", "“", "”", "–", "—", "…", "é", "É", "e\u0301", "\u0301", "\u0308", "ö", "ø", "ß", "İ", "ı",
	"\u1100", "\u1161", "\u11a8", "가", "\u2000", "\u2001", "\u212a", "\u00a0", "\u3000", "ﬁ", "Ǆ",
	"\xff", "\xc3", "\xe2\x80", "日", "Ω", "ω", "ς", "\u0345",
}

// oddStrings makes n strings of odd runes, from the same seed each run.
func oddStrings(n int) []string {
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := r.IntN(12); k >= 0; k-- {
			if r.IntN(3) == 0 {
				b.WriteString(oddRunes[r.IntN(len(oddRunes))])
			} else {
				b.WriteString(oddRunes[r.IntN(19)])
			}
		}
		out[i] = b.String()
	}
	return out
}

func plainFold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

func TestFoldFastPath(t *testing.T) {
	for _, s := range append(oddStrings(20000), oddRunes...) {
		if got, want := fold(s), plainFold(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	}
}

func plainQuoteWords(q string) []word {
	var out []word
	for _, f := range strings.FieldsFunc(q, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '–' || r == '—' || r == '/' }) {
		var b strings.Builder
		for _, r := range plainFold(f) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
			}
		}
		if b.Len() == 0 {
			continue
		}
		out = append(out, word{text: strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), norm: b.String()})
	}
	return out
}

func TestQuoteWordsFastPath(t *testing.T) {
	for _, s := range append(oddStrings(20000), "", " ", "Don’t stop — now, 'please' we-can't/WON'T!", "x\xffy z") {
		if got, want := quoteWords(s), plainQuoteWords(s); !slices.Equal(got, want) {
			t.Errorf("quoteWords(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzQuoteWords holds quoteWords, with its ASCII fast path, to the plain
// code.
func FuzzQuoteWords(f *testing.F) {
	f.Add("Don’t stop — now, 'please' we-can't/WON'T!")
	f.Add("x\xffy z\u00a0é\u0301 ,a. 42-year-old")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := quoteWords(s), plainQuoteWords(s); !slices.Equal(got, want) {
			t.Errorf("quoteWords(%q) = %q, want %q", s, got, want)
		}
	})
}

func plainWords(s string, n int, fromEnd bool) []string {
	var out []string
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != ';' && r != ':' && r != '.' })
	if fromEnd {
		for i := len(f) - 1; i >= 0 && len(out) < n; i-- {
			if j := strings.LastIndexAny(f[i], ";:."); j >= 0 {
				if w := f[i][j+1:]; w != "" {
					out = append(out, w)
				}
				break
			}
			out = append(out, f[i])
		}
		return out
	}
	for _, w := range f {
		if len(out) == n {
			break
		}
		if j := strings.IndexAny(w, ";:."); j >= 0 {
			if j > 0 {
				out = append(out, w[:j])
			}
			break
		}
		out = append(out, w)
	}
	return out
}

func plainCountRole(m *facts.Fact) string {
	s := m.Sentence
	if m.SentStart < 0 || m.SentEnd > len(s) || m.SentStart > m.SentEnd {
		return ""
	}
	if r := roleWords[strings.ToLower(m.Noun)]; r != "" {
		return r
	}
	for _, w := range plainWords(s[m.SentEnd:], 5, false) {
		if r := roleWords[strings.ToLower(w)]; r != "" {
			return r
		}
	}
	for _, w := range plainWords(s[:m.SentStart], 4, true) {
		if r := roleWords[strings.ToLower(w)]; r != "" && objectRoles[r] {
			return r
		}
	}
	return ""
}

func TestCountRoleFastPath(t *testing.T) {
	nonEmpty := 0
	defer func() { t.Logf("%d with a role", nonEmpty) }()
	r := rand.New(rand.NewPCG(3, 4))
	vocab := []string{"killed", "KILLED", "Killed", "died", "people", "were", "met", "rescued", "injured", "in", "the", "shelters",
		"\u212aILLED", "hospitalised", "x", ";", ":", ".", ",", " ", "  ", "—", "’", "é", "\xff", "27", "aboard.", "a;killed", "cut:", "won"}
	for i := range 30000 {
		var b strings.Builder
		for k := r.IntN(16); k >= 0; k-- {
			b.WriteString(vocab[r.IntN(len(vocab))])
			if r.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		m := &facts.Fact{Sentence: s, SentStart: r.IntN(len(s) + 2), Noun: vocab[r.IntN(len(vocab))]}
		m.SentEnd = m.SentStart + r.IntN(4)
		if i%7 == 0 {
			m.SentStart = -1
		}
		if plainCountRole(m) != "" {
			nonEmpty++
		}
		if got, want := countRole(m), plainCountRole(m); got != want {
			t.Errorf("countRole(%q [%d:%d], noun %q) = %q, want %q", s, m.SentStart, m.SentEnd, m.Noun, got, want)
		}
	}
}

// FuzzCountRole holds countRole, with its ASCII fast paths, to the plain
// code on any sentence and any place of the count in it.
func FuzzCountRole(f *testing.F) {
	f.Add("40 people were killed; 12 hurt", 0, 2, "people")
	f.Add("Police arrested 27 men. They met", 16, 18, "men")
	f.Add("the storm Killed é 27 a;killed people \xff cut: 3 aboard.", 20, 22, "")
	f.Fuzz(func(t *testing.T, s string, start, end int, noun string) {
		m := &facts.Fact{Sentence: s, SentStart: start, SentEnd: end, Noun: noun}
		if got, want := countRole(m), plainCountRole(m); got != want {
			t.Errorf("countRole(%q [%d:%d], noun %q) = %q, want %q", s, start, end, noun, got, want)
		}
	})
}

// TestValueOfFastPath holds valueOf's reading of whole counts to Reading.
func TestValueOfFastPath(t *testing.T) {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 7, 99, 100, 26, 1e6, 123456789, 1e15 - 1, 1e15, -1e15, 1e16, 2.5, -0.5, 1e-9,
		math.MaxInt64, math.Inf(1), math.Inf(-1), math.NaN(), 0.1 + 0.2}
	for _, v := range vals {
		for q := facts.QualExact; q <= facts.QualBetween+1; q++ {
			for _, stated := range [][]float64{{v}, {v, 30}} {
				m := &facts.Fact{Kind: facts.KindCount, Qualifier: q, Stated: stated}
				if got, want := valueOf(m, 0.1), m.Reading(0.1); got != want {
					t.Errorf("valueOf(%v, %v) = %q, Reading %q", stated, q, got, want)
				}
			}
		}
	}
}

// FuzzValueOf holds valueOf's reading of whole counts to Reading.
func FuzzValueOf(f *testing.F) {
	f.Add(26.0, uint8(0))
	f.Add(-0.0, uint8(0))
	f.Add(1e15, uint8(0))
	f.Fuzz(func(t *testing.T, v float64, q uint8) {
		m := &facts.Fact{Kind: facts.KindCount, Qualifier: facts.Qualifier(q % 12), Stated: []float64{v}}
		if got, want := valueOf(m, 0.1), m.Reading(0.1); got != want {
			t.Errorf("valueOf(%v, %v) = %q, Reading %q", v, m.Qualifier, got, want)
		}
	})
}

// TestCommonValue holds commonValue to largestAgreeing: when it finds one
// value fits every interval, largestAgreeing must find them all agree.
func TestCommonValue(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 42))
	xs := []float64{0, 1, 2, 2.5, 3, 20, 21, 25, 26, math.Inf(1), math.Inf(-1), math.NaN(), -1}
	same := 0
	for range 50000 {
		ivs := make([]facts.Interval, 1+r.IntN(5))
		srcs := make([]string, len(ivs))
		for i := range ivs {
			a, b := xs[r.IntN(len(xs))], xs[r.IntN(len(xs))]
			if r.IntN(2) == 0 {
				b = a
			}
			ivs[i] = facts.Interval{Min: a, Max: b, MinOpen: r.IntN(4) == 0, MaxOpen: r.IntN(4) == 0}
			srcs[i] = fmt.Sprint(r.IntN(3))
		}
		integers := r.IntN(2) == 0
		members, _ := largestAgreeing(ivs, srcs, integers)
		got, all := commonValue(ivs, integers), len(members) == len(ivs)
		if got && !all {
			t.Fatalf("commonValue(%v, %v) = true, but largestAgreeing finds %v", ivs, integers, members)
		}
		if got == all {
			same++
		}
	}
	t.Logf("%d of 50000 answered as largestAgreeing does", same)
}

// plainValues is values with a map of the values and of each value's
// sources.
func plainValues(ms []*facts.Fact, approx float64) []Value {
	var out []Value
	idx := map[string]int{}
	seen := map[[2]string]bool{}
	for _, m := range ms {
		v := valueOf(m, approx)
		i, ok := idx[v]
		if !ok {
			i = len(out)
			idx[v] = i
			out = append(out, Value{Value: v, Sources: []string{}})
		}
		out[i].Mentions++
		if !seen[[2]string{v, m.Source}] {
			seen[[2]string{v, m.Source}] = true
			out[i].Sources = append(out[i].Sources, m.Source)
		}
	}
	for i := range out {
		slices.Sort(out[i].Sources)
	}
	slices.SortStableFunc(out, func(a, b Value) int { return len(b.Sources) - len(a.Sources) })
	return out
}

// TestValuesFastPath holds values, which searches a few values and their
// sources and looks many up, and passes over those of too few mentions or
// sources, to the plain maps.
func TestValuesFastPath(t *testing.T) {
	r := rand.New(rand.NewPCG(43, 44))
	for range 3000 {
		nv, ns := 1+r.IntN(30), 1+r.IntN(40)
		var ms []*facts.Fact
		for range r.IntN(80) {
			ms = append(ms, &facts.Fact{Kind: facts.KindPerson, Name: fmt.Sprint("n", r.IntN(nv)), Source: fmt.Sprint("s", r.IntN(ns))})
		}
		for floor := range 6 {
			// values of a floor above 0 leaves out those of floor
			// sources or fewer.
			if r.IntN(2) == 0 && floor > 0 {
				continue
			}
			got, want := values(ms, 0.1, floor), aboveFloor(plainValues(ms, 0.1), floor)
			if len(got) != len(want) {
				t.Fatalf("values, floor %d: %d values, want %d", floor, len(got), len(want))
			}
			for i := range got {
				if got[i].Value != want[i].Value || got[i].Mentions != want[i].Mentions || !slices.Equal(got[i].Sources, want[i].Sources) {
					t.Fatalf("values(floor %d)[%d] = %+v, want %+v", floor, i, got[i], want[i])
				}
			}
		}
	}
}

func TestISODateFastPath(t *testing.T) {
	re := regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	cases := []string{"", "2025", "2025-03", "2025-03-15", "2025-3-15", "20250315", "2025-03-15\n", "2025-03-1x", "٢٠٢٥", "2025-03-15 ", "x2025", "2025-", "2025-03-"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		b := []byte("2025-03-15")[:[]int{4, 7, 10, 3, 9}[r.IntN(5)]]
		if r.IntN(2) == 0 {
			b[r.IntN(len(b))] = "0-9a\n"[r.IntN(5)]
		}
		cases = append(cases, string(b))
	}
	for _, c := range cases {
		if got, want := isISODate(c), re.MatchString(c); got != want {
			t.Errorf("isISODate(%q) = %v, want %v", c, got, want)
		}
	}
}

func TestSplitByKeyFastPath(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for n := range 3000 {
		g := make([]*facts.Fact, 17+r.IntN(40))
		key := make([]int, len(g))
		nk, ns := 1+r.IntN(6), 1+r.IntN(5)
		for i := range g {
			g[i] = &facts.Fact{Source: fmt.Sprintf("s%d", r.IntN(ns))}
			key[i] = r.IntN(nk)
		}
		p := &pass{}
		if n%2 == 0 {
			p.draft = "s0"
		}
		agrees, best := p.splitByKey(g, key)
		wantAgrees, wantBest := p.split(g, func(i, j int) bool { return key[i] == key[j] })
		if best != wantBest || !slices.Equal(agrees, wantAgrees) {
			t.Fatalf("splitByKey(%v, draft %q) = %v, %d; want %v, %d", key, p.draft, agrees, best, wantAgrees, wantBest)
		}
	}
}

func plainEventWords(s string) map[string]string {
	out := map[string]string{}
	for i, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		low := strings.ToLower(w)
		if len([]rune(low)) < 3 || eventStopWords[low] || dateWords[low] {
			continue
		}
		if _, ok := out[low]; ok && i > 0 {
			continue
		}
		out[low] = w
	}
	return out
}

func TestEventWordsFastPath(t *testing.T) {
	extra := []string{"River Ribble's", "the THE The", "Monday", "MONDAY", "floods’s", "’s", "'s", "Kelvin \u212aILLED", "x'y'z", "İstanbul", "ÅNGSTRÖM"}
	vocab := []string{"River", "river", "RIVER", "Ribble", "burst", "its", "banks", "on", "Tuesday", "the", "The", "’s", "'s", "s", "\xff", "é", "Éire",
		"flooded", "Mr", "police", "Police", "x", "ab", "abc", " ", " ", ", ", ". ", "\u212a", "İ", "’", "'", "-", "2025"}
	r := rand.New(rand.NewPCG(11, 12))
	for range 20000 {
		var b strings.Builder
		for k := r.IntN(20); k >= 0; k-- {
			b.WriteString(vocab[r.IntN(len(vocab))])
			if r.IntN(4) > 0 {
				b.WriteByte(' ')
			}
		}
		extra = append(extra, b.String())
	}
	// And sentences of ASCII alone, which eventWords lower-cases whole.
	ascii := vocab[:0:0]
	for _, w := range vocab {
		if isASCII(w) {
			ascii = append(ascii, w)
		}
	}
	for range 20000 {
		var b strings.Builder
		for k := r.IntN(20); k >= 0; k-- {
			b.WriteString(ascii[r.IntN(len(ascii))])
			if r.IntN(4) > 0 {
				b.WriteByte(' ')
			}
		}
		extra = append(extra, b.String())
	}
	all := append(oddStrings(20000), extra...)
	for k, s := range all {
		ws := eventWords(s)
		got := map[string]string{}
		for i, w := range ws {
			got[w.low] = w.written
			if i > 0 && ws[i-1].low >= w.low {
				t.Errorf("eventWords(%q) = %q: not sorted, or not once each", s, ws)
			}
		}
		want := plainEventWords(s)
		if !maps.Equal(got, want) {
			t.Errorf("eventWords(%q) = %q, want %q", s, got, want)
		}
		// And what two sentences share, against the map version.
		o := all[len(all)-1-(k*7919)%len(extra)] // a sentence of words
		if got, want := sharedEventWords(ws, eventWords(o)), plainSharedEventWords(want, plainEventWords(o)); !slices.Equal(got, want) {
			t.Errorf("sharedEventWords(%q, %q) = %q, want %q", s, o, got, want)
		}
		if got, want := shareEvent(ws, eventWords(o)), plainSharedEventWords(want, plainEventWords(o)) != nil; got != want {
			t.Errorf("shareEvent(%q, %q) = %v, want %v", s, o, got, want)
		}
	}
}

// FuzzEventWords holds eventWords, with its ASCII fast path and the words
// of two sentences cut from one slice, to the plain code.
func FuzzEventWords(f *testing.F) {
	f.Add("The River Ribble's banks burst on Tuesday", "the RIVER ribble flooded, Police said")
	f.Add("İstanbul’s mayor — \u212aelvin x'y'z ÅNGSTRÖM", "it's the Mayor’s")
	f.Fuzz(func(t *testing.T, a, b string) {
		var free []eventWord
		wa := eventWordsIn(&free, a)
		wb := eventWordsIn(&free, b)
		for _, c := range []struct {
			s  string
			ws []eventWord
		}{{a, wa}, {b, wb}} {
			got := map[string]string{}
			for i, w := range c.ws {
				got[w.low] = w.written
				if i > 0 && c.ws[i-1].low >= w.low {
					t.Errorf("eventWords(%q) = %q: not sorted, or not once each", c.s, c.ws)
				}
			}
			if want := plainEventWords(c.s); !maps.Equal(got, want) {
				t.Errorf("eventWords(%q) = %q, want %q", c.s, got, want)
			}
		}
	})
}

func plainSharedEventWords(a, b map[string]string) []string {
	var shared []string
	name := false
	for low, w := range a {
		wb, ok := b[low]
		if !ok {
			continue
		}
		shared = append(shared, w)
		if isCapital(w) && isCapital(wb) && !commonCapitals[low] {
			name = true
		}
	}
	if len(shared) < eventMinShared || !name {
		return nil
	}
	slices.Sort(shared)
	return shared
}

func TestParseNameKeys(t *testing.T) {
	vocab := []string{"Keir", "Starmer", "Sir", "von", "der", "Leyen", "Ursula", "Jr.", "António", "Guterres", "Zelenskyy", "Volodymyr",
		"President", "e\u0301", "\xff", "’", "Mr", ",", ";", " ", "ÅSA", "\u212aarl", "Ǆ", "İ"}
	r := rand.New(rand.NewPCG(13, 14))
	for range 20000 {
		var b strings.Builder
		for k := r.IntN(5); k >= 0; k-- {
			b.WriteString(vocab[r.IntN(len(vocab))])
			if r.IntN(4) > 0 {
				b.WriteByte(' ')
			}
		}
		n := parseName(b.String())
		spell := n.surname
		if n.full() {
			spell = n.given[0] + " " + n.surname
		}
		ok := n.spelling() == spell && n.key() == strings.ToLower(spell) && n.spellFold == plainFold(spell) &&
			n.surFold == plainFold(n.surname) && n.surSkel == skeleton(n.surname)
		if n.full() {
			ok = ok && n.givenFold == plainFold(n.given[0]) && n.givenSkel == skeleton(n.given[0])
		}
		if !ok {
			t.Errorf("parseName(%q) = %+v: keys differ from the names'", b.String(), n)
		}
	}
}

func TestNumberingFastPath(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	for range 5000 {
		ss := make([]string, r.IntN(60))
		nk := 1 + r.IntN(20)
		for i := range ss {
			ss[i] = fmt.Sprint(r.IntN(nk))
		}
		// The plain numbering: a map, in order of first appearance.
		want, idx := make([]int, len(ss)), map[string]int{}
		for i, s := range ss {
			if _, ok := idx[s]; !ok {
				idx[s] = len(idx)
			}
			want[i] = idx[s]
		}
		if got, n := valueNumbers(ss); !slices.Equal(got, want) || n != len(idx) {
			t.Fatalf("valueNumbers(%q) = %v, %d; want %v, %d", ss, got, n, want, len(idx))
		}
		var parts [][]int
		for i := range ss {
			if want[i] == len(parts) {
				parts = append(parts, nil)
			}
			parts[want[i]] = append(parts[want[i]], i)
		}
		if got := partitionIndex(len(ss), func(i int) string { return ss[i] }); !slices.EqualFunc(got, parts, slices.Equal) {
			t.Fatalf("partitionIndex(%q) = %v, want %v", ss, got, parts)
		}
	}
}

func TestStoryCacheIndexes(t *testing.T) {
	given := []string{"Keir", "Kier", "K.", "Emmanuel", "Emanuel", "Volodymyr", "Ursula", "Sir Keir", "Mr"}
	surnames := []string{"Starmer", "Starmar", "Macron", "Zelensky", "Zelenskyy", "von der Leyen", "Leyen"}
	groupsOf := func(x *personIndex) [][]string {
		var out [][]string
		for _, g := range x.groups {
			var names []string
			for _, n := range g.names {
				names = append(names, n.raw)
			}
			out = append(out, names)
		}
		return out
	}
	r := rand.New(rand.NewPCG(17, 18))
	name := func() string {
		s := surnames[r.IntN(len(surnames))]
		if r.IntN(4) > 0 {
			s = given[r.IntN(len(given))] + " " + s
		}
		return s
	}
	for range 2000 {
		var l, extra []string
		for range r.IntN(12) {
			l = append(l, name())
		}
		for range r.IntN(5) {
			extra = append(extra, name())
		}
		c := &storyCache{}
		c.personIndex(nil, l)
		got := c.personIndex(nil, append(slices.Clone(l), extra...))
		want := newPersonIndex(nil, append(slices.Clone(l), extra...))
		if !slices.EqualFunc(groupsOf(got), groupsOf(want), slices.Equal) {
			t.Fatalf("names %q then %q: groups %q, want %q", l, extra, groupsOf(got), groupsOf(want))
		}
		for _, s := range append(l, extra...) {
			if a, b := got.lookup(s), want.lookup(s); a != b {
				t.Fatalf("names %q then %q: lookup(%q) = %d, want %d", l, extra, s, a, b)
			}
		}

		// allIndex, the names of a story's facts then more, after other
		// indexes of the story, against the plain index of the names.
		var all []*facts.Fact
		for _, s := range l {
			all = append(all, &facts.Fact{Name: s}, &facts.Fact{})
		}
		c = &storyCache{}
		if r.IntN(2) == 0 {
			c.personIndex(nil, extra)
		}
		for _, more := range [][]string{nil, extra, append(slices.Clone(extra), l...)} {
			got := c.allIndex(nil, all, more)
			want := newPersonIndex(nil, append(slices.Clone(l), more...))
			if !slices.EqualFunc(groupsOf(got), groupsOf(want), slices.Equal) {
				t.Fatalf("allIndex of %q then %q: groups %q, want %q", l, more, groupsOf(got), groupsOf(want))
			}
			for _, s := range append(l, more...) {
				if a, b := got.lookup(s), want.lookup(s); a != b {
					t.Fatalf("allIndex of %q then %q: lookup(%q) = %d, want %d", l, more, s, a, b)
				}
			}
		}
	}
}

func TestTitleCompatibilityTable(t *testing.T) {
	titles := []string{"President", "US President", "Vice President", "Prime Minister", "PM", "Israel's prime minister",
		"Prime Minister of Italy", "French President", "Chancellor", "leader", "Foreign Secretary", "EU Commission President"}
	r := rand.New(rand.NewPCG(19, 20))
	for _, n := range []int{1, 5, 40, 300} {
		ms := make([]*facts.Fact, n)
		for i := range ms {
			title := titles[r.IntN(len(titles))]
			if n == 300 {
				title += fmt.Sprint(" ", r.IntN(100)) // many distinct titles: no table
			}
			ms[i] = &facts.Fact{Title: title}
		}
		compat := newTitleReader().compatibility(ms)
		for i := range ms {
			for j := range ms {
				if got, want := compat(i, j), titlesCompatible(ms[i].Title, ms[j].Title); got != want {
					t.Fatalf("compat(%q, %q) = %v, want %v", ms[i].Title, ms[j].Title, got, want)
				}
			}
		}
	}
}

// TestStatedCountBinarySearch holds statedCount, which finds the counts
// before a list by binary search, to the scan of the whole story it
// replaced, for every list of the seeds and the labelled corpus.
func TestStatedCountBinarySearch(t *testing.T) {
	lists := 0
	for _, story := range quoteStories(t) {
		all := make([]*facts.Fact, len(story))
		for i := range story {
			all[i] = &story[i]
		}
		slices.SortFunc(all, compareFacts)
		p := &pass{all: all}
		for _, l := range all {
			if l.Kind != facts.KindList {
				continue
			}
			lists++
			got, gotWhy := p.statedCount(l)
			want, wantWhy := statedCountPlain(p, l)
			if got != want || gotWhy != wantWhy {
				t.Errorf("%s:%d: statedCount = %v (%s), the plain scan %v (%s)", l.Source, l.Pos.Line, got, gotWhy, want, wantWhy)
			}
		}
	}
	if lists < 20 {
		t.Errorf("only %d lists: the test compares too little", lists)
	}
}

// statedCountPlain is statedCount's search for the counts before a list as
// it was: a scan of the whole story.
func statedCountPlain(p *pass, l *facts.Fact) (*facts.Fact, string) {
	var before []*facts.Fact
	for i := range p.all {
		c := p.all[i]
		if c.Kind == facts.KindCount && c.Source == l.Source && c.Pos.Offset < l.Pos.Offset {
			before = append(before, c)
		}
	}
	only := &pass{all: before}
	return only.statedCount(l)
}

// TestGroupEvents holds groupEvents, which tries only the events whose
// first sentence shares a name, to the plain first fit over every event,
// on the dated sentences of the seeds and the labelled corpus, each story
// alone and all of them as one story.
func TestGroupEvents(t *testing.T) {
	grouped := 0
	pairs := 0
	check := func(name string, words [][]eventWord) {
		want := groupEventsPlain(words)
		for _, most := range []int{eventIDsMin, 0} { // as words while few, and as numbers
			func() {
				defer func(m int) { eventIDsMin = m }(eventIDsMin)
				eventIDsMin = most
				if got := groupEvents(words); !slices.EqualFunc(got, want, slices.Equal) {
					t.Errorf("%s, eventIDsMin %d: events %v, the plain first fit %v", name, most, got, want)
				}
			}()
		}
		// groupEvents compares the words as numbers: every pair of a
		// story's first 200 sentences, as shareEvent does.
		ids := eventIDs(words)
		for i := range min(len(words), 200) {
			for j := range min(len(words), 200) {
				byIDs, byWords := shareEventIDs(ids.of[i], ids.of[j]), shareEvent(words[i], words[j])
				if byIDs != byWords {
					t.Fatalf("%s: sentences %d and %d share an event by numbers: %v, by words %v", name, i, j, byIDs, byWords)
				}
				if byWords {
					pairs++
				}
			}
		}
		for _, ev := range want {
			if len(ev) > 1 {
				grouped++
			}
		}
	}
	eachDatedStory(quoteStories(t), check)
	if grouped < 20 || pairs < 1000 {
		t.Errorf("only %d events of more than one sentence, %d pairs sharing one: the test compares too little", grouped, pairs)
	}
}

// groupEventsPlain is groupEvents as it was: each sentence tries every
// event in order.
func groupEventsPlain(words [][]eventWord) [][]int {
	var events [][]int
next:
	for i := range words {
		for k, ev := range events {
			fits := true
			for _, j := range ev {
				if !shareEvent(words[i], words[j]) {
					fits = false
					break
				}
			}
			if fits {
				events[k] = append(ev, i)
				continue next
			}
		}
		events = append(events, []int{i})
	}
	return events
}

// TestDateWordsFastPath holds dateValue and spokenRelative, which read
// without lower-casing a copy, to the plain code.
func TestDateWordsFastPath(t *testing.T) {
	plainDateValue := func(m *facts.Fact) string {
		v := strings.TrimSpace(m.Value)
		if v == "" {
			v = strings.TrimSpace(m.Text)
		}
		if strings.HasPrefix(strings.ToLower(v), "on ") {
			v = strings.TrimSpace(v[3:])
		}
		return v
	}
	plainSpoken := func(text string) bool {
		switch strings.ToLower(strings.TrimSpace(text)) {
		case "today", "tonight", "yesterday", "tomorrow", "this morning", "this afternoon", "this evening", "last night":
			return true
		}
		return false
	}
	texts := []string{"on Monday", "On 3 May", "ON  Friday ", "on", "on ", "onto Monday", "Ön Monday", "\u212an x", " today ", "TODAY", "This Morning",
		"this  morning", "last night", "Last Night’s", "tomorrow\n", "İtoday", "yesterday"}
	r := rand.New(rand.NewPCG(21, 22))
	base := slices.Clone(texts)
	for range 20000 {
		var b strings.Builder
		for k := r.IntN(4); k >= 0; k-- {
			b.WriteString(base[r.IntN(len(base))])
		}
		texts = append(texts, b.String())
	}
	texts = append(texts, oddStrings(20000)...)
	for _, s := range texts {
		for _, m := range []*facts.Fact{{Text: s}, {Value: s, Text: "x"}} {
			if got, want := dateValue(m), plainDateValue(m); got != want {
				t.Errorf("dateValue(%+v) = %q, want %q", m, got, want)
			}
		}
		// spokenRelative goes on to look for quotation marks: hold its
		// first test alone.
		if got, want := lowerIn(spokenDays, strings.TrimSpace(s)), plainSpoken(s); got != want {
			t.Errorf("spoken day %q: %v, want %v", s, got, want)
		}
	}
}

// TestRoleOfFastPath holds roleOf, which looks ASCII words up in its own
// table, to the map it is made from.
func TestRoleOfFastPath(t *testing.T) {
	var words []string
	for w := range roleWords {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", w[1:], w[:len(w)-1], w+" ")
	}
	words = append(words, "", "\u212aILLED", "kİlled", "ﬁred", "hospitalisedx", strings.Repeat("a", 40), strings.Repeat("é", 20))
	words = append(words, oddStrings(20000)...)
	for _, w := range words {
		if got, want := roleOf(w), roleWords[strings.ToLower(w)]; got != want {
			t.Errorf("roleOf(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestIsTotalFastPath holds isTotal, which lower-cases ASCII on the stack,
// to the plain code.
func TestIsTotalFastPath(t *testing.T) {
	plain := func(m *facts.Fact) bool {
		if m.SentStart <= 0 || m.SentStart > len(m.Sentence) {
			return false
		}
		before := strings.TrimRight(m.Sentence[:m.SentStart], " ")
		before = strings.ToLower(before[max(0, len(before)-32):])
		cut := false
		for _, of := range []string{" out of the", " out of", " of the", " of"} {
			if strings.HasSuffix(before, of) {
				before, cut = before[:len(before)-len(of)], true
				break
			}
		}
		if !cut {
			return false
		}
		w := before[strings.LastIndexByte(before, ' ')+1:]
		return w != "" && (w[0] >= '0' && w[0] <= '9' || numberWords[w])
	}
	vocab := []string{"took", "154", "Of", "of", "OUT", "out", "the", "The", "three", "Two", "ALL", "half", "é", "\u212a", "İ", "\xff", "’", ",", "  ", "seats", "x"}
	totals := 0
	defer func() { t.Logf("%d totals", totals) }()
	r := rand.New(rand.NewPCG(23, 24))
	for i := range 30000 {
		var b strings.Builder
		for k := r.IntN(12); k >= 0; k-- {
			b.WriteString(vocab[r.IntN(len(vocab))])
			if r.IntN(4) > 0 {
				b.WriteByte(' ')
			}
		}
		if i%3 == 0 {
			b.WriteString(" 400 seats")
		}
		s := b.String()
		m := &facts.Fact{Sentence: s, SentStart: r.IntN(len(s) + 2)}
		if i%3 == 0 {
			m.SentStart = len(s) - len("400 seats")
		}
		if plain(m) {
			totals++
		}
		if got, want := isTotal(m), plain(m); got != want {
			t.Errorf("isTotal(%q [%d:]) = %v, want %v", s, m.SentStart, got, want)
		}
	}
}

// TestUnsettledFastPath holds agreesAcrossSources, which leaves out the
// noun classes in accord before working out roles (unsettled), to the
// plain code: every group of all the mentions agreed. The stories are the
// seeds, the labelled corpus and a generated archive, as they are and with
// a count in four moved by one, with and without a tolerance.
func TestUnsettledFastPath(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	gen, _ := corpusStories(t)
	compared, findings := 0, 0
	for _, rules := range []string{"../rules/default.rules", "../rules/coalition.rules"} {
		prog := compileFile(t, rules)
		for _, rule := range prog.Rules {
			if !rule.Fact.ByClass {
				continue
			}
			for _, story := range append(quoteStories(t), gen...) {
				for round := range 4 {
					story := slices.Clone(story)
					if round > 0 {
						for i := range story {
							if f := &story[i]; f.Kind == facts.KindCount && len(f.Stated) > 0 && r.IntN(4) == 0 {
								f.Stated = []float64{f.Stated[0] + float64(r.IntN(3)-1)}
							}
						}
					}
					rule := *rule
					if round == 3 {
						rule.Within = 1
					}
					run := func(fast bool) []Finding {
						all := make([]*facts.Fact, len(story))
						for i := range story {
							all[i] = &story[i]
						}
						slices.SortFunc(all, compareFacts)
						c := &storyCache{}
						p := &pass{rule: &rule, prog: prog, approx: prog.Approx, all: all, sources: sourcesOf(all), ref: &prog.Reference, cache: c}
						p.mentions = ignore(rule.Ignores, prog.selectFacts(rule.Fact, c.ofKind(all, rule.Fact.Kind)))
						if fast {
							agreesAcrossSources(p)
						} else {
							for _, g := range groups(rule.Fact, p.mentions) {
								if !oneSource(g) {
									p.agree(g)
								}
							}
						}
						return p.findings
					}
					got, want := run(true), run(false)
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("%s, %s, round %d: findings\n%v\nthe plain code's\n%v", rules, story[0].Source, round, got, want)
					}
					compared++
					findings += len(want)
				}
			}
		}
	}
	if compared == 0 || findings < 20 {
		t.Errorf("%d stories compared, %d findings: the test compares too little", compared, findings)
	}
}

// TestWordTable holds the table newQuoteSet numbers quote words with to a
// map: the same numbers for the same words, stories after stories of a
// reused table, small and growing past its first size.
func TestWordTable(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for story := range 200 {
		n := r.IntN(40)
		if story%20 == 0 {
			n = 5000 + r.IntN(20000) // grows the table, past what is pooled
		}
		vocab := 1 + r.IntN(2*n+1)
		want := map[string]int32{}
		tab := wordTables.Get().(*wordTable)
		for range n {
			w := fmt.Sprint("w", r.IntN(vocab))
			if r.IntN(10) == 0 {
				w = "" // an empty word is a word too
			}
			id, ok := want[w]
			if !ok {
				id = int32(len(want))
				want[w] = id
			}
			if got := tab.id(w); got != id {
				t.Fatalf("story %d: word %q numbered %d, want %d", story, w, got, id)
			}
		}
		if len(tab.used) != len(want) {
			t.Fatalf("story %d: %d words numbered, want %d", story, len(tab.used), len(want))
		}
		tab.release()
	}
}

// TestLookupEntry holds the group remembered on a name's entry to
// personIndex.lookup, for the names of the seeds and the labelled corpus,
// asked of two indexes of one story in turn.
func TestLookupEntry(t *testing.T) {
	asked := 0
	for _, story := range quoteStories(t) {
		c := &storyCache{}
		var names []string
		for i := range story {
			if story[i].Name != "" {
				names = append(names, story[i].Name)
			}
		}
		people := c.personIndex(nil, names[:len(names)/2])
		all := c.personIndex(nil, names)
		for range 2 {
			for _, x := range []*personIndex{people, all, people} {
				for _, s := range names {
					if got, want := x.lookupEntry(s, c.names.entry(s)), x.lookup(s); got != want {
						t.Fatalf("%s: lookupEntry(%q) = %d, lookup %d", story[0].Source, s, got, want)
					}
					asked++
				}
			}
		}
	}
	if asked < 1000 {
		t.Errorf("%d names asked: the test compares too little", asked)
	}
}

// TestEventDatesOneSource holds eventDatesAgree, which judges no days of
// one source, to the plain code, eventDates: each source of the seeds and
// the labelled corpus and a generated archive alone, and each story's facts
// as if of one source.
func TestEventDatesOneSource(t *testing.T) {
	prog := compileFile(t, "../rules/default.rules")
	var rule *Rule
	for _, r := range prog.Rules {
		if r.Fact.Kind == facts.KindDate {
			rule = r
		}
	}
	if rule == nil {
		t.Fatal("no dates rule")
	}
	judged := 0
	gen, _ := corpusStories(t)
	for _, story := range append(quoteStories(t), gen...) {
		one := slices.Clone(story)
		for i := range one {
			one[i].Source = "one.txt"
		}
		for _, part := range append(partition(ptrs(story), bySource), ptrs(one)) {
			c := &storyCache{}
			p := &pass{rule: rule, prog: prog, approx: prog.Approx, all: part, sources: sourcesOf(part), ref: &prog.Reference, cache: c}
			p.mentions = ignore(rule.Ignores, prog.selectFacts(rule.Fact, c.ofKind(part, rule.Fact.Kind)))
			var days []*facts.Fact
			for _, m := range p.mentions {
				if isDay(dateValue(m)) && !spokenRelative(m) {
					days = append(days, m)
				}
			}
			if len(days) < 2 || oneDay(days) {
				continue
			}
			eventDates(p, days)
			if len(p.findings) > 0 {
				t.Fatalf("%s alone: %v", part[0].Source, p.findings)
			}
			judged++
		}
	}
	if judged < 100 {
		t.Errorf("%d sources judged: the test compares too little", judged)
	}
}

// ptrs returns pointers to the facts, sorted as check sorts them.
func ptrs(fs []facts.Fact) []*facts.Fact {
	out := make([]*facts.Fact, len(fs))
	for i := range fs {
		out[i] = &fs[i]
	}
	slices.SortFunc(out, compareFacts)
	return out
}

// TestOneTitleFastPath holds titlesAgree, which passes over a person of
// one title, to the plain code: the seeds, the labelled corpus and a
// generated archive, checked with the default rules and the coalition's.
func TestOneTitleFastPath(t *testing.T) {
	gen, _ := corpusStories(t)
	findings := 0
	for _, rules := range []string{"../rules/default.rules", "../rules/coalition.rules"} {
		prog := compileFile(t, rules)
		for _, story := range append(quoteStories(t), gen...) {
			want := func() *Report {
				defer func() { skipOneTitle = true }()
				skipOneTitle = false
				return prog.Check(story)
			}()
			if got := prog.Check(story); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s, %s: report\n%v\nthe plain code's\n%v", rules, story[0].Source, got, want)
			}
			findings += len(want.Findings)
		}
	}
	if findings < 100 {
		t.Errorf("%d findings: the test compares too little", findings)
	}
}

// TestDistinctSurnamesFastPath holds peopleAgree, which passes over a story
// whose full names have distinct surnames, to the plain code: the seeds,
// the labelled corpus and a generated archive, every other story with a
// third of its names respelled (a letter doubled, dropped or accented, a
// given name cut to an initial), checked with the default rules and the
// coalition's.
func TestDistinctSurnamesFastPath(t *testing.T) {
	gen, _ := corpusStories(t)
	r := rand.New(rand.NewPCG(15, 16))
	respell := func(name string) string {
		w := strings.Fields(name)
		if len(w) == 0 {
			return name
		}
		k := r.IntN(len(w))
		switch b := []rune(w[k]); r.IntN(4) {
		case 0:
			if len(b) > 2 {
				i := 1 + r.IntN(len(b)-1)
				w[k] = string(b[:i]) + string(b[i-1:])
			}
		case 1:
			if len(b) > 3 {
				i := 1 + r.IntN(len(b)-2)
				w[k] = string(b[:i]) + string(b[i+1:])
			}
		case 2:
			w[k] = strings.Replace(w[k], "e", "é", 1)
		default:
			if k < len(w)-1 {
				w[k] = string(b[:1]) + "."
			}
		}
		return strings.Join(w, " ")
	}
	findings, compared := 0, 0
	for _, rules := range []string{"../rules/default.rules", "../rules/coalition.rules"} {
		prog := compileFile(t, rules)
		for round, story := range append(append(quoteStories(t), gen...), quoteStories(t)...) {
			if round%2 == 1 {
				story = slices.Clone(story)
				for i := range story {
					if story[i].Name != "" && r.IntN(3) == 0 {
						story[i].Name = respell(story[i].Name)
					}
				}
			}
			want := func() *Report {
				defer func() { skipDistinctSurnames = true }()
				skipDistinctSurnames = false
				return prog.Check(story)
			}()
			if got := prog.Check(story); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s, %s: report\n%v\nthe plain code's\n%v", rules, story[0].Source, got, want)
			}
			findings += len(want.Findings)
			compared++
		}
	}
	if findings < 100 {
		t.Errorf("%d findings in %d stories: the test compares too little", findings, compared)
	}
}

// TestParseNameWordKinds holds the word kinds parseName reads a name's
// words by to the sets they are made of: every word of the sets, in three
// cases, and words near them.
func TestParseNameWordKinds(t *testing.T) {
	var words []string
	for _, set := range []map[string]bool{honorifics, titleWords, suffixes, particles} {
		for w := range set {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", w[1:], w+"é", "İ"+w,
				strings.Repeat(w, 40))
		}
	}
	words = append(words, "", "Keir", "Starmer", "ÉMILE", "İI", "K", "Mr.", "ſir")
	for _, w := range words {
		k := nameWordKind(w)
		for _, c := range []struct {
			set  map[string]bool
			kind uint8
		}{{honorifics, kindHonorific}, {titleWords, kindTitle}, {suffixes, kindSuffix}, {particles, kindParticle}} {
			if got, want := k&c.kind != 0, lowerIn(c.set, w); got != want {
				t.Errorf("nameWordKind(%q)&%d = %v, lowerIn %v", w, c.kind, got, want)
			}
		}
	}
}

// TestFactsSorted holds factsSorted to slices.IsSortedFunc with
// compareFacts, over short lists of facts of a few sources, places, kinds
// and texts, sorted and not.
func TestFactsSorted(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 20))
	sources := []string{"a.txt", "b.txt", "b.txt"[:5], "c.md"}
	sorted := 0
	for range 50_000 {
		fs := make([]*facts.Fact, r.IntN(6))
		for i := range fs {
			f := &facts.Fact{Source: sources[r.IntN(len(sources))], Kind: facts.Kind(r.IntN(2)), Text: fmt.Sprint(r.IntN(2))}
			f.Pos.Offset = r.IntN(4)
			f.End.Offset = f.Pos.Offset + r.IntN(2)
			fs[i] = f
		}
		if r.IntN(2) == 0 {
			slices.SortFunc(fs, compareFacts)
		}
		want := slices.IsSortedFunc(fs, compareFacts)
		if got := factsSorted(fs); got != want {
			t.Fatalf("factsSorted = %v, want %v", got, want)
		}
		if want {
			sorted++
		}
	}
	if sorted < 1000 {
		t.Errorf("%d lists sorted: the test compares too little", sorted)
	}
}

// TestSourceSet holds the set checkSorted counts a rule's sources in, a
// list then a map, to a map: few sources and many, reset and reused.
func TestSourceSet(t *testing.T) {
	r := rand.New(rand.NewPCG(71, 72))
	var s sourceSet
	for round := range 500 {
		s.reset()
		want := map[string]bool{}
		ns := 1 + r.IntN(80)
		for range r.IntN(200) {
			src := fmt.Sprint("s", r.IntN(ns))
			s.add(src)
			want[src] = true
			if s.len() != len(want) {
				t.Fatalf("round %d: %d sources, want %d", round, s.len(), len(want))
			}
		}
	}
}

// eventNamesHold reports the first name of eventWords(s), written with a
// capital and not a common one, whose hash eventNames(s) leaves out.
func eventNamesHold(s string) (missing string, ok bool) {
	hs := eventNames(nil, s)
	for _, w := range eventWords(s) {
		if isCapital(w.written) && !commonCapitals[w.low] && !slices.Contains(hs, eventNameHash(w.low)) {
			return w.low, false
		}
	}
	return "", true
}

// TestEventNames holds eventNames to eventWords: every name of a
// sentence's event words is among its hashes, whatever the sentence (every
// byte before, after and inside a word, eight bytes on), and two sentences
// whose names' hashes differ share no event.
func TestEventNames(t *testing.T) {
	vocab := []string{"River", "river", "RIVER", "Ribble", "Ribble's", "Ribble’s", "burst", "on", "Tuesday", "The", "the", "’s", "'s", "\xff", "é", "Éire",
		"Müller", "MÜLLER", "flooded", "Mr", "Police", "POLICE", "Prime", "x", "Ab", "Abc", " ", ", ", ". ", "\u212a", "\u212aelvin", "Kelvin", "İstanbul",
		"istanbul", "’", "'", "-", "—", "2025", "O'Brien", "o'brien", "Zelenskyy", "ZELENSKYY’s", "iPhone", "McDonald", "mcDonald", "'Tis", "xÉire",
		"ab’Cd", "unbelievably", "floodwaters receded", "Ribble@River", "\x80Z", "zz\xc3Ribble"}
	r := rand.New(rand.NewPCG(73, 74))
	var all []string
	for range 20000 {
		var b strings.Builder
		for k := r.IntN(16); k >= 0; k-- {
			b.WriteString(vocab[r.IntN(len(vocab))])
			if r.IntN(4) > 0 {
				b.WriteByte(' ')
			}
		}
		all = append(all, b.String())
	}
	all = append(all, oddStrings(20000)...)
	for x := range 256 {
		for _, f := range []string{"abcdefgh%cRibble", "%cRibble", "River%c", "ab%cCd efghijklmnop Ribble"} {
			all = append(all, fmt.Sprintf(f, byte(x)))
		}
	}
	for b := range 256 {
		for at := range 8 {
			x := uint64(0x6161616161616161)&^(0xff<<(8*at)) | uint64(b)<<(8*at)
			stop := b >= utf8.RuneSelf || 'A' <= b && b <= 'Z'
			if got := nameStops(x); (got != 0) != stop || stop && bits.TrailingZeros64(got)>>3 != at {
				t.Fatalf("nameStops(%#x) = %#x: byte %#x at %d", x, got, b, at)
			}
		}
	}
	shared, apart := 0, 0
	for k, s := range all {
		if w, ok := eventNamesHold(s); !ok {
			t.Fatalf("eventNames(%q) leaves out %q", s, w)
		}
		o := all[(k*7919+1)%len(all)]
		ha, hb := eventNames(nil, s), eventNames(nil, o)
		if !slices.ContainsFunc(ha, func(h uint32) bool { return slices.Contains(hb, h) }) {
			apart++
			if shareEvent(eventWords(s), eventWords(o)) {
				t.Fatalf("%q and %q share no name's hash, yet share an event", s, o)
			}
		} else {
			shared++
		}
	}
	if shared < 1000 || apart < 1000 {
		t.Errorf("%d pairs sharing a name, %d apart: the test compares too little", shared, apart)
	}
}

// FuzzEventNames holds eventNames to eventWords, as TestEventNames does.
func FuzzEventNames(f *testing.F) {
	f.Add("The River Ribble's banks burst on Tuesday", "the RIVER ribble flooded, Police said")
	f.Add("İstanbul’s mayor — \u212aelvin x'y'z ÅNGSTRÖM", "Kelvin, the Mayor’s")
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, s := range []string{a, b} {
			if w, ok := eventNamesHold(s); !ok {
				t.Fatalf("eventNames(%q) leaves out %q", s, w)
			}
		}
		ha, hb := eventNames(nil, a), eventNames(nil, b)
		if !slices.ContainsFunc(ha, func(h uint32) bool { return slices.Contains(hb, h) }) && shareEvent(eventWords(a), eventWords(b)) {
			t.Fatalf("%q and %q share no name's hash, yet share an event", a, b)
		}
	})
}

// TestUnsharedEventsFastPath holds eventDatesAgree, which passes over the
// stories whose days of different values share no name, to the plain
// code: the seeds, the labelled corpus and a generated archive, every
// other story with a third of its days moved to another day.
func TestUnsharedEventsFastPath(t *testing.T) {
	gen, _ := corpusStories(t)
	r := rand.New(rand.NewPCG(75, 76))
	days := []string{"2025-03-14", "2025-03-15", "2025-03-16"}
	findings, compared, events := 0, 0, 0
	for _, rules := range []string{"../rules/default.rules", "../rules/coalition.rules"} {
		prog := compileFile(t, rules)
		for round, story := range append(append(quoteStories(t), gen...), quoteStories(t)...) {
			if round%2 == 1 {
				story = slices.Clone(story)
				for i := range story {
					if story[i].Kind == facts.KindDate && isDay(dateValue(&story[i])) && r.IntN(3) == 0 {
						story[i].Value = days[r.IntN(len(days))]
					}
				}
			}
			want := func() *Report {
				defer func() { skipUnsharedEvents = true }()
				skipUnsharedEvents = false
				return prog.Check(story)
			}()
			if got := prog.Check(story); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s, %s: report\n%v\nthe plain code's\n%v", rules, story[0].Source, got, want)
			}
			findings += len(want.Findings)
			for _, f := range want.Findings {
				if strings.Contains(f.Message, "the sentences tell of one event") {
					events++
				}
			}
			compared++
		}
	}
	if findings < 100 || events < 20 {
		t.Errorf("%d findings, %d of dates of one event, in %d stories: the test compares too little", findings, events, compared)
	}
}

// TestNameCache holds the cache of parsed names, searched while it holds
// few and looked up in a map after, to a map: the same entry for the same
// name each time, a new one for a new name, few names and many.
func TestNameCache(t *testing.T) {
	r := rand.New(rand.NewPCG(77, 78))
	for round := range 300 {
		var c nameCache
		want := map[string]*nameEntry{}
		n := 1 + r.IntN(60)
		for range r.IntN(300) {
			s := fmt.Sprintf("Keir Starmer%d", r.IntN(n))
			e := c.entry(s)
			if w, ok := want[s]; ok && w != e || !ok && slices.Contains(slices.Collect(maps.Values(want)), e) {
				t.Fatalf("round %d: entry(%q) = %p, want %p", round, s, e, w)
			}
			want[s] = e
			if e.name.raw != parseName(s).raw {
				t.Fatalf("round %d: entry(%q) holds %q", round, s, e.name.raw)
			}
		}
	}
}

// TestEventShared holds eventShared to the words of every two sentences
// of each event, gathered pair by pair (sharedEventWords): the
// events of the seeds, the labelled corpus and a generated archive, each
// story alone and all of them as one story.
func TestEventShared(t *testing.T) {
	gen, _ := corpusStories(t)
	events := 0
	check := func(name string, words [][]eventWord) {
		for _, set := range groupEvents(words) {
			if len(set) < 2 {
				continue
			}
			var want []string
			for k, i := range set {
				for _, j := range set[k+1:] {
					want = append(want, sharedEventWords(words[i], words[j])...)
				}
			}
			want = distinct(want)
			if got := eventShared(words, set); !slices.Equal(got, want) {
				t.Fatalf("%s, event %v: %q, every pair's words %q", name, set, got, want)
			}
			events++
		}
	}
	eachDatedStory(append(quoteStories(t), gen...), check)
	if events < 100 {
		t.Errorf("only %d events of more than one sentence: the test compares too little", events)
	}
}

// sharedEventWords returns the words two sentences share, as written in
// the first, when there are enough of them and one is a name written with
// a capital in both; else nil: the words of a pair, which TestEventShared
// gathers over every pair of an event.
func sharedEventWords(a, b []eventWord) []string {
	var shared []string
	name := false
	eachShared(a, b, func(low, w, wb string) bool {
		shared = append(shared, w)
		if isCapital(w) && isCapital(wb) && !commonCapitals[low] {
			name = true
		}
		return true
	})
	if len(shared) < eventMinShared || !name {
		return nil
	}
	slices.Sort(shared)
	return shared
}

// TestGroupKeys holds the person index that finds groups by their keys to
// the plain search of every group: each story of the seeds, the labelled
// corpus and a generated archive, with some names respelled, and all of
// them as one story, checked with the default rules and the coalition's
// (whose reference sheet has aliases); and every name looked up, bare
// surnames and "Sir" names included, in an index of all of them.
func TestGroupKeys(t *testing.T) {
	gen, _ := corpusStories(t)
	r := rand.New(rand.NewPCG(17, 18))
	var stories [][]facts.Fact
	var one []facts.Fact
	for k, story := range append(quoteStories(t), gen...) {
		story = slices.Clone(story)
		for i := range story {
			if w := strings.Fields(story[i].Name); len(w) > 1 && r.IntN(4) == 0 {
				switch r.IntN(3) {
				case 0: // a letter doubled
					w[len(w)-1] += w[len(w)-1][len(w[len(w)-1])-1:]
				case 1:
					w[0] = "Sir " + w[0]
				default: // the surname alone
					w = w[len(w)-1:]
				}
				story[i].Name = strings.Join(w, " ")
			}
			story[i].Source = fmt.Sprintf("%d-%s", k, story[i].Source)
		}
		stories = append(stories, story)
		one = append(one, story...)
	}
	stories = append(stories, one)
	plain := func(f func()) {
		defer func(m int) { groupSearchedMax = m }(groupSearchedMax)
		groupSearchedMax = 1 << 30
		f()
	}
	keyed := func(f func()) {
		defer func(m int) { groupSearchedMax = m }(groupSearchedMax)
		groupSearchedMax = 0
		f()
	}
	findings := 0
	for _, rules := range []string{"../rules/default.rules", "../rules/coalition.rules"} {
		prog := compileFile(t, rules)
		for _, story := range stories {
			var want, got *Report
			plain(func() { want = prog.Check(story) })
			keyed(func() { got = prog.Check(story) })
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s, %s: report\n%v\nthe plain search's\n%v", rules, story[0].Source, got, want)
			}
			findings += len(want.Findings)
		}
		var names []string
		for _, f := range one {
			for _, s := range []string{f.Name, f.Speaker} {
				if s != "" {
					names = append(names, s, strings.Fields(s)[len(strings.Fields(s))-1], "Sir "+strings.Fields(s)[0])
				}
			}
		}
		// One person of a given name no one else has, for "Sir" to find.
		names = append(names, "Zebedee Quartermaine", "Sir Zebedee", "Quartermaine")
		var want, got *personIndex
		plain(func() { want = newPersonIndex(&prog.Reference, names) })
		keyed(func() { got = newPersonIndex(&prog.Reference, names) })
		if got.keys == nil || len(got.groups) < 100 {
			t.Fatalf("%d groups, keys %v: the test compares too little", len(got.groups), got.keys != nil)
		}
		if len(got.groups) != len(want.groups) {
			t.Fatalf("%d groups, the plain search %d", len(got.groups), len(want.groups))
		}
		for i := range want.groups {
			if !slices.EqualFunc(got.groups[i].names, want.groups[i].names, func(a, b personName) bool { return a.raw == b.raw }) {
				t.Fatalf("group %d: %v, the plain search's %v", i, got.groups[i].names, want.groups[i].names)
			}
		}
		for _, s := range names {
			if g, w := got.lookup(s), want.lookup(s); g != w {
				t.Fatalf("lookup(%q) = %d, the plain search %d", s, g, w)
			}
		}
		if g := got.lookup("Sir Zebedee"); g < 0 || g != got.lookup("Zebedee Quartermaine") {
			t.Errorf("Sir Zebedee is group %d, Zebedee Quartermaine %d", g, got.lookup("Zebedee Quartermaine"))
		}
	}
	if findings < 100 {
		t.Errorf("%d findings: the test compares too little", findings)
	}
}

// TestDaysSplitByKey: judgeDates splits days of known years by key, as
// two such days are compatible exactly when they are one day. Held to the
// split by datesCompatible on the dated mentions of every test story, as
// sources and as a draft.
func TestDaysSplitByKey(t *testing.T) {
	gen, _ := corpusStories(t)
	groups := 0
	for _, story := range append(quoteStories(t), gen...) {
		var ms []*facts.Fact
		var vals []string
		for i := range story {
			if v := dateValue(&story[i]); story[i].Kind == facts.KindDate && isDay(v) {
				ms, vals = append(ms, &story[i]), append(vals, v)
			}
		}
		if len(ms) < 2 {
			continue
		}
		for _, draft := range []string{"", ms[0].Source} {
			p := &pass{draft: draft}
			wantAgrees, wantBest := p.split(ms, func(i, j int) bool { return datesCompatible(vals[i], vals[j]) })
			agrees, best := p.splitByKey(ms, numbered(vals))
			if best != wantBest || !slices.Equal(agrees, wantAgrees) {
				t.Fatalf("%s, draft %q: by key %v, %d; by datesCompatible %v, %d", story[0].Source, draft, agrees, best, wantAgrees, wantBest)
			}
			groups++
		}
	}
	if groups < 20 {
		t.Errorf("%d groups of days: the test compares too little", groups)
	}
}

// eachDatedStory calls check with the event words of each story's dated
// sentences, and then with all of them as one story.
func eachDatedStory(stories [][]facts.Fact, check func(name string, words [][]eventWord)) {
	var every [][]eventWord
	for _, story := range stories {
		var words [][]eventWord
		for _, f := range story {
			if f.Kind == facts.KindDate {
				words = append(words, eventWords(f.Sentence))
			}
		}
		check(story[0].Source, words)
		every = append(every, words...)
	}
	check("all stories as one", every)
}
