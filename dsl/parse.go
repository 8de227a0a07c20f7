package dsl

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/factlint/factlint/source"
)

// Error codes of the dsl package. They are stable: reports carry them.
const (
	CodeSyntax  = source.CodeParse      // the text does not follow the grammar
	CodeExpect  = "unknown-expectation" // an expectation phrase is not one of the known ones
	CodeDepth   = "nesting-depth"       // a predicate is nested too deeply
	CodeInclude = "include"             // an included file cannot be read, or includes form a cycle
)

// MaxDepth is how deeply parentheses and "not" may nest in a predicate. It
// keeps every recursive walk of the tree well inside the stack.
const MaxDepth = 64

// declKeywords start a top-level declaration; the parser resynchronises on
// them after an error.
var declKeywords = map[string]bool{
	"include": true, "corpus": true, "approximate": true,
	"reference": true, "fact": true, "rule": true,
}

// ParseFile parses the rule file src, named name. On error it returns the
// partial tree and a source.ErrorList, sorted, of at most source.MaxErrors
// entries; grammar errors say "expected X, found Y" at the place.
func ParseFile(name string, src []byte) (*File, error) {
	f := source.NewFile(name, src)
	out := &File{Src: f}
	toks, lexErr := lexAll(f, src)
	var errs source.ErrorList
	if lexErr != nil {
		errs = append(errs, lexErr)
	}
	for _, t := range toks {
		if t.Type == commentType {
			out.Comments = append(out.Comments, &Comment{Start: f.Pos(t.Pos.Offset), End: f.Pos(t.Pos.Offset + len(t.Value)), Text: strings.TrimRight(t.Value, " \t")})
		}
	}
	if e := checkDepth(f, toks); e != nil {
		errs = append(errs, e)
	}
	if len(errs) > 0 {
		return out, finish(errs)
	}
	c := &converter{f: f}
	g, err := parser.ParseBytes(name, src)
	if err == nil {
		out.Decls = c.file(g)
		return out, finish(c.errs)
	}
	// Parse each declaration on its own, so one mistake does not hide the
	// next; offsets inside a declaration are shifted back into the file.
	for _, ch := range chunks(toks, len(src)) {
		if len(errs)+len(c.errs) >= source.MaxErrors {
			break
		}
		g, err := parser.ParseBytes(name, src[ch[0]:ch[1]])
		if err != nil {
			e := convertError(f, err, ch[0])
			if ch[1] < len(src) && e.Pos.Offset >= ch[1] {
				// The declaration ended early: point just after its last
				// token, and say what cut it short.
				e = source.Errorf(f.Pos(lastEnd(toks, ch[1])), CodeSyntax, "%s", strings.Replace(e.Msg, "found end of file", "found "+nextWord(src[ch[1]:]), 1))
			}
			errs = append(errs, e)
			continue
		}
		c.base = ch[0]
		out.Decls = append(out.Decls, c.file(g)...)
	}
	return out, finish(append(errs, c.errs...))
}

func finish(errs source.ErrorList) error {
	errs.Sort()
	if len(errs) > source.MaxErrors {
		errs = errs[:source.MaxErrors]
	}
	return errs.Err()
}

var (
	commentType = ruleLexer.Symbols()["Comment"]
	wsType      = ruleLexer.Symbols()["Whitespace"]
)

// lexAll returns the file's tokens other than white space, comments included.
func lexAll(f *source.File, src []byte) ([]lexer.Token, *source.Error) {
	lx, err := ruleLexer.Lex(f.Name(), bytes.NewReader(src))
	if err != nil {
		return nil, source.Errorf(f.Pos(0), CodeSyntax, "%s", err)
	}
	var toks []lexer.Token
	for {
		t, err := lx.Next()
		if err != nil {
			var perr participle.Error
			off := 0
			if errors.As(err, &perr) {
				off = perr.Position().Offset
			}
			r, _ := utf8.DecodeRune(src[min(off, len(src)):])
			msg := fmt.Sprintf("unexpected character %q", r)
			switch r {
			case '"':
				msg = "string not terminated: a string ends with \" on the same line"
			case '/':
				msg = "regexp not terminated: a regexp ends with / on the same line"
			}
			return toks, source.Errorf(f.Pos(off), CodeSyntax, "%s", msg)
		}
		if t.EOF() {
			return toks, nil
		}
		if t.Type != wsType {
			toks = append(toks, t)
		}
	}
}

// checkDepth reports a predicate nested deeper than MaxDepth.
func checkDepth(f *source.File, toks []lexer.Token) *source.Error {
	depth, nots := 0, 0
	for _, t := range toks {
		switch t.Value {
		case "(":
			depth++
		case ")":
			depth--
		case "not":
			nots++
		}
		if t.Value != "not" && t.Value != "(" {
			nots = 0
		}
		if depth+nots > MaxDepth {
			return source.Errorf(f.Pos(t.Pos.Offset), CodeDepth, "predicate nested too deeply: more than %d levels of parentheses and not", MaxDepth)
		}
	}
	return nil
}

// chunks splits the file into declarations: each starts at a declaration
// keyword outside braces, or at one that begins a line after an unclosed
// brace.
func chunks(toks []lexer.Token, size int) [][2]int {
	var starts []int
	depth, line := 0, 0
	for _, t := range toks {
		if t.Type == commentType {
			continue
		}
		first := t.Pos.Line != line
		line = t.Pos.Line
		if declKeywords[t.Value] && t.Type != stringType && (depth == 0 || first) {
			depth = 0
			starts = append(starts, t.Pos.Offset)
		}
		switch t.Value {
		case "{":
			depth++
		case "}":
			depth = max(0, depth-1)
		}
	}
	if len(starts) == 0 || starts[0] != 0 {
		starts = append([]int{0}, starts...)
	}
	var out [][2]int
	for i, s := range starts {
		e := size
		if i+1 < len(starts) {
			e = starts[i+1]
		}
		out = append(out, [2]int{s, e})
	}
	return out
}

var stringType = ruleLexer.Symbols()["String"]

// convertError turns a participle error into a positioned error; base is
// the offset in f of the text that was parsed.
func convertError(f *source.File, err error, base int) *source.Error {
	var perr participle.Error
	if !errors.As(err, &perr) {
		return &source.Error{Pos: source.Position{Filename: f.Name()}, Code: CodeSyntax, Msg: err.Error()}
	}
	pos := f.Pos(base + perr.Position().Offset)
	msg := perr.Message()
	var unexpected *participle.UnexpectedTokenError
	if errors.As(err, &unexpected) {
		msg = "unexpected " + describeToken(unexpected.Unexpected)
		if m := unexpected.Message(); strings.Contains(m, " (expected ") {
			exp := m[strings.LastIndex(m, " (expected ")+len(" (expected ") : len(m)-1]
			// A sequence: name only its first token, what was due here.
			if f := strings.Fields(exp); len(f) > 1 && !strings.HasPrefix(f[0], "(") {
				exp = f[0]
			}
			msg = fmt.Sprintf("expected %s, found %s", cmp.Or(nodeNames[exp], exp), describeToken(unexpected.Unexpected))
		}
		if k := closestKeyword(unexpected.Unexpected); k != "" {
			msg += fmt.Sprintf("; did you mean %q?", k)
		}
	}
	return source.Errorf(pos, CodeSyntax, "%s", msg)
}

// keywords are the rule language's words, for suggestions when a word in
// their place is not one: "expcet" → "expect".
var keywords = []string{
	"alias", "approximate", "because", "corpus", "expect", "fact", "ignore", "include", "message",
	"near", "over", "person", "prefer", "reference", "rule", "severity", "source", "speaker",
	"text", "title", "where", "within", "words",
}

// closestKeyword returns the keyword a misspelled word most likely meant:
// at most two edits away, and fewer than half its letters.
func closestKeyword(t lexer.Token) string {
	if t.EOF() || t.Type == stringType {
		return ""
	}
	return keywordLike(t.Value)
}

// keywordLike returns the keyword w is a likely misspelling of, or "".
func keywordLike(w string) string {
	if len(w) < 3 || slices.Contains(keywords, w) {
		return ""
	}
	best, bestD := "", min(3, len(w)/2+1)
	for _, k := range keywords {
		if d := levenshtein.ComputeDistance(strings.ToLower(w), k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// nodeNames turns the grammar's production names into words for messages.
var nodeNames = map[string]string{
	"Quoted": `"string"`, "Name": "name", "Number": "number", "Pattern": "/regexp/",
	"Or": "a predicate", "And": "a predicate", "Not": "a predicate", "Primary": "a predicate",
}

func describeToken(t lexer.Token) string {
	if t.EOF() {
		return "end of file"
	}
	if t.Type == stringType {
		return strconv.Quote(t.Value)
	}
	return fmt.Sprintf("%q", t.Value)
}

type converter struct {
	f    *source.File
	base int // offset in f of the text parsed
	errs source.ErrorList
}

func (c *converter) pos(p lexer.Position) source.Pos { return c.f.Pos(c.base + p.Offset) }

func (c *converter) file(g *file) []Decl {
	var out []Decl
	for _, d := range g.Decls {
		switch {
		case d.Include != nil:
			out = append(out, &IncludeDecl{Keyword: c.pos(d.Include.Pos), Path: c.str(d.Include.Path)})
		case d.Corpus != nil:
			out = append(out, &CorpusDecl{Keyword: c.pos(d.Corpus.Pos), Globs: c.strs(d.Corpus.Globs)})
		case d.Approx != nil:
			out = append(out, &ApproximateDecl{Keyword: c.pos(d.Approx.Pos), Percent: c.num(d.Approx.Percent), End: c.pos(d.Approx.EndPos)})
		case d.Reference != nil:
			out = append(out, c.reference(d.Reference))
		case d.Fact != nil:
			out = append(out, &FactDecl{Keyword: c.pos(d.Fact.Pos), Name: c.ident(d.Fact.Name), Selector: c.selector(d.Fact.Selector), End: c.pos(d.Fact.EndPos)})
		case d.Rule != nil:
			out = append(out, c.rule(d.Rule))
		}
	}
	return out
}

func (c *converter) reference(g *reference) *ReferenceDecl {
	r := &ReferenceDecl{Keyword: c.pos(g.Pos), End: c.pos(g.EndPos)}
	for _, e := range g.Entries {
		switch {
		case e.Person != nil:
			p := &PersonEntry{Keyword: c.pos(e.Person.Pos), Name: c.str(e.Person.Name), Aliases: c.strs(e.Person.Aliases)}
			if e.Person.Title != nil {
				p.Title = c.str(e.Person.Title)
			}
			r.Entries = append(r.Entries, p)
		case e.Prefer != nil:
			r.Entries = append(r.Entries, &PreferEntry{Keyword: c.pos(e.Prefer.Pos), Preferred: c.str(e.Prefer.Preferred), Over: c.strs(e.Prefer.Over)})
		}
	}
	return r
}

func (c *converter) selector(g *selector) *Selector {
	s := &Selector{Kind: c.ident(g.Kind), Nouns: c.strs(g.Nouns), End: c.pos(g.EndPos)}
	if g.Where != nil {
		s.WherePos = c.pos(g.WherePos.Pos)
		s.Where = c.or(g.Where)
	}
	return s
}

func (c *converter) or(g *or) Expr {
	ops := []Expr{c.and(g.Left)}
	for _, r := range g.Right {
		// An operand that starts with a bare word continues the has before
		// it: in sentence has "a" or "b" and X, the word joins the has, and
		// X is and-ed to the operand holding it, as the words bind tighter.
		if r.Left.Primary != nil && r.Left.Primary.Bare != nil {
			last := len(ops) - 1
			if h := lastHas(ops[last]); h != nil {
				h.Words = append(h.Words, c.str(r.Left.Primary.Bare))
				for _, y := range r.Right {
					ops[last] = &BinaryExpr{X: ops[last], Op: "and", Y: c.not(y)}
				}
				continue
			}
		}
		ops = append(ops, c.and(r))
	}
	x := ops[0]
	for _, y := range ops[1:] {
		x = &BinaryExpr{X: x, Op: "or", Y: y}
	}
	return x
}

// lastHas returns the has predicate that ends x, if x ends with one outside
// parentheses.
func lastHas(x Expr) *HasExpr {
	switch x := x.(type) {
	case *BinaryExpr:
		return lastHas(x.Y)
	case *NotExpr:
		return lastHas(x.X)
	case *HasExpr:
		return x
	}
	return nil
}

func (c *converter) and(g *and) Expr {
	x := c.not(g.Left)
	for _, r := range g.Right {
		x = &BinaryExpr{X: x, Op: "and", Y: c.not(r)}
	}
	return x
}

func (c *converter) not(g *not) Expr {
	if g.Not != nil {
		return &NotExpr{Not: c.pos(g.Pos), X: c.not(g.Not)}
	}
	p := g.Primary
	switch {
	case p.Paren != nil:
		return &ParenExpr{Lparen: c.pos(p.Pos), X: c.or(p.Paren), End: c.pos(p.EndPos)}
	case p.Near != nil:
		return &NearExpr{Keyword: c.pos(p.Near.Pos), Words: c.strs(p.Near.Words), Within: c.num(p.Near.Within), End: c.pos(p.Near.EndPos)}
	case p.Speaker != nil:
		return &SpeakerExpr{Keyword: c.pos(p.Speaker.Pos), Name: c.str(p.Speaker.Name)}
	}
	if p.Bare != nil {
		c.errs.Add(c.pos(p.Bare.Pos), CodeSyntax, "expected a predicate such as sentence has %s, found the word %s; words after has are joined with or", strconv.Quote(p.Bare.Value), strconv.Quote(p.Bare.Value))
		return &HasExpr{Scope: &Ident{Start: c.pos(p.Pos), End: c.pos(p.Pos)}, Words: []*String{c.str(p.Bare)}}
	}
	s := p.Scoped
	scope := c.ident(s.Scope)
	verb := c.ident(s.Verb)
	switch {
	case verb.Name == "has" && s.Word != nil:
		return &HasExpr{Scope: scope, Words: []*String{c.str(s.Word)}}
	case verb.Name == "matches" && s.Regexp != nil:
		return &MatchExpr{Scope: scope, Regexp: &Regexp{Start: c.pos(s.Regexp.Pos), End: c.pos(s.Regexp.EndPos), Value: strings.TrimSuffix(strings.TrimPrefix(s.Regexp.Value, "/"), "/")}}
	case verb.Name == "matches":
		return &MatchExpr{Scope: scope, Glob: c.str(s.Word)}
	case verb.Name == "has":
		c.errs.Add(c.pos(s.Regexp.Pos), CodeSyntax, "expected \"word\" after has, found a /regexp/; use matches for a regexp")
	default:
		msg := fmt.Sprintf("unknown predicate %q, expected has or matches", scope.Name+" "+verb.Name)
		if d := levenshteinClosest(verb.Name, []string{"has", "matches"}); d != "" {
			msg += fmt.Sprintf(", did you mean %q?", scope.Name+" "+d)
		}
		c.errs.Add(verb.Start, CodeSyntax, "%s", msg)
	}
	// A placeholder keeps the tree whole; the error above stops compilation.
	return &HasExpr{Scope: scope, Words: []*String{{Start: verb.Start, End: c.pos(s.EndPos)}}}
}

func (c *converter) rule(g *rule) *RuleDecl {
	r := &RuleDecl{Keyword: c.pos(g.Pos), Title: c.str(g.Title), End: c.pos(g.EndPos)}
	for _, it := range g.Items {
		switch {
		case it.Expect != nil:
			e := it.Expect
			x := &ExpectClause{Keyword: c.pos(e.Pos), Subject: c.ident(e.Subject)}
			var ws []word
			for _, w := range e.Words {
				ws = append(ws, word{start: c.pos(w.Pos), end: c.pos(w.EndPos), text: w.Value})
			}
			if err := matchExpectation(x, ws, x.Subject.End); err != nil {
				c.errs = append(c.errs, err)
				continue
			}
			r.Items = append(r.Items, x)
		case it.Severity != nil:
			r.Items = append(r.Items, &SeverityClause{Keyword: c.pos(it.Severity.Pos), Level: c.ident(it.Severity.Level)})
		case it.Message != nil:
			r.Items = append(r.Items, &MessageClause{Keyword: c.pos(it.Message.Pos), Text: c.str(it.Message.Text)})
		case it.Ignore != nil:
			g := it.Ignore
			x := &IgnoreClause{Keyword: c.pos(g.Pos), Reason: c.str(g.Reason)}
			if g.Source != nil {
				x.Source = c.str(g.Source)
			}
			if g.Text != nil {
				x.Text = c.str(g.Text)
			}
			r.Items = append(r.Items, x)
		}
	}
	return r
}

func (c *converter) ident(g *name) *Ident {
	return &Ident{Start: c.pos(g.Pos), End: c.pos(g.EndPos), Name: g.Name}
}

func (c *converter) str(g *quoted) *String {
	return &String{Start: c.pos(g.Pos), End: c.pos(g.EndPos), Value: g.Value}
}

func (c *converter) strs(gs []*quoted) []*String {
	var out []*String
	for _, g := range gs {
		out = append(out, c.str(g))
	}
	return out
}

func (c *converter) num(g *number) *Number {
	return &Number{Start: c.pos(g.Pos), End: c.pos(g.EndPos), Value: g.Value, Text: c.f.Text()[c.base+g.Pos.Offset : c.base+g.EndPos.Offset]}
}

// nextWord returns the first word of b, quoted, for "found …".
func nextWord(b []byte) string {
	end := bytes.IndexAny(b, " \t\r\n{}(),%")
	if end <= 0 {
		end = min(1, len(b))
	}
	return strconv.Quote(string(b[:end]))
}

// lastEnd returns the end offset of the last token, other than a comment,
// that starts before off.
func lastEnd(toks []lexer.Token, off int) int {
	end := 0
	for _, t := range toks {
		if t.Pos.Offset >= off {
			break
		}
		if t.Type != commentType {
			end = t.Pos.Offset + len(t.Value)
		}
	}
	return end
}
