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
	others   []*facts.Fact // the mentions of Rule.Other, for "agrees with"
	sources  []string      // every source of the corpus, sorted
	ref      *Reference
	findings []Finding
}

func (p *pass) report(f Finding) {
	f.Rule, f.RuleID, f.Severity, f.RulePos = p.rule.Name, p.rule.ID, p.rule.Severity, p.rule.Pos
	if p.rule.Message != "" {
		f.Message = p.expand(f)
	}
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
	var sources []string
	for i := range all {
		if i == 0 || all[i].Source != all[i-1].Source {
			sources = append(sources, all[i].Source)
		}
	}
	for _, r := range p.Rules {
		ps := &pass{rule: r, approx: p.Approx, mentions: p.Select(r.Fact, all), sources: sources, ref: &p.Reference}
		if r.Other != nil {
			ps.others = p.Select(r.Other, all)
		}
		r.run(ps)
		res := RuleResult{Name: r.Name, ID: r.ID, Severity: r.Severity, Pos: r.Pos, Mentions: len(ps.mentions), Status: StatusPass}
		srcs := map[string]bool{}
		for _, m := range ps.mentions {
			srcs[m.Source] = true
		}
		res.Sources = len(srcs)
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
		distinct := map[string]bool{}
		for _, m := range g {
			distinct[m.Source] = true
		}
		if len(distinct) < 2 {
			continue
		}
		p.agree(g)
	}
}

// agree reports the mentions of g that no single value reconciles with the
// largest agreeing group, widened by the rule's tolerance.
func (p *pass) agree(g []*facts.Fact) {
	ivs := make([]facts.Interval, len(g))
	srcs := make([]string, len(g))
	for i, m := range g {
		ivs[i], srcs[i] = p.interval(m, 0.5), m.Source
	}
	integers := p.rule.Fact.Kind == facts.KindCount && p.rule.Within == 0
	members, fit := largestAgreeing(ivs, srcs, integers)
	if len(members) == len(g) {
		return
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

func mention(m *facts.Fact, approx float64, agrees bool) Mention {
	return Mention{
		Source:   m.Source,
		Pos:      m.Pos,
		End:      m.End,
		Text:     m.Text,
		Sentence: m.Sentence,
		Reading:  m.Reading(approx),
		Agrees:   agrees,
	}
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
