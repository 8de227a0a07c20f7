package facts

// Plain versions of the numeric extractors' fast paths, kept to hold them
// to what they replaced.

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// scanPlain is numScratch.scan without its fast paths: each token's flags
// by lexOf and punctFlags, then whether a flagged word may start a fact.
func scanPlain(toks []token) (lex []lexFlag, any lexFlag, digits, pass bool) {
	lex = make([]lexFlag, len(toks))
	strong := false
	for i, t := range toks {
		var f lexFlag
		switch t.kind {
		case tWord:
			f = lexOf(t.low)
		case tNum:
			digits = true
		default:
			var frac bool
			f, frac = punctFlags(t.text)
			strong = strong || frac
		}
		lex[i] = f
		any |= f
	}
	for i, t := range toks {
		if t.kind != tWord {
			continue
		}
		f := lex[i]
		switch {
		case f&(lexArticle|lexDirection) != 0:
		case f&lexStarts != 0:
			strong = true
		case f&lexAfterArticle != 0 && i > 0 && lex[i-1]&lexArticle != 0:
			strong = true
		case f&lexDateUnit != 0 && i > 0 && lex[i-1]&lexDirection != 0:
			strong = true
		}
	}
	return lex, any, digits, strong || digits || any&(lexCurrency|lexPercent) != 0
}

// sameScan fails t when scan and scanPlain differ on a sentence of text.
func sameScan(t *testing.T, text string) {
	d := normalize("t.txt", []byte(text))
	var s numScratch
	for _, toks := range tokenizeAll(d, Sentences(d.Text)) {
		pass := s.scan(toks)
		lex, any, digits, plainPass := scanPlain(toks)
		// slices.Equal, not reflect.DeepEqual: a sentence of white space
		// alone has no tokens, and scan's empty lex may be nil.
		// The flags are looked up only for a sentence scan lets through.
		if pass != plainPass || pass && (s.any != any || s.digits != digits || !slices.Equal(s.lex[:len(toks)], lex)) {
			t.Fatalf("scan differs from the plain version on %.80q:\n got %v %b %v %v\nwant %v %b %v %v",
				d.Text, pass, s.any, s.digits, s.lex[:len(toks)], plainPass, any, digits, lex)
		}
	}
}

// numericTexts are texts for the plain tests: the people tests' texts
// (seeds, labelled corpus, a generated archive), the benchmarks' and words
// at the edges of scan's cases.
func numericTexts(t *testing.T) []string {
	texts := peopleTexts(t)
	for _, s := range benchTexts {
		texts = append(texts, s)
	}
	var odd []string
	for w := range lexicon {
		odd = append(odd, w, strings.ToUpper(w), w+"-x", "x"+w, w[:len(w)/2+1])
	}
	for c := range currencyCodes {
		odd = append(odd, "m"+c, c+"115", c+"1-2")
	}
	odd = append(odd, "the the. The", "a-b an-x k-12 ab-c abc-d abc1 ab1 a1 x xy xyz thé thee th", "½ ⅔ € £ ₹ “ ” — %", "a dozen", "this week")
	// Each word of lexDirection alone, and before a hyphen, is a text of
	// its own: any other word would let the sentence through.
	for _, w := range dateDirections {
		texts = append(texts, w, "So "+w+"-year, "+w+" and "+w+"s.", strings.ToUpper(w[:1])+w[1:]+"-week")
	}
	return append(texts, strings.Join(odd, " "))
}

func TestScanPlain(t *testing.T) {
	for _, text := range numericTexts(t) {
		sameScan(t, text)
	}
}

func FuzzScanPlain(f *testing.F) {
	f.Add("As many as 25 countries, the a-b an-x ab-c abc-d abc1 thé ½ € a dozen this week.")
	f.Add("The usd115 musd two-week k-12 “25” percent")
	f.Fuzz(func(t *testing.T, s string) {
		sameScan(t, s)
	})
}

// sameDigitFigure fails t when digitFigure and its plain reading differ.
func sameDigitFigure(t *testing.T, s string) {
	v, rest, ok := digitFigure(s)
	pv, prest, pok := digitFigurePlain(s)
	if v != pv || rest != prest || ok != pok || math.Signbit(v) != math.Signbit(pv) {
		t.Fatalf("digitFigure(%q) = %v, %q, %v; the plain reading %v, %q, %v", s, v, rest, ok, pv, prest, pok)
	}
}

func TestDigitFigurePlain(t *testing.T) {
	for _, s := range []string{"", "0", "7", "26", "2025", "007", "1,234", "1.5", "26,", "26.", "20-30", "30-day", "1e10",
		"999999999999999", "9999999999999999", "99999999999999999999", "123456789012345x", "1234567890123456", "12,34,567.89",
		"1.2.3", "7th", "180ml", "5%", "x", "-5",
		"1.6", "1.6bn", "0.1", "0.3", "2.675", "007.50", "1.", "1.x", "1.5.", "1.5,", "12345678901234.5", "1234567890123.45",
		"1.234567890123456", "9007199254740993", "0.000000000000001", "3.14159e10", "2.5-3.5",
		"57,000", "1,234,567.89", "1,000000", "12,34,567", "1,3", "1,234,", "1,234.", "999,999,999,999,999",
		"9,999,999,999,999,999", "1234,567", "0,001", ",123", "1,23", "1,2345", "12,345km", "1,234-5,678", "1,234.5.6"} {
		sameDigitFigure(t, s)
	}
	for _, text := range numericTexts(t) {
		for _, w := range strings.Fields(text) {
			sameDigitFigure(t, w)
		}
	}
}

func FuzzDigitFigurePlain(f *testing.F) {
	f.Add("1234567890123456")
	f.Add("12,34,567.89")
	f.Add("30-day")
	f.Fuzz(func(t *testing.T, s string) {
		sameDigitFigure(t, s)
	})
}

// sameMayStart fails t when parseNumber reads a number at a punctuation
// token of text that mayStartNumber turns away.
func sameMayStart(t *testing.T, text string) {
	d := normalize("t.txt", []byte(text))
	for _, toks := range tokenizeAll(d, Sentences(d.Text)) {
		for i, tk := range toks {
			if tk.kind != tPunct || mayStartNumber(tk.text, i+1 < len(toks) && toks[i+1].kind == tNum) {
				continue
			}
			if num, ok := parseNumber(toks, i); ok {
				t.Fatalf("mayStartNumber(%q) = false, but parseNumber reads %v in %.80q", tk.text, num.value, text)
			}
		}
	}
}

func TestMayStartNumber(t *testing.T) {
	for _, text := range numericTexts(t) {
		sameMayStart(t, text)
	}
	sameMayStart(t, "½ ⅔ - 5, −5, .5 ‒5 “5” – 5 ¾.")
}

func FuzzMayStartNumber(f *testing.F) {
	f.Add("½ ⅔ - 5, −5, .5 ‒5 “5” – 5 ¾.")
	f.Fuzz(func(t *testing.T, s string) {
		sameMayStart(t, s)
	})
}

// nextPlain is prepare's s.next without skipping articles: every digit,
// number and flagged word.
func nextPlain(s *numScratch, toks []token) []int32 {
	next := make([]int32, len(toks)+1)
	k := int32(len(toks))
	next[len(toks)] = k
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].kind == tNum || s.numIdx[i] != 0 || s.lex[i]&lexStarts != 0 {
			k = int32(i)
		}
		next[i] = k
	}
	return next
}

// sameNumericNext fails t when the extractors find other facts in text
// walking the plain s.next.
func sameNumericNext(t *testing.T, text string) {
	d := normalize("t.txt", []byte(text))
	d.Meta.Published = "2025-03-15"
	sents := Sentences(d.Text)
	all := tokenizeAll(d, sents)
	got, want := &extraction{doc: d}, &extraction{doc: d}
	for i, s := range sents {
		got.sent, want.sent = s, s
		extractNumeric(got, all[i])
		want.num.pub, want.num.pubKnown, want.num.pubParsed = got.num.pub, got.num.pubKnown, true
		if !want.num.scan(all[i]) {
			continue
		}
		want.num.prepare(all[i])
		want.num.next = nextPlain(&want.num, all[i])
		runNumeric(want, all[i])
	}
	if !reflect.DeepEqual(got.facts, want.facts) {
		t.Fatalf("the extractors differ from the plain walk on %.80q:\n got %+v\nwant %+v", text, got.facts, want.facts)
	}
}

func TestNumericNextPlain(t *testing.T) {
	for _, text := range numericTexts(t) {
		sameNumericNext(t, text)
	}
	for _, r := range relativeOrdinals {
		sameNumericNext(t, "It was "+strings.Join(r.words, " ")+" time, the "+strings.Join(r.words, " ")+".")
	}
	for _, v := range vagueQuantities {
		sameNumericNext(t, strings.Join(v.words, " ")+" leaders met; "+strings.Join(v.words, " ")+" people.")
	}
	sameNumericNext(t, "This week, this Thursday, this weekend, the past week, the coming month, a fortnight, a dozen, an estimated 20, the one before the last.")
}

func FuzzNumericNextPlain(f *testing.F) {
	f.Add("This week, this Thursday, a fortnight, a dozen, a few people, the last but one, the second to last, an estimated 20.")
	f.Fuzz(func(t *testing.T, s string) {
		sameNumericNext(t, s)
	})
}

// weekdayPlain is extraction.weekday as it was before the caches.
func weekdayPlain(x *extraction, wd time.Weekday, dir int, future bool) string {
	name := strings.ToLower(wd.String())
	if !x.num.pubKnown {
		switch dir {
		case -1:
			return "weekday:" + name + "-1"
		case 1:
			return "weekday:" + name + "+1"
		}
		return "weekday:" + name
	}
	p := x.num.pub
	diff := int(wd - p.Weekday())
	var days int
	switch {
	case dir == 1:
		days = (diff + 7) % 7
		if days == 0 {
			days = 7
		}
	case dir == -1:
		days = -((7 - diff) % 7)
		if days == 0 {
			days = -7
		}
	case future || dir == 2 && diff >= 0:
		days = (diff + 7) % 7
	default:
		days = -((7 - diff) % 7)
	}
	return isoDay(p.AddDate(0, 0, days))
}

// TestDateCachePlain checks weekday, relative and dayFromPub, each asked
// twice so that the second answer comes from the cache, against the plain
// writing, for publication dates across year ends, leap days and none.
func TestDateCachePlain(t *testing.T) {
	for _, pub := range []string{"", "2025-03-15", "2024-12-30T23:00:00Z", "2024-02-29", "2027-01-01", "0001-01-03", "9999-12-28"} {
		x := &extraction{doc: &Document{}}
		x.num.pub, x.num.pubKnown = parsePublished(pub)
		for range 2 {
			for wd := time.Sunday; wd <= time.Saturday; wd++ {
				for _, dir := range []int{-1, 0, 1, 2} {
					for _, future := range []bool{false, true} {
						if got, want := x.weekday(wd, dir, future), weekdayPlain(x, wd, dir, future); got != want {
							t.Errorf("pub %q: weekday(%v, %d, %v) = %q, want %q", pub, wd, dir, future, got, want)
						}
					}
				}
			}
			for _, unit := range []string{"day", "week", "month", "year", "decade"} {
				for off := -2; off <= 2; off++ {
					if got, want := x.relative(unit, off), x.relativePlain(unit, off); got != want {
						t.Errorf("pub %q: relative(%q, %d) = %q, want %q", pub, unit, off, got, want)
					}
				}
			}
			if x.num.pubKnown {
				for d := -9; d <= 9; d++ {
					if got, want := x.num.dayFromPub(d), isoDay(x.num.pub.AddDate(0, 0, d)); got != want {
						t.Errorf("pub %q: dayFromPub(%d) = %q, want %q", pub, d, got, want)
					}
				}
			}
		}
	}
}

// parsePublishedPlain is parsePublished without parseISOQuick.
func parsePublishedPlain(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// sameParsePublished fails t when parsePublished and the plain version
// differ on s.
func sameParsePublished(t *testing.T, s string) {
	got, ok := parsePublished(s)
	want, wantOK := parsePublishedPlain(s)
	if got != want || ok != wantOK {
		t.Fatalf("parsePublished(%q) = %v, %v; time.Parse gives %v, %v", s, got, ok, want, wantOK)
	}
}

func TestParsePublishedPlain(t *testing.T) {
	for _, s := range []string{"", "2024-12-27T11:32:00Z", "2024-12-27", "2024-02-29", "2023-02-29", "1900-02-29",
		"2000-02-29", "2024-04-31", "2024-04-30", "2024-13-01", "2024-00-10", "2024-01-00", "0000-01-01",
		"9999-12-31T23:59:59Z", "2024-12-27T24:00:00Z", "2024-12-27T23:60:00Z", "2024-12-27T23:59:60Z",
		"2024-12-27T11:32:00+01:00", "2024-12-27T11:32:00.5Z", "2024-12-27T11:32:00", "2024-12-27 11:32:00Z",
		"2024-1a-27", "+024-12-27", "-024-12-27", "2024/12/27", "2024-12-27T11:32:00z", "2024-12-27t11:32:00Z"} {
		sameParsePublished(t, s)
	}
	for y := 1999; y <= 2101; y++ {
		for m := 1; m <= 12; m++ {
			for d := 27; d <= 32; d++ {
				sameParsePublished(t, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
				sameParsePublished(t, fmt.Sprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, d-9, d+27, d+28))
			}
		}
	}
}

func FuzzParsePublishedPlain(f *testing.F) {
	f.Add("2024-12-27T11:32:00Z")
	f.Add("2024-02-29")
	f.Fuzz(func(t *testing.T, s string) {
		sameParsePublished(t, s)
	})
}

// relativeFmt is relativePlain as it was written, with fmt and time.Format.
func relativeFmt(x *extraction, unit string, off int) string {
	if !x.num.pubKnown {
		return fmt.Sprintf("%s:%+d", unit, off)
	}
	p := x.num.pub
	switch unit {
	case "day":
		return isoDay(p.AddDate(0, 0, off))
	case "week":
		y, w := p.AddDate(0, 0, 7*off).ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case "month":
		first := time.Date(p.Year(), p.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, off, 0)
		return first.Format("2006-01")
	}
	return strconv.Itoa(p.Year() + off)
}

// TestRelativeFmt holds relativePlain to the fmt version, for publication
// dates at the ends of the years it writes by hand and beyond them.
func TestRelativeFmt(t *testing.T) {
	pubs := []string{"", "2025-03-15", "2024-12-30T23:00:00Z", "2024-02-29", "2027-01-01", "0000-01-01", "0001-01-03", "9999-12-28", "9999-01-01"}
	var extra []time.Time
	for _, y := range []int{-5, -1, 0, 10000, 10001, 123456} {
		extra = append(extra, time.Date(y, 1, 2, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 30, 0, 0, 0, 0, time.UTC))
	}
	var xs []*extraction
	for _, pub := range pubs {
		x := &extraction{doc: &Document{}}
		x.num.pub, x.num.pubKnown = parsePublished(pub)
		xs = append(xs, x)
	}
	for _, p := range extra {
		x := &extraction{doc: &Document{}}
		x.num.pub, x.num.pubKnown = p, true
		xs = append(xs, x)
	}
	for _, x := range xs {
		for _, unit := range []string{"day", "week", "month", "year", "weekend", "decade"} {
			for _, off := range []int{-1 << 40, -30, -2, -1, 0, 1, 2, 30, 1 << 40} {
				if (off > 100 || off < -100) && x.num.pubKnown {
					continue // AddDate far out of range: not an offset dateAt makes
				}
				if got, want := x.relativePlain(unit, off), relativeFmt(x, unit, off); got != want {
					t.Errorf("pub %v: relativePlain(%q, %d) = %q, want %q", x.num.pub, unit, off, got, want)
				}
			}
		}
	}
}

// TestMayScale checks that mayScale lets through every word that scales the
// digits before it in parseDigits.
func TestMayScale(t *testing.T) {
	words := []string{"hundred", ""}
	words = append(words, dozenWords...)
	for _, m := range []map[string]float64{scaleWords, scaleAbbrevs, scaleLetters, unitWords, ordinalWords} {
		for w := range m {
			words = append(words, w, w+"s", w[:len(w)-1], strings.ToUpper(w))
		}
	}
	for _, text := range numericTexts(t) {
		words = append(words, strings.Fields(strings.ToLower(text))...)
	}
	for _, w := range words {
		scales := scaleWords[w] > 0 || w == "hundred" || slices.Contains(dozenWords, w) || scaleAbbrevs[w] > 0 ||
			len(w) == 1 && scaleLetters[w] > 0
		if scales && !mayScale(w) {
			t.Errorf("mayScale(%q) = false, but it scales a figure", w)
		}
	}
}

// qualifierBeforePlain is qualifierBefore trying every phrase of qualifiers.
func qualifierBeforePlain(toks []token, i int) (Qualifier, int) {
	best, bestStart := QualExact, i
	for _, q := range qualifiers {
		n := len(q.words)
		if n > i || i-n >= bestStart {
			continue
		}
		match := true
		for k, w := range q.words {
			if toks[i-n+k].low != w {
				match = false
				break
			}
		}
		if match {
			best, bestStart = q.q, i-n
		}
	}
	return best, bestStart
}

// sameQualifier fails t when qualifierBefore and the plain reading differ
// at a token of text.
func sameQualifier(t *testing.T, text string) {
	d := normalize("t.txt", []byte(text))
	for _, toks := range tokenizeAll(d, Sentences(d.Text)) {
		for i := range toks {
			q, qs := qualifierBefore(toks, i)
			pq, pqs := qualifierBeforePlain(toks, i)
			if q != pq || qs != pqs {
				t.Fatalf("qualifierBefore at token %d of %.80q = %v, %d; plain %v, %d", i, text, q, qs, pq, pqs)
			}
		}
	}
}

func TestQualifierBeforePlain(t *testing.T) {
	texts := numericTexts(t)
	var phrases []string
	for _, q := range qualifiers {
		phrases = append(phrases, strings.Join(q.words, " ")+" 20")
	}
	texts = append(texts, strings.Join(phrases, " and "), "not more than no more than 5, just short of a minimum of 3")
	for _, text := range texts {
		sameQualifier(t, text)
	}
}

func FuzzQualifierBeforePlain(f *testing.F) {
	f.Add("no fewer than 20, an estimate of 5, in excess of 3, just short of 4, as many as 6")
	f.Fuzz(func(t *testing.T, s string) {
		sameQualifier(t, s)
	})
}

// TestDateDigitsPlain holds dayAt, yearAt and timeAt, which read their
// digits without strconv, to the strconv readings they replaced, on every
// figure of up to five digits with the endings they look at.
func TestDateDigitsPlain(t *testing.T) {
	dayPlain := func(s string) (int, bool) {
		j := 0
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		switch s[j:] {
		case "", "st", "nd", "rd", "th":
		default:
			return 0, false
		}
		if j == 0 {
			return 0, false
		}
		d, err := strconv.Atoi(s[:j])
		if err != nil || d < 1 || d > 31 || j > 2 {
			return 0, false
		}
		return d, true
	}
	yearPlain := func(s string) (int, bool) {
		if len(s) != 4 {
			return 0, false
		}
		for k := 0; k < 4; k++ {
			if !isDigit(s[k]) {
				return 0, false
			}
		}
		y, err := strconv.Atoi(s)
		if err != nil || y < 1800 || y > 2199 {
			return 0, false
		}
		return y, true
	}
	for n := 0; n < 20000; n++ {
		for _, f := range []string{"%d", "%02d", "%03d", "%04d"} {
			for _, end := range []string{"", "th", "x", ":30", ".45", "pm", ":7"} {
				s := fmt.Sprintf(f, n) + end
				toks := []token{{kind: tNum, text: s, low: s}}
				d, ok := dayAt(toks, 0)
				pd, pok := dayPlain(s)
				y, yok := yearAt(toks, 0)
				py, pyok := yearPlain(s)
				if d != pd || ok != pok || y != py || yok != pyok {
					t.Fatalf("%q: dayAt %d %v, plain %d %v; yearAt %d %v, plain %d %v", s, d, ok, pd, pok, y, yok, py, pyok)
				}
				if yok && yearNames[y-1800] != strconv.Itoa(y) {
					t.Fatalf("yearNames[%d] = %q", y, yearNames[y-1800])
				}
				if v, _, ok := timeAt(toks, 0); ok && strings.HasSuffix(s, ":30") {
					h, m := twoDigitsPlain(s)
					if want := fmt.Sprintf("%02d:%02d", h, m); v != want {
						t.Fatalf("timeAt(%q) = %q, want %q", s, v, want)
					}
				}
			}
		}
	}
}

// twoDigitsPlain reads the hour and minute of "7:30" or "07.45" by strconv.
func twoDigitsPlain(s string) (int, int) {
	j := 0
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	h, _ := strconv.Atoi(s[:j])
	m, _ := strconv.Atoi(s[j+1 : j+3])
	return h, m
}

// countedNounPlain is countedNoun with its three lookups and the switch
// that notCounted joined.
func countedNounPlain(toks []token, j int, stated []float64) (int, bool) {
	for k := j; k < len(toks) && k < j+3; k++ {
		t := toks[k]
		if t.kind != tWord || stopWords[t.low] || timeUnits[t.low] || monthNames[t.low] {
			return 0, false
		}
		switch t.low {
		case "dollars", "pounds", "euros", "cents", "pence":
			return 0, false
		}
		if isPluralNoun(t.low) || (stated[0] == 1 && len(stated) == 1 && k == j && isLower(t.text)) {
			return k, true
		}
		if k == j && len(t.text) > 0 && t.low == t.text && isAdverb(t.low) {
			return 0, false
		}
	}
	return 0, false
}

func sameCountedNoun(t *testing.T, text string) {
	d := normalize("t.txt", []byte(text))
	for _, toks := range tokenizeAll(d, Sentences(d.Text)) {
		for j := range toks {
			for _, stated := range [][]float64{{1}, {5}, {1, 2}} {
				k, ok := countedNoun(toks, j, stated)
				pk, pok := countedNounPlain(toks, j, stated)
				if k != pk || ok != pok {
					t.Fatalf("countedNoun at %d of %.80q = %d, %v; plain %d, %v", j, text, k, ok, pk, pok)
				}
			}
		}
	}
}

func TestCountedNounPlain(t *testing.T) {
	texts := numericTexts(t)
	var words []string
	for _, tab := range []map[string]bool{stopWords, timeUnits, monthNames, irregularPlurals} {
		for w := range tab {
			words = append(words, "5 "+w+" people", "5 "+strings.ToUpper(w))
		}
	}
	texts = append(texts, strings.Join(words, ", "), "3 dollars 4 pounds 5 euros 6 cents 7 pence 8 quickly went")
	for _, text := range texts {
		sameCountedNoun(t, text)
	}
}

func FuzzCountedNounPlain(f *testing.F) {
	f.Add("26 nations, 3 dollars, 5 March, one country after another, 4 quickly rising states")
	f.Fuzz(func(t *testing.T, s string) {
		sameCountedNoun(t, s)
	})
}

// TestPercentWords checks what percentAfter assumes of percentWords: every
// word has two bytes or more and starts with "p".
func TestPercentWords(t *testing.T) {
	for w := range percentWords {
		if len(w) < 2 || w[0] != 'p' {
			t.Errorf("percent word %q: percentAfter looks up only words of two bytes or more starting with p", w)
		}
	}
}

// TestDurationStarts checks that durationStarts lets every unit through.
func TestDurationStarts(t *testing.T) {
	for w := range durationUnits {
		if !durationStarts.may(w) {
			t.Errorf("durationStarts turns %q away", w)
		}
	}
}

// sameWordFraction fails t when wordFraction and wordFractionPlain differ
// after a cardinal read at any token of text.
func sameWordFraction(t *testing.T, text string) {
	d := normalize("t.txt", []byte(text))
	for _, toks := range tokenizeAll(d, Sentences(d.Text)) {
		for i := range toks {
			if toks[i].kind != tWord {
				continue
			}
			c, n := readCardinal(toks, i)
			if n == 0 || i+n >= len(toks) {
				continue
			}
			f, ok := wordFraction(toks, i, i+n, c)
			pf, pok := wordFractionPlain(toks, i, i+n, c)
			if f != pf || ok != pok {
				t.Fatalf("wordFraction at %d of %.80q = %+v, %v; plain %+v, %v", i, text, f, ok, pf, pok)
			}
		}
	}
}

func TestWordFractionPlain(t *testing.T) {
	texts := numericTexts(t)
	var words []string
	for _, m := range []map[string]float64{unitWords, tensWords, ordinalWords, scaleOrdinals, scaleWords} {
		for w := range m {
			words = append(words, w, w+"s")
		}
	}
	for _, n := range []string{"one", "two", "twenty", "one hundred", "two million and", "one hundred and three", "five -", "a"} {
		for _, w := range append(words, "half", "halves", "quarter", "quarters", "days", "doz", "dozs", "twenty-first", "twenty-firsts", "dozen-strong", "eighthss", "thirdsss", "halvess") {
			texts = append(texts, n+" "+w+" of a million.")
		}
	}
	for _, text := range texts {
		sameWordFraction(t, text)
	}
}

func FuzzWordFractionPlain(f *testing.F) {
	f.Add("two thirds, one hundred and three quarters, five - eighths, three twenty firsts, six million and two thirds")
	f.Fuzz(func(t *testing.T, s string) {
		sameWordFraction(t, s)
	})
}

// TestNoYearDates checks the month and day values of an unknown year
// written once against fmt.Sprintf.
func TestNoYearDates(t *testing.T) {
	x := &extraction{doc: &Document{}}
	for m := time.Month(1); m <= 12; m++ {
		if got, want := noYearMonths[m], fmt.Sprintf("--%02d", m); got != want {
			t.Errorf("noYearMonths[%d] = %q, want %q", m, got, want)
		}
		for d := 0; d <= 32; d++ {
			if got, want := x.dayMonth(m, d), fmt.Sprintf("--%02d-%02d", m, d); got != want {
				t.Errorf("dayMonth(%d, %d) = %q, want %q", m, d, got, want)
			}
		}
	}
}

// TestFastSet holds fastSet to a map: the words of the tables, and words
// near them, in and out.
func TestFastSet(t *testing.T) {
	var words []string
	for _, tab := range []map[string]bool{stopWords, timeUnits, monthNames, irregularPlurals} {
		for w := range tab {
			words = append(words, w)
		}
	}
	in := map[string]bool{}
	for _, w := range words[:len(words)/2] {
		in[w] = true
	}
	var list []string
	for w := range in {
		list = append(list, w)
	}
	s := newFastSet(list)
	for _, w := range words {
		for _, v := range []string{w, w + "s", w[:len(w)-1], strings.ToUpper(w), "x" + w, ""} {
			if got := s.has(v); got != in[v] {
				t.Errorf("has(%q) = %v, want %v", v, got, in[v])
			}
		}
	}
}
