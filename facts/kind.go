// Package facts reads documents and extracts the facts they state: counts,
// numbers, money, durations, dates, people, titles, quotes and lists. A fact
// keeps the exact place and text it came from. Extraction is a pure function
// of one document.
package facts

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// A Kind is the kind of a fact.
type Kind uint8

// The fact kinds. The zero Kind is not valid.
const (
	KindCount Kind = iota + 1
	KindNumber
	KindOrdinal
	KindPercent
	KindMoney
	KindDuration
	KindDate
	KindPerson
	KindTitle
	KindQuote
	KindList
)

var kindNames = [...]string{
	KindCount:    "count",
	KindNumber:   "number",
	KindOrdinal:  "ordinal",
	KindPercent:  "percent",
	KindMoney:    "money",
	KindDuration: "duration",
	KindDate:     "date",
	KindPerson:   "person",
	KindTitle:    "title",
	KindQuote:    "quote",
	KindList:     "list",
}

// String returns the kind's name as the rule language writes it.
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// IsNumeric reports whether facts of kind k carry an interval.
func (k Kind) IsNumeric() bool {
	switch k {
	case KindCount, KindNumber, KindOrdinal, KindPercent, KindMoney, KindDuration:
		return true
	}
	return false
}

// ParseKind returns the Kind named s.
func ParseKind(s string) (Kind, bool) {
	for k, name := range kindNames {
		if name != "" && name == s {
			return Kind(k), true
		}
	}
	return 0, false
}

// KindNames returns the names of all kinds, in declaration order.
func KindNames() []string {
	var names []string
	for _, n := range kindNames {
		if n != "" {
			names = append(names, n)
		}
	}
	return names
}

// A Qualifier is how a figure was hedged: "about", "more than", "up to"…
type Qualifier uint8

// The qualifiers. QualExact is the zero value: a bare figure.
const (
	QualExact   Qualifier = iota // 26
	QualAbout                    // about, around, some, roughly, an estimated …
	QualNearly                   // nearly, almost, just under: close to but below
	QualOver                     // more than, over
	QualAtLeast                  // at least, no fewer than
	QualUpTo                     // as many as, up to
	QualUnder                    // fewer than, less than, under
	QualAtMost                   // at most, no more than
	QualBetween                  // between A and B, A-B
)

var qualNames = [...]string{
	QualExact:   "exact",
	QualAbout:   "about",
	QualNearly:  "nearly",
	QualOver:    "more than",
	QualAtLeast: "at least",
	QualUpTo:    "up to",
	QualUnder:   "fewer than",
	QualAtMost:  "at most",
	QualBetween: "between",
}

// String returns the qualifier's canonical name, as the JSON output carries it.
func (q Qualifier) String() string {
	if int(q) < len(qualNames) {
		return qualNames[q]
	}
	return fmt.Sprintf("Qualifier(%d)", q)
}

// An Interval is a set of values [Min, Max] whose ends may be open.
// Unbounded ends are ±Inf. The zero Interval is the single point 0.
type Interval struct {
	Min, Max         float64
	MinOpen, MaxOpen bool
}

// Point returns the interval holding only v.
func Point(v float64) Interval { return Interval{Min: v, Max: v} }

// Interval reads the figures stated with qualifier q into an interval.
// approx is the relative width of "about N" (0.1 for 10%).
func (q Qualifier) Interval(stated []float64, approx float64) Interval {
	if len(stated) == 0 {
		return Interval{Min: math.Inf(-1), Max: math.Inf(1)}
	}
	n := stated[0]
	switch q {
	case QualAbout:
		d := math.Abs(n) * approx
		return Interval{Min: n - d, Max: n + d}
	case QualNearly:
		return Interval{Min: n - math.Abs(n)*approx, Max: n, MaxOpen: true}
	case QualOver:
		return Interval{Min: n, MinOpen: true, Max: math.Inf(1)}
	case QualAtLeast:
		return Interval{Min: n, Max: math.Inf(1)}
	case QualUpTo, QualAtMost:
		return Interval{Min: 0, Max: n}
	case QualUnder:
		return Interval{Min: 0, Max: n, MaxOpen: true}
	case QualBetween:
		if len(stated) > 1 {
			lo, hi := min(n, stated[1]), max(n, stated[1])
			return Interval{Min: lo, Max: hi}
		}
	}
	return Point(n)
}

// Contains reports whether v lies in the interval.
func (iv Interval) Contains(v float64) bool {
	if v < iv.Min || (iv.MinOpen && v == iv.Min) {
		return false
	}
	if v > iv.Max || (iv.MaxOpen && v == iv.Max) {
		return false
	}
	return true
}

// IsPoint reports whether the interval holds exactly one value.
func (iv Interval) IsPoint() bool { return iv.Min == iv.Max && !iv.MinOpen && !iv.MaxOpen }

// Integers returns the smallest closed interval of whole numbers inside iv,
// for counts: "more than 20" holds 21 and up; "fewer than 25" at most 24.
// ok is false when no whole number fits.
func (iv Interval) Integers() (lo, hi float64, ok bool) {
	lo, hi = math.Ceil(iv.Min), math.Floor(iv.Max)
	if iv.MinOpen && lo == iv.Min {
		lo++
	}
	if iv.MaxOpen && hi == iv.Max {
		hi--
	}
	return lo, hi, lo <= hi
}

// FormatNumber writes v the short way: "26", "2.5", "1600000".
func FormatNumber(v float64) string {
	switch {
	case math.IsInf(v, 1):
		return "∞"
	case math.IsInf(v, -1):
		return "-∞"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// String shows the interval as a person reads it: "26", "≤25", ">20",
// "≥6", "<25", "20–30", "[22.5, 27.5)".
func (iv Interval) String() string {
	lowInf, highInf := math.IsInf(iv.Min, -1), math.IsInf(iv.Max, 1)
	switch {
	case iv.IsPoint():
		return FormatNumber(iv.Min)
	case lowInf && highInf:
		return "any"
	case highInf:
		if iv.MinOpen {
			return ">" + FormatNumber(iv.Min)
		}
		return "≥" + FormatNumber(iv.Min)
	case lowInf || iv.Min == 0 && !iv.MinOpen:
		if iv.MaxOpen {
			return "<" + FormatNumber(iv.Max)
		}
		return "≤" + FormatNumber(iv.Max)
	case !iv.MinOpen && !iv.MaxOpen:
		return FormatNumber(iv.Min) + "–" + FormatNumber(iv.Max)
	}
	var b strings.Builder
	b.WriteString(map[bool]string{true: "(", false: "["}[iv.MinOpen])
	b.WriteString(FormatNumber(iv.Min) + ", " + FormatNumber(iv.Max))
	b.WriteString(map[bool]string{true: ")", false: "]"}[iv.MaxOpen])
	return b.String()
}
