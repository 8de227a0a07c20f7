package checker

import (
	"testing"

	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/source"
)

// at places a fact in a source at a line; offsets follow lines so that
// facts sort in reading order.
func at(f facts.Fact, src string, line int) facts.Fact {
	f.Source = src
	f.Pos = source.Position{Filename: src, Line: line, Column: 1, Offset: line * 1000}
	f.End = source.Position{Filename: src, Line: line, Column: 1 + len(f.Text), Offset: line*1000 + len(f.Text)}
	if f.Sentence == "" {
		f.Sentence = f.Text
	}
	return f
}

func person(src string, line int, name string) facts.Fact {
	return at(facts.Fact{Kind: facts.KindPerson, Text: name, Name: name}, src, line)
}

func titled(src string, line int, text, name, title string) facts.Fact {
	return at(facts.Fact{Kind: facts.KindTitle, Text: text, Name: name, Title: title}, src, line)
}

func quote(src string, line int, speaker, q string) facts.Fact {
	return at(facts.Fact{Kind: facts.KindQuote, Text: "“" + q + "”", Quote: q, Speaker: speaker}, src, line)
}

func count(src string, line int, text string, q facts.Qualifier, class string, stated ...float64) facts.Fact {
	return at(facts.Fact{Kind: facts.KindCount, Text: text, Qualifier: q, Stated: stated, Class: class, Noun: class}, src, line)
}

func date(src string, line int, text, value string) facts.Fact {
	return at(facts.Fact{Kind: facts.KindDate, Text: text, Value: value}, src, line)
}

// judgeCase is one table row: facts in, the exact messages of the findings
// out, in order.
type judgeCase struct {
	name  string
	rule  Rule // Fact.Kind and run must be set; name and severity default
	ref   *Reference
	facts []facts.Fact
	want  []string
}

func runJudge(t *testing.T, c judgeCase, draft string) *Report {
	t.Helper()
	r := c.rule
	if r.Name == "" {
		r.Name, r.ID, r.Severity = "test rule", "test-rule", SeverityError
	}
	if r.Fact.Name == "" {
		r.Fact.Name = "subject"
	}
	prog := &Program{Approx: DefaultApprox, Rules: []*Rule{&r}}
	if c.ref != nil {
		prog.Reference = *c.ref
	}
	if draft != "" {
		return prog.CheckDraft(draft, c.facts)
	}
	return prog.Check(c.facts)
}

func checkFindings(t *testing.T, got []Finding, want []string) {
	t.Helper()
	for i := 0; i < max(len(got), len(want)); i++ {
		switch {
		case i >= len(want):
			t.Errorf("unexpected finding: %s", got[i].Message)
		case i >= len(got):
			t.Errorf("missing finding matching %q", want[i])
		default:
			if got[i].Message != want[i] {
				t.Errorf("finding %d:\n got: %s\nwant: %s", i, got[i].Message, want[i])
			}
		}
	}
}

func runCases(t *testing.T, cases []judgeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkFindings(t, runJudge(t, c, "").Findings, c.want)
		})
	}
}
