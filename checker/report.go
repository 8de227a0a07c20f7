package checker

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/factlint/factlint/source"
)

// A Severity says how much a finding matters.
type Severity uint8

// Severities, from least to most serious.
const (
	SeverityInfo Severity = iota + 1
	SeverityWarning
	SeverityError
)

var severityNames = [...]string{SeverityInfo: "info", SeverityWarning: "warning", SeverityError: "error"}

func (s Severity) String() string {
	if s >= SeverityInfo && s <= SeverityError {
		return severityNames[s]
	}
	return fmt.Sprintf("Severity(%d)", s)
}

// ParseSeverity returns the severity named s.
func ParseSeverity(s string) (Severity, bool) {
	for i, n := range severityNames {
		if n != "" && n == s {
			return Severity(i), true
		}
	}
	return 0, false
}

// A Status is what became of a rule in one run.
type Status string

// Rule statuses, as the JSON report carries them.
const (
	StatusPass    Status = "pass"     // the rule had facts and found nothing
	StatusFail    Status = "fail"     // the rule found at least one conflict
	StatusNoFacts Status = "no-facts" // nothing in the corpus fed the rule
)

// A Report is the outcome of checking a corpus: findings sorted by rule file
// position, then source, line and column; and one result per rule.
type Report struct {
	Findings []Finding
	Rules    []RuleResult
	// Baselined counts the findings a baseline hid.
	Baselined int
}

// A RuleResult is one rule's status in a run.
type RuleResult struct {
	Name     string
	ID       string
	Severity Severity
	Status   Status
	Pos      source.Position // where the rule is declared
	Mentions int             // mentions the rule looked at
	Sources  int             // sources those mentions came from
	Values   []Value         // what the mentions said, most widely said first
}

// A Value is one way a rule's mentions were read, with the sources that
// said it: the standup table's "26 (3 sources), ≤25 (1 source)".
type Value struct {
	Value    string   // the reading ("26", "≤25"), or the text for mentions that are not numbers
	Sources  []string // the distinct sources, sorted
	Mentions int
}

// A Finding is one conflict, shaped like an analysis.Diagnostic: the rule
// that found it, a message, and every mention involved with its place.
type Finding struct {
	Rule     string
	RuleID   string
	Severity Severity
	Message  string
	RulePos  source.Position
	Mentions []Mention
}

// A Mention is one piece of evidence: where it is, what it says, how it was
// read, and whether it sides with the largest agreeing group.
type Mention struct {
	Source   string
	Pos, End source.Position
	Text     string
	Sentence string
	Reading  string // empty for mentions that are not numbers
	Agrees   bool

	// For annotations: Text's characters in the original file (code points
	// from 0, end excluded), the file's characters just before and after
	// it, and Text's byte offsets within Sentence (both zero when unknown).
	CharStart, CharEnd int
	Prefix, Suffix     string
	SentStart, SentEnd int
}

// FailsAt reports whether any finding is at or above severity s.
func (r *Report) FailsAt(s Severity) bool {
	for _, f := range r.Findings {
		if f.Severity >= s {
			return true
		}
	}
	return false
}

// maxValues is how many values a merged rule result keeps.
const maxValues = 20

// ValueFloor returns how many sources a value of rule i of a report merged
// into r must have more than to be among r's values after the merge: the
// sources of r's last value kept, once r keeps maxValues values sorted most
// widely said first; else 0. Merging more never lowers it: the kept values
// are the most widely said of more.
func (r *Report) ValueFloor(i int) int {
	if i >= len(r.Rules) {
		return 0
	}
	vs := r.Rules[i].Values
	if len(vs) < maxValues || !slices.IsSortedFunc(vs, moreSources) {
		return 0
	}
	// A value of as many sources as the last kept comes after it: Merge
	// keeps r's values first on ties.
	return len(vs[maxValues-1].Sources)
}

// aboveFloor cuts values, sorted most widely said first, to those of more
// than floor sources.
func aboveFloor(vs []Value, floor int) []Value {
	for i, v := range vs {
		if len(v.Sources) <= floor {
			return vs[:i]
		}
	}
	return vs
}

// Merge adds the report of another story, checked by the same program, to
// r: its findings follow r's, and each rule's result adds up. The strings of
// o's findings are copied, so the documents they were cut from can be
// freed: a run over an archive keeps one story's documents at a time.
func (r *Report) Merge(o *Report) {
	for _, f := range o.Findings {
		ms := make([]Mention, len(f.Mentions))
		for i, m := range f.Mentions {
			m.Text, m.Sentence = strings.Clone(m.Text), strings.Clone(m.Sentence)
			m.Prefix, m.Suffix = strings.Clone(m.Prefix), strings.Clone(m.Suffix)
			ms[i] = m
		}
		f.Mentions = ms
		f.Message = strings.Clone(f.Message)
		r.Findings = append(r.Findings, f)
	}
	r.Baselined += o.Baselined
	if len(r.Rules) == 0 {
		r.Rules = append(r.Rules, o.Rules...)
		for i := range r.Rules {
			r.Rules[i].Values = cloneValues(r.Rules[i].Values)
		}
		return
	}
	for i := range r.Rules {
		if i >= len(o.Rules) {
			break
		}
		a, b := &r.Rules[i], o.Rules[i]
		a.Mentions += b.Mentions
		a.Sources += b.Sources
		switch {
		case a.Status == StatusFail || b.Status == StatusFail:
			a.Status = StatusFail
		case a.Status == StatusPass || b.Status == StatusPass:
			a.Status = StatusPass
		}
		// Of b's values, sorted most widely said first as a's are, only
		// the first maxValues can be among the first maxValues of both:
		// copy no more.
		bv := b.Values[:min(len(b.Values), maxValues)]
		if !slices.IsSortedFunc(a.Values, moreSources) || !slices.IsSortedFunc(bv, moreSources) {
			a.Values = append(a.Values, cloneValues(bv)...)
			sort.SliceStable(a.Values, func(i, j int) bool { return len(a.Values[i].Sources) > len(a.Values[j].Sources) })
			a.Values = a.Values[:min(len(a.Values), maxValues)]
			continue
		}
		a.Values = mergeValues(a.Values, bv)
	}
}

// moreSources orders values most widely said first.
func moreSources(a, b Value) int { return len(b.Sources) - len(a.Sources) }

// mergeValues returns the first maxValues of a and b, both sorted most
// widely said first, as a stable sort of a then b gives them: a's first on
// ties. Only b's values kept are copied. Once a holds maxValues values, a
// story's values mostly have too few sources to join them, and a is kept
// as it is: copying every value of every story and sorting them by
// reflection was most of Merge.
func mergeValues(a, b []Value) []Value {
	if len(b) == 0 || len(a) >= maxValues && len(b[0].Sources) <= len(a[maxValues-1].Sources) {
		return a[:min(len(a), maxValues)]
	}
	out := make([]Value, 0, min(len(a)+len(b), maxValues))
	i, j := 0, 0
	for len(out) < maxValues && (i < len(a) || j < len(b)) {
		if j == len(b) || i < len(a) && len(a[i].Sources) >= len(b[j].Sources) {
			out = append(out, a[i])
			i++
			continue
		}
		v := b[j]
		out = append(out, Value{Value: strings.Clone(v.Value), Sources: v.Sources, Mentions: v.Mentions})
		j++
	}
	return out
}

func cloneValues(vs []Value) []Value {
	out := make([]Value, len(vs))
	for i, v := range vs {
		out[i] = Value{Value: strings.Clone(v.Value), Sources: v.Sources, Mentions: v.Mentions}
	}
	return out
}
