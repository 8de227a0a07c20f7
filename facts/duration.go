package facts

import "strings"

// durationUnits maps a unit of time, as written, to the unit a duration
// fact carries and how many of those it is: "fortnight" is 2 weeks,
// "decade" 10 years. Units are normalised to the plural: "days".
var durationUnits = map[string]struct {
	unit   string
	factor float64
}{
	"second": {"seconds", 1}, "seconds": {"seconds", 1}, "sec": {"seconds", 1}, "secs": {"seconds", 1},
	"minute": {"minutes", 1}, "minutes": {"minutes", 1}, "min": {"minutes", 1}, "mins": {"minutes", 1},
	"hour": {"hours", 1}, "hours": {"hours", 1}, "hr": {"hours", 1}, "hrs": {"hours", 1},
	"day": {"days", 1}, "days": {"days", 1},
	"week": {"weeks", 1}, "weeks": {"weeks", 1},
	"fortnight": {"weeks", 2}, "fortnights": {"weeks", 2},
	"month": {"months", 1}, "months": {"months", 1},
	"year": {"years", 1}, "years": {"years", 1},
	"decade": {"years", 10}, "decades": {"years", 10},
	"century": {"years", 100}, "centuries": {"years", 100},
}

// durationStarts filters the lookups of durationUnits after a figure
// (TestDurationStarts).
var durationStarts = func() (t wordStarts) {
	for w := range durationUnits {
		t.add(w)
	}
	return t
}()

// extractDurations finds "30-day", "90-minute", "18 months", "24 hours",
// "two weeks", "up to 30 days", "a fortnight". Stated holds the figures
// as written, times the unit's factor; Unit the normalised unit.
func extractDurations(x *extraction, toks []token) {
	for i := x.num.from(0); i < len(toks); i = x.num.from(i + 1) {
		if x.num.claimed[i] {
			continue
		}
		if toks[i].kind == tPunct || toks[i].kind == tWord && x.num.lex[i]&(lexNumber|lexDuration) == 0 {
			continue
		}
		w := toks[i].low
		if (w == "a" || w == "one") && i+1 < len(toks) && (toks[i+1].low == "fortnight") && x.free(i, i+2) {
			q, qs := qualifierBefore(toks, i)
			x.emitToks(Fact{Kind: KindDuration, Qualifier: q, Stated: []float64{2}, Unit: "weeks"}, toks, qs, i+2)
			i++
			continue
		}
		if toks[i].kind == tWord && strings.IndexByte(w, '-') > 0 {
			// "two-week", "six-month"
			head, tail, _ := strings.Cut(w, "-")
			if v, ok := wordValue(head); ok {
				if u, ok := durationUnits[strings.TrimSuffix(tail, "-long")]; ok {
					q, qs := qualifierBefore(toks, i)
					x.emitToks(Fact{Kind: KindDuration, Qualifier: q, Stated: []float64{v * u.factor}, Unit: u.unit}, toks, qs, i+1)
					continue
				}
			}
		}
		if !x.num.hasNum(i) {
			continue
		}
		f, ok := x.readFigure(toks, i)
		if !ok || f.num.frac || f.stated[0] < 0 {
			continue
		}
		var u struct {
			unit   string
			factor float64
		}
		end := f.after
		if f.num.unit != "" {
			if u, ok = durationUnits[strings.TrimSuffix(f.num.unit, "-long")]; !ok {
				continue
			}
		} else {
			if end >= len(toks) {
				continue
			}
			if !durationStarts.may(toks[end].low) {
				continue
			}
			if u, ok = durationUnits[toks[end].low]; !ok {
				continue
			}
			if !strings.HasSuffix(toks[end].low, "s") && f.stated[0] != 1 && toks[end].low != "fortnight" {
				continue // "twenty second" is an ordinal; "30 day" is not English
			}
			end++
		}
		if !x.free(f.start, end) {
			continue
		}
		stated := make([]float64, len(f.stated))
		for k, v := range f.stated {
			stated[k] = v * u.factor
		}
		x.emitToks(Fact{Kind: KindDuration, Qualifier: f.qual, Stated: stated, Unit: u.unit}, toks, f.start, end)
		i = end - 1
	}
}
