package facts

import (
	"io"
	"slices"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// scanHTMLFast makes scanHTML's first pass over a page of the common
// shape without x/net/html's tokenizer, which reads a byte at a time through
// a copy of the page and copies each tag's name and attributes: it was a
// quarter of loading an HTML page, and this reading takes
// BenchmarkLoadCorpus/html from 64.0 M to 35.6 M instructions, and
// the whole job on the 100 MB archive from 23.1 G to 22.2 G.
//
// It reads what such pages hold: text; start tags with lower-case names and
// attribute names (the first of a name kept, as the tokenizer does), and
// values in quotes without "&" or CR; end tags that are
// a lower-case name and ">"; comments that end in "-->"; doctypes and other
// "<!" and "<?" declarations; and the raw text of script, style, title and
// the like. It reports false, having fed st part of the page, on anything
// else (an upper-case or NUL byte in a tag, an unquoted value, a tag or
// comment the page ends in, "<!--" in a script, ...), and the page is read
// again by the tokenizer. TestScanHTMLFastMatchesTokenizer and
// FuzzScanHTMLFast hold it to the tokenizer's reading wherever it reports
// true.
func scanHTMLFast(m *mapped, st *htmlScanState) bool {
	s := m.text
	if strings.IndexByte(s, 0) >= 0 {
		return false
	}
	i := 0
	for i < len(s) {
		// Text runs to a "<" that starts a tag, comment or declaration.
		j := i
		for {
			k := strings.IndexByte(s[j:], '<')
			if k < 0 {
				j = len(s)
				break
			}
			j += k
			if j+1 == len(s) {
				return false // the tokenizer reads a last "<" as text
			}
			if c := s[j+1]; isASCIILetter(c) || c == '/' || c == '!' || c == '?' {
				break
			}
			j++
		}
		if j > i {
			st.text(m, i, j)
		}
		if i = j; i == len(s) {
			break
		}
		switch c := s[i+1]; {
		case c == '!' && strings.HasPrefix(s[i:], "<!--"):
			// A comment ends at the first ">" after "--", as the
			// tokenizer's does; any other is left to it ("--!>", "<!--->").
			k := strings.IndexByte(s[i+4:], '>')
			if k < 0 {
				return false
			}
			k += i + 4
			if k != i+4 && (k-2 < i+4 || s[k-2:k] != "--") {
				return false
			}
			i = k + 1
		case c == '!' || c == '?':
			// A doctype, or a bogus comment: to the first ">".
			if i+4 > len(s) {
				return false
			}
			k := strings.IndexByte(s[i+2:], '>')
			if k < 0 {
				return false
			}
			i += 2 + k + 1
		case c == '/':
			k, ok := tagName(s, i+2)
			if !ok || k == i+2 || k == len(s) || s[k] != '>' || !isASCIILetter(s[i+2]) {
				return false
			}
			st.endTag(s[i+2:k], lookupAtom(s[i+2:k]), i, k+1)
			i = k + 1
		default: // a letter: a start tag
			var ok bool
			if i, ok = startTag(m, st, i); !ok {
				return false
			}
		}
	}
	st.end(len(s), len(s), io.EOF)
	return true
}

// startTag reads the start tag at s[i], "<" and a letter, and the raw text
// after it when it is a script or the like; it returns the offset after them.
func startTag(m *mapped, st *htmlScanState, i int) (int, bool) {
	s := m.text
	k, ok := tagName(s, i+1)
	if !ok || k == len(s) {
		return 0, false
	}
	name := s[i+1 : k]
	t := htmlTag{a: lookupAtom(name), name: name}
	if t.a != 0 {
		t.name = t.a.String()
	}
	tt := xhtml.StartTagToken
	p := k
	// The tokenizer keeps the first of attributes of the same name.
	var keys [8]string
	nkeys := 0
	for {
		p = skipHTMLSpace(s, p)
		if p >= len(s) {
			return 0, false
		}
		c := s[p]
		if c == '>' {
			p++
			break
		}
		if c == '/' {
			if p+1 < len(s) && s[p+1] == '>' {
				tt, p = xhtml.SelfClosingTagToken, p+2
				break
			}
			return 0, false
		}
		if c == '=' {
			return 0, false
		}
		ks := p
		for p < len(s) && !isHTMLSpace(s[p]) && s[p] != '/' && s[p] != '>' && s[p] != '=' {
			if 'A' <= s[p] && s[p] <= 'Z' {
				return 0, false
			}
			p++
		}
		key := s[ks:p]
		if p = skipHTMLSpace(s, p); p >= len(s) {
			return 0, false
		}
		val := ""
		if s[p] == '=' {
			if p = skipHTMLSpace(s, p+1); p >= len(s) {
				return 0, false
			}
			q := s[p]
			if q != '"' && q != '\'' {
				return 0, false
			}
			e := strings.IndexByte(s[p+1:], q)
			if e < 0 {
				return 0, false
			}
			val = s[p+1 : p+1+e]
			if strings.IndexByte(val, '&') >= 0 || strings.IndexByte(val, '\r') >= 0 {
				return 0, false
			}
			p += 1 + e + 1
		}
		if slices.Contains(keys[:nkeys], key) {
			continue
		}
		if nkeys == len(keys) {
			return 0, false
		}
		keys[nkeys], nkeys = key, nkeys+1
		setAttr(&t, key, val)
	}
	st.startTag(tt, t, i, p)
	if !rawTextTag(name) {
		return p, true
	}
	// Raw text runs to "</name" in any case and a space, "/" or ">".
	if name == "plaintext" {
		return 0, false
	}
	q := p
	for {
		k := strings.IndexByte(s[q:], '<')
		if k < 0 {
			return 0, false
		}
		q += k
		e := q + 2 + len(name)
		if e < len(s) && s[q+1] == '/' && hasPrefixASCIIFold(s[q+2:], name) {
			if c := s[e]; isHTMLSpace(c) || c == '/' || c == '>' {
				break
			}
		}
		q++
	}
	if name == "script" && strings.Contains(s[p:q], "<!--") {
		return 0, false // script data escaped: left to the tokenizer
	}
	if q > p {
		st.text(m, p, q)
	}
	return q, true
}

// hasPrefixASCIIFold reports whether s starts with lower, a lower-case
// name, in either case of ASCII letters only, as the tokenizer matches the
// end of raw text.
func hasPrefixASCIIFold(s, lower string) bool {
	if len(s) < len(lower) {
		return false
	}
	for i := range len(lower) {
		if c := s[i]; c != lower[i] && c != lower[i]-('a'-'A') {
			return false
		}
	}
	return true
}

// tagName returns the end of the tag name starting at s[i]: the first space,
// "/" or ">", or len(s). ok is false for a name with an upper-case letter.
func tagName(s string, i int) (end int, ok bool) {
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case isHTMLSpace(c) || c == '/' || c == '>':
			return i, true
		case 'A' <= c && c <= 'Z':
			return i, false
		}
	}
	return i, true
}

// rawTextTag reports whether the tokenizer reads the text after a start tag
// of this name raw, to its end tag.
func rawTextTag(name string) bool {
	switch name {
	case "iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea", "title", "xmp":
		return true
	}
	return false
}

// lookupAtom is atom.Lookup of a string, without converting it to bytes on
// the heap. The tags of most pages are answered by a switch, without
// atom's hashing (a twentieth of loading a page: BenchmarkLoadCorpus/html
// 17.52 M -> 16.37 M instructions, GOGC=off); TestLookupAtomCommon holds it
// to atom.Lookup.
func lookupAtom(name string) atom.Atom {
	switch name {
	case "p":
		return atom.P
	case "a":
		return atom.A
	case "b":
		return atom.B
	case "i":
		return atom.I
	case "em":
		return atom.Em
	case "strong":
		return atom.Strong
	case "span":
		return atom.Span
	case "div":
		return atom.Div
	case "br":
		return atom.Br
	case "li":
		return atom.Li
	case "ul":
		return atom.Ul
	case "ol":
		return atom.Ol
	case "h1":
		return atom.H1
	case "h2":
		return atom.H2
	case "h3":
		return atom.H3
	case "h4":
		return atom.H4
	case "article":
		return atom.Article
	case "section":
		return atom.Section
	case "main":
		return atom.Main
	case "header":
		return atom.Header
	case "footer":
		return atom.Footer
	case "nav":
		return atom.Nav
	case "aside":
		return atom.Aside
	case "time":
		return atom.Time
	case "figure":
		return atom.Figure
	case "figcaption":
		return atom.Figcaption
	case "img":
		return atom.Img
	case "meta":
		return atom.Meta
	case "link":
		return atom.Link
	case "script":
		return atom.Script
	case "style":
		return atom.Style
	case "title":
		return atom.Title
	case "head":
		return atom.Head
	case "body":
		return atom.Body
	case "html":
		return atom.Html
	case "blockquote":
		return atom.Blockquote
	case "table":
		return atom.Table
	case "tr":
		return atom.Tr
	case "td":
		return atom.Td
	case "th":
		return atom.Th
	case "button":
		return atom.Button
	case "form":
		return atom.Form
	case "input":
		return atom.Input
	case "small":
		return atom.Small
	case "sup":
		return atom.Sup
	case "sub":
		return atom.Sub
	}
	var buf [16]byte
	if len(name) > len(buf) {
		return atom.Lookup([]byte(name))
	}
	return atom.Lookup(buf[:copy(buf[:], name)])
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' }

func skipHTMLSpace(s string, i int) int {
	for i < len(s) && isHTMLSpace(s[i]) {
		i++
	}
	return i
}
