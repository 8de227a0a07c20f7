package checker

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/facts"
)

// roleFact makes a count fact whose text sits inside sentence.
func roleFact(src, sentence, text, noun string, v float64) facts.Fact {
	i := strings.Index(sentence, text)
	if i < 0 {
		panic("text not in sentence: " + text)
	}
	f := facts.Fact{Kind: facts.KindCount, Source: src, Text: text, Sentence: sentence, SentStart: i, SentEnd: i + len(text),
		Noun: noun, Class: facts.NounClass(noun), Stated: []float64{v}}
	f.Pos.Line, f.Pos.Offset = 1, i
	return f
}

func TestCountKey(t *testing.T) {
	tests := []struct {
		name, sentence, text, noun string
		class, role                string
	}{
		{"killed after", "At least 40 people were killed in the blast.", "At least 40 people", "people", "dead", "died"},
		{"dead noun", "Twelve dead were counted by Sunday.", "Twelve dead", "dead", "dead", "died"},
		{"died after", "Fourteen people died when the river rose.", "Fourteen people", "people", "dead", "died"},
		{"in shelters", "Some 1,200 people spent the night in shelters.", "Some 1,200 people", "people", "people", "displaced"},
		{"object of rescued", "Lifeboats rescued six crew from the ferry.", "six crew", "crew", "crew", "rescued"},
		{"treated after", "Three crew members were treated for smoke.", "Three crew members", "members", "members", "treated"},
		{"meeting verbs before say nothing", "He met defence officials from 31 allied nations.", "31 allied nations", "nations", "nations", ""},
		{"no role", "Leaders of 26 nations were there.", "26 nations", "nations", "nations", ""},
		{"a clause break ends the search", "There were 30 nations; many were killed.", "30 nations", "nations", "nations", ""},
		{"the whole after a part", "The party took 154 of the 400 seats in parliament.", "400 seats", "seats", "seats", "total"},
		{"the whole after out of", "Three out of 12 judges dissented.", "12 judges", "judges", "judges", "total"},
		{"the whole after most of the", "Most of the 26 nations signed.", "26 nations", "nations", "nations", "total"},
		{"of alone is no part", "Leaders of 26 nations were there.", "26 nations", "nations", "nations", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := roleFact("a.txt", tt.sentence, tt.text, tt.noun, 1)
			class, role := countKey(&f)
			if class != tt.class || role != tt.role {
				t.Errorf("countKey = %q, %q; want %q, %q", class, role, tt.class, tt.role)
			}
		})
	}
}

func TestCountsByRole(t *testing.T) {
	rule := Rule{Fact: &Fact{Name: "counts", Kind: facts.KindCount, ByClass: true, Builtin: true}, run: agreesAcrossSources}
	runCases(t, []judgeCase{
		{
			name: "the dead are compared whatever the noun; the displaced are not the dead",
			rule: rule,
			facts: []facts.Fact{
				roleFact("a.txt", "Twelve people were killed in the floods.", "Twelve people", "people", 12),
				roleFact("b.txt", "Fourteen people died when the river rose.", "Fourteen people", "people", 14),
				roleFact("b.txt", "Some 1,200 people spent the night in shelters.", "Some 1,200 people", "people", 1200),
			},
			want: []string{`1 mention fits 12; 'Fourteen people' (b.txt:1) says 14; grouped: counts of dead, role "died"`},
		},
		{
			name: "crew rescued and crew treated are different counts",
			rule: rule,
			facts: []facts.Fact{
				roleFact("a.txt", "Lifeboats rescued six crew from the ferry.", "six crew", "crew", 6),
				roleFact("b.txt", "Three crew were treated for smoke.", "Three crew", "crew", 3),
			},
		},
		{
			name: "a count with no role is compared with the class's only role",
			rule: rule,
			facts: []facts.Fact{
				roleFact("a.txt", "Lifeboats rescued six crew from the ferry.", "six crew", "crew", 6),
				roleFact("b.txt", "Five crew were brought ashore.", "Five crew", "crew", 5),
			},
			want: []string{`1 mention fits 5; 'six crew' (a.txt:1) says 6; grouped: counts of crew, role "rescued"`},
		},
	})
}
