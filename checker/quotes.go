package checker

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pmezard/go-difflib/difflib"

	"github.com/factlint/factlint/facts"
)

// Drift thresholds: two quotes by one speaker drift when at least
// driftMinWords of the shorter one's words, and at least driftShare of
// them, appear in the longer one in order, yet the words are not the same:
// some words differ between the shared ones, but at most driftChanged
// times as many as are shared.
// Attribution conflicts need attribMinWords shared words, so that short
// stock phrases ("coalition of the willing") credited to several people do
// not count.
const (
	driftMinWords  = 4
	driftMinOrder  = 3 // the fewest words whose reordering is drift
	driftShare     = 0.6
	driftChanged   = 0.5
	attribMinWords = 6
	// Quotes by different speakers that differ in a few words are still the
	// same words when both are long and nearly all words are shared.
	attribNearWords = 12
	attribNearShare = 0.9
)

// A word is one word of a quote: as written, and normalised for comparing
// (lower case, letters and digits only, so quote marks, apostrophes and
// punctuation do not count).
type word struct{ text, norm string }

// quoteWords splits a quote into words; hyphens and dashes separate words.
// It scans by hand rather than with strings.FieldsFunc; an ASCII word that
// is already lower case is its own normal form, and the others' normal
// forms share one allocation: quoteWords was half of quotesAgree's time
// (TestQuoteWordsFastPath holds it to the plain code).
func quoteWords(q string) []word {
	w := wordSplitter{out: make([]word, 0, strings.Count(q, " ")+1)}
	start := -1
	for i := 0; i < len(q); {
		r, size := rune(q[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(q[i:])
		}
		if unicode.IsSpace(r) || r == '-' || r == '–' || r == '—' || r == '/' {
			if start >= 0 {
				w.add(q[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		w.add(q[start:])
	}
	if len(w.buf) > 0 {
		all := string(w.buf)
		for _, p := range w.pending {
			w.out[p.word].norm = all[p.start:p.end]
		}
	}
	if len(w.out) == 0 {
		return nil
	}
	return w.out
}

// A wordSplitter collects a quote's words. The normal forms of ASCII words
// that need lower-casing are written to buf, and set from it at the end.
type wordSplitter struct {
	out     []word
	buf     []byte
	pending []struct{ word, start, end int }
}

// add adds field f as a word, unless it has no letter or digit.
func (w *wordSplitter) add(f string) {
	if !isASCII(f) {
		var b strings.Builder
		for _, r := range fold(f) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
			}
		}
		if b.Len() == 0 {
			return
		}
		w.out = append(w.out, word{text: strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), norm: b.String()})
		return
	}
	i, j := 0, len(f)
	for i < j && !isAlnum(f[i]) {
		i++
	}
	for j > i && !isAlnum(f[j-1]) {
		j--
	}
	if i == j {
		return
	}
	text := f[i:j]
	clean := true // lower-case letters and digits only: the text is the norm
	for k := 0; k < len(text) && clean; k++ {
		c := text[k]
		clean = 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
	}
	if clean {
		w.out = append(w.out, word{text: text, norm: text})
		return
	}
	start := len(w.buf)
	for k := 0; k < len(text); k++ {
		switch c := text[k]; {
		case 'A' <= c && c <= 'Z':
			w.buf = append(w.buf, c+'a'-'A')
		case isAlnum(c):
			w.buf = append(w.buf, c)
		}
	}
	w.pending = append(w.pending, struct{ word, start, end int }{len(w.out), start, len(w.buf)})
	w.out = append(w.out, word{text: text})
}

// isAlnum reports whether ASCII byte c is a letter or a digit.
func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func norms(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.norm
	}
	return out
}

// articles are left out when quotes are compared: reporters transcribing
// one speech hear "on the land" and "on land" alike, and a fact-checker
// does not want to be told.
var articles = wordSet("a", "an", "the")

// isArticle is articles[w], without hashing w.
func isArticle(w string) bool { return w == "a" || w == "an" || w == "the" }

// A quoteRelation is how two quotes' words relate.
type quoteRelation uint8

const (
	unrelated quoteRelation = iota
	sameWords               // the same words
	partOf                  // one is an exact run of the other's words
	excerpts                // they overlap exactly, like two excerpts of one text
	drift                   // they share most words but not as written
	nearWords               // by different speakers: a long passage, nearly word for word
)

// relateCounting is relate, counting the words two quotes share with
// common.
func relateCounting[W comparable](a, b []W, common func(a, b []W) int) (rel quoteRelation, shared int) {
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
	// The words the two have in common bound their longest common
	// subsequence: most pairs of a story's quotes fail this cheap test and
	// need no LCS table.
	bound := common(short, long)
	if bound == len(a) && len(a) == len(b) && len(a) >= driftMinOrder {
		return drift, bound // the same words in another order: "fair and free"
	}
	if bound < driftMinWords || float64(bound) < driftShare*float64(len(short)) {
		return unrelated, bound
	}
	shared, lfrom, lto := lcs(short, long)
	if shared < driftMinWords || float64(shared) < driftShare*float64(len(short)) {
		return unrelated, shared
	}
	// Between the first and the last shared word, count the words that
	// differ. None: the quotes differ only where they start or end, like
	// two cuts of one passage. More than half as many as are shared: the
	// shared words are scattered over different sayings ("a lasting peace
	// … in Ukraine"), or one quote leaves out a long stretch of the other.
	_, sfrom, sto := lcs(long, short)
	changed := (sto - sfrom - shared) + (lto - lfrom - shared)
	if changed == 0 {
		return unrelated, shared
	}
	if float64(changed) > driftChanged*float64(shared) && !oneChange(a, b, shared) {
		return unrelated, shared
	}
	return drift, shared
}

// oneChange reports whether a and b differ in one stretch of words between
// a shared beginning and a shared end of at least two words each, which
// together are all the shared words: "my client {is innocent | has done
// nothing wrong} and we will appeal" is one saying reworded, however long
// the stretch.
func oneChange[W comparable](a, b []W, shared int) bool {
	n := min(len(a), len(b))
	pre := 0
	for pre < n && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < n-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	return pre >= 2 && suf >= 2 && pre+suf == shared
}

// A wordCounter is commonWords for words numbered from 0 to n-1: it
// counts in a slice, where commonWords hashes every word.
type wordCounter []int32

func (c wordCounter) common(a, b []int32) int {
	for _, w := range a {
		c[w]++
	}
	n := 0
	for _, w := range b {
		if c[w] > 0 {
			c[w]--
			n++
		}
	}
	for _, w := range a {
		c[w] = 0
	}
	return n
}

func equalWords[W comparable](a, b []W) bool {
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
func indexWords[W comparable](hay, needle []W) int {
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
func overlapEnds[W comparable](a, b []W) int {
	best := 0
	for _, p := range [][2][]W{{a, b}, {b, a}} {
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
// the shortest span of b that holds one, [from, to): it starts as late and
// ends as early as a longest common subsequence allows, so a diff against
// it shows no stray words of b around the shared ones.
func lcs[W comparable](a, b []W) (n, from, to int) {
	n, starts := lcsTable(a, b)
	if n == 0 {
		return 0, -1, -1
	}
	for j := range starts {
		if starts[j] == n {
			from = j
		}
	}
	ra, rb := reversed(a), reversed(b[from:])
	_, ends := lcsTable(ra, rb)
	to = from
	for j := range ends {
		if ends[j] == n {
			to = from + len(rb) - j
		}
	}
	return n, from, to
}

// lcsTable returns the length of the longest common subsequence of a and b,
// and for each j that of a and b[j:].
func lcsTable[W comparable](a, b []W) (int, []int) {
	next, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				cur[j] = next[j+1] + 1
			} else {
				cur[j] = max(next[j], cur[j+1])
			}
		}
		next, cur = cur, next
	}
	return next[0], next[:len(b)]
}

func reversed[W comparable](s []W) []W {
	out := make([]W, len(s))
	for i, w := range s {
		out[len(s)-1-i] = w
	}
	return out
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

// relateRepeats makes quotesAgree relate repeated quotes again, as it did
// before repeats were related once; TestQuoteRepeatsRelatedOnce compares the two.
var relateRepeats = false

// quotesAgree reports a speaker's quotes that drift — they share most of
// their words but are not the same words — with a word diff; and the same
// words credited to different speakers. A quote that is an exact part of
// another, or two quotes that overlap exactly like excerpts of one speech,
// are not drift.
func quotesAgree(p *pass) {
	var qs []*facts.Fact
	var words [][]word
	for _, m := range p.mentions {
		if ws := quoteWords(m.Quote); len(ws) > 0 {
			qs, words = append(qs, m), append(words, ws)
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
	idx := p.cache.personIndex(p.reference(), names)
	speaker := make([]int, len(qs))
	for i, q := range qs {
		speaker[i] = -1
		if q.Speaker != "" {
			speaker[i] = idx.lookup(q.Speaker)
		}
	}
	rel := make([][]quoteRelation, len(qs))
	shared := make([][]int, len(qs))
	for i := range qs {
		rel[i], shared[i] = make([]quoteRelation, len(qs)), make([]int, len(qs))
	}
	// The words compared, each a number: comparing quotes compares words
	// many times over, and numbers compare and hash faster than strings.
	ns := make([][]int32, len(qs))
	total := 0
	for _, ws := range words {
		total += len(ws)
	}
	wordIDs := make(map[string]int32, total/2)
	for i := range qs {
		ns[i] = make([]int32, 0, len(words[i]))
		for _, w := range words[i] {
			if isArticle(w.norm) {
				continue // as compared does
			}
			id, ok := wordIDs[w.norm]
			if !ok {
				id = int32(len(wordIDs))
				wordIDs[w.norm] = id
			}
			ns[i] = append(ns[i], id)
		}
	}
	counter := make(wordCounter, len(wordIDs))
	// Each long quote's word trigrams, made once when first asked for:
	// most quotes never are.
	tri := make([]map[[3]int32]bool, len(qs))
	trigramsOf := func(i int) map[[3]int32]bool {
		if tri[i] == nil {
			tri[i] = trigrams(ns[i])
		}
		return tri[i]
	}
	// Outlets repeat a quote word for word, often: relate each distinct
	// (speaker, words) pair once. Twenty articles quoting a few people the
	// same way spent most of their check relating identical quotes.
	form := make([]int, len(qs)) // the first quote with the same speaker and words
	// (relateRepeats, for a test, relates every pair as before.)
	forms := make(map[string]int, len(qs))
	var key []byte
	for i := range qs {
		key = binary.LittleEndian.AppendUint32(key[:0], uint32(speaker[i]))
		for _, id := range ns[i] {
			key = binary.LittleEndian.AppendUint32(key, uint32(id))
		}
		f, ok := forms[string(key)]
		if !ok {
			f = i
			forms[string(key)] = i
		}
		form[i] = f
	}
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			var r quoteRelation
			var n int
			if fi, fj := form[i], form[j]; (fi != i || fj != j) && !relateRepeats {
				// A repeat: its pair of forms came earlier in this loop, or
				// it is one quote twice.
				switch {
				case fi == fj && speaker[i] >= 0:
					r, n = sameWords, len(ns[i])
				case fi != fj:
					a, b := min(fi, fj), max(fi, fj)
					r, n = rel[a][b], shared[a][b]
				}
				rel[i][j], rel[j][i], shared[i][j], shared[j][i] = r, r, n, n
				continue
			}
			switch {
			case speaker[i] < 0 || speaker[j] < 0:
				continue // nothing to judge without both speakers
			case speaker[i] == speaker[j]:
				r, n = relateCounting(ns[i], ns[j], counter.common)
			case min(len(words[i]), len(words[j])) >= attribMinWords:
				// Different speakers: only the same words matter, and
				// finding those needs no alignment.
				if equalWords(ns[i], ns[j]) {
					r, n = sameWords, len(ns[i])
				} else if len(ns[i]) < len(ns[j]) && indexWords(ns[j], ns[i]) >= 0 || len(ns[j]) < len(ns[i]) && indexWords(ns[i], ns[j]) >= 0 {
					r, n = partOf, min(len(ns[i]), len(ns[j]))
				} else if min(len(ns[i]), len(ns[j])) >= attribNearWords && sharesTrigram(trigramsOf(i), ns[j]) {
					// A long passage with a few words changed is the
					// same words too.
					if rr, nn := relateCounting(ns[i], ns[j], counter.common); rr == drift && float64(nn) >= attribNearShare*float64(min(len(ns[i]), len(ns[j]))) {
						r, n = nearWords, nn
					}
				}
			}
			rel[i][j], rel[j][i], shared[i][j], shared[j][i] = r, r, n, n
		}
	}

	// Drift: clusters of one speaker's quotes joined by drift. Quotes that
	// are only excerpts or parts of one another never join a cluster: a
	// speaker's many short quotes would chain unrelated sayings together,
	// and a saying that fits none of a rewording's words would then look
	// like the version the sources agree on.
	drifting := newUnionFind(len(qs))
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			if speaker[i] >= 0 && speaker[i] == speaker[j] && rel[i][j] == drift {
				drifting.union(i, j)
			}
		}
	}
	exact := func(i, j int) bool {
		return speaker[i] == speaker[j] && (rel[i][j] == sameWords || rel[i][j] == partOf || rel[i][j] == excerpts)
	}
	inDraft := func(i int) bool { return p.draft != "" && qs[i].Source == p.draft }
	for _, cluster := range drifting.sets() {
		if len(cluster) < 2 {
			continue
		}
		// The version the sources back: the one whose words other quotes
		// of the speaker repeat exactly, counted in shared words. A draft
		// backs nothing.
		best, bestScore := -1, -1
		for _, c := range cluster {
			if inDraft(c) {
				continue
			}
			score := 0
			for j := range qs {
				if j != c && !inDraft(j) && exact(c, j) {
					score += shared[c][j]
				}
			}
			if score > bestScore {
				best, bestScore = c, score
			}
		}
		if best < 0 {
			continue
		}
		agrees := map[int]bool{}
		for _, i := range cluster {
			switch {
			case !inDraft(i):
				agrees[i] = p.draft != "" || i == best || rel[best][i] != drift
			default:
				// A draft quote is right when a source has its words, or
				// when it rewords none of the sources' quotes.
				agrees[i] = true
				backed := false
				for j := range qs {
					if !inDraft(j) && exact(i, j) {
						backed = true
					}
				}
				for _, j := range cluster {
					if !inDraft(j) && rel[i][j] == drift && !backed {
						agrees[i] = false
					}
				}
			}
		}
		members := slices.Clone(cluster)
		for j := range qs {
			if !slices.Contains(members, j) && !inDraft(j) && exact(best, j) {
				members = append(members, j) // evidence for the version kept
				agrees[j] = true
			}
		}
		slices.Sort(members)
		g := idx.groups[speaker[cluster[0]]]
		f := Finding{}
		var diffs []string
		for _, i := range members {
			f.Mentions = append(f.Mentions, textMention(qs[i], "quote by "+qs[i].Speaker, agrees[i]))
			if agrees[i] {
				continue
			}
			// Compare with the agreeing version closest to this one.
			b := best
			for _, j := range cluster {
				if agrees[j] && rel[i][j] == drift && closer(shared[i][j], len(ns[i]), len(ns[j]), shared[i][b], len(ns[b])) {
					b = j
				}
			}
			n, _, _ := lcs(norms(words[b]), norms(words[i]))
			diffs = append(diffs, fmt.Sprintf("'%s' (%s) against '%s' (%s): %s; %d of %d words shared in order",
				short(qs[i].Quote, 6), place(qs[i]), short(qs[b].Quote, 6), place(qs[b]), wordDiff(words[b], words[i]),
				n, min(len(words[b]), len(words[i]))))
		}
		if len(diffs) == 0 {
			continue
		}
		f.Message = fmt.Sprintf("%s is quoted in different words: %s; grouped: same speaker %s", g.display(), strings.Join(diffs, "; "), g.display())
		p.report(f)
	}

	// Attribution: the same words credited to different speakers.
	same := newUnionFind(len(qs))
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			if speaker[i] >= 0 && speaker[j] >= 0 && speaker[i] != speaker[j] &&
				(rel[i][j] == sameWords || rel[i][j] == partOf || rel[i][j] == nearWords) && min(len(words[i]), len(words[j])) >= attribMinWords {
				same.union(i, j)
			}
		}
	}
	for _, cluster := range same.sets() {
		if len(cluster) < 2 {
			continue
		}
		ms := make([]*facts.Fact, len(cluster))
		for k, i := range cluster {
			ms[k] = qs[i]
		}
		agrees, best := p.split(ms, func(a, b int) bool { return speaker[cluster[a]] == speaker[cluster[b]] })
		if best < 0 || allAgree(agrees) {
			continue
		}
		f := Finding{}
		var credits []string
		for k, i := range cluster {
			f.Mentions = append(f.Mentions, textMention(qs[i], "quote by "+qs[i].Speaker, agrees[k]))
			credits = append(credits, fmt.Sprintf("%s (%s)", idx.groups[speaker[i]].display(), place(qs[i])))
		}
		why := "the words, or an exact part of them, are the same once quote marks, case and punctuation are set aside"
		b := cluster[best]
		for _, i := range cluster {
			if rel[b][i] == nearWords {
				n, _, _ := lcs(norms(words[b]), norms(words[i]))
				why = fmt.Sprintf("'%s' (%s) against '%s' (%s): %s; %d of %d words shared in order",
					short(qs[i].Quote, 6), place(qs[i]), short(qs[b].Quote, 6), place(qs[b]), wordDiff(words[b], words[i]), n, min(len(words[b]), len(words[i])))
				break
			}
		}
		f.Message = fmt.Sprintf("the same words '%s' are credited to %s; grouped: %s", short(qs[b].Quote, 8), strings.Join(credits, ", "), why)
		p.report(f)
	}
}

// closer reports whether a version sharing n words with a quote of length
// q, itself of length l, is closer to the quote than one sharing bn words
// with it and of length bl: more of the shorter one's words shared in order.
func closer(n, q, l, bn, bl int) bool {
	return float64(n)/float64(min(q, l)) > float64(bn)/float64(min(q, bl))
}

// sharesTrigram reports whether two word sequences share three words in a
// row: a cheap test before aligning them.
func sharesTrigram[W comparable](seen map[[3]W]bool, b []W) bool {
	for i := 0; i+3 <= len(b); i++ {
		if seen[[3]W(b[i:i+3])] {
			return true
		}
	}
	return false
}

func trigrams[W comparable](a []W) map[[3]W]bool {
	seen := make(map[[3]W]bool, len(a))
	for i := 0; i+3 <= len(a); i++ {
		seen[[3]W(a[i:i+3])] = true
	}
	return seen
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
	idx := make([]int, len(u)) // by root: 1 + the set's place in out
	var out [][]int
	for i := range u {
		r := u.find(i)
		if idx[r] == 0 {
			out = append(out, nil)
			idx[r] = len(out)
		}
		out[idx[r]-1] = append(out[idx[r]-1], i)
	}
	return out
}
