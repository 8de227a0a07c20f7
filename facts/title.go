package facts

import "strings"

// Titles. A title is its own fact tied to a person (Fact.Name). It is found
// in three places:
//
//   - before the name, capitalised ("NATO Secretary General Mark Rutte") or
//     not ("foreign minister Espen Barth Eide"): see readRun;
//   - in an apposition after the name, up to the next comma or a relative
//     pronoun ("Anthony Albanese, Australia's prime minister,"; "Jonathan
//     Conricus, a former IDF spokesman who…"), or before it ("America's
//     Middle East envoy, Steve Witkoff,");
//   - across sentences, in the one case a reader resolves without doubt: a
//     sentence that opens with a title and no name ("Israel's prime
//     minister has nominated…") followed by one that opens with a name and
//     no title ("Benjamin Netanyahu made the announcement"). The title fact
//     then points at the first sentence's words and names the second's
//     person.

// findAppositions adds the titles written beside a name, between commas.
func findAppositions(sents []Sentence, all [][]token, ms []personMention) {
	for i := range ms {
		m := &ms[i]
		if m.tEnd > m.tStart {
			continue
		}
		toks := all[sentenceAt(sents, m.start)]
		k := 0
		for k < len(toks) && toks[k].start < m.end {
			k++
		}
		// After: ", <phrase with a title noun>[,|who|which|.]"
		if k < len(toks) && toks[k].text == "," {
			if s, e := appositionAfter(toks, k+1); s >= 0 {
				m.tStart, m.tEnd = toks[s].start, toks[e].end
				continue
			}
		}
		// Before: "<phrase ending in a title noun>, Name"
		b := k
		for b > 0 && toks[b-1].start >= m.start {
			b--
		}
		if b >= 2 && toks[b-1].text == "," {
			e := b - 2
			if toks[e].kind == tWord && isTitleNoun(toks[e].low) {
				s := e
				for s > 0 && e-s < 6 && toks[s-1].kind == tWord && toks[s-1].low != "the" && !isReport(toks[s-1].low) && toks[s-1].low != "and" {
					s--
				}
				m.tStart, m.tEnd = toks[s].start, toks[e].end
			}
		}
	}
}

// appositionAfter reads a title phrase starting at toks[k]: at most 14
// words up to a comma, a dash, a relative pronoun or the end, holding a
// title noun. It returns the phrase's first and last token, without a
// leading article, or -1.
func appositionAfter(toks []token, k int) (int, int) {
	if k >= len(toks) {
		return -1, -1
	}
	s := k
	if l := toks[s].low; l == "a" || l == "an" || l == "the" {
		s++
	}
	e, hasNoun := -1, false
	for j := s; j < len(toks) && j-s < 14; j++ {
		t := toks[j]
		if t.kind == tPunct {
			if t.text == "," || t.text == "." || t.text == ";" || t.text == "–" || t.text == "—" || t.text == ")" {
				break
			}
			if t.text == "’" || t.text == "'" || t.text == "&" {
				continue
			}
			return -1, -1
		}
		if t.low == "who" || t.low == "which" || t.low == "that" || isReport(t.low) || t.low == "has" || t.low == "is" || t.low == "was" {
			break
		}
		if hasNoun && (t.low == "at" || t.low == "with" || t.low == "from" || t.low == "for") {
			break // "operations director at the firm": the title ends
		}
		if mayTitleNoun(t.low) && isTitleNoun(t.low) {
			hasNoun = true
		}
		e = j
	}
	if !hasNoun || e < s {
		return -1, -1
	}
	return s, e
}

// titleOpening returns the span of a title that opens a sentence without a
// name: "Israel's prime minister", "The US president". ok is false when the
// sentence does not open so.
//
// Nearly every sentence opens with a capitalised word, and a title can
// open after one only when a lower-case title word follows it. That is
// asked first: looking the capitalised word up and testing its characters,
// for every sentence, was 1.8% of the whole job's profile, and asking the
// follower first took BenchmarkExtractArchive from 218.5 M to 216.8 M
// instructions (GOGC=off).
func titleOpening(toks []token) (s, e int, ok bool) {
	j := 0
	if j < len(toks) && (toks[j].low == "the") {
		j++
	}
	if j < len(toks) && toks[j].kind == tWord && toks[j].upper {
		// Whatever the capitalised word is, the title can only start
		// after it: the loop below stops at an upper-case word.
		if !isTitleWord(toks, j+1) {
			return 0, 0, false
		}
		if !wordIs(toks[j].text, lxTitle) {
			if _, cut := possessive(toks[j].text); cut == 0 && !isAllCaps(toks[j].text) {
				return 0, 0, false
			}
			j++
		}
	}
	start := j
	for isTitleWord(toks, j) {
		j++
	}
	if j == start || !isTitleNoun(toks[j-1].low) {
		return 0, 0, false
	}
	if j < len(toks) && toks[j].kind == tWord && toks[j].upper {
		return 0, 0, false // a name follows: readRun's case
	}
	return 0, j - 1, true
}

// isTitleWord reports whether toks[j] is a lower-case word that may be part
// of a title: a title noun or modifier.
func isTitleWord(toks []token, j int) bool {
	return j < len(toks) && toks[j].kind == tWord && !toks[j].upper && wordLex(toks[j].low)&(lxTitleMod|lxTitleNoun) != 0
}

// crossSentenceTitles ties a name-less title opening one sentence to the
// name opening the next.
//
// Only a sentence whose first mention opens it, as a subject with two or
// more words and no title, can take a title from the sentence before, and
// few do: the mentions are walked, and titleOpening asked of the sentence
// before each such one, rather than of every sentence (where it was 2% of
// the whole job's profile; BenchmarkPeopleArchive 40.0 M -> 35.0 M
// instructions with GOGC=off, BenchmarkExtractArchive 198.4 M -> 190.5 M).
func crossSentenceTitles(sents []Sentence, all [][]token, ms []personMention) {
	sorted := true
	for k := 1; k < len(ms); k++ {
		sorted = sorted && ms[k].sent.Start >= ms[k-1].sent.Start
	}
	for i := 1; i < len(sents); i++ {
		sorted = sorted && sents[i].Start > sents[i-1].Start
	}
	if !sorted {
		crossSentenceTitlesEach(sents, all, ms) // not met
		return
	}
	// Mentions and sentences are in order, and a sentence is known by its
	// start: the first mention of each sentence is the first of its run
	// in ms, and its sentence is found by a cursor.
	i := 0
	for k := range ms {
		m := &ms[k]
		if k > 0 && ms[k-1].sent.Start == m.sent.Start {
			continue // not its sentence's first mention
		}
		if !m.subject || m.tEnd != m.tStart || m.start != m.sent.Start || len(m.words) < 2 {
			continue
		}
		for i < len(sents) && sents[i].Start < m.sent.Start {
			i++
		}
		if i == 0 || i == len(sents) || sents[i].Start != m.sent.Start {
			continue
		}
		toks := all[i-1]
		if s, e, ok := titleOpening(toks); ok {
			m.tStart, m.tEnd = toks[s].start, toks[e].end
			m.tSent, m.tCross = sents[i-1], true
		}
	}
}

// crossSentenceTitlesEach is crossSentenceTitles for mentions or sentences
// out of order: each sentence that opens with a title, and the first
// mention of the next sentence.
func crossSentenceTitlesEach(sents []Sentence, all [][]token, ms []personMention) {
	for i := 0; i+1 < len(sents); i++ {
		toks := all[i]
		s, e, ok := titleOpening(toks)
		if !ok {
			continue
		}
		for k := range ms {
			m := &ms[k]
			if m.sent.Start != sents[i+1].Start {
				continue
			}
			if m.subject && m.tEnd == m.tStart && m.start == sents[i+1].Start && len(m.words) >= 2 {
				m.tStart, m.tEnd = toks[s].start, toks[e].end
				m.tSent, m.tCross = sents[i], true
			}
			break
		}
	}
}

// normalizeTitleWords rewrites "Israel's prime minister" as "prime minister
// of israel", so the possessive and the "of" forms compare equal.
func normalizeTitleWords(f []string) []string {
	if len(f) > 1 {
		if w, ok := strings.CutSuffix(f[0], "'s"); ok {
			return append(f[1:], "of", w)
		}
		if w, ok := strings.CutSuffix(f[0], "'"); ok {
			return append(f[1:], "of", w)
		}
	}
	return f
}
