package facts

import (
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/factlint/factlint/source"
)

// A jsonNode is a decoded JSON value that remembers where each string came
// from, so text taken from a JSON string maps back to the characters inside
// it in the original file.
type jsonNode struct {
	obj   []jsonField // an object's members in order; not nil for an object
	arr   []*jsonNode
	str   *mapped // a string's decoded value
	other any     // numbers, booleans, null
}

// A jsonField is a member of a JSON object. An object is read as a slice of
// them, not a map: get looks through a few keys faster than a map is built
// (with the tree's nodes taken from slabs, see jsonParser, this took
// BenchmarkLoadCorpus/html from 19.18 M to 18.45 M instructions, json
// from 4.80 M to 4.59 M, GOGC=off).
type jsonField struct {
	key string
	val *jsonNode
}

// parseJSON decodes the JSON text m.text[start:end].
func parseJSON(m *mapped, start, end int) (*jsonNode, error) {
	src := m.text[start:end]
	if n, ok := parseJSONFast(m, src, start); ok {
		return n, nil
	}
	return parseJSONDecoder(m, start, end)
}

// parseJSONDecoder is parseJSON by encoding/json's tokens.
func parseJSONDecoder(m *mapped, start, end int) (*jsonNode, error) {
	src := m.text[start:end]
	dec := json.NewDecoder(strings.NewReader(src))
	dec.UseNumber()
	n, err := parseJSONValue(dec, m, src, start)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("unexpected data after the top-level value")
	}
	return n, nil
}

func parseJSONValue(dec *json.Decoder, m *mapped, src string, base int) (*jsonNode, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	return parseJSONToken(tok, dec, m, src, base)
}

func parseJSONToken(tok json.Token, dec *json.Decoder, m *mapped, src string, base int) (*jsonNode, error) {
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			n := &jsonNode{obj: []jsonField{}}
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				key, _ := k.(string)
				v, err := parseJSONValue(dec, m, src, base)
				if err != nil {
					return nil, err
				}
				n.obj = append(n.obj, jsonField{key, v})
			}
			_, err := dec.Token()
			return n, err
		case '[':
			n := &jsonNode{arr: []*jsonNode{}}
			for dec.More() {
				v, err := parseJSONValue(dec, m, src, base)
				if err != nil {
					return nil, err
				}
				n.arr = append(n.arr, v)
			}
			_, err := dec.Token()
			return n, err
		}
	case string:
		end := int(dec.InputOffset()) - 1 // the closing quote
		start := openingQuote(src, end)
		return &jsonNode{str: decodeJSONString(m, src, base, start+1, end)}, nil
	}
	return &jsonNode{other: tok}, nil
}

// parseJSONFast parses src, which starts at offset base of m, into the same
// tree as the json.Decoder path, without its per-token allocations (it was
// two thirds of loading a ninjs document). ok is false when src is not
// valid JSON, or nests deeper than jsonFastDepth, or has an object key with
// an escape or invalid UTF-8 (which json decodes): the decoder path then
// gives the tree or the exact error. TestParseJSONFastMatchesDecoder and
// FuzzParseJSONFast compare the two.
func parseJSONFast(m *mapped, src string, base int) (*jsonNode, bool) {
	p := jsonParser{m: m, src: src, base: base}
	n, ok := p.value()
	if !ok {
		return nil, false
	}
	p.space()
	return n, p.i == len(src)
}

// jsonFastDepth is the deepest nesting parseJSONFast reads; encoding/json's
// own limit is far deeper, so deeper input goes to it.
const jsonFastDepth = 1000

// A jsonParser reads JSON text for parseJSONFast.
type jsonParser struct {
	m     *mapped
	src   string
	base  int
	i     int // the next byte to read
	depth int

	// The tree's nodes, members, elements and strings are taken from
	// slabs, a few allocations a document rather than several a value
	// (a JSON-LD script of a page had some forty); fields and elems are
	// the members and elements of the objects and arrays being read.
	nodes   []jsonNode
	members []jsonField
	ptrs    []*jsonNode
	strs    []mapped
	runs    []run
	fields  []jsonField
	elems   []*jsonNode
}

// take returns the next n elements of the slab *s, starting a new one
// when it has not room for them; not nil, even when n is 0 (an empty
// object or array is not a missing one).
func take[T any](s *[]T, n int) []T {
	if *s == nil || cap(*s)-len(*s) < n {
		*s = make([]T, 0, max(n, 16))
	}
	k := len(*s)
	*s = (*s)[:k+n]
	return (*s)[k : k+n : k+n]
}

// node returns a new node from the slab.
func (p *jsonParser) node() *jsonNode { return &take(&p.nodes, 1)[0] }

// space skips JSON white space.
func (p *jsonParser) space() {
	for p.i < len(p.src) {
		switch p.src[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// next skips white space and returns the next byte, or 0 at the end.
func (p *jsonParser) next() byte {
	p.space()
	if p.i < len(p.src) {
		return p.src[p.i]
	}
	return 0
}

// value reads a JSON value; ok is false when parseJSONFast declines.
func (p *jsonParser) value() (*jsonNode, bool) {
	switch c := p.next(); {
	case c == '{':
		if p.depth++; p.depth > jsonFastDepth {
			return nil, false
		}
		p.i++
		n := p.node()
		if p.next() == '}' {
			p.i++
			p.depth--
			n.obj = take(&p.members, 0)
			return n, true
		}
		mark := len(p.fields)
		for {
			if p.next() != '"' {
				return nil, false
			}
			start, end, ok := p.str()
			if !ok {
				return nil, false
			}
			key := p.src[start+1 : end]
			if strings.IndexByte(key, '\\') >= 0 || !utf8.ValidString(key) || p.next() != ':' {
				return nil, false
			}
			p.i++
			v, ok := p.value()
			if !ok {
				return nil, false
			}
			p.fields = append(p.fields, jsonField{key, v})
			switch p.next() {
			case ',':
				p.i++
			case '}':
				p.i++
				p.depth--
				n.obj = take(&p.members, len(p.fields)-mark)
				copy(n.obj, p.fields[mark:])
				p.fields = p.fields[:mark]
				return n, true
			default:
				return nil, false
			}
		}
	case c == '[':
		if p.depth++; p.depth > jsonFastDepth {
			return nil, false
		}
		p.i++
		n := p.node()
		if p.next() == ']' {
			p.i++
			p.depth--
			n.arr = take(&p.ptrs, 0)
			return n, true
		}
		mark := len(p.elems)
		for {
			v, ok := p.value()
			if !ok {
				return nil, false
			}
			p.elems = append(p.elems, v)
			switch p.next() {
			case ',':
				p.i++
			case ']':
				p.i++
				p.depth--
				n.arr = take(&p.ptrs, len(p.elems)-mark)
				copy(n.arr, p.elems[mark:])
				p.elems = p.elems[:mark]
				return n, true
			default:
				return nil, false
			}
		}
	case c == '"':
		start, end, ok := p.str()
		if !ok {
			return nil, false
		}
		n := p.node()
		n.str = p.decode(start+1, end)
		return n, true
	case c == 't':
		n := p.node()
		n.other = true
		return n, p.literal("true")
	case c == 'f':
		n := p.node()
		n.other = false
		return n, p.literal("false")
	case c == 'n':
		return p.node(), p.literal("null")
	case c == '-' || c >= '0' && c <= '9':
		start := p.i
		if !p.number() {
			return nil, false
		}
		n := p.node()
		n.other = json.Number(p.src[start:p.i])
		return n, true
	}
	return nil, false
}

// decode is decodeJSONString for p.src[start:end], a string's body, with a
// string without escapes (most) taken from the slabs.
func (p *jsonParser) decode(start, end int) *mapped {
	src := p.src[start:end]
	if strings.IndexByte(src, '\\') >= 0 {
		return decodeJSONString(p.m, p.src, p.base, start, end)
	}
	out := &take(&p.strs, 1)[0]
	out.text = src
	if start == end {
		out.runs = take(&p.runs, 0)
		return out
	}
	out.runs = take(&p.runs, 1)
	o, oe := p.m.orig(p.base+start), p.m.orig(p.base+end)
	out.runs[0] = run{start: 0, end: end - start, orig: o, origEnd: oe, exact: oe-o == end-start}
	return out
}

// literal reads lit ("true", "false" or "null") and reports whether it was
// there.
func (p *jsonParser) literal(lit string) bool {
	if !strings.HasPrefix(p.src[p.i:], lit) {
		return false
	}
	p.i += len(lit)
	return true
}

// number reads a JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *jsonParser) number() bool {
	s, i := p.src, p.i
	digits := func() bool {
		j := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i > j
	}
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case !digits():
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if !digits() {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if !digits() {
			return false
		}
	}
	p.i = i
	return true
}

// str reads the string whose opening quote is at p.i and returns the
// offsets of its quotes; ok is false for an invalid string.
func (p *jsonParser) str() (start, end int, ok bool) {
	s := p.src
	start = p.i
	for i := start + 1; i < len(s); i++ {
		i = jsonStrSpan(s, i)
		if i == len(s) {
			break
		}
		switch c := s[i]; {
		case c == '"':
			p.i = i + 1
			return start, i, true
		case c == '\\':
			if i+1 >= len(s) {
				return start, start, false
			}
			switch s[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i++
			case 'u':
				if i+6 > len(s) {
					return start, start, false
				}
				for _, h := range []byte(s[i+2 : i+6]) {
					if !('0' <= h && h <= '9' || 'a' <= h && h <= 'f' || 'A' <= h && h <= 'F') {
						return start, start, false
					}
				}
				i += 5
			default:
				return start, start, false
			}
		case c < 0x20:
			return start, start, false
		}
	}
	return start, start, false
}

// jsonStrSpan returns the index of the first byte of s at or after i that
// ends or escapes a JSON string or is not allowed in one (a quote, a
// backslash, a control character), or len(s). It looks at eight bytes at a
// time: looking at each byte was the most of parsing a ninjs document, and
// this takes BenchmarkLoadCorpus/json from 7.3 M to 5.8 M instructions.
func jsonStrSpan(s string, i int) int {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	for t := s[i:]; len(t) >= 8; t = t[8:] {
		w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		q, b := w^(lo*'"'), w^(lo*'\\')
		// The high bit of a byte that is zero in q or b, or below 0x20 in w
		// (the borrows may mark bytes after such a byte too, which only
		// stops the span early, before a byte that stops it anyway).
		if ((q-lo)&^q|(b-lo)&^b|(w-lo*0x20)&^w)&hi != 0 {
			break
		}
		i += 8
	}
	for ; i < len(s); i++ {
		if c := s[i]; c == '"' || c == '\\' || c < 0x20 {
			return i
		}
	}
	return len(s)
}

// openingQuote returns the index of the quote that opens the JSON string
// whose closing quote is at end: the nearest quote before it that is not
// escaped (inside a string every quote is escaped).
func openingQuote(src string, end int) int {
	for i := end - 1; i >= 0; i-- {
		if src[i] != '"' {
			continue
		}
		bs := 0
		for k := i - 1; k >= 0 && src[k] == '\\'; k-- {
			bs++
		}
		if bs%2 == 0 {
			return i
		}
	}
	return 0
}

// decodeJSONString decodes the JSON string body src[start:end] (without its
// quotes) into a mapped text; src starts at offset base of m.
func decodeJSONString(m *mapped, src string, base, start, end int) *mapped {
	// Sized up front: a body is one exact run between each two escapes.
	esc := strings.Count(src[start:end], `\`)
	if esc == 0 {
		// No escapes: the text is src's own bytes, without a copy (most
		// strings of a document: its keys' values, names, dates).
		out := &mapped{text: src[start:end], runs: make([]run, 0, 1)}
		if start < end {
			o, oe := m.orig(base+start), m.orig(base+end)
			out.runs = append(out.runs, run{start: 0, end: end - start, orig: o, origEnd: oe, exact: oe-o == end-start})
		}
		return out
	}
	out := &mapped{runs: make([]run, 0, 2*esc+1)}
	// The text is built in a strings.Builder, made a string without a
	// copy: a decoded text is not longer than its escaped bytes (an escape
	// of 2, 6 or 12 bytes stands for at most 1, 3 or 4; only a "\u" cut
	// short by the string's end can grow it), so the first Grow is mostly
	// its only allocation. A []byte and string(buf) copied every string
	// with an escape once more (a document's body): BenchmarkLoadCorpus/json
	// 5.33 M -> 5.26 M instructions.
	var buf strings.Builder
	buf.Grow(end - start)
	exact := func(i, j int) {
		if j <= i {
			return
		}
		o, oe := m.orig(base+i), m.orig(base+j)
		buf.WriteString(src[i:j])
		out.runs = append(out.runs, run{start: buf.Len() - (j - i), end: buf.Len(), orig: o, origEnd: oe, exact: oe-o == j-i})
	}
	escape := func(i, j int, s string) {
		buf.WriteString(s)
		out.runs = append(out.runs, run{start: buf.Len() - len(s), end: buf.Len(), orig: m.orig(base + i), origEnd: m.orig(base + j)})
	}
	i := start
	for j := start; j < end; {
		if k := strings.IndexByte(src[j:end], '\\'); k < 0 {
			break
		} else {
			j += k
		}
		if j+1 >= end {
			break
		}
		exact(i, j)
		n := 2
		var s string
		switch c := src[j+1]; c {
		case 'n':
			s = "\n"
		case 't':
			s = "\t"
		case 'r':
			s = "\r"
		case 'b':
			s = "\b"
		case 'f':
			s = "\f"
		case 'u':
			r := hex4(src, j+2, end)
			n = 6
			if utf16.IsSurrogate(r) && j+12 <= end && src[j+6] == '\\' && src[j+7] == 'u' {
				r = utf16.DecodeRune(r, hex4(src, j+8, end))
				n = 12
			}
			s = string(r)
		default:
			s = string(c)
		}
		escape(j, min(j+n, end), s)
		j += n
		i = j
	}
	exact(i, end)
	out.text = buf.String()
	return out
}

func hex4(src string, i, end int) rune {
	if i+4 > end {
		return utf8.RuneError
	}
	v, err := strconv.ParseUint(src[i:i+4], 16, 16)
	if err != nil {
		return utf8.RuneError
	}
	return rune(v)
}

// get follows keys through nested objects.
func (n *jsonNode) get(keys ...string) *jsonNode {
	for _, k := range keys {
		if n == nil || n.obj == nil {
			return nil
		}
		n = n.member(k)
	}
	return n
}

// member returns the value of the object n's member k: the last of that
// key, as encoding/json keeps, or nil.
func (n *jsonNode) member(k string) *jsonNode {
	for i := len(n.obj) - 1; i >= 0; i-- {
		if n.obj[i].key == k {
			return n.obj[i].val
		}
	}
	return nil
}

// text returns a string value, the first string of an array, or the "name"
// of an object ("author": {"name": …}); several names are joined by ", ".
func (n *jsonNode) text() string {
	switch {
	case n == nil:
		return ""
	case n.str != nil:
		return n.str.text
	case n.arr != nil:
		var names []string
		for _, e := range n.arr {
			if t := e.text(); t != "" {
				names = append(names, t)
			}
		}
		return strings.Join(names, ", ")
	case n.obj != nil:
		if v := n.get("name"); v != nil {
			return v.text()
		}
		if v := n.get("value"); v != nil {
			return v.text()
		}
	}
	return ""
}

// articleTypes are the schema.org types whose JSON-LD describes the article.
var articleTypes = map[string]bool{
	"NewsArticle": true, "Article": true, "ReportageNewsArticle": true,
	"AnalysisNewsArticle": true, "OpinionNewsArticle": true, "BackgroundNewsArticle": true,
	"ReviewNewsArticle": true, "BlogPosting": true, "LiveBlogPosting": true, "Report": true,
}

// jsonLD reads the JSON-LD script m.text[start:end]; the first article
// object fills the empty fields of meta, and its articleBody is returned.
// A script that does not parse is ignored, as browsers do.
func jsonLD(m *mapped, start, end int, meta *Meta) *mapped {
	root, err := parseJSON(m, start, end)
	if err != nil {
		return nil
	}
	art := findArticle(root)
	if art == nil {
		return nil
	}
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&meta.Title, art.get("headline").text())
	set(&meta.Published, art.get("datePublished").text())
	set(&meta.Modified, art.get("dateModified").text())
	set(&meta.Author, art.get("author").text())
	set(&meta.Outlet, art.get("publisher", "name").text())
	set(&meta.URL, art.get("url").text())
	if meta.URL == "" {
		set(&meta.URL, art.get("mainEntityOfPage", "@id").text())
	}
	if b := art.get("articleBody"); b != nil && b.str != nil {
		return b.str
	}
	return nil
}

func findArticle(n *jsonNode) *jsonNode {
	if n == nil {
		return nil
	}
	for _, e := range n.arr {
		if a := findArticle(e); a != nil {
			return a
		}
	}
	if n.obj == nil {
		return nil
	}
	if t := n.get("@type"); t != nil {
		if t.str != nil && articleTypes[t.str.text] {
			return n
		}
		for _, e := range t.arr {
			if e.str != nil && articleTypes[e.str.text] {
				return n
			}
		}
	}
	return findArticle(n.get("@graph"))
}

// loadJSON reads an IPTC ninjs document, version 1.x (body_text or
// body_html, headline, byline, versioncreated, uri) or 2.x/3.x (bodies[],
// headlines[], by, versionCreated, uri). Offsets map to the characters
// inside the JSON strings of the original file.
func loadJSONString(name, src string, plain bool) (*Document, error) {
	m := identity(src, 0)
	root, err := parseJSON(m, 0, len(src))
	if err != nil {
		var se *json.SyntaxError
		off := 0
		if errors.As(err, &se) {
			off = int(se.Offset)
		}
		return nil, &source.Error{Pos: source.NewFileString(name, src).Position(off), Code: source.CodeInput, Msg: "invalid JSON: " + strings.TrimPrefix(err.Error(), "json: ")}
	}
	if root.obj == nil || root.get("uri") == nil {
		return nil, &source.Error{Pos: source.Position{Filename: name, Line: 1, Column: 1}, Code: source.CodeInput, Msg: "not an IPTC ninjs document (expected an object with \"uri\" and a body)"}
	}
	meta := Meta{URL: root.get("uri").text()}
	var body *jsonNode
	isHTML := false
	switch {
	case root.get("bodies") != nil: // ninjs 2.x and 3.x
		meta.Title = root.get("headlines").text()
		meta.Published = root.get("versionCreated").text()
		if p := root.get("firstCreated").text(); p != "" {
			meta.Published = p
		}
		meta.Modified = root.get("versionCreated").text()
		meta.Author = root.get("by").text()
		body, isHTML = pickBody(root.get("bodies"))
		if hs := root.get("headlines"); hs != nil && len(hs.arr) > 0 {
			meta.Title = hs.arr[0].get("value").text()
		}
	default: // ninjs 1.x
		meta.Title = root.get("headline").text()
		meta.Published = root.get("versioncreated").text()
		if p := root.get("firstcreated").text(); p != "" {
			meta.Published = p
		}
		meta.Modified = root.get("versioncreated").text()
		meta.Author = root.get("byline").text()
		if body = root.get("body_text"); body == nil {
			body, isHTML = root.get("body_html"), true
		}
	}
	if body == nil || body.str == nil {
		return nil, &source.Error{Pos: source.Position{Filename: name, Line: 1, Column: 1}, Code: source.CodeInput, Msg: "ninjs document has no body (body_text, body_html or bodies)"}
	}
	if meta.Outlet = root.get("copyrightholder").text(); meta.Outlet == "" {
		meta.Outlet = root.get("copyrightHolder").text()
	}
	var b builder
	b.init(len(body.str.text))
	b.plain = plain
	if isHTML {
		htmlText(&b, body.str)
	} else {
		plainText(&b, body.str)
	}
	d := b.document(name, src)
	d.Meta = meta
	return d, nil
}

// pickBody returns the plain-text body of a ninjs 2.x/3.x "bodies" array, or
// else its HTML body.
func pickBody(bodies *jsonNode) (*jsonNode, bool) {
	var htmlBody *jsonNode
	for _, e := range bodies.arr {
		ct := strings.ToLower(e.get("contentType").text())
		v := e.get("value")
		switch {
		case strings.Contains(ct, "html"):
			if htmlBody == nil {
				htmlBody = v
			}
		default:
			return v, false
		}
	}
	return htmlBody, htmlBody != nil
}
