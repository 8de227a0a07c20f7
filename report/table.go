package report

import (
	"fmt"
	"io"
	"strconv"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/factlint/factlint/checker"
)

// Table writes each finding as a heading, its message and a table of its
// mentions (source, line, what it says, how it was read), then a summary
// table of rules.
func Table(w io.Writer, r *checker.Report) error {
	for _, f := range r.Findings {
		fmt.Fprintf(w, "%s  %s\n", f.Severity, sanitize(f.Rule))
		fmt.Fprintf(w, "  %s\n", sanitize(f.Message))
		t := newTable(w, "", "source", "line", "says", "read as")
		for _, m := range f.Mentions {
			mark := "✗"
			if m.Agrees {
				mark = "✓"
			}
			if err := t.Append([]string{mark, sanitize(m.Source), fmt.Sprintf("%d:%d", m.Pos.Line, m.Pos.Column), sanitize(m.Text), m.Reading}); err != nil {
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
		if err := t.Append([]string{sanitize(res.Name), res.Severity.String(), string(res.Status), strconv.Itoa(res.Mentions), strconv.Itoa(res.Sources)}); err != nil {
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

// summaryLine counts findings by severity: "3 findings (2 errors, 1 warning) in 4 rules".
func summaryLine(r *checker.Report) string {
	var n [4]int
	for _, f := range r.Findings {
		n[f.Severity]++
	}
	s := fmt.Sprintf("%d finding", len(r.Findings))
	if len(r.Findings) != 1 {
		s += "s"
	}
	s += fmt.Sprintf(" (%d error, %d warning, %d info) from %d rules", n[checker.SeverityError], n[checker.SeverityWarning], n[checker.SeverityInfo], len(r.Rules))
	return s
}
