package source

import (
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
		c.chars -= countRunes(f.src, off, c.off)
		if off >= f.lines[c.line] {
			c.col -= countRunes(f.src, off, c.off)
			c.off = off
			return c.position(), c.chars
		}
		c.line = sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > off }) - 1
		c.col = countRunes(f.src, f.lines[c.line], off)
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
		c.chars += countRunes(f.src, c.off, start)
		c.off, c.line, c.col = start, l, 0
	}
	n := countRunes(f.src, c.off, off)
	c.col += n
	c.chars += n
	c.off = off
	return c.position(), c.chars
}

// SeekSpan moves the cursor to start, as Seek does, and sets *from to its
// position and *to to that of end, found from there as by a copy of the
// cursor seeking end; it returns the characters before each. The cursor
// stays at start, so the end of a short span costs only the span's bytes.
//
// Seeking forwards, most of all, is done here on locals, and an end on
// start's line is counted in place: no copy of the cursor, no second Seek,
// and the positions written where they are kept. Over the facts of
// BenchmarkExtractArchive, with a Seek for the start and one from a copy
// for the end, the cursor cost 7.33 M instructions; this costs 6.44 M, and
// BenchmarkExtractArchiveRecycled went from 168.1 M to 167.0 M (GOGC=off).
func (c *Cursor) SeekSpan(start, end int, from, to *Position) (fromChars, toChars int) {
	f := c.f
	src, lines := f.src, f.lines
	if start = max(0, min(start, len(src))); start < c.off {
		*from, fromChars = c.Seek(start)
	} else {
		off, line, col, chars := c.off, c.line, c.col, c.chars
		if line+1 < len(lines) && lines[line+1] <= start {
			line++
			for line+1 < len(lines) && lines[line+1] <= start {
				line++
			}
			chars += countRunes(src, off, lines[line])
			off, col = lines[line], 0
		}
		n := countRunes(src, off, start)
		col += n
		chars += n
		c.off, c.line, c.col, c.chars = start, line, col, chars
		*from = Position{Filename: f.name, Offset: start, Line: line + 1, Column: col + 1}
		fromChars = chars
	}
	end = max(0, min(end, len(src)))
	if end >= c.off && (c.line+1 == len(lines) || lines[c.line+1] > end) {
		n := countRunes(src, c.off, end)
		*to = Position{Filename: f.name, Offset: end, Line: c.line + 1, Column: c.col + n + 1}
		return fromChars, c.chars + n
	}
	e := *c
	*to, toChars = e.Seek(end)
	return fromChars, toChars
}

func (c *Cursor) position() Position {
	return Position{Filename: c.f.name, Offset: c.off, Line: c.line + 1, Column: c.col + 1}
}

// countRunes is utf8.RuneCount(src[a:b]) with ASCII fast paths.
//
// ASCII is taken 32 bytes at a time, four words OR'd together, then eight;
// in a word holding a non-ASCII byte, the ASCII bytes before it are counted
// at once from the position of its top bit and the character decoded there.
// Fewer than eight bytes left at the end are looked at in one word, the
// last eight bytes of src[:b], rather than a byte at a time. Only the index
// is carried through the loops, and the characters counted as the bytes
// passed less the extra bytes of the characters decoded: the facts' spans
// are short and close together, and per call the loops cost more than the
// bytes. BenchmarkExtractArchiveRecycled: 168.9 M -> 168.1 M instructions
// (GOGC=off).
func countRunes(src string, a, b int) int {
	i, extra := a, 0
	for {
		for i+32 <= b {
			q := src[i : i+32]
			if (le64(q)|le64(q[8:])|
				le64(q[16:])|le64(q[24:]))&hi7 != 0 {
				break
			}
			i += 32
		}
		var hi uint64
		for i+8 <= b {
			if hi = le64(src[i:i+8]) & hi7; hi != 0 {
				break
			}
			i += 8
		}
		if hi == 0 {
			break // fewer than eight bytes left
		}
		i += bits.TrailingZeros64(hi) / 8
		size := runeSize(src, i, b)
		i += size
		extra += size - 1
	}
	if i < b && b >= 8 {
		// The tail's bytes are the word's top b-i bytes.
		if le64(src[b-8:b])>>(8*(8-(b-i)))&hi7 == 0 {
			i = b
		}
	}
	for i < b {
		if src[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(src[i:b])
		i += size
		extra += size - 1
	}
	return i - a - extra
}

// runeSize is the size utf8.DecodeRuneInString(src[i:b]) gives the character at
// src[i], a non-ASCII byte. The two- and three-byte characters of news
// text (accented letters; curly quotes and dashes, E2 80 xx) are read
// here, without the call: on the 100 MB archive, countRunes and the
// decoding it called went from 1.49% to 1.34% of the job's instructions.
func runeSize(src string, i, b int) int {
	if i+3 <= b {
		c0, c1, c2 := src[i], src[i+1], src[i+2]
		switch {
		case c0 >= 0xC2 && c0 <= 0xDF && c1&0xC0 == 0x80:
			return 2
		case c0 >= 0xE1 && c0 <= 0xEC && c1&0xC0 == 0x80 && c2&0xC0 == 0x80:
			return 3
		}
	}
	_, size := utf8.DecodeRuneInString(src[i:b])
	return size
}

const hi7 = 0x8080808080808080

// le64 returns the first eight bytes of s as a little-endian word: one load.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
