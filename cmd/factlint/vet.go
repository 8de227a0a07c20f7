package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/dsl"
	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/source"
)

type vetCmd struct {
	Corpus []string `name:"corpus" placeholder:"PATH" help:"Documents to try the rules on (repeatable): warns about rules that match nothing and reference entries never seen."`
	Files  []string `arg:"" name:"file" help:"Rule files to vet."`
}

// A warning is something vet finds suspicious in a rule file that compiles.
type warning struct {
	pos source.Position
	msg string
}

func (c *vetCmd) Run(e *env) error {
	var all []facts.Fact
	if len(c.Corpus) > 0 {
		var err error
		if all, err = extractAll(e, c.Corpus, nil); err != nil {
			return err
		}
	}
	var warnings []warning
	for _, name := range c.Files {
		files, err := dsl.Load(name, os.ReadFile)
		if err != nil {
			return err
		}
		prog, err := checker.Compile(files...)
		if err != nil {
			return err
		}
		warnings = append(warnings, vetProgram(prog, all, len(c.Corpus) > 0)...)
	}
	slices.SortStableFunc(warnings, func(a, b warning) int {
		if a.pos.Filename != b.pos.Filename {
			return strings.Compare(a.pos.Filename, b.pos.Filename)
		}
		return a.pos.Offset - b.pos.Offset
	})
	for _, w := range warnings {
		fmt.Fprintf(e.stdout, "%s: warning: %s\n", w.pos, w.msg)
	}
	if len(warnings) > 0 {
		e.code = exitFindings
	}
	return nil
}

func vetProgram(prog *checker.Program, all []facts.Fact, haveCorpus bool) []warning {
	var out []warning
	used := map[*checker.Fact]bool{}
	for _, r := range prog.Rules {
		used[r.Fact] = true
		if r.Other != nil {
			used[r.Other] = true
		}
	}
	for _, f := range prog.Facts {
		if !f.Builtin && !used[f] {
			out = append(out, warning{f.Pos, fmt.Sprintf("fact %q is not used by any rule", f.Name)})
		}
	}
	if !haveCorpus {
		return out
	}
	for _, r := range prog.Rules {
		if len(prog.Select(r.Fact, all)) == 0 {
			out = append(out, warning{r.Pos, fmt.Sprintf("rule %q: fact %q matches nothing in the corpus", r.Name, r.Fact.Name)})
		}
	}
	for _, p := range prog.Reference.People {
		if !seen(all, append([]string{p.Name}, p.Aliases...)) {
			out = append(out, warning{p.Pos, fmt.Sprintf("reference person %q is never mentioned in the corpus", p.Name)})
		}
	}
	return out
}

// seen reports whether any fact names one of the names, as a person or in
// its sentence.
func seen(all []facts.Fact, names []string) bool {
	for _, f := range all {
		for _, n := range names {
			if strings.EqualFold(f.Name, n) || strings.Contains(strings.ToLower(f.Sentence), strings.ToLower(n)) {
				return true
			}
		}
	}
	return false
}
