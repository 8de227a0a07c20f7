package checker

import (
	"testing"

	"github.com/factlint/factlint/facts"
)

func titleRule(withRef bool) Rule {
	return Rule{Fact: &Fact{Name: "titles", Kind: facts.KindTitle}, run: titlesAgree, WithReference: withRef}
}

func TestTitlesAgree(t *testing.T) {
	runCases(t, []judgeCase{
		{
			name: "President Netanyahu against Israel's prime minister",
			rule: titleRule(false),
			facts: []facts.Fact{
				titled("a.txt", 89, "Israel’s prime minister … Benjamin Netanyahu", "Benjamin Netanyahu", "Israel’s prime minister"),
				titled("a.txt", 105, "President Netanyahu", "Netanyahu", "President"),
				titled("b.txt", 3, "Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu", "Prime Minister"),
			},
			want: []string{"2 mentions call Benjamin Netanyahu prime minister of Israel; 'President Netanyahu' (a.txt:105) says president; grouped: same name Benjamin Netanyahu; Netanyahu alone names only Benjamin Netanyahu in the sources"},
		},
		{
			name: "hyphens and case are one title",
			rule: titleRule(false),
			facts: []facts.Fact{
				titled("a.txt", 1, "NATO Secretary General Mark Rutte", "Mark Rutte", "NATO Secretary General"),
				titled("b.txt", 1, "Nato Secretary-General Mark Rutte", "Mark Rutte", "Nato Secretary-General"),
				titled("c.txt", 1, "secretary-general Mark Rutte", "Mark Rutte", "secretary-general"),
			},
		},
		{
			name: "PM is prime minister",
			rule: titleRule(false),
			facts: []facts.Fact{
				titled("a.txt", 1, "PM Keir Starmer", "Keir Starmer", "PM"),
				titled("b.txt", 1, "Prime Minister Keir Starmer", "Keir Starmer", "Prime Minister"),
			},
		},
		{
			name: "where the place is said does not matter",
			rule: titleRule(false),
			facts: []facts.Fact{
				titled("a.txt", 1, "Italian Prime Minister Giorgia Meloni", "Giorgia Meloni", "Italian Prime Minister"),
				titled("b.txt", 1, "Giorgia Meloni, Prime Minister of Italy", "Giorgia Meloni", "Prime Minister of Italy"),
				titled("c.txt", 1, "Italy’s prime minister, Giorgia Meloni", "Giorgia Meloni", "Italy’s prime minister"),
			},
		},
		{
			name: "a place narrows a title",
			rule: titleRule(false),
			facts: []facts.Fact{
				titled("a.txt", 1, "US President Donald Trump", "Donald Trump", "US President"),
				titled("b.txt", 1, "President Trump", "Trump", "President"),
				titled("c.txt", 1, "EU Commission President Ursula von der Leyen", "Ursula von der Leyen", "EU Commission President"),
				titled("d.txt", 1, "Ursula von der Leyen, President of the European Commission", "Ursula von der Leyen", "President of the European Commission"),
			},
		},
		{
			name: "two countries are two offices",
			rule: titleRule(false),
			facts: []facts.Fact{
				titled("a.txt", 1, "Italian Prime Minister Giorgia Meloni", "Giorgia Meloni", "Italian Prime Minister"),
				titled("b.txt", 1, "Prime Minister of France Giorgia Meloni", "Giorgia Meloni", "Prime Minister of France"),
			},
			want: []string{"Giorgia Meloni is given different titles: 'Italian Prime Minister Giorgia Meloni' (a.txt:1) says prime minister of Italy; 'Prime Minister of France Giorgia Meloni' (b.txt:1) says prime minister of France; grouped: same name Giorgia Meloni"},
		},
		{
			name: "a vice president is not the president",
			rule: titleRule(false),
			facts: []facts.Fact{
				titled("a.txt", 1, "President JD Vance", "JD Vance", "President"),
				titled("b.txt", 1, "Vice President JD Vance", "JD Vance", "Vice President"),
				titled("c.txt", 1, "US Vice-President JD Vance", "JD Vance", "US Vice-President"),
			},
			want: []string{"2 mentions call JD Vance vice president; 'President JD Vance' (a.txt:1) says president; grouped: same name JD Vance"},
		},
		{
			name: "a vague description fits any title",
			rule: titleRule(false),
			facts: []facts.Fact{
				titled("a.txt", 1, "Ukrainian leader Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "Ukrainian leader"),
				titled("b.txt", 1, "President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "President"),
			},
		},
		{
			name: "two Albaneses keep their own titles",
			rule: titleRule(false),
			facts: []facts.Fact{
				titled("a.txt", 61, "Francesca Albanese, the UN Human Rights Council’s special rapporteur", "Francesca Albanese", "the UN Human Rights Council’s special rapporteur"),
				titled("b.txt", 12, "Anthony Albanese, Australia’s prime minister", "Anthony Albanese", "Australia’s prime minister"),
				titled("b.txt", 13, "Prime Minister Albanese", "Albanese", "Prime Minister"),
			},
		},
		{
			name: "with reference, a title against the sheet",
			rule: titleRule(true),
			ref:  coalitionRef,
			facts: []facts.Fact{
				titled("a.txt", 105, "President Netanyahu", "Netanyahu", "President"),
			},
			want: []string{"the reference sheet calls Benjamin Netanyahu Prime Minister of Israel (r.rules:4); 'President Netanyahu' (a.txt:105) says president; grouped: Netanyahu alone names only Benjamin Netanyahu in the sources"},
		},
		{
			name: "with reference, a title that fits the sheet",
			rule: titleRule(true),
			ref:  coalitionRef,
			facts: []facts.Fact{
				titled("a.txt", 1, "Italian Prime Minister Giorgia Meloni", "Giorgia Meloni", "Italian Prime Minister"),
				titled("b.txt", 1, "Italy's PM Meloni", "Meloni", "Italy's PM"),
			},
		},
	})
}

func TestTitlesCompatible(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Secretary General", "Secretary-General", true},
		{"secretary general", "SECRETARY GENERAL", true},
		{"Secretary General", "Secretary", false},
		{"PM", "prime minister", true},
		{"UN Secretary General", "UN Director General", false},
		{"Director General", "director-general", true},
		{"Chief Executive", "Chairman", false},
		{"Chief Executive", "CEO", true},
		{"chief executive", "Managing Director", false},
		{"director", "Managing Director", true},
		{"communications director", "director of communications", true},
		{"Premier", "Prime Minister", true},
		{"Italian Prime Minister", "Prime Minister of Italy", true},
		{"US President", "President", true},
		{"President", "Prime Minister", false},
		{"Foreign Minister", "Prime Minister", false},
		{"former president", "president", false},
		{"Israel's prime minister", "Prime Minister of Israel", true},
		{"Israel's prime minister", "Prime Minister of Italy", false},
		{"Ukrainian leader", "President", true},
	} {
		t.Run(c.a+"/"+c.b, func(t *testing.T) {
			if got := titlesCompatible(c.a, c.b); got != c.want {
				t.Errorf("titlesCompatible(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
			}
		})
	}
}

// titlesCompatible is compatibleTitles of two titles as written.
func titlesCompatible(a, b string) bool {
	return compatibleTitles(readTitleRole(a), readTitleRole(b))
}
