package facts

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/factlint/factlint/source"
)

// checkSimpleMarkdown compares simpleMarkdown with goldmark on body; it
// reports whether simpleMarkdown took the body.
func checkSimpleMarkdown(t *testing.T, body string) bool {
	t.Helper()
	m := identity(body, 7)
	got := newBuilder(0)
	if !simpleMarkdown(got, m, nil, 0) {
		if len(got.buf) != 0 || len(got.segs) != 0 {
			t.Fatalf("%q: declined, but appended %q", body, got.buf)
		}
		return false
	}
	if !strings.Contains(body, "\r") {
		// With the lines' ends from a file's line table, as a plain
		// file's loader gives them, the same.
		lines := newBuilder(0)
		f := source.NewFileLF("x", "--\n"+body)
		if !simpleMarkdown(lines, m, f.LineStarts()[1:], 3) || string(lines.buf) != string(got.buf) || !reflect.DeepEqual(lines.segs, got.segs) || lines.last != got.last {
			t.Fatalf("%q with a line table:\n got %q %v\nwant %q %v", body, lines.buf, lines.segs, got.buf, got.segs)
		}
	}
	want := newBuilder(0)
	goldmarkText(want, m, []byte(body))
	trimTrailingNewline(got)
	trimTrailingNewline(want)
	if string(got.buf) != string(want.buf) || !reflect.DeepEqual(got.segs, want.segs) || got.last != want.last {
		t.Fatalf("%q:\n got %q %v\nwant %q %v", body, got.buf, got.segs, want.buf, want.segs)
	}
	return true
}

var mdLines = []string{
	"", "", "", "The plain line of a paragraph.", "Another line, with “curly quotes” — and dashes.", "It cost $3 &amp; 5 &pound; &amp!x; today",
	"# A heading", "## Heading two", "###### Six", "####### Seven", "#NoSpace", "# ", "#", "# Trailing #", "# Ends with space ",
	"*Additional reporting by Priya Natarajan*", "*Reporting by A. B.*", "*x*", "* item", "** bold**", "*a* b", "*a*b*",
	"- item", "+ item", "1. one", "2) two", "12 monkeys", "2024. A year", "123", "> quote", "    code", "\tcode", " lead", "trail ",
	"two  spaces  inside", "hard break  ", "back\\slash", "`code`", "under_score", "[link](x)", "![img](x)", "<b>html</b>", "a < b",
	"===", "---", "***", "~~~", "```", "|a|b|", "(aside)", "\"quoted\"", "'single'", "é accented start", "\u00a0nbsp start",
	"crlf\r", "nul\x00", "x\x7f", "a=b", "a - b", "x #hash", "& alone", "&#8217;s", "caf\u0065\u0301", "1)", "1.",
}

func TestSimpleMarkdownMatchesGoldmark(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	taken := 0
	for range 30000 {
		var lines []string
		for n := r.IntN(8); n > 0; n-- {
			pool := mdLines
			if r.IntN(4) > 0 {
				pool = mdLines[:23] // mostly simple lines
			}
			lines = append(lines, pool[r.IntN(len(pool))])
		}
		body := strings.Join(lines, "\n")
		if r.IntN(2) == 0 {
			body += "\n"
		}
		if checkSimpleMarkdown(t, body) {
			taken++
		}
	}
	if taken < 3000 {
		t.Errorf("only %d of 30000 bodies read the simple way", taken)
	}
}

func FuzzSimpleMarkdown(f *testing.F) {
	f.Add("# Title\n\nA line.\nAnother.\n\n*Reporting by A.*\n")
	f.Add("Text &amp; more\n## Head\nNext")
	f.Fuzz(func(t *testing.T, body string) {
		checkSimpleMarkdown(t, body)
	})
}
