package checker

import (
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"slices"
	"strings"
	"sync"
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
// (TestQuoteWordsFastPath and FuzzQuoteWords hold it to the plain code).
//
// The ASCII bytes of a field are read by a loop of their own through a
// table of byte classes, which also tells a field of lower-case letters
// and digits alone, its own word: half the instructions of the scan a
// rune at a time with a pass per field to tell ASCII, trim and check case
// (BenchmarkCheckCorpusDefault 147.5 -> 142.6 M instructions, GOGC=off).
func quoteWords(q string) []word {
	return quoteWordsWith(&wordSplitter{}, q)
}

// quoteWordsWith is quoteWords, splitting with w: a splitter's room for
// the words' lower case is kept from quote to quote (grown for each, it was
// a twentieth of a check's allocations), and the words are cut from its
// slab while they fit.
func quoteWordsWith(w *wordSplitter, q string) []word {
	n := strings.Count(q, " ") + 1 // the words, unless hyphens or dashes cut more
	if cap(w.slab)-len(w.slab) < n {
		w.slab = make([]word, 0, max(n, cap(w.slab)))
	}
	w.out, w.buf, w.pending = w.slab[len(w.slab):len(w.slab):len(w.slab)+n], w.buf[:0], w.pending[:0]
	for i := 0; i < len(q); {
		for i < len(q) && quoteByte[q[i]] == quoteSep {
			i++
		}
		if i == len(q) {
			break
		}
		start := i
		end, clean := scanQuoteField(q, i)
		if end < len(q) && quoteByte[q[end]] == quoteNonASCII {
			// A rune that is not ASCII goes on the field, or ends it.
			j := end
			for j < len(q) {
				r, size := rune(q[j]), 1
				if r >= utf8.RuneSelf {
					r, size = utf8.DecodeRuneInString(q[j:])
				}
				if isQuoteSep(r) {
					break
				}
				j += size
			}
			if j == start { // a separator
				_, size := utf8.DecodeRuneInString(q[j:])
				i = j + size
				continue
			}
			if j > end {
				w.add(q[start:j])
				i = j
				continue
			}
		}
		i = end
		if f := q[start:end]; clean {
			w.out = append(w.out, word{text: f, norm: f})
		} else {
			w.addASCII(f)
		}
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
	if len(w.out) <= n { // cut from the slab, not grown out of it
		w.slab = w.slab[:len(w.slab)+len(w.out)]
	}
	return w.out[:len(w.out):len(w.out)]
}

// isQuoteSep reports whether r separates the words of a quote.
func isQuoteSep(r rune) bool {
	return unicode.IsSpace(r) || r == '-' || r == '–' || r == '—' || r == '/'
}

// scanQuoteField reads the ASCII bytes of a field of a quote from i on,
// returning where they end and whether all are lower-case letters and
// digits. A loop that calls nothing, so that its state stays in registers,
// and branches once a byte: the classes are bits, a stop bit to end on and
// a bit for a byte that is not its own lower-case form, or'ed together
// (quoteWordsWith 4,165 -> 3,644 instructions for a quote of 16 words,
// six of them not lower case).
func scanQuoteField(q string, i int) (end int, clean bool) {
	var k uint8
	for ; i < len(q); i++ {
		c := quoteByte[q[i]]
		if c&quoteStop != 0 {
			break
		}
		k |= c
	}
	return i, k == 0
}

// Byte classes for quoteWords, made of bits: quoteStop ends a field.
const (
	quoteLowDigit uint8 = 0                      // a lower-case ASCII letter or a digit
	quoteStop     uint8 = 1                      // a separator or a byte of a rune that is not ASCII
	quoteOther    uint8 = 2                      // ASCII, in a field: capitals, punctuation
	quoteNonASCII       = quoteStop              // a byte of a rune that is not ASCII
	quoteSep            = quoteStop | quoteOther // ASCII space, hyphen or slash
)

var quoteByte = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = quoteNonASCII
		case isQuoteSep(rune(c)):
			t[c] = quoteSep
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = quoteLowDigit
		default:
			t[c] = quoteOther
		}
	}
	return t
}()

// lowerAlnum maps an ASCII letter or digit to its lower case, and every
// other byte to 0.
var lowerAlnum = func() (t [256]byte) {
	for c := range t {
		if c < utf8.RuneSelf && isAlnum(byte(c)) {
			t[c] = byte(unicode.ToLower(rune(c)))
		}
	}
	return t
}()

// A wordSplitter collects a quote's words. The normal forms of ASCII words
// that need lower-casing are written to buf, and set from it at the end.
type wordSplitter struct {
	slab    []word // room for the words of quotes to come
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
	w.addASCII(f)
}

// addASCII is add for an ASCII field. The lower case is written through a
// table, into room grown once, and kept only when it differs from the text.
func (w *wordSplitter) addASCII(f string) {
	i, j := 0, len(f)
	for i < j && lowerAlnum[f[i]] == 0 {
		i++
	}
	for j > i && lowerAlnum[f[j-1]] == 0 {
		j--
	}
	if i == j {
		return
	}
	text := f[i:j]
	buf := slices.Grow(w.buf, len(text))
	start := len(buf)
	dst := buf[start : start+len(text)]
	m, same := 0, true
	for k := 0; k < len(text); k++ {
		c := text[k]
		l := lowerAlnum[c]
		same = same && l == c
		dst[m] = l
		if l != 0 {
			m++
		}
	}
	if same && m == len(text) { // lower-case letters and digits only: the text is the norm
		w.out = append(w.out, word{text: text, norm: text})
		return
	}
	w.buf = buf[:start+m]
	w.pending = append(w.pending, struct{ word, start, end int }{len(w.out), start, start + m})
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

// A quoteForm is one distinct saying of a story: a speaker and the words
// compared. Outlets repeat a quote word for word, often, so quotes are
// related form to form, once per pair of forms.
type quoteForm struct {
	speaker  int     // the speaker's group in the people index; -1 for none
	ns       []int32 // the words compared, each a number
	quotes   []int   // the story's quotes with these words, in order
	maxWords int     // the most words, articles included, of those quotes
	related  []int   // the forms it relates to, in any way
}

// A formPair is two forms, the earlier first.
type formPair struct{ a, b int }

// A formRelation is how two forms' words relate and how many they share.
type formRelation struct {
	rel    quoteRelation
	shared int
}

// A keptRelation is a formRelation of a pair of forms.
type keptRelation struct {
	formPair
	formRelation
}

// A quoteSet is a story's quotes, their forms, and the relations between
// forms that are not unrelated. Only related pairs are kept: a story with
// thousands of quotes (an archive of one person's speeches) once held two
// n×n matrices and spent its time collecting them.
type quoteSet struct {
	qs      []*facts.Fact
	words   [][]word
	speaker []int
	form    []int // each quote's form
	forms   []quoteForm
	rels    *relationList // one speaker's forms', in the order kept
	// Different speakers' forms are related class to class (see
	// relateAcross): each form's class, -1 for none; each class's first
	// form and size; the relations of classes.
	class     []int32
	reps      []int
	classSize []int32
	crossRels *relationList
	counter   wordCounter
	idx       *personIndex // the story's people: speakers' groups
	scratch   *quoteScratch
}

// relation returns how quotes i and j relate, as quotesAgree once kept it
// in a matrix: quotes by different speakers relate only when both have at
// least attribMinWords words.
func (s *quoteSet) relation(i, j int) (quoteRelation, int) {
	fi, fj := s.form[i], s.form[j]
	if fi == fj {
		if s.speaker[i] >= 0 && i != j {
			return sameWords, len(s.forms[fi].ns)
		}
		return unrelated, 0
	}
	if s.speaker[i] != s.speaker[j] {
		if min(len(s.words[i]), len(s.words[j])) < attribMinWords {
			return unrelated, 0
		}
		return s.across(fi, fj)
	}
	r := s.kept(formPair{min(fi, fj), max(fi, fj)})
	return r.rel, r.shared
}

// across returns how forms fa and fb of different speakers relate: the same
// words within a class, and between two classes as relateAcross found.
func (s *quoteSet) across(fa, fb int) (quoteRelation, int) {
	a, b := int(s.class[fa]), int(s.class[fb])
	switch {
	case a < 0 || b < 0:
		return unrelated, 0
	case a == b:
		return sameWords, len(s.forms[fa].ns)
	}
	r := s.crossRels.find(formPair{min(a, b), max(a, b)})
	return r.rel, r.shared
}

// sharedAny is the words two quotes of one speaker share even when they are
// unrelated (relateCounting's count, which choosing the closest version
// compares), computed again for the rare pair that was not kept.
func (s *quoteSet) sharedAny(i, j int) int {
	if r, n := s.relation(i, j); r != unrelated || s.form[i] == s.form[j] || s.speaker[i] < 0 || s.speaker[i] != s.speaker[j] {
		return n
	}
	a, b := min(s.form[i], s.form[j]), max(s.form[i], s.form[j])
	_, n := relateCounting(s.forms[a].ns, s.forms[b].ns, s.counter.common)
	return n
}

// ns returns the words compared of quote i.
func (s *quoteSet) ns(i int) []int32 { return s.forms[s.form[i]].ns }

// exact reports whether quotes i and j, by one speaker, are the same words,
// one an exact part of the other, or exact excerpts of one text.
func (s *quoteSet) exact(i, j int) bool {
	if s.speaker[i] != s.speaker[j] {
		return false
	}
	r, _ := s.relation(i, j)
	return r == sameWords || r == partOf || r == excerpts
}

// newQuoteSet numbers the words of the story's quotes, gathers them into
// forms and relates the forms: every pair of one speaker's forms, and the
// pairs of different speakers' long forms that share three words in a row
// (all that the same words, an exact part or a near-copy need).
func newQuoteSet(p *pass) *quoteSet {
	sc := quoteScratches.Get().(*quoteScratch)
	s := &quoteSet{scratch: sc, rels: &sc.rels, crossRels: &sc.crossRels}
	// Outlets repeat a quote word for word: each distinct quote is split
	// into words, and its words numbered, once (two in five of a generated
	// archive's quotes repeat one before them in the story).
	texts := sc.texts[:0]
	split := &sc.split
	var textIdx map[string]int // once there are many texts; searched before
	// The story's lists of ints, one per quote, cut from one slice: each
	// quote's text, speaker and form, and the forms' quotes.
	n := len(p.mentions)
	ints := slices.Grow(sc.ints[:0], 4*n)[:4*n]
	textOf := ints[:0:n] // each quote's
	s.qs, s.words = sc.qs[:0], sc.words[:0]
	for _, m := range p.mentions {
		t := -1
		if textIdx == nil {
			// A story has a dozen quotes: comparing them, mostly of
			// different lengths, is cheaper than hashing each.
			for k := range texts {
				if texts[k].quote == m.Quote {
					t = k
					break
				}
			}
		} else if k, ok := textIdx[m.Quote]; ok {
			t = k
		}
		if t < 0 {
			t = len(texts)
			texts = append(texts, quoteText{quote: m.Quote, words: quoteWordsWith(split, m.Quote)})
			switch {
			case textIdx != nil:
				textIdx[m.Quote] = t
			case len(texts) > searchedMax:
				textIdx = make(map[string]int, len(p.mentions))
				for k := range texts {
					textIdx[texts[k].quote] = k
				}
			}
		}
		if ws := texts[t].words; len(ws) > 0 {
			s.qs, s.words = append(s.qs, m), append(s.words, ws)
			textOf = append(textOf, t)
		}
	}
	sc.texts, sc.qs, sc.words, sc.ints = texts, s.qs, s.words, ints
	speakers := slices.Grow(sc.speakers[:0], len(s.qs))[:len(s.qs)]
	for i, q := range s.qs {
		speakers[i] = q.Speaker
	}
	sc.speakers = speakers
	s.idx = p.cache.allIndex(p.reference(), p.all, speakers)
	s.speaker = ints[n : n+len(s.qs) : n+len(s.qs)]
	for i, q := range s.qs {
		s.speaker[i] = -1
		if q.Speaker != "" {
			s.speaker[i] = s.idx.lookup(q.Speaker)
		}
	}
	// The words compared, each a number: comparing quotes compares words
	// many times over, and numbers compare and hash faster than strings.
	total := 0
	for _, ws := range s.words {
		total += len(ws)
	}
	wordIDs := wordTables.Get().(*wordTable)
	defer wordIDs.release()
	var forms map[string]int // once there are many forms; searched before
	var key []byte
	s.form = ints[2*n : 2*n+len(s.qs) : 2*n+len(s.qs)]
	s.forms = slices.Grow(sc.forms[:0], len(s.qs))
	// The quotes' numbered words, cut from one slice, and after them the
	// counter, zero: no more words than that are numbered.
	int32s := slices.Grow(sc.int32s[:0], 2*total)[:2*total]
	clear(int32s[total:])
	sc.int32s = int32s
	slab := int32s[:0:total]
	for i := range s.qs {
		t := &texts[textOf[i]]
		if !t.numbered {
			from := len(slab)
			for _, w := range s.words[i] {
				if isArticle(w.norm) {
					continue
				}
				slab = append(slab, wordIDs.id(w.norm))
			}
			t.ns, t.numbered = slab[from:len(slab):len(slab)], true
		}
		ns, f := t.ns, -1
		switch {
		case relateRepeats: // every quote its own form
		case forms == nil:
			for g := range s.forms {
				if s.forms[g].speaker == s.speaker[i] && slices.Equal(s.forms[g].ns, ns) {
					f = g
					break
				}
			}
		default:
			key = formKey(key[:0], s.speaker[i], ns)
			if g, ok := forms[string(key)]; ok {
				f = g
			}
		}
		if f < 0 {
			f = len(s.forms)
			s.forms = append(s.forms, quoteForm{speaker: s.speaker[i], ns: ns})
			switch {
			case relateRepeats:
			case forms != nil:
				forms[string(key)] = f
			case len(s.forms) > searchedMax:
				forms = make(map[string]int, len(s.qs))
				for g := range s.forms {
					key = formKey(key[:0], s.forms[g].speaker, s.forms[g].ns)
					forms[string(key)] = g
				}
			}
		}
		s.form[i] = f
		s.forms[f].maxWords = max(s.forms[f].maxWords, len(s.words[i]))
	}
	// Each form's quotes, cut from one slice: most forms have one.
	count := make([]int, len(s.forms))
	for _, f := range s.form {
		count[f]++
	}
	qslab := ints[3*n : 3*n+len(s.form)]
	for f := range s.forms {
		s.forms[f].quotes, qslab = qslab[:0:count[f]], qslab[count[f]:]
	}
	for i, f := range s.form {
		s.forms[f].quotes = append(s.forms[f].quotes, i)
	}
	s.counter = wordCounter(int32s[total : total+len(wordIDs.used) : total+len(wordIDs.used)])
	s.relateSpeakers()
	s.relateAcross()
	sc.forms = s.forms
	return s
}

// A quoteText is a distinct quote of a story: its words, split once, and
// the words compared, numbered once.
type quoteText struct {
	quote    string
	words    []word
	ns       []int32
	numbered bool
}

// A quoteScratch is the room newQuoteSet cuts a story's quote set from,
// kept from story to story: the room for the quotes' words alone, made for
// every story, was a fifth of the bytes a check allocates, and the lists
// of the texts, quotes and forms a twentieth more.
type quoteScratch struct {
	split    wordSplitter
	texts    []quoteText
	qs       []*facts.Fact
	words    [][]word
	speakers []string
	ints     []int
	int32s   []int32
	forms    []quoteForm
	rels     relationList
	// relateAcross': each form's class, the classes' first forms and
	// sizes, and their relations.
	class     []int32
	reps      []int
	classSize []int32
	crossRels relationList
	// relateSpeakers': by speaker's group, the forms counted and listed;
	// the speakers in order of first form; the lists' room.
	spCount    []int
	bySpeaker  [][]int
	speakerIDs []int
	spSlab     []int
}

var quoteScratches = sync.Pool{New: func() any {
	return &quoteScratch{split: wordSplitter{slab: make([]word, 0, 128)}}
}}

// release returns the set's room to the pool, holding no document's
// words, unless a story of many quotes made it large. The set is not used
// after.
func (s *quoteSet) release() {
	sc := s.scratch
	s.scratch = nil
	words := 0
	for _, t := range sc.texts {
		words += len(t.words)
	}
	if words > 1<<14 || len(sc.forms) > 1<<12 {
		return
	}
	w := &sc.split
	clear(w.slab[:len(w.slab)])
	w.slab, w.out, w.buf, w.pending = w.slab[:0], nil, w.buf[:0], w.pending[:0]
	if words > cap(w.slab) {
		// The story's words did not fit: room for as many next time.
		w.slab = make([]word, 0, words)
	}
	clear(sc.texts)
	clear(sc.qs)
	clear(sc.words)
	clear(sc.speakers)
	clear(sc.forms)
	sc.rels.reset()
	sc.crossRels.reset()
	sc.texts, sc.qs, sc.words, sc.speakers, sc.forms = sc.texts[:0], sc.qs[:0], sc.words[:0], sc.speakers[:0], sc.forms[:0]
	sc.class, sc.reps, sc.classSize = sc.class[:0], sc.reps[:0], sc.classSize[:0]
	quoteScratches.Put(sc)
}

// A wordTable numbers the words of a story's quotes from 0, in order of
// first appearance: an open-addressed table of the words, reused from
// story to story. A map made for every story, and looked up a word at a
// time, was a quarter of newQuoteSet (BenchmarkCheckCorpusDefault
// 87.3 -> 85.9 M instructions, GOGC=off). TestWordTable holds it to a map.
type wordTable struct {
	seed  maphash.Seed
	slots []wordSlot // a power of two of them, at most half full
	used  []int32    // the slots filled, in order of their numbers
}

type wordSlot struct {
	word string
	id   int32 // 1 + the word's number; 0 for an empty slot
}

var wordTables = sync.Pool{New: func() any { return &wordTable{seed: maphash.MakeSeed()} }}

// id returns the number of word w, numbering it if it is new.
func (t *wordTable) id(w string) int32 {
	if 2*(len(t.used)+1) > len(t.slots) {
		t.grow()
	}
	mask := len(t.slots) - 1
	for i := int(maphash.String(t.seed, w)) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.id == 0 {
			t.used = append(t.used, int32(i))
			s.word, s.id = w, int32(len(t.used))
			return s.id - 1
		}
		if s.word == w {
			return s.id - 1
		}
	}
}

// grow doubles the table.
func (t *wordTable) grow() {
	old, used := t.slots, t.used
	t.slots, t.used = make([]wordSlot, max(64, 2*len(old))), make([]int32, 0, 2*len(old))
	mask := len(t.slots) - 1
	for _, u := range used {
		w := old[u].word
		i := int(maphash.String(t.seed, w)) & mask
		for t.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		t.used = append(t.used, int32(i))
		t.slots[i] = wordSlot{word: w, id: int32(len(t.used))}
	}
}

// release empties the table and returns it to the pool, unless a story of
// many quotes made it large.
func (t *wordTable) release() {
	if len(t.slots) > 1<<14 {
		return
	}
	for _, u := range t.used {
		t.slots[u] = wordSlot{}
	}
	t.used = t.used[:0]
	wordTables.Put(t)
}

// searchedMax is how many quote texts, or forms, newQuoteSet searches
// before it looks them up in a map (a variable so that the tests can make
// every story take the maps).
var searchedMax = 16

// formKey appends the key of the form of a speaker's words ns to key.
func formKey(key []byte, speaker int, ns []int32) []byte {
	key = binary.LittleEndian.AppendUint32(key, uint32(speaker))
	for _, id := range ns {
		key = binary.LittleEndian.AppendUint32(key, uint32(id))
	}
	return key
}

// keep records the relation of forms a < b, unless they are unrelated.
func (s *quoteSet) keep(a, b int, r quoteRelation, n int) {
	if r == unrelated {
		return
	}
	s.rels.add(formPair{a, b}, formRelation{r, n})
	s.forms[a].related = append(s.forms[a].related, b)
	s.forms[b].related = append(s.forms[b].related, a)
}

// kept returns the relation kept of forms pr, unrelated if none.
func (s *quoteSet) kept(pr formPair) formRelation { return s.rels.find(pr) }

// A relationList is the relations of pairs, in the order added: a list,
// searched while short, and indexed by a map once long. A story relates a
// form or two, and a map, even kept from story to story, cost more than
// the search (BenchmarkCheckCorpusDefault 56.29 -> 56.11 M, GOGC=off).
// The lists and maps are kept in a quoteScratch from story to story.
type relationList struct {
	list    []keptRelation
	idx     map[formPair]formRelation
	indexed bool // idx holds list's relations
}

func (l *relationList) add(pr formPair, r formRelation) {
	l.list = append(l.list, keptRelation{pr, r})
	switch {
	case l.indexed:
		l.idx[pr] = r
	case len(l.list) > searchedMax:
		if l.idx == nil {
			l.idx = map[formPair]formRelation{}
		}
		for _, k := range l.list {
			l.idx[k.formPair] = k.formRelation
		}
		l.indexed = true
	}
}

// find returns the relation of pair pr, unrelated if none.
func (l *relationList) find(pr formPair) formRelation {
	if l.indexed {
		return l.idx[pr]
	}
	for k := len(l.list) - 1; k >= 0; k-- {
		if l.list[k].formPair == pr {
			return l.list[k].formRelation
		}
	}
	return formRelation{}
}

// reset empties the list, keeping its memory.
func (l *relationList) reset() {
	l.list = l.list[:0]
	if l.indexed {
		clear(l.idx)
		l.indexed = false
	}
}

// relateSpeakers relates the pairs of each speaker's forms that can be
// related at all.
func (s *quoteSet) relateSpeakers() {
	// Each speaker's forms cut from one slice, counted by the speaker's
	// group first: a map of lists was a twentieth of newQuoteSet. The
	// counts, lists and slice are kept in the scratch from story to story:
	// made for each, by the story's people, they were a fifth of
	// relateSpeakers (BenchmarkCheckCorpusDefault 56.54 -> 56.29 M, GOGC=off).
	// Only the counts need to be zero; a list is read only for a speaker
	// counted.
	sc := s.scratch
	sc.spCount = slices.Grow(sc.spCount[:0], len(s.idx.groups))[:len(s.idx.groups)]
	sc.bySpeaker = slices.Grow(sc.bySpeaker[:0], len(s.idx.groups))[:len(s.idx.groups)]
	count, bySpeaker := sc.spCount, sc.bySpeaker
	speakers := sc.speakerIDs[:0] // in order of first form
	n := 0
	for f := range s.forms {
		if sp := s.forms[f].speaker; sp >= 0 {
			if count[sp] == 0 {
				speakers = append(speakers, sp)
			}
			count[sp]++
			n++
		}
	}
	slab := slices.Grow(sc.spSlab[:0], n)[:n]
	sc.spSlab, sc.speakerIDs = slab, speakers
	for _, sp := range speakers {
		bySpeaker[sp], slab = slab[:0:count[sp]], slab[count[sp]:]
		count[sp] = 0
	}
	for f := range s.forms {
		if sp := s.forms[f].speaker; sp >= 0 {
			bySpeaker[sp] = append(bySpeaker[sp], f)
		}
	}
	for _, sp := range speakers {
		s.relateOneSpeaker(bySpeaker[sp])
	}
}

// relateOneSpeaker relates the forms fs of one speaker. Relating every pair
// was quadratic: 3,000 different quotes of one person took 9 s. But two
// forms relate only when they share min(4, the shorter's length) words,
// counted with repeats, so candidates are found by prefix filtering, the
// set-similarity join of AllPairs (Bayardo et al., WWW 2007): each form's
// words, the k-th repeat of a word a word of its own, sorted rarest first;
// two forms of at least four words sharing four words share a word among
// the first len−3 of each, and a form of one to three words lies wholly
// in the other, so shares its rarest word.
//
// A speaker of a news story has a few quotes, and for up to directForms of
// them trying every pair is cheaper than building the filter's maps: with
// the filter for every speaker, the default rules cost 18% more on a
// generated archive (BenchmarkCheckCorpusDefault 210 → 249 M instructions).
func (s *quoteSet) relateOneSpeaker(fs []int) {
	if len(fs) <= directForms {
		for x, a := range fs {
			for _, b := range fs[x+1:] {
				r, n := relateCounting(s.forms[a].ns, s.forms[b].ns, s.counter.common)
				s.keep(a, b, r, n)
			}
		}
		return
	}
	type token struct{ word, repeat int32 }
	ids := map[token]int32{}
	toks := make([][]int32, len(fs))
	var freq []int32 // forms holding each token
	for x, f := range fs {
		ns := s.forms[f].ns
		t := make([]int32, 0, len(ns))
		for i, w := range ns {
			k := token{w, 0}
			for _, v := range ns[:i] {
				if v == w {
					k.repeat++
				}
			}
			id, ok := ids[k]
			if !ok {
				id = int32(len(freq))
				ids[k] = id
				freq = append(freq, 0)
			}
			freq[id]++
			t = append(t, id)
		}
		toks[x] = t
	}
	all := make(map[int32][]int32, len(freq))      // token → the forms holding it
	prefixes := make(map[int32][]int32, len(freq)) // token → the forms of 4+ words with it in their prefix
	for x, t := range toks {
		slices.SortFunc(t, func(a, b int32) int {
			if freq[a] != freq[b] {
				return int(freq[a] - freq[b])
			}
			return int(a - b)
		})
		for i, id := range t {
			all[id] = append(all[id], int32(x))
			if len(t) >= 4 && i < len(t)-3 {
				prefixes[id] = append(prefixes[id], int32(x))
			}
		}
	}
	mark := make([]int, len(fs)) // 1 + the form a form was last compared with
	for x, t := range toks {
		try := func(y int32) {
			if mark[y] == x+1 {
				return
			}
			mark[y] = x + 1
			a, b := fs[min(x, int(y))], fs[max(x, int(y))]
			r, n := relateCounting(s.forms[a].ns, s.forms[b].ns, s.counter.common)
			s.keep(a, b, r, n)
		}
		// Each pair once: two long forms from the earlier, a short form
		// and a longer one from the short, two short ones of one length
		// from the earlier.
		switch {
		case len(t) >= 4:
			for _, id := range t[:len(t)-3] {
				for _, y := range prefixes[id] {
					if int(y) > x {
						try(y)
					}
				}
			}
		case len(t) > 0:
			for _, y := range all[t[0]] {
				if len(toks[y]) > len(t) || len(toks[y]) == len(t) && int(y) > x {
					try(y)
				}
			}
		}
	}
}

// relateAcross relates the forms of different speakers that are long
// enough for an attribution conflict: the same words, an exact part, or a
// long passage nearly word for word. It relates them class to class, a
// class being the long forms with the same words, whoever said them: any
// two forms of a class are the same words by different speakers, and two
// classes relate as their first forms do. Related form to form, a saying
// that many outlets credit to many people made a relation of every two of
// them: a generated 100 MB archive checked as one story kept 6.8 million
// (4.6 million the same words, 2.2 million an exact part), and peaked at
// 2 GB. All three relations share a run of three words unless one form has
// fewer than three words compared, so candidate classes come from an index
// of word trigrams; the short ones are compared with all.
func (s *quoteSet) relateAcross() {
	sc := s.scratch
	class := slices.Grow(sc.class[:0], len(s.forms))[:len(s.forms)]
	reps := sc.reps[:0]
	var byWords map[string]int32 // once there are many classes; searched before
	var key []byte
	for f := range s.forms {
		class[f] = -1
		if s.forms[f].speaker < 0 || s.forms[f].maxWords < attribMinWords {
			continue
		}
		ns, c := s.forms[f].ns, int32(-1)
		if byWords == nil {
			for k, r := range reps {
				if equalWords(s.forms[r].ns, ns) {
					c = int32(k)
					break
				}
			}
		} else {
			key = formKey(key[:0], -1, ns)
			if k, ok := byWords[string(key)]; ok {
				c = k
			}
		}
		if c < 0 {
			c = int32(len(reps))
			reps = append(reps, f)
			switch {
			case byWords != nil:
				byWords[string(key)] = c
			case len(reps) > searchedMax:
				byWords = make(map[string]int32)
				for k, r := range reps {
					key = formKey(key[:0], -1, s.forms[r].ns)
					byWords[string(key)] = int32(k)
				}
			}
		}
		class[f] = c
	}
	size := slices.Grow(sc.classSize[:0], len(reps))[:len(reps)]
	clear(size)
	for _, c := range class {
		if c >= 0 {
			size[c]++
		}
	}
	s.class, s.reps, s.classSize = class, reps, size
	sc.class, sc.reps, sc.classSize = class, reps, size
	relate := func(a, b int) { // classes a < b
		fa, fb := reps[a], reps[b]
		if size[a] == 1 && size[b] == 1 && s.forms[fa].speaker == s.forms[fb].speaker {
			return // one speaker's two sayings: relateSpeakers relates them
		}
		if r, n := s.relateOthers(fa, fb); r != unrelated {
			s.crossRels.add(formPair{a, b}, formRelation{r, n})
		}
	}
	if len(reps) <= directForms {
		for a := range reps {
			for b := a + 1; b < len(reps); b++ {
				relate(a, b)
			}
		}
		return
	}
	index := map[[3]int32][]int{}
	var short []int
	for c, f := range reps {
		ns := s.forms[f].ns
		if len(ns) < 3 {
			short = append(short, c)
			continue
		}
		for i := 0; i+3 <= len(ns); i++ {
			t := [3]int32(ns[i : i+3])
			if l := index[t]; len(l) == 0 || l[len(l)-1] != c {
				index[t] = append(l, c)
			}
		}
	}
	mark := make([]int, len(reps)) // 1 + the class a class was last compared with
	pair := func(a, b int) {
		if mark[a] == b+1 {
			return
		}
		mark[a] = b + 1
		relate(a, b)
	}
	for b, f := range reps {
		if ns := s.forms[f].ns; len(ns) >= 3 {
			for i := 0; i+3 <= len(ns); i++ {
				for _, a := range index[[3]int32(ns[i:i+3])] {
					if a < b {
						pair(a, b)
					}
				}
			}
			for _, a := range short {
				if a < b {
					pair(a, b)
				}
			}
			continue
		}
		for a := range b {
			pair(a, b)
		}
	}
}

// relateOthers relates two forms of different speakers: the same words, an
// exact part, or — both at least attribNearWords long and sharing three
// words in a row — nearly the same words.
func (s *quoteSet) relateOthers(a, b int) (quoteRelation, int) {
	x, y := s.forms[a].ns, s.forms[b].ns
	switch {
	case equalWords(x, y):
		return sameWords, len(x)
	case len(x) < len(y) && indexWords(y, x) >= 0 || len(y) < len(x) && indexWords(x, y) >= 0:
		return partOf, min(len(x), len(y))
	case min(len(x), len(y)) >= attribNearWords && sharesTrigram(x, y):
		if r, n := relateCounting(x, y, s.counter.common); r == drift && float64(n) >= attribNearShare*float64(min(len(x), len(y))) {
			return nearWords, n
		}
	}
	return unrelated, 0
}

// quotesAgree reports a speaker's quotes that drift — they share most of
// their words but are not the same words — with a word diff; and the same
// words credited to different speakers. A quote that is an exact part of
// another, or two quotes that overlap exactly like excerpts of one speech,
// are not drift.
func quotesAgree(p *pass) {
	s := newQuoteSet(p)
	defer s.release()
	qs, words, speaker, idx := s.qs, s.words, s.speaker, s.idx

	// Drift: clusters of one speaker's quotes joined by drift. Quotes that
	// are only excerpts or parts of one another never join a cluster: a
	// speaker's many short quotes would chain unrelated sayings together,
	// and a saying that fits none of a rewording's words would then look
	// like the version the sources agree on.
	// The union-finds are made at their first union: most stories have
	// neither drift nor words credited to two people, and no sets then
	// (BenchmarkCheckCorpusDefault 69.2 -> 68.3 M instructions, GOGC=off).
	var drifting unionFind
	for _, k := range s.rels.list {
		pr, r := k.formPair, k.formRelation
		if r.rel == drift && s.forms[pr.a].speaker >= 0 && s.forms[pr.a].speaker == s.forms[pr.b].speaker {
			if drifting == nil {
				drifting = newUnionFind(len(qs))
			}
			first := s.forms[pr.a].quotes[0]
			for _, f := range [2]int{pr.a, pr.b} {
				for _, q := range s.forms[f].quotes {
					drifting.union(first, q)
				}
			}
		}
	}
	inDraft := func(i int) bool { return p.draft != "" && qs[i].Source == p.draft }
	// exactOf calls visit with every quote j != i that is exact with i.
	exactOf := func(i int, visit func(j int)) {
		f := s.form[i]
		for _, j := range s.forms[f].quotes {
			if j != i && s.exact(i, j) {
				visit(j)
			}
		}
		for _, g := range s.forms[f].related {
			for _, j := range s.forms[g].quotes {
				if s.exact(i, j) {
					visit(j)
				}
			}
		}
	}
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
			exactOf(c, func(j int) {
				if !inDraft(j) {
					_, n := s.relation(c, j)
					score += n
				}
			})
			if score > bestScore {
				best, bestScore = c, score
			}
		}
		if best < 0 {
			continue
		}
		rel := func(i, j int) quoteRelation { r, _ := s.relation(i, j); return r }
		agrees := map[int]bool{}
		for _, i := range cluster {
			switch {
			case !inDraft(i):
				agrees[i] = p.draft != "" || i == best || rel(best, i) != drift
			default:
				// A draft quote is right when a source has its words, or
				// when it rewords none of the sources' quotes.
				agrees[i] = true
				backed := false
				exactOf(i, func(j int) { backed = backed || !inDraft(j) })
				for _, j := range cluster {
					if !inDraft(j) && rel(i, j) == drift && !backed {
						agrees[i] = false
					}
				}
			}
		}
		members := slices.Clone(cluster)
		exactOf(best, func(j int) {
			if !slices.Contains(members, j) && !inDraft(j) {
				members = append(members, j) // evidence for the version kept
				agrees[j] = true
			}
		})
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
				if agrees[j] && rel(i, j) == drift && closer(s.sharedAny(i, j), len(s.ns(i)), len(s.ns(j)), s.sharedAny(i, b), len(s.ns(b))) {
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

	// Attribution: the same words credited to different speakers. The
	// forms of a class of two or more are the same words by different
	// speakers, and a relation of two classes joins their forms: every
	// long-enough quote of a form so joined is one set with the others.
	var same unionFind
	if len(s.crossRels.list) > 0 || slices.ContainsFunc(s.classSize, func(n int32) bool { return n > 1 }) {
		same = newUnionFind(len(qs))
		joined := make([]bool, len(s.reps))
		for c, n := range s.classSize {
			joined[c] = n > 1
		}
		for _, k := range s.crossRels.list {
			joined[k.a], joined[k.b] = true, true
		}
		root := make([]int, len(s.reps)) // 1 + a class's first long-enough quote
		for f, c := range s.class {
			if c < 0 || !joined[c] {
				continue
			}
			for _, q := range s.forms[f].quotes {
				if len(words[q]) < attribMinWords {
					continue
				}
				if root[c] == 0 {
					root[c] = q + 1
				}
				same.union(root[c]-1, q)
			}
		}
		for _, k := range s.crossRels.list {
			same.union(root[k.a]-1, root[k.b]-1)
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
		// The speakers agree when they are one: split by key, counting,
		// where comparing every pair was quadratic in a saying's credits
		// (thousands in an archive checked as one story).
		keys := make([]int, len(cluster))
		for k, i := range cluster {
			keys[k] = speaker[i]
		}
		agrees, best := p.splitByKey(ms, numbered(keys))
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
			if r, _ := s.relation(b, i); r == nearWords {
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

// directForms is how many forms are related pair by pair, without the
// prefix filter or the trigram index (a variable so that the tests can
// make every story take the filter and the index).
var directForms = 32

// sharesTrigram reports whether a and b share three words in a row. It
// compares every pair of positions, without a map: it is asked only of
// long quotes that are neither the same nor a part of one another.
func sharesTrigram(a, b []int32) bool {
	for i := 0; i+3 <= len(a); i++ {
		for j := 0; j+3 <= len(b); j++ {
			if a[i] == b[j] && a[i+1] == b[j+1] && a[i+2] == b[j+2] {
				return true
			}
		}
	}
	return false
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
// The sets are counted first and cut from one slice: most of a story's
// quotes are sets of their own, and a slice each was a twentieth of a
// check's allocations.
func (u unionFind) sets() [][]int {
	scratch := make([]int, 2*len(u))
	size := scratch[:len(u)] // by root
	n := 0
	for i := range u {
		r := u.find(i)
		if size[r] == 0 {
			n++
		}
		size[r]++
	}
	idx := scratch[len(u):] // by root: 1 + the set's place in out
	out := make([][]int, 0, n)
	slab := make([]int, len(u))
	for i := range u {
		r := u.find(i)
		if idx[r] == 0 {
			out = append(out, slab[:0:size[r]])
			slab = slab[size[r]:]
			idx[r] = len(out)
		}
		out[idx[r]-1] = append(out[idx[r]-1], i)
	}
	return out
}
