package facts

import (
	"bytes"
	"reflect"
	"testing"
)

// FuzzLoad runs any bytes through the whole loading path of each format
// (decoding, the warning policy, the format's loader) and extraction, and
// checks what must hold for every input: no panic; every fact's span lies
// inside the document; its text is the document's bytes at its
// span; its line and column are those of its offset; and the same input
// gives the same facts and warnings again.
func FuzzLoad(f *testing.F) {
	for _, seed := range []struct{ ext, src string }{
		{".txt", "Leaders of 26 nations met.\r\nAs many as 25 countries joined, officials said.\rOk."},
		{".txt", "Bad \xff byte, then 26 nations met."},
		{".txt", "\xff\xfeL\x00e\x00a\x00d\x00 \x002\x006\x00 \x00n\x00a\x00t\x00i\x00o\x00n\x00s\x00"},
		{".txt", "PK\x03\x04\x00\x00 26 nations"},
		{".txt", ""},
		{".md", "---\ntitle: x\n---\n# Sir Keir Starmer\n\n\"We *will* act,\" he said of 26 nations.\r\n"},
		{".html", "<article><p>NATO Secretary&nbsp;General Mark Rutte said 26 nations &ldquo;agreed.&rdquo;</p><nav>Home</nav></article>"},
		{".json", `{"uri":"u","body_text":"Mr Zelenskyy said 26 nations: \"caf\u00e9\\n\u2019\ud83d\ude00\""}`},
		{".json", `{"uri":"u","bodies":[{"contentType":"text/html","value":"<p>A &amp; B: 3 of 26 nations.</p>"}]}`},
	} {
		f.Add(seed.ext, []byte(seed.src))
	}
	f.Fuzz(func(t *testing.T, ext string, src []byte) {
		if _, ok := loaders[ext]; !ok {
			return
		}
		orig := bytes.Clone(src)
		d, err := loadBytes("f"+ext, ext, src)
		if err != nil {
			return
		}
		if !bytes.Equal(src, orig) {
			t.Fatal("loading changed the input bytes")
		}
		file := []byte(d.File.Text())
		facts := Extract(d)
		for _, fact := range facts {
			a, b := fact.Pos.Offset, fact.End.Offset
			if a < 0 || a > b || b > len(file) {
				t.Fatalf("%s fact %q: span [%d, %d) outside the document of %d bytes", fact.Kind, fact.Text, a, b, len(file))
			}
			if got := string(file[a:b]); got != fact.Text {
				t.Fatalf("%s fact: document bytes %q != text %q", fact.Kind, got, fact.Text)
			}
			if p := d.File.Position(a); p.Line != fact.Pos.Line || p.Column != fact.Pos.Column {
				t.Fatalf("%s fact %q at %d:%d, but its offset %d is %d:%d", fact.Kind, fact.Text, fact.Pos.Line, fact.Pos.Column, a, p.Line, p.Column)
			}
		}
		if !bytes.HasPrefix(orig, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(orig, []byte{0xFE, 0xFF}) && !bytes.HasPrefix(orig, []byte{0xEF, 0xBB, 0xBF}) {
			if len(facts) > 0 && !bytes.Equal(file, orig) {
				t.Fatal("the document's bytes are not the file's")
			}
		}
		d2, err := loadBytes("f"+ext, ext, orig)
		if err != nil {
			t.Fatalf("second load failed: %v", err)
		}
		if again := Extract(d2); !reflect.DeepEqual(facts, again) {
			t.Fatal("the same input gave different facts")
		}
		if !reflect.DeepEqual(d.Warnings, d2.Warnings) {
			t.Fatalf("the same input gave different warnings: %v, %v", d.Warnings, d2.Warnings)
		}
	})
}
