package report

import (
	"io"

	"github.com/factlint/factlint/checker"
)

// A Stream writes a report whose findings come a story at a time, so that
// a run over an archive holds one story's findings, not the archive's.
type Stream interface {
	// Add writes findings after those already written.
	Add(fs []checker.Finding) error
	// Close writes r's findings after those added (a baseline's stale
	// entries, say) and r's rules, and flushes.
	Close(r *checker.Report) error
}

// Streams maps the formats that can be written a story at a time to their
// writers. Formats whose beginning depends on every finding (the table's
// sorting and widths, SARIF's and JUnit's counts, HTML's filters) are not
// here: their reports are built whole.
var Streams = map[string]func(w io.Writer, opts Options) Stream{
	"json": newJSONStream,
}
