package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/factlint/factlint/checker"
)

// Markdown writes the report as GitHub-flavoured Markdown for a pull-request
// comment or a CI job summary: a line of counts, the rules table, then one
// section per finding with a table of its mentions. With o.Summary it writes
// only the standup table.
func Markdown(w io.Writer, r *checker.Report, o Options) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "## factlint: %s\n\n", summaryLine(r))
	if o.Summary {
		b.WriteString("| rule | status | values seen | said by |\n| --- | --- | --- | --- |\n")
		for i := range r.Rules {
			res := &r.Rules[i]
			values, sources := valueLines(res)
			for j := range values {
				values[j] = mdCell(values[j])
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s |\n", mdCell(res.Name), mdStatus(res.Status), strings.Join(values, "<br>"), strings.Join(sources, "<br>"))
		}
		return b.Flush()
	}
	b.WriteString("| rule | severity | status | mentions | sources |\n| --- | --- | --- | ---: | ---: |\n")
	for _, res := range r.Rules {
		fmt.Fprintf(b, "| %s | %s | %s | %d | %d |\n", mdCell(res.Name), res.Severity, mdStatus(res.Status), res.Mentions, res.Sources)
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		fmt.Fprintf(b, "\n### %s: %s\n\n%s\n\n", f.Severity, mdCell(f.Rule), mdCell(f.Message))
		b.WriteString("| | source | line:col | says | read as |\n| --- | --- | --- | --- | --- |\n")
		for _, m := range f.Mentions {
			mark := "✗"
			if m.Agrees {
				mark = "✓"
			}
			fmt.Fprintf(b, "| %s | %s | %d:%d | %s | %s |\n", mark, mdCell(m.Source), m.Pos.Line, m.Pos.Column, mdCell(m.Text), mdCell(reading(&m)))
		}
	}
	return b.Flush()
}

func mdStatus(s checker.Status) string {
	switch s {
	case checker.StatusFail:
		return "❌ fail"
	case checker.StatusPass:
		return "✅ pass"
	}
	return "➖ " + string(s)
}

// mdCell makes text safe inside a GFM table cell: one line, Markdown and
// HTML syntax backslash-escaped or written as entities, so article text is
// shown as written and never becomes markup.
func mdCell(s string) string {
	var b strings.Builder
	s = strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ").Replace(s)
	for _, r := range sanitize(s) {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '\\', '`', '*', '_', '[', ']', '|', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
