package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/txtar"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/dsl"
	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/source"
)

type testCmd struct {
	Files []string `arg:"" name:"file" help:"Rule files whose tests (FILE.txtar beside each) to run."`
}

// wantName is the archive member that lists the expected findings.
const wantName = "want"

// A rule test is FILE.txtar beside the rule file FILE: small articles, and a
// member named "want" with one line per expectation:
//
//	must RULE-ID: SOURCE:LINE …   a finding of the rule whose disagreeing mentions are these
//	must-not RULE-ID              no finding of the rule
//
// Every finding the articles produce must be listed by a must line.
func (c *testCmd) Run(e *env) error {
	failed := 0
	for _, name := range c.Files {
		ok, err := runRuleTest(e, name)
		if err != nil {
			return err
		}
		if !ok {
			failed++
		}
	}
	if failed > 0 {
		e.code = exitFindings
	}
	return nil
}

func runRuleTest(e *env, name string) (bool, error) {
	archive := name + ".txtar"
	data, err := os.ReadFile(archive)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return false, &source.Error{Pos: source.Position{Filename: name}, Code: source.CodeInput, Msg: "no rule tests: " + archive + " does not exist"}
		}
		return false, inputError(archive, err)
	}
	files, err := dsl.Load(name, os.ReadFile)
	if err != nil {
		return false, err
	}
	prog, err := checker.Compile(files...)
	if err != nil {
		return false, err
	}
	cases := map[string]*ruleCase{}
	var order []string
	for _, f := range txtar.Parse(data).Files {
		name, file := "", f.Name
		if i := strings.Index(f.Name, "/"); i >= 0 {
			name, file = f.Name[:i], f.Name[i+1:]
		}
		c, ok := cases[name]
		if !ok {
			c = &ruleCase{name: name}
			cases[name] = c
			order = append(order, name)
		}
		if file == wantName {
			if err := c.parseWant(archive, f.Data); err != nil {
				return false, err
			}
			continue
		}
		c.articles = append(c.articles, txtar.File{Name: file, Data: f.Data})
	}
	ok, findings := true, 0
	for _, name := range order {
		c := cases[name]
		got, err := c.run(prog)
		if err != nil {
			return false, err
		}
		findings += len(got)
		label := archive
		if name != "" {
			label += " [" + name + "]"
		}
		if !c.compare(e, label, prog, got) {
			ok = false
		}
	}
	if ok {
		fmt.Fprintf(e.stdout, "ok   %s (%d findings)\n", archive, findings)
	}
	return ok, nil
}

// A ruleCase is one scenario of a rule test: articles and expectations. An
// archive's members named "CASE/…" form the case CASE; the others form one
// unnamed case.
type ruleCase struct {
	name     string
	articles []txtar.File
	want     []string // must lines: findings that must appear
	mustNot  []string // rule ids that must not fire
}

func (c *ruleCase) parseWant(archive string, data []byte) error {
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "must-not "):
			c.mustNot = append(c.mustNot, strings.TrimSpace(strings.TrimPrefix(line, "must-not ")))
		case strings.HasPrefix(line, "must "):
			c.want = append(c.want, strings.Join(strings.Fields(strings.TrimPrefix(line, "must ")), " "))
		default:
			member := wantName
			if c.name != "" {
				member = c.name + "/" + wantName
			}
			return fmt.Errorf("%s: %s line %d: expected \"must\" or \"must-not\", found %q", archive, member, i+1, line)
		}
	}
	return nil
}

// run checks the case's articles and returns the findings, summarised.
func (c *ruleCase) run(prog *checker.Program) ([]string, error) {
	tmp, err := os.MkdirTemp("", "factlint-test-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	var all []facts.Fact
	for _, f := range c.articles {
		path := filepath.Join(tmp, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			return nil, err
		}
		d, err := facts.Load(facts.Input{Path: path}, nil)
		if err != nil {
			return nil, err
		}
		d.Name = f.Name
		all = append(all, facts.Extract(d)...)
	}
	var got []string
	for _, f := range prog.Check(all).Findings {
		got = append(got, findingLine(f))
	}
	return got, nil
}

// compare reports, under label, every difference between the findings and
// the case's expectations.
func (c *ruleCase) compare(e *env, label string, prog *checker.Program, got []string) bool {
	ids := map[string]bool{}
	for _, r := range prog.Rules {
		ids[r.ID] = true
	}
	ok := true
	for _, id := range c.mustNot {
		if !ids[id] {
			fmt.Fprintf(e.stdout, "FAIL %s: must-not names rule %q, which the rule file does not declare\n", label, id)
			ok = false
		}
		for _, g := range got {
			if g == id || strings.HasPrefix(g, id+":") {
				fmt.Fprintf(e.stdout, "FAIL %s: rule %s must not fire, found: %s\n", label, id, g)
				ok = false
			}
		}
	}
	want := slices.Sorted(slices.Values(c.want))
	got = slices.Sorted(slices.Values(got))
	if d := cmp.Diff(want, got); d != "" {
		fmt.Fprintf(e.stdout, "FAIL %s: findings differ (-want +got):\n%s", label, d)
		ok = false
	}
	return ok
}

// findingLine summarises a finding for a rule test: the rule's id, then the
// place of every mention that does not side with the agreeing group.
func findingLine(f checker.Finding) string {
	var at []string
	for _, m := range f.Mentions {
		if !m.Agrees {
			if m.Pos.Line > 0 {
				at = append(at, fmt.Sprintf("%s:%d", m.Source, m.Pos.Line))
			} else {
				at = append(at, m.Source)
			}
		}
	}
	if len(at) == 0 {
		return f.RuleID
	}
	return f.RuleID + ": " + strings.Join(at, " ")
}
