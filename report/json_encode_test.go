package report

// TestJSONMatchesEncodingJSON holds the hand-written JSON report to the bytes
// encoding/json writes; the encoding/json version is kept here as the
// reference.

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/source"
)

func TestJSONMatchesEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	odd := []string{"", "a", "Zelenskyy", " ", "\"", "\\", "<b>&</b>", "\n", "\r", "\t", "\b", "\f", "\x00", "\x1f", "\x7f",
		"é", "’", "\u2028", "\u2029", "\xff", "\xe2\x80", "日本", "\U0001F600", "26 nations", "≤25"}
	str := func() string {
		var b strings.Builder
		for k := r.IntN(6); k > 0; k-- {
			b.WriteString(odd[r.IntN(len(odd))])
		}
		return b.String()
	}
	for n := range 300 {
		rep := &checker.Report{}
		findings := r.IntN(4)
		if n%100 == 0 {
			findings = 500 // more than one buffer's worth
		}
		for range findings {
			f := checker.Finding{Rule: str(), RuleID: str(), Severity: checker.Severity(r.IntN(5)), Message: str()}
			if r.IntN(2) == 0 {
				f.RulePos = source.Position{Filename: str(), Line: r.IntN(3)}
			}
			for range r.IntN(4) {
				m := checker.Mention{Source: str(), Pos: source.Position{Line: r.IntN(100), Column: r.IntN(9)},
					End: source.Position{Line: r.IntN(100), Column: r.IntN(9)}, Text: str(), Sentence: str(), Reading: str(),
					Agrees: r.IntN(2) == 0, Prefix: str(), Suffix: str()}
				if r.IntN(3) > 0 {
					m.CharStart, m.CharEnd = r.IntN(50), r.IntN(50)
				}
				f.Mentions = append(f.Mentions, m)
			}
			rep.Findings = append(rep.Findings, f)
		}
		for range r.IntN(4) {
			res := checker.RuleResult{Name: str(), ID: str(), Severity: checker.Severity(r.IntN(5)), Status: checker.Status(str()),
				Mentions: r.IntN(9), Sources: r.IntN(9)}
			for range r.IntN(4) {
				v := checker.Value{Value: str(), Mentions: r.IntN(5)}
				switch r.IntN(3) {
				case 0:
				case 1:
					v.Sources = []string{}
				default:
					for range 1 + r.IntN(3) {
						v.Sources = append(v.Sources, str())
					}
				}
				res.Values = append(res.Values, v)
			}
			rep.Rules = append(rep.Rules, res)
		}
		var got, want bytes.Buffer
		if err := JSON(&got, rep, Options{}); err != nil {
			t.Fatal(err)
		}
		if err := referenceJSON(&want, rep); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("report %d: JSON wrote\n%s\nwant\n%s", n, got.Bytes(), want.Bytes())
		}
	}
}

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

// referenceJSON is JSON as it was written with encoding/json.
func referenceJSON(w io.Writer, r *checker.Report) error {
	// Findings are encoded one at a time, so a report of thousands of
	// findings over an archive is never held twice in memory. The bytes are
	// those of encoding the whole object with a two-space indent.
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "{\n  \"schema_version\": %d,\n  \"findings\": ", SchemaVersion)
	if len(r.Findings) == 0 {
		bw.WriteString("[]")
	}
	for i, f := range r.Findings {
		if i == 0 {
			bw.WriteString("[\n    ")
		} else {
			bw.WriteString(",\n    ")
		}
		if err := encodeIndented(bw, jsonFindingOf(f), "    "); err != nil {
			return err
		}
	}
	if len(r.Findings) > 0 {
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

// FuzzJSONString holds appendJSONString to encoding/json without HTML
// escaping.
func FuzzJSONString(f *testing.F) {
	f.Add("The “River” said \"no\"\\ \n\t\x00\x7f é \u2028\xff\xe2\x80")
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		if got := appendJSONString(nil, s); !bytes.Equal(got, bytes.TrimSuffix(want.Bytes(), []byte("\n"))) {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want.Bytes())
		}
	})
}

// BenchmarkJSONStream writes 2,000 findings of four mentions each, as a
// run over an archive does, a story's findings at a time.
func BenchmarkJSONStream(b *testing.B) {
	sentence := "Leaders of the 26 nations met on a virtual call with military chiefs on Tuesday, the prime minister’s office said."
	var stories [][]checker.Finding
	for s := range 200 {
		var fs []checker.Finding
		for k := range 10 {
			f := checker.Finding{Rule: "Counts of the same thing agree across sources", RuleID: "counts-of-the-same-thing-agree-across-sources",
				Severity: checker.SeverityError, Message: fmt.Sprintf("3 mentions fit 26; '25 countries' (00%d_bbc.txt:%d) says 25; grouped: count of nations", s, k),
				RulePos: source.Position{Filename: "rules/default.rules", Line: 2}}
			for m := range 4 {
				f.Mentions = append(f.Mentions, checker.Mention{Source: fmt.Sprintf("/dev/shm/c100/story-%04d/00%d_outlet.txt", s, m),
					Pos: source.Position{Line: 10 + m, Column: 5}, End: source.Position{Line: 10 + m, Column: 17}, Text: "26 nations",
					Sentence: sentence, Reading: "26", Agrees: m != 2, CharStart: 400 + m, CharEnd: 410 + m, Prefix: "Leaders of the ", Suffix: " met on a virtual"})
			}
			fs = append(fs, f)
		}
		stories = append(stories, fs)
	}
	b.ReportAllocs()
	for b.Loop() {
		s := newJSONStream(io.Discard, Options{})
		for _, fs := range stories {
			if err := s.Add(fs); err != nil {
				b.Fatal(err)
			}
		}
		if err := s.Close(&checker.Report{}); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzJSONPlain8 holds jsonPlain8 to the table it reads eight bytes of.
func FuzzJSONPlain8(f *testing.F) {
	edges := []byte{0, 1, 0x1f, ' ', '!', '"', '#', '[', '\\', ']', 'a', 0x7e, 0x7f, 0x80, 0x81, 0xa2, 0xdc, 0xff}
	r := rand.New(rand.NewPCG(11, 12))
	for range 64 {
		var b [8]byte
		for i := range b {
			b[i] = edges[r.IntN(len(edges))]
		}
		f.Add(binary.LittleEndian.Uint64(b[:]))
	}
	f.Fuzz(func(t *testing.T, x uint64) {
		check := func(x uint64) {
			var b [8]byte
			binary.LittleEndian.PutUint64(b[:], x)
			want := true
			for _, c := range b {
				want = want && jsonPlain[c]
			}
			if got := jsonPlain8(x); got != want {
				t.Fatalf("jsonPlain8(% x) = %v, want %v", b, got, want)
			}
		}
		check(x)
		// Each byte of x in turn set to each edge: one odd byte amid
		// the rest, at every place.
		for i := range 8 {
			for _, e := range edges {
				check(x&^(0xff<<(8*i)) | uint64(e)<<(8*i))
			}
		}
	})
}

func TestJSONPlain8(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	plain := []byte("The 26 nations’ leaders met. ")
	for range 200_000 {
		var b [8]byte
		for i := range b {
			switch r.IntN(4) {
			case 0:
				b[i] = byte(r.IntN(256))
			default:
				b[i] = plain[r.IntN(len(plain))]
			}
		}
		x := binary.LittleEndian.Uint64(b[:])
		want := true
		for _, c := range b {
			want = want && jsonPlain[c]
		}
		if got := jsonPlain8(x); got != want {
			t.Fatalf("jsonPlain8(% x) = %v, want %v", b, got, want)
		}
	}
}
