package dsl

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/source"
)

func TestParseBundledRules(t *testing.T) {
	paths, _ := filepath.Glob("../rules/*.rules")
	if len(paths) == 0 {
		t.Fatal("no bundled rule files found")
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			f, err := ParseFile(p, src)
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Decls) == 0 {
				t.Fatal("no declarations")
			}
			for _, d := range f.Decls {
				if !f.Span().Contains(d.Span()) {
					t.Errorf("%T at %v lies outside the file", d, d.Span().Start.Position())
				}
			}
		})
	}
}

func TestParseShapes(t *testing.T) {
	src := `fact f {
  count of "nations", "countries"
  where sentence has "a" or "b" and not (sentence has "c" or sentence has "d")
}
rule "R" { expect f agrees across sources  severity warning }
`
	f, err := ParseFile("x.rules", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	fd := f.Decls[0].(*FactDecl)
	if got := len(fd.Selector.Nouns); got != 2 {
		t.Errorf("nouns = %d, want 2", got)
	}
	// "a" or "b" is one has-expression with two words; `and` binds tighter
	// than `or` between predicates.
	and, ok := fd.Selector.Where.(*BinaryExpr)
	if !ok || and.Op != "and" {
		t.Fatalf("where = %T %v, want an and-expression", fd.Selector.Where, fd.Selector.Where)
	}
	if has := and.X.(*HasExpr); len(has.Words) != 2 {
		t.Errorf("left has %d words, want 2", len(has.Words))
	}
	if _, ok := and.Y.(*NotExpr); !ok {
		t.Errorf("right = %T, want *NotExpr", and.Y)
	}
	rd := f.Decls[1].(*RuleDecl)
	if p := rd.Items[1].Span().Start.Position(); p.Line != 5 || p.Column != 44 {
		t.Errorf("severity at %v, want 5:44", p)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"misspelled where", "fact x {\n  count of \"a\" whre\n}", `x.rules:2:16: unexpected "whre"`},
		{"unterminated block", "rule \"r\" {\n  expect x agrees across sources\n", `x.rules:3:1: unexpected end of file`},
		{"missing percent", "approximate 10\n", `x.rules:2:1: unexpected end of file`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseFile("x.rules", []byte(tt.src))
			list, ok := err.(source.ErrorList)
			if !ok || len(list) == 0 {
				t.Fatalf("err = %v, want an ErrorList", err)
			}
			if got := list[0].Error(); got != tt.want {
				t.Errorf("error = %q, want %q", got, tt.want)
			}
			if list[0].Code != source.CodeParse {
				t.Errorf("code = %q, want parse", list[0].Code)
			}
		})
	}
}
