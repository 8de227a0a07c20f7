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

	// lexArticle marks "a", "an" and "the": so common that a sentence
	// whose only flagged words they are is not read further, unless a
	// word of lexAfterArticle follows one of them. Alone they start no
	// fact: every pattern that starts with one of them goes on with a
	// flagged word ("the last but one", "a third", "a fortnight"), or
	// with a word of lexAfterArticle ("a dozen", "a few"). TestScanSound
	// checks it.
	lexArticle
	lexAfterArticle // makes "a" or "an" a figure or a vague quantity: "dozen", "few"
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
	for _, w := range []string{"a", "an", "the"} {
		add(w, lexArticle)
	}
	// "a dozen", "a halves" and "a quarters" (parseWords), "a couple of",
	// "a handful of", "a few" (vagueQuantities).
	for _, w := range []string{"dozen", "halves", "quarters", "couple", "handful", "few"} {
		add(w, lexAfterArticle)
	}
	return m
}

// lexTable is lexicon as an open-addressing hash table. lexOf runs for
// every word of every sentence, and most words are in no table: a probe of
// this table costs a few nanoseconds against some 20 for a Go map lookup,
// which made lexOf a fifth of extractNumeric's time.
var lexTable = buildLexTable(lexicon)

// lexTableBits sizes lexTable: 2^11 slots for some 270 words keeps the
// probe chains short.
const lexTableBits = 11

type lexEntry struct {
	word string
	flag lexFlag
}

func buildLexTable(m map[string]lexFlag) *[1 << lexTableBits]lexEntry {
	var t [1 << lexTableBits]lexEntry
	for w, f := range m {
		h := lexHash(w)
		for t[h].word != "" {
			h = (h + 1) & (1<<lexTableBits - 1)
		}
		t[h] = lexEntry{w, f}
	}
	return &t
}

// lexHash mixes a non-empty word's length and its first, middle and last
// bytes: cheap, and enough to spread the lexicon's words.
func lexHash(w string) uint {
	n := len(w)
	h := uint(n)*0x9e3779b1 ^ uint(w[0])*0x85ebca6b ^ uint(w[n-1])*0xc2b2ae35 ^ uint(w[n>>1])*0x27d4eb2f
	return (h ^ h>>15) & (1<<lexTableBits - 1)
}

// lexLookup is lexicon[w] on lexTable.
func lexLookup(w string) (lexFlag, bool) {
	if w == "" {
		return 0, false
	}
	t := lexTable
	for h := lexHash(w); ; h = (h + 1) & (1<<lexTableBits - 1) {
		e := &t[h]
		if e.word == w {
			return e.flag, true
		}
		if e.word == "" {
			return 0, false
		}
	}
}

// lexOf returns the flags of a lower-case word; a hyphenated word takes the
// flags of its first part ("twenty-six", "one-yen", "two-week").
func lexOf(w string) lexFlag {
	if f, ok := lexLookup(w); ok {
		return f
	}
	if k := strings.IndexByte(w, '-'); k > 0 {
		f, _ := lexLookup(w[:k])
		if f&lexNumber != 0 {
			f |= lexCurrency | lexDuration | lexOrdinal
		}
		return f
	}
	// "usd115" (wordMoney), "musd" (millionCode); not "more" or "many",
	// which would let most sentences through scan.
	if len(w) > 3 && isDigit(w[3]) || len(w) == 4 && w[0] == 'm' && currencyCodes[w[1:]] != "" {
		return lexCurrency
	}
	return 0
}
