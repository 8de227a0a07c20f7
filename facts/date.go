package facts

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Dates and times. A date fact's Value is ISO 8601 when it can be:
//
//	"2025-03-15"  a day: "15 March 2025", or "on Thursday" resolved
//	"2025-03"     a month: "March 2025"
//	"2027"        a year: "in 2027"
//	"199X"        a decade: "the 1990s"
//	"2025-W12"    a week: "next week", resolved
//	"--03-15"     a day of an unknown year: "15 March", unresolved
//	"--02"        a month of an unknown year: "in February", unresolved
//	"13:39"       a time of day: "13:39", "8:53 p.m." (20:53)
//
// Relative dates that cannot be resolved because the document's
// publication time is unknown keep their meaning instead:
//
//	"weekday:thursday", "weekday:thursday-1" (last), "weekday:thursday+1" (next)
//	"day:-1" (yesterday), "week:+1", "month:-1", "year:0"
//
// Resolving a weekday: "last Thursday" is the latest Thursday strictly
// before publication, "next Thursday" the first strictly after. A bare "on
// Thursday" is the nearest Thursday on or before publication, unless the
// sentence speaks of the future ("will", "is due to", "next", "scheduled",
// "expected to"…), then the nearest on or after. A day and month without a
// year take the publication's year.

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

var monthNumbers = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// monthPrepositions before a month's name make it a date: "in February".
var monthPrepositions = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true,
	"early": true, "late": true, "mid": true, "during": true, "before": true, "after": true,
	"through": true, "of": true,
}

// pastBefore reports whether a past-tense verb governs the weekday at
// toks[k]: "the minister said on Thursday" tells when she said it, though
// what she said ("will spend") is in the future.
func pastBefore(toks []token, k int) bool {
	p := k - 1
	if p >= 0 && toks[p].low == "on" {
		p--
	}
	return p >= 0 && pastVerbs[toks[p].low]
}

// pastVerbs are the verbs of reporting and of events that put a weekday
// right after them in the past.
var pastVerbs = map[string]bool{
	"said": true, "told": true, "announced": true, "unveiled": true, "confirmed": true, "added": true,
	"wrote": true, "revealed": true, "declared": true, "warned": true, "reported": true, "stated": true,
	"met": true, "agreed": true, "signed": true, "voted": true, "decided": true, "published": true,
}

// futureWords in a sentence put its bare weekdays after publication.
var futureWords = map[string]bool{
	"will": true, "shall": true, "'ll": true, "due": true, "scheduled": true, "expected": true,
	"upcoming": true, "plans": true, "planned": true, "going": true, "next": true,
	"tomorrow": true,
}

// yearNames are the years yearAt reads, 1800 to 2199, written once rather
// than by strconv.Itoa, an allocation, at each "in 2027".
var yearNames = func() (v [400]string) {
	for k := range v {
		v[k] = strconv.Itoa(1800 + k)
	}
	return v
}()

// isCapital reports whether a word starts with a capital letter.
func isCapital(t token) bool { return t.text != "" && t.text[0] >= 'A' && t.text[0] <= 'Z' }

// monthAt returns the month named at toks[i], written with a capital.
func monthAt(toks []token, i int) (time.Month, bool) {
	if i >= len(toks) || toks[i].kind != tWord || !isCapital(toks[i]) {
		return 0, false
	}
	m, ok := monthNumbers[toks[i].low]
	return m, ok
}

// dayAt reads a day of the month at toks[i]: "15", "15th".
func dayAt(toks []token, i int) (int, bool) {
	if i >= len(toks) || toks[i].kind != tNum {
		return 0, false
	}
	s := toks[i].low
	j := 0
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	switch s[j:] {
	case "", "st", "nd", "rd", "th":
	default:
		return 0, false
	}
	if j == 0 || j > 2 {
		return 0, false
	}
	if d := twoDigits(s[:j]); d >= 1 && d <= 31 {
		return d, true
	}
	return 0, false
}

// yearAt reads a year at toks[i]: four digits from 1800 to 2199.
func yearAt(toks []token, i int) (int, bool) {
	if i >= len(toks) || toks[i].kind != tNum || len(toks[i].low) != 4 {
		return 0, false
	}
	s := toks[i].low
	for k := 0; k < 4; k++ {
		if !isDigit(s[k]) {
			return 0, false
		}
	}
	if y := twoDigits(s[:2])*100 + twoDigits(s[2:]); y >= 1800 && y <= 2199 {
		return y, true
	}
	return 0, false
}

// extractDates finds dates and times in one sentence.
func extractDates(x *extraction, toks []token) {
	// Only words can be futureWords, and each word's lexFuture flag says
	// whether it is one.
	future := x.num.any&lexDate != 0 && x.num.any&lexFuture != 0
	for i := x.num.from(0); i < len(toks); i = x.num.from(i + 1) {
		if x.num.claimed[i] || toks[i].kind == tWord && x.num.lex[i]&lexDate == 0 || toks[i].kind == tPunct {
			continue
		}
		if v, n, ok := x.dateAt(toks, i, future); ok {
			x.emitToks(Fact{Kind: KindDate, Value: v}, toks, i, i+n)
			i += n - 1
		}
	}
}

// dateAt reads a date or time at toks[i], returning its value and length.
func (x *extraction) dateAt(toks []token, i int, future bool) (string, int, bool) {
	if i >= len(toks) {
		return "", 0, false
	}
	t := toks[i]
	if t.kind == tNum {
		if v, n, ok := timeAt(toks, i); ok {
			return v, n, true
		}
		// "15 March", "15 March 2025"
		if d, ok := dayAt(toks, i); ok {
			if m, ok := monthAt(toks, i+1); ok {
				if y, ok := yearAt(toks, i+2); ok {
					return isoDate(y, m, d), 3, true
				}
				return x.dayMonth(m, d), 2, true
			}
		}
		// "the 1990s" is a decade: ISO 8601-2 writes it "199X".
		if l := toks[i].low; len(l) == 5 && l[4] == 's' && l[3] == '0' {
			if y, err := strconv.Atoi(l[:4]); err == nil && y >= 1800 && y < 2200 {
				return l[:3] + "X", 1, true
			}
		}
		// "in 2027", unless it counts something: "2000 people".
		if y, ok := yearAt(toks, i); ok {
			// The flags first (TestCurrencyFlagged): most tokens have
			// none, and the maps are not looked up for them.
			lex := x.num.lex
			if i > 0 && lex[i-1]&lexCurrency != 0 && currencySymbols[toks[i-1].text] != "" {
				return "", 0, false
			}
			if k := i + 1; k < len(toks) {
				if _, ok := percentAfter(toks, k); ok {
					return "", 0, false
				}
				if _, ok := countedNoun(toks, k, []float64{float64(y)}); ok {
					return "", 0, false
				}
				if lex[k]&(lexNumber|lexCurrency) != 0 && (scaleWords[toks[k].low] > 0 || currencyWords[toks[k].low] != "") {
					return "", 0, false
				}
			}
			return yearNames[y-1800], 1, true
		}
		return "", 0, false
	}
	if t.kind != tWord {
		return "", 0, false
	}
	// "March 15", "March 15, 2025", "March 2025"
	if m, ok := monthAt(toks, i); ok {
		if d, ok := dayAt(toks, i+1); ok {
			k := i + 2
			if k < len(toks) && toks[k].text == "," {
				k++
			}
			if y, ok := yearAt(toks, k); ok {
				return isoDate(y, m, d), k + 1 - i, true
			}
			return x.dayMonth(m, d), 2, true
		}
		if y, ok := yearAt(toks, i+1); ok {
			return yearMonth(y, m), 2, true
		}
		// "in February": a month of the publication's year.
		if i > 0 && monthPrepositions[toks[i-1].low] && (m != 5 || toks[i-1].low != "may") {
			if x.num.pubKnown {
				return yearMonth(x.num.pub.Year(), m), 1, true
			}
			return noYearMonths[m], 1, true
		}
		return "", 0, false
	}
	w := t.low
	// "last Thursday", "next week", "this month"
	dir := 0
	switch w {
	case "last", "past", "previous":
		dir = -1
	case "next", "coming":
		dir = 1
	case "this":
		dir = 2
	}
	k := i
	if dir != 0 {
		k++
		if k >= len(toks) {
			return "", 0, false
		}
	}
	// A weekday has lexDate: the other words are not looked up.
	var wd time.Weekday
	weekday := false
	if x.num.lex[k]&lexDate != 0 && isCapital(toks[k]) {
		wd, weekday = weekdays[toks[k].low]
	}
	if weekday {
		n := k + 1 - i
		// "Thursday, 15 March": the explicit date wins.
		j := k + 1
		if j < len(toks) && toks[j].text == "," {
			j++
		}
		if v, m, ok := x.dateAt(toks, j, future); ok && m > 1 && !strings.HasPrefix(v, "weekday") {
			return v, j + m - i, true
		}
		return x.weekday(wd, dir, future && !pastBefore(toks, k)), n, true
	}
	switch toks[k].low {
	case "weekend":
		if dir == 0 {
			return "", 0, false
		}
		return x.weekend(dir), k + 1 - i, true
	case "week", "month", "year":
		if dir == 0 {
			return "", 0, false
		}
		off := dir
		if dir == 2 {
			off = 0
		}
		return x.relative(toks[k].low, off), k + 1 - i, true
	case "today", "yesterday", "tomorrow", "tonight":
		if dir != 0 {
			return "", 0, false
		}
		off := 0 // "today", "tonight"; a switch, where a map literal was built each time
		switch toks[k].low {
		case "yesterday":
			off = -1
		case "tomorrow":
			off = 1
		}
		return x.relative("day", off), 1, true
	}
	return "", 0, false
}

// timeAt reads "13:39", "8:53 p.m.", "8:53pm", "10am", "8 p.m.".
func timeAt(toks []token, i int) (string, int, bool) {
	s := toks[i].low
	j := 0
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j == 0 || j > 2 {
		return "", 0, false
	}
	h := twoDigits(s[:j])
	m := 0
	rest := s[j:]
	colon := false
	if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, ".") && len(rest) >= 3 && isDigit(rest[1]) && isDigit(rest[2]) && len(rest) > 3 {
		if len(rest) < 3 || !isDigit(rest[1]) || !isDigit(rest[2]) {
			return "", 0, false
		}
		m = twoDigits(rest[1:3])
		rest = rest[3:]
		colon = true
	}
	n := 1
	ampm := ""
	switch rest {
	case "am", "pm":
		ampm = rest
	case "":
		ampm, n = meridiem(toks, i+1)
		n++
	default:
		return "", 0, false
	}
	if !colon && ampm == "" {
		return "", 0, false
	}
	if ampm != "" {
		if h < 1 || h > 12 {
			return "", 0, false
		}
		if ampm == "pm" && h != 12 {
			h += 12
		}
		if ampm == "am" && h == 12 {
			h = 0
		}
	}
	if h > 23 || m > 59 {
		return "", 0, false
	}
	var b [5]byte // fmt.Sprintf("%02d:%02d", h, m), 0 ≤ h < 24 and 0 ≤ m < 60
	put2(b[:], h)
	b[2] = ':'
	put2(b[3:], m)
	return string(b[:]), n, true
}

// twoDigits is the value of one or two ASCII digits: strconv.Atoi for
// them, without the call.
func twoDigits(s string) int {
	if len(s) == 1 {
		return int(s[0] - '0')
	}
	return int(s[0]-'0')*10 + int(s[1]-'0')
}

// meridiem reads "am", "a.m.", "PM", "p.m." at toks[k]; n is its length.
func meridiem(toks []token, k int) (string, int) {
	if k >= len(toks) {
		return "", 0
	}
	switch w := toks[k].low; w {
	case "am", "pm":
		return w, 1
	case "a", "p":
		if k+2 < len(toks) && toks[k+1].text == "." && toks[k+2].low == "m" {
			n := 3
			if k+3 < len(toks) && toks[k+3].text == "." && toks[k+3].start == toks[k+2].end {
				n = 4
			}
			return w + "m", n
		}
	}
	return "", 0
}

// isoDate, yearMonth and isoDay write dates as fmt.Sprintf("%04d-%02d-%02d")
// and time.Format("2006-01-02") do, without their cost (a tenth of
// extractNumeric's was formatting dates); a year outside 0…9999 is left
// to them.
func isoDate(y int, m time.Month, d int) string {
	if y < 0 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 99 {
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	}
	var b [10]byte
	put4(b[:], y)
	b[4] = '-'
	put2(b[5:], int(m))
	b[7] = '-'
	put2(b[8:], d)
	return string(b[:])
}

func yearMonth(y int, m time.Month) string {
	if y < 0 || y > 9999 || m < 1 || m > 12 {
		return fmt.Sprintf("%04d-%02d", y, m)
	}
	var b [7]byte
	put4(b[:], y)
	b[4] = '-'
	put2(b[5:], int(m))
	return string(b[:])
}

func isoDay(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format("2006-01-02")
	}
	return isoDate(y, m, d)
}

// put4 and put2 write 0 ≤ v < 10000 or 100 as four or two digits.
func put4(b []byte, v int) {
	put2(b, v/100)
	put2(b[2:], v%100)
}

func put2(b []byte, v int) {
	b[0] = byte('0' + v/10)
	b[1] = byte('0' + v%10)
}

// dayMonth resolves a day and month to the publication's year.
func (x *extraction) dayMonth(m time.Month, d int) string {
	if x.num.pubKnown {
		return isoDate(x.num.pub.Year(), m, d)
	}
	if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
		return noYearDays[m][d]
	}
	return fmt.Sprintf("--%02d-%02d", m, d)
}

// noYearMonths and noYearDays are the values of a month and of a day of
// an unknown year, fmt.Sprintf("--%02d") and ("--%02d-%02d"), written
// once: a text file has no publication date, and each was a Sprintf.
// TestNoYearDates checks them.
var noYearMonths, noYearDays = func() (ms [13]string, ds [13][32]string) {
	for m := 1; m <= 12; m++ {
		var b [7]byte
		b[0], b[1] = '-', '-'
		put2(b[2:], m)
		ms[m] = string(b[:4])
		b[4] = '-'
		for d := 1; d <= 31; d++ {
			put2(b[5:], d)
			ds[m][d] = string(b[:])
		}
	}
	return ms, ds
}()

// weekday resolves a weekday; dir is -1 for "last", 1 for "next", 2 for
// "this" and 0 for a bare weekday.
func (x *extraction) weekday(wd time.Weekday, dir int, future bool) string {
	if !x.num.pubKnown {
		switch dir {
		case -1:
			return weekdayValues[wd][0]
		case 1:
			return weekdayValues[wd][2]
		}
		return weekdayValues[wd][1]
	}
	p := x.num.pub
	diff := int(wd - p.Weekday()) // days forward to the weekday, -6…6
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
	return x.num.dayFromPub(days)
}

// weekdayValues are the values of an unresolved weekday: "last", bare,
// "next" ("weekday:thursday-1", "weekday:thursday", "weekday:thursday+1").
var weekdayValues = func() (v [7][3]string) {
	for wd := range v {
		name := "weekday:" + strings.ToLower(time.Weekday(wd).String())
		v[wd] = [3]string{name + "-1", name, name + "+1"}
	}
	return v
}()

// dayFromPub returns the day days after publication, as isoDay writes it.
// The days of the weeks around publication are written once per
// document: a document names the same few days again and again, and
// writing one took AddDate and an allocation. TestDateCachePlain holds it
// to the plain writing.
func (s *numScratch) dayFromPub(days int) string {
	if days < -7 || days > 7 {
		return isoDay(s.pub.AddDate(0, 0, days))
	}
	c := &s.days[days+7]
	if *c == "" {
		*c = isoDay(s.pub.AddDate(0, 0, days))
	}
	return *c
}

// relative resolves "yesterday", "next week", "last month", "this year",
// written once per document (as dayFromPub) for each unit and offset.
func (x *extraction) relative(unit string, off int) string {
	u := -1
	switch unit {
	case "day":
		u = 0
	case "week":
		u = 1
	case "month":
		u = 2
	case "year":
		u = 3
	}
	if u < 0 || off < -1 || off > 1 {
		return x.relativePlain(unit, off)
	}
	c := &x.num.rel[u][off+1]
	if *c == "" {
		*c = x.relativePlain(unit, off)
	}
	return *c
}

// relativePlain is relative without the cache.
//
// It runs once a document for each unit and offset met: its strings are
// written by hand (put4, put2), where fmt.Sprintf and time.Format cost
// 0.7% of BenchmarkExtractArchive's instructions. TestRelativeFmt holds
// it to the fmt version.
func (x *extraction) relativePlain(unit string, off int) string {
	if !x.num.pubKnown {
		if off >= 0 {
			return unit + ":+" + strconv.Itoa(off) // fmt's %+d
		}
		return unit + ":" + strconv.Itoa(off)
	}
	p := x.num.pub
	switch unit {
	case "day":
		return isoDay(p.AddDate(0, 0, off))
	case "week":
		y, w := p.AddDate(0, 0, 7*off).ISOWeek()
		if y < 0 || y > 9999 || w < 0 || w > 99 {
			return fmt.Sprintf("%04d-W%02d", y, w)
		}
		var b [8]byte
		put4(b[:], y)
		b[4], b[5] = '-', 'W'
		put2(b[6:], w)
		return string(b[:])
	case "month":
		first := time.Date(p.Year(), p.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, off, 0)
		y := first.Year()
		if y < 0 || y > 9999 {
			return first.Format("2006-01")
		}
		var b [7]byte
		put4(b[:], y)
		b[4] = '-'
		put2(b[5:], int(first.Month()))
		return string(b[:])
	}
	return strconv.Itoa(p.Year() + off)
}

// weekend resolves "last weekend", "next weekend", "this weekend" to the
// weekend's Saturday.
func (x *extraction) weekend(dir int) string {
	if !x.num.pubKnown {
		return fmt.Sprintf("weekend:%+d", map[int]int{-1: -1, 1: 1, 2: 0}[dir])
	}
	switch dir {
	case -1:
		// The latest Saturday strictly before the day of publication, or a
		// week before that when published during the weekend itself.
		p := x.num.pub
		days := -((int(p.Weekday()-time.Saturday) + 7) % 7)
		if days == 0 || p.Weekday() == time.Sunday {
			days -= 7
		}
		return isoDay(p.AddDate(0, 0, days))
	case 1:
		return x.weekday(time.Saturday, 1, true)
	}
	return x.weekday(time.Saturday, 2, true)
}
