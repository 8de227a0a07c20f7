package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/factlint/factlint/checker"
)

// SchemaVersion is the version of the JSON report's shape. Fields are only
// ever added within a version.
const SchemaVersion = 1

type jsonFinding struct {
	Rule     string        `json:"rule"`
	RuleID   string        `json:"rule_id"`
	Severity string        `json:"severity"`
	Message  string        `json:"message"`
	RuleFile string        `json:"rule_file,omitempty"`
	RuleLine int           `json:"rule_line,omitempty"`
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
	// Selector is a W3C Web Annotation selector list for the mention's text
	// in its source: a TextQuoteSelector and a TextPositionSelector; left
	// out when the mention's place in the file is not known.
	Selector []any `json:"selector,omitempty"`
}

// textQuoteSelector is the W3C Web Annotation TextQuoteSelector: the exact
// text and the text just before and after it.
type textQuoteSelector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact"`
	Prefix string `json:"prefix"`
	Suffix string `json:"suffix"`
}

// textPositionSelector is the W3C Web Annotation TextPositionSelector:
// characters of the original file from 0, end excluded.
type textPositionSelector struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type jsonRule struct {
	Name     string      `json:"name"`
	ID       string      `json:"id"`
	Severity string      `json:"severity"`
	Status   string      `json:"status"`
	Mentions int         `json:"mentions"`
	Sources  int         `json:"sources"`
	Values   []jsonValue `json:"values"`
}

type jsonValue struct {
	Value    string   `json:"value"`
	Sources  []string `json:"sources"`
	Mentions int      `json:"mentions"`
}

// JSON writes the report as one JSON object, the contract in DESIGN.md:
// {"schema_version": 1, "findings": [...], "rules": [...]}.
func JSON(w io.Writer, r *checker.Report, opts Options) error {
	return newJSONStream(w, opts).Close(r)
}

// jsonStream writes the JSON report a finding at a time: findings come
// first and the rules last, so a run over an archive can write each story's
// findings as soon as they are known. The bytes are those of encoding the
// whole object with a two-space indent.
type jsonStream struct {
	bw *bufio.Writer
	n  int // findings written
}

func newJSONStream(w io.Writer, _ Options) Stream {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "{\n  \"schema_version\": %d,\n  \"findings\": ", SchemaVersion)
	return &jsonStream{bw: bw}
}

func (s *jsonStream) Add(fs []checker.Finding) error {
	for _, f := range fs {
		if s.n == 0 {
			s.bw.WriteString("[\n    ")
		} else {
			s.bw.WriteString(",\n    ")
		}
		if err := encodeIndented(s.bw, jsonFindingOf(f), "    "); err != nil {
			return err
		}
		s.n++
	}
	return nil
}

func (s *jsonStream) Close(r *checker.Report) error {
	if err := s.Add(r.Findings); err != nil {
		return err
	}
	bw := s.bw
	if s.n == 0 {
		bw.WriteString("[]")
	} else {
		bw.WriteString("\n  ]")
	}
	rules := []jsonRule{}
	for _, res := range r.Rules {
		jr := jsonRule{Name: res.Name, ID: res.ID, Severity: res.Severity.String(), Status: string(res.Status),
			Mentions: res.Mentions, Sources: res.Sources, Values: []jsonValue{}}
		for _, v := range res.Values {
			jr.Values = append(jr.Values, jsonValue{Value: v.Value, Sources: v.Sources, Mentions: v.Mentions})
		}
		rules = append(rules, jr)
	}
	bw.WriteString(",\n  \"rules\": ")
	if err := encodeIndented(bw, rules, "  "); err != nil {
		return err
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// encodeIndented writes v as indented JSON whose lines after the first
// start with prefix, without HTML escaping or a final newline.
func encodeIndented(w *bufio.Writer, v any, prefix string) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	return err
}

func jsonFindingOf(f checker.Finding) jsonFinding {
	jf := jsonFinding{Rule: f.Rule, RuleID: f.RuleID, Severity: f.Severity.String(), Message: f.Message,
		RuleFile: f.RulePos.Filename, RuleLine: f.RulePos.Line, Mentions: []jsonMention{}}
	for _, m := range f.Mentions {
		jm := jsonMention{
			Source: m.Source, Line: m.Pos.Line, Column: m.Pos.Column,
			EndLine: m.End.Line, EndColumn: m.End.Column,
			Text: m.Text, Reading: m.Reading, Agrees: m.Agrees, Sentence: m.Sentence,
		}
		if m.CharEnd > m.CharStart {
			jm.Selector = []any{
				textQuoteSelector{Type: "TextQuoteSelector", Exact: m.Text, Prefix: m.Prefix, Suffix: m.Suffix},
				textPositionSelector{Type: "TextPositionSelector", Start: m.CharStart, End: m.CharEnd},
			}
		}
		jf.Mentions = append(jf.Mentions, jm)
	}
	return jf
}
