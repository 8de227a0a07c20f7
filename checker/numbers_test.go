package checker

import (
	"testing"

	"github.com/factlint/factlint/facts"
)

func countRule() Rule {
	return Rule{Fact: &Fact{Name: "leaders_call", Kind: facts.KindCount}, run: agreesAcrossSources}
}

func TestAgreementMessages(t *testing.T) {
	within := func(tol float64, pct bool) Rule {
		r := countRule()
		r.Within, r.WithinPercent = tol, pct
		if pct {
			r.Within = tol / 100
		}
		return r
	}
	money := func(tol float64) Rule {
		return Rule{Fact: &Fact{Name: "cost", Kind: facts.KindMoney}, run: agreesAcrossSources, Within: tol / 100, WithinPercent: true}
	}
	cash := func(src string, v float64) facts.Fact {
		return at(facts.Fact{Kind: facts.KindMoney, Text: "£" + facts.FormatNumber(v) + "m", Stated: []float64{v}, Unit: "GBP"}, src, 1)
	}
	runCases(t, []judgeCase{
		{
			name: "the issue's example: as many as 25 against 26",
			rule: countRule(),
			facts: []facts.Fact{
				count("000_c93f.txt", 2, "26 nations", facts.QualExact, "nations", 26),
				count("001_4f94.txt", 37, "as many as 25 countries", facts.QualUpTo, "nations", 25),
				count("002_e69f.txt", 3, "26 countries", facts.QualExact, "nations", 26),
				count("003_20e7.txt", 4, "26 nations", facts.QualExact, "nations", 26),
				count("004_f1c4.txt", 5, "26 leaders", facts.QualExact, "nations", 26),
			},
			want: []string{"4 mentions fit 26; 'as many as 25 countries' (001_4f94.txt:37) allows at most 25; grouped: all are mentions of leaders_call"},
		},
		{
			name: "each qualifier reads its own way",
			rule: countRule(),
			facts: []facts.Fact{
				count("a.txt", 1, "31 nations", facts.QualExact, "nations", 31),
				count("b.txt", 1, "31 countries", facts.QualExact, "nations", 31),
				count("b.txt", 2, "31 countries", facts.QualExact, "nations", 31),
				count("b.txt", 3, "31 countries", facts.QualExact, "nations", 31),
				count("c.txt", 1, "more than 40 nations", facts.QualOver, "nations", 40),
				count("d.txt", 1, "at least 35 nations", facts.QualAtLeast, "nations", 35),
				count("e.txt", 1, "fewer than 30 nations", facts.QualUnder, "nations", 30),
				count("f.txt", 1, "about 20 nations", facts.QualAbout, "nations", 20),
				count("g.txt", 1, "between 10 and 12 nations", facts.QualBetween, "nations", 10, 12),
				count("h.txt", 1, "nearly 20 nations", facts.QualNearly, "nations", 20),
			},
			want: []string{"4 mentions fit 31; 'more than 40 nations' (c.txt:1) needs more than 40; 'at least 35 nations' (d.txt:1) needs at least 35; 'fewer than 30 nations' (e.txt:1) allows fewer than 30; 'about 20 nations' (f.txt:1) reads about 20 (18–22); 'between 10 and 12 nations' (g.txt:1) says between 10 and 12; 'nearly 20 nations' (h.txt:1) reads nearly 20 (18 to just under 20); grouped: all are mentions of leaders_call"},
		},
		{
			name: "within 1 lets 26 and 27 agree",
			rule: within(1, false),
			facts: []facts.Fact{
				count("a.txt", 1, "26 nations", facts.QualExact, "nations", 26),
				count("b.txt", 1, "27 nations", facts.QualExact, "nations", 27),
			},
		},
		{
			name: "within 1 does not stretch to 28",
			rule: within(1, false),
			facts: []facts.Fact{
				count("a.txt", 1, "26 nations", facts.QualExact, "nations", 26),
				count("b.txt", 1, "26 nations", facts.QualExact, "nations", 26),
				count("c.txt", 1, "28 nations", facts.QualExact, "nations", 28),
			},
			want: []string{"2 mentions fit 25.5–26.5 (within 1); '28 nations' (c.txt:1) says 28; grouped: all are mentions of leaders_call"},
		},
		{
			name: "within 1 and a bound",
			rule: within(1, false),
			facts: []facts.Fact{
				count("a.txt", 1, "26 nations", facts.QualExact, "nations", 26),
				count("b.txt", 1, "as many as 25 countries", facts.QualUpTo, "nations", 25),
			},
		},
		{
			name:  "within 5% lets £100m and £104m agree",
			rule:  money(5),
			facts: []facts.Fact{cash("a.txt", 100), cash("b.txt", 104)},
		},
		{
			name:  "within 5% does not stretch to £111m",
			rule:  money(5),
			facts: []facts.Fact{cash("a.txt", 100), cash("b.txt", 111)},
			want:  []string{"1 mention fits 97.5–102.5 (within 5%); '£111m' (b.txt:1) says 111; grouped: all are mentions of cost"},
		},
		{
			name: "more than 20 on its own agrees with anything above",
			rule: countRule(),
			facts: []facts.Fact{
				count("a.txt", 1, "more than 20 countries", facts.QualOver, "nations", 20),
				count("b.txt", 1, "31 nations", facts.QualExact, "nations", 31),
			},
		},
	})
}

func TestIgnores(t *testing.T) {
	conflict := []facts.Fact{
		count("seeds/000.txt", 2, "26 nations", facts.QualExact, "nations", 26),
		count("seeds/001.txt", 37, "as many as 25 countries", facts.QualUpTo, "nations", 25),
		count("seeds/002.txt", 3, "26 countries", facts.QualExact, "nations", 26),
	}
	ignoring := func(igs ...Ignore) Rule {
		r := countRule()
		r.Ignores = igs
		return r
	}
	runCases(t, []judgeCase{
		{name: "nothing ignored", rule: ignoring(), facts: conflict, want: []string{"2 mentions fit 26; 'as many as 25 countries' (001.txt:37) allows at most 25; grouped: all are mentions of leaders_call"}},
		{name: "a source by name", rule: ignoring(Ignore{Source: "seeds/001.txt", Reason: "an early report"}), facts: conflict},
		{name: "a source by glob on its base name", rule: ignoring(Ignore{Source: "001_*.txt"}), facts: []facts.Fact{
			count("seeds/000_a.txt", 2, "26 nations", facts.QualExact, "nations", 26),
			count("seeds/001_b.txt", 37, "as many as 25 countries", facts.QualUpTo, "nations", 25),
		}},
		{name: "a mention by its text", rule: ignoring(Ignore{Text: "As many as  25", Reason: "counted before Turkey joined"}), facts: conflict},
		{name: "source and text must both match", rule: ignoring(Ignore{Source: "seeds/000.txt", Text: "as many as 25"}), facts: conflict,
			want: []string{"2 mentions fit 26; 'as many as 25 countries' (001.txt:37) allows at most 25; grouped: all are mentions of leaders_call"}},
	})
}
