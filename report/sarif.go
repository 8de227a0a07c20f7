package report

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"slices"

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

// maxRelated is how many related locations a result lists at most. GitHub
// code scanning keeps 100 locations of a result (it accepts 1,000), and a
// reader gets nothing from more; without a bound, a story of thousands of
// mentions made results times mentions related locations: a one-story
// check of a 30 MB archive, whose largest finding has 2,494 mentions, asked
// for 31 million of them and ran out of memory at 23 GB. A story checked
// per directory has at most about twenty mentions a finding and never
// reaches the bound.
const maxRelated = 100

// SARIF writes the report as SARIF 2.1.0 for code scanning. Each flagged
// mention of a finding (see flagged) is a result located at the mention,
// with the finding's other mentions as related locations: all of them up
// to maxRelated, else those that matter most (see relatedOrder) and a
// message that says how many more the JSON report has. A message longer
// than maxMessage is cut (see shortMessage). Rule ids are the rules'
// stable ids; columns count Unicode code points, as SARIF's columnKind
// says.
//
// Results are encoded and written one at a time, so memory holds one
// result, not the log. The bytes are those of encoding the whole log with
// encoding/json (TestSARIFMatchesPlain).
func SARIF(w io.Writer, r *checker.Report, o Options) error {
	run, index := sarifRunOf(r, o)

	// The log without results, cut where they go: "results" is the run's
	// last member, and a quote inside a string is escaped, so the last
	// `"results": []` is the run's.
	var head bytes.Buffer
	enc := json.NewEncoder(&head)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}}); err != nil {
		return err
	}
	const empty = `"results": []`
	cut := bytes.LastIndex(head.Bytes(), []byte(empty)) + len(empty) - len("]")
	bw := bufio.NewWriter(w)
	bw.Write(head.Bytes()[:cut])

	// Each result as encoding/json indents it as an element of the
	// results array, eight spaces in.
	const elem = "        "
	var buf bytes.Buffer
	renc := json.NewEncoder(&buf)
	renc.SetIndent(elem, "  ")
	renc.SetEscapeHTML(false)
	n := 0
	write := func(res *sarifResult) error {
		buf.Reset()
		if err := renc.Encode(res); err != nil {
			return err
		}
		if n > 0 {
			bw.WriteByte(',')
		}
		n++
		bw.WriteString("\n" + elem)
		_, err := bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return err
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		base := sarifResult{RuleID: f.RuleID, RuleIndex: index[f.RuleID], Level: sarifLevel(f.Severity), Message: sarifMessage{shortMessage(f.Message)},
			Locations: []sarifLocation{}}
		if len(f.Mentions) == 0 {
			base.PartialFingerprints = map[string]string{fingerprintKey: fingerprint(f.RuleID, f.Message)}
			if err := write(&base); err != nil {
				return err
			}
			continue
		}
		rel := newRelated(f, o)
		for _, m := range flagged(f) {
			res := base
			res.Locations = []sarifLocation{sarifLoc(&m, o, nil, nil)}
			res.PartialFingerprints = map[string]string{fingerprintKey: fingerprint(f.RuleID, relURI(m.Source, o.BaseDir), m.Text, m.Sentence)}
			var more int
			res.RelatedLocations, more = rel.of(&m)
			if more > 0 {
				res.Message.Text += fmt.Sprintf(" (and %d more mentions not listed as related locations; see the JSON report)", more)
			}
			if err := write(&res); err != nil {
				return err
			}
		}
	}
	if n > 0 {
		bw.WriteString("\n      ]")
	} else {
		bw.WriteString("]")
	}
	bw.Write(head.Bytes()[cut+len("]"):])
	return bw.Flush()
}

// sarifRunOf returns the run of r without its results, and each rule id's
// index in the run's rules: the report's rules, then the rules of findings
// it does not list, in the order of the findings.
func sarifRunOf(r *checker.Report, o Options) (sarifRun, map[string]int) {
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
		if _, ok := index[f.RuleID]; !ok { // a finding from a rule the report does not list
			index[f.RuleID] = len(run.Tool.Driver.Rules)
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{ID: f.RuleID, ShortDescription: sarifMessage{f.Rule},
				HelpURI: HelpURI, DefaultConfiguration: sarifConfig{sarifLevel(f.Severity)}})
		}
	}
	return run, index
}

// relatedMessage is the message of mention m as a related location.
func relatedMessage(m *checker.Mention) string {
	msg := fmt.Sprintf("%q reads %s", m.Text, reading(m))
	if m.Agrees {
		return msg + " (agrees)"
	}
	return msg + " (disagrees)"
}

// related makes the related locations of a finding's results.
type related struct {
	f     *checker.Finding
	o     Options
	order []int           // mention indices, those that matter most first (see relatedOrder)
	locs  []sarifLocation // by mention index, made when first listed
	made  []bool
	pick  []int // scratch: the mentions a result lists
}

func newRelated(f *checker.Finding, o Options) *related {
	rel := &related{f: f, o: o, locs: make([]sarifLocation, len(f.Mentions)), made: make([]bool, len(f.Mentions))}
	if len(f.Mentions) > maxRelated+1 { // else every result lists every other mention
		rel.order = relatedOrder(f.Mentions)
	}
	return rel
}

// of returns the related locations of the result at m — every other
// mention in the finding's order, or, past maxRelated, the maxRelated that
// come first in relatedOrder, still in the finding's order — and how many
// other mentions it leaves out. A mention at m's very place is not another
// mention.
func (rel *related) of(m *checker.Mention) ([]sarifLocation, int) {
	same := func(j int) bool {
		o := &rel.f.Mentions[j]
		return o.Source == m.Source && o.Pos == m.Pos && o.End == m.End
	}
	rel.pick = rel.pick[:0]
	others := 0
	if rel.order == nil {
		for j := range rel.f.Mentions {
			if !same(j) {
				rel.pick = append(rel.pick, j)
			}
		}
		others = len(rel.pick)
	} else {
		for _, j := range rel.order {
			if !same(j) {
				if len(rel.pick) < maxRelated {
					rel.pick = append(rel.pick, j)
				}
				others++
			}
		}
		slices.Sort(rel.pick)
	}
	var out []sarifLocation
	for _, j := range rel.pick {
		if !rel.made[j] {
			id := j + 1
			rel.locs[j] = sarifLoc(&rel.f.Mentions[j], rel.o, &id, &sarifMessage{relatedMessage(&rel.f.Mentions[j])})
			rel.made[j] = true
		}
		out = append(out, rel.locs[j])
	}
	return out, others - len(out)
}

// relatedOrder orders a finding's mentions by how much a reader of one
// result needs them as related locations: first a mention of each value
// said (its reading, or its text when it was not read as a number), so
// that every side of the conflict shows; then one of each source not yet
// shown, disagreeing mentions before agreeing ones; then the other
// disagreeing mentions; then the rest. Within each tier mentions keep the
// finding's order.
func relatedOrder(ms []checker.Mention) []int {
	order := make([]int, 0, len(ms))
	taken := make([]bool, len(ms))
	take := func(j int) {
		order = append(order, j)
		taken[j] = true
	}
	values := map[string]bool{}
	for j := range ms {
		v := ms[j].Reading
		if v == "" {
			v = "\x00" + ms[j].Text
		}
		if !values[v] {
			values[v] = true
			take(j)
		}
	}
	sources := map[string]bool{}
	for j := range ms {
		if taken[j] {
			sources[ms[j].Source] = true
		}
	}
	for _, agrees := range []bool{false, true} {
		for j := range ms {
			if !taken[j] && ms[j].Agrees == agrees && !sources[ms[j].Source] {
				sources[ms[j].Source] = true
				take(j)
			}
		}
	}
	for _, agrees := range []bool{false, true} {
		for j := range ms {
			if !taken[j] && ms[j].Agrees == agrees {
				take(j)
			}
		}
	}
	return order
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
