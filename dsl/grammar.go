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
	Decls  []*gDecl `@@*`
	EndPos lexer.Position
}

type gDecl struct {
	Corpus *gCorpus `  @@`
	Approx *gApprox `| @@`
	Fact   *gFact   `| @@`
	Rule   *gRule   `| @@`
}

type gCorpus struct {
	Pos    lexer.Position
	Glob   *gString `"corpus" @@`
	EndPos lexer.Position
}

type gApprox struct {
	Pos     lexer.Position
	Percent *gNumber `"approximate" @@ "%"`
	EndPos  lexer.Position
}

type gFact struct {
	Pos      lexer.Position
	Name     *gIdent    `"fact" @@ "{"`
	Selector *gSelector `@@ "}"`
	EndPos   lexer.Position
}

type gSelector struct {
	Pos    lexer.Position
	Kind   *gIdent    `@@`
	Nouns  []*gString `( "of" @@ ( "," @@ )* )?`
	Where  *gOr       `( "where" @@ )?`
	EndPos lexer.Position
}

type gOr struct {
	Pos    lexer.Position
	Left   *gAnd   `@@`
	Right  []*gAnd `( "or" @@ )*`
	EndPos lexer.Position
}

type gAnd struct {
	Pos    lexer.Position
	Left   *gNot   `@@`
	Right  []*gNot `( "and" @@ )*`
	EndPos lexer.Position
}

type gNot struct {
	Pos     lexer.Position
	Not     *gNot     `  "not" @@`
	Primary *gPrimary `| @@`
	EndPos  lexer.Position
}

type gPrimary struct {
	Pos    lexer.Position
	Paren  *gOr  `  "(" @@ ")"`
	Has    *gHas `| @@`
	EndPos lexer.Position
}

type gHas struct {
	Pos    lexer.Position
	Scope  *gIdent    `@@ "has"`
	Words  []*gString `@@ ( "or" @@ )*`
	EndPos lexer.Position
}

type gRule struct {
	Pos    lexer.Position
	Title  *gString     `"rule" @@ "{"`
	Items  []*gRuleItem `@@* "}"`
	EndPos lexer.Position
}

type gRuleItem struct {
	Expect   *gExpect   `  @@`
	Severity *gSeverity `| @@`
}

type gExpect struct {
	Pos     lexer.Position
	Subject *gIdent  `"expect" @@`
	Verb    []string `@"agrees" @"across" @"sources"`
	EndPos  lexer.Position
}

type gSeverity struct {
	Pos    lexer.Position
	Level  *gIdent `"severity" @@`
	EndPos lexer.Position
}

type gIdent struct {
	Pos    lexer.Position
	Name   string `@Ident`
	EndPos lexer.Position
}

type gString struct {
	Pos    lexer.Position
	Value  string `@String`
	EndPos lexer.Position
}

type gNumber struct {
	Pos    lexer.Position
	Value  float64 `@Number`
	EndPos lexer.Position
}
