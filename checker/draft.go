package checker

import (
	"fmt"
	"slices"

	"github.com/factlint/factlint/facts"
)

// UnsupportedRule is the name and ID of the findings for draft figures and
// quotes that no source supports.
const UnsupportedRule = "unsupported"

// CheckDraft checks the facts of one draft against its sources: every rule
// runs over the draft and the sources together, but only findings in which
// a draft mention disagrees are kept, so sources may disagree among
// themselves without failing the draft. A draft figure or quote that no
// source supports, and that no rule already reported, is an unsupported
// finding. draft is the draft's source name as its facts carry it.
func (p *Program) CheckDraft(draft string, all []facts.Fact) *Report {
	rep := p.check(all, draft, nil)
	reported := map[[2]int]bool{}
	for _, f := range rep.Findings {
		for _, m := range f.Mentions {
			if m.Source == draft && !m.Agrees {
				reported[[2]int{m.Pos.Offset, m.End.Offset}] = true
			}
		}
	}
	sorted := make([]*facts.Fact, len(all))
	for i := range all {
		sorted[i] = &all[i]
	}
	slices.SortFunc(sorted, compareFacts)
	sev := p.UnsupportedSeverity
	if sev == 0 {
		sev = SeverityWarning
	}
	res := RuleResult{Name: UnsupportedRule, ID: UnsupportedRule, Severity: sev, Status: StatusPass, Sources: 1}
	for _, d := range sorted {
		if d.Source != draft || !checkedForSupport(d.Kind) {
			continue
		}
		res.Mentions++
		if reported[[2]int{d.Pos.Offset, d.End.Offset}] || p.supported(d, sorted, draft) {
			continue
		}
		f := Finding{Rule: UnsupportedRule, RuleID: UnsupportedRule, Severity: sev, Mentions: []Mention{textMention(d, reading(d, p.Approx), false)}}
		if d.Kind == facts.KindQuote {
			f.Message = fmt.Sprintf("no source has the words '%s' (%s)", short(d.Quote, 10), place(d))
		} else {
			f.Message = fmt.Sprintf("no source supports %s %s", where(d), reads(d, p.Approx))
		}
		rep.Findings = append(rep.Findings, f)
		res.Status = StatusFail
	}
	if res.Mentions == 0 {
		res.Status = StatusNoFacts
	}
	rep.Rules = append(rep.Rules, res)
	return rep
}

// checkedForSupport reports whether draft facts of kind k must be found in
// a source: figures and quotes. Ordinals are too often incidental ("the
// third day") to demand a source.
func checkedForSupport(k facts.Kind) bool {
	return k == facts.KindQuote || k.IsNumeric() && k != facts.KindOrdinal
}

func reading(f *facts.Fact, approx float64) string {
	if f.Kind.IsNumeric() {
		return f.Reading(approx)
	}
	return ""
}

// supported reports whether some source states draft fact d: a figure of
// the same kind, noun class and unit whose interval meets d's; or a quote
// of which d's words are an exact part.
func (p *Program) supported(d *facts.Fact, all []*facts.Fact, draft string) bool {
	dw := norms(quoteWords(d.Quote))
	for _, s := range all {
		if s.Source == draft || s.Kind != d.Kind {
			continue
		}
		if d.Kind == facts.KindQuote {
			if sw := norms(quoteWords(s.Quote)); len(dw) > 0 && indexWords(sw, dw) >= 0 {
				return true
			}
			continue
		}
		if d.Class != "" && s.Class != "" && d.Class != s.Class || d.Unit != "" && s.Unit != "" && d.Unit != s.Unit {
			continue
		}
		ivs := []facts.Interval{d.Interval(p.Approx), s.Interval(p.Approx)}
		if m, _ := largestAgreeing(ivs, []string{d.Source, s.Source}, d.Kind == facts.KindCount); len(m) == 2 {
			return true
		}
	}
	return false
}
