// Package rules holds the bundled rule files: the default set used when no
// rule file is given, and examples such as the coalition rules for the seeds.
package rules

import "embed"

// FS holds every bundled *.rules file.
//
//go:embed *.rules
var FS embed.FS

// DefaultName is the bundled rule file used when none is given.
const DefaultName = "default.rules"
