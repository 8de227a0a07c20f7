package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/factlint/factlint/checker"
)

// referenceSARIF is SARIF as it was written before results were bounded
// and streamed: the whole log built in memory, every other mention of a
// finding a related location of each of its results. TestSARIFMatchesPlain
// holds SARIF to its bytes wherever no bound applies.
func referenceSARIF(w io.Writer, r *checker.Report, o Options) error {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name: "factlint", Version: o.Version, InformationURI: "https://github.com/factlint/factlint",
			Rules: []sarifRule{},
		}},
		ColumnKind: "unicodeCodePoints",
		Results:    []sarifResult{},
	}
	index := map[string]int{}
	for _, res := range r.Rules {
		if _, ok := index[res.ID]; ok {
			continue
		}
		index[res.ID] = len(run.Tool.Driver.Rules)
		rule := sarifRule{ID: res.ID, ShortDescription: sarifMessage{res.Name}, HelpURI: HelpURI,
			DefaultConfiguration: sarifConfig{sarifLevel(res.Severity)}}
		if res.Pos.Filename != "" {
			rule.Properties = &sarifRuleDef{File: relURI(res.Pos.Filename, o.BaseDir), Line: res.Pos.Line}
		}
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, rule)
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		ri, ok := index[f.RuleID]
		if !ok { // a finding from a rule the report does not list
			ri = len(run.Tool.Driver.Rules)
			index[f.RuleID] = ri
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{ID: f.RuleID, ShortDescription: sarifMessage{f.Rule},
				HelpURI: HelpURI, DefaultConfiguration: sarifConfig{sarifLevel(f.Severity)}})
		}
		base := sarifResult{RuleID: f.RuleID, RuleIndex: ri, Level: sarifLevel(f.Severity), Message: sarifMessage{f.Message},
			Locations: []sarifLocation{}}
		if len(f.Mentions) == 0 {
			base.PartialFingerprints = map[string]string{fingerprintKey: fingerprint(f.RuleID, f.Message)}
			run.Results = append(run.Results, base)
			continue
		}
		for _, m := range flagged(f) {
			res := base
			res.Locations = []sarifLocation{sarifLoc(&m, o, nil, nil)}
			res.PartialFingerprints = map[string]string{fingerprintKey: fingerprint(f.RuleID, relURI(m.Source, o.BaseDir), m.Text, m.Sentence)}
			for j, other := range f.Mentions {
				if other.Source == m.Source && other.Pos == m.Pos && other.End == m.End {
					continue
				}
				id := j + 1
				msg := fmt.Sprintf("%q reads %s", other.Text, reading(&other))
				if other.Agrees {
					msg += " (agrees)"
				} else {
					msg += " (disagrees)"
				}
				res.RelatedLocations = append(res.RelatedLocations, sarifLoc(&other, o, &id, &sarifMessage{msg}))
			}
			run.Results = append(run.Results, res)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}
