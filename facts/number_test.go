package facts

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// read extracts text (published at pub, if not empty) and shows each fact
// of kind k as "text = reading", with the class of a count.
func read(text, pub string, k Kind) []string {
	d := NewDocument("t.txt", []byte(text))
	d.Meta.Published = pub
	var out []string
	for _, f := range Extract(d) {
		if f.Kind != k {
			continue
		}
		s := f.Text + " = " + f.Reading(0.1)
		if f.Kind == KindCount {
			s += " " + f.Class
		}
		out = append(out, s)
	}
	return out
}

type extractCase struct {
	name string
	text string
	want []string
}

func runCases(t *testing.T, k Kind, pub string, cases []extractCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := read(tt.text, pub, k)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s facts of %q (-want +got):\n%s", k, tt.text, diff)
			}
		})
	}
}

func TestCounts(t *testing.T) {
	runCases(t, KindCount, "", []extractCase{
		{"digits", "Officials from 1,234 towns met.", []string{"1,234 towns = 1234 towns"}},
		{"hyphenated words", "Twenty-six nations signed.", []string{"Twenty-six nations = 26 nations"}},
		{"hundred and", "The ministry counted two hundred and five schools.", []string{"two hundred and five schools = 205 schools"}},
		{"a dozen", "A dozen ships sailed.", []string{"A dozen ships = 12 ships"}},
		{"scale word", "Some 3 million voters turned out.", []string{"Some 3 million voters = ≈3000000 (2700000–3300000) voters"}},
		{"half a million", "Half a million residents fled.", []string{"Half a million residents = 500000 residents"}},
		{"adjectives skipped", "Envoys of 31 allied nations came.", []string{"31 allied nations = 31 nations"}},
		{"class of states", "Delegates from 12 member states voted.", []string{"12 member states = 12 nations"}},
		{"class of the dead", "At least 40 were killed and 12 fatalities were confirmed.", []string{"12 fatalities = 12 dead"}},
		{"persons are people", "Police arrested 9 persons.", []string{"9 persons = 9 people"}},
		{"as many as", "As many as 25 countries took part.", []string{"As many as 25 countries = ≤25 nations"}},
		{"between", "Between 20 and 30 states agreed.", []string{"Between 20 and 30 states = 20–30 nations"}},
		{"quoted figure", "He spoke of “about 20” countries.", []string{"“about 20” countries = ≈20 (18–22) nations"}},
		{"qualifier outside quotes", "As many as “25” countries.", []string{"As many as “25” countries = ≤25 nations"}},
		{"anaphora is no count", "The two leaders spoke.", nil},
		{"year is no count", "In 2027 the plan ends.", nil},
		{"vague dozens", "Dozens of experts signed.", []string{"Dozens of experts = 24–99 experts"}},
		{"vague several", "Several countries objected.", []string{"Several countries = 3–9 nations"}},
		{"vague tens of thousands", "Tens of thousands of people marched.", []string{"Tens of thousands of people = 20000–99999 people"}},
		{"vague handful", "A handful of leaders stayed.", []string{"A handful of leaders = 2–9 leaders"}},
	})
}

func TestNumbers(t *testing.T) {
	runCases(t, KindNumber, "", []extractCase{
		{"bare digits", "The index rose to 1.6 on the day.", []string{"1.6 = 1.6"}},
		{"scaled", "It reached 1.6bn.", []string{"1.6bn = 1600000000"}},
		{"words and a half", "Five and a half million.", []string{"Five and a half million = 5500000"}},
		{"fraction", "Two thirds of the vote.", []string{"Two thirds = 0.6666666666666666"}},
		{"one is not reported", "One of them left.", nil},
		{"downing street", "He spoke from Number 10.", nil},
		{"qualified", "It rose by more than 30.", []string{"more than 30 = >30"}},
	})
}

func TestOrdinals(t *testing.T) {
	runCases(t, KindOrdinal, "", []extractCase{
		{"word", "It was the third meeting.", []string{"third = 3"}},
		{"digits", "The 21st summit and the 267th session.", []string{"21st = 21", "267th = 267"}},
		{"compound", "Her twenty-first birthday.", []string{"twenty-first = 21"}},
		{"hundreds", "The one hundred and fifth day.", []string{"one hundred and fifth = 105"}},
		{"relative", "The penultimate round.", []string{"penultimate = end-1"}},
		{"last as a verb", "The talks will last long.", nil},
		{"a second is time", "Wait a second.", nil},
		{"date day is not an ordinal", "It began on 15th March.", nil},
	})
}

func TestPercents(t *testing.T) {
	runCases(t, KindPercent, "", []extractCase{
		{"sign", "Growth was 2.5%.", []string{"2.5% = 2.5%"}},
		{"per cent", "Prices rose 5 per cent.", []string{"5 per cent = 5%"}},
		{"words", "About five percent of voters.", []string{"About five percent = ≈5 (4.5–5.5)%"}},
		{"points", "Up 3 percentage points.", []string{"3 percentage points = 3 pp"}},
		{"range", "Between 2 and 3 per cent.", []string{"Between 2 and 3 per cent = 2–3%"}},
		{"no figure", "A small percentage said no.", []string{"percentage = unstated"}},
		{"url escapes", "See example.com/a%20b for it.", nil},
	})
}

func TestMoney(t *testing.T) {
	runCases(t, KindMoney, "", []extractCase{
		{"pounds", "A £1.6 billion package.", []string{"£1.6 billion = GBP 1600000000"}},
		{"dollars", "An extra $2 billion was pledged.", []string{"$2 billion = USD 2000000000"}},
		{"glued scale", "Worth €300m in total.", []string{"€300m = EUR 300000000"}},
		{"glued bn", "A £1.6bn fund.", []string{"£1.6bn = GBP 1600000000"}},
		{"prefix", "A US$ 150 million loan.", []string{"US$ 150 million = USD 150000000"}},
		{"named", "It cost 420 million Finnish markka.", []string{"420 million Finnish markka = FIM 420000000"}},
		{"code", "Priced at USD 200.", []string{"USD 200 = USD 200"}},
		{"two-word country", "It cost 5 million Hong Kong dollars.", []string{"5 million Hong Kong dollars = HKD 5000000"}},
		{"cents", "It costs 3 dollars 50 cents.", []string{"3 dollars 50 cents = USD 3.5"}},
		{"hyphen", "A 12-cent-a-share dividend.", []string{"12-cent = USX 12"}},
		{"qualified", "More than $ 247 million.", []string{"More than $ 247 million = USD >247000000"}},
		{"not a count", "It raised £5 for 20 charities.", []string{"£5 = GBP 5"}},
	})
}

func TestDurations(t *testing.T) {
	runCases(t, KindDuration, "", []extractCase{
		{"compound", "A 30-day ceasefire.", []string{"30-day = 30 days"}},
		{"minutes", "A 90-minute call.", []string{"90-minute = 90 minutes"}},
		{"months", "For 18 months.", []string{"18 months = 18 months"}},
		{"hours", "Within 24 hours.", []string{"24 hours = 24 hours"}},
		{"fortnight", "It lasted a fortnight.", []string{"a fortnight = 2 weeks"}},
		{"words", "Just under two weeks.", []string{"Just under two weeks = nearly 2 ([1.8, 2)) weeks"}},
		{"word compound", "A two-week pause.", []string{"two-week = 2 weeks"}},
		{"decade", "Three decades of war.", []string{"Three decades = 30 years"}},
	})
}

func TestDates(t *testing.T) {
	// Saturday 15 March 2025.
	const pub = "2025-03-15T09:30:00Z"
	runCases(t, KindDate, pub, []extractCase{
		{"past weekday", "Leaders met on Thursday.", []string{"Thursday = 2025-03-13"}},
		{"future weekday", "Leaders will meet on Thursday.", []string{"Thursday = 2025-03-20"}},
		{"a past report of a future plan", "The government will spend more, the minister said on Thursday.", []string{"Thursday = 2025-03-13"}},
		{"a past verb right before", "It will cost more, he announced Thursday.", []string{"Thursday = 2025-03-13"}},
		{"last weekday", "He spoke last Thursday.", []string{"last Thursday = 2025-03-13"}},
		{"next weekday", "He speaks next Saturday.", []string{"next Saturday = 2025-03-22"}},
		{"same weekday", "Talks ended on Saturday.", []string{"Saturday = 2025-03-15"}},
		{"day month", "Since 7 October.", []string{"7 October = 2025-10-07"}},
		{"day month year", "On 15 March 2025.", []string{"15 March 2025 = 2025-03-15"}},
		{"month day year", "On March 15, 2025.", []string{"March 15, 2025 = 2025-03-15"}},
		{"year", "The plan runs to 2027.", []string{"2027 = 2027"}},
		{"decade", "In the 1990s it grew.", []string{"1990s = 199X"}},
		{"month", "In February it rose.", []string{"February = 2025-02"}},
		{"next week", "They meet next week.", []string{"next week = 2025-W12"}},
		{"last month", "Agreed last month.", []string{"last month = 2025-02"}},
		{"yesterday", "He said yesterday.", []string{"yesterday = 2025-03-14"}},
		{"last weekend", "Last weekend and after.", []string{"Last weekend = 2025-03-08"}},
		{"24h time", "At 13:39 it began.", []string{"13:39 = 13:39"}},
		{"pm time", "At 8:53 p.m. it ended.", []string{"8:53 p.m. = 20:53"}},
	})
	runCases(t, KindDate, "", []extractCase{
		{"weekday kept relative", "Leaders met on Thursday.", []string{"Thursday = weekday:thursday"}},
		{"last weekday relative", "He spoke last Thursday.", []string{"last Thursday = weekday:thursday-1"}},
		{"day month without year", "Since 7 October.", []string{"7 October = --10-07"}},
		{"next week relative", "They meet next week.", []string{"next week = week:+1"}},
		{"month relative", "In February it rose.", []string{"February = --02"}},
	})
}

func TestNumbersScan(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"about 1 234 567 people", "1 234 567=1234567"},
		{"a ratio of one over four", "one over four=0.25"},
		{"4 thousand 3 hundred and 12 in all", "4 thousand 3 hundred and 12=4312"},
		{"3 million and 500 people", "3 million=3000000 500=500"},
		{"the 180ml bottle", ""},
		{"2.5^2 and 1e3", "2.5^2=6.25 1e3=1000"},
		{"nine point nought four", "nine point nought four=9.04"},
		{"-7 and ¾", "-7=-7 ¾=0.75"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, m := range Numbers(tt.text) {
				got = append(got, fmt.Sprintf("%s=%s", tt.text[m.Start:m.End], FormatNumber(m.Value)))
			}
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("Numbers(%q) = %q, want %q", tt.text, s, tt.want)
			}
		})
	}
}

// TestFactsInTextOrder checks that the facts of a sentence come out in the
// order of the text, whichever extractor found them.
func TestFactsInTextOrder(t *testing.T) {
	d := NewDocument("t.txt", []byte("On Thursday 26 nations pledged £2bn, 5% of the fund, for 30 days."))
	var kinds []string
	for _, f := range Extract(d) {
		kinds = append(kinds, f.Kind.String())
	}
	want := []string{"date", "count", "money", "percent", "duration"}
	if diff := cmp.Diff(want, kinds); diff != "" {
		t.Errorf("kinds in order (-want +got):\n%s", diff)
	}
}

func TestTrimQualifier(t *testing.T) {
	tests := []struct{ in, want string }{
		{"more than $ 247 million", "$ 247 million"},
		{"An estimated £ 50 million", "£ 50 million"},
		{"as many as 25 countries", "25 countries"},
		{"over 3", "3"},
		{"overseas aid", "overseas aid"},
		{"26 nations", "26 nations"},
	}
	for _, tt := range tests {
		if got := TrimQualifier(tt.in); got != tt.want {
			t.Errorf("TrimQualifier(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLexTable checks the hash table against the lexicon it is built from.
func TestLexTable(t *testing.T) {
	for w, f := range lexicon {
		if got, ok := lexLookup(w); !ok || got != f {
			t.Errorf("lexLookup(%q) = %v, %v; want %v", w, got, ok, f)
		}
	}
	for _, w := range []string{"", "x", "thee", "twentyone", "doze", "lasts", "é"} {
		if got, ok := lexLookup(w); ok {
			t.Errorf("lexLookup(%q) = %v, true; want a miss", w, got)
		}
	}
}

// TestLexMaybe checks that lexMaybe turns away no word that lexOf, without
// it, finds flags for: words of the lexicon, alone and hyphenated, "musd",
// "usd115" and the like.
func TestLexMaybe(t *testing.T) {
	var words []string
	for w := range lexicon {
		words = append(words, w, w+"-x", w+"-year-old", w+"s", "x"+w)
	}
	for c := range currencyCodes {
		words = append(words, "m"+c, c+"115", c+"1-2")
	}
	words = append(words, "abc1", "a-b", "an-x", "k-12", "x", "xy", "xyz")
	for _, w := range words {
		if f := lexFind(w); f != 0 && !lexMaybe(w) {
			t.Errorf("lexMaybe(%q) = false, but its flags are %b", w, f)
		}
	}
}

// TestScanSound checks that a sentence scan turns away holds no numeric
// fact: random sentences of every word the numeric extractors know that
// scan does not count as a start by itself (articles, the words that
// follow them, qualifiers, nouns, units…), run through the extractors all
// the same, must give nothing.
func TestScanSound(t *testing.T) {
	seen := map[string]bool{}
	var vocab []string
	add := func(ws ...string) {
		for _, w := range ws {
			for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
				if !seen[v] {
					seen[v] = true
					vocab = append(vocab, v)
				}
			}
		}
	}
	for w := range lexicon {
		add(w)
	}
	for _, tab := range []map[string]bool{monthPrepositions, futureWords, irregularPlurals, timeUnits, monthNames, stopWords, determiners, percentWords} {
		for w := range tab {
			add(w)
		}
	}
	for _, tab := range []map[string]string{currencyWords, currencyAdjectives, dollarPrefixes, currencyCodes, nounClasses} {
		for w := range tab {
			add(w)
		}
	}
	for _, tab := range []map[string]float64{unitWords, tensWords, scaleWords, scaleAbbrevs, scaleLetters, ordinalWords, scaleOrdinals} {
		for w := range tab {
			add(w)
		}
	}
	for w := range durationUnits {
		add(w)
	}
	for _, q := range qualifiers {
		add(q.words...)
	}
	for _, v := range vagueQuantities {
		add(v.words...)
	}
	for _, r := range relativeOrdinals {
		add(r.words...)
	}
	add("dozen", "dozens", "doz", "dozs", "dz", "dzs", "halves", "quarters", "point", "out", "over", "weekend",
		"people", "countries", "leaders", "year-long", "few-year", "couple-hour", "dozen-strong", "twenty-six",
		"two-week", "one-yen", "three-nought-four", "usd", "musd", "more", "many", "number", "no", "p", "m", "k", "am", "pm")
	slices.Sort(vocab) // the maps' order is random; the test's is not
	punct := []string{",", ".", "-", "–", "“", "”", "'", "(", ")", ";", ":", "/", "^", "+"}
	// Only the words scan does not count as a start: sentences of them must
	// yield nothing.
	var quiet []string
	var s numScratch
	for _, w := range vocab {
		toks := tokenize(w, 0, len(w), nil)
		if !s.scan(toks) {
			quiet = append(quiet, w)
		}
	}
	quiet = append(quiet, punct...)
	// Whole phrases too, or the patterns of several words would hardly
	// ever come up.
	var phrases []string
	for _, v := range vagueQuantities {
		phrases = append(phrases, strings.Join(v.words, " "))
	}
	for _, q := range qualifiers {
		phrases = append(phrases, strings.Join(q.words, " "))
	}
	for _, r := range relativeOrdinals {
		phrases = append(phrases, strings.Join(r.words, " "))
	}
	for w, f := range lexicon {
		if f&(lexArticle|lexDirection) == 0 {
			continue
		}
		for _, v := range quiet {
			phrases = append(phrases, w+" "+v, strings.ToUpper(w[:1])+w[1:]+" "+v)
		}
	}
	slices.Sort(phrases)
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	checked := 0
	for range 30000 {
		b.Reset()
		n := 1 + r.IntN(10)
		for k := range n {
			if k > 0 && r.IntN(4) > 0 {
				b.WriteByte(' ')
			}
			if r.IntN(3) == 0 {
				b.WriteString(phrases[r.IntN(len(phrases))])
			} else {
				b.WriteString(quiet[r.IntN(len(quiet))])
			}
		}
		text := b.String()
		d := NewDocument("t.txt", []byte(text))
		x := &extraction{doc: d}
		sents := Sentences(d.Text)
		all := tokenizeAll(d, sents)
		for i, sent := range sents {
			x.sent = sent
			if x.num.scan(all[i]) {
				continue
			}
			checked++
			x.num.flag(all[i], -1, 0) // scan looks up no flags for a sentence it turns away
			extractNumericFacts(x, all[i])
			if len(x.facts) > 0 {
				t.Fatalf("%q: scan turned away a sentence with a %v fact %q", d.Text[sent.Start:sent.End], x.facts[0].Kind, x.facts[0].Text)
			}
		}
	}
	if checked < 10000 {
		t.Errorf("only %d sentences checked", checked)
	}
}

// TestDateFormats checks the hand-written date formats against fmt and
// time.
func TestDateFormats(t *testing.T) {
	for _, y := range []int{-10000, -1, 0, 7, 99, 1999, 2025, 9999, 10000, 123456} {
		for m := time.Month(1); m <= 12; m++ {
			for _, d := range []int{1, 9, 10, 28, 31} {
				if got, want := isoDate(y, m, d), fmt.Sprintf("%04d-%02d-%02d", y, m, d); got != want {
					t.Errorf("isoDate(%d, %d, %d) = %q, want %q", y, m, d, got, want)
				}
				day := time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
				if got, want := isoDay(day), day.Format("2006-01-02"); got != want {
					t.Errorf("isoDay(%v) = %q, want %q", day, got, want)
				}
			}
			if got, want := yearMonth(y, m), fmt.Sprintf("%04d-%02d", y, m); got != want {
				t.Errorf("yearMonth(%d, %d) = %q, want %q", y, m, got, want)
			}
		}
	}
}

// TestOrdinalsReadNoNumber checks what prepare assumes: no number is read
// at a word with the lexOrdinal flag and no hyphen, whatever follows it.
func TestOrdinalsReadNoNumber(t *testing.T) {
	var words []string
	for w := range lexicon {
		if lexOf(w)&lexOrdinal != 0 && !strings.Contains(w, "-") {
			words = append(words, w)
		}
	}
	if len(words) < 30 {
		t.Fatalf("only %d ordinal words", len(words))
	}
	for _, w := range words {
		for _, after := range []string{"", " thirds", " of a million", " hundred", " million", " and a half", " point five", " over 3", " out of ten", " - 5", " 5", " dozen", " quarters"} {
			text := w + after
			toks := tokenize(text, 0, len(text), nil)
			if num, ok := parseNumber(toks, 0); ok {
				t.Errorf("parseNumber reads %v at %q", num.value, text)
			}
		}
	}
}

// TestCurrencyFlagged checks the flags that currencyAfter and dateAt read
// before their maps: every word or symbol the maps hold has, as a token,
// the flag looked at first, so no lookup the flag skips could have found
// anything.
func TestCurrencyFlagged(t *testing.T) {
	check := func(table string, words []string, want lexFlag) {
		for _, w := range words {
			for _, form := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
				toks := tokenize(form, 0, len(form), nil)
				if len(toks) != 1 {
					continue // not one token: never looked up as one
				}
				var s numScratch
				s.flag(toks, -1, 0)
				if s.lex[0]&want == 0 {
					t.Errorf("%s: %q as a token has flags %b, not %b", table, form, s.lex[0], want)
				}
			}
		}
	}
	keys := func(m map[string]string) []string { return slices.Collect(maps.Keys(m)) }
	check("currencyAdjectives", append(keys(currencyAdjectives), "hong", "new"), lexCurrency)
	check("currencyWords", keys(currencyWords), lexCurrency)
	check("currencyCodes", keys(currencyCodes), lexCurrency)
	check("currencySymbols", keys(currencySymbols), lexCurrency)
	check("scaleWords", slices.Collect(maps.Keys(scaleWords)), lexNumber|lexCurrency)
	check("weekdays", slices.Collect(maps.Keys(weekdays)), lexDate)
}
