// Package report renders a checker.Report: a table for people, JSON for
// scripts. Renderers are pure functions of the sorted findings.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/factlint/factlint/checker"
)

// A Renderer writes a report in one format.
type Renderer func(w io.Writer, r *checker.Report) error

// Formats maps format names to renderers.
var Formats = map[string]Renderer{
	"table": Table,
	"json":  JSON,
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

// sanitize makes article text safe for a terminal: control characters,
// including escape sequences and bidi overrides, are shown as \u escapes.
func sanitize(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
