package facts

import (
	"math/rand/v2"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// yamlFrontMatter reads front matter the way loadMarkdown does when
// simpleFrontMatter declines it.
func yamlFrontMatter(y []byte) (frontMatter, error) {
	var fm frontMatter
	var node yaml.Node
	if err := yaml.Unmarshal(y, &node); err != nil {
		return fm, err
	}
	err := node.Decode(&fm)
	return fm, err
}

func checkSimpleFrontMatter(t *testing.T, y string) bool {
	t.Helper()
	got, ok := simpleFrontMatter(y)
	if !ok {
		return false
	}
	want, err := yamlFrontMatter([]byte(y))
	if err != nil {
		t.Fatalf("%q: simple reading accepted it, yaml.v3 says %v", y, err)
	}
	if got != want {
		t.Fatalf("%q: simple reading %+v, yaml.v3 %+v", y, got, want)
	}
	return true
}

var fmKeys = []string{"title", "outlet", "url", "published", "author", "tags", "null", "true", "Title", "x_1", "a-b", "-", "? a", "title ", " title", "\ttitle"}

var fmValues = []string{
	"", " ", ": ", "  ", " plain value", " 2021-08-09T17:33:00Z", " 2025-03-15", " https://x.example/a/b?c=d", " a: b", " a:b", " a:", " a #b", " a#b",
	` "quoted: # value"`, ` "a\"b"`, ` "a\nb"`, ` "x" `, ` "x" y`, ` "x`, ` 'single'`, " ~", " null", " Null", " NULL", " nULL", " true", " 12", " 1e3", " .5", " -5", " - x",
	" [a, b]", " {a: b}", " &a x", " *a", " !tag x", " |", " >", " %x", " @x", " `x", " José García", " \u00a0x", " x\u00a0", " x\u2028y", " x\ufeffy", " x\U0001F600",
	" x\ty", " \tx", " x\x01", " \xff", ` "caf` + "\u00e9" + `"`, ` ""`, " O'Brien", ` say "hi"`, " a, b", " a]", " a}", " x  y", " 0x1F", " yes", " no", " on",
}

func TestSimpleFrontMatterMatchesYAML(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	accepted := 0
	for range 60000 {
		var sb strings.Builder
		for n := r.IntN(6); n > 0; n-- {
			switch r.IntN(12) {
			case 0:
				sb.WriteString("\n")
			case 1:
				sb.WriteString("  nested: x\n")
			default:
				sb.WriteString(fmKeys[r.IntN(len(fmKeys))] + ":" + fmValues[r.IntN(len(fmValues))] + "\n")
			}
		}
		if checkSimpleFrontMatter(t, sb.String()) {
			accepted++
		}
	}
	if accepted < 1500 {
		t.Errorf("only %d of 60000 front matters read the simple way", accepted)
	}
}

func FuzzSimpleFrontMatter(f *testing.F) {
	f.Add("title: \"A title\"\noutlet: Signal and Noise\npublished: 2021-08-09T17:33:00Z\n")
	f.Add("author: ~\nurl: https://x.example/a\n")
	f.Fuzz(func(t *testing.T, y string) {
		checkSimpleFrontMatter(t, y)
	})
}
