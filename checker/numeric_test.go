package checker

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factlint/factlint/dsl"
	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/source"
)

// count returns a count fact stated in src on line, "about" etc. by q.
func countFact(src string, line int, sentence string, q facts.Qualifier, stated ...float64) facts.Fact {
	return facts.Fact{
		Kind: facts.KindCount, Source: src, Pos: source.Position{Filename: src, Line: line, Column: 1},
		Text: fmt.Sprint(stated), Sentence: sentence, Paragraph: sentence,
		Qualifier: q, Stated: stated, Noun: "nations", Class: "nations",
	}
}

func compileSrc(t *testing.T, src string) *Program {
	t.Helper()
	f, err := dsl.ParseFile("t.rules", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// summary is one finding as "rule-id: source:line …" of the mentions that
// do not agree.
func summary(rep *Report) []string {
	var out []string
	for _, f := range rep.Findings {
		var at []string
		for _, m := range f.Mentions {
			switch {
			case m.Agrees:
			case m.Pos.Line > 0:
				at = append(at, fmt.Sprintf("%s:%d", m.Source, m.Pos.Line))
			default:
				at = append(at, m.Source)
			}
		}
		out = append(out, f.RuleID+": "+strings.Join(at, " "))
	}
	return out
}

func TestNumericExpectations(t *testing.T) {
	const ex = facts.QualExact
	leaders := []facts.Fact{
		countFact("a.txt", 1, "Leaders of 26 nations joined the call.", ex, 26),
		countFact("b.txt", 1, "As many as 25 countries joined the call.", facts.QualUpTo, 25),
		countFact("c.txt", 2, "More than 20 nations joined.", facts.QualOver, 20),
	}
	tests := []struct {
		name  string
		rule  string
		facts []facts.Fact
		want  []string
	}{
		{"equals", `expect f equals 26`, leaders, []string{"r: b.txt:1"}},
		{"equals within", `expect f equals 26 within 1`, leaders, nil},
		{"equals within percent", `expect f equals 100 within 5%`, []facts.Fact{
			countFact("a.txt", 1, "", ex, 96), countFact("b.txt", 1, "", ex, 94)}, []string{"r: b.txt:1"}},
		{"between", `expect f between 20 and 25`, leaders, []string{"r: a.txt:1"}},
		{"between open end", `expect f between 10 and 20`, leaders, []string{"r: a.txt:1", "r: c.txt:2"}},
		{"at least", `expect f at least 26`, leaders, []string{"r: b.txt:1"}},
		{"at most", `expect f at most 20`, leaders, []string{"r: a.txt:1", "r: c.txt:2"}},
		{"agrees across sources", `expect f agrees across sources`, leaders, []string{"r: b.txt:1"}},
		{"agrees across sources within", `expect f agrees across sources within 1`, leaders, nil},
		{"agrees across sources within percent", `expect f agrees across sources within 2%`, []facts.Fact{
			countFact("a.txt", 1, "", ex, 100), countFact("b.txt", 1, "", ex, 101), countFact("c.txt", 1, "", ex, 104)}, []string{"r: c.txt:1"}},
		{"agrees within each source", `expect f agrees within each source`, []facts.Fact{
			countFact("a.txt", 1, "", ex, 26), countFact("a.txt", 3, "", ex, 26), countFact("a.txt", 5, "", ex, 25),
			countFact("b.txt", 1, "", ex, 30), countFact("b.txt", 2, "", facts.QualAbout, 30)}, []string{"r: a.txt:5"}},
		{"agrees within each source ignores other sources", `expect f agrees within each source`, leaders, nil},
		{"present in every source", `expect f is present in every source`, []facts.Fact{
			countFact("a.txt", 1, "", ex, 26), {Kind: facts.KindDate, Source: "b.txt", Value: "2025-03-15"}}, []string{"r: b.txt"}},
		{"present in at least", `expect f is present in at least 3 sources`, leaders[:2], []string{"r: "}},
		{"present in at least met", `expect f is present in at least 3 sources`, leaders, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := compileSrc(t, "fact f { count }\nrule \"r\" { "+tc.rule+" }")
			got := summary(p.Check(tc.facts))
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("findings (-want +got):\n%s", d)
			}
		})
	}
}

func TestAgreesWith(t *testing.T) {
	p := compileSrc(t, `
fact call { count where sentence has "call" }
fact meeting { count where sentence has "meeting" }
rule "r" { expect call agrees with meeting }`)
	all := []facts.Fact{
		countFact("a.txt", 1, "26 nations joined the call.", facts.QualExact, 26),
		countFact("a.txt", 2, "The meeting drew 31 nations.", facts.QualExact, 31),
		countFact("b.txt", 1, "Over 25 nations joined the call.", facts.QualOver, 25),
	}
	if d := cmp.Diff([]string{"r: a.txt:2"}, summary(p.Check(all))); d != "" {
		t.Errorf("findings (-want +got):\n%s", d)
	}
}

func TestDatesAgreeCompiled(t *testing.T) {
	p := compileSrc(t, "fact d { date }\nrule \"r\" { expect d agrees across sources }")
	date := func(src string, line int, v string) facts.Fact {
		return facts.Fact{Kind: facts.KindDate, Source: src, Pos: source.Position{Line: line}, Text: v, Value: v}
	}
	all := []facts.Fact{date("a.txt", 1, "2025-03-15"), date("b.txt", 1, "2025-03-15"), date("c.txt", 3, "2025-03-16")}
	if d := cmp.Diff([]string{"r: c.txt:3"}, summary(p.Check(all))); d != "" {
		t.Errorf("findings (-want +got):\n%s", d)
	}
}

func TestMessagePlaceholders(t *testing.T) {
	p := compileSrc(t, `fact f { count }
rule "Leaders" { expect f equals 26 message "{rule}: {fact} reads {values} in {sources}, expected {expected}" }`)
	rep := p.Check([]facts.Fact{countFact("b.txt", 1, "", facts.QualUpTo, 25)})
	if len(rep.Findings) != 1 {
		t.Fatalf("got %d findings, want 1", len(rep.Findings))
	}
	if got, want := rep.Findings[0].Message, "Leaders: f reads ≤25 in b.txt, expected 26"; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
}

func TestPredicates(t *testing.T) {
	mk := func(src, sentence, para string) facts.Fact {
		f := countFact(src, 1, sentence, facts.QualExact, 26)
		f.Text = "26 nations"
		f.Paragraph = para
		return f
	}
	quote := func(speaker string) facts.Fact {
		return facts.Fact{Kind: facts.KindQuote, Source: "a.txt", Speaker: speaker, Quote: "let the guns fall silent"}
	}
	tests := []struct {
		name  string
		fact  string
		fact1 facts.Fact
		want  bool
	}{
		{"sentence has", `count where sentence has "video call"`, mk("a.txt", "26 nations joined the video  call.", ""), true},
		{"sentence has whole words", `count where sentence has "call"`, mk("a.txt", "26 nations were called.", ""), false},
		{"paragraph has", `count where paragraph has "military"`, mk("a.txt", "26 nations came.", "Military chiefs met. 26 nations came."), true},
		{"paragraph has not in paragraph", `count where paragraph has "military"`, mk("a.txt", "26 nations came.", "Leaders met. 26 nations came."), false},
		{"sentence matches", `count where sentence matches /join(ed)? the call/`, mk("a.txt", "26 nations joined the call.", ""), true},
		{"near inside", `count where near "joined" within 1 words`, mk("a.txt", "Leaders of 26 nations joined the call.", ""), true},
		{"near too far", `count where near "call" within 1 words`, mk("a.txt", "Leaders of 26 nations joined the call.", ""), false},
		{"near before", `count where near "leaders of" within 1 words`, mk("a.txt", "Leaders of 26 nations joined the call.", ""), true},
		{"source matches base name", `count where source matches "a*.txt"`, mk("seeds/a1.txt", "x", ""), true},
		{"source matches path", `count where source matches "drafts/*"`, mk("seeds/a1.txt", "x", ""), false},
		{"and not", `count where sentence has "call" and not sentence has "Gaza"`, mk("a.txt", "26 nations joined the call on Gaza.", ""), false},
		{"or parens", `count where (sentence has "x" or sentence has "call") and paragraph has "y"`, mk("a.txt", "the call", "y the call"), true},
		{"speaker is surname", `quote where speaker is "Starmer"`, quote("Keir Starmer"), true},
		{"speaker is full name", `quote where speaker is "keir starmer"`, quote("Starmer"), true},
		{"speaker is other", `quote where speaker is "Macron"`, quote("Keir Starmer"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := compileSrc(t, "fact f { "+tc.fact+" }")
			got := len(p.Select(p.LookupFact("f"), []facts.Fact{tc.fact1})) == 1
			if got != tc.want {
				t.Errorf("selected = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestCompileConstructs compiles every expectation on a kind it suits and
// checks what the rule carries.
func TestCompileConstructs(t *testing.T) {
	p := compileSrc(t, `
corpus "a/*.txt", "b/*.md"
approximate 5%
reference {
  person "Giorgia Meloni" title "Prime Minister of Italy" alias "Meloni"
  prefer "Kyiv" over "Kiev", "Kiyv"
}
fact n { count of "nations" }
fact m { money }
fact d { date }
fact q { quote where speaker is "Starmer" }
fact who { person }
rule "1" { expect n agrees across sources }
rule "2" { expect n agrees within each source }
rule "3" { expect n agrees with n }
rule "4" { expect m equals 800 within 5% }
rule "5" { expect n between 20 and 30 }
rule "6" { expect n at least 20 within 1 }
rule "7" { expect n at most 30 }
rule "8" { expect d is present in every source }
rule "9" { expect q is present in at least 2 sources }
rule "10" { expect people agree with reference }
rule "11" { expect who agree }
rule "12" { expect titles agree with reference }
rule "13" { expect quotes agree }
rule "14" { expect q agree }
rule "15" { expect lists match counts severity info }
rule "16" { expect d agrees within each source severity warning }
`)
	if d := cmp.Diff([]string{"a/*.txt", "b/*.md"}, p.Corpus); d != "" {
		t.Error(d)
	}
	if p.Approx != 0.05 {
		t.Errorf("approx = %v", p.Approx)
	}
	if len(p.Reference.People) != 1 || p.Reference.People[0].Title != "Prime Minister of Italy" || p.Reference.Prefer["Kiyv"] != "Kyiv" {
		t.Errorf("reference = %+v", p.Reference)
	}
	if len(p.Rules) != 16 {
		t.Fatalf("got %d rules, want 16", len(p.Rules))
	}
	r4 := p.Rules[3]
	if r4.Within != 0.05 || !r4.WithinPercent || r4.Args[0] != 800 {
		t.Errorf("rule 4 = %+v", r4)
	}
	if !p.Rules[9].WithReference || p.Rules[10].WithReference {
		t.Errorf("with reference: %v %v", p.Rules[9].WithReference, p.Rules[10].WithReference)
	}
	if p.Rules[14].Severity != SeverityInfo || p.Rules[14].Fact.Kind != facts.KindList {
		t.Errorf("rule 15 = %+v", p.Rules[14])
	}
	for _, r := range p.Rules {
		if r.run == nil {
			t.Errorf("rule %q has nothing to run", r.Name)
		}
	}
}

// TestStages stops compilation after the settings stage: a rule naming an
// unknown fact is not looked at yet.
func TestStages(t *testing.T) {
	f, err := dsl.ParseFile("t.rules", []byte("approximate 5%\nrule \"r\" { expect nothing agrees across sources }"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := compileStages(1, f)
	if err != nil || p.Approx != 0.05 {
		t.Fatalf("after settings: %v, %v", p, err)
	}
	if _, err := Compile(f); err == nil {
		t.Error("full compile accepted an unknown fact")
	}
}
