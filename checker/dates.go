package checker

import (
	"fmt"
	"maps"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/facts"
)

// datesAgree reports an event placed on different dates across sources.
// The rule's fact defines the event: every mention it selects must name the
// same day. Resolved values are ISO dates and agree when one contains the
// other ("2025-03" and "2025-03-15") or when a weekday names the date's
// day; unresolved values ("Saturday", "next week") are compared as written;
// a resolved and an unresolved value that is not a weekday cannot be
// compared and are taken to agree.
func datesAgree(p *pass) {
	p.judgeDates(p.mentions, "all are mentions of "+p.rule.Fact.Name)
}

// judgeDates reports the mentions of one event that do not fit the date
// most of them give, when they come from at least two sources.
func (p *pass) judgeDates(mentions []*facts.Fact, why string) {
	var ms []*facts.Fact
	var vals []string
	for _, m := range mentions {
		if v := dateValue(m); v != "" {
			ms, vals = append(ms, m), append(vals, v)
		}
	}
	if _, n := sourceNumbers(ms); n < 2 {
		return
	}
	var agrees []bool
	var best int
	if !slices.ContainsFunc(vals, func(v string) bool { return !isDay(v) }) {
		// Days of known years, as an event's all are: two are compatible
		// when they are one day, so the split counts each day's mentions
		// once, where comparing every pair was quadratic in the event's
		// (thousands in an archive checked as one story).
		agrees, best = p.splitByKey(ms, numbered(vals))
	} else {
		agrees, best = p.split(ms, func(i, j int) bool { return datesCompatible(vals[i], vals[j]) })
	}
	if best < 0 || allAgree(agrees) {
		return
	}
	f := Finding{}
	n := 0
	var outliers []string
	for i, m := range ms {
		f.Mentions = append(f.Mentions, textMention(m, vals[i], agrees[i]))
		if agrees[i] {
			n++
		} else {
			outliers = append(outliers, fmt.Sprintf("%s says %s", where(m), vals[i]))
		}
	}
	f.Message = fmt.Sprintf("%s it on %s; %s; grouped: %s", verb(n, "places", "place"), vals[best], strings.Join(outliers, "; "), why)
	p.report(f)
}

// eventDatesAgree is "dates agrees across sources" for the built-in dates
// fact, which collects every date of a story: it compares only days of a
// known year (a full date, or a weekday resolved against the publication
// date; not a year, a month, a time or an unresolved weekday), and only those whose
// sentences tell of the same event, by sharing at least eventMinShared
// words, one of them a name ("the River Ribble burst its banks on Tuesday"
// and "the River Ribble flooded on Wednesday").
func eventDatesAgree(p *pass) {
	var days []*facts.Fact
	for _, m := range p.mentions {
		if isDay(dateValue(m)) && !spokenRelative(m) {
			days = append(days, m)
		}
	}
	if len(days) < 2 || oneDay(days) || oneSource(days) {
		// No two days to compare, or all name one day: whatever the
		// events, every date of each agrees. Or all of one source:
		// judgeDates judges no event of one source (a quarter of the
		// stories of a generated archive that get this far;
		// BenchmarkCheckCorpusDefault 83.3 -> 82.1 M instructions,
		// GOGC=off; TestEventDatesOneSource holds it to eventDates).
		return
	}
	if skipUnsharedEvents && !daysMayShareEvent(days) {
		// No two days of different values have sentences that share a
		// name: no event can hold two values, and every event agrees.
		// So it is for six stories in seven of a generated archive that
		// get this far, and reading their sentences' names alone costs a
		// fraction of reading their words (BenchmarkCheckCorpusDefault
		// 64.94 -> 60.92 M instructions, GOGC=off). TestEventNames and
		// FuzzEventNames hold eventNames to eventWords,
		// TestUnsharedEventsFastPath the rule to the plain code.
		return
	}
	eventDates(p, days)
}

// skipUnsharedEvents lets eventDatesAgree pass over the stories whose days
// of different values share no name; the tests turn it off to compare.
var skipUnsharedEvents = true

// daysMayShareEvent reports whether two of the days, of different values,
// may tell of one event: their sentences may share a name. Two sentences
// of one event share a name (shareEvent), and one event's days of one
// value all agree.
func daysMayShareEvent(days []*facts.Fact) bool {
	var vals []string // the distinct values, searched: a story has a few
	var keys []uint64 // each day's names' hashes, and its value's number
	var hs []uint32
	for i, m := range days {
		v := dateValue(m)
		vi := slices.Index(vals, v)
		if vi < 0 {
			if len(vals) == 64 {
				return true // many values: not worth it
			}
			vi = len(vals)
			vals = append(vals, v)
		}
		if i == 0 || m.Sentence != days[i-1].Sentence {
			hs = eventNames(hs[:0], m.Sentence)
		}
		for _, h := range hs {
			keys = append(keys, uint64(h)<<32|uint64(vi))
		}
	}
	// A name of days of two values: sorted, one hash with two numbers.
	slices.Sort(keys)
	for k := 1; k < len(keys); k++ {
		if keys[k]>>32 == keys[k-1]>>32 && keys[k] != keys[k-1] {
			return true
		}
	}
	return false
}

// eventNames appends to dst the hashes of the words of sentence s that
// may be names in eventWords(s): every word of eventWords(s) written with
// a capital and not among commonCapitals has its lower case's hash
// (eventNameHash) among them; others may be too. Words that begin with a
// lower-case letter are stepped over, not hashed, looked up or sorted.
//
// The bytes no name can begin at, ASCII but capitals, are stepped over
// eight at a time: most of a sentence (BenchmarkCheckCorpusDefault 60.92
// -> 60.42 M instructions, GOGC=off).
func eventNames(dst []uint32, s string) []uint32 {
	for i := 0; i < len(s); {
		// i is where a word may begin. The words are eventWordsIn's: runs
		// of ASCII letters and apostrophes, and of runes that are letters
		// or ’.
		k := i
		for k+8 <= len(s) {
			x := uint64(s[k]) | uint64(s[k+1])<<8 | uint64(s[k+2])<<16 | uint64(s[k+3])<<24 |
				uint64(s[k+4])<<32 | uint64(s[k+5])<<40 | uint64(s[k+6])<<48 | uint64(s[k+7])<<56
			if stop := nameStops(x); stop != 0 {
				k += bits.TrailingZeros64(stop) >> 3
				break
			}
			k += 8
		}
		for k < len(s) && s[k] < utf8.RuneSelf && s[k]-'A' >= 26 {
			k++
		}
		if k == len(s) {
			break
		}
		if k > i && eventByte[s[k-1]] == eventLetter {
			// Inside a word begun before k, with a byte that is no capital:
			// no name. Step over the rest of it, or over the rune after it.
			j := eventRunEnd(s, k)
			if j == k {
				_, size := utf8.DecodeRuneInString(s[k:])
				j += size
			}
			i = j
			continue
		}
		i = k
		c := s[i]
		if c < utf8.RuneSelf {
			if eventByte[c] != eventLetter {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); r != '’' && !unicode.IsLetter(r) {
			i += size
			continue
		}
		start := i
		upper := c-'A' < 26
		var end int
		var h uint32
		if upper {
			end, h, _ = scanEventWord(s, i)
		} else {
			end = i
			for end < len(s) && eventByte[s[end]] == eventLetter {
				end++
			}
		}
		j := eventRunEnd(s, end)
		i = j
		if j > end {
			// A word with a rune not ASCII, read as eventWordsIn reads
			// it, when it begins with a capital.
			if r, _ := utf8.DecodeRuneInString(s[start:]); !unicode.IsUpper(r) {
				continue
			}
			var one [1]eventWord
			if ws := appendEventWord(one[:0], s[start:j]); len(ws) == 1 && isCapital(ws[0].written) && !commonCapitals[ws[0].low] {
				dst = append(dst, eventNameHash(ws[0].low))
			}
			continue
		}
		if !upper {
			continue
		}
		w := s[start:end]
		if strings.HasSuffix(w, "'s") {
			w = w[:len(w)-2]
			h = 0
			for k := 0; k < len(w); k++ {
				h = h*31 + uint32(w[k]|0x20)
			}
		}
		if len(w) < 3 || eventSkipTable.has(w, h) || commonCapitalTable.has(w, h) {
			continue
		}
		dst = append(dst, h)
	}
	return dst
}

// eventRunEnd returns where the run of ASCII letters and apostrophes, and
// runes that are letters or ’, from j on ends.
func eventRunEnd(s string, j int) int {
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if eventByte[c] != eventLetter {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if r != '’' && !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return j
}

// nameStops has the high bit of each byte of x, eight bytes of a string
// in little-endian order, that is a capital or not ASCII set: where a name
// may begin. A byte below 0x80 plus 0x3f reaches 0x80 when it is at least
// 'A', plus 0x25 when it is past 'Z', and carries into no other byte.
func nameStops(x uint64) uint64 {
	const high = 0x8080808080808080
	y := x &^ high
	return (x | (y+0x3f3f3f3f3f3f3f3f)&^(y+0x2525252525252525)) & high
}

// eventNameHash is the hash of a word's lower case that scanEventWord
// makes of an ASCII word.
func eventNameHash(low string) uint32 {
	h := uint32(0)
	for k := 0; k < len(low); k++ {
		h = h*31 + uint32(low[k])
	}
	return h
}

// commonCapitalTable is commonCapitals for ASCII words, hashed as
// eventWords hashes them.
var commonCapitalTable = newASCIIWordTable(commonCapitals)

// eventDates judges the days of dates, of more than one value, by event.
func eventDates(p *pass, days []*facts.Fact) {
	// A sentence often holds several dates: read each sentence once. The
	// sentences' words are cut from a few slices.
	words := make([][]eventWord, len(days))
	// The slice the words are cut from is kept from story to story: made
	// for each, zeroed and scanned by the collector, it was a fifth of
	// eventDatesAgree, mostly in the collector.
	slab := eventWordSlabs.Get().(*[]eventWord)
	free := *slab
	defer func() {
		clear((*slab)[:cap(*slab)]) // hold no document's words
		eventWordSlabs.Put(slab)
	}()
	for i, m := range days {
		if i > 0 && m.Sentence == days[i-1].Sentence {
			words[i] = words[i-1]
		} else {
			words[i] = eventWordsIn(&free, m.Sentence)
		}
	}
	events := groupEvents(words)
	for _, set := range events {
		if len(set) < 2 {
			continue
		}
		ms := make([]*facts.Fact, len(set))
		for k, i := range set {
			ms[k] = days[i]
		}
		if oneDay(ms) {
			continue // every date of the event agrees: no need to say why they are one
		}
		p.judgeDates(ms, "the sentences tell of one event: they share "+strings.Join(eventShared(words, set), ", "))
	}
}

// eventShared returns the words the sentences of an event share, sorted
// and distinct: the words every two of them share, each as the earlier
// one writes it. Every two sentences of an event share enough words
// (groupEvents joins a sentence to an event only if it shares them with
// all of its sentences), so those are the words found in a later sentence
// of the event, as written in the earlier ones. Gathered pair by pair, an
// archive checked as one story, whose events have thousands of sentences,
// spent a third of its time here (100 MB: 7.8 -> 4.1 s); for a news
// story's events of a few sentences the map costs no more than the pairs
// (BenchmarkCheckCorpusDefault 56.70 M instructions with the pairs for up
// to eight, 56.60 M without, callgrind). TestEventShared holds it to the
// pairs.
func eventShared(words [][]eventWord, set []int) []string {
	last := map[string]int{} // a word's last sentence, by place in the event
	for k, i := range set {
		for _, w := range words[i] {
			last[w.low] = k
		}
	}
	var shared []string
	for k, i := range set {
		for _, w := range words[i] {
			if last[w.low] > k {
				shared = append(shared, w.written)
			}
		}
	}
	return distinct(shared)
}

// eventWordSlabs holds the slices eventDatesAgree cuts words from, each
// of room for 512 words.
var eventWordSlabs = sync.Pool{New: func() any { s := make([]eventWord, 0, 512); return &s }}

// oneDay reports whether the days all have one value: the dates of any
// event of them then agree, so that no event need be found (a quarter of
// the stories of a generated archive).
func oneDay(days []*facts.Fact) bool {
	v := dateValue(days[0])
	for _, m := range days[1:] {
		if dateValue(m) != v {
			return false
		}
	}
	return true
}

// groupEvents groups sentences, given by their event words, into events:
// each joins the first event all of whose sentences it shares words with,
// so that one long sentence does not chain unrelated events together.
//
// Only events whose first sentence shares a name with it can take a
// sentence (shareEvent), so they are found through an index of those first
// sentences' names; trying every event was quadratic when one story holds
// an archive. TestGroupEvents holds it to the plain first fit.
func groupEvents(words [][]eventWord) [][]int {
	if len(words) <= eventIDsMin {
		return groupEventsOf[string](wordSentences(words))
	}
	return groupEventsOf[int32](eventIDs(words))
}

// eventIDsMin is how many sentences groupEvents compares as words: for a
// story's few, numbering their words costs more than it saves (a variable
// so that a test can make every story's be numbered).
var eventIDsMin = 64

// eventSentences are the sentences groupEventsOf groups: how many, each
// one's names (keys of type K), and whether two share an event.
type eventSentences[K comparable] interface {
	count() int
	names(i int, out []K) []K
	share(i, j int) bool
}

// wordSentences are sentences by their event words.
type wordSentences [][]eventWord

func (w wordSentences) count() int { return len(w) }

func (w wordSentences) names(i int, out []string) []string {
	for _, x := range w[i] {
		if isCapital(x.written) && !commonCapitals[x.low] {
			out = append(out, x.low)
		}
	}
	return out
}

func (w wordSentences) share(i, j int) bool { return shareEvent(w[i], w[j]) }

// groupEventsOf is groupEvents of sentences t.
func groupEventsOf[K comparable, T eventSentences[K]](t T) [][]int {
	var events [][]int
	// name → the events whose first sentence has it, as a list linked
	// through link (the candidates are sorted, so order does not matter),
	// and each event's first sentence cut from one slice: a slice a name
	// and an event were a fifth of a check's allocations in dates.
	byName := map[K]int32{} // 1 + the name's latest link
	type eventLink struct{ event, next int32 }
	var link []eventLink
	n := t.count()
	firsts := make([]int, n)
	mark := []int{} // by event: 1 + the sentence it was last tried for
	var cands []int
	var names []K // the sentence's names, found once
	for i := range n {
		cands, names = cands[:0], t.names(i, names[:0])
		for _, name := range names {
			for l := byName[name]; l > 0; l = link[l-1].next {
				if k := int(link[l-1].event); mark[k] != i+1 {
					mark[k] = i + 1
					cands = append(cands, k)
				}
			}
		}
		slices.Sort(cands)
		joined := false
		for _, k := range cands {
			fits := true
			for _, j := range events[k] {
				if !t.share(i, j) {
					fits = false
					break
				}
			}
			if fits {
				events[k] = append(events[k], i)
				joined = true
				break
			}
		}
		if joined {
			continue
		}
		k := len(events)
		firsts[i] = i
		events = append(events, firsts[i:i+1:i+1])
		mark = append(mark, 0)
		for _, name := range names { // each once: eventWords has no repeats
			link = append(link, eventLink{int32(k), byName[name]})
			byName[name] = int32(len(link))
		}
	}
	return events
}

// eventWordIDs are sentences' event words as numbers, for groupEvents to
// compare: a word's number times two, plus one when the sentence writes
// it as a name (a capital, and not one of commonCapitals), each sentence's
// sorted. Compared as strings, the words of an archive checked as one
// story, whose sentences each try hundreds of events, were most of
// grouping them.
type eventWordIDs struct {
	of [][]int32 // by sentence
}

func (e eventWordIDs) count() int { return len(e.of) }

func (e eventWordIDs) names(i int, out []int32) []int32 {
	for _, w := range e.of[i] {
		if w&1 != 0 {
			out = append(out, w>>1)
		}
	}
	return out
}

func (e eventWordIDs) share(i, j int) bool { return shareEventIDs(e.of[i], e.of[j]) }

// eventIDs numbers the sentences' event words, from 0 in order of first
// appearance; a sentence given twice in a row (two dates in it) is
// numbered once.
func eventIDs(words [][]eventWord) eventWordIDs {
	total := 0
	for _, ws := range words {
		total += len(ws)
	}
	slab := make([]int32, 0, total)
	num := make(map[string]int32)
	of := make([][]int32, len(words))
	for i, ws := range words {
		if i > 0 && len(ws) > 0 && len(words[i-1]) > 0 && &ws[0] == &words[i-1][0] {
			of[i] = of[i-1] // one sentence, two dates
			continue
		}
		from := len(slab)
		for _, w := range ws {
			id, ok := num[w.low]
			if !ok {
				id = int32(len(num))
				num[w.low] = id
			}
			x := id << 1
			if isCapital(w.written) && !commonCapitals[w.low] {
				x |= 1
			}
			slab = append(slab, x)
		}
		of[i] = slab[from:len(slab):len(slab)]
		slices.Sort(of[i])
	}
	return eventWordIDs{of}
}

// shareEventIDs is shareEvent of two sentences' eventIDs.
func shareEventIDs(a, b []int32) bool {
	shared, name := 0, false
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch x, y := a[i]>>1, b[j]>>1; {
		case x < y:
			i++
		case x > y:
			j++
		default:
			shared++
			name = name || a[i]&b[j]&1 != 0
			if shared >= eventMinShared && name {
				return true
			}
			i++
			j++
		}
	}
	return false
}

// eventMinShared is how many words two sentences must share, one of them a
// name, to tell of one event.
const eventMinShared = 2

// isDay reports whether a date value names a day of a known year: an ISO
// date. A weekday counts once resolved against the publication date;
// unresolved, two sources' "Thursday" may be different weeks.
// spokenRelative reports whether a date is a day named relative to the
// moment of speaking ("tonight", "yesterday") inside a quotation. Resolved
// against the article's publication date it may name the wrong day: the
// words may have been said days before, and two articles that quote them
// on different days would seem to disagree.
func spokenRelative(m *facts.Fact) bool {
	if !lowerIn(spokenDays, strings.TrimSpace(m.Text)) { // no lower-cased copy: asked of every date
		return false
	}
	if m.SentStart < 0 || m.SentStart > len(m.Sentence) {
		return false
	}
	// The quotation may have opened in an earlier sentence of the
	// paragraph: count the marks from the paragraph's start.
	before := m.Sentence[:m.SentStart]
	if i := strings.Index(m.Paragraph, m.Sentence); i >= 0 {
		before = m.Paragraph[:i] + before
	}
	return insideQuotation(before)
}

// insideQuotation reports whether text ends inside a quotation: more
// opening than closing curly or angle marks, or an odd number of straight
// double marks.
func insideQuotation(text string) bool {
	open, straight := 0, 0
	for _, r := range text {
		switch r {
		case '“', '«':
			open++
		case '”', '»':
			open--
		case '"':
			straight++
		}
	}
	return open > 0 || straight%2 == 1
}

// spokenDays are the days spokenRelative looks for, in lower case.
var spokenDays = wordSet("today", "tonight", "yesterday", "tomorrow", "this morning", "this afternoon", "this evening", "last night")

func isDay(v string) bool {
	return len(v) == len("2006-01-02") && isISODate(v)
}

// eventWords returns the words of a sentence that may tell what happened,
// lower case, each with how it is first written: no short or common words,
// no figures, no words of dates. They are sorted by their lower case, each
// once, so that two sentences' words are intersected by merging.
//
// The words are scanned by hand, their ASCII bytes by a loop of their own
// through a table of byte classes. An ASCII word is looked up among the
// skipped words by a hash made as it is read, without a lower-cased copy;
// the lower case of a word kept is the word itself when it has no capital,
// else cut from one buffer of all such words of the sentence. Lower-casing
// the whole sentence, reading every word of a sentence with one curly
// apostrophe by the plain path, a map lookup a word and a slice per
// sentence made eventWords 6.6% of a check: 12,600 instructions for a
// sentence of 15 words, now 7,400 (BenchmarkCheckCorpusDefault 161.4 ->
// 154.1 M instructions under GOGC=off, with oneDay). TestEventWordsFastPath
// and FuzzEventWords hold it to the plain code.
func eventWords(s string) []eventWord {
	var free []eventWord
	return eventWordsIn(&free, s)
}

// eventWordsIn returns the eventWords of s cut from free, the free room of
// a slice, and leaves free the room that is left: the words of a story's
// sentences share a few allocations.
func eventWordsIn(free *[]eventWord, s string) []eventWord {
	out := (*free)[:0]
	if cap(out) < len(s)/8+4 {
		out = make([]eventWord, 0, max(len(s)/8+4, 256))
	}
	var buf []byte                            // the lower case of kept ASCII words with capitals
	var pending []struct{ word, start int32 } // which words' lower case is in buf, and where
	for i := 0; i < len(s); {
		for i < len(s) && eventByte[s[i]] == eventSep {
			i++
		}
		if i == len(s) {
			break
		}
		// A word: letters and apostrophes. Its ASCII bytes are read by
		// a loop of their own, hashed and lower-cased as they are read.
		start := i
		end, h, upper := scanEventWord(s, i)
		if end < len(s) && eventByte[s[end]] == eventNonASCII {
			// A rune that is not ASCII goes on the word, or ends it: the
			// word is ASCII when it ends there.
			j := eventRunEnd(s, end)
			ascii := j == end
			if j == start { // a rune that is no letter
				_, size := utf8.DecodeRuneInString(s[j:])
				i = j + size
				continue
			}
			if !ascii {
				out = appendEventWord(out, s[start:j])
				i = j
				continue
			}
		}
		i = end
		w := s[start:end]
		if strings.HasSuffix(w, "'s") {
			w = w[:len(w)-2]
			upper, h = false, 0
			for k := 0; k < len(w); k++ {
				upper = upper || w[k]-'A' < 26
				h = h*31 + uint32(w[k]|0x20)
			}
		}
		if len(w) < 3 || eventSkipTable.has(w, h) {
			continue
		}
		if upper {
			pending = append(pending, struct{ word, start int32 }{int32(len(out)), int32(len(buf))})
			buf = lowerASCII(buf, w)
		}
		out = append(out, eventWord{w, w})
	}
	if len(buf) > 0 {
		all := string(buf)
		for _, p := range pending {
			w := &out[p.word]
			w.low = all[p.start : int(p.start)+len(w.written)]
		}
	}
	// Sorted by an insertion sort, stable, so that the first spelling of
	// a word comes first and stays: a sentence has a few words.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].low < out[j-1].low; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	out = slices.CompactFunc(out, func(a, b eventWord) bool { return a.low == b.low })
	*free = out[len(out):cap(out)]
	return out[:len(out):len(out)]
}

// scanEventWord reads the ASCII letters and apostrophes of s from i on,
// returning where they end, the hash of their lower case (see
// asciiWordTable) and whether one is a capital. A loop that calls nothing,
// so that the compiler keeps its state in registers.
func scanEventWord(s string, i int) (end int, h uint32, upper bool) {
	for ; i < len(s); i++ {
		c := s[i]
		if eventByte[c] != eventLetter {
			break
		}
		upper = upper || c-'A' < 26
		h = h*31 + uint32(c|0x20)
	}
	return i, h, upper
}

// Byte classes for eventWords.
const (
	eventSep      uint8 = iota // an ASCII byte that is no part of a word
	eventLetter                // an ASCII letter or the apostrophe
	eventNonASCII              // a byte of a rune that is not ASCII
)

var eventByte = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = eventNonASCII
		case c == '\'' || 'a' <= c|0x20 && c|0x20 <= 'z':
			t[c] = eventLetter
		}
	}
	return t
}()

// eventSkipTable is eventSkipWords for ASCII words, hashed as eventWords
// hashes them.
var eventSkipTable = newASCIIWordTable(eventSkipWords)

// An asciiWordTable is a set of lower-case ASCII words, open-addressed by
// the hash h = h*31 + c of their bytes and at most a third full, so that
// a word not in it mostly finds an empty slot at once.
type asciiWordTable struct {
	slots []string
	mask  uint32
}

func newASCIIWordTable(set map[string]bool) asciiWordTable {
	n := 16
	for n < 3*len(set) {
		n *= 2
	}
	t := asciiWordTable{slots: make([]string, n), mask: uint32(n - 1)}
	for w := range set {
		h := uint32(0)
		for i := 0; i < len(w); i++ {
			h = h*31 + uint32(w[i])
		}
		i := h & t.mask
		for t.slots[i] != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = w
	}
	return t
}

// has reports whether the set holds the lower case of w, letters and
// apostrophes whose lower case hashes to h.
func (t asciiWordTable) has(w string, h uint32) bool {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		e := t.slots[i]
		if e == "" {
			return false
		}
		if len(e) == len(w) && equalLowerASCII(e, w) {
			return true
		}
	}
}

// An eventWord is a word of a sentence in lower case, and as written.
type eventWord struct{ low, written string }

// appendEventWord appends word w, unless it is short or common.
func appendEventWord(out []eventWord, w string) []eventWord {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	// Most words are short or common: tell so before lower-casing a copy
	// (ASCII keeps its length when lower-cased).
	if isASCII(w) && (len(w) < 3 || lowerIn(eventSkipWords, w)) {
		return out
	}
	low := strings.ToLower(w)
	if utf8.RuneCountInString(low) < 3 || eventStopWords[low] || dateWords[low] {
		return out
	}
	return append(out, eventWord{low, w})
}

// shareEvent reports whether two sentences tell of one event: they share
// at least eventMinShared words, one of them a name written with a
// capital in both.
func shareEvent(a, b []eventWord) bool {
	shared, name := 0, false
	eachShared(a, b, func(low, w, wb string) bool {
		shared++
		if !name && isCapital(w) && isCapital(wb) && !commonCapitals[low] {
			name = true
		}
		return shared < eventMinShared || !name
	})
	return shared >= eventMinShared && name
}

// eachShared calls f with each word two sentences share, in lower case and
// as each writes it, until f returns false.
func eachShared(a, b []eventWord, f func(low, w, wb string) bool) {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch c := strings.Compare(a[i].low, b[j].low); {
		case c < 0:
			i++
		case c > 0:
			j++
		default:
			if !f(a[i].low, a[i].written, b[j].written) {
				return
			}
			i++
			j++
		}
	}
}

func isCapital(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

func distinct(ws []string) []string {
	slices.Sort(ws)
	return slices.Compact(ws)
}

var (
	// eventStopWords tell nothing of an event.
	eventStopWords = wordSet("the", "and", "but", "for", "with", "from", "that", "this", "these", "those", "was", "were", "are", "has", "have", "had",
		"been", "will", "would", "could", "should", "said", "says", "told", "after", "before", "when", "while", "which", "who", "its", "their",
		"his", "her", "they", "them", "she", "him", "our", "not", "than", "more", "also", "into", "over", "about", "last", "next", "there",
		"what", "where", "one", "two", "three", "all", "some", "any", "out", "per", "cent", "people", "according", "due", "since", "until")
	// dateWords name days, months and times; they are the date, not the event.
	dateWords = wordSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"today", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "day")
	// eventSkipWords are the stop words and the date words, looked up
	// at once.
	eventSkipWords = func() map[string]bool {
		m := maps.Clone(eventStopWords)
		maps.Copy(m, dateWords)
		return m
	}()
	// commonCapitals are capitalised at the start of many sentences or
	// stand for no particular event.
	commonCapitals = wordSet("the", "this", "that", "mr", "mrs", "ms", "dr", "sir", "prime", "minister", "president", "police")
)

// dateValue is a date mention's value: the resolved ISO date, else the text
// as written without a leading "on".
func dateValue(m *facts.Fact) string {
	v := strings.TrimSpace(m.Value)
	if v == "" {
		v = strings.TrimSpace(m.Text)
	}
	// "on " in any case: only the ASCII letters lower-case to o and n.
	if len(v) >= 3 && v[0]|0x20 == 'o' && v[1]|0x20 == 'n' && v[2] == ' ' {
		v = strings.TrimSpace(v[3:])
	}
	return v
}

// isISODate reports whether v is an ISO date, a year or a year and month:
// it matches ^\d{4}(-\d{2}(-\d{2})?)?$ (ASCII digits). A hand-written
// test: the regexp was a third of judging dates, asked of every pair.
func isISODate(v string) bool {
	switch len(v) {
	case 4, 7, 10:
	default:
		return false
	}
	for i := 0; i < len(v); i++ {
		if i == 4 || i == 7 {
			if v[i] != '-' {
				return false
			}
		} else if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return true
}

// datesCompatible reports whether two date values may name the same day.
func datesCompatible(a, b string) bool {
	ia, ib := isISODate(a), isISODate(b)
	switch {
	case ia && ib:
		return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
	case ia:
		return weekdayFits(a, b)
	case ib:
		return weekdayFits(b, a)
	}
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// weekdayFits reports whether an unresolved value fits an ISO date: a
// weekday must be the date's; anything else cannot be judged.
func weekdayFits(iso, rel string) bool {
	wd, ok := weekday(rel)
	if !ok {
		return true
	}
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return true
	}
	return t.Weekday() == wd
}

func weekday(s string) (time.Weekday, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for d := time.Sunday; d <= time.Saturday; d++ {
		if s == strings.ToLower(d.String()) {
			return d, true
		}
	}
	return 0, false
}
