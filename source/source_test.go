package source

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPosition(t *testing.T) {
	f := NewFile("a.txt", []byte("ab\r\n“c” d\rx\n\nz"))
	tests := []struct {
		name string
		off  int
		want Position
	}{
		{"start", 0, Position{"a.txt", 0, 1, 1}},
		{"after CRLF", 4, Position{"a.txt", 4, 2, 1}},
		{"after a curly quote counts one column", 7, Position{"a.txt", 7, 2, 2}},
		{"lone CR ends a line", 14, Position{"a.txt", 14, 3, 1}},
		{"empty line", 16, Position{"a.txt", 16, 4, 1}},
		{"last line", 17, Position{"a.txt", 17, 5, 1}},
		{"clamped past the end", 99, Position{"a.txt", 18, 5, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, f.Position(tt.off)); diff != "" {
				t.Errorf("Position(%d) (-want +got):\n%s", tt.off, diff)
			}
		})
	}
	if got := f.Line(2); got != "“c” d" {
		t.Errorf("Line(2) = %q", got)
	}
}

func TestErrorListPrint(t *testing.T) {
	f := NewFile("r.rules", []byte("fact x {\n  cuont\n}\n"))
	var l ErrorList
	l.Add(f.Pos(18), CodeParse, "second")
	l.Add(f.Pos(11), CodeParse, `unexpected "cuont"`)
	l.Sort()
	var buf bytes.Buffer
	Print(&buf, l.Err())
	want := "r.rules:2:3: unexpected \"cuont\"\n\t  cuont\n\t  ^\nr.rules:3:2: second\n\t}\n\t ^\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("Print (-want +got):\n%s", diff)
	}
	if got := l.Error(); got != `r.rules:2:3: unexpected "cuont" (and 1 more error)` {
		t.Errorf("Error() = %q", got)
	}
	var empty ErrorList
	if empty.Err() != nil {
		t.Error("empty list: Err() != nil")
	}
}
