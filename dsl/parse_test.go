package dsl

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/factlint/factlint/source"
)

// constructs holds one small rule file per construct of the language.
var constructs = []struct {
	name, src string
}{
	{"include", `include "other.rules"`},
	{"corpus one glob", `corpus "seeds/*.txt"`},
	{"corpus several globs", `corpus "seeds/*.txt", "drafts/*.md"`},
	{"approximate", `approximate 10%`},
	{"approximate decimal", `approximate 7.5%`},
	{"reference person", `reference { person "Giorgia Meloni" }`},
	{"reference person title", `reference { person "Giorgia Meloni" title "Prime Minister of Italy" }`},
	{"reference person alias", `reference { person "Volodymyr Zelenskyy" alias "Zelensky", "Zelenskiy" }`},
	{"reference person title alias", `reference { person "Volodymyr Zelenskyy" title "President of Ukraine" alias "Zelensky" }`},
	{"reference prefer", `reference { prefer "Kyiv" over "Kiev", "Kyiv city" }`},
	{"kind count", `fact f { count }`},
	{"kind number", `fact f { number }`},
	{"kind ordinal", `fact f { ordinal }`},
	{"kind percent", `fact f { percent }`},
	{"kind money", `fact f { money }`},
	{"kind duration", `fact f { duration }`},
	{"kind date", `fact f { date }`},
	{"kind person", `fact f { person }`},
	{"kind title", `fact f { title }`},
	{"kind quote", `fact f { quote }`},
	{"kind list", `fact f { list }`},
	{"of nouns", `fact f { count of "nations", "countries" }`},
	{"sentence has", `fact f { count where sentence has "call" }`},
	{"sentence has or words", `fact f { count where sentence has "virtual" or "call" or "video call" }`},
	{"paragraph has", `fact f { count where paragraph has "military" }`},
	{"sentence matches", `fact f { count where sentence matches /\bcall(ed)?\b/ }`},
	{"paragraph matches", `fact f { count where paragraph matches /(?i)summit/ }`},
	{"near", `fact f { count where near "troops" within 5 words }`},
	{"near several words", `fact f { count where near "troops" or "soldiers" within 3 words }`},
	{"source matches", `fact f { count where source matches "*reuters*" }`},
	{"speaker is", `fact f { quote where speaker is "Keir Starmer" }`},
	{"and", `fact f { count where sentence has "a" and sentence has "b" }`},
	{"or", `fact f { count where sentence has "a" or sentence has "b" }`},
	{"not", `fact f { count where not sentence has "Gaza" }`},
	{"not not", `fact f { count where not not sentence has "Gaza" }`},
	{"parentheses", `fact f { count where (sentence has "a" or paragraph has "b") and not (source matches "x*") }`},
	{"precedence", `fact f { count where sentence has "a" or sentence has "b" and not sentence has "c" }`},
	{"agrees across sources", `rule "r" { expect f agrees across sources }`},
	{"agrees within each source", `rule "r" { expect f agrees within each source }`},
	{"agrees with", `rule "r" { expect f agrees with g }`},
	{"equals", `rule "r" { expect f equals 26 }`},
	{"between", `rule "r" { expect f between 20 and 30 }`},
	{"at least", `rule "r" { expect f at least 20 }`},
	{"at most", `rule "r" { expect f at most 30 }`},
	{"present in every source", `rule "r" { expect f is present in every source }`},
	{"present in at least", `rule "r" { expect f is present in at least 2 sources }`},
	{"present in at least one", `rule "r" { expect f is present in at least 1 source }`},
	{"within", `rule "r" { expect f agrees across sources within 1 }`},
	{"within percent", `rule "r" { expect f equals 26 within 5% }`},
	{"people agree", `rule "r" { expect people agree }`},
	{"people agree with reference", `rule "r" { expect people agree with reference }`},
	{"titles agree", `rule "r" { expect titles agree }`},
	{"titles agree with reference", `rule "r" { expect titles agree with reference }`},
	{"quotes agree", `rule "r" { expect quotes agree }`},
	{"lists match counts", `rule "r" { expect lists match counts }`},
	{"severity", `rule "r" { expect f agrees across sources severity warning }`},
	{"message", `rule "r" { expect f agrees across sources message "{fact} differs: {values} in {sources}" }`},
	{"comments", "# head\nfact f { # after brace\n  count # after kind\n  # before where\n  where sentence has \"a\" # after where\n} # after close\n# tail"},
}

// ignorePos compares trees without their positions.
var ignorePos = cmp.Options{
	cmpopts.IgnoreTypes(source.Pos{}),
	cmpopts.IgnoreFields(File{}, "Src"),
	cmpopts.IgnoreFields(Number{}, "Text"),
}

// TestConstructs checks that every construct parses, formats, and parses
// again to the same tree, and that formatting is idempotent.
func TestConstructs(t *testing.T) {
	for _, tc := range constructs {
		t.Run(tc.name, func(t *testing.T) {
			checkRoundTrip(t, []byte(tc.src))
		})
	}
}

func checkRoundTrip(t *testing.T, src []byte) {
	t.Helper()
	f, err := ParseFile("in.rules", src)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	out := Format(f)
	g, err := ParseFile("out.rules", out)
	if err != nil {
		t.Fatalf("formatted text does not parse: %v\n%s", err, out)
	}
	if d := cmp.Diff(f.Decls, g.Decls, ignorePos); d != "" {
		t.Errorf("formatted text parses to another tree (-in +out):\n%s\n%s", d, out)
	}
	if d := cmp.Diff(commentTexts(f), commentTexts(g)); d != "" {
		t.Errorf("comments changed (-in +out):\n%s", d)
	}
	if again := Format(g); string(again) != string(out) {
		t.Errorf("formatting is not idempotent:\n%s\nthen\n%s", out, again)
	}
	checkSpans(t, f)
}

func commentTexts(f *File) []string {
	var out []string
	for _, c := range f.Comments {
		out = append(out, c.Text)
	}
	return out
}

// checkSpans checks that every node's span lies inside its parent's.
func checkSpans(t *testing.T, f *File) {
	t.Helper()
	Inspect(f, func(parent, n Node) {
		if parent == nil {
			return
		}
		if !parent.Span().Contains(n.Span()) {
			t.Errorf("%T span %v–%v is outside its parent %T %v–%v", n,
				n.Span().Start.Position(), n.Span().End.Position(), parent,
				parent.Span().Start.Position(), parent.Span().End.Position())
		}
	})
}

func TestParseTree(t *testing.T) {
	f, err := ParseFile("t.rules", []byte(`fact f { count where sentence has "a" or sentence has "b" and not (paragraph has "c") }
rule "r" { expect f agrees with g within 5% }`))
	if err != nil {
		t.Fatal(err)
	}
	where := f.Decls[0].(*FactDecl).Selector.Where
	if got, want := ExprString(where), `sentence has "a" or sentence has "b" and not (paragraph has "c")`; got != want {
		t.Errorf("where = %s, want %s", got, want)
	}
	or, ok := where.(*BinaryExpr)
	if !ok || or.Op != "or" {
		t.Fatalf("top of predicate = %T %v, want or: and binds tighter", where, where)
	}
	if and, ok := or.Y.(*BinaryExpr); !ok || and.Op != "and" {
		t.Errorf("right of or = %T, want and", or.Y)
	}
	x := f.Decls[1].(*RuleDecl).Items[0].(*ExpectClause)
	if x.Op != OpAgreeWith || x.Other.Name != "g" || x.Within.Value != 5 || !x.Percent {
		t.Errorf("expect = %+v", x)
	}
}

// TestWordsBindTighter checks that the words of a has bind tighter than
// and and or: sentence has "a" or "b" and X is (has "a" or "b") and X.
func TestWordsBindTighter(t *testing.T) {
	tests := []struct{ src, want string }{
		{`sentence has "a" or "b" and paragraph has "c"`, `and(has[a b], has[c])`},
		{`sentence has "a" or sentence has "b"`, `or(has[a], has[b])`},
		{`near "x" within 2 words or sentence has "a" or "b" or "c"`, `or(near, has[a b c])`},
		{`not sentence has "a" or "b"`, `not(has[a b])`},
		{`paragraph has "p" and sentence has "a" or "b" and source matches "g"`, `and(and(has[p], has[a b]), match)`},
		{`(sentence has "a") or sentence has "b" or "c"`, `or(paren(has[a]), has[b c])`},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			f, err := ParseFile("t.rules", []byte("fact f { count where "+tc.src+" }"))
			if err != nil {
				t.Fatal(err)
			}
			if got := shape(f.Decls[0].(*FactDecl).Selector.Where); got != tc.want {
				t.Errorf("tree = %s, want %s", got, tc.want)
			}
		})
	}
}

// shape writes a predicate tree compactly.
func shape(e Expr) string {
	switch e := e.(type) {
	case *BinaryExpr:
		return e.Op + "(" + shape(e.X) + ", " + shape(e.Y) + ")"
	case *NotExpr:
		return "not(" + shape(e.X) + ")"
	case *ParenExpr:
		return "paren(" + shape(e.X) + ")"
	case *HasExpr:
		var w []string
		for _, s := range e.Words {
			w = append(w, s.Value)
		}
		return "has[" + strings.Join(w, " ") + "]"
	case *MatchExpr:
		return "match"
	case *NearExpr:
		return "near"
	}
	return "?"
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // messages, in order, as "line:col: message"
	}{
		{"expected found", `corpus 12`, []string{`1:8: expected "string", found "12"`}},
		{"every declaration reports", "fact a { count where sentence hass \"x\" }\nrule \"r\" { expect a agrees accross sources }\ncorpus\nfact b { count }",
			[]string{
				`1:31: unknown predicate "sentence hass", expected has or matches, did you mean "sentence has"?`,
				`2:21: unknown expectation "agrees accross sources", did you mean "agrees across sources"?`,
				`3:7: expected "string", found "fact"`,
			}},
		{"misspelled keyword", `rule "r" { expcet a agrees }`, []string{`1:12: expected "}", found "expcet"; did you mean "expect"?`}},
		{"misspelled keyword after an expectation", `rule "r" { expect a agrees across sources sevrity error }`,
			[]string{`1:43: unexpected "sevrity" after "agrees across sources"; did you mean "severity"?`}},
		{"misspelled first keyword", `incldue "x.rules"`, []string{`1:1: unexpected "incldue"; did you mean "include"?`}},
		{"no keyword like it", `rule "r" { banana a agrees }`, []string{`1:12: expected "}", found "banana"`}},
		{"bare word", `fact a { count where sentence has "a" and "b" }`, []string{`1:43: expected a predicate such as sentence has "b", found the word "b"`}},
		{"missing predicate", `fact a { count where not }`, []string{`1:26: expected a predicate, found "}"`}},
		{"missing noun", `fact a { count of }`, []string{`1:19: expected "string", found "}"`}},
		{"missing severity", "rule \"r\" { expect a agrees\n severity }", []string{`2:11: expected name, found "}"`}},
		{"missing expectation", `rule "r" { expect a }`, []string{`1:20: expected an expectation after "a"`}},
		{"bad character", "fact a { count ☃ }", []string{`1:16: unexpected character '☃'`}},
		{"unterminated string", "corpus \"seeds/*.txt\ncorpus \"x\"", []string{`1:8: string not terminated`}},
		{"unterminated regexp", "fact a { count where sentence matches /call }", []string{`1:39: regexp not terminated`}},
		{"regexp after has", `fact a { count where sentence has /x/ }`, []string{`1:35: expected "word" after has, found a /regexp/`}},
		{"too deep", "fact a { count where " + strings.Repeat("(", MaxDepth+1) + `sentence has "a"` + strings.Repeat(")", MaxDepth+1) + " }",
			[]string{`1:86: predicate nested too deeply`}},
		{"too many nots", "fact a { count where " + strings.Repeat("not ", MaxDepth+1) + `sentence has "a" }`,
			[]string{`predicate nested too deeply`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseFile("t.rules", []byte(tc.src))
			var list source.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("err = %v, want an ErrorList", err)
			}
			if len(list) != len(tc.want) {
				t.Fatalf("got %d errors, want %d:\n%v", len(list), len(tc.want), err)
			}
			for i, e := range list {
				got := e.Error()
				if !strings.Contains(got, tc.want[i]) {
					t.Errorf("error %d = %q, want it to contain %q", i, got, tc.want[i])
				}
				if e.Code == "" {
					t.Errorf("error %d has no code", i)
				}
			}
		})
	}
}

func TestErrorCap(t *testing.T) {
	var b strings.Builder
	for range 15 {
		b.WriteString("rule \"r\" { expect a frobs }\n")
	}
	_, err := ParseFile("t.rules", []byte(b.String()))
	var list source.ErrorList
	if !errors.As(err, &list) || len(list) != source.MaxErrors {
		t.Fatalf("got %d errors, want %d: %v", len(list), source.MaxErrors, err)
	}
	for i := 1; i < len(list); i++ {
		if list[i].Pos.Line <= list[i-1].Pos.Line {
			t.Errorf("errors not sorted: line %d after line %d", list[i].Pos.Line, list[i-1].Pos.Line)
		}
	}
}
