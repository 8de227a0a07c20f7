// Package source holds positions in source files: rule files and articles
// alike. A byte offset is the truth; line and column are derived from a line
// table. It imports nothing else of factlint's, so every package can use it.
package source

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// A File is a named source text with its line table. A File is immutable
// after NewFile and safe for concurrent use.
type File struct {
	name  string
	src   string
	lines []int // byte offset of the first byte of each line
	cr    bool  // src holds a CR: not every line ends at an LF
}

// NewFile returns a File for a copy of src, named name (the path as the
// user gave it). Lines end at "\n", "\r\n" or a lone "\r".
func NewFile(name string, src []byte) *File {
	return NewFileString(name, string(src))
}

// NewFileString is NewFile for src as a string, which the File keeps
// without a copy: a loader that parses its file as a string shares it with
// the File, where a File of bytes was one more copy of every article (with
// the loaders' strings made from the read buffer, the 100 MB job went from
// 12.44 G to 12.29 G instructions).
func NewFileString(name string, src string) *File {
	// The line table is sized by counting line ends first (a vectorised
	// strings.Count), and a file without CR is split with IndexByte: this was
	// a tenth of loading a plain-text article, growing the table and looking
	// at each byte.
	cr := strings.Count(src, "\r")
	if cr == 0 {
		return NewFileLF(name, src)
	}
	n := strings.Count(src, "\n")
	f := &File{name: name, src: src, lines: make([]int, 1, 1+n+cr), cr: true}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			f.lines = append(f.lines, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			f.lines = append(f.lines, i+1)
		}
	}
	return f
}

// NewFileLF is NewFileString for src known to hold no CR, as a loader
// knows of most articles once it has looked: its lines are split at each
// LF, without counting CRs first: BenchmarkLoadCorpus/txt 6.58 M -> 6.30 M
// instructions (GOGC=off).
func NewFileLF(name, src string) *File {
	f := &File{name: name, src: src, lines: make([]int, 1, 1+strings.Count(src, "\n"))}
	for i := 0; ; {
		j := strings.IndexByte(src[i:], '\n')
		if j < 0 {
			return f
		}
		i += j + 1
		f.lines = append(f.lines, i)
		// Paragraphs of an article are parted by an empty line: an LF
		// right after an LF is taken here, not by an IndexByte call that
		// stops at once (BenchmarkLoadCorpus/txt 6.32 M -> 6.10 M
		// instructions, GOGC=off).
		for i < len(src) && src[i] == '\n' {
			i++
			f.lines = append(f.lines, i)
		}
	}
}

// LineStarts returns the byte offset at which each line of the file starts,
// the first 0. The caller must not modify them.
func (f *File) LineStarts() []int { return f.lines }

// LFLineStarts is LineStarts when the file holds no CR, so that each line
// but the last ends at the LF before the next one's start, and nil when it
// holds one.
func (f *File) LFLineStarts() []int {
	if f.cr {
		return nil
	}
	return f.lines
}

// Name returns the file's name.
func (f *File) Name() string { return f.name }

// Size returns the file's length in bytes.
func (f *File) Size() int { return len(f.src) }

// Text returns the file's contents.
func (f *File) Text() string { return f.src }

// Pos returns the position of byte offset off in f. Offsets outside the file
// are clamped to it.
func (f *File) Pos(off int) Pos {
	off = max(0, min(off, len(f.src)))
	return Pos{file: f, off: off}
}

// Position resolves byte offset off to a line and column. Columns count
// characters (Unicode code points) from 1; invalid UTF-8 counts one column
// per byte.
func (f *File) Position(off int) Position {
	off = max(0, min(off, len(f.src)))
	line := sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > off }) - 1
	start := f.lines[line]
	return Position{
		Filename: f.name,
		Offset:   off,
		Line:     line + 1,
		Column:   utf8.RuneCountInString(f.src[start:off]) + 1,
	}
}

// Line returns the text of line n (counting from 1) without its line ending,
// or "" when there is no such line.
func (f *File) Line(n int) string {
	if n < 1 || n > len(f.lines) {
		return ""
	}
	start, end := f.lines[n-1], len(f.src)
	if n < len(f.lines) {
		end = f.lines[n]
	}
	for end > start && (f.src[end-1] == '\n' || f.src[end-1] == '\r') {
		end--
	}
	return f.src[start:end]
}

// A Pos is a byte offset in a File. The zero Pos means "unknown".
type Pos struct {
	file *File
	off  int
}

// IsValid reports whether p points into a file.
func (p Pos) IsValid() bool { return p.file != nil }

// File returns the file p points into, or nil.
func (p Pos) File() *File { return p.file }

// Offset returns p's byte offset.
func (p Pos) Offset() int { return p.off }

// Position resolves p to file, line and column; the zero Position when p is
// not valid.
func (p Pos) Position() Position {
	if p.file == nil {
		return Position{}
	}
	return p.file.Position(p.off)
}

// A Span is the half-open range of bytes [Start, End) in one file.
type Span struct {
	Start, End Pos
}

// Contains reports whether s contains t entirely.
func (s Span) Contains(t Span) bool {
	return s.Start.file == t.Start.file && s.Start.off <= t.Start.off && t.End.off <= s.End.off
}

// A Position is a resolved place in a file: what a person reads.
// The zero Position means "unknown".
type Position struct {
	Filename string
	Offset   int // byte offset, from 0
	Line     int // from 1
	Column   int // in characters, from 1
}

// IsValid reports whether the position is known.
func (p Position) IsValid() bool { return p.Line > 0 }

// String returns "file:line:col", "file:line", "file" or "-" depending on
// what is known.
func (p Position) String() string {
	s := p.Filename
	if p.IsValid() {
		if s != "" {
			s += ":"
		}
		s += fmt.Sprintf("%d", p.Line)
		if p.Column != 0 {
			s += fmt.Sprintf(":%d", p.Column)
		}
	}
	if s == "" {
		s = "-"
	}
	return s
}
