package report

import (
	"bufio"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/factlint/factlint/checker"
)

// SchemaVersion is the version of the JSON report's shape. Fields are only
// ever added within a version.
const SchemaVersion = 1

// JSON writes the report as one JSON object, the contract in DESIGN.md:
// {"schema_version": 1, "findings": [...], "rules": [...]}.
//
// The bytes are those encoding/json writes for the object with a two-space
// indent and no HTML escaping; they are written by hand, a finding at a
// time, so a report of thousands of findings over an archive is never held
// twice in memory. Encoding with encoding/json and then indenting was a
// third of the time a check of a generated archive spent after extracting
// facts. TestJSONMatchesEncodingJSON holds the two to the same bytes.
func JSON(w io.Writer, r *checker.Report, opts Options) error {
	return newJSONStream(w, opts).Close(r)
}

// jsonStream writes the JSON report a finding at a time: findings come
// first and the rules last, so a run over an archive can write each story's
// findings as soon as the story is checked.
type jsonStream struct {
	bw *bufio.Writer
	o  jsonOut
	n  int // findings written
}

func newJSONStream(w io.Writer, _ Options) Stream {
	s := &jsonStream{bw: bufio.NewWriter(w)}
	s.o.b = append(s.o.b, "{\n  \"schema_version\": "...)
	s.o.b = strconv.AppendInt(s.o.b, SchemaVersion, 10)
	s.o.b = append(s.o.b, ",\n  \"findings\": "...)
	return s
}

func (s *jsonStream) Add(fs []checker.Finding) error {
	o := &s.o
	o.prefix = "    "
	for _, f := range fs {
		if s.n == 0 {
			o.b = append(o.b, "[\n    "...)
		} else {
			o.b = append(o.b, ",\n    "...)
		}
		s.n++
		o.finding(f)
		if len(o.b) > 32<<10 {
			if _, err := s.bw.Write(o.b); err != nil {
				return err
			}
			o.b = o.b[:0]
		}
	}
	return nil
}

func (s *jsonStream) Close(r *checker.Report) error {
	if err := s.Add(r.Findings); err != nil {
		return err
	}
	o := &s.o
	if s.n == 0 {
		o.b = append(o.b, "[]"...)
	} else {
		o.b = append(o.b, "\n  ]"...)
	}
	o.b = append(o.b, ",\n  \"rules\": "...)
	o.prefix = "  "
	o.rules(r.Rules)
	o.b = append(o.b, "\n}\n"...)
	if _, err := s.bw.Write(o.b); err != nil {
		return err
	}
	return s.bw.Flush()
}

// A jsonOut writes indented JSON: every line after the first of a value
// starts with prefix and two spaces per level.
type jsonOut struct {
	b      []byte
	prefix string
}

// line starts a new line at depth. The indent is cut from a run of
// spaces: appending two spaces a level was a third of writing a report.
func (o *jsonOut) line(depth int) {
	o.b = append(o.b, '\n')
	o.b = append(o.b, o.prefix...)
	if n := 2 * depth; n <= len(indent) {
		o.b = append(o.b, indent[:n]...)
		return
	}
	for range depth {
		o.b = append(o.b, "  "...)
	}
}

// indent is the spaces of the deepest line a report writes, and more.
const indent = "                "

// key starts a member of an object at depth: a new line, the name and the
// colon. first is false for every member but the first, which follows
// the object's opening brace.
func (o *jsonOut) key(depth int, first bool, name string) {
	if !first {
		o.b = append(o.b, ',')
	}
	o.line(depth)
	o.b = append(o.b, '"')
	o.b = append(o.b, name...)
	o.b = append(o.b, `": `...)
}

func (o *jsonOut) str(depth int, first bool, name, v string) {
	o.key(depth, first, name)
	o.b = appendJSONString(o.b, v)
}

func (o *jsonOut) int(depth int, first bool, name string, v int) {
	o.key(depth, first, name)
	o.b = strconv.AppendInt(o.b, int64(v), 10)
}

// finding writes a finding as an object at depth 0.
func (o *jsonOut) finding(f checker.Finding) {
	o.b = append(o.b, '{')
	o.str(1, true, "rule", f.Rule)
	o.str(1, false, "rule_id", f.RuleID)
	o.str(1, false, "severity", f.Severity.String())
	o.str(1, false, "message", f.Message)
	if f.RulePos.Filename != "" {
		o.str(1, false, "rule_file", f.RulePos.Filename)
	}
	if f.RulePos.Line != 0 {
		o.int(1, false, "rule_line", f.RulePos.Line)
	}
	o.key(1, false, "mentions")
	if len(f.Mentions) == 0 {
		o.b = append(o.b, "[]"...)
	} else {
		o.b = append(o.b, '[')
		for i, m := range f.Mentions {
			if i > 0 {
				o.b = append(o.b, ',')
			}
			o.line(2)
			o.mention(m)
		}
		o.line(1)
		o.b = append(o.b, ']')
	}
	o.line(0)
	o.b = append(o.b, '}')
}

// mention writes a mention as an object at depth 2. Its selector is a W3C
// Web Annotation selector list for the mention's text in its source: a
// TextQuoteSelector (the exact text and the text just before and after
// it) and a TextPositionSelector (characters of the original file from 0,
// end excluded); left out when the mention's place in the file is not
// known.
func (o *jsonOut) mention(m checker.Mention) {
	o.b = append(o.b, '{')
	o.str(3, true, "source", m.Source)
	o.int(3, false, "line", m.Pos.Line)
	o.int(3, false, "column", m.Pos.Column)
	o.int(3, false, "end_line", m.End.Line)
	o.int(3, false, "end_column", m.End.Column)
	o.str(3, false, "text", m.Text)
	if m.Reading != "" {
		o.str(3, false, "reading", m.Reading)
	}
	o.key(3, false, "agrees")
	o.b = strconv.AppendBool(o.b, m.Agrees)
	o.str(3, false, "sentence", m.Sentence)
	if m.CharEnd > m.CharStart {
		o.key(3, false, "selector")
		o.b = append(o.b, '[')
		o.line(4)
		o.b = append(o.b, '{')
		o.str(5, true, "type", "TextQuoteSelector")
		o.str(5, false, "exact", m.Text)
		o.str(5, false, "prefix", m.Prefix)
		o.str(5, false, "suffix", m.Suffix)
		o.line(4)
		o.b = append(o.b, "},"...)
		o.line(4)
		o.b = append(o.b, '{')
		o.str(5, true, "type", "TextPositionSelector")
		o.int(5, false, "start", m.CharStart)
		o.int(5, false, "end", m.CharEnd)
		o.line(4)
		o.b = append(o.b, '}')
		o.line(3)
		o.b = append(o.b, ']')
	}
	o.line(2)
	o.b = append(o.b, '}')
}

// rules writes the rules' results as an array at depth 0.
func (o *jsonOut) rules(rules []checker.RuleResult) {
	if len(rules) == 0 {
		o.b = append(o.b, "[]"...)
		return
	}
	o.b = append(o.b, '[')
	for i, res := range rules {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.line(1)
		o.b = append(o.b, '{')
		o.str(2, true, "name", res.Name)
		o.str(2, false, "id", res.ID)
		o.str(2, false, "severity", res.Severity.String())
		o.str(2, false, "status", string(res.Status))
		o.int(2, false, "mentions", res.Mentions)
		o.int(2, false, "sources", res.Sources)
		o.key(2, false, "values")
		if len(res.Values) == 0 {
			o.b = append(o.b, "[]"...)
		} else {
			o.b = append(o.b, '[')
			for k, v := range res.Values {
				if k > 0 {
					o.b = append(o.b, ',')
				}
				o.line(3)
				o.b = append(o.b, '{')
				o.str(4, true, "value", v.Value)
				o.key(4, false, "sources")
				switch {
				case v.Sources == nil:
					o.b = append(o.b, "null"...)
				case len(v.Sources) == 0:
					o.b = append(o.b, "[]"...)
				default:
					o.b = append(o.b, '[')
					for j, s := range v.Sources {
						if j > 0 {
							o.b = append(o.b, ',')
						}
						o.line(5)
						o.b = appendJSONString(o.b, s)
					}
					o.line(4)
					o.b = append(o.b, ']')
				}
				o.int(4, false, "mentions", v.Mentions)
				o.line(3)
				o.b = append(o.b, '}')
			}
			o.line(2)
			o.b = append(o.b, ']')
		}
		o.line(1)
		o.b = append(o.b, '}')
	}
	o.line(0)
	o.b = append(o.b, ']')
}

const hexDigits = "0123456789abcdef"

// jsonPlain tells the bytes a JSON string holds as they are: ASCII but
// control characters, the quote and the backslash.
var jsonPlain = func() (t [256]bool) {
	for b := ' '; b < utf8.RuneSelf; b++ {
		t[b] = b != '"' && b != '\\'
	}
	return t
}()

// appendJSONString appends s as a JSON string the way encoding/json writes
// it without HTML escaping: invalid UTF-8 becomes U+FFFD, control
// characters, U+2028 and U+2029 are escaped.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		// The bytes written as they are, by a loop of their own through
		// a table: a report is mostly its mentions' sentences.
		for i < len(s) && jsonPlain[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		if b := s[i]; b < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
