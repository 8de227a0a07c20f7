package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/source"
)

// TestSARIFSchema validates SARIF output against the SARIF 2.1.0 JSON schema
// (testdata/sarif-schema-2.1.0.json, the OASIS errata01 schema as embedded
// in github.com/owenrumney/go-sarif): on the seeds, and on a report with
// no findings, whose results must still be present.
func TestSARIFSchema(t *testing.T) {
	schema := sarifSchemaFile(t)
	seeds := seedsReport(t)
	empty := &checker.Report{Rules: []checker.RuleResult{{Name: "Quiet rule", ID: "quiet-rule", Severity: checker.SeverityWarning, Status: checker.StatusPass}}}
	unplaced := &checker.Report{Findings: []checker.Finding{{Rule: "R", RuleID: "r", Severity: checker.SeverityInfo, Message: "m",
		Mentions: []checker.Mention{{Source: "/abs/dir with space/a.txt", Text: "x"}}}}}
	tests := []struct {
		name        string
		report      *checker.Report
		wantResults int
	}{
		{"seeds", seeds, 6}, // one result per disagreeing mention
		{"no findings", empty, 0},
		{"no positions", unplaced, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := SARIF(&b, tt.report, Options{Version: "1.0.0"}); err != nil {
				t.Fatal(err)
			}
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			if err := schema.Validate(inst); err != nil {
				t.Fatalf("not valid SARIF 2.1.0: %v\n%s", err, b.String())
			}
			var log struct {
				Runs []struct {
					Results *[]json.RawMessage `json:"results"`
				} `json:"runs"`
			}
			if err := json.Unmarshal(b.Bytes(), &log); err != nil {
				t.Fatal(err)
			}
			if len(log.Runs) != 1 || log.Runs[0].Results == nil {
				t.Fatalf("want one run with results present, got %s", b.String())
			}
			if got := len(*log.Runs[0].Results); got != tt.wantResults {
				t.Errorf("%d results, want %d", got, tt.wantResults)
			}
		})
	}
}

// sarifSchemaFile compiles the SARIF 2.1.0 JSON schema in testdata.
func sarifSchemaFile(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open("testdata/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return schema
}

// TestJSONSelectors checks each mention's W3C selectors against the
// original file: the characters [start, end) are the exact text, prefix
// ends right before it and suffix starts right after it.
func TestJSONSelectors(t *testing.T) {
	rep := seedsReport(t)
	var b bytes.Buffer
	if err := JSON(&b, rep, Options{}); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Findings []struct {
			Mentions []struct {
				Source   string `json:"source"`
				Text     string `json:"text"`
				Selector []struct {
					Type   string `json:"type"`
					Exact  string `json:"exact"`
					Prefix string `json:"prefix"`
					Suffix string `json:"suffix"`
					Start  int    `json:"start"`
					End    int    `json:"end"`
				} `json:"selector"`
			} `json:"mentions"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range out.Findings {
		for _, m := range f.Mentions {
			n++
			src, err := os.ReadFile(m.Source)
			if err != nil {
				t.Fatal(err)
			}
			chars := []rune(string(src))
			if len(m.Selector) != 2 || m.Selector[0].Type != "TextQuoteSelector" || m.Selector[1].Type != "TextPositionSelector" {
				t.Fatalf("%s %q: selectors %+v", m.Source, m.Text, m.Selector)
			}
			q, p := m.Selector[0], m.Selector[1]
			if got := string(chars[p.Start:p.End]); got != m.Text || q.Exact != m.Text {
				t.Errorf("%s: characters [%d,%d) are %q, exact %q, want %q", m.Source, p.Start, p.End, got, q.Exact, m.Text)
			}
			if q.Prefix == "" || !strings.HasSuffix(string(chars[:p.Start]), q.Prefix) {
				t.Errorf("%s %q: prefix %q does not end right before the text", m.Source, m.Text, q.Prefix)
			}
			if q.Suffix == "" || !strings.HasPrefix(string(chars[p.End:]), q.Suffix) {
				t.Errorf("%s %q: suffix %q does not start right after the text", m.Source, m.Text, q.Suffix)
			}
		}
	}
	if n == 0 {
		t.Fatal("no mentions to check")
	}
}

// hostile is a report whose article text carries markup, workflow-command
// syntax, table syntax and control characters.
func hostile() *checker.Report {
	sentence := "In a call <script>document.title='pwned'</script> leaders of 12 nations <img src=x onerror=\"window.pwned=1\"> met | ok"
	m := checker.Mention{
		Source: "docs/evil, file:1.txt", Pos: source.Position{Line: 1, Column: 54}, End: source.Position{Line: 1, Column: 64},
		Text: "12 nations", Sentence: sentence, Reading: "12 ]]> &\x01",
		SentStart: strings.Index(sentence, "12 nations"), SentEnd: strings.Index(sentence, "12 nations") + len("12 nations"),
	}
	return &checker.Report{
		Findings: []checker.Finding{{Rule: "Count <b>agrees</b>, 100%: yes", RuleID: "count-agrees", Severity: checker.SeverityWarning,
			Message: "line one\r\nline two 50% <script>alert(1)</script> | *x*", Mentions: []checker.Mention{m}}},
		Rules: []checker.RuleResult{{Name: "Count <b>agrees</b>, 100%: yes", ID: "count-agrees", Severity: checker.SeverityWarning, Status: checker.StatusFail,
			Values: []checker.Value{{Value: "12", Sources: []string{m.Source}, Mentions: 1}}}},
	}
}

func TestGitHubEscaping(t *testing.T) {
	var b bytes.Buffer
	if err := GitHub(&b, hostile(), Options{}); err != nil {
		t.Fatal(err)
	}
	want := "::warning file=docs/evil%2C file%3A1.txt,line=1,col=54,endLine=1,endColumn=64,title=Count <b>agrees</b>%2C 100%25%3A yes::line one%0D%0Aline two 50%25 <script>alert(1)</script> | *x*\n"
	if got := b.String(); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestMarkdownEscaping(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, hostile(), Options{}); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, bad := range []string{"<script>", "<b>", "\r", "line one\n"} {
		if strings.Contains(got, bad) {
			t.Errorf("markdown contains %q:\n%s", bad, got)
		}
	}
	for _, want := range []string{"&lt;script&gt;", "\\| \\*x\\*", "line one line two"} {
		if !strings.Contains(got, want) {
			t.Errorf("markdown lacks %q:\n%s", want, got)
		}
	}
}

func TestHTMLEscaping(t *testing.T) {
	var b bytes.Buffer
	if err := HTML(&b, hostile(), Options{}); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, bad := range []string{"<script>document", "<script>alert", "<img", "<b>agrees"} {
		if strings.Contains(got, bad) {
			t.Errorf("html contains %q unescaped", bad)
		}
	}
	if n := strings.Count(got, "<script>"); n != 1 {
		t.Errorf("html has %d <script> elements, want only its own", n)
	}
	if !strings.Contains(got, "<mark>12 nations</mark>") {
		t.Error("the mention is not highlighted")
	}
	for _, asset := range []string{"http://", "https://", "src=\"", "href=\"", "<link"} {
		if strings.Contains(got, asset) {
			t.Errorf("html refers to something outside itself: %q", asset)
		}
	}
}

func TestJUnitWellFormed(t *testing.T) {
	for name, rep := range map[string]*checker.Report{"hostile": hostile(), "seeds": seedsReport(t)} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := JUnit(&b, rep, Options{}); err != nil {
				t.Fatal(err)
			}
			var doc junitSuites
			if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
				t.Fatalf("not well-formed XML: %v\n%s", err, b.String())
			}
			if doc.Tests != len(rep.Rules) {
				t.Errorf("%d tests, want one per rule: %d", doc.Tests, len(rep.Rules))
			}
			failures := 0
			for _, s := range doc.Suites {
				for _, c := range s.Cases {
					failures += len(c.Failures)
				}
			}
			if failures != len(rep.Findings) {
				t.Errorf("%d failure elements, want one per finding: %d", failures, len(rep.Findings))
			}
		})
	}
}

func TestHighlight(t *testing.T) {
	tests := []struct {
		name                string
		m                   checker.Mention
		before, mark, after string
	}{
		{"offsets", checker.Mention{Sentence: "a 26 b 26 c", Text: "26", SentStart: 7, SentEnd: 9}, "a 26 b ", "26", " c"},
		{"no offsets: found by text", checker.Mention{Sentence: "a 26 b", Text: "26"}, "a ", "26", " b"},
		{"bad offsets", checker.Mention{Sentence: "a “26” b", Text: "26", SentStart: 3, SentEnd: 40}, "a “", "26", "” b"},
		{"offsets inside a character", checker.Mention{Sentence: "a “26” b", Text: "26", SentStart: 3, SentEnd: 6}, "a “", "26", "” b"},
		{"text not in sentence", checker.Mention{Sentence: "a b", Text: "26"}, "a b", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, m, a := highlight(&tt.m)
			if b != tt.before || m != tt.mark || a != tt.after {
				t.Errorf("got %q %q %q, want %q %q %q", b, m, a, tt.before, tt.mark, tt.after)
			}
		})
	}
}
