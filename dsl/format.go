package dsl

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/source"
)

// Source formats the rule file src in the canonical layout, like go/format:
// it returns the formatted text, or the parse errors. Comments are kept, in
// order; formatting formatted text changes nothing.
func Source(name string, src []byte) ([]byte, error) {
	f, err := ParseFile(name, src)
	if err != nil {
		return nil, err
	}
	return Format(f), nil
}

// Format prints f in the canonical layout: one declaration or clause a line,
// two spaces of indent inside braces, one blank line around blocks, blank
// lines between other declarations kept (at most one), every comment kept
// where it was relative to the code.
func Format(f *File) []byte {
	p := &printer{src: f.Src, comments: f.Comments}
	prevEnd, prevBlock, prevComment := -1, false, false
	for _, d := range f.Decls {
		start := d.Span().Start.Offset()
		// Comments before the declaration, each its own top-level element.
		for p.next < len(p.comments) && p.comments[p.next].Start.Offset() < start {
			c := p.comments[p.next]
			p.next++
			if prevEnd >= 0 && (prevBlock || p.blankBetween(prevEnd, c.Start.Offset())) {
				p.emit("", "")
			}
			p.emit(c.Text, "")
			prevEnd, prevBlock, prevComment = c.End.Offset(), false, true
		}
		block := isBlock(d)
		if prevEnd >= 0 {
			blank := p.blankBetween(prevEnd, start) || prevBlock || block && !prevComment
			if blank {
				p.emit("", "")
			}
		}
		p.decl(d)
		prevEnd, prevBlock, prevComment = d.Span().End.Offset(), block, false
	}
	for p.next < len(p.comments) {
		c := p.comments[p.next]
		p.next++
		if prevEnd >= 0 && (prevBlock || p.blankBetween(prevEnd, c.Start.Offset())) {
			p.emit("", "")
		}
		p.emit(c.Text, "")
		prevEnd, prevBlock = c.End.Offset(), false
	}
	return p.bytes()
}

func isBlock(d Decl) bool {
	switch d.(type) {
	case *ReferenceDecl, *FactDecl, *RuleDecl:
		return true
	}
	return false
}

type printer struct {
	src      *source.File
	out      []outLine
	comments []*Comment
	next     int // the first comment not yet printed
	indent   string
}

// An outLine is one line of output: code, and a comment that follows it.
type outLine struct {
	code, comment string
}

func (p *printer) emit(code, comment string) {
	p.out = append(p.out, outLine{code, comment})
}

// bytes joins the lines, aligning the trailing comments of consecutive
// lines in one column, as gofmt does.
func (p *printer) bytes() []byte {
	var b bytes.Buffer
	for i := 0; i < len(p.out); {
		j, width := i, 0
		for j < len(p.out) && p.out[j].comment != "" {
			width = max(width, utf8.RuneCountInString(p.out[j].code))
			j++
		}
		if j == i {
			b.WriteString(p.out[i].code + "\n")
			i++
			continue
		}
		for ; i < j; i++ {
			l := p.out[i]
			b.WriteString(l.code + strings.Repeat(" ", width-utf8.RuneCountInString(l.code)+1) + l.comment + "\n")
		}
	}
	return b.Bytes()
}

// blankBetween reports whether the source has an empty line between two offsets.
func (p *printer) blankBetween(from, to int) bool {
	if from < 0 || to <= from {
		return false
	}
	return p.src.Position(to).Line-p.src.Position(from).Line > 1 && hasEmptyLine(p.src.Text()[from:to])
}

func hasEmptyLine(b string) bool {
	lines := strings.Split(strings.ReplaceAll(b, "\r\n", "\n"), "\n")
	for i := 1; i < len(lines)-1; i++ {
		if strings.TrimSpace(lines[i]) == "" {
			return true
		}
	}
	return false
}

// line prints one line of code that stands for source bytes [start, end):
// first the comments before it, then the text, then a comment that
// follows on the same source line.
func (p *printer) line(start, end source.Pos, text string) {
	p.flush(start.Offset())
	trailing := ""
	if p.next < len(p.comments) {
		c := p.comments[p.next]
		if c.Start.Offset() >= end.Offset() && c.Start.Position().Line == end.Position().Line &&
			strings.Trim(p.src.Text()[end.Offset():c.Start.Offset()], " \t{}") == "" {
			trailing = c.Text
			p.next++
		}
	}
	p.emit(p.indent+text, trailing)
}

// flush prints, each on its own line, the comments that start before off.
func (p *printer) flush(off int) {
	for p.next < len(p.comments) && p.comments[p.next].Start.Offset() < off {
		p.emit(p.indent+p.comments[p.next].Text, "")
		p.next++
	}
}

func (p *printer) open(start, end source.Pos, text string) {
	p.line(start, end, text)
	p.indent += "  "
}

func (p *printer) close(end source.Pos) {
	// The closing brace is the byte before end.
	brace := p.src.Pos(end.Offset() - 1)
	p.flush(brace.Offset())
	p.indent = p.indent[:len(p.indent)-2]
	p.line(brace, end, "}")
}

func (p *printer) decl(d Decl) {
	switch d := d.(type) {
	case *IncludeDecl:
		p.line(d.Keyword, d.Path.End, "include "+quote(d.Path))
	case *CorpusDecl:
		p.line(d.Keyword, d.Span().End, "corpus "+quoteList(d.Globs))
	case *ApproximateDecl:
		p.line(d.Keyword, d.End, "approximate "+d.Percent.String()+"%")
	case *ReferenceDecl:
		p.open(d.Keyword, p.src.Pos(d.Keyword.Offset()+len("reference")), "reference {")
		for _, e := range d.Entries {
			switch e := e.(type) {
			case *PersonEntry:
				s := "person " + quote(e.Name)
				if e.Title != nil {
					s += " title " + quote(e.Title)
				}
				if len(e.Aliases) > 0 {
					s += " alias " + quoteList(e.Aliases)
				}
				p.line(e.Keyword, e.Span().End, s)
			case *PreferEntry:
				p.line(e.Keyword, e.Span().End, "prefer "+quote(e.Preferred)+" over "+quoteList(e.Over))
			}
		}
		p.close(d.End)
	case *FactDecl:
		p.open(d.Keyword, d.Name.End, "fact "+d.Name.Name+" {")
		s := d.Selector
		head, end := s.Kind.Name, s.Kind.End
		if len(s.Nouns) > 0 {
			head += " of " + quoteList(s.Nouns)
			end = s.Nouns[len(s.Nouns)-1].End
		}
		p.line(s.Kind.Start, end, head)
		if s.Where != nil {
			p.line(s.WherePos, s.Where.Span().End, "where "+ExprString(s.Where))
		}
		p.close(d.End)
	case *RuleDecl:
		p.open(d.Keyword, d.Title.End, "rule "+quote(d.Title)+" {")
		for _, it := range d.Items {
			switch it := it.(type) {
			case *ExpectClause:
				p.line(it.Keyword, it.End, "expect "+it.Subject.Name+" "+it.Phrase())
			case *SeverityClause:
				p.line(it.Keyword, it.Level.End, "severity "+it.Level.Name)
			case *MessageClause:
				p.line(it.Keyword, it.Text.End, "message "+quote(it.Text))
			case *IgnoreClause:
				s := "ignore"
				if it.Source != nil {
					s += " source " + quote(it.Source)
				}
				if it.Text != nil {
					s += " text " + quote(it.Text)
				}
				p.line(it.Keyword, it.Reason.End, s+" because "+quote(it.Reason))
			}
		}
		p.close(d.End)
	}
}

// Phrase returns the expectation as the formatter writes it, after the
// subject: "agrees across sources within 5%".
func (c *ExpectClause) Phrase() string {
	verb := c.Verb
	var s string
	switch c.Op {
	case OpAgreeAcross:
		s = verb + " across sources"
	case OpAgreeWithin:
		s = verb + " within each source"
	case OpAgreeWith:
		s = verb + " with " + c.Other.Name
	case OpAgreeReference:
		s = verb + " with reference"
	case OpAgree:
		s = verb
	case OpEquals:
		s = "equals " + c.Args[0].String()
	case OpBetween:
		s = "between " + c.Args[0].String() + " and " + c.Args[1].String()
	case OpAtLeast:
		s = "at least " + c.Args[0].String()
	case OpAtMost:
		s = "at most " + c.Args[0].String()
	case OpPresentInEvery:
		s = "is present in every source"
	case OpPresentInAtLeast:
		s = "is present in at least " + c.Args[0].String() + " sources"
		if c.Args[0].Value == 1 {
			s = strings.TrimSuffix(s, "s")
		}
	case OpMatchCounts:
		s = verb + " counts"
	}
	if c.Within != nil {
		s += " within " + c.Within.String()
		if c.Percent {
			s += "%"
		}
	}
	return s
}

// String returns the number as written.
func (n *Number) String() string {
	if n.Text != "" {
		return n.Text
	}
	return strconv.FormatFloat(n.Value, 'f', -1, 64)
}

// ExprString returns the predicate as the formatter writes it.
func ExprString(e Expr) string {
	var b strings.Builder
	writeExpr(&b, e)
	return b.String()
}

func writeExpr(b *strings.Builder, e Expr) {
	switch e := e.(type) {
	case *BinaryExpr:
		writeExpr(b, e.X)
		b.WriteString(" " + e.Op + " ")
		writeExpr(b, e.Y)
	case *NotExpr:
		b.WriteString("not ")
		writeExpr(b, e.X)
	case *ParenExpr:
		b.WriteString("(")
		writeExpr(b, e.X)
		b.WriteString(")")
	case *HasExpr:
		b.WriteString(e.Scope.Name + " has " + joinQuoted(e.Words, " or "))
	case *MatchExpr:
		b.WriteString(e.Scope.Name + " matches ")
		if e.Regexp != nil {
			b.WriteString("/" + e.Regexp.Value + "/")
		} else {
			b.WriteString(quote(e.Glob))
		}
	case *NearExpr:
		b.WriteString("near " + joinQuoted(e.Words, " or ") + " within " + e.Within.String() + " words")
	case *SpeakerExpr:
		b.WriteString("speaker is " + quote(e.Name))
	}
}

func quote(s *String) string { return strconv.Quote(s.Value) }

func quoteList(ss []*String) string { return joinQuoted(ss, ", ") }

func joinQuoted(ss []*String, sep string) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = quote(s)
	}
	return strings.Join(parts, sep)
}
