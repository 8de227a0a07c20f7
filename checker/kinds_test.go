package checker

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/factlint/factlint/facts"
)

func TestProgramKinds(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      facts.KindSet
	}{
		{"counts", `rule "r" { expect counts agrees across sources }`, facts.KindsOf(facts.KindCount)},
		{"dates", `rule "r" { expect dates agrees across sources }`, facts.KindsOf(facts.KindDate)},
		{"money", `fact m { money } rule "r" { expect m agrees across sources }`, facts.KindsOf(facts.KindMoney)},
		{"other", `fact a { money where sentence has "x" } fact b { money } rule "r" { expect a agrees with b }`, facts.KindsOf(facts.KindMoney)},
		{"lists read counts", `rule "r" { expect lists match counts }`, facts.KindsOf(facts.KindList, facts.KindCount)},
		{"people", `rule "r" { expect people agree }`, facts.KindsOf(facts.KindPerson, facts.KindTitle, facts.KindQuote)},
		{"titles read names", `rule "r" { expect titles agree }`, facts.KindsOf(facts.KindPerson, facts.KindTitle, facts.KindQuote)},
		{"quotes read names", `rule "r" { expect quotes agree }`, facts.KindsOf(facts.KindPerson, facts.KindTitle, facts.KindQuote)},
		{"present in every source reads every source", `fact m { money } rule "r" { expect m is present in every source }`, facts.AllKinds},
		{"present in at least", `fact m { money } rule "r" { expect m is present in at least 2 sources }`, facts.KindsOf(facts.KindMoney)},
	} {
		if got := compileSrc(t, tc.src).Kinds(); got != tc.want {
			t.Errorf("%s: Kinds() = %s, want %s", tc.name, got, tc.want)
		}
	}
	def := compileFile(t, "../rules/default.rules").Kinds()
	if o := compileFile(t, "../rules/default.rules").ExtractOptions(); o.NoParagraph != facts.AllKinds&^facts.KindsOf(facts.KindDate) {
		t.Errorf("default rules: the paragraphs of %s are extracted, want those of dates alone", facts.AllKinds&^o.NoParagraph)
	}
	para := compileSrc(t, `fact m { money where paragraph has "x" } fact q { quote where not paragraph matches /y/ } rule "m" { expect m agrees across sources } rule "q" { expect q agree }`).ExtractOptions()
	if want := facts.AllKinds &^ facts.KindsOf(facts.KindMoney, facts.KindQuote); para.NoParagraph != want {
		t.Errorf("paragraph predicates: NoParagraph = %s, want %s", para.NoParagraph, want)
	}
	if want := facts.KindsOf(facts.KindCount, facts.KindPerson, facts.KindTitle, facts.KindQuote, facts.KindList, facts.KindDate); def != want {
		t.Errorf("default rules: Kinds() = %s, want %s", def, want)
	}
}

// A report over the facts of the kinds a program reads must be the report
// over all the facts, for the bundled rules and rules of every expectation,
// over the seeds and the labelled corpus, as one story and story by story.
func TestCheckKindsMatchesAll(t *testing.T) {
	programs := map[string]*Program{
		"default":   compileFile(t, "../rules/default.rules"),
		"coalition": compileFile(t, "../rules/coalition.rules"),
		"figures": compileSrc(t, `
fact m { money }
fact p { percent where paragraph has "turnout" or sentence has "rate" }
fact d { duration }
fact n { number }
fact o { ordinal }
fact q { quote where paragraph has "said" }
rule "m" { expect m agrees across sources }
rule "p" { expect p agrees within each source within 5% }
rule "d" { expect d agrees across sources }
rule "n" { expect n is present in at least 2 sources }
rule "o" { expect o between 1 and 3 }
rule "q" { expect q agree severity warning }
`),
		"lists and titles": compileSrc(t, `
rule "l" { expect lists match counts }
rule "t" { expect titles agree }
`),
		"every source": compileSrc(t, `
fact m { money }
rule "m" { expect m is present in every source }
`),
	}
	inputs, err := facts.Expand([]string{"../seeds", "../facts/testdata/corpus"})
	if err != nil {
		t.Fatal(err)
	}
	var all []facts.Fact
	for _, in := range inputs {
		d, err := facts.Load(in, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range facts.Extract(d) {
			f.Story = filepath.Dir(in.Path)
			all = append(all, f)
		}
	}
	for name, p := range programs {
		o := p.ExtractOptions()
		if o.Kinds != p.Kinds() {
			t.Errorf("%s: ExtractOptions().Kinds = %s, Kinds() = %s", name, o.Kinds, p.Kinds())
		}
		var some []facts.Fact
		for _, f := range all {
			if o.Kinds.Has(f.Kind) {
				if o.NoParagraph.Has(f.Kind) {
					f.Paragraph = ""
				}
				some = append(some, f)
			}
		}
		if got, want := p.Check(some), p.Check(all); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the report over %s, paragraphs of %s, differs from the report over every kind", name, o.Kinds, facts.AllKinds&^o.NoParagraph)
		}
	}
}
