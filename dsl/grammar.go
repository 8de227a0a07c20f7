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
	{Name: "String", Pattern: `"(\\.|[^"\\\n\r])*"`},
	{Name: "Regexp", Pattern: `/(\\.|[^/\\\n\r])*/`},
	{Name: "Number", Pattern: `-?[0-9]+(\.[0-9]+)?`},
	// The words that start a rule's clauses are reserved, so the words of an
	// expectation stop before them.
	{Name: "Keyword", Pattern: `(?:expect|severity|message|ignore)\b`},
	{Name: "Ident", Pattern: `[A-Za-z_][A-Za-z0-9_]*`},
	{Name: "Punct", Pattern: `[{}(),%]`},
	{Name: "Whitespace", Pattern: `[ \t\r\n]+`},
})

var parser = participle.MustBuild[file](
	participle.Lexer(ruleLexer),
	participle.Elide("Comment", "Whitespace"),
	participle.Unquote("String"),
	// No backtracking: once a branch has taken a token, its error is the
	// one reported, at the place it happened. The grammar is LL(1); "has
	// "a" or "b"" is read as an or of a bare word and joined in parse.go.
	participle.UseLookahead(0),
)

// Grammar returns the rule language's grammar in EBNF, as the parser sees it.
func Grammar() string { return parser.String() }

type file struct {
	Decls []*decl `parser:"@@*"`
}

type decl struct {
	Include   *include     `parser:"  @@"`
	Corpus    *corpus      `parser:"| @@"`
	Approx    *approximate `parser:"| @@"`
	Reference *reference   `parser:"| @@"`
	Fact      *fact        `parser:"| @@"`
	Rule      *rule        `parser:"| @@"`
}

type include struct {
	Pos    lexer.Position
	Path   *quoted `parser:"\"include\" @@"`
	EndPos lexer.Position
}

type corpus struct {
	Pos    lexer.Position
	Globs  []*quoted `parser:"\"corpus\" @@ ( \",\" @@ )*"`
	EndPos lexer.Position
}

type approximate struct {
	Pos     lexer.Position
	Percent *number `parser:"\"approximate\" @@ \"%\""`
	EndPos  lexer.Position
}

type reference struct {
	Pos     lexer.Position
	Entries []*entry `parser:"\"reference\" \"{\" @@* \"}\""`
	EndPos  lexer.Position
}

type entry struct {
	Person *person `parser:"  @@"`
	Prefer *prefer `parser:"| @@"`
}

type person struct {
	Pos     lexer.Position
	Name    *quoted   `parser:"\"person\" @@"`
	Title   *quoted   `parser:"( \"title\" @@ )?"`
	Aliases []*quoted `parser:"( \"alias\" @@ ( \",\" @@ )* )?"`
	EndPos  lexer.Position
}

type prefer struct {
	Pos       lexer.Position
	Preferred *quoted   `parser:"\"prefer\" @@"`
	Over      []*quoted `parser:"\"over\" @@ ( \",\" @@ )*"`
	EndPos    lexer.Position
}

type fact struct {
	Pos      lexer.Position
	Name     *name     `parser:"\"fact\" @@ \"{\""`
	Selector *selector `parser:"@@ \"}\""`
	EndPos   lexer.Position
}

type selector struct {
	Pos      lexer.Position
	Kind     *name     `parser:"@@"`
	Nouns    []*quoted `parser:"( \"of\" @@ ( \",\" @@ )* )?"`
	WherePos *where    `parser:"( @@"`
	Where    *or       `parser:"  @@ )?"`
	EndPos   lexer.Position
}

type where struct {
	Pos     lexer.Position
	Keyword string `parser:"@\"where\""`
}

type or struct {
	Left  *and   `parser:"@@"`
	Right []*and `parser:"( \"or\" @@ )*"`
}

type and struct {
	Left  *not   `parser:"@@"`
	Right []*not `parser:"( \"and\" @@ )*"`
}

type not struct {
	Pos     lexer.Position
	Not     *not     `parser:"  \"not\" @@"`
	Primary *primary `parser:"| @@"`
}

type primary struct {
	Pos     lexer.Position
	Paren   *or      `parser:"  \"(\" @@ \")\""`
	Near    *near    `parser:"| @@"`
	Speaker *speaker `parser:"| @@"`
	Bare    *quoted  `parser:"| @@"`
	Scoped  *scoped  `parser:"| @@"`
	EndPos  lexer.Position
}

type near struct {
	Pos    lexer.Position
	Words  []*quoted `parser:"\"near\" @@ ( \"or\" @@ )*"`
	Within *number   `parser:"\"within\" @@ \"words\""`
	EndPos lexer.Position
}

type speaker struct {
	Pos    lexer.Position
	Name   *quoted `parser:"\"speaker\" \"is\" @@"`
	EndPos lexer.Position
}

// scoped takes any verb after the scope, so parse.go can say which verbs
// there are: "has" and "matches".
type scoped struct {
	Pos    lexer.Position
	Scope  *name    `parser:"@@"`
	Verb   *name    `parser:"@@"`
	Word   *quoted  `parser:"( @@"`
	Regexp *pattern `parser:"| @@ )"`
	EndPos lexer.Position
}

type rule struct {
	Pos    lexer.Position
	Title  *quoted `parser:"\"rule\" @@ \"{\""`
	Items  []*item `parser:"@@* \"}\""`
	EndPos lexer.Position
}

type item struct {
	Expect   *expect   `parser:"  @@"`
	Severity *severity `parser:"| @@"`
	Message  *message  `parser:"| @@"`
	Ignore   *ignore   `parser:"| @@"`
}

// ignore drops mentions from a rule, by source, by text or both, with a
// reason: ignore source "003_*.txt" because "an early report".
type ignore struct {
	Pos    lexer.Position
	Source *quoted `parser:"\"ignore\" ( \"source\" @@ )?"`
	Text   *quoted `parser:"( \"text\" @@ )?"`
	Reason *quoted `parser:"\"because\" @@"`
	EndPos lexer.Position
}

// expect takes the expectation as a run of words; parse.go matches them
// against the known phrases, so a typo gets the list of valid ones.
type expect struct {
	Pos     lexer.Position
	Subject *name   `parser:"\"expect\" @@"`
	Words   []*term `parser:"@@*"`
	EndPos  lexer.Position
}

type term struct {
	Pos    lexer.Position
	Value  string `parser:"@( Ident | Number | \"%\" )"`
	EndPos lexer.Position
}

type severity struct {
	Pos    lexer.Position
	Level  *name `parser:"\"severity\" @@"`
	EndPos lexer.Position
}

type message struct {
	Pos    lexer.Position
	Text   *quoted `parser:"\"message\" @@"`
	EndPos lexer.Position
}

type name struct {
	Pos    lexer.Position
	Name   string `parser:"@Ident"`
	EndPos lexer.Position
}

type quoted struct {
	Pos    lexer.Position
	Value  string `parser:"@String"`
	EndPos lexer.Position
}

type pattern struct {
	Pos    lexer.Position
	Value  string `parser:"@Regexp"`
	EndPos lexer.Position
}

type number struct {
	Pos    lexer.Position
	Value  float64 `parser:"@Number"`
	EndPos lexer.Position
}
