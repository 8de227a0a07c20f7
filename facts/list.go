package facts

import "strings"

// Lists. "The leaders involved were from: Australia, Belgium, …, Ukraine
// and the UK." is a list: items after a colon, separated by commas, the
// last joined by "and" or "or", at least three of them, each a few words.
// After "said:" or another reporting verb, items must be names (a capital
// letter or a digit first), which keeps a quoted clause from reading as a
// list. Without a colon, a run of three or more capitalised names joined by
// commas and "and" or "or" is a list too: "Envoys from France, Russia and
// the United States". Fact.Items holds the items as written (a leading "the" dropped),
// Fact.Stated their count, and Fact.Noun the counted noun when the words
// before the colon name one ("The leaders … were from:" → "leaders"; "26
// nations:" → "nations").

// maxItemWords bounds an item, so that a colon before a clause ("He said:
// the world needs action, not a study, and …") is not read as a list.
const maxItemWords = 4

func extractLists(x *extraction, toks []token) {
	// Every list has three items, so a comma: a sentence without one has
	// none. The text searched is x.sent's, the tokens' sentence (as emit
	// needs it to be), which holds their characters and white space:
	// reaching the tokens' first and last for their span was most of this
	// function's time in BenchmarkListsArchive, where five sentences in
	// six have no comma.
	if len(toks) == 0 {
		return
	}
	// x.listComma is the first comma at or after x.listFrom-1, when
	// x.listFrom > 0 (see searchComma).
	comma := x.listComma
	if from := x.sent.Start; x.listFrom == 0 || from < x.listFrom-1 || from > comma {
		comma = x.searchComma(from)
	}
	if comma >= x.sent.End {
		return
	}
	span := x.doc.Text[x.sent.Start:x.sent.End]
	done := -1 // tokens up to here are in a list already
	// A list after a colon needs a colon: the tokens are walked for one
	// only when the text has one (BenchmarkLists 311K -> 307K).
	hasColon := strings.IndexByte(span, ':') >= 0
	for c := 1; c < len(toks) && hasColon; c++ {
		if toks[c].kind != tPunct || toks[c].text != ":" {
			continue
		}
		items, spans, ok := readList(toks[c+1:], toks[:c])
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
	//
	// A list of names has three items, so a comma token right after its
	// first item (an "and" there would make it a list of two; see
	// nameListShape), which is "the" and at most maxItemWords words, the
	// last of them capitalised: only the five tokens before such a comma
	// can start one. Those are tried, in order, each once, rather than
	// every capitalised word of the sentence (whose tests were half of
	// extractLists' own instructions in the whole job): a list found at
	// a comma ends after it, and a start that fails at one comma cannot
	// reach a later one (BenchmarkListsArchive 6.40 M -> 5.42 M
	// instructions, GOGC=off). TestListsAsPlain and FuzzFindPeopleAsPlain
	// hold it to the walk over every token.
	next := done + 1 // the first token not tried yet
	for c := next + 1; c < len(toks); c++ {
		if t := &toks[c]; t.kind != tPunct || t.text != "," {
			continue
		}
		// The first item ends with a capitalised word.
		if p := &toks[c-1]; c-1 < next || p.kind != tWord || !p.upper {
			continue
		}
		for i := max(next, c-maxItemWords-1); i < c; i++ {
			// mayStartNameList's first test, here, where most tokens fail it.
			if t := &toks[i]; t.kind != tWord || !t.upper && t.low != "the" {
				continue
			}
			if i > 0 && toks[i-1].kind == tWord && toks[i-1].upper || !mayStartNameList(toks, i) || !nameListShape(toks, i) {
				continue
			}
			items, span, end, ok := readNameList(toks, i)
			if !ok {
				continue
			}
			x.emit(Fact{Kind: KindList, Items: items, Stated: []float64{float64(len(items))}}, span[0], span[1])
			next = end + 1 // past this comma: the list holds it
			c = end
			break
		}
		next = max(next, c+1)
	}
}

// tokenAt returns the index of the token of toks at or after toks[lo] that
// starts at the offset at, or -1. Tokens are in order of their starts.
func tokenAt(toks []token, lo, at int) int {
	hi := len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].start < at {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(toks) && toks[lo].start == at {
		return lo
	}
	return -1
}

// searchComma returns the offset of the first comma in the document's
// text at or after from, or len(Text), and notes it in x.listFrom and
// x.listComma: the answer for any later offset up to that comma, as
// extractLists asks before it searches again. Sentences come in order, so
// one search answers for every sentence up to the comma it finds: a
// search of each sentence's text cost 73 instructions a sentence, a third
// of extractLists in BenchmarkListsArchive (7.44 M -> 6.78 M).
func (x *extraction) searchComma(from int) int {
	text := x.doc.Text
	c := strings.IndexByte(text[from:], ',')
	if c < 0 {
		c = len(text) - from
	}
	x.listFrom, x.listComma = from+1, from+c
	return x.listComma
}

func hasReportVerb(toks []token) bool {
	for _, t := range toks {
		if isReport(t.low) {
			return true
		}
	}
	return false
}

// startsName reports whether a capitalised name starts at toks[i], perhaps
// after "the".
func startsName(toks []token, i int) bool {
	if i < len(toks) && toks[i].low == "the" {
		i++
	}
	return i < len(toks) && toks[i].kind == tWord && toks[i].upper && !notNamesStop(toks[i].text)
}

// mayStartNameList is a cheap test that readNameList fails at toks[i]
// when it is false: a list starts with a capitalised word (perhaps after
// "the") and its first item, of at most maxItemWords capitalised words or
// "of", is followed by a comma, "and" or "or". Most capitalised words
// are not, and skip the lexicon lookup of startsName: this took
// BenchmarkLists from 930K to 518K instructions (with the inline first
// test in extractLists, 411K).
func mayStartNameList(toks []token, i int) bool {
	t := &toks[i]
	if t.kind != tWord {
		return false
	}
	if t.low == "the" {
		i++
	} else if !t.upper {
		return false
	}
	j := itemEnd(toks, i)
	if j == i || j >= len(toks) {
		return false
	}
	switch toks[j].low {
	case ",", "and", "or":
		return true
	}
	return false
}

// nameListShape is a cheap test that readNameList fails at toks[i] when it
// is false: readNameList's walk over the items and their separators, with
// startsName's test of each item without its lookup of the first word.
// Most runs of names followed by a comma or "and" make no list of three;
// the lookups of startsName for them, its own and readNameList's, were an
// eighth of extractLists in the whole job's profile (BenchmarkListsArchive
// 6.74 M -> 6.45 M instructions, GOGC=off).
func nameListShape(toks []token, i int) bool {
	n, last := 0, false
	for {
		if i < len(toks) && toks[i].low == "the" {
			i++
		}
		if i >= len(toks) || toks[i].kind != tWord || !toks[i].upper {
			return false
		}
		j := itemEnd(toks, i)
		if n++; last {
			return n >= 3
		}
		var ok bool
		if i, last, ok = nextItem(toks, j); !ok {
			return false
		}
	}
}

// itemEnd returns the end of the item of a name list starting at toks[i]:
// up to maxItemWords capitalised words, or "of" before one.
func itemEnd(toks []token, i int) int {
	j := i
	for j < len(toks) && j-i < maxItemWords && toks[j].kind == tWord && (toks[j].upper || toks[j].low == "of" && j+1 < len(toks) && toks[j+1].upper) {
		j++
	}
	return j
}

// nextItem reads the separator after a name list's item ending at toks[j]:
// ", ", ", and", "and" (or "or"). It returns where the next item starts and
// whether it is the last; ok is false when no separator follows.
func nextItem(toks []token, j int) (next int, last, ok bool) {
	switch {
	case j+1 < len(toks) && toks[j].text == "," && (toks[j+1].low == "and" || toks[j+1].low == "or"):
		return j + 2, true, true
	case j < len(toks) && toks[j].text == ",":
		return j + 1, false, true
	case j < len(toks) && (toks[j].low == "and" || toks[j].low == "or"):
		return j + 1, true, true
	}
	return 0, false, false
}

// readNameList reads "A, B, C and D" of capitalised names from toks[i]. It
// returns the items, their span, and the index of the last token.
func readNameList(toks []token, i int) (items []string, span [2]int, end int, ok bool) {
	// The items' token ranges; their strings are made only for a list,
	// since most capitalised words start none.
	var ranges [][2]int
	last := false
	for {
		if !startsName(toks, i) {
			return nil, span, 0, false
		}
		if toks[i].low == "the" {
			i++
		}
		j := itemEnd(toks, i)
		if len(ranges) == 0 {
			span[0] = toks[i].start
		}
		ranges = append(ranges, [2]int{i, j})
		span[1], end = toks[j-1].end, j-1
		if last {
			if len(ranges) < 3 {
				return nil, span, end, false
			}
			items = make([]string, len(ranges))
			for k, r := range ranges {
				items[k] = toks[r[0]].text + joinTokens(toks[r[0]:r[1]])
			}
			return items, span, end, true
		}
		var ok bool
		if i, last, ok = nextItem(toks, j); !ok {
			return nil, span, 0, false
		}
	}
}

// readList reads "A, B, C and D" from the start of toks up to the end of
// the sentence, toks following a colon and before the words before it.
// Items must be names (see flush) when a reporting verb is among before.
//
// The items are token ranges until the list is read, their strings made
// only then, and before is looked up only for an item that is not a
// name: most colons start no list, and the strings of the items read
// before a clause broke it, the array of the current item's tokens and
// a lexicon lookup per word before the colon were most of reading them
// (BenchmarkListsArchive 5.42 M -> 5.17 M instructions, GOGC=off).
// FuzzFindPeopleAsPlain holds it to the plain reader.
func readList(toks, before []token) (items []string, span [2]int, ok bool) {
	var buf [8][2]int
	ranges := buf[:0]
	a := 0        // the current item's first token
	lower := -1   // !hasReportVerb(before), when asked: 0 or 1
	last := false // an "and" or "or" was read
	flush := func(i int) bool {
		cur := toks[a:i]
		if len(cur) == 0 || len(cur) > maxItemWords {
			return false
		}
		if cur[0].low == "the" && len(cur) > 1 {
			cur = cur[1:]
		}
		if r := cur[0].text[0]; !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 0x80) {
			if lower < 0 {
				lower = 1
				if hasReportVerb(before) {
					lower = 0
				}
			}
			if lower == 0 {
				return false // a clause after "said:", not a list of names
			}
		}
		ranges = append(ranges, [2]int{i - len(cur), i})
		if span[0] == 0 {
			span[0] = cur[0].start
		}
		span[1] = cur[len(cur)-1].end
		a = i + 1
		return true
	}
	for i := range toks {
		t := &toks[i]
		switch {
		case t.text == ",":
			if !flush(i) {
				return nil, span, false
			}
			if i+1 < len(toks) && (toks[i+1].low == "and" || toks[i+1].low == "or") {
				continue // serial comma
			}
		case (t.low == "and" || t.low == "or") && !last:
			if i > a && !flush(i) {
				return nil, span, false
			}
			a = i + 1
			last = true
		case t.text == "." || t.text == ";" || t.text == "!" || t.text == "?":
			if i != len(toks)-1 {
				return nil, span, false
			}
		case t.kind == tPunct && t.text != "-" && t.text != "’" && t.text != "'" && t.text != "&":
			return nil, span, false
		}
	}
	end := len(toks)
	if end > 0 && (toks[end-1].text == "." || toks[end-1].text == ";" || toks[end-1].text == "!" || toks[end-1].text == "?") {
		end-- // the sentence's last mark ends the last item
	}
	if !last || !flush(end) || len(ranges) < 3 {
		return nil, span, false
	}
	items = make([]string, len(ranges))
	for k, r := range ranges {
		cur := toks[r[0]:r[1]]
		items[k] = strings.TrimSpace(cur[0].text + joinTokens(cur))
	}
	if span[0] == 0 && len(toks) > 0 {
		span[0] = toks[0].start
	}
	return items, span, true
}

// joinTokens returns the text of cur[1:] as written, with the spacing of
// the original: each token preceded by a space unless it touched the one
// before.
func joinTokens(cur []token) string {
	var b strings.Builder
	for i := 1; i < len(cur); i++ {
		if cur[i].start > cur[i-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(cur[i].text)
	}
	return b.String()
}

// listNoun finds the counted noun before a list's colon: the word after a
// number, or the plural noun after "The" opening the sentence.
func listNoun(toks []token) string {
	for i := len(toks) - 1; i > 0; i-- {
		if toks[i-1].kind == tNum && toks[i].kind == tWord {
			return toks[i].text
		}
	}
	if len(toks) > 1 && toks[0].low == "the" && toks[1].kind == tWord && strings.HasSuffix(toks[1].low, "s") {
		return toks[1].text
	}
	return ""
}
