package dsl

// This file holds the participle grammar: tagged structs that mirror the
// productions. Nothing outside this package sees them or a lexer.Position;
// parse.go converts them to the AST in ast.go.

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

var ruleLexer = lexer.MustSimple([]lexer.SimpleRule{
	{Name: "Comment", Pattern: `#[^\n\r]*`},
	{Name: "String", Pattern: `"(\\.|[^"\\\n])*"`},
	{Name: "Number", Pattern: `[0-9]+(\.[0-9]+)?`},
	{Name: "Ident", Pattern: `[A-Za-z_][A-Za-z0-9_]*`},
	{Name: "Punct", Pattern: `[{}(),%]`},
	{Name: "Whitespace", Pattern: `[ \t\r\n]+`},
})

var parser = participle.MustBuild[gFile](
	participle.Lexer(ruleLexer),
	participle.Elide("Comment", "Whitespace"),
	participle.Unquote("String"),
	participle.UseLookahead(3),
)

type gFile struct {
	Pos    lexer.Position
	Decls  []*gDecl `parser:"@@*"`
	EndPos lexer.Position
}

type gDecl struct {
	Corpus *gCorpus `parser:"  @@"`
	Approx *gApprox `parser:"| @@"`
	Fact   *gFact   `parser:"| @@"`
	Rule   *gRule   `parser:"| @@"`
}

type gCorpus struct {
	Pos    lexer.Position
	Glob   *gString `parser:"\"corpus\" @@"`
	EndPos lexer.Position
}

type gApprox struct {
	Pos     lexer.Position
	Percent *gNumber `parser:"\"approximate\" @@ \"%\""`
	EndPos  lexer.Position
}

type gFact struct {
	Pos      lexer.Position
	Name     *gIdent    `parser:"\"fact\" @@ \"{\""`
	Selector *gSelector `parser:"@@ \"}\""`
	EndPos   lexer.Position
}

type gSelector struct {
	Pos    lexer.Position
	Kind   *gIdent    `parser:"@@"`
	Nouns  []*gString `parser:"( \"of\" @@ ( \",\" @@ )* )?"`
	Where  *gOr       `parser:"( \"where\" @@ )?"`
	EndPos lexer.Position
}

type gOr struct {
	Pos    lexer.Position
	Left   *gAnd   `parser:"@@"`
	Right  []*gAnd `parser:"( \"or\" @@ )*"`
	EndPos lexer.Position
}

type gAnd struct {
	Pos    lexer.Position
	Left   *gNot   `parser:"@@"`
	Right  []*gNot `parser:"( \"and\" @@ )*"`
	EndPos lexer.Position
}

type gNot struct {
	Pos     lexer.Position
	Not     *gNot     `parser:"  \"not\" @@"`
	Primary *gPrimary `parser:"| @@"`
	EndPos  lexer.Position
}

type gPrimary struct {
	Pos    lexer.Position
	Paren  *gOr  `parser:"  \"(\" @@ \")\""`
	Has    *gHas `parser:"| @@"`
	EndPos lexer.Position
}

type gHas struct {
	Pos    lexer.Position
	Scope  *gIdent    `parser:"@@ \"has\""`
	Words  []*gString `parser:"@@ ( \"or\" @@ )*"`
	EndPos lexer.Position
}

type gRule struct {
	Pos    lexer.Position
	Title  *gString     `parser:"\"rule\" @@ \"{\""`
	Items  []*gRuleItem `parser:"@@* \"}\""`
	EndPos lexer.Position
}

type gRuleItem struct {
	Expect   *gExpect   `parser:"  @@"`
	Severity *gSeverity `parser:"| @@"`
}

type gExpect struct {
	Pos     lexer.Position
	Subject *gIdent  `parser:"\"expect\" @@"`
	Verb    []string `parser:"@\"agrees\" @\"across\" @\"sources\""`
	EndPos  lexer.Position
}

type gSeverity struct {
	Pos    lexer.Position
	Level  *gIdent `parser:"\"severity\" @@"`
	EndPos lexer.Position
}

type gIdent struct {
	Pos    lexer.Position
	Name   string `parser:"@Ident"`
	EndPos lexer.Position
}

type gString struct {
	Pos    lexer.Position
	Value  string `parser:"@String"`
	EndPos lexer.Position
}

type gNumber struct {
	Pos    lexer.Position
	Value  float64 `parser:"@Number"`
	EndPos lexer.Position
}
