package checker

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/factlint/factlint/facts"
)

// titlesAgree reports a person given incompatible titles, across sources or
// within one: "President Netanyahu" beside "Israel's prime minister". Case,
// hyphens, abbreviations ("PM") and where the place is said ("Italian Prime
// Minister", "Prime Minister of Italy") do not matter; a place only narrows
// ("US President" fits "President"). With the reference, a title that does
// not fit the sheet's is a finding too.
func titlesAgree(p *pass) {
	ref := p.reference()
	idx := p.cache.allIndex(ref, p.all, nil)
	// Each mention's group, then the groups' mentions cut from one slice,
	// not grown a list a group.
	gis := make([]int32, len(p.mentions))
	count := make([]int32, len(idx.groups))
	var order []int
	kept := 0
	for i, m := range p.mentions {
		gis[i] = -1
		if m.Title == "" || m.Name == "" {
			continue
		}
		gi := idx.lookup(m.Name)
		if gi < 0 {
			continue
		}
		gis[i] = int32(gi)
		if count[gi] == 0 {
			order = append(order, gi)
		}
		count[gi]++
		kept++
	}
	byGroup := make([][]*facts.Fact, len(idx.groups))
	slab := make([]*facts.Fact, kept)
	for _, gi := range order {
		byGroup[gi], slab = slab[:0:count[gi]], slab[count[gi]:]
	}
	for i, m := range p.mentions {
		if gi := gis[i]; gi >= 0 {
			byGroup[gi] = append(byGroup[gi], m)
		}
	}
	// split compares every pair of a person's titles: read each title once
	// and remember each pair's answer, since reading a title is not cheap
	// and titles repeat.
	tr := titleReaders.Get().(*titleReader)
	defer putTitleReader(tr)
	for _, gi := range order {
		g, ms := idx.groups[gi], byGroup[gi]
		withRef := p.rule.WithReference && g.ref != nil && g.ref.Title != ""
		var agrees []bool
		var right string
		if withRef {
			right = g.ref.Title
			agrees = make([]bool, len(ms))
			r := tr.id(right)
			for i, m := range ms {
				agrees[i] = !p.judged(m) || tr.compatible(r, tr.id(m.Title))
			}
		} else {
			if p.draft == "" && skipOneTitle && oneTitle(ms) {
				// One title, as most people have: every pair of mentions
				// is as compatible as the title with itself, and if it is,
				// every mention agrees (what split would find, with a
				// table and a few slices).
				if id := tr.id(ms[0].Title); tr.compatible(id, id) {
					continue
				}
			}
			var best int
			agrees, best = p.split(ms, tr.compatibility(ms))
			if best < 0 {
				continue
			}
			right = ms[best].Title
		}
		if allAgree(agrees) {
			continue
		}
		p.report(titleFinding(g, ms, agrees, right, withRef || p.draft != ""))
	}
}

// skipOneTitle lets titlesAgree pass over a person of one title, which
// was two fifths of its work (BenchmarkCheckCorpusDefault 80.0 -> 77.2 M
// instructions, GOGC=off); TestOneTitleFastPath turns it off to compare.
var skipOneTitle = true

// oneTitle reports whether the mentions all have one title.
func oneTitle(ms []*facts.Fact) bool {
	for _, m := range ms[1:] {
		if m.Title != ms[0].Title {
			return false
		}
	}
	return true
}

// titleFinding describes a person's disagreeing titles. decided is false
// when nothing but a count of mentions picks the right title, and then a
// tie is left open.
func titleFinding(g *personGroup, ms []*facts.Fact, agrees []bool, right string, decided bool) Finding {
	withRef := decided && g.ref != nil && g.ref.Title == right
	var f Finding
	if withRef {
		f.Mentions = append(f.Mentions, refMention(g.ref, g.ref.Title))
	}
	agreeing := 0
	var outliers []string
	names := map[string]bool{}
	for i, m := range ms {
		names[m.Name] = true
		f.Mentions = append(f.Mentions, textMention(m, m.Title, agrees[i]))
		if agrees[i] {
			agreeing++
			continue
		}
		outliers = append(outliers, fmt.Sprintf("'%s' (%s) says %s", titleAsWritten(m), place(m), role(m.Title)))
	}
	who := g.display()
	var head string
	switch {
	case !decided && agreeing <= len(outliers):
		var first []string
		for i, m := range ms {
			if agrees[i] {
				first = append(first, fmt.Sprintf("'%s' (%s) says %s", titleAsWritten(m), place(m), role(m.Title)))
			}
		}
		head = fmt.Sprintf("%s is given different titles: %s", who, strings.Join(first, "; "))
	case withRef:
		head = fmt.Sprintf("the reference sheet calls %s %s (%s)", who, right, refPlace(g.ref))
	default:
		head = fmt.Sprintf("%s %s %s", verb(agreeing, "calls", "call"), who, role(right))
	}
	f.Message = head + "; " + strings.Join(outliers, "; ") + "; grouped: " + groupedBy(g, names)
	return f
}

// titleAsWritten is a title mention's text with the words of the name that
// follow it directly: "President Netanyahu" rather than "President", so a
// message shows whom the title was given to.
func titleAsWritten(m *facts.Fact) string {
	name := map[string]bool{}
	for _, w := range strings.Fields(m.Name) {
		name[w] = true
	}
	m.Resolve()
	rest := m.Suffix
	if rest == "" || rest[0] != ' ' {
		return m.Text
	}
	var took []string
	for _, w := range strings.Fields(rest) {
		bare := strings.TrimRight(w, ",.;:")
		if !name[bare] {
			break
		}
		took = append(took, bare)
		if bare != w {
			break // punctuation ends the name
		}
	}
	if len(took) == 0 {
		return m.Text
	}
	return m.Text + " " + strings.Join(took, " ")
}

// groupedBy says why mentions written as names were taken for one person.
func groupedBy(g *personGroup, names map[string]bool) string {
	var written []string
	for n := range names {
		written = append(written, n)
	}
	sort.Strings(written)
	var reasons []string
	for _, w := range written {
		n := parseName(w)
		switch {
		case !n.full():
			reasons = append(reasons, fmt.Sprintf("%s alone names only %s in the sources", w, g.display()))
		default:
			if _, why := g.matches(n); why != "" {
				reasons = append(reasons, why)
			}
		}
	}
	return joinReasons(reasons)
}

// A titleParts is a title read into its role and the places that qualify it:
// "Israel's prime minister" is role {prime, minister} in israel.
type titleParts struct {
	role        []string // words, sorted
	roleInOrder []string // words, as written
	places      []string // canonical places and bodies named
}

// role shows a title for messages the one way: "prime minister of Israel"
// for "Israel's PM".
func role(title string) string {
	t := readTitle(title)
	if len(t.role) == 0 {
		return title
	}
	s := strings.Join(t.roleInOrder, " ")
	for i, p := range t.places {
		if i == 0 {
			s += " of "
		} else {
			s += ", "
		}
		s += placeNames[p]
	}
	return s
}

// placeNames shows canonical places in messages.
var placeNames = map[string]string{
	"us": "the US", "uk": "the UK", "eu": "the EU", "nato": "NATO", "un": "the UN",
	"new zealand": "New Zealand",
}

func init() {
	for _, c := range places {
		if _, ok := placeNames[c]; !ok {
			placeNames[c] = strings.ToUpper(c[:1]) + c[1:]
		}
	}
}

var (
	titleAbbrevs = map[string][]string{
		"pm":      {"prime", "minister"},
		"ceo":     {"chief", "executive"},
		"premier": {"prime", "minister"},
		"sec":     {"secretary"},
		"gen":     {"general"},
		"pres":    {"president"},
		"gov":     {"governor"},
		"sen":     {"senator"},
		"rep":     {"representative"},
	}
	// roleChangers are words that make a different office of the role they
	// qualify: a vice president is not the president.
	roleChangers = wordSet("vice", "deputy", "former", "ex", "acting", "interim", "assistant", "under", "general", "prime", "co", "junior", "shadow", "first", "elect", "designate", "lieutenant")
	// vagueRoles describe rather than name an office; they fit any title.
	vagueRoles = wordSet("leader", "head", "official", "politician", "boss", "chief")
	fillers    = wordSet("the", "a", "an", "and")
	// places maps names, demonyms and acronyms of countries and bodies to
	// one spelling, so "Italian" and "of Italy" are one place.
	places = map[string]string{
		"us": "us", "u.s": "us", "american": "us", "america": "us", "united states": "us",
		"uk": "uk", "british": "uk", "britain": "uk", "united kingdom": "uk", "england": "uk",
		"italy": "italy", "italian": "italy", "france": "france", "french": "france",
		"germany": "germany", "german": "germany", "israel": "israel", "israeli": "israel",
		"ukraine": "ukraine", "ukrainian": "ukraine", "russia": "russia", "russian": "russia",
		"australia": "australia", "australian": "australia", "canada": "canada", "canadian": "canada",
		"poland": "poland", "polish": "poland", "spain": "spain", "spanish": "spain",
		"netherlands": "netherlands", "dutch": "netherlands", "turkey": "turkey", "turkish": "turkey",
		"china": "china", "chinese": "china", "japan": "japan", "japanese": "japan",
		"india": "india", "indian": "india", "iran": "iran", "iranian": "iran",
		"eu": "eu", "european union": "eu", "nato": "nato", "un": "un", "united nations": "un",
		"palestinian": "palestine", "palestine": "palestine", "belgium": "belgium", "belgian": "belgium",
		"greece": "greece", "greek": "greece", "sweden": "sweden", "swedish": "sweden",
		"norway": "norway", "norwegian": "norway", "denmark": "denmark", "danish": "denmark",
		"finland": "finland", "finnish": "finland", "ireland": "ireland", "irish": "ireland",
		"new zealand": "new zealand", "portugal": "portugal", "portuguese": "portugal",
	}
	// bodies are places that do not exclude a country: "EU Commission
	// President" and "President of the European Commission" may name one office,
	// while the Prime Minister of Italy is not the Prime Minister of France.
	bodies = wordSet("eu", "nato", "un")
)

// titlePunct is the punctuation readTitle sets aside. Built once: building
// a Replacer per title was a quarter of titlesAgree's time.
var titlePunct = strings.NewReplacer("-", " ", "–", " ", "—", " ", "’", "'", ",", " ", ".", "")

// readTitle reads a title into role and places.
func readTitle(title string) titleParts {
	s := strings.ToLower(title)
	s = titlePunct.Replace(s)
	words := strings.Fields(s)
	var t titleParts
	// "Israel's prime minister": what comes before the possessive is a place.
	for i, w := range words {
		if strings.HasSuffix(w, "'s") {
			t.addPlace(strings.Join(append(words[:i:i], strings.TrimSuffix(w, "'s")), " "))
			words = words[i+1:]
			break
		}
	}
	// "prime minister of Italy": what follows "of" or "for" is a place when
	// it names one; "secretary of state" keeps its "state".
	for i, w := range words {
		if (w == "of" || w == "for") && i > 0 {
			rest := strings.Join(dropFillers(words[i+1:]), " ")
			if _, ok := places[rest]; ok || len(words[i+1:]) > 1 {
				t.addPlace(rest)
				words = words[:i]
			}
			break
		}
	}
	for i := 0; i < len(words); i++ {
		w := words[i]
		if i+1 < len(words) {
			if _, ok := places[w+" "+words[i+1]]; ok {
				t.addPlace(w + " " + words[i+1])
				i++
				continue
			}
		}
		if _, ok := places[w]; ok {
			t.addPlace(w)
			continue
		}
		if fillers[w] {
			continue
		}
		if exp, ok := titleAbbrevs[w]; ok {
			t.roleInOrder = append(t.roleInOrder, exp...)
			continue
		}
		t.roleInOrder = append(t.roleInOrder, w)
	}
	t.role = append([]string(nil), t.roleInOrder...)
	sort.Strings(t.role)
	return t
}

func (t *titleParts) addPlace(s string) {
	if c, ok := places[s]; ok {
		t.places = append(t.places, c)
	}
}

func dropFillers(words []string) []string {
	var out []string
	for _, w := range words {
		if !fillers[w] {
			out = append(out, w)
		}
	}
	return out
}

// A titleRole is a title read for comparing: its places and its role's
// words as a set.
type titleRole struct {
	places []string
	role   map[string]bool
}

func readTitleRole(title string) titleRole {
	t := readTitle(title)
	return titleRole{places: t.places, role: roleSet(t.role)}
}

// compatibleTitles reports whether two titles may both be right for one
// person: the same role, or one role narrowing the other without changing
// the office; and no two different countries. Titles that name no office
// are taken to fit any title.
func compatibleTitles(ta, tb titleRole) bool {
	if conflictingPlaces(ta.places, tb.places) {
		return false
	}
	ra, rb := ta.role, tb.role
	if len(ra) == 0 || len(rb) == 0 || isVague(ra) || isVague(rb) || !isOffice(ra) || !isOffice(rb) {
		return true
	}
	return narrows(ra, rb) || narrows(rb, ra)
}

func roleSet(words []string) map[string]bool { return wordSet(words...) }

// A titleReader numbers the titles of a story, reads each once, and
// remembers which pairs are compatible: titlesAgree asks of every pair of
// a person's titles, and a story's titles repeat.
type titleReader struct {
	ids    map[string]int32
	read   []titleRole
	answer map[[2]int32]bool
}

func newTitleReader() *titleReader {
	return &titleReader{ids: map[string]int32{}, answer: map[[2]int32]bool{}}
}

// titleReaders keep what they read from story to story: a title reads
// the same in every story, and stories name the same offices. Reading
// titles afresh for every story was a third of titlesAgree
// (BenchmarkCheckCorpusDefault 192.7 M -> 188.8 M instructions).
var titleReaders = sync.Pool{New: func() any { return newTitleReader() }}

// maxPooledTitles is how many titles (and 16 times as many pairs) a pooled
// titleReader remembers before it starts afresh, so that a long run does
// not hold every title it saw.
const maxPooledTitles = 4096

func putTitleReader(tr *titleReader) {
	if len(tr.read) > maxPooledTitles || len(tr.answer) > 16*maxPooledTitles {
		tr = newTitleReader()
	}
	titleReaders.Put(tr)
}

// id returns the number of a title, reading it the first time.
func (tr *titleReader) id(title string) int32 {
	i, ok := tr.ids[title]
	if !ok {
		i = int32(len(tr.read))
		// A copy, read too: a title is cut from its article, which the
		// reader must not keep once the story is checked.
		title = strings.Clone(title)
		tr.ids[title] = i
		tr.read = append(tr.read, readTitleRole(title))
	}
	return i
}

// compatibility returns split's compat for mentions ms: whether the
// titles of ms[i] and ms[j] are compatible. A person's mentions repeat a
// few titles: it asks of each pair of distinct titles once, and split's
// every pair reads a table.
func (tr *titleReader) compatibility(ms []*facts.Fact) func(i, j int) bool {
	ids := make([]int32, len(ms))
	loc := make([]int, len(ms)) // each mention's title, numbered in ms
	var distinct []int32
	for i, m := range ms {
		ids[i] = tr.id(m.Title)
		if len(distinct) > maxTitleTable {
			continue
		}
		k := slices.Index(distinct, ids[i])
		if k < 0 {
			k = len(distinct)
			distinct = append(distinct, ids[i])
		}
		loc[i] = k
	}
	n := len(distinct)
	if n > maxTitleTable { // a table too large: ask of each pair, remembering
		return func(i, j int) bool { return tr.compatible(ids[i], ids[j]) }
	}
	table := make([]bool, n*n)
	for a, ida := range distinct {
		for b, idb := range distinct {
			table[a*n+b] = tr.compatible(ida, idb)
		}
	}
	return func(i, j int) bool { return table[loc[i]*n+loc[j]] }
}

// maxTitleTable is the most distinct titles of one person compatibility
// makes a table of.
const maxTitleTable = 64

// compatible is compatibleTitles of the titles numbered a and b.
func (tr *titleReader) compatible(a, b int32) bool {
	k := [2]int32{a, b}
	v, ok := tr.answer[k]
	if !ok {
		v = compatibleTitles(tr.read[a], tr.read[b])
		tr.answer[k] = v
	}
	return v
}

// offices are the words of offices a person holds one at a time, public
// or in a company ("director", "chief executive"), and that sources name
// the same way. Other titles describe a job, and
// sources describe one job in many words ("captain" and "skipper", "A&E
// consultant" and "consultant in emergency medicine"): they are not judged.
var offices = wordSet("president", "minister", "chancellor", "secretary", "king", "queen", "governor", "mayor",
	"senator", "ambassador", "commissioner", "chair", "chairman", "chairwoman", "speaker", "ceo", "pope", "emir", "sultan",
	"director", "executive")

func isOffice(r map[string]bool) bool {
	for w := range r {
		if offices[w] {
			return true
		}
	}
	return false
}

func isVague(r map[string]bool) bool {
	for w := range r {
		if !vagueRoles[w] {
			return false
		}
	}
	return true
}

// narrows reports whether role big is role small with only words added that
// do not change the office: "commission president" narrows "president",
// "vice president" does not.
func narrows(small, big map[string]bool) bool {
	for w := range small {
		if !big[w] {
			return false
		}
	}
	for w := range big {
		if !small[w] && roleChangers[w] {
			return false
		}
	}
	return true
}

// conflictingPlaces reports whether the titles name two different countries.
func conflictingPlaces(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x != y && !bodies[x] && !bodies[y] {
				return true
			}
		}
	}
	return false
}
