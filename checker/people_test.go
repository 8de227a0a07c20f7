package checker

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/dsl"
	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/source"
)

func peopleRule(withRef bool) Rule {
	return Rule{Fact: &Fact{Name: "people", Kind: facts.KindPerson}, run: peopleAgree, WithReference: withRef}
}

var coalitionRef = &Reference{
	People: []RefPerson{
		{Name: "Giorgia Meloni", Title: "Prime Minister of Italy", Pos: source.Position{Filename: "r.rules", Line: 2, Column: 3}},
		{Name: "Emmanuel Macron", Title: "President of France", Pos: source.Position{Filename: "r.rules", Line: 3, Column: 3}},
		{Name: "Benjamin Netanyahu", Title: "Prime Minister of Israel", Pos: source.Position{Filename: "r.rules", Line: 4, Column: 3}},
		{Name: "Volodymyr Zelenskyy", Aliases: []string{"Zelensky", "Zelenskiy"}, Pos: source.Position{Filename: "r.rules", Line: 5, Column: 3}},
	},
	Prefer: map[string]string{"Kiev": "Kyiv"},
}

func TestPeopleAgree(t *testing.T) {
	runCases(t, []judgeCase{
		{
			name: "Georgia against Giorgia Meloni",
			rule: peopleRule(false),
			facts: []facts.Fact{
				person("a.txt", 12, "Georgia Meloni"),
				person("b.txt", 10, "Giorgia Meloni"),
				person("c.txt", 3, "Giorgia Meloni"),
			},
			want: []string{"2 mentions spell it Giorgia Meloni; 'Georgia Meloni' (a.txt:12) differs; grouped: same surname Meloni, given names Georgia/Giorgia differ by one letter"},
		},
		{
			name: "Emanuel against Emmanuel Macron",
			rule: peopleRule(false),
			facts: []facts.Fact{
				person("a.txt", 12, "Emanuel Macron"),
				person("b.txt", 40, "Emmanuel Macron"),
				person("c.txt", 5, "President Emmanuel Macron"),
			},
			want: []string{"2 mentions spell it Emmanuel Macron; 'Emanuel Macron' (a.txt:12) differs; grouped: same surname Macron, given names Emanuel/Emmanuel differ by one letter"},
		},
		{
			name: "a misspelling within one source",
			rule: peopleRule(false),
			facts: []facts.Fact{
				person("a.txt", 1, "Giorgia Meloni"),
				person("a.txt", 2, "Giorgia Meloni"),
				person("a.txt", 9, "Georgia Meloni"),
			},
			want: []string{"2 mentions spell it Giorgia Meloni; 'Georgia Meloni' (a.txt:9) differs; grouped: same surname Meloni, given names Georgia/Giorgia differ by one letter"},
		},
		{
			name: "two people share a surname",
			rule: peopleRule(false),
			facts: []facts.Fact{
				person("a.txt", 61, "Francesca Albanese"),
				person("a.txt", 63, "Albanese"),
				person("b.txt", 12, "Anthony Albanese"),
				person("b.txt", 13, "Albanese"),
			},
		},
		{
			name: "a surname alone is never a conflict",
			rule: peopleRule(false),
			facts: []facts.Fact{
				person("a.txt", 1, "Giorgia Meloni"),
				person("b.txt", 1, "Melloni"),
				person("c.txt", 1, "Ms Meloni"),
			},
		},
		{
			name: "honorifics, middle names and case do not count",
			rule: peopleRule(false),
			facts: []facts.Fact{
				person("a.txt", 1, "Sir Keir Starmer"),
				person("b.txt", 1, "Keir Starmer"),
				person("c.txt", 1, "Keir Rodney Starmer"),
				person("d.txt", 1, "KEIR STARMER"),
			},
		},
		{
			name: "transliterations are one person spelled two ways",
			rule: peopleRule(false),
			facts: []facts.Fact{
				person("a.txt", 5, "Volodymyr Zelenskyy"),
				person("b.txt", 11, "Volodymyr Zelensky"),
				person("c.txt", 2, "Volodymyr Zelenskyy"),
			},
			want: []string{"2 mentions spell it Volodymyr Zelenskyy; 'Volodymyr Zelensky' (b.txt:11) differs; grouped: surnames Zelensky/Zelenskyy are transliterations of one name, same given name Volodymyr"},
		},
		{
			name: "aliases on the reference sheet are the house spelling",
			rule: peopleRule(false),
			ref:  coalitionRef,
			facts: []facts.Fact{
				person("a.txt", 5, "Volodymyr Zelenskyy"),
				person("b.txt", 11, "Volodymyr Zelensky"),
				person("c.txt", 2, "Volodymyr Zelenskiy"),
			},
		},
		{
			name: "with reference, aliases are still accepted",
			rule: peopleRule(true),
			ref:  coalitionRef,
			facts: []facts.Fact{
				person("a.txt", 5, "Volodymyr Zelenskyy"),
				person("b.txt", 11, "Volodymyr Zelensky"),
				person("c.txt", 7, "Zelenskiy"),
			},
		},
		{
			name: "with reference, a spelling every source shares is still wrong",
			rule: peopleRule(true),
			ref:  coalitionRef,
			facts: []facts.Fact{
				person("a.txt", 12, "Emanuel Macron"),
				person("b.txt", 3, "Emanuel Macron"),
			},
			want: []string{"the reference sheet spells it Emmanuel Macron (r.rules:3); 'Emanuel Macron' (a.txt:12, b.txt:3) differs; grouped: same surname Macron, given names Emanuel/Emmanuel differ by one letter"},
		},
		{
			name: "without reference the same mentions agree",
			rule: peopleRule(false),
			ref:  coalitionRef,
			facts: []facts.Fact{
				person("a.txt", 12, "Emanuel Macron"),
				person("b.txt", 3, "Emanuel Macron"),
			},
		},
		{
			name: "a tie names both spellings",
			rule: peopleRule(false),
			facts: []facts.Fact{
				person("a.txt", 12, "Georgia Meloni"),
				person("b.txt", 10, "Giorgia Meloni"),
			},
			want: []string{"spelled 2 ways: 'Georgia Meloni' (a.txt:12); 'Giorgia Meloni' (b.txt:10); grouped: same surname Meloni, given names Giorgia/Georgia differ by one letter"},
		},
		{
			name: "a tie goes to the house spelling when there is a sheet",
			rule: peopleRule(false),
			ref:  coalitionRef,
			facts: []facts.Fact{
				person("a.txt", 12, "Georgia Meloni"),
				person("b.txt", 10, "Giorgia Meloni"),
			},
			want: []string{"1 mention spells it Giorgia Meloni; 'Georgia Meloni' (a.txt:12) differs; grouped: same surname Meloni, given names Georgia/Giorgia differ by one letter"},
		},
		{
			name: "a spelling the reference sheet's prefer list rejects",
			rule: peopleRule(true),
			ref:  coalitionRef,
			facts: []facts.Fact{
				person("a.txt", 4, "Vitali Klitschko of Kiev"),
			},
			want: []string{"'Vitali Klitschko of Kiev' (a.txt:4) writes Kiev; the reference sheet prefers Kyiv"},
		},
	})
}

func TestParseName(t *testing.T) {
	for _, c := range []struct {
		in, given, surname string
	}{
		{"Sir Keir Starmer", "Keir", "Starmer"},
		{"Ursula von der Leyen", "Ursula", "von der Leyen"},
		{"Mr Zelenskyy", "", "Zelenskyy"},
		{"Martin Luther King Jr.", "Martin Luther", "King"},
		{"Albanese", "", "Albanese"},
	} {
		t.Run(c.in, func(t *testing.T) {
			n := parseName(c.in)
			given := ""
			if len(n.given) > 0 {
				given = n.given[0]
				for _, g := range n.given[1:] {
					given += " " + g
				}
			}
			if given != c.given || n.surname != c.surname {
				t.Errorf("parseName(%q) = %q / %q, want %q / %q", c.in, given, n.surname, c.given, c.surname)
			}
		})
	}
}

// TestRefMentionPlace checks that a reference-sheet mention points at the
// name and the title as written in the rule file, without quote marks.
func TestRefMentionPlace(t *testing.T) {
	src := "reference {\n  person \"Giorgia Meloni\" title \"Prime Minister of Italy\"\n}\n"
	f, err := dsl.ParseFile("r.rules", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	prog, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	rp := &prog.Reference.People[0]
	for _, text := range []string{rp.Name, rp.Title} {
		m := refMention(rp, text)
		if got := string([]rune(src)[m.CharStart:m.CharEnd]); got != text {
			t.Errorf("characters [%d,%d) are %q, want %q", m.CharStart, m.CharEnd, got, text)
		}
		if !strings.HasSuffix(m.Prefix, "\"") || !strings.HasPrefix(m.Suffix, "\"") {
			t.Errorf("%q: prefix %q and suffix %q should end and start at the quote marks", text, m.Prefix, m.Suffix)
		}
		if m.Pos.Line != 2 {
			t.Errorf("%q on line %d, want 2", text, m.Pos.Line)
		}
	}
}
