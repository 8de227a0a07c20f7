package main

import "testing"

func TestSameSet(t *testing.T) {
	tests := []struct {
		name      string
		want, got []pair
		same      bool
	}{
		{"rounded value", []pair{{"two thirds", "0.666666666666667"}}, []pair{{"two thirds", "0.6666666666666666"}}, true},
		{"duplicates collapse", []pair{{"50 dollar", "50"}, {"50 dollar", "50"}}, []pair{{"50 dollar", "50"}}, true},
		{"percent sign", []pair{{"5 percent", "5%"}}, []pair{{"5 percent", "5"}}, false},
		{"missing pair", []pair{{"1", "1"}, {"2", "2"}}, []pair{{"1", "1"}}, false},
		{"extra pair", nil, []pair{{"one", "1"}}, false},
		{"other text", []pair{{"$ 20", "20"}}, []pair{{"20", "20"}}, false},
		{"relative ordinal", []pair{{"last", "end+0"}}, []pair{{"last", "end+0"}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameSet(tt.want, tt.got); got != tt.same {
				t.Errorf("sameSet(%v, %v) = %v, want %v", tt.want, tt.got, got, tt.same)
			}
		})
	}
}
