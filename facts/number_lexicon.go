package facts

import "strings"

// A lexFlag says what part a word may play in a numeric fact. Each token's
// flags are looked up once per sentence, so the extractors skip most words
// with one bit test instead of several map lookups.
type lexFlag uint16

const (
	lexNumber   lexFlag = 1 << iota // may start a number: "twenty", "a", "half", "minus"
	lexOrdinal                      // "third", "twenty-first", "hundredth"
	lexDate                         // a month, weekday or relative day: "March", "Thursday", "next"
	lexCurrency                     // "dollars", "USD", "US"
	lexPercent                      // "percent", "per"
	lexDuration                     // "fortnight", "two-week"
	lexVague                        // starts a vague quantity: "dozens", "several"
	lexRelative                     // starts a relative ordinal: "last", "penultimate", "the"
)

// lexicon maps a lower-case word to its flags; built from the tables it
// summarises, so that there is still one table per kind of word.
var lexicon = buildLexicon()

func buildLexicon() map[string]lexFlag {
	m := map[string]lexFlag{}
	add := func(w string, f lexFlag) { m[w] |= f }
	for w := range unitWords {
		add(w, lexNumber)
	}
	for w := range tensWords {
		add(w, lexNumber)
	}
	for w := range scaleWords {
		add(w, lexNumber)
	}
	for _, w := range []string{"a", "an", "half", "quarter", "minus", "negative", "hundred"} {
		add(w, lexNumber)
	}
	for w := range ordinalWords {
		add(w, lexOrdinal|lexNumber)
		add(w+"s", lexNumber)
	}
	for w := range scaleOrdinals {
		add(w, lexOrdinal)
		add(w+"s", lexNumber)
	}
	for w := range monthNumbers {
		add(w, lexDate)
	}
	for w := range weekdays {
		add(w, lexDate)
	}
	for _, w := range []string{"last", "past", "previous", "next", "coming", "this", "today", "yesterday", "tomorrow", "tonight"} {
		add(w, lexDate)
	}
	for w := range currencyCodes {
		add(w, lexCurrency)
	}
	for w := range currencyWords {
		add(w, lexCurrency)
	}
	for w := range currencyAdjectives {
		add(w, lexCurrency)
	}
	add("hong", lexCurrency) // "Hong Kong dollars"
	add("new", lexCurrency)  // "New Zealand dollars"
	for w := range percentWords {
		add(w, lexPercent)
	}
	add("per", lexPercent)
	add("fortnight", lexDuration)
	for _, v := range vagueQuantities {
		add(v.words[0], lexVague)
	}
	for _, r := range relativeOrdinals {
		add(r.words[0], lexRelative)
	}
	return m
}

// lexOf returns the flags of a lower-case word; a hyphenated word takes the
// flags of its first part ("twenty-six", "one-yen", "two-week").
func lexOf(w string) lexFlag {
	if f, ok := lexicon[w]; ok {
		return f
	}
	if k := strings.IndexByte(w, '-'); k > 0 {
		f := lexicon[w[:k]]
		if f&lexNumber != 0 {
			f |= lexCurrency | lexDuration | lexOrdinal
		}
		return f
	}
	if len(w) > 3 && isDigit(w[3]) || len(w) == 4 && w[0] == 'm' {
		return lexCurrency // "usd115", "musd"
	}
	return 0
}
