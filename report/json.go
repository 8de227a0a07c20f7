package report

import (
	"bufio"
	"encoding/binary"
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

// The line starts of a finding, which Add writes with the prefix "    ":
// a new line, the prefix and two spaces a level. finding and mention
// write each member's line start, name and colon as one constant: a few
// appends a member were a third of writing a report (with jsonPlain8,
// BenchmarkJSONStream 69.0 -> 32.2 M instructions, GOGC=off).
const (
	fl0 = "\n    "
	fl1 = fl0 + "  "
	fl2 = fl1 + "  "
	fl3 = fl2 + "  "
	fl4 = fl3 + "  "
	fl5 = fl4 + "  "
)

// finding writes a finding as an object at depth 0, after the prefix Add
// sets.
func (o *jsonOut) finding(f checker.Finding) {
	o.b = append(o.b, "{"+fl1+`"rule": `...)
	o.b = appendJSONString(o.b, f.Rule)
	o.b = append(o.b, ","+fl1+`"rule_id": `...)
	o.b = appendJSONString(o.b, f.RuleID)
	o.b = append(o.b, ","+fl1+`"severity": `...)
	o.b = appendJSONString(o.b, f.Severity.String())
	o.b = append(o.b, ","+fl1+`"message": `...)
	o.b = appendJSONString(o.b, f.Message)
	if f.RulePos.Filename != "" {
		o.b = append(o.b, ","+fl1+`"rule_file": `...)
		o.b = appendJSONString(o.b, f.RulePos.Filename)
	}
	if f.RulePos.Line != 0 {
		o.b = append(o.b, ","+fl1+`"rule_line": `...)
		o.b = strconv.AppendInt(o.b, int64(f.RulePos.Line), 10)
	}
	o.b = append(o.b, ","+fl1+`"mentions": `...)
	if len(f.Mentions) == 0 {
		o.b = append(o.b, "[]"...)
	} else {
		o.b = append(o.b, "["+fl2...)
		for i := range f.Mentions {
			if i > 0 {
				o.b = append(o.b, ","+fl2...)
			}
			o.mention(&f.Mentions[i])
		}
		o.b = append(o.b, fl1+"]"...)
	}
	o.b = append(o.b, fl0+"}"...)
}

// mention writes a mention as an object at depth 2 of a finding. Its
// selector is a W3C Web Annotation selector list for the mention's text in
// its source: a TextQuoteSelector (the exact text and the text just before
// and after it) and a TextPositionSelector (characters of the original
// file from 0, end excluded); left out when the mention's place in the
// file is not known.
func (o *jsonOut) mention(m *checker.Mention) {
	o.b = append(o.b, "{"+fl3+`"source": `...)
	o.b = appendJSONString(o.b, m.Source)
	o.b = append(o.b, ","+fl3+`"line": `...)
	o.b = strconv.AppendInt(o.b, int64(m.Pos.Line), 10)
	o.b = append(o.b, ","+fl3+`"column": `...)
	o.b = strconv.AppendInt(o.b, int64(m.Pos.Column), 10)
	o.b = append(o.b, ","+fl3+`"end_line": `...)
	o.b = strconv.AppendInt(o.b, int64(m.End.Line), 10)
	o.b = append(o.b, ","+fl3+`"end_column": `...)
	o.b = strconv.AppendInt(o.b, int64(m.End.Column), 10)
	o.b = append(o.b, ","+fl3+`"text": `...)
	o.b = appendJSONString(o.b, m.Text)
	if m.Reading != "" {
		o.b = append(o.b, ","+fl3+`"reading": `...)
		o.b = appendJSONString(o.b, m.Reading)
	}
	if m.Agrees {
		o.b = append(o.b, ","+fl3+`"agrees": true,`+fl3+`"sentence": `...)
	} else {
		o.b = append(o.b, ","+fl3+`"agrees": false,`+fl3+`"sentence": `...)
	}
	o.b = appendJSONString(o.b, m.Sentence)
	if m.CharEnd > m.CharStart {
		o.b = append(o.b, ","+fl3+`"selector": [`+fl4+"{"+fl5+`"type": "TextQuoteSelector",`+fl5+`"exact": `...)
		o.b = appendJSONString(o.b, m.Text)
		o.b = append(o.b, ","+fl5+`"prefix": `...)
		o.b = appendJSONString(o.b, m.Prefix)
		o.b = append(o.b, ","+fl5+`"suffix": `...)
		o.b = appendJSONString(o.b, m.Suffix)
		o.b = append(o.b, fl4+"},"+fl4+"{"+fl5+`"type": "TextPositionSelector",`+fl5+`"start": `...)
		o.b = strconv.AppendInt(o.b, int64(m.CharStart), 10)
		o.b = append(o.b, ","+fl5+`"end": `...)
		o.b = strconv.AppendInt(o.b, int64(m.CharEnd), 10)
		o.b = append(o.b, fl4+"}"+fl3+"]"...)
	}
	o.b = append(o.b, fl2+"}"...)
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

// jsonPlain8 reports whether the eight bytes of x are all jsonPlain: ASCII
// from the space on, neither a quote nor a backslash. For each test, a
// byte is below n when (b - n) borrows with its top bit clear, and is n
// when b^n is below 1; the borrows from a byte that passes cannot make a
// byte that fails pass, nor the other way round unless a byte below fails
// already. FuzzJSONPlain8 holds it to the table.
func jsonPlain8(x uint64) bool {
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	below := func(x uint64, n byte) uint64 { return (x - ones*uint64(n)) &^ x }
	q, bs := x^(ones*'"'), x^(ones*'\\')
	return (x|below(x, 0x20)|below(q, 1)|below(bs, 1))&tops == 0
}

// appendJSONString appends s as a JSON string the way encoding/json writes
// it without HTML escaping: invalid UTF-8 becomes U+FFFD, control
// characters, U+2028 and U+2029 are escaped.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		// The bytes written as they are, by a loop of their own: eight
		// at a time while all eight are plain (jsonPlain8), then through
		// a table. A report is mostly its mentions' sentences.
		for i+8 <= len(s) && jsonPlain8(binary.LittleEndian.Uint64([]byte(s[i:i+8]))) {
			i += 8
		}
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
