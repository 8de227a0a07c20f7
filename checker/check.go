package checker

import (
	"cmp"
	"fmt"
	"slices"
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
	ptrs := make([]*facts.Fact, len(all))
	for i := range all {
		ptrs[i] = &all[i]
	}
	return p.selectFacts(f, ptrs)
}

func (p *Program) selectFacts(f *Fact, all []*facts.Fact) []*facts.Fact {
	var out []*facts.Fact
	for _, m := range all {
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

// Check evaluates every rule over the facts of a corpus. Facts are compared
// only within one story (Fact.Story); a run over one story leaves it empty.
// The report is deterministic for the same facts, whatever their order.
func (p *Program) Check(all []facts.Fact) *Report {
	// Sort pointers, not the facts themselves: a Fact is large. Facts
	// usually arrive sorted, in input order, and then need no sorting.
	sorted := make([]*facts.Fact, len(all))
	for i := range all {
		sorted[i] = &all[i]
	}
	if !slices.IsSortedFunc(sorted, compareFacts) {
		slices.SortFunc(sorted, compareFacts)
	}
	var stories [][]*facts.Fact
	index := map[string]int{}
	for _, f := range sorted {
		i, ok := index[f.Story]
		if !ok {
			i = len(stories)
			index[f.Story] = i
			stories = append(stories, nil)
		}
		stories[i] = append(stories[i], f)
	}
	slices.SortFunc(stories, func(a, b []*facts.Fact) int { return strings.Compare(a[0].Story, b[0].Story) })
	rep := &Report{}
	for _, r := range p.Rules {
		res := RuleResult{Name: r.Name, ID: r.ID, Severity: r.Severity, Pos: r.Pos, Status: StatusPass}
		srcs := map[string]bool{}
		failed := false
		for _, story := range stories {
			ps := &pass{rule: r, approx: p.Approx, mentions: p.selectFacts(r.Fact, story)}
			r.run(ps)
			res.Mentions += len(ps.mentions)
			for _, m := range ps.mentions {
				srcs[m.Source] = true
			}
			failed = failed || len(ps.findings) > 0
			rep.Findings = append(rep.Findings, ps.findings...)
		}
		res.Sources = len(srcs)
		switch {
		case failed:
			res.Status = StatusFail
		case res.Mentions == 0:
			res.Status = StatusNoFacts
		}
		rep.Rules = append(rep.Rules, res)
	}
	return rep
}

// compareFacts orders facts by source, place, kind and text: a total
// order, so the result does not depend on the input order.
func compareFacts(a, b *facts.Fact) int {
	return cmp.Or(
		strings.Compare(a.Source, b.Source),
		cmp.Compare(a.Pos.Offset, b.Pos.Offset),
		cmp.Compare(a.End.Offset, b.End.Offset),
		cmp.Compare(a.Kind, b.Kind),
		strings.Compare(a.Text, b.Text),
	)
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
