package facts

import "strings"

// Lists. "The leaders involved were from: Australia, Belgium, …, Ukraine
// and the UK." is a list: items after a colon, separated by commas, the
// last joined by "and" or "or", at least three of them, each a few words.
// Items are names: each starts with a capital letter or a digit, which
// keeps a colon before a clause from reading as a list (and misses lists
// of common nouns). Fact.Items holds the items as written (a leading "the" dropped),
// Fact.Stated their count, and Fact.Noun the counted noun when the words
// before the colon name one ("The leaders … were from:" → "leaders"; "26
// nations:" → "nations").

// maxItemWords bounds an item, so that a colon before a clause ("He said:
// the world needs action, not a study, and …") is not read as a list.
const maxItemWords = 4

func extractLists(x *extraction, toks []token) {
	for c, t := range toks {
		if t.text != ":" || c == 0 {
			continue
		}
		items, spans, ok := readList(toks[c+1:])
		if !ok {
			continue
		}
		f := Fact{Kind: KindList, Items: items, Stated: []float64{float64(len(items))}}
		f.Noun = listNoun(toks[:c])
		if f.Noun != "" {
			f.Class = NounClass(f.Noun)
		}
		x.emit(f, spans[0], spans[1])
	}
}

// readList reads "A, B, C and D" from the start of toks up to the end of
// the sentence.
func readList(toks []token) (items []string, span [2]int, ok bool) {
	var cur []token
	last := false
	flush := func() bool {
		if len(cur) == 0 || len(cur) > maxItemWords {
			return false
		}
		if cur[0].low == "the" && len(cur) > 1 {
			cur = cur[1:]
		}
		if r := cur[0].text[0]; !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 0x80) {
			return false // a clause, not a list of names
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
