package facts

import (
	"testing"
	"unicode/utf8"
)

// TestAnnotationOffsets checks the fields W3C selectors are made of: the
// characters [CharStart, CharEnd) of the original file are the fact's text,
// Prefix and Suffix are the file's characters right around it, and
// Sentence[SentStart:SentEnd] is where the fact sits in its sentence.
func TestAnnotationOffsets(t *testing.T) {
	tests := []struct {
		name, src, text string
		prefix, suffix  string // all of the file before and after text
	}{
		{"start of file", "26 nations met on the call.", "26 nations", "", " met on the call."},
		{"after multibyte characters", "The “coalition” — of 26 nations — met.", "26 nations", "The “coalition” — of ", " — met."},
		{"long context is cut to ContextChars", "Éé " + "abcdefghij abcdefghij abcdefghij abcdefghij " + "with 31 allied nations in total, officials said on Thursday night in London.", "31 allied nations",
			"Éé " + "abcdefghij abcdefghij abcdefghij abcdefghij " + "with ", " in total, officials said on Thursday night in London."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			facts := Extract(NewDocument("a.txt", []byte(tt.src)))
			var f *Fact
			for i := range facts {
				if facts[i].Text == tt.text {
					f = &facts[i]
				}
			}
			if f == nil {
				t.Fatalf("no fact %q among %d facts", tt.text, len(facts))
			}
			chars := []rune(tt.src)
			if got := string(chars[f.CharStart:f.CharEnd]); got != tt.text {
				t.Errorf("characters [%d,%d) are %q, want %q", f.CharStart, f.CharEnd, got, tt.text)
			}
			if f.Prefix != lastChars(tt.prefix, ContextChars) {
				t.Errorf("prefix %q, want %q", f.Prefix, lastChars(tt.prefix, ContextChars))
			}
			if f.Suffix != firstChars(tt.suffix, ContextChars) {
				t.Errorf("suffix %q, want %q", f.Suffix, firstChars(tt.suffix, ContextChars))
			}
			if got := f.Sentence[f.SentStart:f.SentEnd]; got != tt.text {
				t.Errorf("Sentence[%d:%d] is %q, want %q", f.SentStart, f.SentEnd, got, tt.text)
			}
		})
	}
}

func lastChars(s string, n int) string {
	r := []rune(s)
	return string(r[max(0, len(r)-n):])
}

func firstChars(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}
