package facts

import (
	"testing"
	"unicode/utf8"
)

// plainSpanPlain is plainSpan a byte at a time.
func plainSpanPlain(s string, i int) int {
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] == '\r' {
			return i
		}
	}
	return len(s)
}

// nonASCIIPlain is nonASCII a byte at a time.
func nonASCIIPlain(s string, i int) int {
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i
		}
	}
	return len(s)
}

// checkPlainSpans holds plainSpan and nonASCII to their plain forms at every
// starting index of s.
func checkPlainSpans(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s); i++ {
		if got, want := plainSpan(s, i), plainSpanPlain(s, i); got != want {
			t.Fatalf("plainSpan(%q, %d) = %d, want %d", s, i, got, want)
		}
		if got, want := nonASCII(s, i), nonASCIIPlain(s, i); got != want {
			t.Fatalf("nonASCII(%q, %d) = %d, want %d", s, i, got, want)
		}
	}
}

func TestSpansMatchPlain(t *testing.T) {
	base := "The council voted 7-2 on Tuesday to approve the budget."
	for _, odd := range []string{"\r", "\r\n", "é", "\x80", "\x7f", "\x0c", "\x8d", "\xff", "’"} {
		for at := 0; at <= len(base); at++ {
			checkPlainSpans(t, base[:at]+odd+base[at:])
		}
	}
	checkPlainSpans(t, "")
	checkPlainSpans(t, base)
}

func FuzzSpans(f *testing.F) {
	f.Add("plain ascii text, long enough for eight-byte words\r\n")
	f.Add("caf\u00e9 \u2019quoted\u2019 \r")
	f.Fuzz(func(t *testing.T, s string) { checkPlainSpans(t, s) })
}
