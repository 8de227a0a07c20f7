// Package checker compiles rule files into a Program and evaluates it over
// the facts of a corpus, producing findings. Compile once, check per corpus.
package checker

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/factlint/factlint/dsl"
	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/source"
)

// DefaultApprox is how wide "about N" is when no rule file says: 10%.
const DefaultApprox = 0.10

// A Program is a compiled set of rule files, ready to check any corpus.
type Program struct {
	Corpus []string // globs from corpus declarations, in order
	Approx float64  // relative width of "about N"
	Facts  []*Fact  // declared facts, in declaration order, then the built-ins used
	Rules  []*Rule  // in declaration order

	// Reference is the house reference sheet; nil when the rule files have none.
	Reference *Reference
	// UnsupportedSeverity is the severity of a draft figure or quote no
	// source supports; zero means warning.
	UnsupportedSeverity Severity

	facts map[string]*Fact
}

// A Fact is a compiled fact selector: which mentions a rule compares.
type Fact struct {
	Name    string
	Kind    facts.Kind
	Classes []string // noun classes to keep; nil keeps all
	Where   func(*facts.Fact) bool
	// ByClass compares mentions only with mentions of the same noun class:
	// the built-in facts do, since they collect every noun.
	ByClass bool
	Builtin bool
	Pos     source.Position
}

// A Rule is a compiled rule, shaped like an analysis.Analyzer: a name, a
// severity and a function run over the mentions of its fact.
type Rule struct {
	Name     string // the title as written
	ID       string // stable identifier derived from the title
	Severity Severity
	Fact     *Fact
	Expect   string // the expectation as written: "agrees across sources"
	Pos      source.Position
	run      func(p *pass)

	// WithReference makes people and titles also agree with the reference sheet.
	WithReference bool
	// Tolerance widens every interval before comparing: "within 1" is 1,
	// "within 5%" is 5 with TolerancePercent set.
	Tolerance        float64
	TolerancePercent bool
	// Ignores drop mentions before the rule runs.
	Ignores []Ignore
}

// builtins are the facts usable without declaring them.
var builtins = map[string]func() *Fact{
	"counts": func() *Fact { return &Fact{Name: "counts", Kind: facts.KindCount, ByClass: true, Builtin: true} },
}

// A stage is one step of compilation. Stages run in order over all files;
// each records errors and carries on so one run reports them all.
type stage struct {
	name string
	run  func(c *compiler)
}

// stages is the compiler, in order. Facts are declared before rules resolve
// their subjects, so a rule may name a fact declared further down.
var stages = []stage{
	{"settings", (*compiler).settings},  // corpus, approximate
	{"facts", (*compiler).declareFacts}, // kinds, nouns, predicates, duplicate names
	{"rules", (*compiler).resolveRules}, // subjects, expectations, severities
}

type compiler struct {
	files []*dsl.File
	prog  *Program
	errs  source.ErrorList
}

// Compile compiles parsed rule files into one Program. Errors are a
// source.ErrorList, sorted, each at its place.
func Compile(files ...*dsl.File) (*Program, error) {
	c := &compiler{files: files, prog: &Program{Approx: DefaultApprox, facts: map[string]*Fact{}}}
	for _, s := range stages {
		s.run(c)
	}
	if len(c.errs) > 0 {
		c.errs.Sort()
		return nil, c.errs
	}
	return c.prog, nil
}

func (c *compiler) errorf(p source.Pos, format string, args ...any) {
	c.errs.Add(p, source.CodeCompile, format, args...)
}

func (c *compiler) settings() {
	for _, f := range c.files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *dsl.CorpusDecl:
				c.prog.Corpus = append(c.prog.Corpus, d.Glob.Value)
			case *dsl.ApproximateDecl:
				if v := d.Percent.Value; v < 0 || v >= 100 {
					c.errorf(d.Percent.Start, "approximate must be at least 0%% and below 100%%, found %s%%", facts.FormatNumber(v))
				} else {
					c.prog.Approx = v / 100
				}
			}
		}
	}
}

func (c *compiler) declareFacts() {
	for _, f := range c.files {
		for _, d := range f.Decls {
			fd, ok := d.(*dsl.FactDecl)
			if !ok {
				continue
			}
			name := fd.Name.Name
			if prev, dup := c.prog.facts[name]; dup {
				c.errorf(fd.Name.Start, "fact %q is already declared at %s", name, prev.Pos)
				continue
			}
			if _, ok := builtins[name]; ok {
				c.errorf(fd.Name.Start, "fact %q is built in; choose another name", name)
				continue
			}
			kind, ok := facts.ParseKind(fd.Selector.Kind.Name)
			if !ok {
				c.errorf(fd.Selector.Kind.Start, "unknown kind %q, expected one of %s", fd.Selector.Kind.Name, strings.Join(facts.KindNames(), ", "))
				continue
			}
			fact := &Fact{Name: name, Kind: kind, Pos: fd.Name.Start.Position()}
			for _, n := range fd.Selector.Nouns {
				fact.Classes = append(fact.Classes, facts.NounClass(n.Value))
			}
			if fd.Selector.Where != nil {
				fact.Where = c.predicate(fd.Selector.Where)
			}
			c.prog.facts[name] = fact
			c.prog.Facts = append(c.prog.Facts, fact)
		}
	}
}

// scopes are what a `has` predicate can look in.
var scopes = []string{"sentence"}

func (c *compiler) predicate(e dsl.Expr) func(*facts.Fact) bool {
	switch e := e.(type) {
	case *dsl.BinaryExpr:
		x, y := c.predicate(e.X), c.predicate(e.Y)
		if e.Op == "and" {
			return func(f *facts.Fact) bool { return x(f) && y(f) }
		}
		return func(f *facts.Fact) bool { return x(f) || y(f) }
	case *dsl.NotExpr:
		x := c.predicate(e.X)
		return func(f *facts.Fact) bool { return !x(f) }
	case *dsl.ParenExpr:
		return c.predicate(e.X)
	case *dsl.HasExpr:
		if e.Scope.Name != "sentence" {
			c.errorf(e.Scope.Start, "unknown scope %q, expected one of %s", e.Scope.Name, strings.Join(scopes, ", "))
		}
		re := wordsRegexp(e.Words)
		return func(f *facts.Fact) bool { return re.MatchString(f.Sentence) }
	}
	panic(fmt.Sprintf("checker: unexpected expression %T", e))
}

// wordsRegexp matches any of the words or phrases whole, ignoring case;
// white space inside a phrase matches any run of white space.
func wordsRegexp(words []*dsl.String) *regexp.Regexp {
	alts := make([]string, len(words))
	for i, w := range words {
		alts[i] = strings.Join(strings.Fields(regexp.QuoteMeta(w.Value)), `\s+`)
	}
	return regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?:` + strings.Join(alts, "|") + `)(?:$|[^\p{L}\p{N}])`)
}

// expectations are the expectation phrases this version understands.
var expectations = []string{"agrees across sources"}

func (c *compiler) resolveRules() {
	titles := map[string]source.Position{}
	for _, f := range c.files {
		for _, d := range f.Decls {
			rd, ok := d.(*dsl.RuleDecl)
			if !ok {
				continue
			}
			r := &Rule{Name: rd.Title.Value, ID: ruleID(rd.Title.Value), Severity: SeverityError, Pos: rd.Keyword.Position()}
			if prev, dup := titles[r.Name]; dup {
				c.errorf(rd.Title.Start, "rule %q is already declared at %s", r.Name, prev)
			}
			titles[r.Name] = r.Pos
			var expect *dsl.ExpectClause
			var severity *dsl.SeverityClause
			for _, it := range rd.Items {
				switch it := it.(type) {
				case *dsl.ExpectClause:
					if expect != nil {
						c.errorf(it.Keyword, "rule %q has a second expect clause; the first is at %s", r.Name, expect.Keyword.Position())
					}
					expect = it
				case *dsl.SeverityClause:
					if severity != nil {
						c.errorf(it.Keyword, "rule %q has a second severity; the first is at %s", r.Name, severity.Keyword.Position())
					}
					severity = it
				}
			}
			if severity != nil {
				s, ok := ParseSeverity(severity.Level.Name)
				if !ok {
					c.errorf(severity.Level.Start, "unknown severity %q, expected error, warning or info", severity.Level.Name)
				}
				r.Severity = s
			}
			if expect == nil {
				c.errorf(rd.Keyword, "rule %q has no expect clause", r.Name)
				continue
			}
			r.Expect = expect.Verb
			r.Fact = c.lookupFact(expect.Subject)
			if r.Fact == nil {
				continue
			}
			switch expect.Verb {
			case "agrees across sources":
				if !r.Fact.Kind.IsNumeric() {
					c.errorf(expect.Subject.Start, "fact %q holds %s mentions; \"agrees across sources\" compares figures", r.Fact.Name, r.Fact.Kind)
					continue
				}
				r.run = agreesAcrossSources
			default:
				c.errorf(expect.Keyword, "unknown expectation %q, expected one of %s", expect.Verb, strings.Join(expectations, ", "))
				continue
			}
			c.prog.Rules = append(c.prog.Rules, r)
		}
	}
}

func (c *compiler) lookupFact(id *dsl.Ident) *Fact {
	if f, ok := c.prog.facts[id.Name]; ok {
		return f
	}
	if mk, ok := builtins[id.Name]; ok {
		f := mk()
		c.prog.facts[id.Name] = f
		c.prog.Facts = append(c.prog.Facts, f)
		return f
	}
	msg := fmt.Sprintf("unknown fact %q", id.Name)
	if s := suggest(id.Name, c.factNames()); s != "" {
		msg += fmt.Sprintf(", did you mean %q?", s)
	}
	c.errorf(id.Start, "%s", msg)
	return nil
}

func (c *compiler) factNames() []string {
	var names []string
	for n := range c.prog.facts {
		names = append(names, n)
	}
	for n := range builtins {
		names = append(names, n)
	}
	return names
}

// ruleID turns a rule title into a stable identifier: lower case, words
// joined by hyphens. "Participant count agrees" → "participant-count-agrees".
func ruleID(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// LookupFact returns the declared or built-in fact called name, or nil.
func (p *Program) LookupFact(name string) *Fact {
	if f, ok := p.facts[name]; ok {
		return f
	}
	if mk, ok := builtins[name]; ok {
		return mk()
	}
	return nil
}

// FactNames returns the names of the declared facts, in order.
func (p *Program) FactNames() []string {
	var names []string
	for _, f := range p.Facts {
		if !f.Builtin {
			names = append(names, f.Name)
		}
	}
	return names
}
