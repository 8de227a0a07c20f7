package facts

import (
	"sort"

	"github.com/factlint/factlint/source"
)

// A Document is one article: its original file and the normalised text facts
// are extracted from. Offsets into Text map back to the original file, so
// every fact points at the characters a person sees in the file.
type Document struct {
	Name string       // as the user gave it; "-" reads as "<stdin>"
	File *source.File // the original bytes
	Text string       // the normalised text
	Meta Meta

	// Warnings are problems with the input that did not stop its reading:
	// an empty or binary file, invalid UTF-8.
	Warnings []*Warning

	// segs maps Text offsets to File offsets: each segment starts at a Text
	// offset and maps it to a File offset; offsets inside a segment move
	// together. Empty means Text and File are identical.
	segs []segment
}

// A segment maps Text[text:] to File[orig:end] until the next segment. A
// segment whose text is as long as its file bytes is the file's bytes; any
// other stands for its bytes as a whole (a decoded "&amp;", a composed
// "é", a CRLF read as LF).
type segment struct{ text, orig, end int }

// Meta is what is known about a document besides its text.
type Meta struct {
	Outlet    string
	URL       string
	Published string // RFC 3339 date or date-time, when known
	Modified  string // RFC 3339 date or date-time of the last change, when known
	Title     string
	Author    string // the byline, when known
}

// NewDocument returns a document whose text is src itself.
func NewDocument(name string, src []byte) *Document {
	s := string(src)
	return &Document{Name: name, File: source.NewFileString(name, s), Text: s}
}

// Orig maps a Text offset to a byte offset in the original file.
func (d *Document) Orig(off int) int {
	if len(d.segs) == 0 {
		return off
	}
	i := sort.Search(len(d.segs), func(i int) bool { return d.segs[i].text > off }) - 1
	if i < 0 {
		return off
	}
	return d.segs[i].orig + off - d.segs[i].text
}

// OrigEnd maps a Text offset that ends a span to a byte offset in the
// original file: just after the file bytes of the character before it, so
// markup that follows a word ("</b>", "*") is not part of the span.
func (d *Document) OrigEnd(off int) int {
	if len(d.segs) == 0 || off == 0 {
		return d.Orig(off)
	}
	i := sort.Search(len(d.segs), func(i int) bool { return d.segs[i].text >= off }) - 1
	if i < 0 {
		return d.Orig(off)
	}
	s := d.segs[i]
	textEnd := len(d.Text)
	if i+1 < len(d.segs) {
		textEnd = d.segs[i+1].text
	}
	if off >= textEnd || s.end-s.orig != textEnd-s.text {
		return s.end
	}
	return s.orig + off - s.text
}

// Position resolves a Text offset to a place in the original file.
func (d *Document) Position(off int) source.Position {
	return d.File.Position(d.Orig(off))
}

// OrigText returns the original file's bytes behind Text[start:end].
func (d *Document) OrigText(start, end int) string {
	o, e := d.Orig(start), d.OrigEnd(end)
	if e < o {
		e = o
	}
	return d.File.Text()[o:e]
}
