package checker

import (
	"testing"

	"github.com/factlint/factlint/facts"
)

func draftProgram() *Program {
	count, people, quotes := countRule(), peopleRule(false), quoteRule()
	count.Name, count.ID, count.Severity = "Counts agree", "counts-agree", SeverityError
	people.Name, people.ID, people.Severity = "Names agree", "names-agree", SeverityWarning
	quotes.Name, quotes.ID, quotes.Severity = "Quotes agree", "quotes-agree", SeverityError
	return &Program{Approx: DefaultApprox, Rules: []*Rule{&count, &people, &quotes}}
}

func TestCheckDraft(t *testing.T) {
	for _, c := range []struct {
		name  string
		facts []facts.Fact
		sev   Severity
		want  []string // "rule: message"
	}{
		{
			name: "a wrong figure",
			facts: []facts.Fact{
				count("draft.md", 3, "25 nations", facts.QualExact, "nations", 25),
				count("a.txt", 2, "26 nations", facts.QualExact, "nations", 26),
				count("b.txt", 7, "26 countries", facts.QualExact, "nations", 26),
			},
			want: []string{"Counts agree: '25 nations' (draft.md:3) says 25; no source agrees: 2 mentions fit 26; grouped: all are mentions of leaders_call"},
		},
		{
			name: "sources may disagree among themselves",
			facts: []facts.Fact{
				count("draft.md", 3, "26 nations", facts.QualExact, "nations", 26),
				count("a.txt", 2, "26 nations", facts.QualExact, "nations", 26),
				count("b.txt", 7, "as many as 25 countries", facts.QualUpTo, "nations", 25),
			},
		},
		{
			name: "one source is support enough",
			facts: []facts.Fact{
				count("draft.md", 3, "25 nations", facts.QualExact, "nations", 25),
				count("a.txt", 2, "26 nations", facts.QualExact, "nations", 26),
				count("b.txt", 7, "as many as 25 countries", facts.QualUpTo, "nations", 25),
			},
		},
		{
			name: "a figure no source states is unsupported, at the program's severity",
			facts: []facts.Fact{
				at(facts.Fact{Kind: facts.KindMoney, Text: "£3bn", Stated: []float64{3e9}, Unit: "GBP"}, "draft.md", 8),
				count("a.txt", 2, "26 nations", facts.QualExact, "nations", 26),
			},
			sev:  SeverityError,
			want: []string{"unsupported: no source supports '£3bn' (draft.md:8) says 3000000000"},
		},
		{
			name: "a misspelled name in the draft",
			facts: []facts.Fact{
				person("draft.md", 5, "Georgia Meloni"),
				person("a.txt", 12, "Giorgia Meloni"),
			},
			want: []string{"Names agree: 1 mention spells it Giorgia Meloni; 'Georgia Meloni' (draft.md:5) differs; grouped: same surname Meloni, given names Georgia/Giorgia differ by one letter"},
		},
		{
			name: "a misspelling in a source alone does not fail the draft",
			facts: []facts.Fact{
				person("draft.md", 5, "Giorgia Meloni"),
				person("a.txt", 12, "Giorgia Meloni"),
				person("b.txt", 12, "Georgia Meloni"),
			},
		},
		{
			name: "an altered quote drifts; an invented one is unsupported; an excerpt is fine",
			facts: []facts.Fact{
				quote("draft.md", 9, "Keir Starmer", "the guns fall silent, that the barbaric attacks on Ukraine once and for all stop"),
				quote("draft.md", 11, "Keir Starmer", "we will never give up on peace in Europe"),
				quote("draft.md", 12, "Keir Starmer", "the world needs action"),
				quote("a.txt", 16, "Keir Starmer", "let the guns fall silent, let the barbaric attacks on Ukraine stop once and for all"),
				quote("a.txt", 17, "Keir Starmer", "The world needs action, not a study."),
			},
			want: []string{
				"Quotes agree: Keir Starmer is quoted in different words: 'the guns fall silent, that the …' (draft.md:9) against 'let the guns fall silent, let …' (a.txt:16): the guns fall silent [-let-]{+that+} the barbaric attacks on Ukraine [-stop-] once and for all {+stop+}; 13 of 15 words shared in order; grouped: same speaker Keir Starmer",
				"unsupported: no source has the words 'we will never give up on peace in Europe' (draft.md:11)",
			},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			prog := draftProgram()
			prog.UnsupportedSeverity = c.sev
			rep := prog.CheckDraft("draft.md", c.facts)
			var got []Finding
			for _, f := range rep.Findings {
				f.Message = f.Rule + ": " + f.Message
				got = append(got, f)
			}
			checkFindings(t, got, c.want)
			for _, f := range rep.Findings {
				want := c.sev
				if f.Rule != UnsupportedRule {
					continue
				}
				if want == 0 {
					want = SeverityWarning
				}
				if f.Severity != want {
					t.Errorf("unsupported finding has severity %s, want %s", f.Severity, want)
				}
			}
		})
	}
}

func TestCheckDraftRuleStatus(t *testing.T) {
	prog := draftProgram()
	rep := prog.CheckDraft("draft.md", []facts.Fact{
		count("draft.md", 3, "26 nations", facts.QualExact, "nations", 26),
		count("a.txt", 2, "26 nations", facts.QualExact, "nations", 26),
	})
	last := rep.Rules[len(rep.Rules)-1]
	if last.Name != UnsupportedRule || last.Status != StatusPass || last.Mentions != 1 {
		t.Errorf("unsupported rule result = %+v, want pass over 1 mention", last)
	}
}
