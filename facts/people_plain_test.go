package facts

// The name reader as it was before the word lexicon, the mention arenas and
// the lazy passes, kept to hold findPeopleIn to it.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	nwTitle uint8 = 1 << iota
	nwHonorific
	nwNotName
	nwGiven
)

var nameWordsPlain = func() map[string]uint8 {
	m := map[string]uint8{}
	for flag, set := range map[uint8]map[string]bool{nwTitle: titleWords, nwHonorific: honorifics, nwNotName: notNames, nwGiven: givenNames} {
		for w := range set {
			m[w] |= flag
		}
	}
	return m
}()

func findPeopleInPlain(d *Document, sents []Sentence, all [][]token) []personMention {
	var cands []personMention
	standalone := map[string]int{} // capitalised single words used mid-sentence
	for si, s := range sents {
		toks := all[si]
		for i, t := range toks {
			// A capitalised word alone, mid-sentence: "Starmer insisted".
			if t.kind == tWord && i > 0 && t.upper && !toks[i-1].upper &&
				(i+1 == len(toks) || !toks[i+1].upper) {
				w, _ := possessive(t.text)
				standalone[w]++
			}
		}
		cands = scanNamesPlain(cands, s, toks)
	}

	// Decide which bare runs are people, and collect the full names.
	var out []personMention
	surnames := map[string]bool{}
	for _, c := range cands {
		if len(c.words) >= 2 && !c.bare {
			surnames[c.words[len(c.words)-1]] = true
		}
	}
	for _, c := range cands {
		if c.bare && !c.supported {
			for k := 1; k < len(c.words)-1; k++ {
				if givenNames[c.words[k]] && !givenNames[c.words[0]] {
					c.words = c.words[k:]
					c.start = c.givenStart[k]
					break
				}
			}
			last := c.words[len(c.words)-1]
			if len(c.words) < 2 || !(givenNames[c.words[0]] || surnames[last] || standalone[last] > 1 && !givenNames[last]) {
				continue
			}
		}
		out = append(out, c)
		if len(c.words) >= 2 || !c.bare {
			// A full name, or a surname after a title or honorific
			// ("President Zelenskyy"), makes the surname alone a mention.
			surnames[c.words[len(c.words)-1]] = true
		}
	}

	// Bare single words that are known surnames: "Starmer insisted".
	cover := map[int]bool{} // token starts inside a mention or its title
	for _, m := range out {
		cover[m.start] = true
		for _, w := range m.givenStart {
			cover[w] = true
		}
	}
	covered := func(start int) bool { return cover[start] }
	var extra []personMention
	for si, s := range sents {
		toks := all[si]
		for i, t := range toks {
			if t.kind != tWord || !t.upper {
				continue
			}
			w, cut := possessive(t.text)
			if !surnames[w] || covered(t.start) {
				continue
			}
			// Part of a longer capitalised run that is not a person ("Sky
			// News" has no surname, but "Trump administration" is fine).
			if i+1 < len(toks) && toks[i+1].kind == tWord && toks[i+1].upper && cut == 0 {
				continue
			}
			extra = append(extra, personMention{sent: s, start: t.start, end: t.end - cut, words: []string{w}, subject: i == 0 || verbAfterPlain(toks, i)})
		}
	}
	out = append(out, extra...)
	sortMentions(out)
	resolveNamesPlain(out)
	return out
}

func resolveNamesPlain(ms []personMention) {
	for i := range ms {
		if len(ms[i].words) >= 2 {
			ms[i].name = strings.Join(ms[i].words, " ")
		}
	}
	match := func(full personMention, w, honorific string) bool {
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
			if match(ms[j], w, ms[i].honorific) {
				ms[i].name = ms[j].name
			}
		}
		for j := i + 1; j < len(ms) && ms[i].name == ""; j++ {
			if match(ms[j], w, ms[i].honorific) {
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

func scanNamesPlain(out []personMention, s Sentence, toks []token) []personMention {
	var buf [8]int // the run's words, on the stack for all but long runs
	for i := 0; i < len(toks); {
		if toks[i].kind != tWord || !toks[i].upper {
			i++
			continue
		}
		// The run: capitalised words, particles between them, and the
		// period after an abbreviated honorific ("Mr.").
		j := i
		words := buf[:0]
		for j < len(toks) {
			t := toks[j]
			switch {
			case t.kind == tWord && t.upper:
				words = append(words, j)
				j++
				if _, cut := possessive(t.text); cut > 0 {
					goto done
				}
				continue
			case t.kind == tWord && nameParticles[t.text] && particleRunPlain(toks, j) && len(words) > 0:
				words = append(words, j)
				j++
				continue
			case t.text == "." && len(words) > 0 && honorifics[toks[j-1].text] && j == words[len(words)-1]+1:
				j++
				continue
			}
			break
		}
	done:
		out = readRunPlain(out, s, toks, words, i == 0)
		i = max(j, i+1)
	}
	return out
}

func readRunPlain(out []personMention, s Sentence, toks []token, words []int, first bool) []personMention {
	// A sentence-initial common word is not part of the run.
	for len(words) > 0 && notNamesStopPlain(toks[words[0]].text) && nameWordsPlain[toks[words[0]].text]&(nwTitle|nwHonorific) == 0 {
		words = words[1:]
		first = false
	}
	if len(words) == 0 {
		return out
	}
	// The last title word or honorific splits title from name.
	split := -1
	for k, w := range words {
		txt, _ := possessive(toks[w].text)
		if nameWordsPlain[txt]&(nwTitle|nwHonorific) != 0 || txt == "Secretary-General" {
			if k == len(words)-1 {
				break // "the Prime Minister": a title without a name
			}
			split = k
		}
	}
	nameIdx := words[split+1:]
	if len(nameIdx) == 0 {
		return out
	}
	m := personMention{sent: s}
	// Honorifics right before the name; title words before those.
	h := split
	for h >= 0 && honorifics[toks[words[h]].text] {
		if m.honorific == "" {
			m.honorific = toks[words[h]].text
		}
		h--
	}
	if h >= 0 {
		// The title: back from words[h] over title words and the
		// capitalised qualifiers before them ("NATO", "Italian", "EU
		// Commission").
		ts := h
		for ts > 0 && !honorifics[toks[words[ts-1]].text] && (titleWords[toks[words[ts-1]].text] || !notNamesStopPlain(toks[words[ts-1]].text)) {
			ts--
		}
		if ts > 0 {
			// "Ukraine's President": a place's possessive starts it.
			if w, cut := possessive(toks[words[ts-1]].text); cut > 0 && notNames[w] {
				ts--
			}
		}
		tStart := toks[words[ts]].start
		if ts == 0 {
			// "chief of defence staff Admiral Sir Tony Radakin"
			if ls := lowerTitleBeforePlain(toks, words[0]); ls >= 0 {
				tStart = toks[ls].start
			} else if p := words[0] - 1; p >= 0 {
				// "Ukraine's President Volodymyr Zelenskyy"
				if w, cut := possessive(toks[p].text); cut > 0 && notNames[w] {
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
		if ls := lowerTitleBeforePlain(toks, words[0]); ls >= 0 {
			m.tStart, m.tEnd = toks[ls].start, toks[words[0]-1].end
		}
	}
	// The name: reject places, organisations and acronyms.
	for _, w := range nameIdx {
		txt, _ := possessive(toks[w].text)
		if fl := nameWordsPlain[txt]; fl&nwGiven == 0 && fl&(nwNotName|nwTitle) != 0 || isAllCaps(txt) {
			return out
		}
	}
	m.words, m.givenStart = make([]string, len(nameIdx)), make([]int, len(nameIdx))
	for k, w := range nameIdx {
		m.words[k], _ = possessive(toks[w].text)
		m.givenStart[k] = toks[w].start
	}
	last := toks[nameIdx[len(nameIdx)-1]]
	_, cut := possessive(last.text)
	m.start, m.end = toks[nameIdx[0]].start, last.end-cut
	m.subject = first && split < 0 || split >= 0 && words[0] == 0 || verbAfterPlain(toks, nameIdx[len(nameIdx)-1])
	if split < 0 && m.tEnd == 0 {
		m.bare = true
		m.supported = appositivePlain(toks, nameIdx[0], nameIdx[len(nameIdx)-1])
		if len(m.words) < 2 {
			return out
		}
	}
	if len(m.words) == 1 && split < 0 && m.tEnd == 0 {
		return out
	}
	return append(out, m)
}

func verbAfterPlain(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].kind != tWord {
		return false
	}
	w := toks[i+1].text
	return reportVerbs[w] || auxiliaries[w] || !isCapitalised(w) && strings.HasSuffix(w, "ed")
}

func appositivePlain(toks []token, first, last int) bool {
	if k := first - 1; k >= 1 && toks[k].text == "," && toks[k-1].kind == tWord && titleNouns[toks[k-1].low] {
		return true
	}
	if k := last + 1; k < len(toks) && toks[k].text == "," {
		if s, _ := appositionAfter(toks, k+1); s >= 0 {
			return true
		}
	}
	if k := first - 1; k >= 0 {
		if w, cut := possessive(toks[k].text); cut > 0 && notNames[w] && !timeWords[w] {
			return true
		}
	}
	return false
}

func particleRunPlain(toks []token, j int) bool {
	for ; j < len(toks) && toks[j].kind == tWord; j++ {
		if toks[j].upper {
			return true
		}
		if !nameParticles[toks[j].text] {
			return false
		}
	}
	return false
}

func notNamesStopPlain(w string) bool {
	switch w {
	case "The", "A", "An", "And", "But", "Or", "So", "If", "In", "On", "At", "To", "For", "From",
		"With", "By", "Of", "As", "While", "Although", "Despite", "After", "Before", "During", "Since",
		"Meanwhile", "However", "Notably", "Image", "Pic", "It", "Its", "This", "That", "These", "Those",
		"He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "Who", "What",
		"When", "Where", "Why", "How", "Until", "Speaking", "Asked", "Answering", "Addressing", "Responding",
		"Elsewhere", "Earlier", "Later", "Also", "Significantly", "According", "Critics", "Onlookers",
		"Warning", "Watch", "Listen", "Read", "More", "Follow", "Related", "Photo", "Video", "Today",
		"Yesterday", "Tomorrow", "Then", "Now", "There", "Here", "Some", "Many", "Most", "All", "Both",
		"Each", "Every", "Other", "Another", "One", "Two", "Three", "Not", "No", "Yes", "Please", "Scan",
		"Top", "Senior", "Former", "Away", "Indirect", "Whether", "Being", "Having", "Trying",
		"Under", "Over", "Through", "Against", "Without", "Within", "Among", "Between", "About", "Around":
		return true
	}
	_, cut := possessive(w)
	return cut > 0
}

func lowerTitleBeforePlain(toks []token, i int) int {
	k := i - 1
	if k < 0 || toks[k].kind != tWord || !titleNouns[toks[k].low] || toks[k].upper {
		return -1
	}
	start := k
	for n := 0; n < 4 && start > 0; n++ {
		p := toks[start-1]
		if p.kind != tWord || p.upper || !(titleMods[p.low] || titleNouns[p.low]) {
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
		if p.kind != tWord || !p.upper || notNamesStopPlain(p.text) && !titleMods[p.low] || honorifics[p.text] {
			break // "Former" and "Senior" open sentences but stay in the title: "Former minister X"
		}
		start--
	}
	return start
}

// isCloseMark reports whether a closing quotation mark starts at text[i].
func isCloseMark(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r == '”' || r == '»' || r == '"'
}

// quoteStop tells the bytes scanQuotesPlain must look at: a line end, the
// ASCII quotation marks and the first byte of any other character.
var quoteStop = func() (t [256]bool) {
	for c := range t {
		t[c] = c == '\n' || c == '\'' || c == '"' || c >= utf8.RuneSelf
	}
	return t
}()

func scanQuotesPlain(text string) []rawQuote {
	var out []rawQuote
	var cur *rawQuote
	partStart := 0
	for i := 0; i < len(text); {
		// Skip to the next byte that can matter: most of a text is not.
		for i < len(text) && !quoteStop[text[i]] {
			i++
		}
		if i == len(text) {
			break
		}
		c := text[i]
		if c == '\n' && cur != nil {
			// The paragraph ends inside a quote: it goes on if the next
			// paragraph opens with a mark.
			end := i
			for end > partStart && isSpace(text[end-1]) {
				end--
			}
			cur.parts = append(cur.parts, [2]int{partStart, end})
			j := i
			for j < len(text) && isSpace(text[j]) {
				j++
			}
			if j < len(text) {
				if open, size := isOpenMark(text, j); open {
					partStart = j + size
					i = partStart
					continue
				}
			}
			cur.end = end
			out = append(out, *cur)
			cur = nil
			i++
			continue
		}
		if cur == nil && (c == '\'' || c == 0xE2 && strings.HasPrefix(text[i:], "‘")) {
			if q, ok := singleQuote(text, i); ok {
				out = append(out, q)
				i = q.end
				continue
			}
		}
		if c < utf8.RuneSelf && c != '"' {
			i++
			continue
		}
		open, size := isOpenMark(text, i)
		switch {
		case cur == nil && open:
			cur = &rawQuote{start: i}
			partStart = i + size
		case cur != nil && isCloseMark(text, i) && (text[i] == '"' || !open):
			cur.parts = append(cur.parts, [2]int{partStart, i})
			cur.end, cur.closed = i+size, true
			out = append(out, *cur)
			cur = nil
		case cur != nil && open && text[i] != '"':
			// An opening mark inside an open quote: the first was never
			// closed. End it before this one.
			cur.parts = append(cur.parts, [2]int{partStart, i})
			cur.end = i
			out = append(out, *cur)
			cur = &rawQuote{start: i}
			partStart = i + size
		}
		i += size
	}
	if cur != nil {
		end := len(text)
		for end > partStart && isSpace(text[end-1]) {
			end--
		}
		cur.parts = append(cur.parts, [2]int{partStart, end})
		cur.end = end
		out = append(out, *cur)
	}
	return out
}

// quoteWordsPlain is quoteWords without its path for one part.
func quoteWordsPlain(text string, parts [][2]int) string {
	var b strings.Builder
	for _, p := range parts {
		s := strings.TrimSpace(text[p[0]:p[1]])
		if s == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	return b.String()
}

// The list reader before its comma and first-item tests.
func extractListsPlain(x *extraction, toks []token) {
	done := -1 // tokens up to here are in a list already
	for c, t := range toks {
		if t.text != ":" || c == 0 {
			continue
		}
		items, spans, ok := readListPlain(toks[c+1:], !hasReportVerb(toks[:c]))
		if !ok {
			continue
		}
		done = len(toks)
		f := Fact{Kind: KindList, Items: items, Stated: []float64{float64(len(items))}}
		f.Noun = listNoun(toks[:c])
		if f.Noun != "" {
			f.Class = NounClass(f.Noun)
		}
		x.emit(f, spans[0], spans[1])
	}
	// Names in running text: "Envoys from France, Russia and the United
	// States will observe."
	for i := 0; i < len(toks); i++ {
		if i <= done || i > 0 && toks[i-1].kind == tWord && toks[i-1].upper || !startsName(toks, i) {
			continue
		}
		items, span, end, ok := readNameList(toks, i)
		if !ok {
			continue
		}
		x.emit(Fact{Kind: KindList, Items: items, Stated: []float64{float64(len(items))}}, span[0], span[1])
		done, i = end, end
	}
}

// The quote reader before its cursor, search and region cache.
func extractQuotesPlain(x *extraction, sents []Sentence, all [][]token, people []personMention) {
	if len(sents) == 0 {
		return
	}
	text := x.doc.Text
	raws := scanQuotesPlain(text)
	// Join quotes broken by an attribution: "…," he said, "…".
	var qs []rawQuote
	for _, q := range raws {
		if n := len(qs); n > 0 && qs[n-1].closed {
			prev := qs[n-1]
			if between := text[prev.end:q.start]; isInterruption(between) {
				prev.parts = append(prev.parts, q.parts...)
				prev.end, prev.closed = q.end, q.closed
				qs[n-1] = prev
				continue
			}
		}
		qs = append(qs, q)
	}
	// Names inside quotes are not speakers, nor what "he" refers to.
	outside := people[:0:0]
	for _, m := range people {
		if !insideQuote(qs, m.start) {
			outside = append(outside, m)
		}
	}
	people = outside
	var lastSpeaker string
	var lastEnd int
	var region []token
	for _, q := range qs {
		words := quoteWordsPlain(text, q.parts)
		if words == "" || isQuotedFigurePlain(words) {
			continue
		}
		si, se := sentenceAt(sents, q.start), sentenceAt(sents, max(q.start, q.end-1))
		partial := isPartial(text, sents[si], q, words)
		if partial && isTitleCase(words) {
			continue // the name of a work: "Morning at Schuylkill"
		}
		speaker := ""
		// The attribution: words of the quote's sentences outside marks.
		region = region[:0]
		for k := si; k <= se; k++ {
			for _, t := range all[k] {
				if !insideQuote(qs, t.start) {
					region = append(region, t)
				}
			}
		}
		speaker = findSpeakerPlain(region, people, q.start, q.end)
		if speaker == "" && !partial && si > 0 {
			prev := sents[si-1]
			prevText := strings.TrimSpace(text[prev.Start:prev.End])
			switch {
			case strings.HasSuffix(prevText, ":"):
				var pr []token
				for _, t := range all[si-1] {
					if !insideQuote(qs, t.start) {
						pr = append(pr, t)
					}
				}
				speaker = findSpeakerPlain(pr, people, prev.End, prev.End)
			case lastSpeaker != "" && lastEnd >= prev.Start && q.start == sents[si].Start:
				speaker = lastSpeaker // the same speech goes on
			}
		}
		// A quote over several sentences keeps them all as its sentence.
		x.sent = Sentence{Start: sents[si].Start, End: max(sents[se].End, q.end), Para: sents[si].Para}
		x.emit(Fact{Kind: KindQuote, Quote: words, Speaker: speaker, Partial: partial}, q.start, q.end)
		if speaker != "" || !partial {
			lastSpeaker, lastEnd = speaker, q.end
		}
	}
}

func findSpeakerPlain(region []token, people []personMention, qStart, qEnd int) string {
	region = dropRelativeClauses(region)
	verb, part := -1, -1
	for k, t := range region {
		if t.start >= qStart {
			break
		}
		if wordIs(t.low, lxReport) {
			verb = k
		} else if t.low == "saying" || t.low == "adding" || t.low == "insisting" || t.low == "telling" {
			part = k
		}
	}
	if verb < 0 {
		verb = part
	}
	if verb < 0 {
		for k, t := range region {
			if t.start >= qStart && (wordIs(t.low, lxReport) || t.low == "according") {
				verb = k
				break
			}
		}
	}
	if verb < 0 {
		return ""
	}
	at := func(t token) *personMention {
		for i := range people {
			if people[i].start <= t.start && t.start < people[i].end {
				return &people[i]
			}
		}
		return nil
	}
	// The nearest person before the verb, in its clause.
	for k := verb - 1; k >= 0; k-- {
		t := region[k]
		if m := at(t); m != nil {
			if k > 0 && wordIs(region[k-1].low, lxPrep) {
				continue // an object: "a question from Sam Coates"
			}
			return m.name
		}
		if wordIs(t.text, lxPronoun) {
			return lastSubject(people, t.start)
		}
		if role, ok := roleWords[t.low]; ok {
			if ref, qualified := isRoleReference(region, k); ref && qualified {
				return lastSubject(people, t.start) // "the Ukrainian leader"
			} else if ref {
				return lastWithRole(people, t.start, role) // "the prime minister"
			}
		}
		if t.text == "." || t.text == ";" {
			break
		}
	}
	// "said Starmer", "according to Mr Trump".
	for k := verb + 1; k < len(region) && k <= verb+5; k++ {
		if m := at(region[k]); m != nil {
			for _, t := range region[k:] {
				if t.start < m.end && m.end <= t.end {
					if _, cut := possessive(t.text); cut > 0 {
						return "" // "says Donald Trump's desire": not the speaker
					}
				}
			}
			return m.name
		}
		if wordIs(region[k].text, lxPronoun) {
			return lastSubject(people, region[k].start)
		}
	}
	return ""
}

// titleOpeningPlain is titleOpening before its tests were put in the cheap
// order and it asked first whether a title word follows the capitalised
// word opening a sentence.
func titleOpeningPlain(toks []token) (s, e int, ok bool) {
	j := 0
	if j < len(toks) && (toks[j].low == "the") {
		j++
	}
	if j < len(toks) && toks[j].kind == tWord && toks[j].upper && !wordIs(toks[j].text, lxTitle) {
		if _, cut := possessive(toks[j].text); cut == 0 && !isAllCapsPlain(toks[j].text) {
			return 0, 0, false
		}
		j++
	}
	start := j
	for j < len(toks) && toks[j].kind == tWord && wordLex(toks[j].low)&(lxTitleMod|lxTitleNoun) != 0 && !toks[j].upper {
		j++
	}
	if j == start || !wordIs(toks[j-1].low, lxTitleNoun) {
		return 0, 0, false
	}
	if j < len(toks) && toks[j].kind == tWord && toks[j].upper {
		return 0, 0, false // a name follows: readRun's case
	}
	return 0, j - 1, true
}

// isAllCapsPlain is isAllCaps without its ASCII path.
func isAllCapsPlain(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// isQuotedFigurePlain is isQuotedFigure without the test of its first word.
func isQuotedFigurePlain(words string) bool {
	if !strings.ContainsAny(words, "0123456789") {
		return false
	}
	figure := false
	for _, w := range strings.Fields(words) {
		switch {
		case w[0] >= '0' && w[0] <= '9' && strings.Trim(w, "0123456789.,%") == "":
			figure = true
		case !figureWords[strings.ToLower(w)]:
			return false
		}
	}
	return figure
}

// The list reader after a colon before its token ranges and its lazy
// lookup of a reporting verb.
func readListPlain(toks []token, lower bool) (items []string, span [2]int, ok bool) {
	var cur []token
	last := false
	flush := func() bool {
		if len(cur) == 0 || len(cur) > maxItemWords {
			return false
		}
		if cur[0].low == "the" && len(cur) > 1 {
			cur = cur[1:]
		}
		if r := cur[0].text[0]; !lower && !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 0x80) {
			return false // a clause after "said:", not a list of names
		}
		items = append(items, strings.TrimSpace(cur[0].text+joinTokens(cur)))
		if span[0] == 0 {
			span[0] = cur[0].start
		}
		span[1] = cur[len(cur)-1].end
		cur = cur[:0]
		return true
	}
	for i, t := range toks {
		switch {
		case t.text == ",":
			if !flush() {
				return nil, span, false
			}
			if i+1 < len(toks) && (toks[i+1].low == "and" || toks[i+1].low == "or") {
				continue // serial comma
			}
		case (t.low == "and" || t.low == "or") && !last:
			if len(cur) > 0 && !flush() {
				return nil, span, false
			}
			last = true
		case t.text == "." || t.text == ";" || t.text == "!" || t.text == "?":
			if i != len(toks)-1 {
				return nil, span, false
			}
		case t.kind == tPunct && t.text != "-" && t.text != "’" && t.text != "'" && t.text != "&":
			return nil, span, false
		default:
			cur = append(cur, t)
		}
	}
	if !last || !flush() || len(items) < 3 {
		return nil, span, false
	}
	if span[0] == 0 && len(toks) > 0 {
		span[0] = toks[0].start
	}
	return items, span, true
}
