package facts

import (
	"strings"
	"testing"
	"unicode"
)

// lowerInPlace must agree with strings.ToLower wherever it says ok, including
// across the eight-byte blocks of its ASCII path and at every alignment.
func TestLowerInPlace(t *testing.T) {
	texts := []string{
		"",
		"already lower case text",
		"Leaders of 26 NATIONS joined the @[Z]` call",
		"AZaz@[`{ ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789",
		"Zelenskyy met Giorgia Meloni in Kyiv — «Ça Va», ÉTÉ, Œuvre, ΑΘΗΝΑ",
		"MIXED ascii ÀND Ünïcödé ACROSS BLOCK BOUNDARIES ÄÖÜ",
	}
	for _, text := range texts {
		for shift := range 9 {
			in := strings.Repeat("x", shift) + text
			got, ok := lowerInPlace(in)
			if !ok {
				t.Errorf("lowerInPlace(%q) not ok", in)
				continue
			}
			if want := strings.ToLower(in); got != want {
				t.Errorf("lowerInPlace(%q) = %q, want %q", in, got, want)
			}
		}
	}
	// "İ" lowers to two characters: offsets would no longer line up.
	if _, ok := lowerInPlace("ISTANBUL İSTANBUL"); ok {
		t.Error(`lowerInPlace("… İSTANBUL") ok, want not ok`)
	}
}

func FuzzLowerInPlace(f *testing.F) {
	f.Add("Leaders of 26 NATIONS joined")
	f.Add("ÀND Ünïcödé ACROSS")
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := lowerInPlace(s)
		if !ok {
			return
		}
		if len(got) != len(s) {
			t.Fatalf("length changed: %q → %q", s, got)
		}
		if want := strings.ToLower(s); got != want && strings.ToValidUTF8(s, "\uFFFD") == s {
			t.Fatalf("lowerInPlace(%q) = %q, want %q", s, got, want)
		}
	})
}

// The tokenizer and lowerInPlace skip General Punctuation (U+2000–U+206F)
// without asking the Unicode tables; that is right only while the block
// has no letters, digits, combining marks or cased characters.
func TestGeneralPunctuationHasNoWordRunes(t *testing.T) {
	for r := rune(0x2000); r <= 0x206f; r++ {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.ToLower(r) != r {
			t.Errorf("U+%04X is a letter, digit, mark or cased", r)
		}
		if isWordRune(r) {
			t.Errorf("isWordRune(U+%04X) = true", r)
		}
	}
}
