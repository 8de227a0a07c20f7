package main

import (
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/factlint/factlint/facts"
)

// FuzzSortByStory holds sortByStory to the plain stable sort it replaced,
// which compared filepath.Dir of both inputs at each step. Each line of
// the text is a path.
func FuzzSortByStory(f *testing.F) {
	f.Add("a/1.txt\na/b/1.txt\na/z.txt")
	f.Add("b/x.md\na/y.md\nb/a.md\n./c/../d.txt\nd.txt\n/x//y/z.html")
	f.Add("s/2.txt\ns/1.txt\nt/1.txt")
	f.Fuzz(func(t *testing.T, text string) {
		var got []facts.Input
		for i, p := range strings.Split(text, "\n") {
			got = append(got, facts.Input{Path: p, MaxSize: int64(i)})
		}
		want := slices.Clone(got)
		sort.SliceStable(want, func(i, j int) bool {
			return filepath.Dir(want[i].Path) < filepath.Dir(want[j].Path)
		})
		sortByStory(got)
		if !slices.Equal(got, want) {
			t.Fatalf("sortByStory(%q) = %v, want %v", text, got, want)
		}
	})
}
