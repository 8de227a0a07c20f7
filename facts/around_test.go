package facts

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// aroundPlain is around decoding a character at a time: what the fast path
// must agree with.
func aroundPlain(src string, start, end int) (prefix, suffix string) {
	p := start
	for n := 0; n < ContextChars && p > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(src[:p])
		p -= size
	}
	s := end
	for n := 0; n < ContextChars && s < len(src); n++ {
		_, size := utf8.DecodeRuneInString(src[s:])
		s += size
	}
	return src[p:start], src[end:s]
}

// around's ASCII fast path must agree with decoding a character at a time,
// at every distance from the file's ends and across non-ASCII text.
func TestAroundMatchesPlain(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	pieces := []string{"a", "word ", "é", "“", "”", "\xe2", "\x80", "\xff", "𝄞", "0123456789", "\n", "Leaders of twenty-six nations met on Sunday."}
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(40); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		src := b.String()
		start := r.IntN(len(src) + 1)
		end := start + r.IntN(len(src)-start+1)
		p, s := around(src, start, end)
		wp, ws := aroundPlain(src, start, end)
		if p != wp || s != ws {
			t.Fatalf("around(%q, %d, %d) = %q, %q, want %q, %q", src, start, end, p, s, wp, ws)
		}
	}
}

func FuzzAroundMatchesPlain(f *testing.F) {
	f.Add("Leaders of 26 nations met “here” — and there, said the ministers of state", 20, 30)
	f.Fuzz(func(t *testing.T, src string, start, end int) {
		if start < 0 || end < start || end > len(src) {
			return
		}
		p, s := around(src, start, end)
		if wp, ws := aroundPlain(src, start, end); p != wp || s != ws {
			t.Fatalf("around(%q, %d, %d) = %q, %q, want %q, %q", src, start, end, p, s, wp, ws)
		}
	})
}
