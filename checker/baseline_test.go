package checker

import (
	"bytes"
	"strings"
	"testing"

	"github.com/factlint/factlint/facts"
)

func baselineCorpus(shift int) []facts.Fact {
	return []facts.Fact{
		count("seeds/000.txt", 2+shift, "26 nations", facts.QualExact, "nations", 26),
		count("seeds/001.txt", 37+shift, "as many as 25 countries", facts.QualUpTo, "nations", 25),
		count("seeds/002.txt", 3, "26 countries", facts.QualExact, "nations", 26),
	}
}

func countProgram() *Program {
	r := countRule()
	r.Name, r.ID, r.Severity = "Counts agree", "counts-agree", SeverityError
	return &Program{Approx: DefaultApprox, Rules: []*Rule{&r}}
}

func TestFingerprint(t *testing.T) {
	prog := countProgram()
	base := prog.Check(baselineCorpus(0)).Findings[0]
	for _, c := range []struct {
		name  string
		facts []facts.Fact
		same  bool
	}{
		{"lines moved", baselineCorpus(10), true},
		{"source written another way", func() []facts.Fact {
			fs := baselineCorpus(0)
			for i := range fs {
				fs[i].Source = "./" + fs[i].Source
			}
			return fs
		}(), true},
		{"a figure changed", func() []facts.Fact {
			fs := baselineCorpus(0)
			fs[1].Text, fs[1].Stated = "as many as 24 countries", []float64{24}
			return fs
		}(), false},
		{"a new source joined", append(baselineCorpus(0), count("seeds/003.txt", 1, "26 nations", facts.QualExact, "nations", 26)), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := prog.Check(c.facts).Findings[0]
			if same := Fingerprint(got) == Fingerprint(base); same != c.same {
				t.Errorf("fingerprints equal = %v, want %v", same, c.same)
			}
		})
	}
}

func TestBaseline(t *testing.T) {
	prog := countProgram()
	rep := prog.Check(baselineCorpus(0))
	var buf bytes.Buffer
	if err := NewBaseline(rep, nil).Write(&buf); err != nil {
		t.Fatal(err)
	}
	// A reviewer signs the entry off.
	src := strings.Replace(buf.String(), `"mentions"`, `"reason": "counted before Turkey joined",
      "reviewer": "ed",
      "mentions"`, 1)
	b, err := ReadBaseline("factlint.baseline.json", []byte(src))
	if err != nil {
		t.Fatal(err)
	}

	t.Run("hides the finding, even with lines moved", func(t *testing.T) {
		rep := prog.Check(baselineCorpus(5))
		b.Apply(rep)
		if len(rep.Findings) != 0 || rep.Baselined != 1 || rep.Rules[0].Status != StatusPass {
			t.Errorf("findings %d, baselined %d, status %s; want 0, 1, pass", len(rep.Findings), rep.Baselined, rep.Rules[0].Status)
		}
	})
	t.Run("a fixed finding leaves a stale entry", func(t *testing.T) {
		fixed := baselineCorpus(0)
		fixed[1].Text, fixed[1].Qualifier, fixed[1].Stated = "26 countries", facts.QualExact, []float64{26}
		rep := prog.Check(fixed)
		b.Apply(rep)
		if len(rep.Findings) != 1 {
			t.Fatalf("got %d findings, want the stale entry", len(rep.Findings))
		}
		f := rep.Findings[0]
		want := "baseline entry for counts-agree matches no finding; remove it (it was: 2 mentions fit 26; 'as many as 25 countries' (001.txt:37) allows at most 25; grouped: all are mentions of leaders_call)"
		if f.Rule != StaleRule || f.Severity != SeverityWarning || f.Message != want {
			t.Errorf("stale finding = %s %s %q\nwant %q", f.Rule, f.Severity, f.Message, want)
		}
		if m := f.Mentions[0]; m.Source != "factlint.baseline.json" || m.Pos.Line != 5 {
			t.Errorf("stale finding points at %s:%d, want factlint.baseline.json:5", m.Source, m.Pos.Line)
		}
	})
	t.Run("rewriting keeps reasons", func(t *testing.T) {
		nb := NewBaseline(prog.Check(baselineCorpus(3)), b)
		if e := nb.Findings[0]; e.Reason != "counted before Turkey joined" || e.Reviewer != "ed" {
			t.Errorf("entry = %+v, want the reason and reviewer kept", e)
		}
	})
}

func TestReadBaselineErrors(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"not json", "{\n  \"version\": 1,\n  oops\n}", "b.json:3:3: bad baseline: invalid character 'o' looking for beginning of object key string"},
		{"wrong version", `{"version": 7, "findings": []}`, "b.json: baseline version 7, expected 1"},
		{"unknown field", `{"version": 1, "findigns": []}`, `b.json: bad baseline: unknown field "findigns"`},
		{"no fingerprint", `{"version": 1, "findings": [{"rule": "x"}]}`, "b.json: baseline entry 1 has no sha256 fingerprint"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadBaseline("b.json", []byte(c.src))
			if err == nil || err.Error() != c.want {
				t.Errorf("error = %v, want %s", err, c.want)
			}
		})
	}
}
