package facts

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "Leaders met. They agreed.", []string{"Leaders met.", "They agreed."}},
		{"abbreviation", "Mr. Putin said no. Dr. Who left.", []string{"Mr. Putin said no.", "Dr. Who left."}},
		{"lines are paragraphs", "A headline\nThe body. More.\r\n\nLast", []string{"A headline", "The body.", "More.", "Last"}},
		{"closing quote stays", `“Stop now.” He left.`, []string{`“Stop now.”`, "He left."}},
		{"initials", "George W. Bush spoke.", []string{"George W. Bush spoke."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.text) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// Text with no full stop is cut into sentences of at most MaxSentence bytes
// that cover it, at spaces where there are any, never inside a character,
// and even when the bytes are not UTF-8 at all.
func TestSentencesCapped(t *testing.T) {
	tests := map[string]string{
		"words":        strings.Repeat("leaders of 26 nations met ", 400),
		"no spaces":    strings.Repeat("é", 3000),
		"invalid utf8": "\"0!" + strings.Repeat("\x85", 5000),
	}
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			sents := Sentences(text)
			covered := 0
			for _, s := range sents {
				if s.End-s.Start > MaxSentence {
					t.Fatalf("sentence of %d bytes", s.End-s.Start)
				}
				if s.Start < covered {
					t.Fatalf("sentences overlap at %d", s.Start)
				}
				if utf8.ValidString(text) && !utf8.ValidString(text[s.Start:s.End]) {
					t.Fatalf("cut inside a character at %d or %d", s.Start, s.End)
				}
				covered = s.End
			}
			if len(sents) < 2 || strings.TrimSpace(text[covered:]) != "" {
				t.Errorf("%d sentences cover up to %d of %d bytes", len(sents), covered, len(text))
			}
		})
	}
}
