package checker

import (
	"unicode/utf8"

	"github.com/factlint/factlint/dsl"
	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/source"
)

// A Reference is the compiled house sheet: the spellings and titles that are
// right. The zero Reference is empty and ready to use.
type Reference struct {
	People []RefPerson
	// Prefer maps a wrong spelling to the house spelling.
	Prefer map[string]string
	// PreferPos maps a wrong spelling to where the prefer entry names it.
	PreferPos map[string]source.Position
}

// A RefPerson is one person of the reference sheet.
type RefPerson struct {
	Name    string
	Title   string // "" when the sheet gives none
	Aliases []string
	Pos     source.Position // where the person entry is

	// NameAt and TitleAt are where the name and the title are written,
	// for reports that point at the characters.
	NameAt, TitleAt refText
}

// A refText is where a string of the reference sheet is written: its
// characters in the rule file, without the quote marks.
type refText struct {
	Pos, End           source.Position
	CharStart, CharEnd int
	Prefix, Suffix     string
}

// refTextOf locates the contents of a string literal in its rule file.
// The zero refText when the literal holds escapes or has no file.
func refTextOf(s *dsl.String) refText {
	f := s.Start.File()
	if f == nil {
		return refText{}
	}
	src := f.Text()
	start, end := s.Start.Offset()+1, s.End.Offset()-1
	if start > end || end > len(src) || src[start:end] != s.Value {
		return refText{}
	}
	r := refText{Pos: f.Position(start), End: f.Position(end), CharStart: utf8.RuneCountInString(src[:start])}
	r.CharEnd = r.CharStart + utf8.RuneCountInString(src[start:end])
	r.Prefix, r.Suffix = aroundText(src, start, end)
	return r
}

// aroundText returns up to facts.ContextChars characters before start and
// after end.
func aroundText(src string, start, end int) (prefix, suffix string) {
	p := start
	for n := 0; n < facts.ContextChars && p > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(src[:p])
		p -= size
	}
	e := end
	for n := 0; n < facts.ContextChars && e < len(src); n++ {
		_, size := utf8.DecodeRuneInString(src[e:])
		e += size
	}
	return src[p:start], src[end:e]
}
