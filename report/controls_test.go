package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/source"
)

// controls is a report whose article text carries terminal escape
// sequences (CSI colour and screen clearing, an OSC 8 hyperlink and window
// title, the one-byte C1 CSI), bidi overrides and isolates that reorder what
// a reader sees, a bell and a carriage return that overwrites the line.
func controls() *checker.Report {
	sentence := "Leaders \x1b[2J\x1b[31mof\x1b[0m 12 nations \x1b]8;;http://evil.example\x07met\x1b]8;;\x07 \x1b]0;owned\x07 \u202eanoitan 21\u202c \u2066x\u2069 \u200f\u009b31m ok\rFAKE"
	m := checker.Mention{
		Source: "docs/\x1b[1mevil\u202e.txt", Pos: source.Position{Line: 1, Column: 30}, End: source.Position{Line: 1, Column: 40},
		Text: "12 \x1b[8mnations", Sentence: sentence, Reading: "12\u202e\x07",
		SentStart: strings.Index(sentence, "12 nations"), SentEnd: strings.Index(sentence, "12 nations") + len("12 nations"),
	}
	return &checker.Report{
		Findings: []checker.Finding{{Rule: "Count \x1b[32magrees\u2067", RuleID: "count-agrees", Severity: checker.SeverityWarning,
			Message: "sources say \x1b[1m12\x1b[0m and \u202e31\u202c", Mentions: []checker.Mention{m}}},
		Rules: []checker.RuleResult{{Name: "Count \x1b[32magrees\u2067", ID: "count-agrees", Severity: checker.SeverityWarning, Status: checker.StatusFail,
			Values: []checker.Value{{Value: "12\x1b[0m", Sources: []string{m.Source}, Mentions: 1}}}},
	}
}

// Control characters from article text reach no report raw: escape
// sequences, bidi controls, bells and carriage returns are shown escaped.
func TestControlCharactersEscaped(t *testing.T) {
	raw := []string{"\x1b", "\x07", "\u009b", "\u202e", "\u202c", "\u2066", "\u2067", "\u2069", "\u200f", "\rFAKE"}
	for _, name := range []string{"table", "markdown", "github", "html"} {
		for _, summary := range []bool{false, true} {
			if summary && (name == "github" || name == "html") {
				continue
			}
			t.Run(name+map[bool]string{true: "/summary"}[summary], func(t *testing.T) {
				var b bytes.Buffer
				if err := Formats[name](&b, controls(), Options{Summary: summary}); err != nil {
					t.Fatal(err)
				}
				got := b.String()
				for _, bad := range raw {
					if strings.Contains(got, bad) {
						t.Errorf("%s output holds %q raw:\n%q", name, bad, got)
					}
				}
				if !summary && !strings.Contains(got, "12") {
					t.Errorf("%s output lost the figure:\n%s", name, got)
				}
			})
		}
	}
}

// Colour added by factlint itself is the only escape sequence in a
// coloured table.
func TestColorTableOnlyOwnEscapes(t *testing.T) {
	var b bytes.Buffer
	if err := Table(&b, controls(), Options{Color: true}); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"\x1b[2J", "\x1b]", "\x1b[8m", "\u202e", "\x07"} {
		if strings.Contains(b.String(), bad) {
			t.Errorf("coloured table holds article escape %q", bad)
		}
	}
}
