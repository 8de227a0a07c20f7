package facts

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"gopkg.in/yaml.v3"

	"github.com/factlint/factlint/source"
)

// frontMatter is the YAML block at the head of a Markdown article.
type frontMatter struct {
	Outlet    string `yaml:"outlet"`
	URL       string `yaml:"url"`
	Published string `yaml:"published"`
	Title     string `yaml:"title"`
	Author    string `yaml:"author"`
}

// loadMarkdown renders a Markdown article to plain text: one paragraph per
// block (heading, paragraph, list item, block quote line), emphasis, links
// and code marks removed, backslash escapes and entities decoded. Offsets
// map back to the Markdown source. YAML front matter fills Meta.
func loadMarkdownString(name, src string, plain bool) (*Document, error) {
	body := 0
	var fm frontMatter
	if start, end, found := findFrontMatter(src); found {
		var ok bool
		if fm, ok = simpleFrontMatter(src[start:end]); !ok {
			fm = frontMatter{}
			var node yaml.Node
			if err := yaml.Unmarshal([]byte(src[start:end]), &node); err != nil {
				return nil, yamlError(name, src, start, err)
			}
			if err := node.Decode(&fm); err != nil {
				return nil, yamlError(name, src, start, err)
			}
		}
		body = skipFrontMatterEnd(src, end)
	}
	m := identity(src[body:], body)
	var b builder
	b.init(len(m.text))
	b.plain = plain
	var starts []int
	if plain {
		// The file's line table, made now, gives simpleMarkdown the ends
		// of the body's lines: finding them again with IndexByte was a
		// twentieth of loading an article (BenchmarkLoadCorpus/md 11.08 M
		// -> 10.55 M instructions, GOGC=off). unchanged: no CR.
		b.file = source.NewFileLF(name, src)
		starts = b.file.LineStarts()
		for len(starts) > 0 && starts[0] < body {
			starts = starts[1:]
		}
	}
	if !simpleMarkdown(&b, m, starts, body) {
		goldmarkText(&b, m, []byte(m.text))
	}
	trimTrailingNewline(&b)
	d := b.document(name, src)
	d.Meta = Meta{Outlet: fm.Outlet, URL: fm.URL, Published: fm.Published, Title: fm.Title, Author: fm.Author}
	return d, nil
}

// goldmarkText appends the text of the Markdown body (m, whose bytes are
// src) as goldmark parses it.
func goldmarkText(b *builder, m *mapped, src []byte) {
	p := mdParsers.Get().(parser.Parser)
	doc := p.Parse(text.NewReader(src))
	mdParsers.Put(p)
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.Text:
			if entering {
				seg := n.Segment
				if n.IsRaw() {
					b.text(m, seg.Start, seg.Stop)
				} else {
					inlineText(b, m, seg.Start, seg.Stop, true)
				}
				if n.SoftLineBreak() || n.HardLineBreak() {
					b.synth(" ")
				}
			}
		case *ast.String:
			// Made by extensions only; not used.
		case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock, *ast.RawHTML, *ast.Image:
			return ast.WalkSkipChildren, nil
		default:
			if n.Type() == ast.TypeBlock && !entering && n.FirstChild() != nil && n.FirstChild().Type() == ast.TypeInline {
				paragraphBreak(b)
			}
		}
		return ast.WalkContinue, nil
	})
}

// simpleMarkdown appends the text of the Markdown body m the way
// goldmarkText would, when m is simple: every line empty, an ATX heading, a
// line of a paragraph, or a paragraph of one whole emphasised line ("*Additional
// reporting by …*"), with no character that starts any other Markdown
// construct (no list, quote, code, HTML, link, escape, hard break, tab or CR).
// For such a body goldmark makes one text node a line, with a soft line break
// between the lines of a paragraph, and so the same calls on b are made here.
// It returns false, having appended nothing, for any other body. goldmark was
// 70% of loading a simple article (27 MB per CPU-second);
// TestSimpleMarkdownMatchesGoldmark and FuzzSimpleMarkdown check the two
// agree.
//
// starts, when not nil, are the starts of m.text's lines, less base (a
// file's line table from m's first line: File.LineStarts): the lines' ends
// are taken from them rather than looked for.
func simpleMarkdown(b *builder, m *mapped, starts []int, base int) bool {
	s := m.text
	// First check every line, then emit: nothing is appended unless the
	// whole body is simple.
	// The kinds of the lines are kept for the second pass: classifying each
	// line twice was a tenth of loading a Markdown article.
	// So are the lines' ends, and what mdLineKind saw of their text: a line
	// of ASCII without "&" is appended without looking at it again (which
	// took BenchmarkLoadCorpus/md from 15.2 M to 13.0 M instructions).
	kinds := make([]uint8, 0, 128)
	ends := make([]int, 0, 128)
	prevBlank, prevEm := true, false
	for i := 0; i < len(s); {
		var e int
		switch n := len(ends) + 1; {
		case starts == nil:
			if e = strings.IndexByte(s[i:], '\n'); e < 0 {
				e = len(s)
			} else {
				e += i
			}
		case n < len(starts):
			e = starts[n] - base - 1
		default:
			e = len(s)
		}
		line := s[i:e]
		kind, seen := mdLineKind(line)
		kinds = append(kinds, uint8(kind)|seen<<4)
		ends = append(ends, e)
		switch {
		case kind == mdBad:
			return false
		case kind == mdEm:
			if !prevBlank {
				return false // an emphasised line only as a paragraph of its own
			}
			prevBlank, prevEm = false, true
		case kind == mdText:
			if prevEm {
				return false
			}
			prevBlank = false
		default: // blank or heading: ends any paragraph
			prevBlank, prevEm = true, false
		}
		i = e + 1
	}
	// The lines' text holds no "\\" (mdSeen refuses it), so inlineText
	// need not look for escapes.
	inline := func(start, end int, seen uint8) {
		switch {
		case seen&mdAmp != 0:
			inlineText(b, m, start, end, false)
		case seen&mdNonASCII == 0:
			b.textPlain(m, start, end)
		default:
			b.text(m, start, end) // what inlineText does without "&"
		}
	}
	inPara := false
	for n, i := 0, 0; i < len(s); n++ {
		e := ends[n]
		line := s[i:e]
		seen := kinds[n] >> 4
		switch kinds[n] & 0xf {
		case mdBlank:
			if inPara {
				paragraphBreak(b)
				inPara = false
			}
		case mdHeading:
			if inPara {
				paragraphBreak(b)
				inPara = false
			}
			h := strings.IndexByte(line, ' ') + 1
			inline(i+h, e, seen)
			paragraphBreak(b)
		case mdEm:
			inline(i+1, e-1, seen)
			inPara = true
		case mdText:
			if inPara {
				b.synth(" ") // the soft line break ending the line before
			}
			inline(i, e, seen)
			inPara = true
		}
		i = e + 1
	}
	if inPara {
		paragraphBreak(b)
	}
	return true
}

// Kinds of line in simple Markdown.
const (
	mdBad     = iota // not simple
	mdBlank          // empty
	mdHeading        // "# " to "###### " and plain text
	mdText           // plain text, a line of a paragraph
	mdEm             // "*plain text*"
)

// mdLineKind classifies a line of a Markdown body for simpleMarkdown, and
// says what mdSeen saw of the line's text: mdAmp and mdNonASCII.
func mdLineKind(line string) (int, uint8) {
	if line == "" {
		return mdBlank, 0
	}
	switch c := line[0]; {
	case c == '#':
		h := 0
		for h < len(line) && line[h] == '#' {
			h++
		}
		if h > 6 || h+1 >= len(line) || line[h] != ' ' {
			return mdBad, 0
		}
		t := line[h+1:]
		if t[0] == ' ' || strings.IndexByte(t, '#') >= 0 {
			return mdBad, 0
		}
		seen, ok := mdSeen(t)
		if !ok {
			return mdBad, 0
		}
		return mdHeading, seen
	case c == '*':
		if len(line) < 3 || line[len(line)-1] != '*' {
			return mdBad, 0
		}
		t := line[1 : len(line)-1]
		if !isASCIIAlnum(t[0]) || !(isASCIIAlnum(t[len(t)-1]) || t[len(t)-1] == '.') {
			return mdBad, 0
		}
		seen, ok := mdSeen(t)
		if !ok {
			return mdBad, 0
		}
		return mdEm, seen
	case c >= '0' && c <= '9':
		// Not an ordered list item: digits, then "." or ")" and a space or
		// the end of the line.
		d := 0
		for d < len(line) && line[d] >= '0' && line[d] <= '9' {
			d++
		}
		if d < len(line) && (line[d] == '.' || line[d] == ')') && (d+1 == len(line) || line[d+1] == ' ') {
			return mdBad, 0
		}
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= utf8.RuneSelf, c == '"', c == '\'', c == '(':
	default:
		return mdBad, 0
	}
	seen, ok := mdSeen(line)
	if !ok {
		return mdBad, 0
	}
	return mdText, seen
}

// What mdSeen reports of text besides its being plain.
const (
	mdAmp      = 2 // an "&"
	mdNonASCII = 4 // a byte of 0x80 or above
)

// mdSeen reports whether t is plain text to simple Markdown: not empty,
// not ending in a space, and without a byte that may start Markdown syntax
// or is a control character (see mdStop); and if so, the or of mdAmp and
// mdNonASCII for what t holds.
func mdSeen(t string) (uint8, bool) {
	if t == "" || t[len(t)-1] == ' ' {
		return 0, false
	}
	// Eight bytes a test, the table's entries or-ed: the loop a byte at a
	// time was a quarter of loading a Markdown article; this takes
	// BenchmarkLoadCorpus/md from 23.9 M to 19.4 M instructions.
	var seen uint8
	for ; len(t) >= 8; t = t[8:] {
		seen |= mdStop[t[0]] | mdStop[t[1]] | mdStop[t[2]] | mdStop[t[3]] |
			mdStop[t[4]] | mdStop[t[5]] | mdStop[t[6]] | mdStop[t[7]]
		if seen&1 != 0 {
			return 0, false
		}
	}
	for i := range len(t) {
		seen |= mdStop[t[i]]
	}
	return seen, seen&1 == 0
}

// mdStop is 1 for the bytes mdSeen refuses (a table: a switch was a
// quarter of loading a Markdown article), and for the others what mdSeen
// reports of them.
var mdStop = func() (t [256]uint8) {
	for c := range 0x20 {
		t[c] = 1
	}
	for _, c := range []byte("\\`*_[]!<\x7f") {
		t[c] = 1
	}
	t['&'] = mdAmp
	for c := 0x80; c < 0x100; c++ {
		t[c] = mdNonASCII
	}
	return t
}()

// isASCIIAlnum reports whether c is an ASCII letter or digit.
func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// mdParsers holds goldmark parsers for reuse: building one allocates about
// 7 KB and its tables took a tenth of loading a short article. A parser keeps
// no state between documents, so one is reused by one goroutine at a time.
var mdParsers = sync.Pool{New: func() any { return goldmark.New().Parser() }}

// paragraphBreak ends the current paragraph of b's text, once.
func paragraphBreak(b *builder) {
	for len(b.buf) > 0 && b.buf[len(b.buf)-1] == ' ' {
		b.trim()
	}
	if len(b.buf) > 0 && !b.endsWith("\n") {
		b.synth("\n")
	}
}

// findFrontMatter returns the YAML between a leading "---" line and the next
// "---" or "..." line.
func findFrontMatter(src string) (start, end int, ok bool) {
	src0 := src
	if !strings.HasPrefix(src, "---") {
		return 0, 0, false
	}
	nl := strings.IndexByte(src, '\n')
	if nl < 0 || strings.TrimSpace(src[3:nl]) != "" {
		return 0, 0, false
	}
	start = nl + 1
	for i := start; i < len(src0); {
		j := strings.IndexByte(src0[i:], '\n')
		line := src0[i:]
		if j >= 0 {
			line = src0[i : i+j]
		}
		l := strings.TrimRight(line, " \t\r")
		if l == "---" || l == "..." {
			return start, i, true
		}
		if j < 0 {
			break
		}
		i += j + 1
	}
	return 0, 0, false
}

// simpleFrontMatter reads the front matter y when it is a simple YAML
// mapping, as nearly all are: one "key: value" a line, each key once, each
// value plain or double-quoted without escapes, all in printable characters
// that need no decoding. ok is false for anything else, which yaml.v3 reads.
// The YAML parser was a fifth of loading a Markdown article; for the lines
// accepted here it gives the same values (and no error), which
// TestSimpleFrontMatterMatchesYAML and FuzzSimpleFrontMatter check.
func simpleFrontMatter(y string) (fm frontMatter, ok bool) {
	if len(y) == 0 || strings.IndexByte(y, '\r') >= 0 {
		return fm, false
	}
	var seen [8]string // keys read so far; more than eight goes to yaml.v3
	n := 0
	for line := range strings.Lines(y) {
		line = strings.TrimSuffix(line, "\n")
		if len(line) == 0 {
			continue
		}
		key, val, found := strings.Cut(line, ":")
		if !found || !simpleKey(key) || n == len(seen) {
			return fm, false
		}
		for _, k := range seen[:n] {
			if k == key {
				return fm, false
			}
		}
		seen[n] = key
		n++
		v, ok := simpleValue(val)
		if !ok {
			return fm, false
		}
		switch seen[n-1] {
		case "outlet":
			fm.Outlet = v
		case "url":
			fm.URL = v
		case "published":
			fm.Published = v
		case "title":
			fm.Title = v
		case "author":
			fm.Author = v
		}
	}
	return fm, n > 0
}

// simpleKey reports whether k is a lower-case word YAML reads as a string.
func simpleKey(k string) bool {
	if len(k) == 0 || len(k) > 64 || k[0] < 'a' || k[0] > 'z' {
		return false
	}
	for i := range len(k) {
		if c := k[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	switch k {
	case "null", "true", "false":
		return false
	}
	return true
}

// simpleValue decodes what follows "key:" on a line of simple front matter:
// nothing (null, read as ""), a plain scalar, or a double-quoted string
// without escapes.
func simpleValue(v string) (string, bool) {
	if len(v) == 0 {
		return "", true
	}
	if v[0] != ' ' {
		return "", false
	}
	v = strings.TrimLeft(v, " ")
	if len(v) == 0 {
		return "", true
	}
	if v[0] == '"' {
		end := strings.IndexByte(v[1:], '"') + 1
		if end == 0 || len(strings.TrimRight(v[end+1:], " ")) != 0 {
			return "", false
		}
		in := v[1:end]
		if strings.IndexByte(in, '\\') >= 0 || !yamlPrintable(in) {
			return "", false
		}
		return in, true
	}
	v = strings.TrimRight(v, " ")
	if c := v[0]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') || !yamlPrintable(v) {
		return "", false
	}
	for i := range len(v) {
		switch c := v[i]; {
		case c == '#' || c == '\t':
			return "", false
		case c == ':' && (i+1 == len(v) || v[i+1] == ' '):
			return "", false
		}
	}
	switch v {
	case "null", "Null", "NULL":
		return "", true
	}
	return v, true
}

// yamlPrintable reports whether s is valid UTF-8 of characters YAML reads as
// printable and not a line break: no control characters, tab, NEL, line or
// paragraph separator, byte-order mark, surrogate, noncharacter or character
// beyond the Basic Multilingual Plane (yaml.v3 rejects those).
func yamlPrintable(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c > 0x7e {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || r < 0xa0 || r > 0xd7ff && r < 0xe000 || r > 0xfffd || r == 0xfeff || r == 0x2028 || r == 0x2029 {
			return false
		}
		i += size
	}
	return true
}

// skipFrontMatterEnd returns the offset after the closing line that starts
// at end.
func skipFrontMatterEnd(src string, end int) int {
	if j := strings.IndexByte(src[end:], '\n'); j >= 0 {
		return end + j + 1
	}
	return len(src)
}

func yamlError(name, src string, start int, err error) error {
	f := source.NewFileString(name, src)
	pos := f.Position(start)
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	return &source.Error{Pos: pos, Code: source.CodeInput, Msg: "front matter: " + msg}
}

// inlineText appends m.text[start:end], decoding character references
// ("&amp;") and, in Markdown, backslash escapes ("\*").
func inlineText(b *builder, m *mapped, start, end int, markdown bool) {
	s := m.text
	i := start
	for j := start; j < end; {
		// Only "&" and, in Markdown, "\\" start anything: jump to the next.
		k := strings.IndexByte(s[j:end], '&')
		if k < 0 {
			k = end
		} else {
			k += j
		}
		if markdown {
			if e := strings.IndexByte(s[j:k], '\\'); e >= 0 {
				k = j + e
			}
		}
		if j = k; j >= end {
			break
		}
		switch c := s[j]; {
		case c == '&':
			if n, dec := entityAt(s[j:end]); n > 0 {
				b.text(m, i, j)
				b.decoded(m, j, j+n, dec)
				j += n
				i = j
				continue
			}
		case c == '\\' && markdown && j+1 < end && isASCIIPunct(s[j+1]):
			b.text(m, i, j)
			b.decoded(m, j, j+2, s[j+1:j+2])
			j += 2
			i = j
			continue
		}
		j++
	}
	b.text(m, i, end)
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}
