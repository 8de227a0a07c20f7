package facts

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// People. A person mention is a run of capitalised words in a sentence,
// read from left to right as [title words] [honorifics] name: "Italian Prime
// Minister Giorgia Meloni", "Prime Minister Sir Keir Starmer", "Mr Zelenskyy".
// A run without a title or honorific is a person when its first word is a
// given name from the table, when its last word is used alone elsewhere in
// the document (a surname), or when a reporting verb follows it; a run with
// a place, an organisation, a month or a weekday in it is not a person.
//
// A mention's Fact.Text is the name as written at that place (without its
// title, honorific or possessive "'s"); Fact.Name is the full name it
// resolves to: the mention itself when it has two or more words, else the
// nearest full name in the document before it with that surname (or given
// name, after "Sir" or "Dame": "Sir Keir"), else the nearest after it, else
// the mention as written.

// honorifics stand before a name but are not titles.
var honorifics = wordSet("Sir Dame Mr Mrs Ms Miss Mx Dr Lord Lady Baroness Baron Prof Professor Rev Reverend Madam Monsieur Herr Frau")

// titleWords make a capitalised title: "Prime Minister", "Secretary General".
var titleWords = wordSet(`President Prime Minister Secretary General Secretary-General Chancellor King Queen
	Prince Princess Senator Sen Governor Gov Mayor Pope Ambassador Commissioner Chief Admiral
	Correspondent Editor Leader Spokesman Spokeswoman Spokesperson Deputy Vice Chairman Chairwoman
	Chair Director Judge Speaker Representative Rep Envoy Colonel Col Captain Capt Lieutenant Lt
	Sergeant Sgt Marshal Premier Sheikh Emir Crown Attorney Officer Rapporteur Commander Archbishop
	Bishop Cardinal Shadow Acting Supreme Foreign Defence Defense Home Health Finance Interior
	Affairs Justice Economy Trade Culture Education Transport Environment Energy PM Chairperson
	Presenter Anchor Reporter Analyst Economist Professor Dean Rabbi Imam Ayatollah Field
	Brigadier Major Constable Inspector Superintendent Detective Foreman Skipper Coach Manager
	Chef Councillor Cllr Alderman Sheriff Marshal Trooper Corporal Private Officer Nurse Doctor
	Lawyer Prosecutor Barrister Solicitor Magistrate Campaigner Activist Negotiator Diplomat
	Adviser Advisor Aide Surgeon Consultant Founder Treasurer Historian Researcher Scientist
	Journalist Broadcaster`)

// titleNouns end a lower-case title: "foreign minister", "deputy political
// editor", "national security adviser".
var titleNouns = wordSet(`president minister secretary secretary-general chancellor king queen prince
	princess senator governor mayor pope ambassador commissioner chief admiral correspondent editor
	leader spokesman spokeswoman spokesperson chairman chairwoman chair director judge speaker
	envoy colonel captain general officer rapporteur commander adviser advisor aide analyst
	economist professor broadcaster journalist presenter reporter official head staff premier
	counterpart founder chairperson ceo executive negotiator lawyer prosecutor attorney expert
	fellow researcher author historian diplomat representative vice-president deputy skipper
	foreman organiser organizer consultant surgeon doctor nurse manager coach captain constable
	inspector superintendent councillor campaigner activist spokesman economist scientist
	commissioner treasurer governor steward owner partner chairman president-elect`)

// titleMods may stand before a lower-case title noun: "former", "deputy
// political", "national security".
var titleMods = wordSet(`former deputy political foreign defence defense home health finance interior
	national security chief senior junior acting interim shadow prime vice special economic
	military legal press communications executive managing general assistant principal
	international european british american russian ukrainian israeli french german italian
	of staff defence-staff then current new outgoing incoming top independent fire station union
	operations council opposition schools school shift airport police party campaign club team
	company hospital emergency medicine chief-executive general-secretary regional local city
	county state federal provincial`)

// notNames are capitalised words that are never part of a person's name:
// places, organisations, months, weekdays and common words that start
// sentences.
var notNames = wordSet(`January February March April May June July August September October November
	December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow
	Street House Office Department Council Commission Project Court Forces Force Party Democrats
	Democrat Social Ministry Government Parliament Kremlin Army Navy Union Nations Republic Kingdom
	States Region Festival Prize War Strip University Foundation Times Post Airport Square Road Bank
	Group Agency Summit Conference Coalition News Media Network Channel Radio TV Television Service
	Services Centre Center Institute Committee Assembly Congress Senate Cabinet Embassy Organisation
	Organization Corporation Company Club League Cup Games Olympics Hospital School College Museum
	Church Palace Castle Bridge Island Islands River Lake Mountain Sea Ocean Gulf East West North
	South Middle Central Northern Southern Eastern Western Europe Africa Asia America Americas
	Russia Ukraine Britain England Scotland Wales Ireland France Germany Italy Spain Poland Israel
	Gaza Iran Iraq Syria Lebanon Qatar China Japan India Brazil Canada Australia Zealand Turkey
	Greece Norway Sweden Finland Denmark Iceland Estonia Latvia Lithuania Belgium Netherlands
	Luxembourg Portugal Romania Bulgaria Czech Austria Switzerland Hungary Slovakia Croatia
	Serbia Arabia Saudi Egypt Jordan Yemen Pakistan Afghanistan Korea Taiwan Mexico Argentina
	Chile Colombia Venezuela Cuba Nigeria Kenya Ethiopia Sudan Libya Tunisia Morocco Algeria
	Moscow Kyiv Kiev London Paris Berlin Rome Washington Brussels Beijing Tokyo Jerusalem Tehran
	Kursk Kharkiv Zaporizhzhia Crimea Donbas Donetsk Luhansk Odesa Mariupol Northwood Sderot
	Russian Ukrainian British English Scottish Welsh Irish French German Italian Spanish Polish
	Israeli Palestinian Iranian Iraqi Syrian Chinese Japanese Indian American Canadian Australian
	European African Asian Arab Turkish Greek Dutch Belgian Swedish Norwegian Danish Finnish
	Western Eastern Anglo-French NATO Nato EU UN UK US USA IDF ICC BBC ITV STV LBC CNN PA AP
	Reuters AFP Pic Image Photo Video Watch Listen Read More Related Topics Follow Share Warning
	The A An And But Or So If In On At To For From With By Of As It Its This That These Those
	He She They We I You His Her Their Our My Your Who What When Where Why How While Although
	Despite After Before During Since Until Meanwhile However Speaking Asked Answering Addressing
	Responding Elsewhere Earlier Later Also Notably Significantly According Critics Onlookers
	Defence Military Chiefs Leaders Officials Sexual Violence Conflict Rights Human Special
	Supernova Nova Dinah World Peace Security Justice Energy Health Trade Economy Labour
	Conservative Conservatives Liberal Green Greens Reform Vanguard Dreadnought HMS Chrome
	Gospel Lavender Palantir Hamas Hezbollah Taliban Truth Number Oval Downing White Lancaster
	Commonwealth Kingdom United Council's Zolochiv Barrow-in-Furness WhatsApp QR X Facebook
	Twitter Instagram Google Apple Microsoft Amazon Meta Tesla Ukrainians Russians Europeans
	Americans Israelis Palestinians Britons Elections San Santa Saint St Port Fort Mount Cape Los
	Las El Airport Ontario Quebec Alberta Ohio Texas California Marathon Race Championship
	Championships Open Tournament Grand Prix Derby Stadium Arena Park Gardens Hall Theatre`)

// givenNames is a small table of given names, enough to tell "Steve Witkoff"
// from "Sexual Violence" when nothing else does.
var givenNames = wordSet(`Aaron Adam Adrian Alan Albert Alex Alexander Alexei Alice Alison Amanda Amy Andrew
	Andrzej Angela Ann Anna Anne Annalena Anthony Antonio Antony Ben Benjamin Bernie Bill Boris
	Brian Bruce Carl Carlos Caroline Catherine Charles Charlie Chris Christian Christine Christopher
	Claire Claudia Dan Daniel David Diana Donald Dmitry Ed Edward Elizabeth Ella Emily Emma
	Emmanuel Emanuel Enrique Eric Espen Frank Francesca Frederik Friedrich Gabriel George Georgia
	Giorgia Hakan Harry Helen Henry Ian Isaac Jack Jacob James Jane Janet Jared Jean Jeff Jennifer
	Jens Jeremy Jessica Jim Joe John Jonathan Jose Joseph Josh Julia Justin Karen Kamala Kate Keir
	Kemi Kevin Kier Kim Kristen Kyriakos Laura Lee Leo Liz Lucy Luis Luke Marco Maria Mark Martin
	Mary Masoud Matt Matthew Mette Michael Michel Mike Mikhail Nick Nicola Olaf Oliver Pam Paul
	Pedro Pete Peter Petr Philip Rachel Recep Richard Rishi Robert Ron Rosie Ruth Sam Samuel Sarah
	Scott Sergei Sergey Simon Sophie Stephen Steve Steven Susan Tanya Theresa Thomas Tim Tom Tony
	Tucker Ursula Victor Viktor Vladimir Volodymyr Wes William Xi Yalda Yvette Yulia Zoe Ali
	Mohammed Muhammad Ahmed Omar Hassan Hussein Abdullah Fatima Ehud Naftali Yair Yoav Isaac
	Benny Gideon Itamar Bezalel Dmytro Andriy Oleksandr Rustem Kaja Ulf Giorgos Luc Pedro
	Clara Josiah Jorge Sinéad Sinead Ewan Kristian Dave Claire Nadia Priya Marcus Dana Fiona Mette
	José Joanne Gareth Morag Hiwot Samir Andrea Abigail Alexandra Amelia Andrea Barbara Beth
	Bob Callum Cameron Chloe Colin Craig Dean Derek Dominic Donna Douglas Eleanor Elena Eva
	Fraser Gavin Gemma Gordon Grace Graham Hannah Heather Hugh Iain Isabel Jake Jamie Jan Jason
	Jenny Jo Joanna Jordan Judith Julie Karl Katie Keith Kirsty Lars Linda Lisa Lorna Louise
	Lucas Lynn Magnus Malcolm Margaret Mariana Marie Martha Megan Mohamed Moira Neil Nicholas
	Niamh Nigel Olivia Owen Patrick Paula Philippa Ravi Rebecca Rhys Robin Rory Rose Ross Roy
	Sally Sandra Sean Seán Shona Sian Siobhan Stuart Suzanne Tariq Teresa Tracy Vanessa Wendy
	Yusuf Zainab Ana Ahmad Carmen Diego Fernando Francisco Javier Juan Lucia Manuel Miguel
	Pablo Rafael Sofia Hans Klaus Jürgen Karin Ingrid Anders Erik Henrik Nils Sven Astrid`)

// nameParticles join the words of a name: "Ursula von der Leyen".
var nameParticles = wordSet("von der van den de da di del della du le la bin al ibn ter")

// reportVerbs make a run before them a speaker: "Masoud Pezeshkian said".
var reportVerbs = wordSet(`said says told tells added adds warned warns urged urges wrote writes continued
	declared insisted insists stated states announced announces explained explains argued argues
	claimed claims noted notes revealed reveals suggested suggests confirmed confirms accused
	accuses pleaded pleads asked asks replied replies responded responds admitted admits
	called acknowledged acknowledges stressed stresses vowed vows reiterated reiterates conceded concedes
	praised described criticised criticized condemned welcomed hailed dismissed branded labelled
	went agreed tweeted posted commented remarked observed recalled predicted promised says:`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// A personMention is one place a person is named.
type personMention struct {
	sent       Sentence
	start, end int      // the name as written, without title or possessive
	words      []string // the name's words
	givenStart []int    // the start of each word
	name       string   // the full name it resolves to
	honorific  string   // "Sir", "Mr", or ""
	title      string   // the title as written before or after it, or ""
	tStart     int      // the title's span, when title != ""
	tEnd       int
	tSent      Sentence // the title's sentence, when tCross
	tCross     bool     // the title is in the sentence before the name's
	subject    bool     // the mention opens its sentence or a verb follows it
	bare       bool     // no title or honorific: needs support to be a person
	supported  bool     // a bare name that its context shows is a person
}

// titlePunct is built once: a Replacer per call cost more than the rest of
// NormalizeTitle.
var titlePunct = strings.NewReplacer("-", " ", "‐", " ", "–", " ", ".", "", "’", "'")

// NormalizeTitle returns a title's comparable form: lower case, hyphens and
// runs of space as one space, leading articles and possessives dropped.
// "Secretary-General" and "Secretary General" compare equal, as do "the
// prime minister" and "Prime Minister"; "Israel's prime minister" reads as
// "prime minister of israel".
func NormalizeTitle(t string) string {
	t = strings.ToLower(t)
	t = titlePunct.Replace(t)
	f := strings.Fields(t)
	for len(f) > 0 && (f[0] == "the" || f[0] == "a" || f[0] == "an") {
		f = f[1:]
	}
	return strings.Join(normalizeTitleWords(f), " ")
}

func isCapitalised(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return s[0] >= 'A' && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// possessive returns s without a trailing "'s" or "’s" and the length cut.
func possessive(s string) (string, int) {
	n := len(s)
	switch {
	case n > 2 && s[n-1] == 's' && s[n-2] == '\'':
		return s[:n-2], 2
	case n > 4 && s[n-1] == 's' && s[n-4:n-1] == "’":
		return s[:n-4], 4
	}
	return s, 0
}

// isAllCaps reports whether s is an acronym such as "NATO" or "EU".
//
// ASCII letters are told by their bytes: unicode.IsLower and IsLetter say
// the same of them, a call per character.
func isAllCaps(s string) bool {
	n, i := 0, 0
	for ; i < len(s) && s[i] < utf8.RuneSelf; i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			n++
		}
	}
	for _, r := range s[i:] {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// findPeople scans the document for person mentions and resolves each to a
// full name.
func findPeople(d *Document, sents []Sentence) []personMention {
	return findPeopleIn(d, sents, tokenizeAll(d, sents))
}

// tokenizeAll tokenizes each sentence once, for the document-level passes.
//
// All sentences' tokens share one backing array, sized from the text (about
// one token in five bytes of news prose), so a document costs one or two
// allocations rather than one per sentence.
func tokenizeAll(d *Document, sents []Sentence) [][]token {
	all, _ := tokenizeInto(d, sents, nil, nil)
	return all
}

// tokenizeInto tokenizes every sentence into buf, grown when it is too
// small, and returns the tokens per sentence, in all's array when it is
// large enough, and the buffer for reuse.
func tokenizeInto(d *Document, sents []Sentence, all [][]token, buf []token) ([][]token, []token) {
	if cap(all) < len(sents) {
		all = make([][]token, len(sents))
	}
	all = all[:len(sents)]
	if want := len(d.Text)/4 + 16; cap(buf) < want {
		buf = make([]token, 0, want+want/4) // room for the next documents too
	}
	buf = buf[:0]
	// One lower-case copy of the text; where lowering changes a length
	// (rare letters such as "İ"), tokens lower themselves one by one.
	low, ok := lowerInPlace(d.Text)
	if !ok {
		low = ""
	}
	for i, s := range sents {
		free := cap(buf) - len(buf)
		toks := tokenizeLow(d.Text, low, s.Start, s.End, buf[len(buf):])
		if len(toks) > free {
			all[i] = toks // outgrew the buffer: its own array
			continue
		}
		all[i] = toks[:len(toks):len(toks)]
		buf = buf[:len(buf)+len(toks)]
	}
	return all, buf
}

func findPeopleIn(d *Document, sents []Sentence, all [][]token) []personMention {
	return new(peopleScan).find(d, sents, all)
}

// find is findPeopleIn with p's arrays, reused when p is reused (see
// peoplePool). The mentions it returns are cut from them.
func (p *peopleScan) find(d *Document, sents []Sentence, all [][]token) []personMention {
	// Sized from the text (about a candidate in 400 bytes and a
	// capitalised word in 40 of news prose): growing them was a fifth of
	// scanning names.
	p.out = reserve(p.out, len(d.Text)/400+4)
	p.caps = reserve(p.caps, len(d.Text)/40+8)
	p.scanNames(sents, all)
	cands := p.out

	// Decide which bare runs are people, and collect the full names.
	// Mentions are big: they are filtered in place and reached by index.
	if p.surnames == nil {
		p.surnames = map[string]bool{}
	}
	surnames := p.surnames
	// A filter on the surnames' lengths and first bytes, noted as they
	// are put in the map, skips the map for nearly every capitalised word.
	var filter wordFilter
	for i := range cands {
		if c := &cands[i]; len(c.words) >= 2 && !c.bare {
			w := c.words[len(c.words)-1]
			surnames[w] = true
			filter.add(w)
		}
	}
	// Capitalised single words used mid-sentence, counted only when a
	// bare run needs them (most documents have none), and only for the
	// words asked about.
	var standalone map[string]int
	out := cands[:0]
	for i := range cands {
		c := &cands[i]
		if c.bare && !c.supported {
			c.words, c.start = trimToGiven(c)
			last := c.words[len(c.words)-1]
			if len(c.words) < 2 {
				continue
			}
			if !wordIs(c.words[0], lxGiven) && !surnames[last] {
				if standalone == nil {
					standalone = p.countStandalone(all, cands[i:])
				}
				if !(standalone[last] > 1 && !wordIs(last, lxGiven)) {
					continue
				}
			}
		}
		if len(out) == i {
			out = out[:i+1] // in place already: a mention is big to copy
		} else {
			out = append(out, *c)
		}
		// A full name, or a surname after a title or honorific
		// ("President Zelenskyy"), makes the surname alone a mention.
		// (A full name not bare is in already, from the loop above: its
		// words are as they were there. Setting it again was a map
		// assignment per mention: BenchmarkPeopleArchive 28.96 M -> 28.68 M
		// instructions, GOGC=off.)
		if c.bare && len(c.words) >= 2 || !c.bare && len(c.words) < 2 {
			w := c.words[len(c.words)-1]
			surnames[w] = true
			filter.add(w)
		}
	}

	// Bare single words that are known surnames: "Starmer insisted".
	// The token starts inside a mention, in document order (mentions are
	// found in order and do not overlap), for a binary search.
	cover := p.cover[:0]
	for i := range out {
		cover = append(cover, out[i].givenStart...)
	}
	p.cover = cover
	if !slices.IsSorted(cover) {
		slices.Sort(cover)
	}
	extra := p.extra[:0]
	caps := p.caps
	if len(surnames) == 0 {
		caps = nil
	}
	for _, c := range caps {
		if !filter.may(c) {
			continue
		}
		s, toks, i := sents[c.si], all[c.si], int(c.i)
		t := &toks[i]
		w, cut := possessive(t.text)
		if !surnames[w] {
			continue
		}
		if _, covered := slices.BinarySearch(cover, t.start); covered {
			continue
		}
		// Part of a longer capitalised run that is not a person ("Sky
		// News" has no surname, but "Trump administration" is fine).
		if i+1 < len(toks) && toks[i+1].kind == tWord && toks[i+1].upper && cut == 0 {
			continue
		}
		ws, _ := p.alloc(1, false)
		ws[0] = w
		extra = append(extra, personMention{sent: s, start: t.start, end: t.end - cut, words: ws, subject: i == 0 || verbAfter(toks, i)})
	}
	p.extra = extra
	out = p.mergeMentions(out, extra)
	resolveNames(d.Text, out)
	return out
}

// reserve returns s emptied, with room for n elements: s's own array when
// it has the room.
func reserve[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

// trimToGiven drops the words before a given name inside a bare run
// ("Sexual Violence Steve Witkoff" reads from "Steve"), returning the words
// and the start.
func trimToGiven(c *personMention) ([]string, int) {
	for k := 1; k < len(c.words)-1; k++ {
		if wordIs(c.words[k], lxGiven) && !wordIs(c.words[0], lxGiven) {
			return c.words[k:], c.givenStart[k]
		}
	}
	return c.words, c.start
}

// countStandalone counts the capitalised words that stand alone
// mid-sentence, without a possessive ("Starmer insisted"), for the last
// words of the bare runs in cands, the only words asked about: the other
// words are not in the map. Counting every such word, a map insertion
// each, was an eighth of findPeopleIn in the real run.
func (p *peopleScan) countStandalone(all [][]token, cands []personMention) map[string]int {
	if p.standalone == nil {
		p.standalone = map[string]int{}
	}
	standalone := p.standalone
	var filter wordFilter
	for i := range cands {
		if c := &cands[i]; c.bare && !c.supported && len(c.words) >= 2 {
			w := c.words[len(c.words)-1]
			standalone[w] = 0
			filter.add(w)
		}
	}
	for _, c := range p.caps {
		if !filter.may(c) {
			continue
		}
		toks, i := all[c.si], int(c.i)
		if i > 0 && !toks[i-1].upper && (i+1 == len(toks) || !toks[i+1].upper) {
			w, _ := possessive(toks[i].text)
			if n, ok := standalone[w]; ok {
				standalone[w] = n + 1
			}
		}
	}
	return standalone
}

// mergeMentions merges two lists of mentions in document order into one,
// a before b on a tie (as a stable sort of a then b would), in p.merged.
func (p *peopleScan) mergeMentions(a, b []personMention) []personMention {
	if len(b) == 0 && mentionsSorted(a) {
		return a
	}
	out := reserve(p.merged, len(a)+len(b))
	if !mentionsSorted(a) || !mentionsSorted(b) {
		// Not met: mentions are found in order.
		out = append(append(out, a...), b...)
		sortMentions(out)
		p.merged = out
		return out
	}
	for len(a) > 0 && len(b) > 0 {
		if b[0].start < a[0].start {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	out = append(out, a...)
	out = append(out, b...)
	p.merged = out
	return out
}

func mentionsSorted(ms []personMention) bool {
	for i := 1; i < len(ms); i++ {
		if ms[i].start < ms[i-1].start {
			return false
		}
	}
	return true
}

func sortMentions(ms []personMention) {
	// insertion sort keeps this dependency-free and ms is short
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].start < ms[j-1].start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// resolveNames fills in each mention's full name: its own words when it has
// two or more, else the nearest full name before it with that surname (or
// given name after Sir or Dame), else the nearest after it.
func resolveNames(text string, ms []personMention) {
	for i := range ms {
		if len(ms[i].words) >= 2 {
			ms[i].name = joinWords(text, &ms[i])
		}
	}
	match := func(full *personMention, w, honorific string) bool {
		if len(full.words) < 2 {
			return false
		}
		if full.words[len(full.words)-1] == w {
			return true
		}
		return (honorific == "Sir" || honorific == "Dame" || honorific == "Lord" || honorific == "Lady") && full.words[0] == w
	}
	for i := range ms {
		if ms[i].name != "" {
			continue
		}
		w := ms[i].words[0]
		for j := i - 1; j >= 0 && ms[i].name == ""; j-- {
			if match(&ms[j], w, ms[i].honorific) {
				ms[i].name = ms[j].name
			}
		}
		for j := i + 1; j < len(ms) && ms[i].name == ""; j++ {
			if match(&ms[j], w, ms[i].honorific) {
				ms[i].name = ms[j].name
			}
		}
		switch h := ms[i].honorific; {
		case ms[i].name != "":
		case h == "Sir" || h == "Dame" || h == "Lord" || h == "Lady":
			// "Sir Keir" with no full name in the document: the word is
			// a given name, and the honorific says so to whoever
			// resolves it across documents.
			ms[i].name = h + " " + w
		default:
			ms[i].name = w
		}
	}
}

// joinWords returns m's words joined by spaces: the text of the mention
// itself when it is written so, as it nearly always is, rather than a new
// string.
func joinWords(text string, m *personMention) string {
	if m.start >= 0 && m.start <= m.end && m.end <= len(text) {
		s := text[m.start:m.end]
		for k, w := range m.words {
			if k > 0 {
				if s == "" || s[0] != ' ' {
					return strings.Join(m.words, " ")
				}
				s = s[1:]
			}
			if !strings.HasPrefix(s, w) {
				return strings.Join(m.words, " ")
			}
			s = s[len(w):]
		}
		if s == "" {
			return text[m.start:m.end]
		}
	}
	return strings.Join(m.words, " ")
}

// peopleScan is the state of reading a document's names: the candidate
// mentions, and the arrays their words and word starts are cut from (two
// allocations per mention were a tenth of findPeopleIn).
//
// Its arrays are kept between documents (see peoplePool): made afresh for
// each, they were a quarter of the bytes extraction allocated.
type peopleScan struct {
	out  []personMention
	strs []string
	ints []int
	caps []tokenRef // every capitalised word, in order

	surnames   map[string]bool
	standalone map[string]int
	cover      []int           // the word starts of the mentions
	extra      []personMention // the bare surnames
	merged     []personMention // out and extra merged, when there are extras
}

// peoplePool keeps peopleScans between documents. extractPeople takes one
// and extractQuotes, the mentions' last reader, gives it back.
var peoplePool = sync.Pool{New: func() any { return new(peopleScan) }}

// maxPooledMentions bounds the mentions of a peopleScan that is kept: one
// grown by an unusually long document is let go.
const (
	maxPooledMentions = 1 << 10
	maxPooledCaps     = 1 << 14
)

// release puts p back in the pool, reset.
func (p *peopleScan) release() {
	if p.reset() {
		peoplePool.Put(p)
	}
}

// reset clears p's arrays, which hold strings of the document (so that
// the pool does not keep documents alive), for the next document. It
// reports false, for p to be let go, when they grew too big to keep.
func (p *peopleScan) reset() bool {
	if max(cap(p.out), cap(p.merged), cap(p.extra)) > maxPooledMentions || cap(p.caps) > maxPooledCaps {
		return false
	}
	// Nothing past an array's length was written since the last release.
	clear(p.out)
	clear(p.extra)
	clear(p.merged)
	clear(p.strs)
	clear(p.surnames)
	clear(p.standalone)
	p.out, p.extra, p.merged, p.strs, p.ints = p.out[:0], p.extra[:0], p.merged[:0], p.strs[:0], p.ints[:0]
	return true
}

// A tokenRef is a token of all: all[si][i], a capitalised word, with the
// length and first byte of the word without its possessive, modulo 64, for
// the filters of find and countStandalone, tested without reaching the
// token (the pass over the capitalised words for bare surnames was a
// seventh of find's instructions; BenchmarkPeopleArchive 46.3M -> 45.8M).
type tokenRef struct {
	si, i       int32
	wlen, first uint8
}

// A wordFilter is a set of words' lengths and first bytes (modulo 16 and
// 64), told for a tokenRef without reaching its token: a capitalised word
// whose pair is not in it is none of the words. The pair, not the length
// and the first byte apart (two masks, which most capitalised words
// passed once a document had a dozen surnames of the usual lengths and
// initials), and noted as the words are put in their map rather than
// from a walk of the map, took find's later passes from about 5.5 M to
// 4.6 M instructions (BenchmarkPeopleArchive 28.66 M -> 27.72 M, GOGC=off).
type wordFilter [16]uint64

func (f *wordFilter) add(w string) {
	if w != "" {
		f[len(w)&15] |= 1 << (w[0] & 63)
	}
}

// may reports whether c's word, without its possessive, may be one of
// the words added.
func (f *wordFilter) may(c tokenRef) bool {
	return f[c.wlen&15]>>(c.first&63)&1 != 0
}

// alloc returns n strings and, when starts, n ints, cut from the arenas
// with their capacity capped so that an append cannot reach a neighbour.
func (p *peopleScan) alloc(n int, starts bool) ([]string, []int) {
	if cap(p.strs)-len(p.strs) < n {
		p.strs = make([]string, 0, max(128, n))
	}
	l := len(p.strs)
	p.strs = p.strs[:l+n]
	ws := p.strs[l : l+n : l+n]
	if !starts {
		return ws, nil
	}
	if cap(p.ints)-len(p.ints) < n {
		p.ints = make([]int, 0, max(128, n))
	}
	l = len(p.ints)
	p.ints = p.ints[:l+n]
	return ws, p.ints[l : l+n : l+n]
}

// scanNames finds the capitalised runs of the document's sentences that
// may name people.
//
// It notes the capitalised words in p.caps on the way, so that the
// passes after it visit those alone (a pass over every token was a
// third of findPeopleIn): those that may be a bare surname, a word with a
// possessive or one no capitalised word follows, as both passes over
// p.caps ask (the words inside runs are left out: BenchmarkPeopleArchive
// 29.52 M -> 29.00 M instructions, GOGC=off).
//
// Most capitalised words are runs of one word, which name no one unless
// a lower-case title stands before them: those are told apart by the
// token after them, before the run loop. Together with the walk over all
// sentences in one call (with the arrays in locals, not written back
// through p per word) and the period after a run looked up only when a
// word follows it (an honorific's "Mr." goes on; a sentence's last "."
// does not), this took scanning the names of BenchmarkPeopleArchive's
// documents from 19.6 M to 16.5 M instructions (BenchmarkPeopleArchive
// 35.0 M -> 32.1 M with GOGC=off).
func (p *peopleScan) scanNames(sents []Sentence, all [][]token) {
	var buf [8]int // the run's words, on the stack for all but long runs
	caps := p.caps
	for si, s := range sents {
		toks := all[si]
		for i := 0; ; i++ {
			if i = nextCapital(toks, i); i == len(toks) {
				break
			}
			t := &toks[i]
			_, cut := possessive(t.text)
			if cut > 0 || !runGoesOn(toks, i+1) {
				caps = append(caps, tokenRef{int32(si), int32(i), uint8((len(t.text) - cut) & 63), t.text[0] & 63})
				// A run of one word is a mention only after a lower-case
				// title ("foreign minister Lammy"): readRun's answer for
				// most capitalised words, without its lookups.
				if i > 0 && toks[i-1].kind == tWord && !toks[i-1].upper && mayTitleNoun(toks[i-1].low) && isTitleNoun(toks[i-1].low) {
					buf[0] = i
					p.readRun(s, toks, buf[:1], i == 0)
				}
				continue
			}
			// The run: capitalised words, particles between them, and the
			// period after an abbreviated honorific ("Mr."). Only the last
			// word of a run can be possessive: one ends it.
			words := append(buf[:0], i)
			if !capWordAt(toks, i+1) {
				caps = append(caps, tokenRef{int32(si), int32(i), uint8(len(t.text) & 63), t.text[0] & 63})
			}
			j := i + 1
			for j < len(toks) {
				t := &toks[j]
				switch {
				case t.kind == tWord && t.upper:
					words = append(words, j)
					_, cut := possessive(t.text)
					if cut > 0 || !capWordAt(toks, j+1) {
						caps = append(caps, tokenRef{int32(si), int32(j), uint8((len(t.text) - cut) & 63), t.text[0] & 63})
					}
					j++
					if cut > 0 {
						goto done
					}
					continue
				case t.kind == tWord && isParticle(t.text) && particleRun(toks, j):
					words = append(words, j)
					j++
					continue
				case t.kind == tPunct && t.text == "." && j == words[len(words)-1]+1 && j+1 < len(toks) && toks[j+1].kind == tWord && wordIs(toks[j-1].text, lxHonorific):
					j++
					continue
				}
				break
			}
		done:
			if w := words[0]; len(words) > 1 || w > 0 && toks[w-1].kind == tWord && !toks[w-1].upper && mayTitleNoun(toks[w-1].low) && isTitleNoun(toks[w-1].low) {
				p.readRun(s, toks, words, i == 0)
			}
			i = max(j, i+1) - 1
		}
	}
	p.caps = caps
}

// capWordAt reports whether toks[j] is a capitalised word.
func capWordAt(toks []token, j int) bool {
	return j < len(toks) && toks[j].kind == tWord && toks[j].upper
}

// nextCapital returns the index of the first capitalised word at or after
// toks[i], or len(toks).
//
// It is not inlined: its loop, inside scanNames, had its index spilled to
// the stack, 14 instructions a token where alone it takes 7.
//
// Tokens are tested four at a time, each on its upper flag alone (the
// kind is asked only of a capitalised token): the loop's count, bounds
// test and index scaling once for four tokens, not for each, took
// nextCapital from 7 instructions a token to about 4
// (BenchmarkPeopleArchive 30.28 M -> 29.71 M, GOGC=off).
//
//go:noinline
func nextCapital(toks []token, i int) int {
	for ; i+4 <= len(toks); i += 4 {
		t := toks[i : i+4 : i+4]
		switch {
		case t[0].upper && t[0].kind == tWord:
			return i
		case t[1].upper && t[1].kind == tWord:
			return i + 1
		case t[2].upper && t[2].kind == tWord:
			return i + 2
		case t[3].upper && t[3].kind == tWord:
			return i + 3
		}
	}
	for ; i < len(toks); i++ {
		if toks[i].upper && toks[i].kind == tWord {
			return i
		}
	}
	return len(toks)
}

// runGoesOn reports whether the token at toks[j], after a capitalised
// word, may go on its run: a capitalised word, a name particle, or a period
// (after "Mr").
func runGoesOn(toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	t := &toks[j]
	if t.kind == tWord {
		return t.upper || len(t.text) <= 5 && isParticle(t.text)
	}
	return t.kind == tPunct && t.text == "."
}

// readRun reads one capitalised run (toks indexes in words) as [title]
// [honorifics] name.
//
// Each word's lexicon flags are looked up once, up front: only the last
// word of a run can be possessive, so the flags of a word without its
// "'s" are its own but for the last word's.
func (p *peopleScan) readRun(s Sentence, toks []token, words []int, first bool) {
	var flBuf [8]uint32
	fl := flBuf[:0]
	if len(words) > len(flBuf) {
		fl = make([]uint32, 0, len(words))
	}
	for _, w := range words {
		fl = append(fl, wordLex(toks[w].text))
	}
	lastTxt, lastCut := possessive(toks[words[len(words)-1]].text)
	lastBare := fl[len(fl)-1] // the last word's flags without its possessive
	if lastCut > 0 {
		lastBare = wordLex(lastTxt)
	}
	// A sentence-initial common word is not part of the run.
	// (notNamesStop(w) is w's lxStop flag or a possessive.)
	for len(words) > 0 && (fl[0]&lxStop != 0 || len(words) == 1 && lastCut > 0) && fl[0]&(lxTitle|lxHonorific) == 0 {
		words, fl = words[1:], fl[1:]
		first = false
	}
	if len(words) == 0 {
		return
	}
	// bareFlags are the flags of words[k] without a possessive.
	bareFlags := func(k int) uint32 {
		if k == len(words)-1 {
			return lastBare
		}
		return fl[k]
	}
	// The last title word or honorific splits title from name.
	// ("Secretary-General" is a title word.)
	split := -1
	for k := range words {
		if bareFlags(k)&(lxTitle|lxHonorific) != 0 {
			if k == len(words)-1 {
				break // "the Prime Minister": a title without a name
			}
			split = k
		}
	}
	nameIdx := words[split+1:]
	if len(nameIdx) == 0 {
		return
	}
	// The name: reject places, organisations and acronyms. (Asked before
	// the title is read, which a rejected name does not need.)
	for k := split + 1; k < len(words); k++ {
		txt := toks[words[k]].text
		if k == len(words)-1 {
			txt = lastTxt
		}
		if fl := bareFlags(k); fl&lxGiven == 0 && fl&(lxNotName|lxTitle) != 0 || isAllCaps(txt) {
			return
		}
	}
	m := personMention{sent: s}
	// Honorifics right before the name; title words before those.
	h := split
	for h >= 0 && fl[h]&lxHonorific != 0 {
		if m.honorific == "" {
			m.honorific = toks[words[h]].text
		}
		h--
	}
	if h >= 0 {
		// The title: back from words[h] over title words and the
		// capitalised qualifiers before them ("NATO", "Italian", "EU
		// Commission"). ts-1 < h < len(words)-1: no possessive.
		ts := h
		for ts > 0 && fl[ts-1]&lxHonorific == 0 && (fl[ts-1]&lxTitle != 0 || fl[ts-1]&lxStop == 0) {
			ts--
		}
		if ts > 0 {
			// "Ukraine's President": a place's possessive starts it.
			if w, cut := possessive(toks[words[ts-1]].text); cut > 0 && wordIs(w, lxNotName) {
				ts--
			}
		}
		tStart := toks[words[ts]].start
		if ts == 0 {
			// "chief of defence staff Admiral Sir Tony Radakin"
			if ls := lowerTitleBefore(toks, words[0]); ls >= 0 {
				tStart = toks[ls].start
			} else if p := words[0] - 1; p >= 0 {
				// "Ukraine's President Volodymyr Zelenskyy"
				if w, cut := possessive(toks[p].text); cut > 0 && wordIs(w, lxNotName) {
					tStart = toks[p].start
				}
			}
		}
		// "former" before it belongs to the title.
		if p := words[ts] - 1; p >= 0 && toks[p].low == "former" {
			tStart = toks[p].start
		}
		m.tStart, m.tEnd = tStart, toks[words[h]].end
	} else if split < 0 {
		if ls := lowerTitleBefore(toks, words[0]); ls >= 0 {
			m.tStart, m.tEnd = toks[ls].start, toks[words[0]-1].end
		}
	}
	// A bare single word is never a mention here: skip the rest, which
	// most capitalised words came to.
	if split < 0 && m.tEnd == 0 && len(nameIdx) < 2 {
		return
	}
	m.words, m.givenStart = p.alloc(len(nameIdx), true)
	for k, w := range nameIdx {
		m.words[k] = toks[w].text
		m.givenStart[k] = toks[w].start
	}
	m.words[len(nameIdx)-1] = lastTxt
	last := toks[nameIdx[len(nameIdx)-1]]
	m.start, m.end = toks[nameIdx[0]].start, last.end-lastCut
	m.subject = first && split < 0 || split >= 0 && words[0] == 0 || verbAfter(toks, nameIdx[len(nameIdx)-1])
	if split < 0 && m.tEnd == 0 {
		m.bare = true
		m.supported = appositive(toks, nameIdx[0], nameIdx[len(nameIdx)-1])
	}
	p.out = append(p.out, m)
}

// auxiliaries after a name make it a clause's subject.
var auxiliaries = wordSet("has had have was is will would also then could should can may must did does made took")

// verbAfter reports whether a verb follows toks[i], making it a subject:
// "Starmer said", "Starmer has", "Starmer visited".
func verbAfter(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].kind != tWord {
		return false
	}
	w := toks[i+1].text
	return wordLex(w)&(lxReport|lxAux) != 0 || !isCapitalised(w) && strings.HasSuffix(w, "ed")
}

// appositive reports whether a name at toks[first..last] stands in an
// apposition that shows it is a person: "The skipper, Ewan MacLeod,";
// "Kristian Tamm, Estonia's prime minister,"; or after a place's
// possessive: "Ethiopia's Hiwot Bekele".
func appositive(toks []token, first, last int) bool {
	if k := first - 1; k >= 1 && toks[k].text == "," && toks[k-1].kind == tWord && isTitleNoun(toks[k-1].low) {
		return true
	}
	if k := last + 1; k < len(toks) && toks[k].text == "," {
		if s, _ := appositionAfter(toks, k+1); s >= 0 {
			return true
		}
	}
	if k := first - 1; k >= 0 {
		if w, cut := possessive(toks[k].text); cut > 0 && wordLex(w)&(lxNotName|lxTime) == lxNotName {
			return true
		}
	}
	return false
}

// timeWords are capitalised words of time: "Sunday's race" is no person's.
var timeWords = wordSet(`January February March April May June July August September October November
	December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow`)

// particleRun reports whether toks[j:] is name particles followed by a
// capitalised word: "von der Leyen".
func particleRun(toks []token, j int) bool {
	for ; j < len(toks) && toks[j].kind == tWord; j++ {
		if toks[j].upper {
			return true
		}
		if !isParticle(toks[j].text) {
			return false
		}
	}
	return false
}

// isParticle is nameParticles[w] as a switch: asked of the word after
// every run of names, it answers "said" or "and" in a length test and a
// compare or two, cheaper than a lookup.
func isParticle(w string) bool {
	switch w {
	case "von", "der", "van", "den", "de", "da", "di", "del", "della", "du", "le", "la", "bin", "al", "ibn", "ter":
		return true
	}
	return false
}

// notNamesStop reports whether w stops a title going left: a common word,
// not a qualifier such as a country or an organisation.
func notNamesStop(w string) bool {
	if wordLex(w)&lxStop != 0 {
		return true
	}
	_, cut := possessive(w)
	return cut > 0
}

// titleStops are the common words that stop a title going left.
var titleStops = wordSet(`The A An And But Or So If In On At To For From With By Of As While Although Despite After Before
	During Since Meanwhile However Notably Image Pic It Its This That These Those He She They We I
	You His Her Their Our My Your Who What When Where Why How Until Speaking Asked Answering
	Addressing Responding Elsewhere Earlier Later Also Significantly According Critics Onlookers
	Warning Watch Listen Read More Follow Related Photo Video Today Yesterday Tomorrow Then Now
	There Here Some Many Most All Both Each Every Other Another One Two Three Not No Yes Please Scan
	Top Senior Former Away Indirect Whether Being Having Trying Under Over Through Against Without
	Within Among Between About Around`)

// lowerTitleBefore finds a lower-case title ending just before toks[i]:
// "foreign minister", "chief of defence staff", "deputy political editor".
// It returns the index of the title's first token, or -1.
func lowerTitleBefore(toks []token, i int) int {
	k := i - 1
	if k < 0 || toks[k].kind != tWord || !mayTitleNoun(toks[k].low) || !isTitleNoun(toks[k].low) || toks[k].upper {
		return -1
	}
	start := k
	for n := 0; n < 4 && start > 0; n++ {
		p := toks[start-1]
		if p.kind != tWord || p.upper || wordLex(p.low)&(lxTitleMod|lxTitleNoun) == 0 {
			break
		}
		start--
	}
	if toks[start].low == "of" {
		start++
	}
	// Capitalised modifiers: "Council leader", "Hebridean Link chief
	// executive", "Danish minister".
	for n := 0; n < 3 && start > 0; n++ {
		p := toks[start-1]
		if p.text == "&" && start > 1 && toks[start-2].upper {
			start -= 2 // "A&E consultant"
			continue
		}
		if p.kind != tWord || !p.upper || notNamesStop(p.text) && !wordIs(p.low, lxTitleMod) || wordIs(p.text, lxHonorific) {
			break // "Former" and "Senior" open sentences but stay in the title: "Former minister X"
		}
		start--
	}
	return start
}

// extractPeople emits a person fact for each mention and a title fact for
// each title tied to one, and returns the mentions for the quote pass.
func extractPeople(x *extraction, sents []Sentence, all [][]token) []personMention {
	p := peoplePool.Get().(*peopleScan)
	x.people = p
	// The scan works on a copy on the stack, as it did before it was
	// pooled: appending through the pooled pointer cost a write barrier
	// check per capitalised word.
	sc := *p
	ms := sc.find(x.doc, sents, all)
	*p = sc
	findAppositions(sents, all, ms)
	crossSentenceTitles(sents, all, ms)
	for i := range ms {
		m := &ms[i]
		if m.tEnd > m.tStart {
			m.title = x.doc.Text[m.tStart:m.tEnd]
		}
		x.sent = m.sent
		x.emit(Fact{Kind: KindPerson, Name: m.name, Title: m.title}, m.start, m.end)
		if m.title != "" {
			if m.tCross {
				x.sent = m.tSent
			}
			x.emit(Fact{Kind: KindTitle, Name: m.name, Title: m.title}, m.tStart, m.tEnd)
		}
	}
	return ms
}

// lowerInPlace returns text in lower case when every character keeps its
// encoded length, so offsets into one are offsets into the other; ok is
// false otherwise (a few letters such as "İ" change length).
func lowerInPlace(text string) (string, bool) {
	i := 0
	for i < len(text) && (text[i] < 'A' || text[i] > 'Z') && text[i] < utf8.RuneSelf {
		i++
	}
	if i == len(text) {
		return text, true
	}
	// The text is lowered in a pooled copy, and the string made from it is
	// the one allocation: a fresh []byte copy as well was a tenth of the
	// whole job's allocated bytes.
	bp := lowerBufs.Get().(*[]byte)
	b := append((*bp)[:0], text...)
	defer func() {
		if cap(b) <= maxLowerBuf {
			*bp = b
			lowerBufs.Put(bp)
		}
	}()
	for i < len(b) {
		// ASCII bytes 32, 16 or 8 at a time, most of a news text; and
		// the ASCII bytes before a non-ASCII one at once, not one by one.
		if i = lowerASCIIWords(b, i); i+8 <= len(b) {
			w := binary.LittleEndian.Uint64(b[i:])
			if n := bits.TrailingZeros64(w&asciiHigh) / 8; n > 0 {
				ascii := uint64(1)<<(8*n) - 1
				binary.LittleEndian.PutUint64(b[i:], lowerASCII8(w&ascii)|w&^ascii)
				i += n
			}
		}
		if i >= len(b) {
			break
		}
		c := b[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r >= 0x2000 && r <= 0x206f {
			i += size // General Punctuation has no cased letters
			continue
		}
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != size {
			return "", false
		}
		utf8.EncodeRune(b[i:], l)
		i += size
	}
	return string(b), true
}

// lowerBufs keeps lowerInPlace's copies between documents.
var lowerBufs = sync.Pool{New: func() any { return new([]byte) }}

const maxLowerBuf = 1 << 20

const (
	asciiOnes = 0x0101010101010101
	asciiHigh = 0x8080808080808080
)

// lowerASCIIWords lowers b from i in words of eight ASCII bytes, up to one
// with a non-ASCII byte or the last seven bytes, and returns where it
// stopped. 32 and 16 bytes a turn, in loops with nothing else live: the
// loop of eight inside lowerInPlace took 30 instructions a word, most
// of them bounds checks and constants reloaded (lowering the texts of the
// 2 MB archive: 10.47 M -> 6.25 M instructions, with the masked word below).
func lowerASCIIWords(b []byte, i int) int {
	s := b[i:]
	for len(s) >= 32 {
		w0 := binary.LittleEndian.Uint64(s[:8])
		w1 := binary.LittleEndian.Uint64(s[8:16])
		w2 := binary.LittleEndian.Uint64(s[16:24])
		w3 := binary.LittleEndian.Uint64(s[24:32])
		if (w0|w1|w2|w3)&asciiHigh != 0 {
			break
		}
		binary.LittleEndian.PutUint64(s[:8], lowerASCII8(w0))
		binary.LittleEndian.PutUint64(s[8:16], lowerASCII8(w1))
		binary.LittleEndian.PutUint64(s[16:24], lowerASCII8(w2))
		binary.LittleEndian.PutUint64(s[24:32], lowerASCII8(w3))
		s = s[32:]
	}
	for len(s) >= 16 {
		w0 := binary.LittleEndian.Uint64(s[:8])
		w1 := binary.LittleEndian.Uint64(s[8:16])
		if (w0|w1)&asciiHigh != 0 {
			break
		}
		binary.LittleEndian.PutUint64(s[:8], lowerASCII8(w0))
		binary.LittleEndian.PutUint64(s[8:16], lowerASCII8(w1))
		s = s[16:]
	}
	if len(s) >= 8 {
		if w := binary.LittleEndian.Uint64(s[:8]); w&asciiHigh == 0 {
			binary.LittleEndian.PutUint64(s[:8], lowerASCII8(w))
			s = s[8:]
		}
	}
	return len(b) - len(s)
}

// lowerASCII8 lowers the eight ASCII bytes packed in w. Each byte is below
// 0x80, so adding a constant below 0x80 never carries into the next byte:
// the high bit of x+(0x80-'A') says x >= 'A', of x+(0x80-'Z'-1) that x > 'Z'.
func lowerASCII8(w uint64) uint64 {
	ge := w + (0x80-'A')*asciiOnes
	gt := w + (0x80-'Z'-1)*asciiOnes
	return w | (ge&^gt&asciiHigh)>>2
}

// The word lexicon. Every word set above that the extractors ask per token
// is folded into one open-addressed table of flags, hashed on a word's
// length and key (see wordKey): one probe and a compare of two words
// answer what took up to six runtime map lookups (hashing the whole word
// each time). TestWordLex and FuzzWordLex hold it to the sets.
const (
	lxTitle     uint32 = 1 << iota // titleWords
	lxHonorific                    // honorifics
	lxNotName                      // notNames
	lxGiven                        // givenNames
	lxStop                         // titleStops: notNamesStop without the possessive
	lxParticle                     // nameParticles
	lxReport                       // reportVerbs
	lxAux                          // auxiliaries
	lxTitleNoun                    // titleNouns
	lxTitleMod                     // titleMods
	lxTime                         // timeWords
	lxPrep                         // prepositions
	lxPronoun                      // pronounWords
)

// wordLexSets are the sets folded into the lexicon, with their flags.
func wordLexSets() map[uint32]map[string]bool {
	return map[uint32]map[string]bool{
		lxTitle: titleWords, lxHonorific: honorifics, lxNotName: notNames, lxGiven: givenNames,
		lxStop: titleStops, lxParticle: nameParticles, lxReport: reportVerbs, lxAux: auxiliaries,
		lxTitleNoun: titleNouns, lxTitleMod: titleMods, lxTime: timeWords, lxPrep: prepositions,
		lxPronoun: pronounWords,
	}
}

const wordLexBits = 12 // 4096 slots for about a thousand words

// A wordLexEntry is a word of the lexicon, its flags, and its length and
// key (see wordKey), which tell it from any other word of at most 16
// bytes without a compare of the strings.
type wordLexEntry struct {
	lo, hi uint64
	n      uint32
	flags  uint32
}

var wordLexWords []string                 // the words, for those past 16 bytes; entry 0 is a sentinel
var wordLexEntries []wordLexEntry         // as wordLexWords
var wordLexSlots [1 << wordLexBits]uint16 // index into wordLexWords: slot value 0 is empty

// wordKey packs s's bytes into two words: its first and last eight bytes
// when it has eight or more, its first and last four when it has four to
// seven, and its first, middle and last byte when it has one to three.
// Two words of the same length up to 16 bytes are equal exactly when
// their keys are: the bytes packed cover the word.
//
// The bytes are loaded one by one, shifted and or-ed (load64, load32), a
// pattern the compiler makes one load of eight (or four).
func wordKey(s string) (lo, hi uint64) {
	switch n := len(s); {
	case n >= 8:
		return load64(s), load64(s[n-8:])
	case n >= 4:
		return uint64(load32(s)), uint64(load32(s[n-4:]))
	case n > 0:
		return uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16, 0
	}
	return 0, 0
}

func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func wordLexHash(lo, hi uint64, n int) uint32 {
	h := (lo ^ hi*0x9E3779B97F4A7C15 ^ uint64(n)) * 0xC2B2AE3D27D4EB4F
	return uint32(h >> (64 - wordLexBits))
}

func init() {
	flags := map[string]uint32{}
	for f, set := range wordLexSets() {
		for w := range set {
			flags[w] |= f
		}
	}
	words := make([]string, 0, len(flags))
	for w := range flags {
		words = append(words, w)
	}
	slices.Sort(words) // a fixed layout, whatever the map order
	wordLexWords = append(wordLexWords[:0], "")
	wordLexEntries = append(wordLexEntries[:0], wordLexEntry{})
	for _, w := range words {
		lo, hi := wordKey(w)
		i := wordLexHash(lo, hi, len(w))
		for wordLexSlots[i] != 0 {
			i = (i + 1) & (1<<wordLexBits - 1)
		}
		wordLexSlots[i] = uint16(len(wordLexWords))
		wordLexWords = append(wordLexWords, w)
		wordLexEntries = append(wordLexEntries, wordLexEntry{lo, hi, uint32(len(w)), flags[w]})
	}
}

// wordLex returns the flags of the word sets holding w.
//
// A slot's word is told from w by its length and key, not by a compare
// of the strings (a call of memequal for every word of the same length
// met), but for the few words longer than 16 bytes: 88 -> 66 instructions
// a lookup of the archive's capitalised words (BenchmarkPeopleArchive
// 29.0 M -> 28.75 M instructions, GOGC=off).
func wordLex(w string) uint32 {
	// wordKey, inlined.
	var lo, hi uint64
	switch n := len(w); {
	case n > 16:
		return wordLexLong(w)
	case n >= 8:
		lo, hi = load64(w), load64(w[n-8:])
	case n >= 4:
		lo, hi = uint64(load32(w)), uint64(load32(w[n-4:]))
	case n > 0:
		lo = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	for i := wordLexHash(lo, hi, len(w)); ; i = (i + 1) & (1<<wordLexBits - 1) {
		e := wordLexSlots[i]
		if e == 0 {
			return 0
		}
		if k := &wordLexEntries[e]; k.lo == lo && k.hi == hi && int(k.n) == len(w) {
			return k.flags
		}
	}
}

// wordLexLong is wordLex for a word longer than 16 bytes, whose key does
// not cover it: slots are told by the strings.
//
//go:noinline
func wordLexLong(w string) uint32 {
	lo, hi := wordKey(w)
	for i := wordLexHash(lo, hi, len(w)); ; i = (i + 1) & (1<<wordLexBits - 1) {
		e := wordLexSlots[i]
		if e == 0 {
			return 0
		}
		if wordLexWords[e] == w {
			return wordLexEntries[e].flags
		}
	}
}

// wordIs reports whether w is in one of the sets of flags f.
func wordIs(w string, f uint32) bool { return wordLex(w)&f != 0 }

// titleNounMay has bit c&31 of entry n set when a title noun of n bytes
// (modulo 256: a longer word may pass, and is looked up) starts with the
// byte c: a filter that answers most words asked whether
// they are a title noun ("the", "and", "said" before a name) without the
// lexicon's hash and probe. TestIsTitleNoun holds it to wordIs.
var titleNounMay [256]uint32

func init() {
	for w := range titleNouns {
		titleNounMay[uint8(len(w))] |= 1 << (w[0] & 31)
	}
}

// reportFirst and reportLast have bit c&31 of entry n&15 set when a
// reporting verb of n bytes starts (ends) with the byte c: a filter that
// answers most words asked whether they report ("the", "that", "with")
// without the lexicon's hash and probe. FuzzIsReport holds it to the set.
var reportFirst, reportLast [16]uint32

func init() {
	for w := range reportVerbs {
		reportFirst[len(w)&15] |= 1 << (w[0] & 31)
		reportLast[len(w)&15] |= 1 << (w[len(w)-1] & 31)
	}
}

// isReport is wordIs(w, lxReport), asked of every word of a quote's
// attribution before it and of the words of appositions: most fail the
// filter (BenchmarkPeopleArchive 27.60 M -> 27.49 M instructions with
// GOGC=off, for the appositions; BenchmarkQuotesArchive 8.82 M -> 8.79 M).
func isReport(w string) bool {
	n := len(w)
	return n != 0 && (reportFirst[n&15]>>(w[0]&31))&(reportLast[n&15]>>(w[n-1]&31))&1 != 0 && wordLex(w)&lxReport != 0
}

// isTitleNoun is wordIs(w, lxTitleNoun).
func isTitleNoun(w string) bool {
	return mayTitleNoun(w) && wordLex(w)&lxTitleNoun != 0
}

// mayTitleNoun is isTitleNoun's filter, inlined where most words are
// asked (before every capitalised word that ends a run): most fail it,
// and a call for each cost more than its test (BenchmarkPeopleArchive
// 29.71 M -> 29.52 M instructions, GOGC=off).
func mayTitleNoun(w string) bool {
	return len(w) != 0 && titleNounMay[uint8(len(w))]>>(w[0]&31)&1 != 0
}
