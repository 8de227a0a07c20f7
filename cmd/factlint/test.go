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
	ar := txtar.Parse(data)
	tmp, err := os.MkdirTemp("", "factlint-test-")
	if err != nil {
		return false, err
	}
	defer os.RemoveAll(tmp)
	var all []facts.Fact
	var want, got []string
	var mustNot []string
	for _, f := range ar.Files {
		if f.Name == wantName {
			for i, line := range strings.Split(string(f.Data), "\n") {
				line = strings.TrimSpace(line)
				switch {
				case line == "" || strings.HasPrefix(line, "#"):
				case strings.HasPrefix(line, "must-not "):
					mustNot = append(mustNot, strings.TrimSpace(strings.TrimPrefix(line, "must-not ")))
				case strings.HasPrefix(line, "must "):
					want = append(want, strings.Join(strings.Fields(strings.TrimPrefix(line, "must ")), " "))
				default:
					return false, fmt.Errorf("%s: %s line %d: expected \"must\" or \"must-not\", found %q", archive, wantName, i+1, line)
				}
			}
			continue
		}
		path := filepath.Join(tmp, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return false, err
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			return false, err
		}
		d, err := facts.Load(facts.Input{Path: path}, nil)
		if err != nil {
			return false, err
		}
		d.Name = f.Name
		all = append(all, facts.Extract(d)...)
	}
	rep := prog.Check(all)
	for _, f := range rep.Findings {
		got = append(got, findingLine(f))
	}
	ids := map[string]bool{}
	for _, r := range prog.Rules {
		ids[r.ID] = true
	}
	ok := true
	for _, id := range mustNot {
		if !ids[id] {
			fmt.Fprintf(e.stdout, "FAIL %s: must-not names rule %q, which %s does not declare\n", archive, id, name)
			ok = false
		}
		for _, g := range got {
			if g == id || strings.HasPrefix(g, id+":") {
				fmt.Fprintf(e.stdout, "FAIL %s: rule %s must not fire, found: %s\n", archive, id, g)
				ok = false
			}
		}
	}
	slices.Sort(want)
	slices.Sort(got)
	if d := cmp.Diff(want, got); d != "" {
		fmt.Fprintf(e.stdout, "FAIL %s: findings differ (-want +got):\n%s", archive, d)
		ok = false
	}
	if ok {
		fmt.Fprintf(e.stdout, "ok   %s (%d findings)\n", archive, len(got))
	}
	return ok, nil
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
