package facts

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// countOf is what a test expects of one count: its exact text, qualifier,
// figures and noun class.
type countOf struct {
	Text   string
	Qual   string
	Stated []float64
	Class  string
}

func counts(text string) []countOf {
	var out []countOf
	for _, f := range Extract(NewDocument("t.txt", []byte(text))) {
		if f.Kind == KindCount {
			out = append(out, countOf{f.Text, f.Qualifier.String(), f.Stated, f.Class})
		}
	}
	return out
}

func TestCountQualifiers(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []countOf
	}{
		{"exact", "Leaders of 26 nations met.", []countOf{{"26 nations", "exact", []float64{26}, "nations"}}},
		{"adjective skipped", "Officials from 31 allied nations came.", []countOf{{"31 allied nations", "exact", []float64{31}, "nations"}}},
		{"some is about", "With some 25 fellow leaders in attendance.", []countOf{{"some 25 fellow leaders", "about", []float64{25}, "leaders"}}},
		{"about", "About 20 countries held talks.", []countOf{{"About 20 countries", "about", []float64{20}, "nations"}}},
		{"around", "Around 40 people left.", []countOf{{"Around 40 people", "about", []float64{40}, "people"}}},
		{"approximately", "approximately 300 troops", []countOf{{"approximately 300 troops", "about", []float64{300}, "troops"}}},
		{"roughly", "roughly 12 states", []countOf{{"roughly 12 states", "about", []float64{12}, "nations"}}},
		{"an estimated", "an estimated 5,000 people", []countOf{{"an estimated 5,000 people", "about", []float64{5000}, "people"}}},
		{"nearly", "nearly 50 hostages", []countOf{{"nearly 50 hostages", "nearly", []float64{50}, "hostages"}}},
		{"almost", "almost fifty hostages", []countOf{{"almost fifty hostages", "nearly", []float64{50}, "hostages"}}},
		{"more than", "more than 20 countries", []countOf{{"more than 20 countries", "more than", []float64{20}, "nations"}}},
		{"over", "over 100 deaths", []countOf{{"over 100 deaths", "more than", []float64{100}, "dead"}}},
		{"at least", "at least six locations", []countOf{{"at least six locations", "at least", []float64{6}, "locations"}}},
		{"as many as", "as many as 25 countries", []countOf{{"as many as 25 countries", "up to", []float64{25}, "nations"}}},
		{"up to", "up to 30 nations", []countOf{{"up to 30 nations", "up to", []float64{30}, "nations"}}},
		{"fewer than", "fewer than 25 countries", []countOf{{"fewer than 25 countries", "fewer than", []float64{25}, "nations"}}},
		{"under", "under 25 countries", []countOf{{"under 25 countries", "fewer than", []float64{25}, "nations"}}},
		{"at most", "at most 25 countries", []countOf{{"at most 25 countries", "at most", []float64{25}, "nations"}}},
		{"between", "between 20 and 30 countries", []countOf{{"between 20 and 30 countries", "between", []float64{20, 30}, "nations"}}},
		{"N-M", "20-30 countries", []countOf{{"20-30 countries", "between", []float64{20, 30}, "nations"}}},
		{"quoted figure", "officials said that “about 20” countries were", []countOf{{"“about 20” countries", "about", []float64{20}, "nations"}}},
		{"straight quotes", `said "31" nations`, []countOf{{`"31" nations`, "exact", []float64{31}, "nations"}}},
		{"words", "twenty-six nations", []countOf{{"twenty-six nations", "exact", []float64{26}, "nations"}}},
		{"a dozen", "a dozen countries", []countOf{{"a dozen countries", "exact", []float64{12}, "nations"}}},
		{"two hundred", "two hundred people", []countOf{{"two hundred people", "exact", []float64{200}, "people"}}},
		{"two hundred and five", "two hundred and five people", []countOf{{"two hundred and five people", "exact", []float64{205}, "people"}}},
		{"three thousand", "three thousand troops", []countOf{{"three thousand troops", "exact", []float64{3000}, "troops"}}},
		{"thousands separator", "1,234 people", []countOf{{"1,234 people", "exact", []float64{1234}, "people"}}},
		{"capitalised adjective", "the remaining 50 Israeli hostages", []countOf{{"50 Israeli hostages", "exact", []float64{50}, "hostages"}}},
		{"two modifiers", "more than 60 private sector companies", []countOf{{"more than 60 private sector companies", "more than", []float64{60}, "companies"}}},
		{"duration is not a count", "the 30-day ceasefire and 18 months of work", nil},
		{"day of month is not a count", "the attack on 7 October", nil},
		{"percent is not a count", "2.5% of output and 5 per cent of jobs", nil},
		{"money is not a count", "£300 million pounds", nil},
		{"a year counts nothing", "by 2027, something", nil},
		{"time of day", "at 10:42 leaders met", nil},
		{"idiomatic one", "one country and one region after the other", nil},
		{"anaphoric the two", "The two leaders spoke at the weekend.", nil},
		{"a measure is not a count", "6.4 earthquake strikes off the coast", nil},
		{"a decimal with a scale is", "About 2.5 million people live nearby.", []countOf{{"About 2.5 million people", "about", []float64{2500000}, "people"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, counts(tt.text)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestCountPositions(t *testing.T) {
	text := "Headline\r\nThe “coalition” met: leaders of 26 nations joined.\n"
	d := NewDocument("p.txt", []byte(text))
	var got []Fact
	for _, f := range Extract(d) {
		if f.Kind == KindCount {
			got = append(got, f)
		}
	}
	if len(got) != 1 {
		t.Fatalf("got %d facts, want 1", len(got))
	}
	f := got[0]
	if f.Pos.Line != 2 || f.Pos.Column != 33 || f.End.Column != 43 {
		t.Errorf("position %d:%d-%d, want 2:33-43", f.Pos.Line, f.Pos.Column, f.End.Column)
	}
	if orig := text[f.Pos.Offset:f.End.Offset]; orig != f.Text {
		t.Errorf("text at span %q != fact text %q", orig, f.Text)
	}
	if f.Sentence != "The “coalition” met: leaders of 26 nations joined." {
		t.Errorf("sentence = %q", f.Sentence)
	}
}

func TestVague(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Several schools remained closed.", true},
		{"Dozens of people died.", true},
		{"A handful of leaders came.", true},
		{"Tens of thousands of troops massed.", true},
		{"Between 3 and 9 schools remained closed.", false},
		{"About 20 countries held talks.", false},
		{"140 schools will be rebuilt.", false},
	} {
		var got []bool
		for _, f := range Extract(NewDocument("t.txt", []byte(tc.text))) {
			if f.Kind == KindCount {
				got = append(got, f.Vague())
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: Vague() of its counts = %v, want [%v]", tc.text, got, tc.want)
		}
	}
}
