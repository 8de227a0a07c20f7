package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/report"
)

type checkCmd struct {
	Rules         []string `name:"rules" placeholder:"FILE" help:"Rule file (repeatable). Default: ./.factlint.rules, else the bundled default rules."`
	Format        string   `name:"format" short:"f" default:"table" placeholder:"FORMAT" help:"Output format: table, json."`
	FailOn        string   `name:"fail-on" default:"error" enum:"error,warning,info,never" help:"Exit 1 when a finding is at or above this severity: error, warning, info, never."`
	Draft         string   `name:"draft" placeholder:"FILE" help:"Check only this draft's facts against the sources; sources may disagree among themselves."`
	Baseline      string   `name:"baseline" placeholder:"FILE" help:"Hide the findings recorded in this baseline file; report its stale entries."`
	WriteBaseline string   `name:"write-baseline" placeholder:"FILE" help:"Record the current findings in this baseline file (reasons of --baseline entries are kept)."`
	PerDirectory  bool     `name:"per-directory" help:"Treat each directory as its own story: facts are compared only with facts from the same directory (for archives of many stories)."`
	Paths         []string `arg:"" optional:"" name:"path" help:"Files or directories to check; - reads standard input. Default: the rule files' corpus."`
}

func (c *checkCmd) Run(e *env) error {
	render, ok := report.Formats[c.Format]
	if !ok {
		return fmt.Errorf("unknown format %q, expected one of %s", c.Format, strings.Join(report.FormatNames(), ", "))
	}
	prog, err := loadProgram(c.Rules)
	if err != nil {
		return err
	}
	paths, err := corpusPaths(c.Paths, prog)
	if err != nil {
		return err
	}
	all, err := extractAll(e, paths)
	if err != nil {
		return err
	}
	if c.PerDirectory {
		for i := range all {
			all[i].Story = filepath.Dir(all[i].Source)
		}
	}
	var rep *checker.Report
	if c.Draft != "" {
		rep, err = checkDraft(e, prog, c.Draft, all)
		if err != nil {
			return err
		}
	} else {
		rep = prog.Check(all)
	}
	if err := c.applyBaselines(e, rep); err != nil {
		return err
	}
	if err := render(e.stdout, rep); err != nil {
		return err
	}
	if c.FailOn != "never" {
		level, _ := checker.ParseSeverity(c.FailOn)
		if rep.FailsAt(level) {
			e.code = exitFindings
		}
	}
	return nil
}

// checkDraft checks the draft's facts against the sources' facts; the draft
// is left out of the sources if a directory named it too.
func checkDraft(e *env, prog *checker.Program, draft string, sources []facts.Fact) (*checker.Report, error) {
	in := facts.Input{Path: draft}
	d, err := facts.Load(in, e.stdin)
	if err != nil {
		return nil, err
	}
	name := in.Name()
	all := facts.Extract(d)
	for _, f := range sources {
		if filepath.Clean(f.Source) != filepath.Clean(name) {
			all = append(all, f)
		}
	}
	return prog.CheckDraft(name, all), nil
}

// applyBaselines reads --baseline and hides what it accepts, or, with
// --write-baseline, records every finding (keeping --baseline's reasons)
// and hides them all.
func (c *checkCmd) applyBaselines(e *env, rep *checker.Report) error {
	var prev *checker.Baseline
	if c.Baseline != "" {
		src, err := os.ReadFile(c.Baseline)
		if err != nil {
			return inputError(c.Baseline, err)
		}
		if prev, err = checker.ReadBaseline(c.Baseline, src); err != nil {
			return err
		}
	}
	if c.WriteBaseline == "" {
		if prev != nil {
			prev.Apply(rep)
		}
		return nil
	}
	b := checker.NewBaseline(rep, prev)
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		return err
	}
	if err := writeAtomic(c.WriteBaseline, buf.Bytes()); err != nil {
		return inputError(c.WriteBaseline, err)
	}
	fmt.Fprintf(e.stderr, "factlint: recorded %d findings in %s\n", len(b.Findings), c.WriteBaseline)
	b.Apply(rep)
	return nil
}
