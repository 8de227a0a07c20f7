// Package dsl is factlint's rule language: the grammar, the AST with a
// position on every node, parse errors that point into the rule file.
package dsl

import "github.com/factlint/factlint/source"

// A Node is any node of the AST. Span covers the node's text in the rule file.
type Node interface {
	Span() source.Span
}

// A File node represents a whole rule file.
type File struct {
	Src   *source.File
	Decls []Decl
}

// Span returns the whole file.
func (f *File) Span() source.Span {
	return source.Span{Start: f.Src.Pos(0), End: f.Src.Pos(f.Src.Size())}
}

// A Decl is a top-level declaration: *CorpusDecl, *ApproximateDecl,
// *FactDecl or *RuleDecl.
type Decl interface {
	Node
	declNode()
}

// A CorpusDecl node represents `corpus "glob"`: documents to use when none
// are named on the command line.
type CorpusDecl struct {
	Keyword source.Pos // position of "corpus"
	Glob    *String
}

// An ApproximateDecl node represents `approximate N%`: how wide "about N" is.
type ApproximateDecl struct {
	Keyword source.Pos // position of "approximate"
	Percent *Number
	End     source.Pos // just after "%"
}

// A FactDecl node represents `fact NAME { selector }`.
type FactDecl struct {
	Keyword  source.Pos // position of "fact"
	Name     *Ident
	Selector *Selector
	End      source.Pos // just after "}"
}

// A RuleDecl node represents `rule "Title" { items }`.
type RuleDecl struct {
	Keyword source.Pos // position of "rule"
	Title   *String
	Items   []RuleItem
	End     source.Pos // just after "}"
}

func (d *CorpusDecl) Span() source.Span      { return source.Span{Start: d.Keyword, End: d.Glob.End} }
func (d *ApproximateDecl) Span() source.Span { return source.Span{Start: d.Keyword, End: d.End} }
func (d *FactDecl) Span() source.Span        { return source.Span{Start: d.Keyword, End: d.End} }
func (d *RuleDecl) Span() source.Span        { return source.Span{Start: d.Keyword, End: d.End} }

func (*CorpusDecl) declNode()      {}
func (*ApproximateDecl) declNode() {}
func (*FactDecl) declNode()        {}
func (*RuleDecl) declNode()        {}

// A Selector node represents what a fact collects: `KIND [of "noun", …]
// [where PREDICATE]`.
type Selector struct {
	Kind  *Ident
	Nouns []*String // nil when no "of" clause
	Where Expr      // nil when no "where" clause
	End   source.Pos
}

// Span covers the kind to the end of the predicate.
func (s *Selector) Span() source.Span { return source.Span{Start: s.Kind.Start, End: s.End} }

// An Expr is a predicate over a mention's context: *BinaryExpr, *NotExpr,
// *ParenExpr or *HasExpr.
type Expr interface {
	Node
	exprNode()
}

// A BinaryExpr node represents `X and Y` or `X or Y`.
type BinaryExpr struct {
	X  Expr
	Op string // "and" or "or"
	Y  Expr
}

// A NotExpr node represents `not X`.
type NotExpr struct {
	Not source.Pos // position of "not"
	X   Expr
}

// A ParenExpr node represents `( X )`.
type ParenExpr struct {
	Lparen source.Pos // position of "("
	X      Expr
	End    source.Pos // just after ")"
}

// A HasExpr node represents `SCOPE has "w1" or "w2" …`: true when the scope
// (for now only "sentence") contains any of the words, matched whole and
// ignoring case.
type HasExpr struct {
	Scope *Ident
	Words []*String
}

func (e *BinaryExpr) Span() source.Span {
	return source.Span{Start: e.X.Span().Start, End: e.Y.Span().End}
}
func (e *NotExpr) Span() source.Span   { return source.Span{Start: e.Not, End: e.X.Span().End} }
func (e *ParenExpr) Span() source.Span { return source.Span{Start: e.Lparen, End: e.End} }
func (e *HasExpr) Span() source.Span {
	return source.Span{Start: e.Scope.Start, End: e.Words[len(e.Words)-1].End}
}

func (*BinaryExpr) exprNode() {}
func (*NotExpr) exprNode()    {}
func (*ParenExpr) exprNode()  {}
func (*HasExpr) exprNode()    {}

// A RuleItem is one clause of a rule: *ExpectClause or *SeverityClause.
type RuleItem interface {
	Node
	ruleItemNode()
}

// An ExpectClause node represents `expect SUBJECT agrees across sources`.
type ExpectClause struct {
	Keyword source.Pos // position of "expect"
	Subject *Ident     // the fact compared
	Verb    string     // the expectation, words joined by one space
	End     source.Pos
}

// A SeverityClause node represents `severity LEVEL`.
type SeverityClause struct {
	Keyword source.Pos // position of "severity"
	Level   *Ident
}

func (c *ExpectClause) Span() source.Span   { return source.Span{Start: c.Keyword, End: c.End} }
func (c *SeverityClause) Span() source.Span { return source.Span{Start: c.Keyword, End: c.Level.End} }

func (*ExpectClause) ruleItemNode()   {}
func (*SeverityClause) ruleItemNode() {}

// An Ident node represents a name or keyword argument.
type Ident struct {
	Start, End source.Pos
	Name       string
}

// A String node represents a double-quoted string; Value is unquoted.
type String struct {
	Start, End source.Pos
	Value      string
}

// A Number node represents a decimal number.
type Number struct {
	Start, End source.Pos
	Value      float64
}

func (n *Ident) Span() source.Span  { return source.Span{Start: n.Start, End: n.End} }
func (n *String) Span() source.Span { return source.Span{Start: n.Start, End: n.End} }
func (n *Number) Span() source.Span { return source.Span{Start: n.Start, End: n.End} }
