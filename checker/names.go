package checker

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/factlint/factlint/facts"
)

// A personName is a name split into given names and a surname, honorifics
// dropped: "Sir Keir Starmer" is given [Keir], surname Starmer, honorific
// sir. A name of one word is a surname alone.
type personName struct {
	raw       string
	given     []string
	surname   string // with its particles: "von der Leyen"
	honorific string // lower case, "" when none

	// The forms names are compared in, worked out once by parseName:
	// comparing names is most of grouping them into people, and folding
	// and skeletons allocate.
	spell                string // spelling()
	lower                string // key()
	spellFold            string // fold(spelling())
	surFold, surSkel     string // fold and skeleton of the surname
	givenFold, givenSkel string // of the first given name; "" when not full
}

// full reports whether the name has a given name as well as a surname.
func (n personName) full() bool { return len(n.given) > 0 && n.surname != "" }

// spelling is how a name is compared for spelling: its first given name and
// its surname, as written. Middle names and honorifics do not count.
func (n personName) spelling() string { return n.spell }

// key is the spelling, ignoring case.
func (n personName) key() string { return n.lower }

var (
	honorifics = wordSet("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev", "hon")
	particles  = wordSet("von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "al", "el", "bin", "ibn", "ter", "dos", "das")
	suffixes   = wordSet("jr", "sr", "ii", "iii", "iv")
	// titleWords are dropped from the front of a name, in case a title was
	// read as part of it: "President Emmanuel Macron".
	titleWords = wordSet("president", "prime", "minister", "chancellor", "secretary", "general", "king", "queen", "pope", "senator", "governor", "mayor", "ambassador", "pm", "premier")
)

func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// parseName splits a name as written into given names and surname.
func parseName(s string) personName {
	n := personName{raw: s}
	words := strings.Fields(s)
	kept := words[:0] // trimmed in place: the fields are read before they are written over
	for _, w := range words {
		w = strings.Trim(w, ".,;:")
		if w != "" {
			kept = append(kept, w)
		}
	}
	words = kept
	// What each word may be, looked up once: the sets were asked of the
	// first word three times, and of the last once more, a map lookup a
	// question (BenchmarkCheckCorpusDefault 70.9 -> 70.4 M instructions,
	// GOGC=off). TestParseNameWordKinds holds it to the sets.
	var kbuf [8]uint8
	kinds := kbuf[:0]
	if len(words) > len(kbuf) {
		kinds = make([]uint8, 0, len(words))
	}
	for _, w := range words {
		kinds = append(kinds, nameWordKind(w))
	}
	for len(words) > 1 && kinds[0]&(kindHonorific|kindTitle) != 0 {
		if kinds[0]&kindHonorific != 0 {
			n.honorific = strings.ToLower(words[0])
		}
		words, kinds = words[1:], kinds[1:]
	}
	for len(words) > 1 && kinds[len(words)-1]&kindSuffix != 0 {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return n
	}
	start := len(words) - 1
	for start > 0 && kinds[start-1]&kindParticle != 0 {
		start--
	}
	n.given = words[:start]
	if start == len(words)-1 {
		n.surname = words[start]
	} else {
		n.surname = strings.Join(words[start:], " ")
	}
	if isASCII(n.surname) && (!n.full() || isASCII(n.given[0])) {
		n.asciiKeys()
		return n
	}
	n.spell = n.surname
	if n.full() {
		n.spell = n.given[0] + " " + n.surname
	}
	if n.full() {
		n.givenFold = fold(n.given[0])
		n.givenSkel = skeletonOfFold(n.givenFold)
	}
	n.lower = strings.ToLower(n.spell)
	n.surFold = fold(n.surname)
	n.surSkel = skeletonOfFold(n.surFold)
	n.spellFold = n.surFold // the spelling is the surname
	if n.full() {
		n.spellFold = fold(n.spell)
	}
	return n
}

// asciiKeys works out the spelling and keys of a name spelled in ASCII:
// folding ASCII is lower-casing it, so the spelling, its lower case (the
// folds cut from it) and the skeletons are written to one buffer and made
// one string: three allocations a name are one
// (BenchmarkCheckCorpusDefault 70.2 -> 69.1 M instructions, GOGC=off).
// TestParseNameKeys holds it to the keys' definitions.
func (n *personName) asciiKeys() {
	var buf [128]byte
	b := buf[:0]
	given := 0 // the length of the given name and its space
	if n.full() {
		b = append(b, n.given[0]...)
		b = append(b, ' ')
		given = len(b)
	}
	b = append(b, n.surname...)
	l := len(b)
	for i := range l {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	if given > 0 {
		b = appendASCIISkeleton(b, l, l+given-1)
	}
	g := len(b)
	b = appendASCIISkeleton(b, l+given, 2*l)
	all := string(b)
	n.spell, n.lower = all[:l], all[l:2*l]
	n.spellFold = n.lower
	if given > 0 {
		n.givenFold = n.lower[:given-1]
	}
	n.surFold = n.lower[given:]
	n.givenSkel, n.surSkel = all[2*l:g], all[g:]
}

// appendASCIISkeleton appends skeletonOfFold of the folded ASCII bytes
// b[from:to] to b.
func appendASCIISkeleton(b []byte, from, to int) []byte {
	var last byte
	for i := from; i < to; i++ {
		c := b[i]
		if c < 'a' || c > 'z' {
			continue // folded: no capitals
		}
		if c == 'y' {
			c = 'i'
		}
		if c == last {
			continue
		}
		b = append(b, c)
		last = c
	}
	return b
}

// What a word of a name may be, as bits: in honorifics, titleWords,
// suffixes or particles.
const (
	kindHonorific uint8 = 1 << iota
	kindTitle
	kindSuffix
	kindParticle
)

// nameWordKinds holds the words of the four sets, lower case, with their
// kinds.
var nameWordKinds = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, set := range []struct {
		words map[string]bool
		kind  uint8
	}{{honorifics, kindHonorific}, {titleWords, kindTitle}, {suffixes, kindSuffix}, {particles, kindParticle}} {
		for w := range set.words {
			m[w] |= set.kind
		}
	}
	return m
}()

// nameWordKind returns the kinds of word w of a name, case ignored: as
// lowerIn asks, without allocating for ASCII words of up to 32 bytes.
func nameWordKind(w string) uint8 {
	if len(w) > 32 || !isASCII(w) {
		return nameWordKinds[strings.ToLower(w)]
	}
	var buf [32]byte
	return nameWordKinds[string(lowerASCII(buf[:0], w))]
}

// lowerIn reports whether set holds w lower-cased, without allocating for
// ASCII words of up to 32 bytes.
func lowerIn(set map[string]bool, w string) bool {
	if len(w) > 32 || !isASCII(w) {
		return set[strings.ToLower(w)]
	}
	var buf [32]byte
	return set[string(lowerASCII(buf[:0], w))]
}

// fold lower-cases s and drops its diacritics: "António" → "antonio".
func fold(s string) string {
	if isASCII(s) || stable(s) {
		return strings.ToLower(s) // nothing to fold: the common case, and cheap
	}
	t := foldChains.Get().(transform.Transformer)
	out, _, err := transform.String(t, s)
	foldChains.Put(t)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// foldChains holds the transformers fold drops diacritics with: a chain
// allocates large buffers, and making one per call was a fifth of all the
// bytes a check allocated. transform.String resets a chain before use.
var foldChains = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// stable reports whether dropping diacritics leaves s as it is: valid UTF-8
// in both NFD and NFC, with no nonspacing mark. Most non-ASCII text in news
// is punctuation (’ “ — …) that passes this test, and the chain of
// transformers costs twenty times as much.
func stable(s string) bool {
	if !utf8.ValidString(s) || !norm.NFD.IsNormalString(s) || !norm.NFC.IsNormalString(s) {
		return false
	}
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

// skeleton reduces a name to what its transliterations share: letters only,
// no diacritics, y read as i, doubled letters once. Zelensky, Zelenskyy and
// Zelenskiy are all "zelenski"; Emanuel and Emmanuel are "emanuel".
func skeleton(s string) string { return skeletonOfFold(fold(s)) }

// skeletonOfFold is skeleton(s) given fold(s).
func skeletonOfFold(folded string) string {
	var b strings.Builder
	b.Grow(len(folded))
	var last rune
	for _, r := range folded {
		if !unicode.IsLetter(r) {
			continue
		}
		if r == 'y' {
			r = 'i'
		}
		if r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// givenClose reports whether two given names may be one person's, and how:
// the same, transliterations, an initial, or a letter or two apart.
func givenClose(a, b string) (bool, string) {
	return givenCloseFolded(a, b, fold(a), fold(b), skeleton(a), skeleton(b), true)
}

// givenCloseFolded is givenClose with the names' folds and skeletons worked
// out already; with why false it leaves the reason out.
func givenCloseFolded(a, b, fa, fb, sa, sb string, why bool) (bool, string) {
	if fa == fb {
		return true, ""
	}
	d := levenshtein.ComputeDistance(fa, fb)
	switch {
	case d == 1:
		if !why {
			return true, ""
		}
		return true, fmt.Sprintf("given names %s/%s differ by one letter", a, b)
	case sa == sb:
		if !why {
			return true, ""
		}
		return true, fmt.Sprintf("given names %s/%s are transliterations of one name", a, b)
	case isInitial(a) || isInitial(b):
		if fa[0] == fb[0] {
			if !why {
				return true, ""
			}
			return true, fmt.Sprintf("%s/%s is an initial", a, b)
		}
		return false, ""
	}
	if d == 2 && min(len(fa), len(fb)) >= 7 {
		if !why {
			return true, ""
		}
		return true, fmt.Sprintf("given names %s/%s differ by %s", a, b, letters(d))
	}
	return false, ""
}

func isInitial(s string) bool { return len(strings.TrimSuffix(s, ".")) == 1 }

func letters(d int) string {
	if d == 1 {
		return "one letter"
	}
	return fmt.Sprintf("%d letters", d)
}

// samePersonWhy reports whether two full names name one person: the same
// surname (or transliterations of it) and a close given name. With why, it
// also says why.
func samePersonWhy(a, b personName, why bool) (bool, string) {
	if !a.full() || !b.full() || a.surSkel != b.surSkel {
		return false, ""
	}
	ok, givenWhy := givenCloseFolded(a.given[0], b.given[0], a.givenFold, b.givenFold, a.givenSkel, b.givenSkel, why)
	if !ok || !why {
		return ok, ""
	}
	var reasons []string
	if a.surFold == b.surFold {
		reasons = append(reasons, "same surname "+b.surname)
	} else {
		reasons = append(reasons, fmt.Sprintf("surnames %s/%s are transliterations of one name", a.surname, b.surname))
	}
	if givenWhy == "" {
		reasons = append(reasons, "same given name "+b.given[0])
	} else {
		reasons = append(reasons, givenWhy)
	}
	return true, strings.Join(reasons, ", ")
}

// A personGroup is one person: the names that refer to them, and their
// entry on the reference sheet when there is one.
type personGroup struct {
	ref   *RefPerson
	names []personName // distinct full names, in order of first appearance
}

// accepted reports whether n spells the group's reference person the house
// way: the house name or one of its aliases, word by word.
func (g *personGroup) accepted(n personName) bool {
	if g.ref == nil {
		return false
	}
	surnameOK, givenOK := false, !n.full()
	for _, s := range append([]string{g.ref.Name}, g.ref.Aliases...) {
		r := parseName(s)
		if r.surFold == n.surFold {
			surnameOK = true
		}
		if r.full() && n.full() && r.givenFold == n.givenFold {
			givenOK = true
		}
	}
	return surnameOK && givenOK
}

// house is the reference sheet's spelling of the group's person.
func (g *personGroup) house() personName { return parseName(g.ref.Name) }

// matches reports whether n names the group's person, and why.
func (g *personGroup) matches(n personName) (bool, string) { return g.matchesWhy(n, true) }

// matchesWhy is matches; with why false it leaves the reason out, which
// grouping names into people has no use for.
func (g *personGroup) matchesWhy(n personName, why bool) (bool, string) {
	for _, m := range g.names {
		if m.spellFold == n.spellFold {
			if !why {
				return true, ""
			}
			return true, "same name " + m.spelling()
		}
	}
	if g.ref != nil {
		house := g.house()
		for _, a := range g.ref.Aliases {
			an := parseName(a)
			if an.surSkel != n.surSkel && an.surFold != n.surFold {
				continue
			}
			if !an.full() || !n.full() {
				if ok, _ := givenClose(house.given[0], n.given[0]); ok || !n.full() {
					return true, fmt.Sprintf("%s is an alias of %s on the reference sheet (%s)", a, g.ref.Name, refPlace(g.ref))
				}
				continue
			}
			if ok, _ := givenClose(an.given[0], n.given[0]); ok {
				return true, fmt.Sprintf("%s is an alias of %s on the reference sheet (%s)", a, g.ref.Name, refPlace(g.ref))
			}
		}
	}
	for _, m := range g.names {
		if ok, reason := samePersonWhy(n, m, why); ok {
			return true, reason
		}
	}
	return false, ""
}

// refPlace is where a reference entry is written, for messages.
func refPlace(r *RefPerson) string {
	if r.Pos.Filename == "" {
		return "reference sheet"
	}
	return fmt.Sprintf("%s:%d", filepath.Base(r.Pos.Filename), r.Pos.Line)
}

// A personIndex groups the names of a corpus into people. Full names are
// grouped by surname and a close given name, or by a reference alias; a
// surname alone is resolved only when one person in the corpus has it.
type personIndex struct {
	groups []*personGroup
	memo   map[string]int // lookup's, without a name cache
	names  *nameCache
	keys   *groupKeys // once there are many groups (see groupKeys)

	// What the groups were made of: they depend on nothing else, so an
	// index made of the same is the same index (see storyCache).
	ref  *Reference
	full []string // the distinct full names, in order of first appearance
}

// newPersonIndex groups names, reference people first so that their
// entries anchor the groups.
func newPersonIndex(ref *Reference, names []string) *personIndex {
	return newPersonIndexOf(ref, distinctFull(names, nil), nil)
}

// distinctFull returns the distinct names that are full names, in order
// of first appearance: all of names that newPersonIndexOf needs.
func distinctFull(names []string, c *nameCache) []string {
	var out []string
	if c == nil {
		c = &nameCache{}
	}
	c.stamp++ // names marked with this stamp are done
	for i, s := range names {
		if i > 0 && s == names[i-1] {
			continue // a name and its title, often: done already
		}
		e := c.entry(s)
		if e.stamp == c.stamp {
			continue
		}
		e.stamp = c.stamp
		if e.name.full() {
			out = append(out, s)
		}
	}
	return out
}

// distinctFullOf is distinctFull for names whose entries in c are ents.
func distinctFullOf(names []string, ents []*nameEntry, c *nameCache) []string {
	var out []string
	c.stamp++ // names marked with this stamp are done
	for i, e := range ents {
		if e.stamp == c.stamp {
			continue
		}
		e.stamp = c.stamp
		if e.name.full() {
			out = append(out, names[i])
		}
	}
	return out
}

// newPersonIndexOf groups full names, distinct and in order, parsing them
// with c.
func newPersonIndexOf(ref *Reference, full []string, c *nameCache) *personIndex {
	x := &personIndex{names: c, ref: ref}
	if ref != nil {
		for i := range ref.People {
			rp := &ref.People[i]
			g := &personGroup{ref: rp}
			if n := parseName(rp.Name); n.full() {
				g.names = append(g.names, n)
			}
			x.groups = append(x.groups, g)
		}
	}
	x.add(full)
	return x
}

// add groups more full names, distinct and in order, none grouped yet.
func (x *personIndex) add(full []string) {
	x.full = append(x.full[:len(x.full):len(x.full)], full...)
	// The new groups, and their first names, cut from one slice each:
	// two allocations a group were a twentieth of a check's.
	var gs []personGroup
	var ns []personName
	for _, s := range full {
		n := x.names.parse(s)
		if i := x.match(n); i >= 0 {
			g := x.groups[i]
			seen := false
			for _, m := range g.names {
				if m.raw == n.raw {
					seen = true
				}
			}
			if !seen {
				g.names = append(g.names, n)
				x.keys.addName(i, n)
			}
			continue
		}
		if gs == nil {
			gs, ns = make([]personGroup, 0, len(full)), make([]personName, 0, len(full))
		}
		ns = append(ns, n)
		gs = append(gs, personGroup{names: ns[len(ns)-1 : len(ns) : len(ns)]})
		x.groups = append(x.groups, &gs[len(gs)-1])
		x.keys.addName(len(x.groups)-1, n)
	}
}

// groupKeys finds the groups a name can belong to by the keys every way
// of belonging compares: a full name joins a group with a name of the same
// folded spelling, or of the same surname skeleton (samePersonWhy), or
// whose reference aliases have its surname skeleton or fold; a surname
// alone fits a group with a name or alias of its skeleton, and a "Sir" a
// group with a full name or alias of that given name. Searched group by
// group, names were grouped in time quadratic in the story's people: an
// archive checked as one story has thousands. A story has a few, and
// searches them: the keys are made once it has groupSearchedMax.
// TestGroupKeys holds the search by keys to the plain one.
type groupKeys struct {
	spell, skel, given map[string][]int32 // of the groups' names
	alias              map[string][]int32 // of reference aliases: surname skeletons and folds
	aliasGiven         map[string][]int32 // of full reference aliases: given names folded
	cands              []int32            // a search's, reused
}

// groupSearchedMax is how many groups a personIndex searches one by one
// (a variable so that a test can make every index use its keys). Keys
// for every story's index cost more than they save: 59.15 M against
// 56.70 M instructions for BenchmarkCheckCorpusDefault (callgrind).
var groupSearchedMax = 32

// groupKeysOf makes the keys of x's groups.
func groupKeysOf(x *personIndex) *groupKeys {
	k := &groupKeys{spell: map[string][]int32{}, skel: map[string][]int32{}, given: map[string][]int32{},
		alias: map[string][]int32{}, aliasGiven: map[string][]int32{}}
	for i, g := range x.groups {
		for _, n := range g.names {
			k.addName(i, n)
		}
		if g.ref != nil {
			for _, a := range g.ref.Aliases {
				an := parseName(a)
				k.alias[an.surSkel] = append(k.alias[an.surSkel], int32(i))
				k.alias[an.surFold] = append(k.alias[an.surFold], int32(i))
				if an.full() {
					k.aliasGiven[an.givenFold] = append(k.aliasGiven[an.givenFold], int32(i))
				}
			}
		}
	}
	return k
}

// addName records name n of group i; a nil groupKeys records nothing.
func (k *groupKeys) addName(i int, n personName) {
	if k == nil {
		return
	}
	k.spell[n.spellFold] = append(k.spell[n.spellFold], int32(i))
	k.skel[n.surSkel] = append(k.skel[n.surSkel], int32(i))
	if n.full() {
		k.given[n.givenFold] = append(k.given[n.givenFold], int32(i))
	}
}

// of returns the groups in lists, in order, each once.
func (k *groupKeys) of(lists ...[]int32) []int32 {
	c := k.cands[:0]
	for _, l := range lists {
		c = append(c, l...)
	}
	slices.Sort(c)
	c = slices.Compact(c)
	k.cands = c
	return c
}

// keyed returns x's group keys, made once x has many groups; nil before.
func (x *personIndex) keyed() *groupKeys {
	if x.keys == nil && len(x.groups) > groupSearchedMax {
		x.keys = groupKeysOf(x)
	}
	return x.keys
}

// clone returns a copy of x that names can be added to without changing x.
func (x *personIndex) clone() *personIndex {
	y := &personIndex{names: x.names, ref: x.ref, full: x.full}
	for _, g := range x.groups {
		y.groups = append(y.groups, &personGroup{ref: g.ref, names: slices.Clone(g.names)})
	}
	return y
}

// A nameCache parses each name once; the nil cache parses every time.
// (Keeping the parsed names from story to story, in a pool, was tried:
// 58% of a story's names had been parsed in an earlier story of the 10 MB
// archive, yet the 100 MB job ran no fewer instructions: 17.40–17.50 G
// with it, 17.38–17.40 G without.)
//
// A story has a few distinct names, each looked up four times or so: they
// are searched while they are few, compared by length first, and their
// entries cut from one slice, where a map made for each story hashed
// every name looked up and an entry was allocated for each
// (BenchmarkCheckCorpusDefault 58.91 -> 58.10 M instructions, GOGC=off).
// TestNameCache holds it to a map.
type nameCache struct {
	keys    []string     // the names, while they are few
	ents    []*nameEntry // their entries
	entries map[string]*nameEntry
	slab    []nameEntry // room for entries to come
	stamp   int         // distinctFull's latest
}

// nameSearchedMax is how many names a nameCache searches before it looks
// them up in a map.
const nameSearchedMax = 16

type nameEntry struct {
	name  personName
	stamp int  // the distinctFull that last saw the name
	inAll bool // a full name among the story's names (see storyCache.allFull)

	// The name's group in the index memo, for lookupEntry.
	memo  *personIndex
	group int32
}

func (c *nameCache) parse(s string) personName {
	if c == nil {
		return parseName(s)
	}
	return c.entry(s).name
}

func (c *nameCache) entry(s string) *nameEntry {
	if c.entries == nil {
		for i, k := range c.keys {
			if k == s {
				return c.ents[i]
			}
		}
	} else if e, ok := c.entries[s]; ok {
		return e
	}
	if len(c.slab) == cap(c.slab) {
		c.slab = make([]nameEntry, 0, min(max(8, 2*cap(c.slab)), 256))
	}
	c.slab = append(c.slab, nameEntry{name: parseName(s)})
	e := &c.slab[len(c.slab)-1]
	switch {
	case c.entries != nil:
		c.entries[s] = e
	case len(c.keys) < nameSearchedMax:
		c.keys, c.ents = append(c.keys, s), append(c.ents, e)
	default:
		c.entries = make(map[string]*nameEntry, 4*len(c.keys))
		for i, k := range c.keys {
			c.entries[k] = c.ents[i]
		}
		c.entries[s] = e
		c.keys, c.ents = nil, nil
	}
	return e
}

// A storyCache holds what the rules of one story's check share: the names
// parsed, and the people indexes made. The people, titles and quotes rules
// each group a story's names into people, mostly the same names: making
// the indexes was a fifth of a check.
type storyCache struct {
	names   nameCache
	indexes []*personIndex
	kinds   [][]*facts.Fact // the story's facts by kind (see ofKind)
	all     []string        // the distinct full names of all the story's facts
	hasAll  bool
}

// allIndex returns personIndex(ref, names) for the names of the story's
// facts all, in order, followed by more.
//
// The titles and quotes rules both group all of a story's names, and
// the quotes rule its speakers after them: the distinct full names of all
// the facts are found once, and each extra name is looked up once, where
// each rule looked every name up in the cache again (a map lookup a name,
// half of distinctFull's time).
func (c *storyCache) allIndex(ref *Reference, all []*facts.Fact, more []string) *personIndex {
	if c == nil {
		var names []string
		for _, f := range all {
			if f.Name != "" {
				names = append(names, f.Name)
			}
		}
		return newPersonIndex(ref, append(names, more...))
	}
	full := c.allFull(all)
	full = full[:len(full):len(full)]
	if len(more) > 0 {
		c.names.stamp++
		for _, s := range more {
			e := c.names.entry(s)
			if e.inAll || e.stamp == c.names.stamp {
				continue
			}
			e.stamp = c.names.stamp
			if e.name.full() {
				full = append(full, s)
			}
		}
	}
	return c.index(ref, full)
}

// allFull returns distinctFull of the names of the story's facts all, found
// once.
func (c *storyCache) allFull(all []*facts.Fact) []string {
	if !c.hasAll {
		// distinctFull of the facts' names, read from the facts: a list
		// of the names first (room for one a fact in two) was a twentieth
		// of the bytes a check allocated.
		c.names.stamp++
		prev := ""
		for _, f := range all {
			s := f.Name
			if s == "" || s == prev {
				continue // no name, or a name and its title: done already
			}
			prev = s
			e := c.names.entry(s)
			if e.stamp == c.names.stamp {
				continue
			}
			e.stamp = c.names.stamp
			if e.name.full() {
				c.all = append(c.all, s)
				e.inAll = true
			}
		}
		c.hasAll = true
	}
	return c.all
}

// personIndex returns newPersonIndex(ref, names), made once per story.
func (c *storyCache) personIndex(ref *Reference, names []string) *personIndex {
	if c == nil {
		return newPersonIndex(ref, names)
	}
	return c.index(ref, distinctFull(names, &c.names))
}

// index returns the index of full, the distinct full names of some
// names in order (see distinctFull), made once per story.
func (c *storyCache) index(ref *Reference, full []string) *personIndex {
	// Grouping is a pass over the names in order: an index of the first
	// of them goes on from where it stopped. The quotes rule groups the
	// names the titles rule does, then the speakers.
	var from *personIndex
	for _, x := range c.indexes {
		if x.ref != ref || len(x.full) > len(full) || !slices.Equal(x.full, full[:len(x.full)]) {
			continue
		}
		if len(x.full) == len(full) {
			return x
		}
		if from == nil || len(x.full) > len(from.full) {
			from = x
		}
	}
	var x *personIndex
	if from != nil {
		x = from.clone()
		x.add(full[len(from.full):])
	} else {
		x = newPersonIndexOf(ref, full, &c.names)
	}
	c.indexes = append(c.indexes, x)
	return x
}

func (x *personIndex) match(n personName) int {
	if k := x.keyed(); k != nil {
		for _, i := range k.of(k.spell[n.spellFold], k.skel[n.surSkel], k.alias[n.surSkel], k.alias[n.surFold]) {
			if ok, _ := x.groups[i].matchesWhy(n, false); ok {
				return int(i)
			}
		}
		return -1
	}
	for i, g := range x.groups {
		if ok, _ := g.matchesWhy(n, false); ok {
			return i
		}
	}
	return -1
}

// lookup returns the group a name as written belongs to, or -1: a full
// name by its group; a surname alone, or "Sir Keir" alone, only when a
// single person fits.
//
// With a name cache, the group is remembered on the name's entry
// (lookupEntry): a story's few names are found there by a search, where
// the index's memo, a map made for every index, hashed each name looked up
// (BenchmarkCheckCorpusDefault 58.10 -> 57.44 M instructions, GOGC=off).
func (x *personIndex) lookup(s string) int {
	if x.names != nil {
		return x.lookupEntry(s, x.names.entry(s))
	}
	if i, ok := x.memo[s]; ok {
		return i
	}
	i := x.resolve(parseName(s))
	if x.memo == nil {
		x.memo = map[string]int{}
	}
	x.memo[s] = i
	return i
}

// resolve is lookup of the parsed name n.
func (x *personIndex) resolve(n personName) int {
	i := -1
	switch {
	case n.full():
		i = x.match(n)
	case n.surname != "":
		k := x.keyed() // with keys, only the groups they give can fit
		var cands []int32
		if k != nil {
			cands = k.of(k.skel[n.surSkel], k.alias[n.surSkel])
		}
		i = x.unique(cands, func(g *personGroup) bool {
			for _, m := range g.allNames() {
				if m.surSkel == n.surSkel {
					return true
				}
			}
			return false
		})
		if i < 0 && (n.honorific == "sir" || n.honorific == "dame") {
			if k != nil {
				cands = k.of(k.given[n.surFold], k.aliasGiven[n.surFold])
			}
			i = x.unique(cands, func(g *personGroup) bool {
				for _, m := range g.allNames() {
					if m.full() && m.givenFold == n.surFold {
						return true
					}
				}
				return false
			})
		}
	}
	return i
}

// lookupEntry is lookup of s, whose entry in x's name cache is e: the
// group is remembered on the entry, for the index last asked.
func (x *personIndex) lookupEntry(s string, e *nameEntry) int {
	if e.memo != x {
		e.memo, e.group = x, int32(x.resolve(e.name))
	}
	return int(e.group)
}

// allNames returns the group's names with its reference aliases.
func (g *personGroup) allNames() []personName {
	out := g.names
	if g.ref != nil {
		for _, a := range g.ref.Aliases {
			out = append(out[:len(out):len(out)], parseName(a))
		}
	}
	return out
}

// unique returns the one group that fits, or -1 if none or several do;
// with group keys, only the groups cands can fit.
func (x *personIndex) unique(cands []int32, fits func(*personGroup) bool) int {
	found := -1
	if x.keys != nil {
		for _, i := range cands {
			if fits(x.groups[i]) {
				if found >= 0 {
					return -1
				}
				found = int(i)
			}
		}
		return found
	}
	for i, g := range x.groups {
		if fits(g) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// display names the group's person for messages: the house spelling, else
// the first full name seen.
func (g *personGroup) display() string {
	if g.ref != nil {
		return g.ref.Name
	}
	if len(g.names) > 0 {
		return g.names[0].spelling()
	}
	return "?"
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
