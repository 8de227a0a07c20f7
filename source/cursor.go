package source

import (
	"encoding/binary"
	"math/bits"
	"sort"
	"unicode/utf8"
)

// A Cursor resolves byte offsets of one file to positions and character
// offsets. Each call costs the distance from the previous offset, so a run
// of ascending offsets — the facts of a document in order — costs about one
// pass over the file, where File.Position counts from the start of the line
// every time. A Cursor is not safe for concurrent use.
type Cursor struct {
	f     *File
	line  int // index of the current line in f.lines
	off   int // current byte offset
	col   int // characters from the line's start to off
	chars int // characters from the file's start to off
}

// Cursor returns a cursor at the start of f.
func (f *File) Cursor() *Cursor { return &Cursor{f: f} }

// Seek moves the cursor to off, clamped to the file, and returns its
// position and the number of characters before it in the file.
func (c *Cursor) Seek(off int) (Position, int) {
	f := c.f
	off = max(0, min(off, len(f.src)))
	if off < c.off {
		// Backwards: count characters back to off; fall back to the line
		// start when off is on an earlier line.
		c.chars -= runeCount(f.src[off:c.off])
		if off >= f.lines[c.line] {
			c.col -= runeCount(f.src[off:c.off])
			c.off = off
			return c.position(), c.chars
		}
		c.line = sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > off }) - 1
		c.col = runeCount(f.src[f.lines[c.line]:off])
		c.off = off
		return c.position(), c.chars
	}
	// Forwards: to the start of off's line, if it is a later one, counting
	// the characters passed in one go. Lines start after an ASCII byte, in
	// which no character, valid or not, can be cut, so this counts what
	// counting line by line counted; with an article's HTML on many short
	// lines, a runeCount call for each line cost BenchmarkExtractArchive 221.3 M
	// instructions, where this costs 218.9 M (GOGC=off).
	if l := c.line; l+1 < len(f.lines) && f.lines[l+1] <= off {
		for l+1 < len(f.lines) && f.lines[l+1] <= off {
			l++
		}
		start := f.lines[l]
		c.chars += runeCount(f.src[c.off:start])
		c.off, c.line, c.col = start, l, 0
	}
	n := runeCount(f.src[c.off:off])
	c.col += n
	c.chars += n
	c.off = off
	return c.position(), c.chars
}

func (c *Cursor) position() Position {
	return Position{Filename: c.f.name, Offset: c.off, Line: c.line + 1, Column: c.col + 1}
}

// runeCount is utf8.RuneCount with an ASCII fast path of eight bytes at a
// time: utf8.RuneCount looks at one byte per iteration, and after the first
// non-ASCII byte ranges over the rest as a string. Text after a non-ASCII
// character goes back to the fast path as soon as the character is passed.
// With finish seeking each fact's end from its start, it took
// facts.BenchmarkExtractArchive from 475 M to 459 M instructions.
//
// Runs of ASCII are first taken 32 bytes at a time, four words OR'd
// together: a line of prose is passed with a quarter of the loop's turns.
// That took BenchmarkExtractArchive from 231.2 M to 229.4 M (GOGC=off).
// In a word holding a non-ASCII byte, the ASCII bytes before it are counted
// at once from the position of its top bit, and the character decoded
// there: news prose has a curly quote or apostrophe every line, and each
// was reached a byte at a time: BenchmarkExtractArchive 216.6 M -> 214.9 M.
func runeCount(p []byte) int {
	n := 0
	i := 0
	for len(p)-i >= 8 {
		for len(p)-i >= 32 {
			q := p[i : i+32]
			w := binary.LittleEndian.Uint64(q) | binary.LittleEndian.Uint64(q[8:]) |
				binary.LittleEndian.Uint64(q[16:]) | binary.LittleEndian.Uint64(q[24:])
			if w&0x8080808080808080 != 0 {
				break
			}
			i += 32
			n += 32
		}
		if len(p)-i < 8 {
			break
		}
		hi := binary.LittleEndian.Uint64(p[i:]) & 0x8080808080808080
		if hi == 0 {
			i += 8
			n += 8
			continue
		}
		k := bits.TrailingZeros64(hi) / 8
		_, size := utf8.DecodeRune(p[i+k:])
		i += k + size
		n += k + 1
	}
	for i < len(p) {
		if p[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRune(p[i:])
			i += size
		}
		n++
	}
	return n
}
