package facts

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
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
func loadMarkdown(name string, src []byte) (*Document, error) {
	body := 0
	var fm frontMatter
	if start, end, ok := findFrontMatter(src); ok {
		var node yaml.Node
		if err := yaml.Unmarshal(src[start:end], &node); err != nil {
			return nil, yamlError(name, src, start, err)
		}
		if err := node.Decode(&fm); err != nil {
			return nil, yamlError(name, src, start, err)
		}
		body = skipFrontMatterEnd(src, end)
	}
	b := newBuilder(len(src) - body)
	doc := goldmark.New().Parser().Parse(text.NewReader(src[body:]))
	m := identity(string(src[body:]), body)
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
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
	if err != nil {
		return nil, err
	}
	trimTrailingNewline(b)
	d := b.document(name, src)
	d.Meta = Meta{Outlet: fm.Outlet, URL: fm.URL, Published: fm.Published, Title: fm.Title, Author: fm.Author}
	return d, nil
}

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
func findFrontMatter(src []byte) (start, end int, ok bool) {
	src0 := src
	if !bytes.HasPrefix(src, []byte("---")) {
		return 0, 0, false
	}
	nl := bytes.IndexByte(src, '\n')
	if nl < 0 || strings.TrimSpace(string(src[3:nl])) != "" {
		return 0, 0, false
	}
	start = nl + 1
	for i := start; i < len(src0); {
		j := bytes.IndexByte(src0[i:], '\n')
		line := src0[i:]
		if j >= 0 {
			line = src0[i : i+j]
		}
		l := strings.TrimRight(string(line), " \t\r")
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

// skipFrontMatterEnd returns the offset after the closing line that starts
// at end.
func skipFrontMatterEnd(src []byte, end int) int {
	if j := bytes.IndexByte(src[end:], '\n'); j >= 0 {
		return end + j + 1
	}
	return len(src)
}

func yamlError(name string, src []byte, start int, err error) error {
	f := source.NewFile(name, src)
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
