package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"

	"github.com/factlint/factlint/checker"
)

// The SARIF 2.1.0 objects factlint writes. The encoder is kept small and
// leaves out every optional property it has nothing for; a test validates
// its output against the 2.1.0 JSON schema.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool       sarifTool     `json:"tool"`
		ColumnKind string        `json:"columnKind"`
		Results    []sarifResult `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string        `json:"id"`
		ShortDescription     sarifMessage  `json:"shortDescription"`
		HelpURI              string        `json:"helpUri"`
		DefaultConfiguration sarifConfig   `json:"defaultConfiguration"`
		Properties           *sarifRuleDef `json:"properties,omitempty"`
	}
	sarifConfig struct {
		Level string `json:"level"`
	}
	// sarifRuleDef says where the rule is declared, in a property bag.
	sarifRuleDef struct {
		File string `json:"factlint/ruleFile"`
		Line int    `json:"factlint/ruleLine"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifMessage      `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
	}
	sarifLocation struct {
		ID               *int          `json:"id,omitempty"`
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
		Message          *sarifMessage `json:"message,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           *sarifRegion  `json:"region,omitempty"`
	}
	sarifArtifact struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine   int           `json:"startLine"`
		StartColumn int           `json:"startColumn"`
		EndLine     int           `json:"endLine"`
		EndColumn   int           `json:"endColumn"`
		Snippet     *sarifMessage `json:"snippet,omitempty"`
	}
)

const sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// fingerprintKey names factlint's partial fingerprint; bump the version if
// what goes into it changes.
const fingerprintKey = "factlintMention/v1"

// SARIF writes the report as SARIF 2.1.0 for code scanning. Each flagged
// mention of a finding (see flagged) is a result located at the mention,
// with the finding's other mentions as related locations. Rule ids are the
// rules' stable ids; columns count Unicode code points, as SARIF's
// columnKind says.
func SARIF(w io.Writer, r *checker.Report, o Options) error {
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

func sarifLoc(m *checker.Mention, o Options, id *int, msg *sarifMessage) sarifLocation {
	var reg *sarifRegion // nil when the position is unknown: the whole file
	if m.Pos.Line > 0 {
		reg = &sarifRegion{StartLine: m.Pos.Line, StartColumn: m.Pos.Column, EndLine: m.End.Line, EndColumn: m.End.Column}
		if m.Text != "" {
			reg.Snippet = &sarifMessage{m.Text}
		}
	}
	return sarifLocation{ID: id, Message: msg, PhysicalLocation: sarifPhysical{
		ArtifactLocation: sarifArtifact{URI: relURI(m.Source, o.BaseDir)}, Region: reg}}
}

func sarifLevel(s checker.Severity) string {
	switch s {
	case checker.SeverityError:
		return "error"
	case checker.SeverityWarning:
		return "warning"
	}
	return "note"
}

// fingerprint hashes what identifies a mention whatever line it moves to.
func fingerprint(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
