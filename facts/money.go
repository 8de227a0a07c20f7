package facts

import "strings"

// Currencies. A money fact's Unit is an ISO 4217 code; a bare "$" or
// "dollars" is taken as US dollars. Minor units keep the figure as written
// with the market codes for them: pence are GBX, cents USX.
var (
	// currencySymbols come before (or, less often, after) the figure.
	currencySymbols = map[string]string{
		"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₡": "CRC",
		"₾": "GEL", "₭": "LAK", "₿": "BTC", "₽": "RUB", "₩": "KRW", "₺": "TRY",
		"₪": "ILS", "₴": "UAH", "元": "CNY", "ரூ": "LKR",
	}
	// dollarPrefixes say whose dollar a "$" is: "US $", "C$", "HK$".
	dollarPrefixes = map[string]string{
		"us": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "cad": "CAD", "cdn": "CAD",
		"hk": "HKD", "nz": "NZD", "nzd": "NZD", "mex": "MXN", "mxn": "MXN", "au": "AUD",
		"aud": "AUD", "sg": "SGD",
	}
	// currencyCodes are written as words before or after the figure: "USD
	// 200", "6.25 BTC".
	currencyCodes = map[string]string{
		"usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rmb": "CNY",
		"chf": "CHF", "inr": "INR", "cad": "CAD", "aud": "AUD", "hkd": "HKD", "nzd": "NZD",
		"rub": "RUB", "btc": "BTC", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "mxn": "MXN",
	}
	// currencyWords name a currency after the figure: "5 dollars".
	currencyWords = map[string]string{
		"dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
		"euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
		"pence": "GBX", "penny": "GBX", "pennies": "GBX", "p": "GBX", "cent": "USX", "cents": "USX",
		"franc": "FRF", "francs": "FRF", "peseta": "ESP", "pesetas": "ESP", "rupee": "INR",
		"rupees": "INR", "lira": "TRY", "liras": "TRY", "markka": "FIM", "markkas": "FIM",
		"guilder": "NLG", "guilders": "NLG", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
		"rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "shekel": "ILS", "shekels": "ILS",
		"bitcoin": "BTC", "bitcoins": "BTC", "satoshi": "SAT", "satoshis": "SAT",
		"peso": "MXN", "pesos": "MXN", "rand": "ZAR", "kuai": "CNY", "krona": "SEK", "kronor": "SEK",
		"krone": "NOK", "kroner": "NOK", "ரூ": "LKR", "元": "CNY",
	}
	// currencyAdjectives narrow a currency word: "Australian dollars".
	currencyAdjectives = map[string]string{
		"us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD",
		"singapore": "SGD", "chinese": "CNY", "swiss": "CHF", "french": "FRF", "belgian": "BEF",
		"finnish": "FIM", "dutch": "NLG", "turkish": "TRY", "japanese": "JPY", "indian": "INR",
		"mexican": "MXN", "zealand": "NZD", "kong": "HKD", "swedish": "SEK", "norwegian": "NOK",
		"danish": "DKK", "russian": "RUB", "egyptian": "EGP",
	}
)

// currencyBefore reads a currency written before the figure at toks[i]:
// "$", "US $", "C$", "£", "USD". It returns the code and the first token.
func currencyBefore(toks []token, i int) (code string, start int, glued bool) {
	if i == 0 {
		return "", i, false
	}
	p := toks[i-1]
	if c, ok := currencySymbols[p.text]; ok {
		start = i - 1
		if c == "USD" && start > 0 {
			// "US $", "C$", "HK $", "u.s $"
			q := toks[start-1]
			if d, ok := dollarPrefixes[q.low]; ok && q.kind == tWord && q.end+1 >= p.start {
				c, start = d, start-1
			} else if q.low == "s" && start > 2 && toks[start-2].text == "." && toks[start-3].low == "u" {
				c, start = "USD", start-3 // "u.s $"
			}
		}
		return c, start, p.end == toks[i].start
	}
	if c, ok := currencyCodes[p.low]; ok && p.kind == tWord {
		return c, i - 1, false
	}
	return "", i, false
}

// currencyAfter reads a currency named after a figure ending before toks[k]:
// "dollars", "Australian dollars", "USD", "€". It returns the code and the
// token after it.
//
// lex is the sentence's flags (numScratch.lex): a token without
// lexCurrency, nearly every one, is no currency, and the maps are not
// looked up for it. TestCurrencyFlagged checks that every key of the maps
// has the flag.
func currencyAfter(lex []lexFlag, toks []token, k int) (string, int) {
	if k >= len(toks) || lex[k]&lexCurrency == 0 {
		return "", k
	}
	w := toks[k].low
	if c, ok := currencyAdjectives[w]; ok && k+1 < len(toks) {
		if _, ok := currencyWords[toks[k+1].low]; ok {
			return c, k + 2
		}
		if w == "hong" || w == "new" {
			return "", k
		}
	}
	if (w == "hong" || w == "new") && k+2 < len(toks) {
		if c, ok := currencyAdjectives[toks[k+1].low]; ok {
			if _, ok := currencyWords[toks[k+2].low]; ok {
				return c, k + 3
			}
		}
	}
	if c, ok := currencyWords[w]; ok && w != "p" && w != "sterling" {
		if w == "pounds" && k+1 < len(toks) && toks[k+1].low == "sterling" {
			return c, k + 2
		}
		return c, k + 1
	}
	if c, ok := currencyCodes[w]; ok && toks[k].kind == tWord {
		return c, k + 1
	}
	if c, ok := currencySymbols[toks[k].text]; ok && toks[k].kind == tPunct {
		return c, k + 1
	}
	return "", k
}

// extractMoney finds "£1.6 billion", "$2bn", "€300m", "US $150 million",
// "420 million Finnish markka", "12-cent", "3 dollars 50 cents".
func extractMoney(x *extraction, toks []token) {
	for i := x.num.from(0); i < len(toks); i = x.num.from(i + 1) {
		if x.num.claimed[i] {
			continue
		}
		if toks[i].kind == tWord && x.num.lex[i]&lexCurrency != 0 {
			if f, ok := wordMoney(toks[i]); ok && x.free(i, i+1) {
				q, qs := qualifierBefore(toks, i)
				f.Qualifier = q
				x.emitToks(f, toks, qs, i+1)
				continue
			}
		}
		p := x.num.numAt(i)
		if !p.ok && toks[i].kind != tNum {
			continue
		}
		code, start, glued := "", i, false
		if i > 0 && x.num.lex[i-1]&lexCurrency != 0 {
			code, start, glued = currencyBefore(toks, i)
		}
		if !p.ok && glued && toks[i].kind == tNum {
			p.num, p.ok = parseDigits(toks, i, true) // "€300m"
			p.ok = p.ok && finite(p.num.value) && finite(p.num.hi)
		}
		if !p.ok {
			continue
		}
		num := p.num
		if code != "" && !x.free(start, i) {
			code, start, glued = "", i, false // "10 $ 30 $": the "$" belongs to 10
		}
		end := i + num.n
		if code != "" && glued && toks[i].kind == tNum {
			if g, ok := parseDigits(toks, i, true); ok && finite(g.value) && finite(g.hi) {
				num, end = g, i+g.n
			}
		}
		if num.unit != "" && unitCurrency(num.unit) == "" {
			continue
		}
		textEnd := -1
		if code == "" && num.unit == "" && (end >= len(toks) || x.num.lex[end]&lexCurrency == 0) {
			continue // no currency on either side
		}
		if code == "" {
			if c := unitCurrency(num.unit); c != "" {
				code = c // "12-cent", "115USD"
				if num.unitEnd > 0 {
					textEnd = toks[end-1].start + num.unitEnd
				}
			} else if c, ok := millionCode(toks[min(end, len(toks)-1)]); ok && end < len(toks) {
				code, num.value = c, num.value*1e6 // "30 MUSD"
				end++
			} else if code, end = currencyAfter(x.num.lex, toks, end); code == "" {
				continue
			} else if toks[end-1].kind == tPunct && end < len(toks) && x.num.hasNum(end) && !symbolAfterNext(x, toks, end) {
				continue // "1 $ 10 dollars": the "$" belongs to 10
			}
			start = i
			if sc := nextScale(toks, end); sc > 0 && toks[end-1].kind == tWord && currencyCodes[toks[end-1].low] != "" {
				num.value *= sc // "75 USD million"
				end++
			}
		} else if c, k := currencyAfter(x.num.lex, toks, end); c != "" && c == code && toks[end].kind == tWord {
			end = k // "$ 10 dollars"
		}
		value := num.value
		// Minor units after the major: "3 dollars 50 cents", "one dollar
		// and one", "C$ 100 and fifty".
		if value == float64(int64(value)) && !num.frac && (code == "USD" || code == "CAD" || code == "AUD" || code == "GBP" || code == "EUR") {
			if v, k, ok := minorUnits(x, toks, end); ok {
				value += v / 100
				end = k
			}
		}
		q, qs := qualifierBefore(toks, start)
		if q == QualExact {
			qs = start
		}
		if !x.free(qs, end) {
			continue
		}
		if !finite(value) {
			continue
		}
		stated := []float64{value}
		if num.isRange {
			stated, q = []float64{num.value, num.hi}, QualBetween
		}
		f := Fact{Kind: KindMoney, Qualifier: q, Stated: stated, Unit: code}
		if textEnd >= 0 {
			for k := qs; k < end; k++ {
				x.num.claimed[k] = true
			}
			x.emit(f, toks[qs].start, textEnd)
		} else {
			x.emitToks(f, toks, qs, end)
		}
		i = end - 1
	}
}

// symbolAfterNext reports whether the figure at toks[k] is itself followed
// by a currency symbol: in "10 $ 30 $" each "$" follows its figure.
func symbolAfterNext(x *extraction, toks []token, k int) bool {
	e := k + x.num.numAt(k).num.n
	return e < len(toks) && toks[e].kind == tPunct && currencySymbols[toks[e].text] != ""
}

// wordMoney reads money written as one word: "USD115", "one-yen".
func wordMoney(t token) (Fact, bool) {
	w := t.low
	if len(w) > 3 && isDigit(w[3]) {
		if c, ok := currencyCodes[w[:3]]; ok {
			if v, rest, ok := digitFigure(w[3:]); ok && rest == "" && finite(v) {
				return Fact{Kind: KindMoney, Stated: []float64{v}, Unit: c}, true
			}
		}
	}
	if head, tail, ok := strings.Cut(w, "-"); ok {
		if v, ok := wordValue(head); ok {
			if c, ok := currencyWords[tail]; ok {
				return Fact{Kind: KindMoney, Stated: []float64{v}, Unit: c}, true
			}
		}
	}
	return Fact{}, false
}

// minorUnits reads "50 cents", "and forty-five cents", "and fifty" after a
// whole amount ending before toks[k].
func minorUnits(x *extraction, toks []token, k int) (float64, int, bool) {
	j := k
	if j < len(toks) && toks[j].low == "and" {
		j++
	}
	if j >= len(toks) {
		return 0, k, false
	}
	p := x.num.numAt(j)
	if !p.ok || p.num.frac || p.num.isRange || p.num.value >= 100 || p.num.value != float64(int64(p.num.value)) || p.num.unit != "" {
		return 0, k, false
	}
	e := j + p.num.n
	if e < len(toks) && (toks[e].low == "cents" || toks[e].low == "cent" || toks[e].low == "pence") {
		return p.num.value, e + 1, true
	}
	if c, _ := currencyAfter(x.num.lex, toks, e); c != "" {
		return 0, k, false // "50 dollar 40 rmb": two amounts
	}
	if e < len(toks) && toks[e].kind == tWord && !stopWords[toks[e].low] {
		return 0, k, false // "$5 and 20 people"
	}
	if j == k && !p.num.word {
		return 0, k, false // "$4 25": too loose without words or "and"
	}
	if e < len(toks) && toks[e].kind == tNum {
		return 0, k, false
	}
	return p.num.value, e, true
}

// millionCode reads a currency code with an M for millions: "MUSD", "MEUR".
func millionCode(t token) (string, bool) {
	if t.kind != tWord || len(t.low) != 4 || t.low[0] != 'm' || t.text[0] != 'M' {
		return "", false
	}
	c, ok := currencyCodes[t.low[1:]]
	return c, ok
}

// unitCurrency returns the currency of a word glued to a figure: "cent" in
// "12-cent", "usd" in "115USD".
func unitCurrency(u string) string {
	if c, ok := currencyWords[u]; ok {
		return c
	}
	return currencyCodes[u]
}
