package report

import (
	"encoding/json"
	"io"

	"github.com/factlint/factlint/checker"
)

// SchemaVersion is the version of the JSON report's shape. Fields are only
// ever added within a version.
const SchemaVersion = 1

type jsonReport struct {
	SchemaVersion int           `json:"schema_version"`
	Findings      []jsonFinding `json:"findings"`
	Rules         []jsonRule    `json:"rules"`
}

type jsonFinding struct {
	Rule     string        `json:"rule"`
	RuleID   string        `json:"rule_id"`
	Severity string        `json:"severity"`
	Message  string        `json:"message"`
	Mentions []jsonMention `json:"mentions"`
}

type jsonMention struct {
	Source    string `json:"source"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Text      string `json:"text"`
	Reading   string `json:"reading,omitempty"`
	Agrees    bool   `json:"agrees"`
	Sentence  string `json:"sentence"`
}

type jsonRule struct {
	Name     string `json:"name"`
	ID       string `json:"id"`
	Severity string `json:"severity"`
	Status   string `json:"status"`
	Mentions int    `json:"mentions"`
	Sources  int    `json:"sources"`
}

// JSON writes the report as one JSON object, the contract in DESIGN.md:
// {"findings": [...], "rules": [...]} plus schema_version.
func JSON(w io.Writer, r *checker.Report) error {
	out := jsonReport{SchemaVersion: SchemaVersion, Findings: []jsonFinding{}, Rules: []jsonRule{}}
	for _, f := range r.Findings {
		jf := jsonFinding{Rule: f.Rule, RuleID: f.RuleID, Severity: f.Severity.String(), Message: f.Message, Mentions: []jsonMention{}}
		for _, m := range f.Mentions {
			jf.Mentions = append(jf.Mentions, jsonMention{
				Source: m.Source, Line: m.Pos.Line, Column: m.Pos.Column,
				EndLine: m.End.Line, EndColumn: m.End.Column,
				Text: m.Text, Reading: m.Reading, Agrees: m.Agrees, Sentence: m.Sentence,
			})
		}
		out.Findings = append(out.Findings, jf)
	}
	for _, res := range r.Rules {
		out.Rules = append(out.Rules, jsonRule{Name: res.Name, ID: res.ID, Severity: res.Severity.String(), Status: string(res.Status), Mentions: res.Mentions, Sources: res.Sources})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
