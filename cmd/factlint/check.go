package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/report"
)

type checkCmd struct {
	Rules        []string `name:"rules" placeholder:"FILE" help:"Rule file (repeatable). Default: ./.factlint.rules, else the bundled default rules."`
	Format       string   `name:"format" short:"f" default:"table" placeholder:"FORMAT" help:"Output format: table, json."`
	FailOn       string   `name:"fail-on" default:"error" enum:"error,warning,info,never" help:"Exit 1 when a finding is at or above this severity: error, warning, info, never."`
	PerDirectory bool     `name:"per-directory" help:"Treat each directory as its own story: facts are compared only with facts from the same directory (for archives of many stories)."`
	Paths        []string `arg:"" optional:"" name:"path" help:"Files or directories to check; - reads standard input. Default: the rule files' corpus."`
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
	rep := prog.Check(all)
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
