package source

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// naiveLines is the line table as NewFile made it before its fast path.
func naiveLines(src []byte) []int {
	lines := []int{0}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			lines = append(lines, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			lines = append(lines, i+1)
		}
	}
	return lines
}

func TestLineTableMatchesNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "word ", "\n", "\n\n", "\n\n\n", "\r", "\r\n", "\n\r", "é"}
	for range 20000 {
		var src []byte
		for n := r.IntN(20); n > 0; n-- {
			src = append(src, pieces[r.IntN(len(pieces))]...)
		}
		f := NewFile("x", src)
		if got, want := f.lines, naiveLines(src); !slices.Equal(got, want) {
			t.Fatalf("%q: lines %v, want %v", src, got, want)
		}
		if lf := f.LFLineStarts(); (lf == nil) != slices.Contains(src, '\r') || lf != nil && !slices.Equal(lf, f.lines) {
			t.Fatalf("%q: LFLineStarts %v, lines %v", src, lf, f.lines)
		}
		lf := slices.DeleteFunc(slices.Clone(src), func(c byte) bool { return c == '\r' })
		if got, want := NewFileLF("x", string(lf)).lines, naiveLines(lf); !slices.Equal(got, want) {
			t.Fatalf("%q: NewFileLF lines %v, want %v", lf, got, want)
		}
	}
}
