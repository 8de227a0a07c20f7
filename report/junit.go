package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/factlint/factlint/checker"
)

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string         `xml:"name,attr"`
	Classname string         `xml:"classname,attr"`
	File      string         `xml:"file,attr,omitempty"`
	Line      int            `xml:"line,attr,omitempty"`
	Skipped   *junitSkipped  `xml:"skipped"`
	Failures  []junitFailure `xml:"failure"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

type junitFailure struct {
	Type    string `xml:"type,attr"`
	Message string `xml:"message,attr"`
	Text    string `xml:",cdata"`
}

// JUnit writes JUnit XML for CI test-report views: one testsuite per rule
// file, one testcase per rule, a failure per finding (its text lists the
// mentions), and a skipped rule when nothing in the corpus fed it. A rule
// that fails counts once in the failures attributes however many findings
// it has.
func JUnit(w io.Writer, r *checker.Report, _ Options) error {
	out := junitSuites{Name: "factlint"}
	suites := map[string]int{}
	for _, file := range ruleFiles(r) {
		suites[file] = len(out.Suites)
		name := file
		if name == "" {
			name = "rules"
		}
		out.Suites = append(out.Suites, junitSuite{Name: name})
	}
	byRule := map[string][]*checker.Finding{}
	for i := range r.Findings {
		f := &r.Findings[i]
		byRule[f.RuleID] = append(byRule[f.RuleID], f)
	}
	for _, res := range r.Rules {
		s := &out.Suites[suites[res.Pos.Filename]]
		c := junitCase{Name: res.Name, Classname: s.Name, File: res.Pos.Filename, Line: res.Pos.Line}
		for _, f := range byRule[res.ID] {
			c.Failures = append(c.Failures, junitFailure{Type: f.Severity.String(), Message: f.Message, Text: junitText(f)})
		}
		s.Tests++
		switch {
		case len(c.Failures) > 0:
			s.Failures++
		case res.Status == checker.StatusNoFacts:
			c.Skipped = &junitSkipped{Message: "no facts: nothing in the corpus fed this rule"}
			s.Skipped++
		}
		s.Cases = append(s.Cases, c)
	}
	for _, s := range out.Suites {
		out.Tests += s.Tests
		out.Failures += s.Failures
		out.Skipped += s.Skipped
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// junitText lists a finding's mentions, one a line. It goes into CDATA, so
// it must hold no control characters: sanitize and %q see to that.
func junitText(f *checker.Finding) string {
	var b strings.Builder
	b.WriteString("\n")
	for _, m := range f.Mentions {
		mark := "✗"
		if m.Agrees {
			mark = "✓"
		}
		fmt.Fprintf(&b, "%s %s:%d:%d: %q read as %s\n", mark, sanitize(m.Source), m.Pos.Line, m.Pos.Column, m.Text, sanitize(reading(&m)))
	}
	return b.String()
}
