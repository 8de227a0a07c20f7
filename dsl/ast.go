// Package dsl is factlint's rule language: the grammar, the AST with a
// position on every node, parse errors that point into the rule file, and
// the canonical formatter.
package dsl

import "github.com/factlint/factlint/source"

// A Node is any node of the AST. Span covers the node's text in the rule file.
type Node interface {
	Span() source.Span
}

// A File node represents a whole rule file.
type File struct {
	Src      *source.File
	Decls    []Decl
	Comments []*Comment // every comment, in file order
}

// Span returns the whole file.
func (f *File) Span() source.Span {
	return source.Span{Start: f.Src.Pos(0), End: f.Src.Pos(f.Src.Size())}
}

// A Comment node represents a comment from "#" to the end of its line.
type Comment struct {
	Start, End source.Pos
	Text       string // including the "#"
}

// Span covers the comment.
func (c *Comment) Span() source.Span { return source.Span{Start: c.Start, End: c.End} }

// A Decl is a top-level declaration: *IncludeDecl, *CorpusDecl,
// *ApproximateDecl, *ReferenceDecl, *FactDecl or *RuleDecl.
type Decl interface {
	Node
	declNode()
}

// An IncludeDecl node represents `include "file.rules"`: another rule file,
// named relative to this one.
type IncludeDecl struct {
	Keyword source.Pos // position of "include"
	Path    *String
}

// A CorpusDecl node represents `corpus "glob", …`: documents to use when
// none are named on the command line.
type CorpusDecl struct {
	Keyword source.Pos // position of "corpus"
	Globs   []*String
}

// An ApproximateDecl node represents `approximate N%`: how wide "about N" is.
type ApproximateDecl struct {
	Keyword source.Pos // position of "approximate"
	Percent *Number
	End     source.Pos // just after "%"
}

// A ReferenceDecl node represents `reference { entries }`: the house sheet
// of spellings and titles.
type ReferenceDecl struct {
	Keyword source.Pos // position of "reference"
	Entries []RefEntry
	End     source.Pos // just after "}"
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

func (d *IncludeDecl) Span() source.Span { return source.Span{Start: d.Keyword, End: d.Path.End} }
func (d *CorpusDecl) Span() source.Span {
	return source.Span{Start: d.Keyword, End: d.Globs[len(d.Globs)-1].End}
}
func (d *ApproximateDecl) Span() source.Span { return source.Span{Start: d.Keyword, End: d.End} }
func (d *ReferenceDecl) Span() source.Span   { return source.Span{Start: d.Keyword, End: d.End} }
func (d *FactDecl) Span() source.Span        { return source.Span{Start: d.Keyword, End: d.End} }
func (d *RuleDecl) Span() source.Span        { return source.Span{Start: d.Keyword, End: d.End} }

func (*IncludeDecl) declNode()     {}
func (*CorpusDecl) declNode()      {}
func (*ApproximateDecl) declNode() {}
func (*ReferenceDecl) declNode()   {}
func (*FactDecl) declNode()        {}
func (*RuleDecl) declNode()        {}

// A RefEntry is one line of a reference sheet: *PersonEntry or *PreferEntry.
type RefEntry interface {
	Node
	refEntryNode()
}

// A PersonEntry node represents `person "Full Name" [title "…"] [alias "…", …]`.
type PersonEntry struct {
	Keyword source.Pos // position of "person"
	Name    *String
	Title   *String   // nil when no title is given
	Aliases []*String // nil when no alias is given
}

// A PreferEntry node represents `prefer "X" over "Y", …`: X is the house
// spelling, the others are wrong.
type PreferEntry struct {
	Keyword   source.Pos // position of "prefer"
	Preferred *String
	Over      []*String
}

func (e *PersonEntry) Span() source.Span {
	end := e.Name.End
	if e.Title != nil {
		end = e.Title.End
	}
	if len(e.Aliases) > 0 {
		end = e.Aliases[len(e.Aliases)-1].End
	}
	return source.Span{Start: e.Keyword, End: end}
}
func (e *PreferEntry) Span() source.Span {
	return source.Span{Start: e.Keyword, End: e.Over[len(e.Over)-1].End}
}

func (*PersonEntry) refEntryNode() {}
func (*PreferEntry) refEntryNode() {}

// A Selector node represents what a fact collects: `KIND [of "noun", …]
// [where PREDICATE]`.
type Selector struct {
	Kind     *Ident
	Nouns    []*String  // nil when no "of" clause
	WherePos source.Pos // position of "where"; zero when there is none
	Where    Expr       // nil when no "where" clause
	End      source.Pos
}

// Span covers the kind to the end of the predicate.
func (s *Selector) Span() source.Span { return source.Span{Start: s.Kind.Start, End: s.End} }

// An Expr is a predicate over a mention's context: *BinaryExpr, *NotExpr,
// *ParenExpr, *HasExpr, *MatchExpr, *NearExpr or *SpeakerExpr.
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
// ("sentence" or "paragraph") contains any of the words, matched whole and
// ignoring case.
type HasExpr struct {
	Scope *Ident
	Words []*String
}

// A MatchExpr node represents `SCOPE matches /re/` or `SCOPE matches "glob"`:
// a regular expression over a sentence or paragraph, a glob over a source
// name. Exactly one of Regexp and Glob is set.
type MatchExpr struct {
	Scope  *Ident
	Regexp *Regexp
	Glob   *String
}

// A NearExpr node represents `near "w" [or "w2" …] within N words`.
type NearExpr struct {
	Keyword source.Pos // position of "near"
	Words   []*String
	Within  *Number
	End     source.Pos // just after "words"
}

// A SpeakerExpr node represents `speaker is "Name"`, for quotes.
type SpeakerExpr struct {
	Keyword source.Pos // position of "speaker"
	Name    *String
}

func (e *BinaryExpr) Span() source.Span {
	return source.Span{Start: e.X.Span().Start, End: e.Y.Span().End}
}
func (e *NotExpr) Span() source.Span   { return source.Span{Start: e.Not, End: e.X.Span().End} }
func (e *ParenExpr) Span() source.Span { return source.Span{Start: e.Lparen, End: e.End} }
func (e *HasExpr) Span() source.Span {
	return source.Span{Start: e.Scope.Start, End: e.Words[len(e.Words)-1].End}
}
func (e *MatchExpr) Span() source.Span {
	if e.Regexp != nil {
		return source.Span{Start: e.Scope.Start, End: e.Regexp.End}
	}
	return source.Span{Start: e.Scope.Start, End: e.Glob.End}
}
func (e *NearExpr) Span() source.Span    { return source.Span{Start: e.Keyword, End: e.End} }
func (e *SpeakerExpr) Span() source.Span { return source.Span{Start: e.Keyword, End: e.Name.End} }

func (*BinaryExpr) exprNode()  {}
func (*NotExpr) exprNode()     {}
func (*ParenExpr) exprNode()   {}
func (*HasExpr) exprNode()     {}
func (*MatchExpr) exprNode()   {}
func (*NearExpr) exprNode()    {}
func (*SpeakerExpr) exprNode() {}

// A RuleItem is one clause of a rule: *ExpectClause, *SeverityClause,
// *MessageClause or *IgnoreClause.
type RuleItem interface {
	Node
	ruleItemNode()
}

// An ExpectClause node represents `expect SUBJECT EXPECTATION [within N[%]]`.
type ExpectClause struct {
	Keyword source.Pos // position of "expect"
	Subject *Ident     // the fact compared
	Op      Op         // the expectation
	Verb    string     // "agree" or "agrees" as written, for the agreement ops
	Other   *Ident     // OpAgreeWith: the other fact
	Args    []*Number  // the figures of OpEquals, OpBetween (two), OpAtLeast, OpAtMost, OpPresentInAtLeast
	Within  *Number    // tolerance; nil when none
	Percent bool       // the tolerance is a percentage
	End     source.Pos
}

// A SeverityClause node represents `severity LEVEL`.
type SeverityClause struct {
	Keyword source.Pos // position of "severity"
	Level   *Ident
}

// A MessageClause node represents `message "…"`, with placeholders such as
// {fact}, {values} and {sources}.
type MessageClause struct {
	Keyword source.Pos // position of "message"
	Text    *String
}

// An IgnoreClause node represents `ignore [source "GLOB"] [text "WORDS"]
// because "REASON"`: the rule skips the mentions it names.
type IgnoreClause struct {
	Keyword source.Pos // position of "ignore"
	Source  *String    // nil when none
	Text    *String    // nil when none
	Reason  *String
}

func (c *IgnoreClause) Span() source.Span { return source.Span{Start: c.Keyword, End: c.Reason.End} }
func (*IgnoreClause) ruleItemNode()       {}

func (c *ExpectClause) Span() source.Span   { return source.Span{Start: c.Keyword, End: c.End} }
func (c *SeverityClause) Span() source.Span { return source.Span{Start: c.Keyword, End: c.Level.End} }
func (c *MessageClause) Span() source.Span  { return source.Span{Start: c.Keyword, End: c.Text.End} }

func (*ExpectClause) ruleItemNode()   {}
func (*SeverityClause) ruleItemNode() {}
func (*MessageClause) ruleItemNode()  {}

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

// A Regexp node represents `/re/`; Value is the RE2 text between the slashes
// as written.
type Regexp struct {
	Start, End source.Pos
	Value      string
}

// A Number node represents a decimal number.
type Number struct {
	Start, End source.Pos
	Value      float64
	Text       string // as written, so formatting keeps "10.0" as is
}

func (n *Ident) Span() source.Span  { return source.Span{Start: n.Start, End: n.End} }
func (n *String) Span() source.Span { return source.Span{Start: n.Start, End: n.End} }
func (n *Regexp) Span() source.Span { return source.Span{Start: n.Start, End: n.End} }
func (n *Number) Span() source.Span { return source.Span{Start: n.Start, End: n.End} }
