package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/pmezard/go-difflib/difflib"

	"github.com/factlint/factlint/dsl"
	"github.com/factlint/factlint/source"
)

type fmtCmd struct {
	Write bool     `short:"w" help:"Write the result to the file instead of standard output (atomically; untouched when already formatted)."`
	Diff  bool     `short:"d" help:"Print a unified diff instead of the formatted text."`
	Files []string `arg:"" name:"file" help:"Rule files to format."`
}

func (c *fmtCmd) Run(e *env) error {
	if c.Write && c.Diff {
		return &source.Error{Code: source.CodeUsage, Msg: "-w and -d cannot be used together"}
	}
	var errs source.ErrorList
	for _, name := range c.Files {
		src, err := os.ReadFile(name)
		if err != nil {
			return inputError(name, err)
		}
		out, err := dsl.Source(name, src)
		if err != nil {
			var list source.ErrorList
			if errors.As(err, &list) {
				errs = append(errs, list...)
				continue
			}
			return err
		}
		switch {
		case c.Diff:
			if bytes.Equal(src, out) {
				continue
			}
			d, err := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
				A: splitLines(src), B: splitLines(out),
				FromFile: name + ".orig", ToFile: name, Context: 3,
			})
			if err != nil {
				return err
			}
			fmt.Fprint(e.stdout, d)
		case c.Write:
			if bytes.Equal(src, out) {
				continue
			}
			if err := writeAtomic(name, out); err != nil {
				return err
			}
		default:
			e.stdout.Write(out)
		}
	}
	return errs.Err()
}

// splitLines splits text into lines that keep their "\n"; a last line
// without one gets one, so the diff stays line-based.
func splitLines(b []byte) []string {
	lines := strings.SplitAfter(string(b), "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	} else {
		lines[len(lines)-1] += "\n"
	}
	return lines
}
