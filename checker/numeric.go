package checker

// This file evaluates the expectations over figures and presence: agreement
// within a source and with another fact, bounds, tolerances, presence in
// sources; and dates compared as written.

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/factlint/factlint/dsl"
	"github.com/factlint/factlint/facts"
)

// interval reads a mention widened by share of the rule's tolerance on each
// side: agreement splits the tolerance between two mentions (share 0.5), a
// bound gives it all to the mention (share 1).
func (p *pass) interval(m *facts.Fact, share float64) facts.Interval {
	iv := m.Interval(p.approx)
	w := p.rule.Within * share
	if w == 0 {
		return iv
	}
	if p.rule.WithinPercent {
		iv.Min -= math.Abs(iv.Min) * w
		iv.Max += math.Abs(iv.Max) * w
	} else {
		iv.Min -= w
		iv.Max += w
	}
	return iv
}

// agreesWithinEachSource compares the mentions of each source among
// themselves: one article should not say 26 and then 25.
func agreesWithinEachSource(p *pass) {
	for _, part := range partition(p.mentions, bySource) {
		for _, g := range groups(p.rule.Fact, part) {
			if len(g) > 1 {
				p.agree(g)
			}
		}
	}
}

// agreesWith compares the mentions of two facts as one group: a value must
// fit all of them.
func agreesWith(p *pass) {
	all := append(append([]*facts.Fact(nil), p.mentions...), p.others...)
	slices.SortStableFunc(all, compareFacts)
	all = slices.Compact(all)
	if len(p.mentions) == 0 || len(p.others) == 0 {
		return
	}
	p.agree(all)
}

// withinBounds reports each mention that no value allowed by the
// expectation (equals, between, at least, at most, widened by the
// tolerance) can fit.
func withinBounds(p *pass) {
	r := p.rule
	lo, hi := math.Inf(-1), math.Inf(1)
	switch r.Op {
	case dsl.OpEquals:
		lo, hi = r.Args[0], r.Args[0]
	case dsl.OpBetween:
		lo, hi = r.Args[0], r.Args[1]
	case dsl.OpAtLeast:
		lo = r.Args[0]
	case dsl.OpAtMost:
		hi = r.Args[0]
	}
	want := facts.Interval{Min: lo, Max: hi}
	for _, m := range p.mentions {
		iv := p.interval(m, 1)
		if overlaps(iv, want) {
			continue
		}
		mn := mention(m, p.approx, false)
		p.report(Finding{
			Message:  fmt.Sprintf("%q (%s:%d) reads %s; expected %s", m.Text, m.Source, m.Pos.Line, m.Reading(p.approx), expected(r)),
			Mentions: []Mention{mn},
		})
	}
}

// overlaps reports whether some value lies in both intervals.
func overlaps(a, b facts.Interval) bool {
	lo, loOpen := a.Min, a.MinOpen
	if b.Min > lo || b.Min == lo && b.MinOpen {
		lo, loOpen = b.Min, b.MinOpen
	}
	hi, hiOpen := a.Max, a.MaxOpen
	if b.Max < hi || b.Max == hi && b.MaxOpen {
		hi, hiOpen = b.Max, b.MaxOpen
	}
	return lo < hi || lo == hi && !loOpen && !hiOpen
}

// expected says what the rule expects, for messages: "26", "20–30 within 5%".
func expected(r *Rule) string {
	var s string
	n := facts.FormatNumber
	switch r.Op {
	case dsl.OpEquals:
		s = n(r.Args[0])
	case dsl.OpBetween:
		s = "between " + n(r.Args[0]) + " and " + n(r.Args[1])
	case dsl.OpAtLeast:
		s = "at least " + n(r.Args[0])
	case dsl.OpAtMost:
		s = "at most " + n(r.Args[0])
	case dsl.OpPresentInAtLeast:
		return fmt.Sprintf("present in at least %s", plural(int(r.Args[0]), "source"))
	case dsl.OpPresentInEvery:
		return "present in every source"
	default:
		return r.Expect
	}
	if r.Within > 0 {
		if r.WithinPercent {
			s += " within " + n(r.Within*100) + "%"
		} else {
			s += " within " + n(r.Within)
		}
	}
	return s
}

// presentInEvery reports each source of the corpus that never states the fact.
func presentInEvery(p *pass) {
	have := map[string]bool{}
	for _, m := range p.mentions {
		have[m.Source] = true
	}
	for _, s := range p.sources {
		if !have[s] {
			p.report(Finding{
				Message:  fmt.Sprintf("%s is not stated in %s", p.rule.Fact.Name, s),
				Mentions: []Mention{{Source: s}},
			})
		}
	}
}

// presentInAtLeast reports when fewer sources than asked state the fact.
func presentInAtLeast(p *pass) {
	have := map[string]bool{}
	var ms []Mention
	for _, m := range p.mentions {
		have[m.Source] = true
		ms = append(ms, mention(m, p.approx, true))
	}
	if want := int(p.rule.Args[0]); len(have) < want {
		p.report(Finding{
			Message:  fmt.Sprintf("%s is stated in %s; expected at least %d", p.rule.Fact.Name, plural(len(have), "source"), want),
			Mentions: ms,
		})
	}
}

// datesAgreeWithin compares the dates each source states among themselves,
// as written (normalised): the value most mentions state wins, and every
// other value is a conflict.
func datesAgreeWithin(p *pass) {
	parts := [][]*facts.Fact{p.mentions}
	if p.rule.Op == dsl.OpAgreeWithin {
		parts = partition(p.mentions, bySource)
	}
	for _, g := range parts {
		count := map[string]int{}
		best := ""
		for _, m := range g {
			v := writtenDate(m)
			count[v]++
			if count[v] > count[best] || count[v] == count[best] && v < best {
				best = v
			}
		}
		if len(count) < 2 {
			continue
		}
		f := Finding{}
		var out []string
		for _, m := range g {
			ok := writtenDate(m) == best
			mn := mention(m, p.approx, ok)
			mn.Reading = writtenDate(m)
			f.Mentions = append(f.Mentions, mn)
			if !ok {
				out = append(out, fmt.Sprintf("%q (%s:%d)", m.Text, m.Source, m.Pos.Line))
			}
		}
		f.Message = fmt.Sprintf("%s say %s; %s", plural(count[best], "mention"), best, strings.Join(out, "; "))
		p.report(f)
	}
}

// writtenDate is a date's resolved value, or its text normalised.
func writtenDate(m *facts.Fact) string {
	if m.Value != "" {
		return m.Value
	}
	return strings.ToLower(strings.Join(strings.Fields(m.Text), " "))
}

// nearPredicate is true when one of the words lies within n words of the
// mention in its sentence.
func nearPredicate(words []*dsl.String, n int) func(*facts.Fact) bool {
	var targets [][]string
	for _, w := range words {
		targets = append(targets, wordsOf(w.Value))
	}
	return func(f *facts.Fact) bool {
		sent := wordSpans(f.Sentence)
		at := strings.Index(f.Sentence, f.Text)
		if at < 0 {
			at = strings.Index(strings.ToLower(f.Sentence), strings.ToLower(strings.Join(strings.Fields(f.Text), " ")))
		}
		// The mention's words, by index; without a place, the whole sentence.
		first, last := 0, len(sent)-1
		if at >= 0 {
			end := at + len(f.Text)
			first, last = -1, -1
			for i, s := range sent {
				if s.end > at && s.start < end {
					if first < 0 {
						first = i
					}
					last = i
				}
			}
			if first < 0 {
				return false
			}
		}
		for _, t := range targets {
			for i := 0; i+len(t) <= len(sent); i++ {
				if !matchAt(sent, i, t) {
					continue
				}
				j := i + len(t) - 1
				if j < first && first-j <= n || i > last && i-last <= n || i <= last && j >= first {
					return true
				}
			}
		}
		return false
	}
}

type span struct {
	start, end int
	word       string
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}'’-]*`)

func wordSpans(s string) []span {
	var out []span
	for _, m := range wordRE.FindAllStringIndex(s, -1) {
		out = append(out, span{m[0], m[1], strings.ToLower(s[m[0]:m[1]])})
	}
	return out
}

func wordsOf(s string) []string {
	var out []string
	for _, sp := range wordSpans(s) {
		out = append(out, sp.word)
	}
	return out
}

func matchAt(sent []span, i int, t []string) bool {
	for k, w := range t {
		if sent[i+k].word != w {
			return false
		}
	}
	return len(t) > 0
}

// sameSpeaker reports whether a quote's speaker is the named person:
// equal ignoring case, or one name ends with the other ("Starmer" and
// "Keir Starmer").
func sameSpeaker(speaker, name string) bool {
	a, b := wordsOf(speaker), wordsOf(name)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	return slices.Equal(a[len(a)-len(b):], b)
}

// expand fills the rule's message template for a finding: {fact} the
// fact's name, {values} the distinct readings, {sources} the sources,
// {rule} the rule's title, {expected} what the rule expects.
func (p *pass) expand(f Finding) string {
	var values, sources []string
	for _, m := range f.Mentions {
		if m.Reading != "" && !slices.Contains(values, m.Reading) {
			values = append(values, m.Reading)
		}
		if m.Source != "" && !slices.Contains(sources, m.Source) {
			sources = append(sources, m.Source)
		}
	}
	return placeholderRE.ReplaceAllStringFunc(p.rule.Message, func(s string) string {
		switch s[1 : len(s)-1] {
		case "fact":
			return p.rule.Fact.Name
		case "values":
			return strings.Join(values, ", ")
		case "sources":
			return strings.Join(sources, ", ")
		case "rule":
			return p.rule.Name
		case "expected":
			return expected(p.rule)
		}
		return s
	})
}
