package facts

import (
	"testing"
)

// FuzzLoadExtract checks, for any input in any format, that loading either
// fails with an error or gives a document whose facts all point at their
// exact bytes in the file, in order, without panicking.
func FuzzLoadExtract(f *testing.F) {
	f.Add("md", "---\ntitle: x\n---\n# Sir Keir Starmer\n\n\"We *will* act,\" he said, \"now.\"\r\n")
	f.Add("html", "<article><p>NATO Secretary&nbsp;General Mark Rutte said: &ldquo;Yes.&rdquo;</p><nav>Home</nav></article>")
	f.Add("json", `{"uri":"u","body_text":"Mr Zelenskyy said: \"caf\u00e9\\n\u2019\ud83d\ude00\""}`)
	f.Add("json", `{"uri":"u","bodies":[{"contentType":"text/html","value":"<p>A &amp; B: C, D and E.</p>"}]}`)
	f.Add("txt", "cafe\u0301 \u00adMs\u00a0Jane Doe said “a\n“b” and ‘c’")
	f.Fuzz(func(t *testing.T, format, src string) {
		load := map[string]func(string, []byte) (*Document, error){
			"md": loadMarkdown, "html": loadHTML, "json": loadJSON, "txt": loadText,
		}[format]
		if load == nil {
			return
		}
		d, err := load("f."+format, []byte(src))
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
