// Package report renders a checker.Report for people and for machines:
// table, markdown, json, sarif, github, junit and html. Renderers are pure
// functions of the sorted findings: the same report gives the same bytes.
package report

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/checker"
)

// Options say how to render.
type Options struct {
	// Color allows ANSI colour in the table; the caller decides whether the
	// output is a terminal and whether NO_COLOR is set.
	Color bool
	// Summary makes table and markdown print only the one-screen standup
	// table: rule, status, the values seen and how many sources said each.
	Summary bool
	// Version is the tool's version, for SARIF.
	Version string
	// BaseDir, when set, makes absolute source paths relative to it in SARIF
	// and github output (paths relative to the repository).
	BaseDir string
}

// A Renderer writes a report in one format.
type Renderer func(w io.Writer, r *checker.Report, o Options) error

// Formats maps format names to renderers.
var Formats = map[string]Renderer{
	"table":    Table,
	"markdown": Markdown,
	"json":     JSON,
	"sarif":    SARIF,
	"github":   GitHub,
	"junit":    JUnit,
	"html":     HTML,
}

// FormatNames returns the known format names, sorted.
func FormatNames() []string {
	var names []string
	for n := range Formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// HelpURI is where SARIF rules point for help.
const HelpURI = "https://github.com/factlint/factlint#the-rule-language"

// sanitize makes article text safe for a terminal: control characters,
// including escape sequences and bidi overrides, are shown as \u escapes.
// A line break inside a quote that runs over paragraphs shows as " ¶ ".
func sanitize(s string) string {
	s = paragraphBreaks.Replace(s)
	return escapeControls(s, "")
}

var paragraphBreaks = strings.NewReplacer("\r\n", " ¶ ", "\r", " ¶ ", "\n", " ¶ ")

// escapeControls shows control characters, C1 controls and bidi controls as
// \uXXXX, all but those in keep; a tab not kept becomes a space. Terminal
// escape sequences thus print as text, and bidi overrides cannot reorder
// what a reader sees.
func escapeControls(s, keep string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case strings.ContainsRune(keep, r):
			b.WriteRune(r)
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f || r == 0x061c:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// flagged returns the mentions a finding points at: those that disagree
// with the largest agreeing group, or all of them when none is singled out.
func flagged(f *checker.Finding) []checker.Mention {
	var out []checker.Mention
	for _, m := range f.Mentions {
		if !m.Agrees {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		return f.Mentions
	}
	return out
}

// maxMessage is how many bytes of a finding's message the formats that
// repeat it for each flagged mention (sarif, github) write. A message lists
// a finding's mentions, so repeating it whole grew those reports with the
// square of a finding's mentions: the github report of a one-story check of
// a 30 MB archive (a message of 132 KB, repeated for 2,282 mentions) was
// 1.6 GB. Messages of stories checked per directory stay under 800 bytes.
const maxMessage = 2000

// shortMessage returns msg, or, when it is longer than maxMessage, as many
// of its first "; "-separated parts as fit and how many it leaves out:
// "…; … and 2190 more (the JSON report has the whole message)".
func shortMessage(msg string) string {
	if len(msg) <= maxMessage {
		return msg
	}
	cut := maxMessage
	for !utf8.RuneStart(msg[cut]) {
		cut--
	}
	i := strings.LastIndex(msg[:cut], "; ")
	if i <= 0 { // no part fits whole
		return msg[:cut] + " … (the JSON report has the whole message)"
	}
	return fmt.Sprintf("%s; … and %d more (the JSON report has the whole message)", msg[:i], strings.Count(msg[i:], "; "))
}

// reading is how a mention was read, or "—" when it was not read as a
// number.
func reading(m *checker.Mention) string {
	if m.Reading == "" {
		return "—"
	}
	return m.Reading
}

// counts counts findings by severity.
func counts(r *checker.Report) (errors, warnings, infos int) {
	for _, f := range r.Findings {
		switch f.Severity {
		case checker.SeverityError:
			errors++
		case checker.SeverityWarning:
			warnings++
		default:
			infos++
		}
	}
	return
}

// summaryLine counts findings by severity: "2 findings (2 errors, 0
// warnings, 0 infos) from 2 rules".
func summaryLine(r *checker.Report) string {
	e, w, i := counts(r)
	return fmt.Sprintf("%s (%s, %s, %s) from %s", plural(len(r.Findings), "finding"),
		plural(e, "error"), plural(w, "warning"), plural(i, "info"), plural(len(r.Rules), "rule"))
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// maxValues is how many values a standup row shows before "and N more";
// maxValueChars how much of one value (a long quote) it shows.
const (
	maxValues     = 5
	maxValueChars = 48
)

// clip shortens s to at most n characters, ending with "…" when cut.
func clip(s string, n int) string {
	i := 0
	for k := range s {
		if i == n-1 {
			return strings.TrimSpace(s[:k]) + "…"
		}
		i++
	}
	return s
}

// valueLines lists a rule's values and how many sources said each, one a
// line: "26 — 3 sources".
func valueLines(res *checker.RuleResult) (values, sources []string) {
	for i, v := range res.Values {
		if i == maxValues {
			values = append(values, fmt.Sprintf("and %d more", len(res.Values)-maxValues))
			sources = append(sources, "")
			break
		}
		values = append(values, clip(v.Value, maxValueChars))
		sources = append(sources, plural(len(v.Sources), "source"))
	}
	if len(values) == 0 {
		values, sources = []string{"—"}, []string{""}
	}
	return values, sources
}

// relPath is a source's path with slashes, relative to base when it is an
// absolute path inside base.
func relPath(name, base string) string {
	if base != "" && filepath.IsAbs(name) {
		if rel, err := filepath.Rel(base, name); err == nil && filepath.IsLocal(rel) {
			name = rel
		}
	}
	return filepath.ToSlash(name)
}

// relURI is relPath as a URI reference, percent-escaped where a URI needs
// it; absolute paths outside base become file URIs.
func relURI(name, base string) string {
	p := relPath(name, base)
	if strings.HasPrefix(p, "/") {
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

// ruleFiles returns the rule files of a report in order of first appearance.
func ruleFiles(r *checker.Report) []string {
	var out []string
	seen := map[string]bool{}
	for _, res := range r.Rules {
		if !seen[res.Pos.Filename] {
			seen[res.Pos.Filename] = true
			out = append(out, res.Pos.Filename)
		}
	}
	return out
}
