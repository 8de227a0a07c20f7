package checker

import (
	"fmt"

	"github.com/factlint/factlint/source"
)

// A Severity says how much a finding matters.
type Severity uint8

// Severities, from least to most serious.
const (
	SeverityInfo Severity = iota + 1
	SeverityWarning
	SeverityError
)

var severityNames = [...]string{SeverityInfo: "info", SeverityWarning: "warning", SeverityError: "error"}

func (s Severity) String() string {
	if s >= SeverityInfo && s <= SeverityError {
		return severityNames[s]
	}
	return fmt.Sprintf("Severity(%d)", s)
}

// ParseSeverity returns the severity named s.
func ParseSeverity(s string) (Severity, bool) {
	for i, n := range severityNames {
		if n != "" && n == s {
			return Severity(i), true
		}
	}
	return 0, false
}

// A Status is what became of a rule in one run.
type Status string

// Rule statuses, as the JSON report carries them.
const (
	StatusPass    Status = "pass"     // the rule had facts and found nothing
	StatusFail    Status = "fail"     // the rule found at least one conflict
	StatusNoFacts Status = "no-facts" // nothing in the corpus fed the rule
)

// A Report is the outcome of checking a corpus: findings sorted by rule file
// position, then source, line and column; and one result per rule.
type Report struct {
	Findings []Finding
	Rules    []RuleResult
	// Baselined counts the findings a baseline hid.
	Baselined int
}

// A RuleResult is one rule's status in a run.
type RuleResult struct {
	Name     string
	ID       string
	Severity Severity
	Status   Status
	Pos      source.Position // where the rule is declared
	Mentions int             // mentions the rule looked at
	Sources  int             // sources those mentions came from
	Values   []Value         // what the mentions said, most widely said first
}

// A Value is one way a rule's mentions were read, with the sources that
// said it: the standup table's "26 (3 sources), ≤25 (1 source)".
type Value struct {
	Value    string   // the reading ("26", "≤25"), or the text for mentions that are not numbers
	Sources  []string // the distinct sources, sorted
	Mentions int
}

// A Finding is one conflict, shaped like an analysis.Diagnostic: the rule
// that found it, a message, and every mention involved with its place.
type Finding struct {
	Rule     string
	RuleID   string
	Severity Severity
	Message  string
	RulePos  source.Position
	Mentions []Mention
}

// A Mention is one piece of evidence: where it is, what it says, how it was
// read, and whether it sides with the largest agreeing group.
type Mention struct {
	Source   string
	Pos, End source.Position
	Text     string
	Sentence string
	Reading  string // empty for mentions that are not numbers
	Agrees   bool

	// For annotations: Text's characters in the original file (code points
	// from 0, end excluded), the file's characters just before and after
	// it, and Text's byte offsets within Sentence (both zero when unknown).
	CharStart, CharEnd int
	Prefix, Suffix     string
	SentStart, SentEnd int
}

// FailsAt reports whether any finding is at or above severity s.
func (r *Report) FailsAt(s Severity) bool {
	for _, f := range r.Findings {
		if f.Severity >= s {
			return true
		}
	}
	return false
}
