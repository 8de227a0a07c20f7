package checker

import (
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
