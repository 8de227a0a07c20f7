package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/factlint/factlint/checker"
)

// ANSI colours for the table on a terminal.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiBlue   = "\x1b[34m"
	ansiDim    = "\x1b[2m"
)

// painter colours text when colour is on.
type painter bool

func (p painter) paint(code, s string) string {
	if !p || s == "" {
		return s
	}
	return code + s + ansiReset
}

func (p painter) severity(s checker.Severity) string {
	switch s {
	case checker.SeverityError:
		return p.paint(ansiBold+ansiRed, s.String())
	case checker.SeverityWarning:
		return p.paint(ansiBold+ansiYellow, s.String())
	}
	return p.paint(ansiBold+ansiBlue, s.String())
}

func (p painter) status(s checker.Status) string {
	switch s {
	case checker.StatusFail:
		return p.paint(ansiBold+ansiRed, string(s))
	case checker.StatusPass:
		return p.paint(ansiGreen, string(s))
	}
	return p.paint(ansiDim, string(s))
}

// Table writes one block per finding — its rule and message, then a table of
// its mentions: whether each sides with the largest agreeing group, source,
// line:column, what it says and how it was read — and then a summary table
// of rules. With o.Summary it writes only the standup table.
func Table(w io.Writer, r *checker.Report, o Options) error {
	p := painter(o.Color)
	if o.Summary {
		return standupTable(w, r, p)
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		fmt.Fprintf(w, "%s  %s", p.severity(f.Severity), p.paint(ansiBold, sanitize(f.Rule)))
		if f.RulePos.IsValid() {
			fmt.Fprintf(w, "  %s", p.paint(ansiDim, f.RulePos.String()))
		}
		fmt.Fprintf(w, "\n  %s\n", sanitize(f.Message))
		t := newTable(w, "", "source", "line:col", "says", "read as")
		for _, m := range f.Mentions {
			mark := p.paint(ansiRed, "✗")
			if m.Agrees {
				mark = p.paint(ansiGreen, "✓")
			}
			if err := t.Append([]string{mark, sanitize(m.Source), fmt.Sprintf("%d:%d", m.Pos.Line, m.Pos.Column), sanitize(m.Text), sanitize(reading(&m))}); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
		fmt.Fprintln(w)
	}
	t := newTable(w, "rule", "severity", "status", "mentions", "sources")
	for _, res := range r.Rules {
		if err := t.Append([]string{sanitize(res.Name), p.severity(res.Severity), p.status(res.Status), strconv.Itoa(res.Mentions), strconv.Itoa(res.Sources)}); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, summaryLine(r))
	return err
}

// standupTable writes the one-screen table for the morning standup: rule,
// status, the values seen and how many sources said each.
func standupTable(w io.Writer, r *checker.Report, p painter) error {
	t := newTable(w, "rule", "status", "values seen", "said by")
	for i := range r.Rules {
		res := &r.Rules[i]
		values, sources := valueLines(res)
		for j := range values {
			values[j] = sanitize(values[j])
		}
		if err := t.Append([]string{sanitize(res.Name), p.status(res.Status), strings.Join(values, "\n"), strings.Join(sources, "\n")}); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, summaryLine(r))
	return err
}

func newTable(w io.Writer, header ...string) *tablewriter.Table {
	t := tablewriter.NewTable(w,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithRowMaxWidth(60),
	)
	t.Header(header)
	return t
}
