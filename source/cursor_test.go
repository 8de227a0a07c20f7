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
