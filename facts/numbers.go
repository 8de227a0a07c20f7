package facts

import (
	"strconv"
	"strings"
)

// Number words. Scales multiply what comes before them.
var (
	unitWords = map[string]float64{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
		"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
		"seventeen": 17, "eighteen": 18, "nineteen": 19,
	}
	tensWords = map[string]float64{
		"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
		"seventy": 70, "eighty": 80, "ninety": 90,
	}
	scaleWords = map[string]float64{
		"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	}
)

// A number is a figure read from one or more tokens.
type number struct {
	value   float64
	n       int  // tokens consumed
	word    bool // written in words
	hi      float64
	isRange bool // "20-30": value is the low end, hi the high end
}

// parseNumber reads a number starting at toks[i]: digits ("1,234", "2.5",
// "20-30"), words ("twenty-six", "two hundred and five", "a dozen") and a
// following scale ("3 million").
func parseNumber(toks []token, i int) (number, bool) {
	t := toks[i]
	if t.kind == tNum {
		return parseDigits(toks, i)
	}
	if t.kind != tWord {
		return number{}, false
	}
	return parseWords(toks, i)
}

func parseDigits(toks []token, i int) (number, bool) {
	s := toks[i].low
	if strings.ContainsRune(s, ':') {
		return number{}, false // a time of day
	}
	lo, rest, ok := digitPrefix(s)
	if !ok {
		return number{}, false
	}
	num := number{value: lo, n: 1}
	switch {
	case rest == "":
	case rest[0] == '-':
		if hi, r2, ok := digitPrefix(rest[1:]); ok && r2 == "" {
			num.hi, num.isRange = hi, true
		} else {
			return number{}, false // "30-day": a compound, not a bare number
		}
	default:
		return number{}, false // "7th", "2bn", "10am": not a plain number
	}
	if i+1 < len(toks) {
		if sc, ok := scaleWords[toks[i+1].low]; ok {
			num.value *= sc
			num.hi *= sc
			num.n++
		}
	}
	return num, true
}

// digitPrefix reads "1,234.5" from the start of s.
func digitPrefix(s string) (float64, string, bool) {
	j := 0
	for j < len(s) && (isDigit(s[j]) || s[j] == ',' || s[j] == '.') {
		j++
	}
	if j == 0 {
		return 0, s, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s[:j], ",", ""), 64)
	if err != nil {
		return 0, s, false
	}
	return v, s[j:], true
}

// wordValue returns the value of a single number word, including hyphenated
// tens ("twenty-six").
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

func parseWords(toks []token, i int) (number, bool) {
	var total, current float64
	seen := false
	last := 0.0 // the previous number word's value; 0 after a scale
	j := i
	for j < len(toks) {
		w := toks[j].low
		if v, ok := wordValue(w); ok {
			// "twenty six" joins; "five six" and "twenty thirty" do not.
			if seen && last != 0 && !(last >= 20 && last < 100 && int(last)%10 == 0 && v < 10) {
				break
			}
			current += v
			last = v
			seen = true
			j++
			continue
		}
		last = 0
		switch {
		case w == "a" && !seen && j+1 < len(toks) && (toks[j+1].low == "dozen" || toks[j+1].low == "hundred" || scaleWords[toks[j+1].low] > 0):
			current = 1
			j++
			continue
		case w == "dozen" && (seen || j > i):
			current = max(current, 1) * 12
			seen = true
			j++
			continue
		case w == "hundred" && (seen || j > i):
			current = max(current, 1) * 100
			seen = true
			j++
			continue
		case scaleWords[w] > 0 && (seen || j > i):
			total += max(current, 1) * scaleWords[w]
			current = 0
			seen = true
			j++
			continue
		case w == "and" && seen && j+1 < len(toks):
			// "two hundred and five": only after a hundred or a scale.
			if _, ok := wordValue(toks[j+1].low); ok && (total > 0 || current >= 100) {
				j++
				continue
			}
		}
		break
	}
	if !seen {
		return number{}, false
	}
	return number{value: total + current, n: j - i, word: true}, true
}
