package dsl

import (
	"errors"
	"fmt"
	"strings"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/factlint/factlint/source"
)

// ParseFile parses the rule file src, named name. On error it returns a
// source.ErrorList whose entries say "expected X, found Y" at the place.
func ParseFile(name string, src []byte) (*File, error) {
	f := source.NewFile(name, src)
	g, err := parser.ParseBytes(name, src)
	if err != nil {
		var list source.ErrorList
		list = append(list, convertError(f, err))
		return nil, list
	}
	c := converter{f: f}
	return c.file(g), nil
}

func convertError(f *source.File, err error) *source.Error {
	var perr participle.Error
	if !errors.As(err, &perr) {
		return &source.Error{Pos: source.Position{Filename: f.Name()}, Code: source.CodeParse, Msg: err.Error()}
	}
	pos := f.Pos(perr.Position().Offset)
	msg := perr.Message()
	var unexpected *participle.UnexpectedTokenError
	if errors.As(err, &unexpected) {
		found := describeToken(unexpected.Unexpected)
		if unexpected.Expect != "" {
			msg = fmt.Sprintf("expected %s, found %s", unexpected.Expect, found)
		} else {
			msg = "unexpected " + found
		}
	}
	return source.Errorf(pos, source.CodeParse, "%s", msg)
}

func describeToken(t lexer.Token) string {
	if t.EOF() {
		return "end of file"
	}
	return fmt.Sprintf("%q", t.Value)
}

type converter struct {
	f *source.File
}

func (c *converter) pos(p lexer.Position) source.Pos { return c.f.Pos(p.Offset) }

func (c *converter) file(g *gFile) *File {
	out := &File{Src: c.f}
	for _, d := range g.Decls {
		switch {
		case d.Corpus != nil:
			out.Decls = append(out.Decls, &CorpusDecl{Keyword: c.pos(d.Corpus.Pos), Glob: c.str(d.Corpus.Glob)})
		case d.Approx != nil:
			out.Decls = append(out.Decls, &ApproximateDecl{Keyword: c.pos(d.Approx.Pos), Percent: c.num(d.Approx.Percent), End: c.pos(d.Approx.EndPos)})
		case d.Fact != nil:
			out.Decls = append(out.Decls, &FactDecl{Keyword: c.pos(d.Fact.Pos), Name: c.ident(d.Fact.Name), Selector: c.selector(d.Fact.Selector), End: c.pos(d.Fact.EndPos)})
		case d.Rule != nil:
			out.Decls = append(out.Decls, c.rule(d.Rule))
		}
	}
	return out
}

func (c *converter) selector(g *gSelector) *Selector {
	s := &Selector{Kind: c.ident(g.Kind), End: c.pos(g.EndPos)}
	for _, n := range g.Nouns {
		s.Nouns = append(s.Nouns, c.str(n))
	}
	if g.Where != nil {
		s.Where = c.or(g.Where)
	}
	return s
}

func (c *converter) or(g *gOr) Expr {
	x := c.and(g.Left)
	for _, r := range g.Right {
		x = &BinaryExpr{X: x, Op: "or", Y: c.and(r)}
	}
	return x
}

func (c *converter) and(g *gAnd) Expr {
	x := c.not(g.Left)
	for _, r := range g.Right {
		x = &BinaryExpr{X: x, Op: "and", Y: c.not(r)}
	}
	return x
}

func (c *converter) not(g *gNot) Expr {
	if g.Not != nil {
		return &NotExpr{Not: c.pos(g.Pos), X: c.not(g.Not)}
	}
	p := g.Primary
	if p.Paren != nil {
		return &ParenExpr{Lparen: c.pos(p.Pos), X: c.or(p.Paren), End: c.pos(p.EndPos)}
	}
	h := &HasExpr{Scope: c.ident(p.Has.Scope)}
	for _, w := range p.Has.Words {
		h.Words = append(h.Words, c.str(w))
	}
	return h
}

func (c *converter) rule(g *gRule) *RuleDecl {
	r := &RuleDecl{Keyword: c.pos(g.Pos), Title: c.str(g.Title), End: c.pos(g.EndPos)}
	for _, it := range g.Items {
		switch {
		case it.Expect != nil:
			e := it.Expect
			r.Items = append(r.Items, &ExpectClause{Keyword: c.pos(e.Pos), Subject: c.ident(e.Subject), Verb: strings.Join(e.Verb, " "), End: c.pos(e.EndPos)})
		case it.Severity != nil:
			r.Items = append(r.Items, &SeverityClause{Keyword: c.pos(it.Severity.Pos), Level: c.ident(it.Severity.Level)})
		}
	}
	return r
}

func (c *converter) ident(g *gIdent) *Ident {
	return &Ident{Start: c.pos(g.Pos), End: c.pos(g.EndPos), Name: g.Name}
}

func (c *converter) str(g *gString) *String {
	return &String{Start: c.pos(g.Pos), End: c.pos(g.EndPos), Value: g.Value}
}

func (c *converter) num(g *gNumber) *Number {
	return &Number{Start: c.pos(g.Pos), End: c.pos(g.EndPos), Value: g.Value}
}
