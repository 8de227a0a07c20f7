package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/source"
)

// bigFinding is a finding of n mentions such as a one-story check of an
// archive makes: two mentions a source, most of them saying 26 and one in
// 29 one of six other values, with a message that lists every
// disagreeing mention, as the checker's messages do. dup more mentions
// repeat the first disagreeing one's place.
func bigFinding(n, dup int) checker.Finding {
	f := checker.Finding{Rule: "Death toll", RuleID: "death-toll", Severity: checker.SeverityError}
	var parts []string
	for i := range n {
		v := 26
		if i%29 == 3 {
			v = 27 + (i/29)%6
		}
		src := fmt.Sprintf("story/%04d.txt", i/2)
		line := 3 + 10*(i%2)
		m := checker.Mention{Source: src, Text: fmt.Sprintf("%d people", v), Sentence: fmt.Sprintf("At least %d people died.", v),
			Pos: source.Position{Filename: src, Line: line, Column: 10}, End: source.Position{Filename: src, Line: line, Column: 19},
			Reading: strconv.Itoa(v), Agrees: v == 26}
		f.Mentions = append(f.Mentions, m)
		if !m.Agrees {
			parts = append(parts, fmt.Sprintf("'%s' (%s:%d) says %d", m.Text, m.Source, line, v))
		}
	}
	for range dup {
		f.Mentions = append(f.Mentions, f.Mentions[3])
	}
	f.Message = fmt.Sprintf("%d mentions fit 26; %s; grouped: all are mentions of death_toll", n-len(parts), strings.Join(parts, "; "))
	return f
}

// TestSARIFMatchesPlain holds SARIF, which writes a result at a time and
// bounds related locations, to the bytes of the plain encoder it replaced
// (referenceSARIF) wherever no bound applies: every finding of at most
// maxRelated+1 mentions, or whose other mentions are at most maxRelated.
func TestSARIFMatchesPlain(t *testing.T) {
	seeds := seedsReport(t)
	rules := []checker.RuleResult{{Name: "Death toll", ID: "death-toll", Severity: checker.SeverityError, Status: checker.StatusFail,
		Pos: source.Position{Filename: "rules/toll.rules", Line: 3}}}
	atBound := bigFinding(maxRelated+1, 0)
	atBound.Message = shortMessage(atBound.Message)
	// 102 mentions, but the only flagged ones are two at one place: each
	// has maxRelated others.
	dups := bigFinding(maxRelated+1, 1)
	for j := range dups.Mentions {
		dups.Mentions[j].Agrees = j != 3 && j != maxRelated+1
	}
	dups.Message = shortMessage(dups.Message)
	tests := []struct {
		name   string
		report *checker.Report
	}{
		{"seeds", seeds},
		{"no findings", &checker.Report{Rules: rules}},
		{"no mentions", &checker.Report{Rules: rules, Findings: []checker.Finding{{Rule: "Death toll", RuleID: "death-toll", Message: "no source states it"}}}},
		{"unlisted rule", &checker.Report{Findings: []checker.Finding{{Rule: "R", RuleID: "r", Severity: checker.SeverityInfo, Message: "m",
			Mentions: []checker.Mention{{Source: "/abs/dir with space/a.txt", Text: "x"}}}}}},
		{"at the bound", &checker.Report{Rules: rules, Findings: []checker.Finding{atBound, seeds.Findings[0]}}},
		{"duplicate places", &checker.Report{Rules: rules, Findings: []checker.Finding{dups}}},
		{"html in text", &checker.Report{Rules: rules, Findings: []checker.Finding{{Rule: "<b>R</b>", RuleID: "death-toll", Message: `"a" & <b>`,
			Mentions: []checker.Mention{{Source: "a&b.txt", Text: "<i>26</i>", Pos: source.Position{Line: 1, Column: 1}, End: source.Position{Line: 1, Column: 9}}}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Options{Version: "v1.2.3", BaseDir: "/abs"}
			var got, want bytes.Buffer
			if err := SARIF(&got, tt.report, o); err != nil {
				t.Fatal(err)
			}
			if err := referenceSARIF(&want, tt.report, o); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("SARIF differs from the plain encoder:\n--- got\n%s\n--- want\n%s", got.String(), want.String())
			}
		})
	}
}

// TestSARIFBoundsRelated checks a finding of thousands of mentions: each
// result lists at most maxRelated related locations, among them every
// value said, in the finding's order; its message says how many more
// mentions there are and is cut to a bounded length; and the log is still
// valid SARIF 2.1.0.
func TestSARIFBoundsRelated(t *testing.T) {
	const n = 3000
	f := bigFinding(n, 2)
	rep := &checker.Report{Findings: []checker.Finding{f}}
	var b bytes.Buffer
	if err := SARIF(&b, rep, Options{Version: "1.0.0"}); err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := sarifSchemaFile(t).Validate(inst); err != nil {
		t.Fatalf("not valid SARIF 2.1.0: %v", err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine int }
					}
				}
				RelatedLocations []struct {
					ID      int
					Message struct{ Text string }
				}
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	results := log.Runs[0].Results
	if want := len(flagged(&f)); len(results) != want {
		t.Fatalf("%d results, want %d (one a flagged mention)", len(results), want)
	}
	// Each result costs a bounded number of bytes (about 600 a related
	// location, deep in the indent), not some for each of 3,000 mentions.
	if per := b.Len() / len(results); per > 80<<10 {
		t.Errorf("%d bytes a result", per)
	}
	for i, res := range results {
		loc := res.Locations[0].PhysicalLocation
		self := 0 // mentions at the result's own place, itself included
		for _, m := range f.Mentions {
			if m.Source == loc.ArtifactLocation.URI && m.Pos.Line == loc.Region.StartLine {
				self++
			}
		}
		rel := res.RelatedLocations
		if len(rel) != maxRelated {
			t.Fatalf("result %d: %d related locations, want %d", i, len(rel), maxRelated)
		}
		more := len(f.Mentions) - self - maxRelated
		wantMore := fmt.Sprintf(" (and %d more mentions not listed as related locations; see the JSON report)", more)
		if !strings.HasSuffix(res.Message.Text, wantMore) {
			t.Fatalf("result %d: message %q does not end %q", i, res.Message.Text, wantMore)
		}
		if len(res.Message.Text) > maxMessage+200 {
			t.Errorf("result %d: a message of %d bytes", i, len(res.Message.Text))
		}
		values := map[string]bool{}
		for k, r := range rel {
			if k > 0 && r.ID <= rel[k-1].ID {
				t.Fatalf("result %d: related ids %d then %d, want the finding's order", i, rel[k-1].ID, r.ID)
			}
			m := f.Mentions[r.ID-1]
			if m.Source == loc.ArtifactLocation.URI && m.Pos.Line == loc.Region.StartLine {
				t.Fatalf("result %d: its own place %d among its related locations", i, r.ID)
			}
			values[m.Reading] = true
		}
		for v := 26; v <= 32; v++ {
			if !values[strconv.Itoa(v)] {
				t.Errorf("result %d: no related location says %d", i, v)
			}
		}
	}
	if want := "(the JSON report has the whole message)"; !strings.Contains(results[0].Message.Text, want) {
		t.Errorf("message %q does not say %q", results[0].Message.Text, want)
	}
}

func TestShortMessage(t *testing.T) {
	long := strings.Repeat("x", maxMessage+1)
	parts := make([]string, 400)
	for i := range parts {
		parts[i] = fmt.Sprintf("'é%d' says %d", i, i)
	}
	listed := strings.Join(parts, "; ")
	tests := []struct {
		name, msg, want string // want: the message kept, then "…" and what replaces the rest
	}{
		{"short", "3 mentions fit 26; '27' (a.txt:3) says 27", "3 mentions fit 26; '27' (a.txt:3) says 27"},
		{"at the bound", long[1:], long[1:]},
		{"one long part", long, long[:maxMessage] + " … (the JSON report has the whole message)"},
		{"parts", listed, strings.Join(parts[:123], "; ") + "; … and 277 more (the JSON report has the whole message)"},
		{"multibyte at the cut", strings.Repeat("é", maxMessage), strings.Repeat("é", maxMessage/2) + " … (the JSON report has the whole message)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shortMessage(tt.msg); got != tt.want {
				t.Errorf("shortMessage = %q, want %q", got, tt.want)
			}
		})
	}
}
