package checker

import (
	"testing"

	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/source"
)

func listRule() Rule {
	return Rule{Fact: &Fact{Name: "lists", Kind: facts.KindList}, run: listsMatchCounts}
}

// list places a list of n items "A1, A2, …" at byte offset off of line.
func list(src string, line, off int, sentence string, n int) facts.Fact {
	items := make([]string, n)
	for i := range items {
		items[i] = "C" + facts.FormatNumber(float64(i+1))
	}
	f := facts.Fact{Kind: facts.KindList, Source: src, Text: "C1 … C" + facts.FormatNumber(float64(n)), Items: items, Sentence: sentence}
	f.Pos = source.Position{Filename: src, Line: line, Column: 1, Offset: off}
	f.End = source.Position{Filename: src, Line: line, Column: 40, Offset: off + 40}
	return f
}

// countAt places a count at a byte offset in a sentence.
func countAt(src string, line, off int, sentence, text string, q facts.Qualifier, class string, n float64) facts.Fact {
	f := facts.Fact{Kind: facts.KindCount, Source: src, Text: text, Qualifier: q, Stated: []float64{n}, Class: class, Noun: class, Sentence: sentence}
	f.Pos = source.Position{Filename: src, Line: line, Column: 1, Offset: off}
	f.End = source.Position{Filename: src, Line: line, Column: 1 + len(text), Offset: off + len(text)}
	return f
}

func TestListsMatchCounts(t *testing.T) {
	const same = "The 26 nations were: C1, C2 and C3."
	const intro = "Leaders of 26 nations took part:"
	// The extraction sets a list's Stated to the number of its items; only
	// a count fact beside the list states how many it should have.
	own := list("a.txt", 5, 100, "C1 … C25", 25)
	own.Stated, own.Class = []float64{25}, "nations"
	runCases(t, []judgeCase{
		{
			name: "a count in the list's sentence that fits",
			rule: listRule(),
			facts: []facts.Fact{
				countAt("a.txt", 5, 100, same, "26 nations", facts.QualExact, "nations", 26),
				list("a.txt", 5, 121, same, 26),
			},
		},
		{
			name: "a count in the list's sentence that does not",
			rule: listRule(),
			facts: []facts.Fact{
				countAt("a.txt", 5, 100, same, "26 nations", facts.QualExact, "nations", 26),
				list("a.txt", 5, 121, same, 25),
			},
			want: []string{"'26 nations' (a.txt:5) says 26; the list (a.txt:5) has 25 items: C1, C2, C3, C4, C5, C6, C7, C8, C9, C10, C11, C12, …; grouped: the count is in the list's sentence"},
		},
		{
			name:  "a list alone, its items counted by the extraction, states no count",
			rule:  listRule(),
			facts: []facts.Fact{own},
		},
		{
			name: "a count in the sentence introducing a bulleted list",
			rule: listRule(),
			facts: []facts.Fact{
				// "Leaders of 26 nations took part:\n- C1\n…": the list starts 3 bytes after the colon.
				countAt("a.txt", 4, 100, intro, "26 nations", facts.QualExact, "nations", 26),
				list("a.txt", 5, 100+len(intro)-len("Leaders of ")+3, "C1 C2 …", 24),
			},
			want: []string{"'26 nations' (a.txt:4) says 26; the list (a.txt:5) has 24 items: C1, C2, C3, C4, C5, C6, C7, C8, C9, C10, C11, C12, …; grouped: the count is in the sentence introducing the list"},
		},
		{
			name: "a count far before the list is not its count",
			rule: listRule(),
			facts: []facts.Fact{
				countAt("a.txt", 1, 10, "Leaders of 26 nations met on Saturday.", "26 nations", facts.QualExact, "nations", 26),
				list("a.txt", 40, 5000, "The leaders were from: C1, C2 …", 24),
			},
		},
		{
			name: "more than 20 fits a list of 26",
			rule: listRule(),
			facts: []facts.Fact{
				countAt("a.txt", 5, 100, same, "more than 20 nations", facts.QualOver, "nations", 20),
				list("a.txt", 5, 131, same, 26),
			},
		},
		{
			name: "a count of something else in the sentence",
			rule: listRule(),
			facts: func() []facts.Fact {
				l := list("a.txt", 5, 131, "Over 3 days, C1 … met.", 26)
				l.Class = "nations"
				return []facts.Fact{countAt("a.txt", 5, 100, "Over 3 days, C1 … met.", "3 days", facts.QualExact, "days", 3), l}
			}(),
		},
	})
}

func dateRule() Rule {
	return Rule{Fact: &Fact{Name: "call_date", Kind: facts.KindDate}, run: datesAgree}
}

func TestDatesAgree(t *testing.T) {
	runCases(t, []judgeCase{
		{
			name: "resolved dates that agree",
			rule: dateRule(),
			facts: []facts.Fact{
				date("a.txt", 2, "on Saturday", "2025-03-15"),
				date("b.txt", 3, "15 March", "2025-03-15"),
			},
		},
		{
			name: "resolved dates that do not",
			rule: dateRule(),
			facts: []facts.Fact{
				date("a.txt", 2, "on Saturday", "2025-03-15"),
				date("b.txt", 3, "15 March", "2025-03-15"),
				date("c.txt", 9, "on Friday", "2025-03-14"),
			},
			want: []string{"2 mentions place it on 2025-03-15; 'on Friday' (c.txt:9) says 2025-03-14; grouped: all are mentions of call_date"},
		},
		{
			name: "a month contains its days",
			rule: dateRule(),
			facts: []facts.Fact{
				date("a.txt", 2, "in March", "2025-03"),
				date("b.txt", 3, "15 March", "2025-03-15"),
			},
		},
		{
			name: "an unresolved weekday against a date on that weekday",
			rule: dateRule(),
			facts: []facts.Fact{
				date("a.txt", 2, "Saturday", ""),
				date("b.txt", 3, "15 March 2025", "2025-03-15"),
			},
		},
		{
			name: "an unresolved weekday against a date on another weekday",
			rule: dateRule(),
			facts: []facts.Fact{
				date("a.txt", 2, "on Friday", ""),
				date("b.txt", 3, "15 March 2025", "2025-03-15"),
				date("c.txt", 3, "March 15", "2025-03-15"),
			},
			want: []string{"2 mentions place it on 2025-03-15; 'on Friday' (a.txt:2) says Friday; grouped: all are mentions of call_date"},
		},
		{
			name: "unresolved values compare as written",
			rule: dateRule(),
			facts: []facts.Fact{
				date("a.txt", 2, "Thursday", ""),
				date("b.txt", 3, "on thursday", ""),
				date("c.txt", 4, "on Wednesday", ""),
			},
			want: []string{"2 mentions place it on Thursday; 'on Wednesday' (c.txt:4) says Wednesday; grouped: all are mentions of call_date"},
		},
		{
			name: "one source alone is never a conflict across sources",
			rule: dateRule(),
			facts: []facts.Fact{
				date("a.txt", 2, "Thursday", ""),
				date("a.txt", 3, "Wednesday", ""),
			},
		},
		{
			name: "an unresolved relative date cannot be compared with a date",
			rule: dateRule(),
			facts: []facts.Fact{
				date("a.txt", 2, "next week", ""),
				date("b.txt", 3, "20 March", "2025-03-20"),
			},
		},
	})
}
