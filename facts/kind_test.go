package facts

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestQualifierInterval(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name   string
		q      Qualifier
		stated []float64
		want   Interval
		read   string
	}{
		{"exact", QualExact, []float64{26}, Interval{Min: 26, Max: 26}, "26"},
		{"about widens by the tolerance", QualAbout, []float64{20}, Interval{Min: 18, Max: 22}, "≈20 (18–22)"},
		{"nearly is just under", QualNearly, []float64{50}, Interval{Min: 45, Max: 50, MaxOpen: true}, "nearly 50 ([45, 50))"},
		{"more than is open", QualOver, []float64{20}, Interval{Min: 20, MinOpen: true, Max: inf}, ">20"},
		{"at least is closed", QualAtLeast, []float64{20}, Interval{Min: 20, Max: inf}, "≥20"},
		{"as many as", QualUpTo, []float64{25}, Interval{Min: 0, Max: 25}, "≤25"},
		{"fewer than", QualUnder, []float64{25}, Interval{Min: 0, Max: 25, MaxOpen: true}, "<25"},
		{"at most", QualAtMost, []float64{25}, Interval{Min: 0, Max: 25}, "≤25"},
		{"between", QualBetween, []float64{20, 30}, Interval{Min: 20, Max: 30}, "20–30"},
		{"between, reversed", QualBetween, []float64{30, 20}, Interval{Min: 20, Max: 30}, "20–30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.q.Interval(tt.stated, 0.1)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Interval (-want +got):\n%s", diff)
			}
			f := Fact{Qualifier: tt.q, Stated: tt.stated}
			if r := f.Reading(0.1); r != tt.read {
				t.Errorf("Reading = %q, want %q", r, tt.read)
			}
		})
	}
}

func TestIntegers(t *testing.T) {
	tests := []struct {
		name   string
		iv     Interval
		lo, hi float64
		ok     bool
	}{
		{"more than 20", QualOver.Interval([]float64{20}, 0), 21, math.Inf(1), true},
		{"fewer than 25", QualUnder.Interval([]float64{25}, 0), 0, 24, true},
		{"about 25 at 10%", QualAbout.Interval([]float64{25}, 0.1), 23, 27, true},
		{"empty", Interval{Min: 20, Max: 21, MinOpen: true, MaxOpen: true}, 21, 20, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lo, hi, ok := tt.iv.Integers()
			if lo != tt.lo || hi != tt.hi || ok != tt.ok {
				t.Errorf("Integers() = %v, %v, %v; want %v, %v, %v", lo, hi, ok, tt.lo, tt.hi, tt.ok)
			}
		})
	}
}
