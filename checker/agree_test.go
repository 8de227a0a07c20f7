package checker

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factlint/factlint/facts"
)

// m is a test mention: a qualifier, its figures and a source.
type m struct {
	q      facts.Qualifier
	stated []float64
	src    string
}

func TestLargestAgreeing(t *testing.T) {
	tests := []struct {
		name     string
		mentions []m
		integers bool
		want     []int
		fit      string
	}{
		{
			name:     "26 and as many as 25 cannot agree; the exact figure wins the tie",
			mentions: []m{{facts.QualExact, []float64{26}, "a"}, {facts.QualAbout, []float64{25}, "b"}, {facts.QualUpTo, []float64{25}, "b"}},
			integers: true,
			want:     []int{0, 1},
			fit:      "26",
		},
		{
			name:     "more than 20 agrees with 31",
			mentions: []m{{facts.QualOver, []float64{20}, "a"}, {facts.QualExact, []float64{31}, "b"}},
			integers: true,
			want:     []int{0, 1},
			fit:      "31",
		},
		{
			name:     "more than 20 alone allows 21 and up",
			mentions: []m{{facts.QualOver, []float64{20}, "a"}},
			integers: true,
			want:     []int{0},
			fit:      "≥21",
		},
		{
			name:     "30 vs 31 with more than 20: the tie goes to more sources",
			mentions: []m{{facts.QualExact, []float64{30}, "b"}, {facts.QualOver, []float64{20}, "c"}, {facts.QualExact, []float64{31}, "c"}},
			integers: true,
			want:     []int{0, 1},
			fit:      "30",
		},
		{
			name:     "fewer than 25 is at most 24 for counts",
			mentions: []m{{facts.QualUnder, []float64{25}, "a"}, {facts.QualExact, []float64{25}, "b"}},
			integers: true,
			want:     []int{1},
			fit:      "25",
		},
		{
			name:     "fewer than 25 and 24.5 agree for real numbers",
			mentions: []m{{facts.QualUnder, []float64{25}, "a"}, {facts.QualExact, []float64{24.5}, "b"}},
			want:     []int{0, 1},
			fit:      "24.5",
		},
		{
			name:     "open ends touching do not overlap",
			mentions: []m{{facts.QualUnder, []float64{25}, "a"}, {facts.QualOver, []float64{25}, "b"}},
			want:     []int{0},
			fit:      "<25",
		},
		{
			name:     "between 20 and 30 agrees with about 20",
			mentions: []m{{facts.QualBetween, []float64{20, 30}, "a"}, {facts.QualAbout, []float64{20}, "b"}, {facts.QualExact, []float64{35}, "c"}},
			integers: true,
			want:     []int{0, 1},
			fit:      "20–22",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ivs := make([]facts.Interval, len(tt.mentions))
			srcs := make([]string, len(tt.mentions))
			for i, x := range tt.mentions {
				ivs[i] = x.q.Interval(x.stated, 0.1)
				srcs[i] = x.src
			}
			got, fit := largestAgreeing(ivs, srcs, tt.integers)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("members (-want +got):\n%s", diff)
			}
			if fit.String() != tt.fit {
				t.Errorf("fit = %s, want %s", fit, tt.fit)
			}
		})
	}
}
