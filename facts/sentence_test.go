package facts

import (
	"testing"

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
