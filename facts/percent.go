package facts

// percentWords follow a figure that is a percentage: "5 per cent".
var percentWords = map[string]bool{
	"percent": true, "percents": true, "percentage": true, "pc": true,
}

// percentAfter reports whether a percent sign or word starts at toks[k] and
// returns the token after it.
func percentAfter(toks []token, k int) (int, bool) {
	if k >= len(toks) {
		return k, false
	}
	switch w := toks[k].low; {
	case toks[k].text == "%" || toks[k].text == "٪":
		if adjacent(toks, k) && toks[k+1].kind != tPunct {
			return k, false // "%20" in a URL
		}
		return k + 1, true
	case w == "per" && k+1 < len(toks) && toks[k+1].low == "cent":
		return k + 2, true
	case len(w) > 1 && w[0] == 'p' && percentWords[w]: // TestPercentWords
		if w == "percentage" && k+1 < len(toks) && (toks[k+1].low == "points" || toks[k+1].low == "point") {
			return k + 2, true
		}
		return k + 1, true
	}
	return k, false
}

// extractPercents finds "2.5%", "5 per cent", "five percent", "between 2
// and 3 percent", and the inverted "per cent of twenty-two". The Unit is
// "%"; "percentage points" are "pp". A percent sign or word without a
// figure ("a small percentage") is a percent fact with no stated figure.
func extractPercents(x *extraction, toks []token) {
	for i := x.num.from(0); i < len(toks); i = x.num.from(i + 1) {
		if x.num.claimed[i] {
			continue
		}
		if x.num.lex[i]&lexPercent != 0 {
			if end, ok := x.percentWithoutFigure(toks, i); ok {
				i = end - 1
			}
			continue
		}
		if !x.num.hasNum(i) {
			continue
		}
		f, ok := x.readFigure(toks, i)
		if !ok || f.num.unit != "" || i > 0 && toks[i-1].text == "%" && toks[i-1].end == toks[i].start {
			continue
		}
		end, ok := percentAfter(toks, f.after)
		if !ok || !x.free(f.start, end) {
			continue
		}
		unit := "%"
		if toks[end-1].low == "points" || toks[end-1].low == "point" {
			unit = "pp"
		}
		x.emitToks(Fact{Kind: KindPercent, Qualifier: f.qual, Stated: f.stated, Unit: unit}, toks, f.start, end)
		i = end - 1
	}
}

// percentWithoutFigure reads a percent word or sign at toks[i] that no
// figure before it claimed: the inverted "per cent of twenty-two", or a
// share with no figure at all, "a small percentage". It returns the token
// after the fact.
func (x *extraction) percentWithoutFigure(toks []token, i int) (int, bool) {
	end, ok := percentAfter(toks, i)
	if !ok {
		return i, false
	}
	if end+1 < len(toks) && toks[end].low == "of" {
		// "percent of 10"
		if p := x.num.numAt(end + 1); p.ok && !p.num.frac && x.free(i, end+1+p.num.n) {
			x.emitToks(Fact{Kind: KindPercent, Stated: []float64{p.num.value}, Unit: "%"}, toks, i, end+1+p.num.n)
			return end + 1 + p.num.n, true
		}
	}
	if toks[end-1].low == "points" || toks[end-1].low == "point" {
		return i, false
	}
	if i > 0 && toks[i-1].end == toks[i].start && toks[i-1].kind != tPunct {
		return i, false // "2020%" in a URL
	}
	x.emitToks(Fact{Kind: KindPercent, Unit: "%"}, toks, i, end)
	return end, true
}
