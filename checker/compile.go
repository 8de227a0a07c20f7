// Package checker compiles rule files into a Program and evaluates it over
// the facts of a corpus, producing findings. Compile once, check per corpus.
package checker

import (
	"fmt"
	"math"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/factlint/factlint/dsl"
	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/source"
)

// DefaultApprox is how wide "about N" is when no rule file says: 10%.
const DefaultApprox = 0.10

// Compile error codes. They are stable: reports carry them.
const (
	CodeUnknownFact  = "unknown-fact"        // an expectation names no declared or built-in fact
	CodeUnknownKind  = "unknown-kind"        // a fact's kind is not one of the kinds
	CodeDuplicate    = "duplicate"           // a name or title is declared twice
	CodeKindMismatch = "kind-mismatch"       // an expectation or predicate does not apply to the fact's kind
	CodeBadRegexp    = "bad-regexp"          // a regular expression does not compile
	CodeBadGlob      = "bad-glob"            // a glob is malformed
	CodeBadValue     = "bad-value"           // a number is out of range
	CodeUnknownScope = "unknown-scope"       // a predicate looks somewhere that does not exist
	CodeSeverity     = "unknown-severity"    // a severity is not error, warning or info
	CodePlaceholder  = "unknown-placeholder" // a message names a placeholder that does not exist
	CodeRule         = "rule"                // a rule lacks or repeats a clause
)

// A Program is a compiled set of rule files, ready to check any corpus.
type Program struct {
	Corpus    []string  // globs from corpus declarations, in order
	Approx    float64   // relative width of "about N"
	Facts     []*Fact   // declared facts, in declaration order, then the built-ins used
	Rules     []*Rule   // in declaration order
	Reference Reference // the house sheet

	// UnsupportedSeverity is the severity of a draft figure or quote no
	// source supports; zero means warning.
	UnsupportedSeverity Severity

	facts map[string]*Fact
	// paraKinds are the kinds of the facts whose predicates read the
	// paragraph.
	paraKinds facts.KindSet
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
	Other    *Fact  // the fact of "agrees with OTHER"; nil otherwise
	Expect   string // the expectation as written: "agrees across sources"
	Op       dsl.Op
	Args     []float64 // the expectation's figures: equals N, between A and B, …
	// Within is the tolerance: an absolute amount, or a fraction of the
	// value (0.05 for 5%) when WithinPercent is set.
	Within        float64
	WithinPercent bool
	// WithReference is set for "people agree with reference" and "titles
	// agree with reference": the judge compares with Program.Reference.
	WithReference bool
	Message       string // the message template; "" uses the built-in message
	// Ignores drop mentions before the rule runs.
	Ignores []Ignore
	Pos     source.Position
	run     func(p *pass)
}

// builtins are the facts usable without declaring them.
var builtins = map[string]facts.Kind{
	"counts": facts.KindCount,
	"people": facts.KindPerson,
	"titles": facts.KindTitle,
	"quotes": facts.KindQuote,
	"lists":  facts.KindList,
	"dates":  facts.KindDate,
}

func builtin(name string) *Fact {
	k, ok := builtins[name]
	if !ok {
		return nil
	}
	return &Fact{Name: name, Kind: k, ByClass: k == facts.KindCount, Builtin: true}
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
	{"settings", (*compiler).settings},   // corpus, approximate
	{"reference", (*compiler).reference}, // the house sheet; duplicate people
	{"facts", (*compiler).declareFacts},  // kinds, nouns, predicates, duplicate names
	{"rules", (*compiler).resolveRules},  // subjects, expectations, kinds, severities, messages
}

type compiler struct {
	files []*dsl.File
	prog  *Program
	errs  source.ErrorList
}

// Compile compiles parsed rule files into one Program. Errors are a
// source.ErrorList, sorted, each at its place, at most source.MaxErrors.
func Compile(files ...*dsl.File) (*Program, error) {
	return compileStages(len(stages), files...)
}

// compileStages runs the first n stages, so tests can stop early.
func compileStages(n int, files ...*dsl.File) (*Program, error) {
	c := &compiler{files: files, prog: &Program{Approx: DefaultApprox, facts: map[string]*Fact{}}}
	for _, s := range stages[:n] {
		s.run(c)
	}
	if len(c.errs) > 0 {
		c.errs.Sort()
		if len(c.errs) > source.MaxErrors {
			c.errs = c.errs[:source.MaxErrors]
		}
		return nil, c.errs
	}
	return c.prog, nil
}

func (c *compiler) errorf(p source.Pos, code, format string, args ...any) {
	c.errs.Add(p, code, format, args...)
}

func (c *compiler) settings() {
	var approx *dsl.ApproximateDecl
	for _, f := range c.files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *dsl.CorpusDecl:
				for _, g := range d.Globs {
					if _, err := path.Match(g.Value, ""); err != nil {
						c.errorf(g.Start, CodeBadGlob, "bad glob %q: %s", g.Value, err)
						continue
					}
					c.prog.Corpus = append(c.prog.Corpus, g.Value)
				}
			case *dsl.ApproximateDecl:
				if approx != nil {
					c.errorf(d.Keyword, CodeDuplicate, "approximate is already set at %s", approx.Keyword.Position())
					continue
				}
				approx = d
				if v := d.Percent.Value; v < 0 || v >= 100 {
					c.errorf(d.Percent.Start, CodeBadValue, "approximate must be at least 0%% and below 100%%, found %s%%", d.Percent)
				} else {
					c.prog.Approx = v / 100
				}
			}
		}
	}
}

func (c *compiler) reference() {
	ref := &c.prog.Reference
	seen := map[string]source.Position{}
	for _, f := range c.files {
		for _, d := range f.Decls {
			rd, ok := d.(*dsl.ReferenceDecl)
			if !ok {
				continue
			}
			for _, e := range rd.Entries {
				switch e := e.(type) {
				case *dsl.PersonEntry:
					key := strings.ToLower(e.Name.Value)
					if prev, dup := seen[key]; dup {
						c.errorf(e.Name.Start, CodeDuplicate, "person %q is already in the reference at %s", e.Name.Value, prev)
						continue
					}
					seen[key] = e.Name.Start.Position()
					p := RefPerson{Name: e.Name.Value, Pos: e.Keyword.Position(), NameAt: refTextOf(e.Name)}
					if e.Title != nil {
						p.Title, p.TitleAt = e.Title.Value, refTextOf(e.Title)
					}
					for _, a := range e.Aliases {
						p.Aliases = append(p.Aliases, a.Value)
					}
					ref.People = append(ref.People, p)
				case *dsl.PreferEntry:
					if ref.Prefer == nil {
						ref.Prefer, ref.PreferPos = map[string]string{}, map[string]source.Position{}
					}
					for _, o := range e.Over {
						if prev, dup := ref.PreferPos[o.Value]; dup {
							c.errorf(o.Start, CodeDuplicate, "%q already has a preferred spelling at %s", o.Value, prev)
							continue
						}
						if o.Value == e.Preferred.Value {
							c.errorf(o.Start, CodeBadValue, "%q is preferred over itself", o.Value)
							continue
						}
						ref.Prefer[o.Value] = e.Preferred.Value
						ref.PreferPos[o.Value] = o.Start.Position()
					}
				}
			}
		}
	}
}

// nounKinds are the kinds whose mentions carry a noun or unit for "of".
var nounKinds = []facts.Kind{facts.KindCount, facts.KindNumber, facts.KindOrdinal, facts.KindPercent, facts.KindMoney, facts.KindDuration}

func (c *compiler) declareFacts() {
	for _, f := range c.files {
		for _, d := range f.Decls {
			fd, ok := d.(*dsl.FactDecl)
			if !ok {
				continue
			}
			name := fd.Name.Name
			if prev, dup := c.prog.facts[name]; dup {
				c.errorf(fd.Name.Start, CodeDuplicate, "fact %q is already declared at %s", name, prev.Pos)
				continue
			}
			if _, ok := builtins[name]; ok {
				c.errorf(fd.Name.Start, CodeDuplicate, "fact %q is built in; choose another name", name)
				continue
			}
			sel := fd.Selector
			kind, ok := facts.ParseKind(sel.Kind.Name)
			if !ok {
				msg := fmt.Sprintf("unknown kind %q", sel.Kind.Name)
				if s := suggest(sel.Kind.Name, facts.KindNames()); s != "" {
					msg += fmt.Sprintf(", did you mean %q?", s)
				}
				c.errorf(sel.Kind.Start, CodeUnknownKind, "%s; expected one of %s", msg, strings.Join(facts.KindNames(), ", "))
				continue
			}
			fact := &Fact{Name: name, Kind: kind, Pos: fd.Name.Start.Position()}
			if len(sel.Nouns) > 0 && !slices.Contains(nounKinds, kind) {
				c.errorf(sel.Nouns[0].Start, CodeKindMismatch, "a %s fact has no noun to select with of; use where to narrow it", kind)
			}
			for _, n := range sel.Nouns {
				fact.Classes = append(fact.Classes, facts.NounClass(n.Value))
			}
			if sel.Where != nil {
				fact.Where = c.predicate(sel.Where, kind)
			}
			c.prog.facts[name] = fact
			c.prog.Facts = append(c.prog.Facts, fact)
		}
	}
}

func (c *compiler) predicate(e dsl.Expr, kind facts.Kind) func(*facts.Fact) bool {
	switch e := e.(type) {
	case *dsl.BinaryExpr:
		x, y := c.predicate(e.X, kind), c.predicate(e.Y, kind)
		if e.Op == "and" {
			return func(f *facts.Fact) bool { return x(f) && y(f) }
		}
		return func(f *facts.Fact) bool { return x(f) || y(f) }
	case *dsl.NotExpr:
		x := c.predicate(e.X, kind)
		return func(f *facts.Fact) bool { return !x(f) }
	case *dsl.ParenExpr:
		return c.predicate(e.X, kind)
	case *dsl.HasExpr:
		c.readsScope(e.Scope, kind)
		text := c.scope(e.Scope, "sentence", "paragraph")
		re := wordsRegexp(e.Words)
		return func(f *facts.Fact) bool { return re.MatchString(text(f)) }
	case *dsl.MatchExpr:
		if e.Glob != nil {
			if e.Scope.Name != "source" {
				c.errorf(e.Glob.Start, CodeKindMismatch, "%s matches takes a /regexp/; only source matches takes a \"glob\"", e.Scope.Name)
				return never
			}
			return c.sourceGlob(e.Glob)
		}
		c.readsScope(e.Scope, kind)
		text := c.scope(e.Scope, "sentence", "paragraph", "source")
		re, err := regexp.Compile(e.Regexp.Value)
		if err != nil {
			c.errorf(e.Regexp.Start, CodeBadRegexp, "bad regexp /%s/: %s", e.Regexp.Value, regexpReason(err))
			return never
		}
		return func(f *facts.Fact) bool { return re.MatchString(text(f)) }
	case *dsl.NearExpr:
		n := e.Within.Value
		if n < 1 || n != math.Trunc(n) {
			c.errorf(e.Within.Start, CodeBadValue, "near needs a whole number of words, at least 1, found %s", e.Within)
		}
		return nearPredicate(e.Words, int(n))
	case *dsl.SpeakerExpr:
		if kind != facts.KindQuote {
			c.errorf(e.Keyword, CodeKindMismatch, "speaker is applies to quote facts; this fact collects %s mentions", kind)
		}
		name := e.Name.Value
		return func(f *facts.Fact) bool { return sameSpeaker(f.Speaker, name) }
	}
	panic(fmt.Sprintf("checker: unexpected expression %T", e))
}

func never(*facts.Fact) bool { return false }

// readsScope notes that facts of kind k are read in the scope id: the
// paragraph must then be extracted (see ExtractOptions).
func (c *compiler) readsScope(id *dsl.Ident, k facts.Kind) {
	if id.Name == "paragraph" {
		c.prog.paraKinds = c.prog.paraKinds.Add(k)
	}
}

// scope returns the text a predicate looks in.
func (c *compiler) scope(id *dsl.Ident, valid ...string) func(*facts.Fact) string {
	switch {
	case !slices.Contains(valid, id.Name):
		msg := fmt.Sprintf("unknown scope %q", id.Name)
		if s := suggest(id.Name, valid); s != "" {
			msg += fmt.Sprintf(", did you mean %q?", s)
		}
		c.errorf(id.Start, CodeUnknownScope, "%s; expected one of %s", msg, strings.Join(valid, ", "))
	case id.Name == "paragraph":
		return func(f *facts.Fact) string {
			if f.Paragraph != "" {
				return f.Paragraph
			}
			return f.Sentence
		}
	case id.Name == "source":
		return func(f *facts.Fact) string { return f.Source }
	}
	return func(f *facts.Fact) string { return f.Sentence }
}

// regexpReason drops Go's "error parsing regexp: " prefix.
func regexpReason(err error) string {
	return strings.TrimPrefix(err.Error(), "error parsing regexp: ")
}

// sourceGlob matches a document name with a glob; a glob without "/" also
// matches the name's last element.
func (c *compiler) sourceGlob(g *dsl.String) func(*facts.Fact) bool {
	if _, err := path.Match(g.Value, ""); err != nil {
		c.errorf(g.Start, CodeBadGlob, "bad glob %q: %s", g.Value, err)
		return never
	}
	glob := g.Value
	return func(f *facts.Fact) bool {
		name := strings.ReplaceAll(f.Source, `\`, "/")
		if ok, _ := path.Match(glob, name); ok {
			return true
		}
		if !strings.Contains(glob, "/") {
			ok, _ := path.Match(glob, path.Base(name))
			return ok
		}
		return false
	}
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

// placeholders are what a rule's message may name.
var placeholders = []string{"fact", "values", "sources", "rule", "expected"}

var placeholderRE = regexp.MustCompile(`\{([^{}]*)\}`)

func (c *compiler) resolveRules() {
	titles := map[string]source.Position{}
	for _, f := range c.files {
		for _, d := range f.Decls {
			rd, ok := d.(*dsl.RuleDecl)
			if !ok {
				continue
			}
			if r := c.rule(rd, titles); r != nil {
				c.prog.Rules = append(c.prog.Rules, r)
			}
		}
	}
}

func (c *compiler) rule(rd *dsl.RuleDecl, titles map[string]source.Position) *Rule {
	r := &Rule{Name: rd.Title.Value, ID: ruleID(rd.Title.Value), Severity: SeverityError, Pos: rd.Keyword.Position()}
	if prev, dup := titles[r.Name]; dup {
		c.errorf(rd.Title.Start, CodeDuplicate, "rule %q is already declared at %s", r.Name, prev)
	}
	titles[r.Name] = rd.Title.Start.Position()
	var expect *dsl.ExpectClause
	var severity *dsl.SeverityClause
	var message *dsl.MessageClause
	for _, it := range rd.Items {
		switch it := it.(type) {
		case *dsl.ExpectClause:
			if expect != nil {
				c.errorf(it.Keyword, CodeRule, "rule %q has a second expect clause; the first is at %s; write one rule per expectation", r.Name, expect.Keyword.Position())
			}
			expect = it
		case *dsl.SeverityClause:
			if severity != nil {
				c.errorf(it.Keyword, CodeRule, "rule %q has a second severity; the first is at %s", r.Name, severity.Keyword.Position())
			}
			severity = it
		case *dsl.IgnoreClause:
			if it.Source == nil && it.Text == nil {
				c.errorf(it.Keyword, CodeRule, "ignore needs a source, a text or both: ignore source \"GLOB\" text \"WORDS\" because \"REASON\"")
				continue
			}
			ig := Ignore{Reason: it.Reason.Value, Pos: it.Keyword.Position()}
			if it.Source != nil {
				if _, err := path.Match(it.Source.Value, ""); err != nil {
					c.errorf(it.Source.Start, CodeBadGlob, "bad glob %q: %s", it.Source.Value, err)
					continue
				}
				ig.Source = it.Source.Value
			}
			if it.Text != nil {
				ig.Text = it.Text.Value
			}
			r.Ignores = append(r.Ignores, ig)
		case *dsl.MessageClause:
			if message != nil {
				c.errorf(it.Keyword, CodeRule, "rule %q has a second message; the first is at %s", r.Name, message.Keyword.Position())
			}
			message = it
		}
	}
	if severity != nil {
		s, ok := ParseSeverity(severity.Level.Name)
		if !ok {
			msg := fmt.Sprintf("unknown severity %q", severity.Level.Name)
			if s := suggest(severity.Level.Name, []string{"error", "warning", "info"}); s != "" {
				msg += fmt.Sprintf(", did you mean %q?", s)
			}
			c.errorf(severity.Level.Start, CodeSeverity, "%s; expected error, warning or info", msg)
		}
		r.Severity = s
	}
	if message != nil {
		r.Message = message.Text.Value
		for _, m := range placeholderRE.FindAllStringSubmatchIndex(r.Message, -1) {
			name := r.Message[m[2]:m[3]]
			if slices.Contains(placeholders, name) {
				continue
			}
			msg := fmt.Sprintf("unknown placeholder {%s}", name)
			if s := suggest(name, placeholders); s != "" {
				msg += fmt.Sprintf(", did you mean {%s}?", s)
			}
			c.errorf(message.Text.Start, CodePlaceholder, "%s; expected one of {%s}", msg, strings.Join(placeholders, "}, {"))
		}
	}
	if expect == nil {
		c.errorf(rd.Keyword, CodeRule, "rule %q has no expect clause", r.Name)
		return nil
	}
	r.Expect, r.Op = expect.Phrase(), expect.Op
	for _, a := range expect.Args {
		r.Args = append(r.Args, a.Value)
	}
	r.Fact = c.lookupFact(expect.Subject)
	if expect.Other != nil {
		r.Other = c.lookupFact(expect.Other)
	}
	if r.Fact == nil || expect.Other != nil && r.Other == nil {
		return nil
	}
	if !c.checkArgs(r, expect) {
		return nil
	}
	r.run = c.runFor(r, expect)
	if r.run == nil {
		return nil
	}
	return r
}

// checkArgs checks the figures of an expectation and its tolerance.
func (c *compiler) checkArgs(r *Rule, x *dsl.ExpectClause) bool {
	ok := true
	switch x.Op {
	case dsl.OpBetween:
		if x.Args[0].Value > x.Args[1].Value {
			c.errorf(x.Args[0].Start, CodeBadValue, "between %s and %s is empty; write the smaller figure first", x.Args[0], x.Args[1])
			ok = false
		}
	case dsl.OpPresentInAtLeast:
		if n := x.Args[0].Value; n < 1 || n != math.Trunc(n) {
			c.errorf(x.Args[0].Start, CodeBadValue, "a number of sources is a whole number, at least 1, found %s", x.Args[0])
			ok = false
		}
	}
	if x.Within != nil {
		switch x.Op {
		case dsl.OpAgreeAcross, dsl.OpAgreeWithin, dsl.OpAgreeWith, dsl.OpEquals, dsl.OpBetween, dsl.OpAtLeast, dsl.OpAtMost:
		default:
			c.errorf(x.Within.Start, CodeKindMismatch, "within applies to comparisons of figures, not to %q", x.Op)
			return false
		}
		if x.Within.Value < 0 || x.Percent && x.Within.Value >= 100 {
			c.errorf(x.Within.Start, CodeBadValue, "a tolerance is at least 0 and a percentage below 100, found %s", x.Within)
			return false
		}
		r.Within, r.WithinPercent = x.Within.Value, x.Percent
		if x.Percent {
			r.Within /= 100
		}
	}
	return ok
}

// runFor picks the evaluation of an expectation over the rule's fact kind,
// or reports why the kind cannot meet it.
func (c *compiler) runFor(r *Rule, x *dsl.ExpectClause) func(*pass) {
	k := r.Fact.Kind
	mismatch := func(why string) func(*pass) {
		c.errorf(x.Subject.Start, CodeKindMismatch, "fact %q collects %s mentions; %q %s", r.Fact.Name, k, x.Op, why)
		return nil
	}
	switch x.Op {
	case dsl.OpPresentInEvery:
		return presentInEvery
	case dsl.OpPresentInAtLeast:
		return presentInAtLeast
	case dsl.OpAgreeAcross, dsl.OpAgreeWithin:
		switch {
		case k.IsNumeric() && x.Op == dsl.OpAgreeAcross:
			return agreesAcrossSources
		case k.IsNumeric():
			return agreesWithinEachSource
		case k == facts.KindDate && x.Op == dsl.OpAgreeAcross && r.Fact.Builtin:
			return eventDatesAgree
		case k == facts.KindDate && x.Op == dsl.OpAgreeAcross:
			return datesAgree
		case k == facts.KindDate:
			return datesAgreeWithin
		}
		return mismatch(fmt.Sprintf("compares figures or dates; for %s use %q", k, agreeFor(k)))
	case dsl.OpAgreeWith:
		if !k.IsNumeric() {
			return mismatch("compares figures")
		}
		if r.Other.Kind != k {
			c.errorf(x.Other.Start, CodeKindMismatch, "fact %q collects %s mentions and %q collects %s mentions; only figures of one kind compare", r.Fact.Name, k, r.Other.Name, r.Other.Kind)
			return nil
		}
		return agreesWith
	case dsl.OpEquals, dsl.OpBetween, dsl.OpAtLeast, dsl.OpAtMost:
		if !k.IsNumeric() {
			return mismatch(fmt.Sprintf("compares a figure, and %s mentions have none", k))
		}
		return withinBounds
	case dsl.OpAgree, dsl.OpAgreeReference:
		r.WithReference = x.Op == dsl.OpAgreeReference
		switch {
		case k == facts.KindPerson:
			return peopleAgree
		case k == facts.KindTitle:
			return titlesAgree
		case k == facts.KindQuote && !r.WithReference:
			return quotesAgree
		case k == facts.KindQuote:
			return mismatch("needs names or titles; the reference holds no quotes")
		}
		return mismatch(fmt.Sprintf("compares names, titles or quotes; for %s use %q", k, agreeFor(k)))
	case dsl.OpMatchCounts:
		if k != facts.KindList {
			return mismatch("compares lists with the counts stated beside them")
		}
		return listsMatchCounts
	}
	c.errorf(x.Keyword, CodeKindMismatch, "expectation %q is not implemented", x.Op)
	return nil
}

// agreeFor names the agreement that suits a kind.
func agreeFor(k facts.Kind) string {
	switch {
	case k.IsNumeric(), k == facts.KindDate:
		return "agrees across sources"
	case k == facts.KindList:
		return "match counts"
	}
	return "agree"
}

func (c *compiler) lookupFact(id *dsl.Ident) *Fact {
	if f, ok := c.prog.facts[id.Name]; ok {
		return f
	}
	if f := builtin(id.Name); f != nil {
		c.prog.facts[id.Name] = f
		c.prog.Facts = append(c.prog.Facts, f)
		return f
	}
	msg := fmt.Sprintf("unknown fact %q", id.Name)
	if s := suggest(id.Name, c.factNames()); s != "" {
		msg += fmt.Sprintf(", did you mean %q?", s)
	}
	c.errorf(id.Start, CodeUnknownFact, "%s", msg)
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
	return builtin(name)
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

// ExtractOptions returns the options to extract a corpus with for the
// program's checks (but for a draft's: see Kinds): only the kinds it reads,
// and the paragraph of only the facts a predicate reads in the paragraph,
// and of dates, which the dates rules look in for an open quotation
// (spokenRelative); and no fact's places (Options.Lazy): the checker
// resolves those of the mentions it reports (facts.Fact.Resolve).
func (p *Program) ExtractOptions() facts.Options {
	kinds := p.Kinds()
	para := p.paraKinds
	if kinds.Has(facts.KindDate) {
		para = para.Add(facts.KindDate)
	}
	return facts.Options{Kinds: kinds, NoParagraph: facts.AllKinds &^ para, Lazy: true}
}

// Kinds returns the kinds of facts the program's checks can read, for
// extraction to make only those (see facts.Options): every rule's fact and
// other fact, and what rules read beyond their mentions. It leaves out what
// a draft check needs: CheckDraft looks for support among all the figures
// and quotes, so a draft run extracts every kind.
//
// When in doubt a kind is included: a kind left out changes the report.
func (p *Program) Kinds() facts.KindSet {
	var ks facts.KindSet
	for _, r := range p.Rules {
		ks = ks.Add(r.Fact.Kind)
		if r.Other != nil {
			ks = ks.Add(r.Other.Kind)
		}
		if r.Op == dsl.OpPresentInEvery {
			// A source that states none of the fact is found among the
			// sources of every fact of the story (pass.sources).
			return facts.AllKinds
		}
	}
	if ks.Has(facts.KindList) {
		// lists match counts: the count stated beside a list is found
		// among the story's facts (statedCount).
		ks = ks.Add(facts.KindCount)
	}
	if ks.Has(facts.KindPerson) || ks.Has(facts.KindTitle) || ks.Has(facts.KindQuote) {
		// The titles and quotes rules group the names of all the story's
		// facts (storyCache.allIndex): people and titles carry them.
		ks = ks.Add(facts.KindPerson).Add(facts.KindTitle).Add(facts.KindQuote)
	}
	return ks
}
