package report

import (
	"encoding/json"
	"io"

	"github.com/factlint/factlint/checker"
)

// referenceSARIF is SARIF as it was written before results were bounded
// and streamed: the whole log built in memory, every other mention of a
// finding a related location of each of its results. TestSARIFMatchesPlain
// holds SARIF to its bytes wherever no bound applies.
func referenceSARIF(w io.Writer, r *checker.Report, o Options) error {
	run, index := sarifRunOf(r, o)
	for i := range r.Findings {
		f := &r.Findings[i]
		ri := index[f.RuleID]
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
				res.RelatedLocations = append(res.RelatedLocations, sarifLoc(&other, o, &id, &sarifMessage{relatedMessage(&other)}))
			}
			run.Results = append(run.Results, res)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}
