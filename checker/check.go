package checker

import (
	"fmt"
	"sort"
	"strings"

	"github.com/factlint/factlint/facts"
)

// A pass is one rule's run over the mentions its fact selected, like an
// analysis.Pass: the rule reads Mentions and calls Report.
type pass struct {
	rule     *Rule
	approx   float64
	mentions []*facts.Fact
	findings []Finding
}

func (p *pass) report(f Finding) {
	f.Rule, f.RuleID, f.Severity, f.RulePos = p.rule.Name, p.rule.ID, p.rule.Severity, p.rule.Pos
	p.findings = append(p.findings, f)
}

// Select returns the facts that fact f collects, in the order given.
func (p *Program) Select(f *Fact, all []facts.Fact) []*facts.Fact {
	var out []*facts.Fact
	for i := range all {
		m := &all[i]
		if m.Kind != f.Kind {
			continue
		}
		if f.Classes != nil && !contains(f.Classes, m.Class) {
			continue
		}
		if f.Where != nil && !f.Where(m) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// Check evaluates every rule over the facts of a corpus. The report is
// deterministic for the same facts, whatever their order.
func (p *Program) Check(all []facts.Fact) *Report {
	all = append([]facts.Fact(nil), all...)
	sort.SliceStable(all, func(i, j int) bool { return factLess(&all[i], &all[j]) })
	rep := &Report{}
	for _, r := range p.Rules {
		ps := &pass{rule: r, approx: p.Approx, mentions: p.Select(r.Fact, all)}
		r.run(ps)
		res := RuleResult{Name: r.Name, ID: r.ID, Severity: r.Severity, Pos: r.Pos, Mentions: len(ps.mentions), Status: StatusPass}
		srcs := map[string]bool{}
		for _, m := range ps.mentions {
			srcs[m.Source] = true
		}
		res.Sources = len(srcs)
		res.Values = values(ps.mentions, p.Approx)
		switch {
		case len(ps.findings) > 0:
			res.Status = StatusFail
		case len(ps.mentions) == 0:
			res.Status = StatusNoFacts
		}
		rep.Rules = append(rep.Rules, res)
		rep.Findings = append(rep.Findings, ps.findings...)
	}
	return rep
}

func factLess(a, b *facts.Fact) bool {
	if a.Source != b.Source {
		return a.Source < b.Source
	}
	if a.Pos.Offset != b.Pos.Offset {
		return a.Pos.Offset < b.Pos.Offset
	}
	return a.End.Offset < b.End.Offset
}

// groups splits mentions by noun class when the fact asks for it, keeping
// the classes in order of first appearance.
func groups(f *Fact, ms []*facts.Fact) [][]*facts.Fact {
	if !f.ByClass {
		return [][]*facts.Fact{ms}
	}
	idx := map[string]int{}
	var out [][]*facts.Fact
	for _, m := range ms {
		i, ok := idx[m.Class]
		if !ok {
			i = len(out)
			idx[m.Class] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], m)
	}
	return out
}

// agreesAcrossSources reports, per group, the mentions that no single value
// reconciles with the largest agreeing group. Mentions from one source alone
// are never a conflict across sources.
func agreesAcrossSources(p *pass) {
	for _, g := range groups(p.rule.Fact, p.mentions) {
		ivs := make([]facts.Interval, len(g))
		srcs := make([]string, len(g))
		distinct := map[string]bool{}
		for i, m := range g {
			ivs[i], srcs[i] = m.Interval(p.approx), m.Source
			distinct[m.Source] = true
		}
		if len(distinct) < 2 {
			continue
		}
		members, fit := largestAgreeing(ivs, srcs, p.rule.Fact.Kind == facts.KindCount)
		if len(members) == len(g) {
			continue
		}
		in := make([]bool, len(g))
		for _, i := range members {
			in[i] = true
		}
		f := Finding{}
		var outliers []string
		for i, m := range g {
			f.Mentions = append(f.Mentions, mention(m, p.approx, in[i]))
			if !in[i] {
				outliers = append(outliers, fmt.Sprintf("%q (%s:%d) reads %s", m.Text, m.Source, m.Pos.Line, m.Reading(p.approx)))
			}
		}
		f.Message = fmt.Sprintf("%s fit %s; %s", plural(len(members), "mention"), fit, strings.Join(outliers, "; "))
		if len(members) == 0 {
			f.Message = "no value fits any mention; " + strings.Join(outliers, "; ")
		}
		p.report(f)
	}
}

func mention(m *facts.Fact, approx float64, agrees bool) Mention {
	return Mention{
		Source:   m.Source,
		Pos:      m.Pos,
		End:      m.End,
		Text:     m.Text,
		Sentence: m.Sentence,
		Reading:  m.Reading(approx),
		Agrees:   agrees,

		CharStart: m.CharStart,
		CharEnd:   m.CharEnd,
		Prefix:    m.Prefix,
		Suffix:    m.Suffix,
		SentStart: m.SentStart,
		SentEnd:   m.SentEnd,
	}
}

// values groups mentions by how they were read, with the sources that said
// each; the most widely said first, ties in order of first appearance.
func values(ms []*facts.Fact, approx float64) []Value {
	var out []Value
	idx := map[string]int{}
	seen := map[[2]string]bool{}
	for _, m := range ms {
		v := valueOf(m, approx)
		i, ok := idx[v]
		if !ok {
			i = len(out)
			idx[v] = i
			out = append(out, Value{Value: v})
		}
		out[i].Mentions++
		if !seen[[2]string{v, m.Source}] {
			seen[[2]string{v, m.Source}] = true
			out[i].Sources = append(out[i].Sources, m.Source)
		}
	}
	for i := range out {
		sort.Strings(out[i].Sources)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Sources) > len(out[j].Sources) })
	return out
}

// valueOf is what a mention says, for the standup table.
func valueOf(m *facts.Fact, approx float64) string {
	switch {
	case m.Kind.IsNumeric() && len(m.Stated) > 0:
		return m.Reading(approx)
	case m.Name != "":
		return m.Name
	case m.Quote != "":
		return m.Quote
	case m.Value != "":
		return m.Value
	}
	return m.Text
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
