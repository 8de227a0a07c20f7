package facts

import (
	"fmt"
	"reflect"
	"testing"
)

// FuzzLoadExtract checks, for any input in any format, that loading either
// fails with an error or gives a document whose facts all point at their
// exact bytes in the file, in order, without panicking; and that a loader
// told the text is plain (unchanged(src), as loadBytes tells it) makes the
// same document as one not told.
func FuzzLoadExtract(f *testing.F) {
	f.Add("md", "---\ntitle: x\n---\n# Sir Keir Starmer\n\n\"We *will* act,\" he said, \"now.\"\r\n")
	f.Add("html", "<article><p>NATO Secretary&nbsp;General Mark Rutte said: &ldquo;Yes.&rdquo;</p><nav>Home</nav></article>")
	f.Add("json", `{"uri":"u","body_text":"Mr Zelenskyy said: \"caf\u00e9\\n\u2019\ud83d\ude00\""}`)
	f.Add("json", `{"uri":"u","bodies":[{"contentType":"text/html","value":"<p>A &amp; B: C, D and E.</p>"}]}`)
	f.Add("txt", "cafe\u0301 \u00adMs\u00a0Jane Doe said “a\n“b” and ‘c’")
	f.Fuzz(func(t *testing.T, format, src string) {
		load := map[string]func(string, string, bool) (*Document, error){
			"md": loadMarkdownString, "html": loadHTMLString, "json": loadJSONString, "txt": loadText,
		}[format]
		if load == nil {
			return
		}
		d, err := load("f."+format, src, false)
		if unchanged(src) {
			p, perr := load("f."+format, src, true)
			if fmt.Sprint(perr) != fmt.Sprint(err) {
				t.Fatalf("told plain: error %v, want %v", perr, err)
			}
			if err == nil && (p.Text != d.Text || !reflect.DeepEqual(p.segs, d.segs) || p.Meta != d.Meta || p.File.Text() != d.File.Text()) {
				t.Fatalf("told plain: text %q segs %v, want %q %v", p.Text, p.segs, d.Text, d.segs)
			}
		}
		if err != nil {
			return
		}
		for _, fact := range Extract(d) {
			if fact.Pos.Offset > fact.End.Offset || fact.End.Offset > len(src) {
				t.Fatalf("%s fact %q: span [%d, %d) outside file of %d bytes", fact.Kind, fact.Text, fact.Pos.Offset, fact.End.Offset, len(src))
			}
			if got := src[fact.Pos.Offset:fact.End.Offset]; got != fact.Text {
				t.Fatalf("%s fact: file bytes %q != text %q", fact.Kind, got, fact.Text)
			}
		}
	})
}
