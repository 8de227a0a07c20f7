package facts

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// refAdd is builder.add as it was before its fast paths: the reference the
// fast paths must match byte for byte and segment for segment.
func (b *builder) refAdd(orig int, s string) {
	i := 0
	flush := func(j int) {
		if j > i {
			b.at(orig + i)
			b.buf = append(b.buf, s[i:j]...)
			b.next = orig + j
			b.ended(orig + j)
		}
		i = j
	}
	replace := func(j, n int, with string) {
		flush(j)
		b.newSeg(orig + j)
		b.buf = append(b.buf, with...)
		b.ended(orig + j + n)
		b.next = -1
		i = j + n
	}
	needNFC := !norm.NFC.IsNormalString(s)
	for j := 0; j < len(s); {
		if needNFC {
			k := norm.NFC.NextBoundaryInString(s[j:], true)
			if k <= 0 {
				k = len(s) - j
			}
			if seq := s[j : j+k]; !norm.NFC.IsNormalString(seq) {
				replace(j, k, norm.NFC.String(seq))
				j += k
				continue
			}
		}
		if s[j] < utf8.RuneSelf && s[j] != '\r' {
			j++
			continue
		}
		n, with := special(s[j:])
		if n > 0 {
			replace(j, n, with)
			j += n
			continue
		}
		_, size := utf8.DecodeRuneInString(s[j:])
		j += size
	}
	flush(len(s))
	b.last = orig + len(s)
}

// normPieces are what random texts are made of: plain ASCII, line endings,
// characters normalisation changes, combining marks that compose with what
// precedes them, Hangul jamo, and invalid UTF-8.
var normPieces = []string{
	"a", "e", "<", " ", "word ", "plain ASCII text that is long enough. ", "\n", "\r", "\r\n",
	"\u00a0", "\u202f", "\u00ad", "\u200b", "\ufeff", "\u2060", "\u2009",
	"\u0301", "\u0327", "\u0338", "\u0323\u0302", "\u0302\u0323", "é", "e\u0301", "ñ", "’", "—", "“", "”",
	"€", "ǅ", "\u2000", "\u2001", "\u2002", "\u2007", "\u1100", "\u1161", "\u11a8", "각", "\u0b47", "\u0b3e", "\xff", "\xe2\x80", "\xc3", "Ω", "\u2126", "Å",
}

func randomNormText(r *rand.Rand) string {
	var s []byte
	for n := r.IntN(24); n > 0; n-- {
		s = append(s, normPieces[r.IntN(len(normPieces))]...)
	}
	return string(s)
}

func TestBuilderAddMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 10000 {
		var parts []string
		for n := 1 + r.IntN(3); n > 0; n-- {
			parts = append(parts, randomNormText(r))
		}
		got, want := builder{next: -1}, builder{next: -1}
		orig := r.IntN(5)
		for _, p := range parts {
			got.add(orig, p)
			want.refAdd(orig, p)
			orig += len(p) + r.IntN(3)
		}
		if string(got.buf) != string(want.buf) || !reflect.DeepEqual(got.segs, want.segs) || got.next != want.next || got.last != want.last {
			t.Fatalf("add(%q):\n got %q %v next %d last %d\nwant %q %v next %d last %d", parts, got.buf, got.segs, got.next, got.last, want.buf, want.segs, want.next, want.last)
		}
	}
}

func FuzzBuilderAdd(f *testing.F) {
	f.Add("e\u0301 plain\r\n text\u00a0x", 3)
	f.Fuzz(func(t *testing.T, s string, orig int) {
		orig &= 0xffff
		got, want := builder{next: -1}, builder{next: -1}
		got.add(orig, s)
		want.refAdd(orig, s)
		if string(got.buf) != string(want.buf) || !reflect.DeepEqual(got.segs, want.segs) || got.next != want.next || got.last != want.last {
			t.Fatalf("add(%q): got %q %v, want %q %v", s, got.buf, got.segs, want.buf, want.segs)
		}
	})
}

// TestInertCharacters checks what startersOnly relies on: every inert
// character is a starter that is NFC by itself and after any ASCII or inert
// character (so it is the second half of no composition).
func TestInertCharacters(t *testing.T) {
	var chars []rune
	for r := rune(0); r <= 0xffff; r++ {
		if r < utf8.RuneSelf || inert(r) {
			chars = append(chars, r)
		}
	}
	for _, r := range chars {
		if r >= utf8.RuneSelf && norm.NFC.PropertiesString(string(r)).CCC() != 0 {
			t.Fatalf("%U has combining class %d", r, norm.NFC.PropertiesString(string(r)).CCC())
		}
		if !norm.NFC.IsNormalString(string(r)) {
			t.Fatalf("%U is not NFC", r)
		}
		for _, c := range chars {
			if s := string(c) + string(r); !norm.NFC.IsNormalString(s) {
				t.Fatalf("%q is not NFC", s)
			}
		}
	}
}

func TestNormalizeUnchanged(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for range 20000 {
		src := randomNormText(r)
		d := normalize("x", []byte(src))
		b := builder{next: -1}
		b.refAdd(0, src)
		want := b.document("x", src)
		if d.Text != want.Text || !reflect.DeepEqual(d.segs, want.segs) {
			t.Fatalf("normalize(%q) = %q %v, want %q %v", src, d.Text, d.segs, want.Text, want.segs)
		}
	}
}

// refReplace is builder.replace as it was before its fast path: s
// normalised by a builder of its own.
func (b *builder) refReplace(orig, n int, s string) {
	b.newSeg(orig)
	nb := builder{next: -1}
	nb.add(orig, s)
	b.buf = append(b.buf, nb.buf...)
	b.ended(orig + n)
	b.next = -1
	b.last = orig + n
}

func checkReplace(t *testing.T, parts []string, orig int) {
	got, want := builder{next: -1}, builder{next: -1}
	for i, p := range parts {
		if i%2 == 0 {
			got.add(orig, p)
			want.add(orig, p)
		} else {
			got.replace(orig, len(p)+1, p)
			want.refReplace(orig, len(p)+1, p)
		}
		orig += len(p) + 1
	}
	if string(got.buf) != string(want.buf) || !reflect.DeepEqual(got.segs, want.segs) || got.next != want.next || got.last != want.last {
		t.Fatalf("replace(%q):\n got %q %v next %d last %d\nwant %q %v next %d last %d", parts, got.buf, got.segs, got.next, got.last, want.buf, want.segs, want.next, want.last)
	}
}

func TestBuilderReplaceMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 10000 {
		var parts []string
		for n := 1 + r.IntN(5); n > 0; n-- {
			parts = append(parts, randomNormText(r))
		}
		checkReplace(t, parts, r.IntN(5))
	}
}

func FuzzBuilderReplace(f *testing.F) {
	f.Add("plain ", "e\u0301\r\n\u00a0", "x")
	f.Fuzz(func(t *testing.T, a, s, c string) {
		checkReplace(t, []string{a, s, c}, 0)
	})
}

// TestUnchangedShort holds unchanged's answer for a text of at most one
// byte to unchangedText's, which it skips.
func TestUnchangedShort(t *testing.T) {
	if !unchanged("") || !unchangedText("") {
		t.Errorf(`unchanged("") = %v, unchangedText("") = %v; want true`, unchanged(""), unchangedText(""))
	}
	for c := range 256 {
		s := string([]byte{byte(c)})
		if got, want := unchanged(s), unchangedText(s); got != want {
			t.Errorf("unchanged(%q) = %v, unchangedText says %v", s, got, want)
		}
	}
}
