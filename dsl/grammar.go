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
	{Name: "Ident", Pattern: `[A-Za-z_][A-Za-z0-9_]*`},
	{Name: "Punct", Pattern: `[{}(),%]`},
	{Name: "Whitespace", Pattern: `[ \t\r\n]+`},
})

var parser = participle.MustBuild[gFile](
	participle.Lexer(ruleLexer),
	participle.Elide("Comment", "Whitespace"),
	participle.Unquote("String"),
)

// Grammar returns the rule language's grammar in EBNF, as the parser sees it.
func Grammar() string { return parser.String() }

type gFile struct {
	Decls []*gDecl `parser:"@@*"`
}

type gDecl struct {
	Include   *gInclude   `parser:"  @@"`
	Corpus    *gCorpus    `parser:"| @@"`
	Approx    *gApprox    `parser:"| @@"`
	Reference *gReference `parser:"| @@"`
	Fact      *gFact      `parser:"| @@"`
	Rule      *gRule      `parser:"| @@"`
}

type gInclude struct {
	Pos    lexer.Position
	Path   *gString `parser:"\"include\" @@"`
	EndPos lexer.Position
}

type gCorpus struct {
	Pos    lexer.Position
	Globs  []*gString `parser:"\"corpus\" @@ ( \",\" @@ )*"`
	EndPos lexer.Position
}

type gApprox struct {
	Pos     lexer.Position
	Percent *gNumber `parser:"\"approximate\" @@ \"%\""`
	EndPos  lexer.Position
}

type gReference struct {
	Pos     lexer.Position
	Entries []*gRefEntry `parser:"\"reference\" \"{\" @@* \"}\""`
	EndPos  lexer.Position
}

type gRefEntry struct {
	Person *gPerson `parser:"  @@"`
	Prefer *gPrefer `parser:"| @@"`
}

type gPerson struct {
	Pos     lexer.Position
	Name    *gString   `parser:"\"person\" @@"`
	Title   *gString   `parser:"( \"title\" @@ )?"`
	Aliases []*gString `parser:"( \"alias\" @@ ( \",\" @@ )* )?"`
	EndPos  lexer.Position
}

type gPrefer struct {
	Pos       lexer.Position
	Preferred *gString   `parser:"\"prefer\" @@"`
	Over      []*gString `parser:"\"over\" @@ ( \",\" @@ )*"`
	EndPos    lexer.Position
}

type gFact struct {
	Pos      lexer.Position
	Name     *gIdent    `parser:"\"fact\" @@ \"{\""`
	Selector *gSelector `parser:"@@ \"}\""`
	EndPos   lexer.Position
}

type gSelector struct {
	Pos      lexer.Position
	Kind     *gIdent    `parser:"@@"`
	Nouns    []*gString `parser:"( \"of\" @@ ( \",\" @@ )* )?"`
	WherePos *gKeyword  `parser:"( @@"`
	Where    *gOr       `parser:"  @@ )?"`
	EndPos   lexer.Position
}

type gKeyword struct {
	Pos     lexer.Position
	Keyword string `parser:"@\"where\""`
}

type gOr struct {
	Left  *gAnd   `parser:"@@"`
	Right []*gAnd `parser:"( \"or\" @@ )*"`
}

type gAnd struct {
	Left  *gNot   `parser:"@@"`
	Right []*gNot `parser:"( \"and\" @@ )*"`
}

type gNot struct {
	Pos     lexer.Position
	Not     *gNot     `parser:"  \"not\" @@"`
	Primary *gPrimary `parser:"| @@"`
}

type gPrimary struct {
	Pos     lexer.Position
	Paren   *gOr      `parser:"  \"(\" @@ \")\""`
	Near    *gNear    `parser:"| @@"`
	Speaker *gSpeaker `parser:"| @@"`
	Scoped  *gScoped  `parser:"| @@"`
	EndPos  lexer.Position
}

type gNear struct {
	Pos    lexer.Position
	Words  []*gString `parser:"\"near\" @@ ( \"or\" @@ )*"`
	Within *gNumber   `parser:"\"within\" @@ \"words\""`
	EndPos lexer.Position
}

type gSpeaker struct {
	Pos    lexer.Position
	Name   *gString `parser:"\"speaker\" \"is\" @@"`
	EndPos lexer.Position
}

// gScoped takes any verb after the scope, so parse.go can say which verbs
// there are: "has" and "matches".
type gScoped struct {
	Pos    lexer.Position
	Scope  *gIdent    `parser:"@@"`
	Verb   *gIdent    `parser:"@@"`
	Words  []*gString `parser:"( @@ ( \"or\" @@ )*"`
	Regexp *gRegexp   `parser:"| @@ )"`
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
	Message  *gMessage  `parser:"| @@"`
}

// gExpect takes the expectation as a run of words; parse.go matches them
// against the known phrases, so a typo gets the list of valid ones.
type gExpect struct {
	Pos     lexer.Position
	Subject *gIdent  `parser:"\"expect\" @@"`
	Words   []*gWord `parser:"@@*"`
	EndPos  lexer.Position
}

type gWord struct {
	Pos    lexer.Position
	Value  string `parser:"@!( \"severity\" | \"message\" | \"expect\" | \"}\" )"`
	EndPos lexer.Position
}

type gSeverity struct {
	Pos    lexer.Position
	Level  *gIdent `parser:"\"severity\" @@"`
	EndPos lexer.Position
}

type gMessage struct {
	Pos    lexer.Position
	Text   *gString `parser:"\"message\" @@"`
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

type gRegexp struct {
	Pos    lexer.Position
	Value  string `parser:"@Regexp"`
	EndPos lexer.Position
}

type gNumber struct {
	Pos    lexer.Position
	Value  float64 `parser:"@Number"`
	EndPos lexer.Position
}
