package source

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

func TestCursorMatchesPosition(t *testing.T) {
	src := []byte("“Stop,” he said.\r\nLeaders of 26 nations\rmet ✓ here\n\nend")
	f := NewFile("c.txt", src)
	c := f.Cursor()
	r := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		off := r.IntN(len(src) + 3)
		for off > 0 && off < len(src) && !utf8.RuneStart(src[off]) {
			off-- // offsets inside a character mean nothing
		}
		got, chars := c.Seek(off)
		want := f.Position(off)
		if got != want {
			t.Fatalf("Seek(%d) = %v, want %v", off, got, want)
		}
		if w := utf8.RuneCount(src[:want.Offset]); chars != w {
			t.Fatalf("Seek(%d) chars = %d, want %d", off, chars, w)
		}
	}
}

// A cursor must agree with Position on random texts of many short lines,
// with every kind of line end and invalid UTF-8, seeking mostly forwards as
// finish does.
func TestCursorMatchesPositionRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "word ", "\n", "\r", "\r\n", "é", "“", "\xe2\x80", "\xff", "<p>\n", "Leaders of twenty-six nations met on Sunday."}
	for range 2000 {
		var src []byte
		for n := r.IntN(60); n > 0; n-- {
			src = append(src, pieces[r.IntN(len(pieces))]...)
		}
		f := NewFile("r.txt", src)
		c := f.Cursor()
		off := 0
		for range 20 {
			if r.IntN(5) == 0 {
				off = r.IntN(len(src) + 1)
			} else {
				off = min(len(src), off+r.IntN(40))
			}
			for off > 0 && off < len(src) && !utf8.RuneStart(src[off]) {
				off-- // offsets inside a character mean nothing
			}
			got, chars := c.Seek(off)
			if want := f.Position(off); got != want {
				t.Fatalf("%q: Seek(%d) = %v, want %v", src, off, got, want)
			}
			if w := utf8.RuneCount(src[:off]); chars != w {
				t.Fatalf("%q: Seek(%d) chars = %d, want %d", src, off, chars, w)
			}
		}
	}
}

// countRunes must agree with utf8.RuneCount on any bytes, valid UTF-8 or
// not, across its eight- and 32-byte blocks, wherever the span starts and
// ends in a larger buffer (the word it reads at the end reaches before the
// span).
func TestCountRunesMatchesUTF8(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", "word ", "\n", "é", "“", "✓", "\x80", "\xe2\x80", "\xff", "𝄞", "abcdefgh",
		"\xc2", "\xc1\xbf", "\xdf\xbf", "\xe1", "\xec\xbf\xbf", "\xed\xa0\x80", "\xe0\x80\x80", "\xee\x80\x80",
		"Leaders of twenty-six nations met on Sunday."} // 32-byte blocks too
	for range 20000 {
		var src []byte
		for n := r.IntN(30); n > 0; n-- {
			src = append(src, pieces[r.IntN(len(pieces))]...)
		}
		for i := range min(len(src), 9) {
			checkCountRunes(t, src, i, len(src))
			b := i + r.IntN(len(src)-i+1)
			checkCountRunes(t, src, i, b)
		}
	}
}

// runeSize must give the size utf8.DecodeRune gives, for every first
// three bytes of a character that is not ASCII, and with one, two or three
// bytes left.
func TestRuneSizeMatchesDecodeRune(t *testing.T) {
	src := make([]byte, 4)
	for c0 := 0x80; c0 < 0x100; c0++ {
		for c1 := range 0x100 {
			for c2 := range 0x100 {
				src[0], src[1], src[2], src[3] = byte(c0), byte(c1), byte(c2), 0x80
				s := string(src)
				for n := 1; n <= 4; n++ {
					if got, want := runeSize(s, 0, n), runeSizeDecode(src[:n]); got != want {
						t.Fatalf("runeSize(% x) = %d, want %d", src[:n], got, want)
					}
				}
			}
		}
	}
}

func runeSizeDecode(b []byte) int {
	_, size := utf8.DecodeRune(b)
	return size
}

func FuzzCountRunes(f *testing.F) {
	f.Add([]byte("“Stop,” he said. Leaders of 26 nations"), uint(3), uint(20))
	f.Fuzz(func(t *testing.T, src []byte, a, n uint) {
		if a > uint(len(src)) {
			return
		}
		checkCountRunes(t, src, int(a), int(a+min(n, uint(len(src))-a)))
	})
}

func checkCountRunes(t *testing.T, src []byte, a, b int) {
	t.Helper()
	if got, want := countRunes(string(src), a, b), utf8.RuneCount(src[a:b]); got != want {
		t.Fatalf("countRunes(%q, %d, %d) = %d, want %d", src, a, b, got, want)
	}
}

// SeekSpan must find what Seek finds for the start, and for the end from a
// copy of the cursor at the start, on any bytes and spans, backwards too.
func TestSeekSpanMatchesSeek(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	pieces := []string{"a", "word ", "\n", "\r", "\r\n", "é", "“", "\xe2\x80", "\xff", "<p>\n", "Leaders of twenty-six nations met on Sunday."}
	for range 2000 {
		var src []byte
		for n := r.IntN(60); n > 0; n-- {
			src = append(src, pieces[r.IntN(len(pieces))]...)
		}
		checkSeekSpan(t, r, src)
	}
}

func FuzzSeekSpan(f *testing.F) {
	f.Add([]byte("“Stop,” he said.\r\nLeaders of 26 nations\rmet ✓ here\n\nend"), uint64(1))
	f.Fuzz(func(t *testing.T, src []byte, seed uint64) {
		checkSeekSpan(t, rand.New(rand.NewPCG(seed, 13)), src)
	})
}

func checkSeekSpan(t *testing.T, r *rand.Rand, src []byte) {
	t.Helper()
	f := NewFile("s.txt", src)
	c, plain := f.Cursor(), f.Cursor()
	off := 0
	for range 20 {
		if r.IntN(5) == 0 {
			off = r.IntN(len(src)+6) - 3
		} else {
			off = min(len(src), off+r.IntN(40))
		}
		end := off + r.IntN(30) - 3
		var from, to Position
		fromChars, toChars := c.SeekSpan(off, end, &from, &to)
		wantFrom, wantFromChars := plain.Seek(off)
		e := *plain
		wantTo, wantToChars := e.Seek(end)
		if from != wantFrom || to != wantTo || fromChars != wantFromChars || toChars != wantToChars {
			t.Fatalf("%q: SeekSpan(%d, %d) = %v, %v, %d, %d, want %v, %v, %d, %d",
				src, off, end, from, to, fromChars, toChars, wantFrom, wantTo, wantFromChars, wantToChars)
		}
		if *c != *plain {
			t.Fatalf("%q: SeekSpan(%d, %d) leaves the cursor at %+v, Seek at %+v", src, off, end, *c, *plain)
		}
	}
}
