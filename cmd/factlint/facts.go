package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"strconv"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/facts"
)

type factsCmd struct {
	Rules  []string `name:"rules" placeholder:"FILE" help:"Rule file whose facts and approximate setting to use."`
	Fact   string   `name:"fact" placeholder:"NAME" help:"Show only the mentions this fact of the rule file collects."`
	Format string   `name:"format" short:"f" default:"table" enum:"table,jsonl" help:"Output format: table, jsonl."`
	Paths  []string `arg:"" optional:"" name:"path" help:"Files or directories; - reads standard input. Default: the rule files' corpus."`
	maxSizeFlag
}

func (c *factsCmd) Run(e *env) error {
	e.maxSize = c.bytes()
	prog, err := loadProgram(c.Rules)
	if err != nil {
		return err
	}
	paths, err := corpusPaths(c.Paths, prog)
	if err != nil {
		return err
	}
	all, err := extractAll(e, paths, nil)
	if err != nil {
		return err
	}
	shown := make([]*facts.Fact, len(all))
	for i := range all {
		shown[i] = &all[i]
	}
	if c.Fact != "" {
		f := prog.LookupFact(c.Fact)
		if f == nil {
			return fmt.Errorf("unknown fact %q; the rule files declare %s", c.Fact, prog.FactNames())
		}
		shown = prog.Select(f, all)
	}
	if c.Format == "jsonl" {
		return writeJSONL(e, shown, prog)
	}
	t := tablewriter.NewTable(e.stdout,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithRowMaxWidth(60),
	)
	t.Header([]string{"source", "line", "kind", "text", "read as", "noun"})
	for _, f := range shown {
		read := ""
		switch {
		case f.Kind.IsNumeric() || f.Kind == facts.KindDate:
			read = f.Reading(prog.Approx)
		case f.Kind == facts.KindPerson, f.Kind == facts.KindTitle:
			read = f.Name
		case f.Kind == facts.KindQuote:
			read = "by " + cmp.Or(f.Speaker, "?")
			if f.Partial {
				read += " (partial)"
			}
		case f.Kind == facts.KindList:
			read = fmt.Sprintf("%d items", len(f.Items))
		}
		if err := t.Append([]string{f.Source, fmt.Sprintf("%d:%d", f.Pos.Line, f.Pos.Column), f.Kind.String(), f.Text, read, f.Noun}); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d facts\n", len(shown))
	return nil
}

// jsonFact is one line of `facts --format jsonl`, the DESIGN.md contract.
type jsonFact struct {
	Source       string    `json:"source"`
	Line         int       `json:"line"`
	Column       int       `json:"column"`
	EndLine      int       `json:"end_line"`
	EndColumn    int       `json:"end_column"`
	Kind         string    `json:"kind"`
	Text         string    `json:"text"`
	Sentence     string    `json:"sentence"`
	Min          *jsonNum  `json:"min,omitempty"`
	Max          *jsonNum  `json:"max,omitempty"`
	MinExclusive *bool     `json:"min_exclusive,omitempty"`
	MaxExclusive *bool     `json:"max_exclusive,omitempty"`
	Qualifier    string    `json:"qualifier,omitempty"`
	Noun         string    `json:"noun,omitempty"`
	Class        string    `json:"class,omitempty"`
	Unit         string    `json:"unit,omitempty"`
	Stated       []float64 `json:"stated,omitempty"`
	Name         string    `json:"name,omitempty"`
	Title        string    `json:"title,omitempty"`
	Quote        string    `json:"quote,omitempty"`
	Speaker      *string   `json:"speaker,omitempty"`
	Partial      bool      `json:"partial,omitempty"`
	Items        []string  `json:"items,omitempty"`
	Value        string    `json:"value,omitempty"`
}

// jsonNum is a bound that prints null when unbounded.
type jsonNum float64

func (n jsonNum) MarshalJSON() ([]byte, error) {
	if math.IsInf(float64(n), 0) || math.IsNaN(float64(n)) {
		return []byte("null"), nil
	}
	return []byte(strconv.FormatFloat(float64(n), 'f', -1, 64)), nil
}

func writeJSONL(e *env, shown []*facts.Fact, prog *checker.Program) error {
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	for _, f := range shown {
		j := jsonFact{
			Source: f.Source, Line: f.Pos.Line, Column: f.Pos.Column,
			EndLine: f.End.Line, EndColumn: f.End.Column,
			Kind: f.Kind.String(), Text: f.Text, Sentence: f.Sentence,
		}
		if f.Kind.IsNumeric() {
			iv := f.Interval(prog.Approx)
			lo, hi := jsonNum(iv.Min), jsonNum(iv.Max)
			j.Min, j.Max = &lo, &hi
			j.MinExclusive, j.MaxExclusive = &iv.MinOpen, &iv.MaxOpen
			j.Qualifier, j.Noun, j.Class, j.Unit, j.Stated = f.Qualifier.String(), f.Noun, f.Class, f.Unit, f.Stated
		}
		j.Name, j.Title, j.Quote, j.Partial, j.Items, j.Value = f.Name, f.Title, f.Quote, f.Partial, f.Items, f.Value
		if f.Kind == facts.KindQuote {
			j.Speaker = &f.Speaker
		}
		if f.Kind == facts.KindList {
			j.Noun, j.Class, j.Stated = f.Noun, f.Class, f.Stated
		}
		if err := enc.Encode(j); err != nil {
			return err
		}
	}
	return nil
}
