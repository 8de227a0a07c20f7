package facts

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

	lexFuture // puts a sentence's bare weekdays after publication: futureWords

	// lexDirection marks the words of dateDirections that play no other
	// part: "past", "coming", "this". Like the articles, they let a
	// sentence through scan only before a word of lexDateUnit ("this
	// week") or a flagged word ("this Thursday"): "in the coming days"
	// states no date.
	lexDirection
	lexDateUnit // "week", "month", "year", "weekend"

	// lexStarts are the flags of the words that may start a fact.
	lexStarts = lexNumber | lexOrdinal | lexDate | lexCurrency | lexPercent | lexDuration | lexVague | lexRelative
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
	for _, w := range dateDirections {
		add(w, lexDate)
	}
	for _, w := range []string{"today", "yesterday", "tomorrow", "tonight"} {
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
	for w := range futureWords {
		add(w, lexFuture)
	}
	for _, w := range dateDirections {
		if m[w]&lexStarts == lexDate {
			add(w, lexDirection)
		}
	}
	for _, w := range dateUnits {
		add(w, lexDateUnit)
	}
	return m
}

// lexThe is the flags of "the", the commonest word.
var lexThe = lexicon["the"]

// dateDirections and dateUnits are the words of relative dates, as dateAt
// reads them: "last Thursday", "next week", "this month".
var (
	dateDirections = []string{"last", "past", "previous", "next", "coming", "this"}
	dateUnits      = []string{"weekend", "week", "month", "year"}
)

// lexTable is lexicon as an open-addressing hash table, with a bit filter
// in front. lexOf runs for every word of every sentence, and nine words in
// ten are in no table: most are turned away by one bit of lexFilter (2 KB,
// in cache), a probe of the table costs a few nanoseconds more, where a Go
// map lookup cost some 30 (lexOf was a fifth of extractNumeric's time).
var lexTable, lexFilter = buildLexTable(lexicon)

// lexTableBits sizes lexTable: 2^11 slots for some 270 words keeps the
// probe chains short. lexFilterBits sizes lexFilter: a word outside the
// lexicon passes it about once in 60.
const (
	lexTableBits  = 11
	lexFilterBits = 14
)

type lexEntry struct {
	word string
	flag lexFlag
}

func buildLexTable(m map[string]lexFlag) (*[1 << lexTableBits]lexEntry, *[1 << lexFilterBits / 64]uint64) {
	var t [1 << lexTableBits]lexEntry
	var filter [1 << lexFilterBits / 64]uint64
	for w, f := range m {
		h := lexHash(w)
		filter[h>>6] |= 1 << (h & 63)
		k := h >> (lexFilterBits - lexTableBits)
		for t[k].word != "" {
			k = (k + 1) & (1<<lexTableBits - 1)
		}
		t[k] = lexEntry{w, f}
	}
	return &t, &filter
}

// lexHash hashes a non-empty word's length and its first, middle and last
// bytes, by Fibonacci hashing, to lexFilterBits bits; the top lexTableBits
// of them are its slot in lexTable.
func lexHash(w string) uint32 {
	n := len(w)
	k := uint32(n)<<24 | uint32(w[0])<<16 | uint32(w[n>>1])<<8 | uint32(w[n-1])
	return k * 0x9e3779b1 >> (32 - lexFilterBits)
}

// lexLookup is lexicon[w] on lexTable.
func lexLookup(w string) (lexFlag, bool) {
	if w == "" {
		return 0, false
	}
	h := lexHash(w)
	if lexFilter[h>>6]&(1<<(h&63)) == 0 {
		return 0, false
	}
	t := lexTable
	for k := h >> (lexFilterBits - lexTableBits); ; k = (k + 1) & (1<<lexTableBits - 1) {
		e := &t[k]
		if e.word == w {
			return e.flag, true
		}
		if e.word == "" {
			return 0, false
		}
	}
}

// lexOf returns the flags of a lower-case word; a hyphenated word takes the
// lexStarts flags of its first part ("twenty-six", "one-yen", "two-week").
func lexOf(w string) lexFlag {
	if !lexMaybe(w) {
		return 0
	}
	return lexFind(w)
}

// lexFind is lexOf for a word that lexMaybe let through.
func lexFind(w string) lexFlag {
	if f, ok := lexLookup(w); ok {
		return f
	}
	k := 0
	for k < len(w) && w[k] != '-' {
		k++
	}
	if k > 0 && k < len(w) {
		f, _ := lexLookup(w[:k])
		f &= lexStarts
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

// lexMaybe reports whether lexOf may find flags for w: whether w, up to
// its first four bytes, is a word of the lexicon or starts one, starts
// with a word of the lexicon of three bytes and a hyphen ("two-"), or is
// "m" and a currency code ("musd"); or whether w[1] or w[2] is a hyphen,
// after a shorter word ("an-"), or w[3] a digit ("usd115"). Every word
// lexOf finds flags for passes, and four words in five of news prose do
// not: a bit test turns them away, where a lookup in the lexicon and a
// search for a hyphen cost some 60 instructions more.
func lexMaybe(w string) bool { return w != "" && (lexStartIn(lexKey(w)) || lexOdd(w)) }

// lexKey returns the key in lexStartSet of a non-empty word: its first
// four bytes. No word has a zero byte, so a shorter word's key is its own.
func lexKey(w string) uint32 {
	switch len(w) {
	case 1:
		return uint32(w[0]) << 24
	case 2:
		return uint32(w[0])<<24 | uint32(w[1])<<16
	case 3:
		return uint32(w[0])<<24 | uint32(w[1])<<16 | uint32(w[2])<<8
	}
	return uint32(w[0])<<24 | uint32(w[1])<<16 | uint32(w[2])<<8 | uint32(w[3])
}

// lexKeyLE is lexKey with the bytes the other way round, the first the
// lowest: read so, a word's four bytes are one load, with no byte swap.
func lexKeyLE(w string) uint32 {
	var k uint32
	for i := range min(len(w), 4) {
		k |= uint32(w[i]) << (8 * i)
	}
	return k
}

// lexOdd reports whether w[1] or w[2] is a hyphen or w[3] a digit.
func lexOdd(w string) bool {
	return len(w) >= 3 && (w[1] == '-' || w[2] == '-' || len(w) > 3 && isDigit(w[3]))
}

// lexStartSet holds the keys lexMaybe looks for, as their hashes. An
// array, not a pointer to one: scan reads it for every word, and a pointer
// was loaded from memory and checked for nil each time. A byte a hash
// rather than a bit (16 KB rather than 2 KB): one load and a test, where
// a bit needed two shifts of the hash, one of them spilled to the stack in
// scan's loop. BenchmarkExtractNumeric/pretokenized 49.0 M -> 48.5 M
// instructions (GOGC=off).
var lexStartSet = func() (set [1 << lexStartBits]bool) {
	add := func(w string) {
		set[lexKey(w)*0x9e3779b1>>(32-lexStartBits)] = true
	}
	for w := range lexicon {
		add(w)
		if len(w) == 3 {
			add(w + "-")
		}
	}
	for c := range currencyCodes {
		add("m" + c)
	}
	return set
}()

// lexStrongSet is lexStartSet for mayHold, keyed by lexKeyLE: the keys of
// the words that may let a sentence through scan, by themselves or before
// a hyphen, and those of the words of lexAfterArticle and lexDateUnit. No
// article is in it, nor any word with only flags that start nothing
// (lexFuture): "a", "an" and "the" alone are some 8% of the words of news
// prose.
//
// Its bytes are 1 or 0 rather than bools, so that mayHold ORs one into
// lexOdd's bits and makes one test and branch of the two.
//
// The words of lexDirection ("this", "coming", "next", "past",
// "previous") are in it for their hyphenated forms alone: by itself such
// a word lets no sentence through. The slot of one holds 100 + its
// length rather than 1, unless another key shares the slot or another
// word of the lexicon its key; mayHold turns away a word of that length
// with no hyphen or digit among its first four bytes at once: it can only
// be the word itself (TestScanPlain). They were a third of
// strongWord's calls.
var lexStrongSet = func() (set [1 << lexStartBits]uint8) {
	slot := func(w string) uint32 { return lexKeyLE(w) * 0x9e3779b1 >> (32 - lexStartBits) }
	add := func(w string) { set[slot(w)] = 1 }
	var dirs []string
	for w, f := range lexicon {
		// A word of four bytes or more shares its key with its
		// hyphenated forms, which take its lexStarts flags without the
		// article's or direction's: "this-year".
		if f&(lexArticle|lexDirection) == 0 || len(w) >= 4 {
			if f&(lexStarts|lexAfterArticle|lexDateUnit) != 0 {
				if f&lexDirection != 0 && f&lexArticle == 0 && len(w) >= 4 && len(w) < 100 {
					dirs = append(dirs, w)
				} else {
					add(w)
				}
			}
		}
		if len(w) == 3 && f&lexStarts != 0 {
			add(w + "-")
		}
	}
	for c := range currencyCodes {
		add("m" + c)
	}
	for _, d := range dirs {
		shared := set[slot(d)] != 0
		for w := range lexicon {
			shared = shared || w != d && lexKeyLE(w) == lexKeyLE(d)
		}
		if shared {
			add(d)
		} else {
			set[slot(d)] = uint8(100 + len(d))
		}
	}
	return set
}()

// lexStartBits sizes lexStartSet: a key outside it is taken for one of it
// about once in 60.
const lexStartBits = 14

// lexStartIn reports whether the key k may be in lexStartSet.
func lexStartIn(k uint32) bool {
	return lexStartSet[k*0x9e3779b1>>(32-lexStartBits)]
}

// A fastSet is a set of words looked up on the extractors' hot paths: an
// open-addressed table of 1024 slots behind a filter of 8192 bits, both
// indexed by fastSetHash, which reads the word's length and three of its
// bytes (lexHash's hash). A word not in the set is mostly turned away by
// one bit of the filter, without the string hashing of a Go map.
type fastSet struct {
	filter [fastSetFilterBits / 64]uint64
	slots  [fastSetSlots]string
}

const (
	fastSetFilterBits = 1 << 13
	fastSetSlots      = 1 << 10
)

func newFastSet(words []string) *fastSet {
	s := new(fastSet)
	n := 0
	for _, w := range words {
		if w == "" || s.has(w) {
			continue
		}
		if n++; n > fastSetSlots/2 {
			panic("fastSet: too many words")
		}
		h := fastSetHash(w)
		s.filter[h/64] |= 1 << (h % 64)
		k := h % fastSetSlots
		for s.slots[k] != "" {
			k = (k + 1) % fastSetSlots
		}
		s.slots[k] = w
	}
	return s
}

// fastSetHash hashes a non-empty word's length and its first, middle and
// last bytes to fastSetFilterBits bits.
func fastSetHash(w string) uint32 {
	n := len(w)
	k := uint32(n)<<24 | uint32(w[0])<<16 | uint32(w[n>>1])<<8 | uint32(w[n-1])
	return k * 0x9e3779b1 >> (32 - 13)
}

// has reports whether w is in the set.
func (s *fastSet) has(w string) bool {
	if w == "" {
		return false
	}
	h := fastSetHash(w)
	if s.filter[h/64]&(1<<(h%64)) == 0 {
		return false
	}
	for k := h % fastSetSlots; ; k = (k + 1) % fastSetSlots {
		switch s.slots[k] {
		case w:
			return true
		case "":
			return false
		}
	}
}
