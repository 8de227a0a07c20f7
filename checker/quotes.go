package checker

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/pmezard/go-difflib/difflib"

	"github.com/factlint/factlint/facts"
)

// Drift thresholds: two quotes by one speaker drift when at least
// driftMinWords of the shorter one's words, and at least driftShare of
// them, appear in the longer one in order, yet the words are not the same.
// Attribution conflicts need attribMinWords shared words, so that short
// stock phrases ("coalition of the willing") credited to several people do
// not count.
const (
	driftMinWords  = 4
	driftShare     = 0.6
	attribMinWords = 6
)

// A word is one word of a quote: as written, and normalised for comparing
// (lower case, letters and digits only, so quote marks, apostrophes and
// punctuation do not count).
type word struct{ text, norm string }

// quoteWords splits a quote into words; hyphens and dashes separate words.
func quoteWords(q string) []word {
	var out []word
	for _, f := range strings.FieldsFunc(q, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '–' || r == '—' || r == '/' }) {
		var b strings.Builder
		for _, r := range fold(f) {
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

func norms(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.norm
	}
	return out
}

// A quoteRelation is how two quotes' words relate.
type quoteRelation uint8

const (
	unrelated quoteRelation = iota
	sameWords               // the same words
	partOf                  // one is an exact run of the other's words
	excerpts                // they overlap exactly, like two excerpts of one text
	drift                   // they share most words but not as written
)

// relate compares two quotes' normalised words. shared is the number of the
// shorter quote's words found in the longer one, in order.
func relate(a, b []string) (rel quoteRelation, shared int) {
	if len(a) == 0 || len(b) == 0 {
		return unrelated, 0
	}
	if equalWords(a, b) {
		return sameWords, len(a)
	}
	short, long := a, b
	if len(b) < len(a) {
		short, long = b, a
	}
	if indexWords(long, short) >= 0 {
		return partOf, len(short)
	}
	if k := overlapEnds(a, b); k >= driftMinWords {
		return excerpts, k
	}
	shared, _, _ = lcs(short, long)
	if shared >= driftMinWords && float64(shared) >= driftShare*float64(len(short)) {
		return drift, shared
	}
	return unrelated, shared
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// indexWords returns where needle starts in hay as a run of words, or -1.
func indexWords(hay, needle []string) int {
	for i := 0; i+len(needle) <= len(hay); i++ {
		if equalWords(hay[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

// overlapEnds returns the length of the longest end of one quote that is
// the start of the other: "…stop once and for all" and "stop once and for
// all, and agree…" overlap in five words.
func overlapEnds(a, b []string) int {
	best := 0
	for _, p := range [][2][]string{{a, b}, {b, a}} {
		x, y := p[0], p[1]
		for k := min(len(x), len(y)) - 1; k > best; k-- {
			if equalWords(x[len(x)-k:], y[:k]) {
				best = k
				break
			}
		}
	}
	return best
}

// lcs returns the length of the longest common subsequence of a and b and
// the span of b it covers, [from, to).
func lcs(a, b []string) (n, from, to int) {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	from, to = -1, -1
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			if from < 0 {
				from = j
			}
			to = j + 1
			i, j = i+1, j+1
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return dp[0][0], from, to
}

// wordDiff shows how quote b differs from quote a, word by word, in the
// style of git's word diff: "[-let-]{+that+} the guns fall silent". Only
// the stretch of the longer quote that the shorter one covers is compared,
// and long unchanged runs are cut to a few words.
func wordDiff(a, b []word) string {
	if len(a) > len(b) {
		if _, from, to := lcs(norms(b), norms(a)); from >= 0 {
			a = a[from:to]
		}
	} else if len(b) > len(a) {
		if _, from, to := lcs(norms(a), norms(b)); from >= 0 {
			b = b[from:to]
		}
	}
	m := difflib.NewMatcherWithJunk(norms(a), norms(b), false, nil)
	var parts []string
	texts := func(ws []word) string {
		s := make([]string, len(ws))
		for i, w := range ws {
			s[i] = w.text
		}
		return strings.Join(s, " ")
	}
	ops := m.GetOpCodes()
	for k, op := range ops {
		switch op.Tag {
		case 'e':
			eq := a[op.I1:op.I2]
			const keep = 3
			if len(eq) > 2*keep+1 {
				head, tail := eq[:keep], eq[len(eq)-keep:]
				switch {
				case k == 0:
					parts = append(parts, "…", texts(tail))
				case k == len(ops)-1:
					parts = append(parts, texts(head), "…")
				default:
					parts = append(parts, texts(head), "…", texts(tail))
				}
				continue
			}
			parts = append(parts, texts(eq))
		case 'd':
			parts = append(parts, "[-"+texts(a[op.I1:op.I2])+"-]")
		case 'i':
			parts = append(parts, "{+"+texts(b[op.J1:op.J2])+"+}")
		case 'r':
			parts = append(parts, "[-"+texts(a[op.I1:op.I2])+"-]{+"+texts(b[op.J1:op.J2])+"+}")
		}
	}
	return strings.Join(parts, " ")
}

// quotesAgree reports a speaker's quotes that drift — they share most of
// their words but are not the same words — with a word diff; and the same
// words credited to different speakers. A quote that is an exact part of
// another, or two quotes that overlap exactly like excerpts of one speech,
// are not drift.
func quotesAgree(p *pass) {
	var qs []*facts.Fact
	for _, m := range p.mentions {
		if len(quoteWords(m.Quote)) > 0 {
			qs = append(qs, m)
		}
	}
	var names []string
	for i := range p.all {
		if n := p.all[i].Name; n != "" {
			names = append(names, n)
		}
	}
	for _, q := range qs {
		names = append(names, q.Speaker)
	}
	idx := newPersonIndex(p.reference(), names)
	speaker := make([]int, len(qs))
	words := make([][]word, len(qs))
	for i, q := range qs {
		speaker[i] = -1
		if q.Speaker != "" {
			speaker[i] = idx.lookup(q.Speaker)
		}
		words[i] = quoteWords(q.Quote)
	}
	rel := make([][]quoteRelation, len(qs))
	shared := make([][]int, len(qs))
	for i := range qs {
		rel[i], shared[i] = make([]quoteRelation, len(qs)), make([]int, len(qs))
	}
	ns := make([][]string, len(qs))
	for i := range qs {
		ns[i] = norms(words[i])
	}
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			var r quoteRelation
			var n int
			switch {
			case speaker[i] < 0 || speaker[j] < 0:
				continue // nothing to judge without both speakers
			case speaker[i] == speaker[j]:
				r, n = relate(ns[i], ns[j])
			case min(len(ns[i]), len(ns[j])) >= attribMinWords:
				// Different speakers: only the same words matter, and
				// finding those needs no alignment.
				if equalWords(ns[i], ns[j]) {
					r, n = sameWords, len(ns[i])
				} else if len(ns[i]) < len(ns[j]) && indexWords(ns[j], ns[i]) >= 0 || len(ns[j]) < len(ns[i]) && indexWords(ns[i], ns[j]) >= 0 {
					r, n = partOf, min(len(ns[i]), len(ns[j]))
				}
			}
			rel[i][j], rel[j][i], shared[i][j], shared[j][i] = r, r, n, n
		}
	}

	// Drift: clusters of one speaker's related quotes.
	drifting := newUnionFind(len(qs))
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			if speaker[i] >= 0 && speaker[i] == speaker[j] && rel[i][j] != unrelated {
				drifting.union(i, j)
			}
		}
	}
	for _, cluster := range drifting.sets() {
		if len(cluster) < 2 {
			continue
		}
		ms := make([]*facts.Fact, len(cluster))
		pos := map[*facts.Fact]int{}
		for k, i := range cluster {
			ms[k] = qs[i]
			pos[qs[i]] = i
		}
		// Quotes in one cluster that do not overlap at all are different
		// sayings, not drift.
		consistent := func(a, b *facts.Fact) bool { return rel[pos[a]][pos[b]] != drift }
		agrees, best := p.split(ms, consistent)
		if best < 0 || allAgree(agrees) {
			continue
		}
		g := idx.groups[speaker[cluster[0]]]
		f := Finding{}
		b := cluster[best]
		var diffs []string
		for k, i := range cluster {
			f.Mentions = append(f.Mentions, textMention(qs[i], "quote by "+qs[i].Speaker, agrees[k]))
			if agrees[k] {
				continue
			}
			diffs = append(diffs, fmt.Sprintf("'%s' (%s) against '%s' (%s): %s; %d of %d words shared in order",
				short(qs[i].Quote, 6), place(qs[i]), short(qs[b].Quote, 6), place(qs[b]), wordDiff(words[b], words[i]),
				shared[b][i], min(len(words[b]), len(words[i]))))
		}
		f.Message = fmt.Sprintf("%s is quoted in different words: %s; grouped: same speaker %s", g.display(), strings.Join(diffs, "; "), g.display())
		p.report(f)
	}

	// Attribution: the same words credited to different speakers.
	same := newUnionFind(len(qs))
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			if speaker[i] >= 0 && speaker[j] >= 0 && speaker[i] != speaker[j] &&
				(rel[i][j] == sameWords || rel[i][j] == partOf) && shared[i][j] >= attribMinWords {
				same.union(i, j)
			}
		}
	}
	for _, cluster := range same.sets() {
		if len(cluster) < 2 {
			continue
		}
		ms := make([]*facts.Fact, len(cluster))
		pos := map[*facts.Fact]int{}
		for k, i := range cluster {
			ms[k] = qs[i]
			pos[qs[i]] = i
		}
		agrees, best := p.split(ms, func(a, b *facts.Fact) bool { return speaker[pos[a]] == speaker[pos[b]] })
		if best < 0 || allAgree(agrees) {
			continue
		}
		f := Finding{}
		var credits []string
		for k, i := range cluster {
			f.Mentions = append(f.Mentions, textMention(qs[i], "quote by "+qs[i].Speaker, agrees[k]))
			credits = append(credits, fmt.Sprintf("%s (%s)", idx.groups[speaker[i]].display(), place(qs[i])))
		}
		f.Message = fmt.Sprintf("the same words '%s' are credited to %s", short(qs[cluster[best]].Quote, 8), strings.Join(credits, ", "))
		p.report(f)
	}
}

// A unionFind groups indices into disjoint sets.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

func (u unionFind) union(i, j int) {
	ri, rj := u.find(i), u.find(j)
	if ri < rj {
		u[rj] = ri
	} else if rj < ri {
		u[ri] = rj
	}
}

// sets returns the sets in order of their first member, members in order.
func (u unionFind) sets() [][]int {
	idx := map[int]int{}
	var out [][]int
	for i := range u {
		r := u.find(i)
		k, ok := idx[r]
		if !ok {
			k = len(out)
			idx[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}
