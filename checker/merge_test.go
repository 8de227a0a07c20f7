package checker

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/factlint/factlint/facts"
)

// Checking stories one by one and merging must give what checking them
// together gives: the archive mode's streaming changes memory, not results.
func TestMergeEqualsWholeCheck(t *testing.T) {
	p := compileFile(t, "../rules/default.rules")
	all := syntheticFacts(3000)
	whole := p.Check(all)

	byStory := map[string][]facts.Fact{}
	var order []string
	for _, f := range all {
		if _, ok := byStory[f.Story]; !ok {
			order = append(order, f.Story)
		}
		byStory[f.Story] = append(byStory[f.Story], f)
	}
	merged := &Report{}
	for _, s := range order {
		merged.Merge(p.Check(byStory[s]))
	}
	if len(whole.Findings) == 0 {
		t.Fatal("the synthetic corpus should have findings")
	}
	opts := cmpopts.IgnoreFields(RuleResult{}, "Values")
	if diff := cmp.Diff(whole, merged, opts); diff != "" {
		t.Errorf("merged report differs (-whole +merged):\n%s", diff)
	}
}

// plainMerge is Merge as it was: every value of o copied and added before
// the values are cut to maxValues.
func plainMerge(r, o *Report) {
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
		a.Values = append(a.Values, cloneValues(b.Values)...)
		sort.SliceStable(a.Values, func(i, j int) bool { return len(a.Values[i].Sources) > len(a.Values[j].Sources) })
		if len(a.Values) > maxValues {
			a.Values = a.Values[:maxValues]
		}
	}
}

// TestMergeFastPath holds Merge, which copies only the values that can be
// kept, to the plain code.
func TestMergeFastPath(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	str := func() string { return strings.Repeat("ab’", r.IntN(4)) }
	report := func() *Report {
		o := &Report{Baselined: r.IntN(2)}
		for range r.IntN(4) {
			f := Finding{Rule: "r", Message: str()}
			for range r.IntN(4) {
				f.Mentions = append(f.Mentions, Mention{Source: str(), Text: str(), Sentence: str(), Reading: str(), Prefix: str(), Suffix: str(), SentEnd: r.IntN(9)})
			}
			o.Findings = append(o.Findings, f)
		}
		for range 3 {
			var vs []Value
			for range r.IntN(45) {
				vs = append(vs, Value{Value: fmt.Sprint(r.IntN(1000)), Sources: make([]string, r.IntN(5)), Mentions: r.IntN(5)})
			}
			slices.SortStableFunc(vs, func(a, b Value) int { return len(b.Sources) - len(a.Sources) })
			o.Rules = append(o.Rules, RuleResult{Name: "r", Status: []Status{StatusPass, StatusFail, StatusNoFacts}[r.IntN(3)], Mentions: r.IntN(9), Values: vs})
		}
		return o
	}
	for range 300 {
		got, want := &Report{}, &Report{}
		for range r.IntN(6) {
			o := report()
			got.Merge(o)
			plainMerge(want, o)
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("Merge differs from the plain code (-want +got):\n%s", diff)
		}
	}
}

// TestCheckMergedFastPath holds CheckMerged, which leaves out the values a
// merge would drop, to Check: merged story by story, the reports are the
// same, values and all.
func TestCheckMergedFastPath(t *testing.T) {
	for _, rules := range []string{"../rules/default.rules", "../rules/coalition.rules"} {
		p := compileFile(t, rules)
		all := syntheticFacts(6000)
		// Stories of 1 to 5 sources, so that the floor cuts some values of
		// a story and all of others.
		kept := all[:0:0]
		for _, f := range all {
			var story, outlet int
			fmt.Sscanf(f.Source, "story-%d/outlet-%d.txt", &story, &outlet)
			if outlet <= story%5 {
				kept = append(kept, f)
			}
		}
		byStory := map[string][]facts.Fact{}
		var order []string
		for _, f := range kept {
			if _, ok := byStory[f.Story]; !ok {
				order = append(order, f.Story)
			}
			byStory[f.Story] = append(byStory[f.Story], f)
		}
		want, got := &Report{}, &Report{}
		cut := 0
		for _, s := range order {
			want.Merge(p.Check(byStory[s]))
			r := p.CheckMerged(byStory[s], got.ValueFloor)
			for i := range r.Rules {
				if got.ValueFloor(i) > 0 && len(r.Rules[i].Values) < len(p.Check(byStory[s]).Rules[i].Values) {
					cut++
				}
			}
			got.Merge(r)
		}
		if cut == 0 {
			t.Errorf("%s: no story's values were left out: the test tests nothing", rules)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: CheckMerged differs from Check (-Check +CheckMerged):\n%s", rules, diff)
		}
	}
}

// CheckMergedDocs, given a story's facts an array per document, reports as
// CheckMerged does given them in one array.
func TestCheckMergedDocs(t *testing.T) {
	p := compileFile(t, "../rules/default.rules")
	all := syntheticFacts(3000)
	var order []string
	byStory := map[string][][]facts.Fact{}
	for _, f := range all {
		docs, ok := byStory[f.Story]
		if !ok {
			order = append(order, f.Story)
		}
		if n := len(docs); n == 0 || docs[n-1][0].Source != f.Source {
			docs = append(docs, nil)
		}
		docs[len(docs)-1] = append(docs[len(docs)-1], f)
		byStory[f.Story] = docs
	}
	want, got := &Report{}, &Report{}
	split := 0
	for _, s := range order {
		docs := byStory[s]
		var one []facts.Fact
		for _, d := range docs {
			one = append(one, d...)
		}
		if len(docs) > 1 {
			split++
		}
		want.Merge(p.CheckMerged(one, want.ValueFloor))
		got.Merge(p.CheckMergedDocs(docs, got.ValueFloor))
	}
	if split == 0 {
		t.Fatal("no story of several documents: the test tests nothing")
	}
	if len(want.Findings) == 0 {
		t.Fatal("no findings: the test tests nothing")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CheckMergedDocs differs from CheckMerged (-CheckMerged +CheckMergedDocs):\n%s", diff)
	}
}
