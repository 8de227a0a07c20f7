package facts

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// Number words. Scales multiply what comes before them.
var (
	unitWords = map[string]float64{
		"zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
		"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
		"twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
		"seventeen": 17, "eighteen": 18, "nineteen": 19,
	}
	tensWords = map[string]float64{
		"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
		"seventy": 70, "eighty": 80, "ninety": 90,
	}
	scaleWords = map[string]float64{
		"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"lakh": 1e5, "crore": 1e7,
	}
	// scaleAbbrevs follow digits as a word of their own: "1.6 bn", "2.33 k".
	scaleAbbrevs = map[string]float64{
		"bn": 1e9, "bln": 1e9, "tn": 1e12, "tln": 1e12, "trn": 1e12, "mn": 1e6,
		"mln": 1e6, "mil": 1e6, "mm": 1e6, "k": 1e3,
	}
	// scaleLetters are the one-letter scales, read only when written in
	// capitals or glued to the figure: "10M", "1.2b"; a lone "m" is a metre.
	scaleLetters = map[string]float64{"k": 1e3, "m": 1e6, "b": 1e9, "g": 1e9, "t": 1e12}

	ordinalWords = map[string]float64{
		"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
		"seventh": 7, "eighth": 8, "ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11,
		"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
		"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
		"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
		"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	}
	scaleOrdinals = map[string]float64{
		"hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9,
		"trillionth": 1e12,
	}
)

// A number is a figure read from one or more tokens.
//
// The booleans are last, together: a number is copied from each reading to
// its caller, and in this order it takes 64 bytes rather than 80.
type number struct {
	value   float64
	hi      float64
	scale   float64 // the scale the figure ends with: 1e6 for "3 million"
	n       int     // tokens consumed
	unitEnd int     // with unit, the bytes of the token up to the unit's end
	unit    string  // a unit glued on with a hyphen: "day" in "30-day", "cent" in "12-cent"
	word    bool    // written in words
	isRange bool    // "20-30": value is the low end, hi the high end
	frac    bool    // a fraction or ratio: "two thirds", "3/4"
	weak    bool    // a figure too common in prose to report alone: "half", "one"
}

// parseNumber reads a cardinal number starting at toks[i]: digits ("1,234",
// "2.5", "20-30", "1.6bn", "3/4"), words ("twenty-six", "two hundred and
// five", "a dozen", "five and a half million", "two thirds") and a following
// scale ("3 million"). It does not read ordinals, times or figures glued to a
// unit it does not know ("180ml").
func parseNumber(toks []token, i int) (number, bool) {
	if t := &toks[i]; t.kind == tWord && lexOf(t.low)&lexNumber == 0 {
		return number{}, false
	}
	return parseFlagged(toks, i)
}

// finite reports whether v is a real number: "1e10000" is not a figure.
func finite(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }

// parseFlagged is parseNumber at a token that is no word or a word known
// to have the lexNumber flag: prepare has looked it up already. A number is
// returned by value, so each call between the reading and its caller
// copied it: the kinds are read from here.
func parseFlagged(toks []token, i int) (num number, ok bool) {
	switch toks[i].kind {
	case tNum:
		num, ok = parseDigits(toks, i, false)
	case tWord:
		if num, ok = parseSigned(toks, i); !ok {
			num, ok = parseWords(toks, i)
		}
	case tPunct:
		num, ok = parsePunctNumber(toks, i)
	}
	if !ok || !finite(num.value) || !finite(num.hi) {
		return number{}, false
	}
	return num, true
}

// adjacent reports whether toks[i] and toks[i+1] touch, with no space between.
func adjacent(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i].end == toks[i+1].start
}

// parsePunctNumber reads figures that start with punctuation: "-9.5", "- 1
// 4/5", ".08", "⅔".
func parsePunctNumber(toks []token, i int) (number, bool) {
	t := toks[i]
	if len(t.text) > 1 { // no vulgar fraction is ASCII
		if v, ok := vulgarFractions[t.text]; ok {
			return number{value: v, n: 1, frac: true}, true
		}
	}
	if i+1 >= len(toks) {
		return number{}, false
	}
	prevJoined := i > 0 && toks[i-1].end == t.start && toks[i-1].kind != tPunct
	switch t.text {
	case "-", "−":
		if prevJoined || i+1 >= len(toks) || toks[i+1].kind != tNum {
			return number{}, false
		}
		if i > 0 && toks[i-1].kind == tNum {
			return number{}, false // "20 - 30" is a range, read from the left
		}
		num, ok := parseDigits(toks, i+1, false)
		if !ok || num.isRange {
			return number{}, false
		}
		num.value, num.n = -num.value, num.n+1
		return num, true
	case ".":
		if prevJoined || !adjacent(toks, i) || toks[i+1].kind != tNum {
			return number{}, false
		}
		s := toks[i+1].low
		for k := 0; k < len(s); k++ {
			if !isDigit(s[k]) {
				return number{}, false
			}
		}
		v, err := strconv.ParseFloat("0."+s, 64)
		if err != nil {
			return number{}, false
		}
		return number{value: v, n: 2}, true
	}
	return number{}, false
}

var vulgarFractions = map[string]float64{
	"½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4,
	"⅗": 0.6, "⅘": 0.8, "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375,
	"⅝": 0.625, "⅞": 0.875,
}

// parseSigned reads "minus five", "negative one over 20".
func parseSigned(toks []token, i int) (number, bool) {
	w := toks[i].low
	if (w != "minus" && w != "negative") || i+1 >= len(toks) {
		return number{}, false
	}
	num, ok := parseNumber(toks, i+1)
	if !ok {
		return number{}, false
	}
	num.value, num.hi, num.n = -num.value, -num.hi, num.n+1
	return num, true
}

// digitFigure reads "1,234.5" or "12,34,567.89" from the start of s; rest is
// what follows.
//
// Digits with at most one decimal point, 15 digits in all and no comma or
// point after them, most figures ("26", "2025", "1.6", "57,000"), are read as an
// integer divided by a power of ten: both exact in a float64, so the one
// division rounds as strconv.ParseFloat does (its own fast path), for a
// tenth of the cost (digitFigure was half of parseDigits).
// TestDigitFigurePlain and FuzzDigitFigurePlain hold it to the plain
// reading.
func digitFigure(s string) (v float64, rest string, ok bool) {
	var d uint64
	j, nd, frac := 0, 0, 0
	for j < len(s) && isDigit(s[j]) && nd <= 15 {
		d = d*10 + uint64(s[j]-'0')
		j++
		nd++
	}
	// Groups of three digits after commas, as thousands reads them:
	// "57,000", "1,234,567.8". Any other comma is left to the plain
	// reading, which went through strings.Split, Join and ParseFloat.
	if j > 0 && j <= 3 {
		for nd <= 15 && j+3 < len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) &&
			(j+4 == len(s) || !isDigit(s[j+4])) {
			d = d*1000 + uint64(s[j+1]-'0')*100 + uint64(s[j+2]-'0')*10 + uint64(s[j+3]-'0')
			j += 4
			nd += 3
		}
	}
	if j > 0 && j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j++
		for j < len(s) && isDigit(s[j]) && nd <= 15 {
			d = d*10 + uint64(s[j]-'0')
			j++
			nd++
			frac++
		}
	}
	if nd == 0 || nd > 15 || j < len(s) && (s[j] == ',' || s[j] == '.') {
		return digitFigurePlain(s)
	}
	return float64(d) / pow10[frac], s[j:], true
}

// pow10 are the powers of ten digitFigure divides by, all exact.
var pow10 = [16]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// digitFigurePlain is digitFigure without its fast path.
func digitFigurePlain(s string) (v float64, rest string, ok bool) {
	j := 0
	for j < len(s) && (isDigit(s[j]) || s[j] == ',' || s[j] == '.') {
		j++
	}
	for j > 0 && !isDigit(s[j-1]) {
		j--
	}
	if j == 0 {
		return 0, s, false
	}
	fig := s[:j]
	if strings.Count(fig, ".") > 1 {
		return 0, s, false // "192.168.1.2", read one part at a time elsewhere
	}
	if strings.IndexByte(fig, ',') >= 0 {
		clean, ok := thousands(fig)
		if !ok {
			return 0, s, false
		}
		fig = clean
	}
	v, err := strconv.ParseFloat(fig, 64)
	if err != nil {
		return 0, s, false
	}
	return v, s[j:], true
}

// thousands removes the grouping commas of "1,234,567.8" or the Indian
// "12,34,567". A single comma before one or two final digits is a decimal
// comma: "1,3" is 1.3. ok is false for other comma patterns ("22,24,26").
func thousands(fig string) (string, bool) {
	intPart, dec, hasDot := strings.Cut(fig, ".")
	groups := strings.Split(intPart, ",")
	if len(groups) == 2 && !hasDot && len(groups[1]) <= 2 && len(groups[0]) <= 3 {
		return groups[0] + "." + groups[1], true
	}
	last := len(groups) - 1
	if len(groups[last]) != 3 || len(groups[0]) > 3 || len(groups[0]) == 0 {
		return "", false
	}
	for k := 1; k < last; k++ {
		if len(groups[k]) != 3 && len(groups[k]) != 2 {
			return "", false
		}
	}
	out := strings.Join(groups, "")
	if hasDot {
		out += "." + dec
	}
	return out, true
}

// parseDigits reads a number whose first token is digits. glued reports
// that a currency symbol or code touches it, so "300m" reads as millions.
func parseDigits(toks []token, i int, glued bool) (number, bool) {
	s := toks[i].low
	// One pass for a colon and the full stops, where strings.IndexByte and
	// strings.Count made two calls.
	dots := 0
	for k := 0; k < len(s); k++ {
		switch s[k] {
		case ':':
			return number{}, false // a time of day
		case '.':
			dots++
		}
	}
	// "192.168.1.2" and friends: each part alone.
	if dots > 1 {
		return number{}, false
	}
	// commaChain reads nothing without a comma glued after the digits.
	if i+2 < len(toks) && toks[i+1].text == "," && adjacent(toks, i) {
		if num, ok := commaChain(toks, i); ok {
			return num, true
		}
	}
	v, rest, ok := digitFigure(s)
	if !ok {
		return number{}, false
	}
	i0 := i
	num := number{value: v, n: 1}
	if rest == "x10" && adjacent(toks, i) && toks[i+1].text == "^" {
		// "1.3x10^6"
		if p, n, ok := exponent(toks, i+2); ok {
			num.value = v * math.Pow(10, p)
			num.n += 1 + n
			return num, true
		}
	}
	if rest != "" && rest != "e" {
		if !digitSuffix(&num, rest, toks[i].text[len(toks[i].text)-len(rest):], glued) {
			return number{}, false
		}
		if num.unit != "" {
			num.unitEnd = len(s) - len(rest) + len(num.unit)
			if rest[0] == '-' {
				num.unitEnd++
			}
		}
	}
	if num.unit != "" || num.isRange {
		return num, true
	}
	// A power or a fraction glued on: "1.1^23", "2.5^-1", "3/4", "-4/5".
	if adjacent(toks, i) {
		switch toks[i+1].text {
		case "^":
			if p, n, ok := exponent(toks, i+2); ok {
				num.value = math.Pow(num.value, p)
				num.n += 1 + n
				return num, true
			}
		case "/":
			if d, ok := denominator(toks, i+1); ok {
				num.value /= d
				num.n += 2
				num.frac = true
				return num, true
			}
		}
		if strings.HasSuffix(s, "e") && (toks[i+1].text == "+" || toks[i+1].text == "-") && adjacent(toks, i+1) && toks[i+2].kind == tNum {
			// "12.32e+14"
			if p, _, ok := digitFigure(toks[i+2].low); ok {
				sign := 1.0
				if toks[i+1].text == "-" {
					sign = -1
				}
				num.value = v * math.Pow(10, sign*p)
				num.n += 2
				return num, true
			}
		}
	}
	if strings.HasSuffix(s, "e") && rest == "e" {
		return number{}, false
	}
	// Digits grouped by spaces: "1 234 567", "40 000".
	if len(s) <= 3 && rest == "" && dots == 0 {
		j := i
		for j+1 < len(toks) && toks[j+1].kind == tNum && len(toks[j+1].low) >= 3 && groupGap(toks, j) {
			g := toks[j+1].low
			gv, grest, ok := digitFigure(g)
			if !ok || grest != "" || strings.IndexByte(g, ',') >= 0 {
				break
			}
			ip, _, _ := strings.Cut(g, ".")
			if len(ip) != 3 {
				break
			}
			num.value = num.value*1000 + gv
			j++
		}
		num.n += j - i
		i = j
	}
	// A mixed fraction: "2 1/4".
	if i+3 < len(toks) && toks[i+1].kind == tNum && toks[i+2].text == "/" && adjacent(toks, i+1) {
		if d, ok := denominator(toks, i+2); ok && num.value == math.Trunc(num.value) {
			if nv, r, ok := digitFigure(toks[i+1].low); ok && r == "" && nv < d {
				num.value += math.Copysign(nv/d, num.value)
				num.n += 3
				num.frac = true
				return num, true
			}
		}
	}
	j := i + 1
	before := num.value
	if j < len(toks) && mayScale(toks[j].low) {
		w := toks[j].low
		switch {
		case scaleWords[w] > 0:
			num.value *= scaleWords[w]
			num.n++
			if j+1 < len(toks) && w == "lakh" && toks[j+1].low == "crore" {
				num.value *= 1e7
				num.n++
			}
		case w == "hundred":
			num.value *= 100
			num.n++
		case slices.Contains(dozenWords, w):
			num.value *= 12
			num.n++
		case scaleAbbrevs[w] > 0:
			num.value *= scaleAbbrevs[w]
			num.n++
		case len(w) == 1 && scaleLetters[w] > 0 && (toks[j].text != w || w == "k"):
			num.value *= scaleLetters[w]
			num.n++
		}
	}
	if num.value != before && before != 0 {
		num.scale = num.value / before
		num = moreGroups(toks, i0, num)
	}
	// "over 3", "out of 10": a ratio, when the second figure counts nothing.
	readRatio(toks, i0, &num)
	return num, true
}

// wordStarts is a filter in front of a table of words: bit n of entry c
// is set when a word of the table has n bytes (n < 16, longer words
// counted as 15) and starts with c. The words after most figures
// ("people", "per", "nations") are told apart from a table's by one test,
// where a map lookup costs some 70 instructions.
type wordStarts [256]uint16

func (t *wordStarts) add(w string) { t[w[0]] |= 1 << min(len(w), 15) }

// may reports whether w may be one of the words added to t.
func (t *wordStarts) may(w string) bool { return w != "" && t[w[0]]&(1<<min(len(w), 15)) != 0 }

// scaleStarts are the words that may scale the digits before them in
// parseDigits: scaleWords, scaleAbbrevs, scaleLetters, "hundred" and the
// dozens. With the one pass over the digits' bytes and a smaller number,
// it took parseNumber on "26 nations" from 1,030 instructions to 475,
// BenchmarkExtractNumeric from 56.9 M to 54.5 M. TestMayScale holds it to
// the lookups.
var scaleStarts = func() (t wordStarts) {
	for _, m := range []map[string]float64{scaleWords, scaleAbbrevs, scaleLetters} {
		for w := range m {
			t.add(w)
		}
	}
	for _, w := range dozenWords {
		t.add(w)
	}
	t.add("hundred")
	return t
}()

// dozenWords are the words of a dozen after digits: "3 dozen".
var dozenWords = []string{"dozen", "dozens", "dz", "dzs", "doz", "dozs"}

// mayScale reports whether w may be a scale after digits (scaleStarts).
func mayScale(w string) bool { return scaleStarts.may(w) }

// moreGroups extends a figure with a scale, num at toks[i], with smaller
// groups: "4 thousand 3 hundred and 21", "6 crore and two hundred", "3
// million and a half". A group without a scale of its own needs "and", and
// none is taken when it counts something else: "3 million and 500 people".
func moreGroups(toks []token, i int, num number) number {
	last := num.scale
	for {
		k := i + num.n
		and := k < len(toks) && toks[k].low == "and"
		if and {
			k++
		}
		if k >= len(toks) {
			return num
		}
		if and && last >= 1e6 {
			if f, ok := andFraction(toks, k); ok && f.value < 1 {
				num.value += f.value * last
				num.n = k + f.n - i
				num.frac = true
				return num
			}
		}
		p, ok := parseNumber(toks, k)
		if !ok || p.frac || p.isRange || p.unit != "" || p.value <= 0 || p.value >= last {
			return num
		}
		if p.scale == 0 && !and {
			return num
		}
		if e := k + p.n; e < len(toks) && toks[e].kind == tWord && isPluralNoun(toks[e].low) && unitCurrency(toks[e].low) == "" {
			return num
		}
		num.value += p.value
		num.n = k + p.n - i
		if p.scale == 0 {
			return num
		}
		last = p.scale
	}
}

// commaChain reads digits joined by commas across tokens: "12,34,567.89"
// (Indian grouping), "1,3" (a decimal comma). Lists such as "22,24,26" are
// left alone.
func commaChain(toks []token, i int) (number, bool) {
	k := i
	chain := toks[i].low
	for k+2 < len(toks) && adjacent(toks, k) && toks[k+1].text == "," && adjacent(toks, k+1) && toks[k+2].kind == tNum {
		chain += "," + toks[k+2].low
		k += 2
	}
	if k == i || i > 0 && toks[i-1].text == "," && toks[i-1].end == toks[i].start {
		return number{}, false
	}
	for p := 0; p < len(chain); p++ {
		if !isDigit(chain[p]) && chain[p] != ',' && chain[p] != '.' {
			return number{}, false
		}
	}
	clean, ok := thousands(chain)
	if !ok {
		return number{}, false
	}
	v, err := strconv.ParseFloat(clean, 64)
	if err != nil {
		return number{}, false
	}
	return number{value: v, n: k - i + 1}, true
}

// groupGap reports whether toks[j] and toks[j+1] are separated by exactly one
// space of any kind, as digit groups are.
func groupGap(toks []token, j int) bool {
	gap := toks[j+1].start - toks[j].end
	return gap >= 1 && gap <= 3
}

// exponent reads "23", "-1", "+23", "--23" after a "^".
func exponent(toks []token, i int) (float64, int, bool) {
	if i >= len(toks) || toks[i-1].end != toks[i].start {
		return 0, 0, false
	}
	sign, n := 1.0, 0
	for i+n < len(toks) && (toks[i+n].text == "-" || toks[i+n].text == "+") {
		if toks[i+n].text == "-" {
			sign = -sign
		}
		n++
	}
	if n > 0 && sign < 0 && n%2 == 0 {
		sign = 1
	}
	if toks[i].text == "-" && n == 2 && toks[i+1].text == "-" {
		sign = 1 // "--23": the upstream reading keeps it positive
	}
	if i+n >= len(toks) || toks[i+n].kind != tNum {
		return 0, 0, false
	}
	v, rest, ok := digitFigure(toks[i+n].low)
	if !ok || rest != "" {
		return 0, 0, false
	}
	return sign * v, n + 1, true
}

// denominator reads the digits after a "/" at toks[i]; a second "/" makes a
// date, not a fraction.
func denominator(toks []token, i int) (float64, bool) {
	if !adjacent(toks, i) || toks[i+1].kind != tNum {
		return 0, false
	}
	if adjacent(toks, i+1) && toks[i+2].text == "/" {
		return 0, false
	}
	if i > 1 && toks[i-2].text == "/" && toks[i-2].end == toks[i-1].start {
		return 0, false
	}
	d, rest, ok := digitFigure(toks[i+1].low)
	if !ok || rest != "" || d == 0 {
		return 0, false
	}
	return d, true
}

// digitSuffix reads what is glued after the digits of a token: a range end
// ("20-30"), a scale ("1.6bn", "10k"), an exponent ("1e10") or a hyphenated
// unit ("30-day"). It reports false for anything else ("7th", "180ml").
func digitSuffix(num *number, rest, orig string, glued bool) bool {
	switch {
	case rest[0] == '-':
		if hi, r2, ok := digitFigure(rest[1:]); ok && r2 == "" {
			num.hi, num.isRange = hi, true
			return true
		}
		if _, r2, ok := digitFigure(rest[1:]); ok && strings.HasPrefix(r2, "-") {
			return false // "1-222-2222": a phone number
		}
		unit := rest[1:]
		if k := strings.IndexByte(unit, '-'); k >= 0 && !strings.HasPrefix(unit[k:], "-old") && !strings.HasPrefix(unit[k:], "-long") {
			unit = unit[:k] // "12-cent-a-share"
		}
		num.unit = unit
		return unit != ""
	case rest[0] == 'e' && len(rest) > 1:
		p, r2, ok := digitFigure(strings.TrimPrefix(rest[1:], "+"))
		neg := strings.HasPrefix(rest[1:], "-")
		if neg {
			p, r2, ok = digitFigure(rest[2:])
			p = -p
		}
		if !ok || r2 != "" {
			return false
		}
		num.value *= math.Pow(10, p)
		return true
	}
	if sc, ok := scaleAbbrevs[rest]; ok {
		num.value *= sc
		return true
	}
	if unitCurrency(rest) != "" && len(rest) > 1 {
		num.unit = rest // "115usd", "100元"
		return true
	}
	if sc, ok := scaleLetters[rest]; ok && (orig != rest || rest == "k" || rest == "b" || glued) {
		num.value *= sc
		return true
	}
	return false
}

// readRatio extends num, which starts at toks[i], with "over N" or "out of
// N". It changes num in place: a number is 80 bytes, and copied in and out
// for every figure it cost more than the test.
func readRatio(toks []token, i int, num *number) {
	j := i + num.n
	if j >= len(toks) || num.frac || num.isRange {
		return
	}
	k := j + 1
	switch toks[j].low {
	case "over":
	case "out":
		if k >= len(toks) || toks[k].low != "of" || !num.word {
			return
		}
		k++
	default:
		return
	}
	if k >= len(toks) {
		return
	}
	d, ok := parseNumber(toks, k)
	if !ok || d.value == 0 || d.frac || d.isRange || d.unit != "" {
		return
	}
	// "over 3 years", "five out of ten voters": the second figure counts
	// something, so the first one is not a ratio.
	if e := k + d.n; e < len(toks) && toks[e].kind == tWord && !stopWords[toks[e].low] {
		return
	}
	num.value /= d.value
	num.n = k + d.n - i
	num.frac = true
	num.weak = false
}

// wordValue returns the value of a single cardinal word, including
// hyphenated tens ("twenty-six").
func wordValue(w string) (float64, bool) {
	if v, ok := unitWords[w]; ok {
		return v, true
	}
	if v, ok := tensWords[w]; ok {
		return v, true
	}
	if tens, unit, ok := strings.Cut(w, "-"); ok {
		t, ok1 := tensWords[tens]
		u, ok2 := unitWords[unit]
		if ok1 && ok2 && u > 0 && u < 10 {
			return t + u, true
		}
	}
	return 0, false
}

// ordinalValue returns the value of an ordinal word ("third", "twenty-first",
// "hundredth") and whether it is plural ("thirds").
func ordinalValue(w string) (v float64, plural, ok bool) {
	if strings.HasSuffix(w, "s") && len(w) > 4 {
		if v, _, ok := ordinalValue(w[:len(w)-1]); ok {
			return v, true, true
		}
	}
	if v, ok := ordinalWords[w]; ok {
		return v, false, true
	}
	if v, ok := scaleOrdinals[w]; ok {
		return v, false, true
	}
	if tens, unit, ok := strings.Cut(w, "-"); ok {
		t, ok1 := tensWords[tens]
		u, ok2 := ordinalWords[unit]
		if ok1 && ok2 && u < 10 {
			return t + u, false, true
		}
	}
	return 0, false, false
}

// A wordClass is what a number word contributes to a cardinal.
type wordClass uint8

const (
	wNone     wordClass = iota
	wUnit               // one … nine, zero
	wTeen               // ten … nineteen
	wTens               // twenty … ninety
	wTensUnit           // twenty-six, or twenty six
	wHundred
	wScale
)

func classOf(v float64, hyphen bool) wordClass {
	switch {
	case hyphen:
		return wTensUnit
	case v < 10:
		return wUnit
	case v < 20:
		return wTeen
	}
	return wTens
}

// cardinal is the state of reading a cardinal number in words.
type cardinal struct {
	total     float64 // completed scale groups
	hund      float64 // hundreds of the current group
	sub       float64 // the part being built
	last      wordClass
	lastScale float64
	beforeAnd float64 // the value before the last "and", if any
	hasAnd    bool
	andScale  float64 // the scale just before that "and": 1e6 in "two million and"
}

func (c *cardinal) value() float64 { return c.total + c.hund + c.sub }

// readCardinal reads a cardinal in words from toks[i:]. It returns the
// state and the number of tokens read; zero when there is none.
func readCardinal(toks []token, i int) (cardinal, int) {
	var c cardinal
	j := i
	good := i // tokens up to good form a valid number
	var goodC cardinal
	if toks[i].low == "a" || toks[i].low == "an" {
		if i+1 < len(toks) && (toks[i+1].low == "hundred" || toks[i+1].low == "dozen" || scaleWords[toks[i+1].low] > 0) {
			c.sub = 1
			c.last = wUnit
			j++
		} else {
			return c, 0
		}
	} else if toks[i].low == "hundred" && i+1 < len(toks) && scaleWords[toks[i+1].low] > 0 {
		c.sub, c.last = 1, wUnit // "hundred thousand"
	}
	for j < len(toks) {
		t := toks[j]
		w := t.low
		if t.kind != tWord {
			// "fifty - two"
			if (t.text == "-" || t.text == "–") && c.last == wTens && j+1 < len(toks) {
				if v, ok := unitWords[toks[j+1].low]; ok && v > 0 && v < 10 {
					c.sub += v
					c.last = wTensUnit
					j += 2
					good, goodC = j, c
					continue
				}
			}
			break
		}
		if v, ok := wordValue(w); ok {
			cls := classOf(v, strings.IndexByte(w, '-') >= 0)
			switch c.last {
			case wNone, wHundred, wScale:
			case wTens:
				if cls != wUnit || v == 0 {
					goto done
				}
				cls = wTensUnit
			default:
				goto done
			}
			c.sub += v
			c.last = cls
			j++
			good, goodC = j, c
			continue
		}
		switch {
		case w == "hundred":
			if c.last == wNone || c.last == wHundred || c.last == wScale {
				goto done
			}
			c.hund = c.sub * 100
			c.sub = 0
			c.last = wHundred
			j++
			good, goodC = j, c
			continue
		case w == "dozen" || w == "dozens" || w == "doz" || w == "dozs":
			if c.last == wNone || c.last == wHundred || c.last == wScale {
				goto done
			}
			c.sub *= 12
			c.last = wHundred
			j++
			good, goodC = j, c
			continue
		case scaleWords[w] > 0:
			sc := scaleWords[w]
			if c.last == wNone {
				goto done
			}
			if c.last == wScale && w == "crore" && c.lastScale == 1e5 {
				c.total *= 1e7
				c.lastScale = 1e12
				j++
				good, goodC = j, c
				continue
			}
			if c.lastScale != 0 && sc >= c.lastScale || c.last == wScale {
				goto done
			}
			c.total += (c.hund + c.sub) * sc
			c.hund, c.sub = 0, 0
			c.last, c.lastScale = wScale, sc
			j++
			good, goodC = j, c
			continue
		case w == "and":
			if (c.last == wHundred || c.last == wScale) && j+1 < len(toks) {
				if _, ok := wordValue(toks[j+1].low); ok {
					c.beforeAnd, c.hasAnd, c.andScale = c.value(), true, 0
					if c.last == wScale {
						c.andScale = c.lastScale
					}
					j++
					continue
				}
			}
		}
		break
	}
done:
	return goodC, good - i
}

// parseWords reads a number in words from toks[i:]: a cardinal, a decimal
// ("two point five"), a fraction ("two thirds", "a half", "one and a half",
// "five and a half million", "half a dozen") or a ratio ("one over three").
func parseWords(toks []token, i int) (number, bool) {
	w := toks[i].low
	// "half a dozen", "half a million", "half million", "quarter million".
	if w == "half" || w == "quarter" {
		part := 0.5
		if w == "quarter" {
			part = 0.25
		}
		j := i + 1
		if j < len(toks) && (toks[j].low == "a" || toks[j].low == "an") {
			j++
		}
		if j < len(toks) {
			if sc := scaleWords[toks[j].low]; sc > 0 {
				return number{value: part * sc, n: j + 1 - i, word: true, frac: true}, true
			}
			if toks[j].low == "dozen" {
				return number{value: part * 12, n: j + 1 - i, word: true, frac: true}, true
			}
		}
		if w == "half" {
			return number{value: 0.5, n: 1, word: true, frac: true, weak: true}, true
		}
		return number{}, false
	}
	// "a half", "a fifth", "a quarter million", "a hundredth".
	if (w == "a" || w == "an") && i+1 < len(toks) {
		if num, ok := fractionAfter(toks, i+1, 1, true); ok {
			num.n++
			return num, true
		}
	}
	if f, ok := hyphenFraction(w); ok {
		return number{value: f, n: 1, word: true, frac: true}, true
	}
	c, n := readCardinal(toks, i)
	if n == 0 {
		return number{}, false
	}
	num := number{value: c.value(), n: n, word: true}
	switch c.last {
	case wScale:
		num.scale = c.lastScale
	case wHundred:
		num.scale = 100
	}
	if n == 1 && (w == "one") {
		num.weak = true
	}
	j := i + n
	// Decimals: "two hundred point zero three", "nine point nought four".
	if j+1 < len(toks) && toks[j].low == "point" {
		if d, k := decimalWords(toks, j+1); k > 0 {
			num.value += d
			num.n += 1 + k
			num.weak = false
			return num, true
		}
	}
	// A fraction: "two thirds", "one hundred thirty fifths", "one eighth".
	if j < len(toks) {
		if f, ok := wordFraction(toks, i, j, c); ok {
			return ofScale(toks, i, f), true
		}
	}
	// "one and a half", "twenty and three fifths", "five and a half million".
	if j+2 < len(toks) && toks[j].low == "and" {
		if f, ok := andFraction(toks, j+1); ok {
			num.value += f.value
			num.n += 1 + f.n
			num.frac, num.weak = true, false
			if k := i + num.n; k < len(toks) && scaleWords[toks[k].low] > 0 {
				sc := scaleWords[toks[k].low]
				if c.lastScale == 0 && f.scale == 0 {
					num.value *= sc // "five and a half million"
				} else {
					num.value = c.value() + f.value*sc // "one billion and a half million"
				}
				num.n++
			} else if f.scale > 0 {
				num.value = c.value() + f.value // "one billion and a quarter million"
			} else if c.last == wScale {
				num.value = c.value() + f.value*c.lastScale // "two million and a half"
			}
			return num, true
		}
	}
	// "three-nought-four" reads as separate figures; "twenty-six" as one.
	readRatio(toks, i, &num)
	return num, true
}

// fractionAfter reads a fraction word at toks[j] with numerator num: "fifth",
// "fifths", "half", "quarters". single reports a numerator of "a" or "an".
func fractionAfter(toks []token, j int, num float64, single bool) (number, bool) {
	if j >= len(toks) {
		return number{}, false
	}
	w := toks[j].low
	switch w {
	case "half":
		return number{value: num * 0.5, n: 1, word: true, frac: true}, true
	case "halves":
		return number{value: num * 0.5, n: 1, word: true, frac: true}, true
	case "quarter", "quarters", "fourth", "fourths":
		v := num * 0.25
		n := 1
		sc := nextScale(toks, j+1)
		if sc > 0 {
			v *= sc
			n++
		}
		return number{value: v, n: n, word: true, frac: true, scale: sc}, true
	case "second", "seconds":
		return number{}, false // a unit of time, not a half
	}
	if single && j+1 < len(toks) && (toks[j].low == "hundred" || scaleWords[toks[j].low] > 0) {
		// "a hundred trillionths", "a hundred thousand trillionths"
		c, n := readCardinal(toks, j-1)
		if n > 1 && j-1+n < len(toks) {
			if d, plural, ok := ordinalValue(toks[j-1+n].low); ok && d >= 100 && plural {
				return number{value: c.value() / d, n: n, word: true, frac: true}, true
			}
		}
		return number{}, false
	}
	d, plural, ok := ordinalValue(w)
	if !ok || d < 3 && w != "thirds" {
		return number{}, false
	}
	if scaleOrdinals[strings.TrimSuffix(w, "s")] > 0 && !single && !plural {
		return number{}, false // "two millionth" is not a fraction
	}
	if !plural && num == 1 && single && !fractionEnds(toks, j+1) {
		return number{}, false // "a third term": an ordinal
	}
	return number{value: num / d, n: 1, word: true, frac: true}, true
}

// fractionEnds reports whether a singular fraction like "a fifth" may end at
// toks[k]: at the end of the sentence, before punctuation or "of".
func fractionEnds(toks []token, k int) bool {
	return k >= len(toks) || toks[k].kind == tPunct || toks[k].low == "of" || toks[k].low == "and"
}

func nextScale(toks []token, k int) float64 {
	if k < len(toks) {
		return scaleWords[toks[k].low]
	}
	return 0
}

// fractionOf reads the fraction whose numerator is the cardinal c at
// toks[i:j] and whose denominator follows: "two thirds", "twenty twenty
// fifths" (20/25), "one hundred thirty fifths" (100/35).
func fractionOf(toks []token, i, j int, c cardinal) (number, bool) {
	w := toks[j].low
	if _, _, ok := ordinalValue(w); !ok && w != "half" && w != "halves" && w != "quarter" && w != "quarters" {
		// "twenty fifths" is read as cardinal "twenty" then "fifths"; a tens
		// word before the ordinal may belong to the denominator instead.
		return number{}, false
	}
	num := c.value()
	single := toks[i].low == "one" && j == i+1
	if _, plural, ok := ordinalValue(w); ok && !plural && !single {
		return number{}, false // "twenty fifth" is an ordinal
	}
	if c.last == wTens && j-1 > i && toks[j-2].low != "and" {
		// "one hundred thirty fifths": 100 / 35.
		tens := tensWords[toks[j-1].low]
		if d, _, ok := ordinalValue(w); ok && d < 10 && tens > 0 {
			num -= tens
			return number{value: num / (tens + d), n: j + 1 - i, word: true, frac: true}, true
		}
	}
	f, ok := fractionAfter(toks, j, num, single)
	if !ok {
		return number{}, false
	}
	f.n += j - i
	return f, true
}

// andFraction reads the fraction after "and": "a half", "one fourth", "three
// quarters", "two thirds".
func andFraction(toks []token, k int) (number, bool) {
	if k >= len(toks) {
		return number{}, false // "one and two and" at the end of a sentence
	}
	w := toks[k].low
	if w == "a" || w == "an" {
		f, ok := fractionAfter(toks, k+1, 1, false)
		if ok {
			f.n++
		}
		return f, ok
	}
	c, n := readCardinal(toks, k)
	if n == 0 || k+n >= len(toks) {
		return number{}, false
	}
	// Another "and" may follow: "twenty and three and three fifths".
	if toks[k+n].low == "and" {
		if f, ok := andFraction(toks, k+n+1); ok {
			f.value += c.value()
			f.n += n + 1
			return f, true
		}
		return number{}, false
	}
	f, ok := fractionOf(toks, k, k+n, c)
	return f, ok
}

// decimalWords reads the digits after "point": "zero three" is .03,
// "seventy-one" .71, "eleven" .11.
func decimalWords(toks []token, k int) (float64, int) {
	var digits strings.Builder
	n := 0
	for k+n < len(toks) {
		v, ok := wordValue(toks[k+n].low)
		if !ok {
			break
		}
		digits.WriteString(strconv.Itoa(int(v)))
		n++
		if v >= 10 {
			break
		}
	}
	if n == 0 {
		return 0, 0
	}
	d, err := strconv.ParseFloat("0."+digits.String(), 64)
	if err != nil {
		return 0, 0
	}
	return d, n
}

// fractionWord reports whether w names the parts of a fraction: "fifths",
// "half", "quarters", "eighth".
func fractionWord(w string) (d float64, plural, ok bool) {
	switch w {
	case "half":
		return 2, false, true
	case "halves":
		return 2, true, true
	case "quarter":
		return 4, false, true
	case "quarters":
		return 4, true, true
	}
	d, plural, ok = ordinalValue(w)
	if ok && d < 3 {
		return 0, false, false
	}
	return d, plural, ok
}

// hyphenFraction reads "one-eighth", "two-thirds".
func hyphenFraction(w string) (float64, bool) {
	head, tail, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	n, ok := unitWords[head]
	if !ok || n == 0 {
		return 0, false
	}
	d, plural, ok := fractionWord(tail)
	if !ok || plural != (n > 1) || d >= 100 {
		return 0, false
	}
	return n / d, true
}

// wordFraction reads a fraction whose numerator is the cardinal c at
// toks[i:j]: "two thirds", "one - fourth", "three twenty firsts" (3/21),
// "one one hundred fifth" (1/105), "one hundred and three quarters"
// (100.75).
//
// Most cardinals are followed by a word of no table, "two days": it starts
// no fraction, but finding so took a dozen map lookups. A word with no
// lexicon flags, nor without its final s's (ordinalValue takes "eighthss"),
// is turned away at once: BenchmarkExtractNumeric went from 49.5 M to
// 49.2 M. TestWordFractionPlain and FuzzWordFractionPlain hold it to
// wordFractionPlain.
func wordFraction(toks []token, i, j int, c cardinal) (number, bool) {
	if t := &toks[j]; t.kind == tWord && lexOf(t.low) == 0 {
		if w := t.low; w == "" || w[len(w)-1] != 's' || lexOf(strings.TrimRight(w, "s")) == 0 {
			return number{}, false
		}
	}
	return wordFractionPlain(toks, i, j, c)
}

// wordFractionPlain is wordFraction without its first test.
func wordFractionPlain(toks []token, i, j int, c cardinal) (number, bool) {
	single := toks[i].low == "one" && j == i+1
	k := j
	if toks[k].text == "-" && k+1 < len(toks) {
		k++ // "five - eighths"
	}
	// A compound denominator after the numerator: "twenty firsts", "one
	// hundred fifth".
	if toks[k].kind == tWord {
		if _, _, ok := fractionWord(toks[k].low); !ok {
			if d, n, plural, ok := compoundOrdinal(toks, k); ok && n > 1 && (plural || single) {
				return number{value: c.value() / d, n: k + n - i, word: true, frac: true}, true
			}
		}
	}
	if k > j {
		d, plural, ok := fractionWord(toks[k].low)
		if !ok || !plural && !single {
			return number{}, false
		}
		return number{value: c.value() / d, n: k + 1 - i, word: true, frac: true}, true
	}
	// "one hundred and three quarters": quarters and hundredths take only
	// the part after "and".
	if c.hasAnd && c.andScale > 0 {
		// "six million and two thirds", "one billion and three quarters million"
		if d, _, ok := fractionWord(toks[j].low); ok {
			sc, n := c.andScale, j+1-i
			if next := nextScale(toks, j+1); next > 0 {
				sc, n = next, n+1
			}
			return number{value: c.beforeAnd + (c.value()-c.beforeAnd)/d*sc, n: n, word: true, frac: true}, true
		}
	}
	if c.hasAnd {
		if d, plural, ok := fractionWord(toks[j].low); ok && plural && (d == 4 || d == 2 || d >= 100) {
			return number{value: c.beforeAnd + (c.value()-c.beforeAnd)/d, n: j + 1 - i, word: true, frac: true}, true
		}
	}
	return fractionOf(toks, i, j, c)
}

// compoundOrdinal reads an ordinal of several words at toks[k], whose last
// word may be plural: "twenty firsts", "one hundred fifth", "one hundred
// and fifth".
func compoundOrdinal(toks []token, k int) (d float64, n int, plural, ok bool) {
	c, m := readCardinal(toks, k)
	if m == 0 {
		return 0, 0, false, false
	}
	j := k + m
	if j+1 < len(toks) && toks[j].low == "and" && (c.last == wHundred || c.last == wScale) {
		j++
	}
	if j >= len(toks) {
		return 0, 0, false, false
	}
	v, plural, ok := ordinalValue(toks[j].low)
	if !ok || v >= 10 && c.last != wHundred && c.last != wScale {
		return 0, 0, false, false
	}
	if c.last == wUnit || c.last == wTeen || c.last == wTensUnit {
		return 0, 0, false, false
	}
	return c.value() + v, j + 1 - k, plural, true
}

// ofScale reads "two thirds of a million" after the fraction f at toks[i].
func ofScale(toks []token, i int, f number) number {
	k := i + f.n
	if k+2 < len(toks) && toks[k].low == "of" && (toks[k+1].low == "a" || toks[k+1].low == "an") {
		if sc := scaleWords[toks[k+2].low]; sc > 0 {
			f.value *= sc
			f.n += 3
		}
	}
	return f
}
