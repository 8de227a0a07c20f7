package facts

import (
	"errors"
	"html"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/factlint/factlint/source"
)

// The same short article in every input format: the text read from each is
// the same words, and every fact points at its characters in the file.
func TestFormats(t *testing.T) {
	meta := Meta{Title: "Leaders meet online", Published: "2025-03-15T12:00:00Z"}
	tests := []struct {
		file string
		meta Meta
		text string
	}{
		{"article.txt", Meta{}, "Sir Keir Starmer hosted a call with leaders of 26 nations.\nThe prime minister said: “The world needs action, not a study.”\nNATO Secretary General Mark Rutte joined the café talks.\n"},
		{"article.md", Meta{Outlet: "Example News", URL: "https://example.com/coalition", Published: "2025-03-15T12:00:00Z", Title: "Leaders meet"},
			"Leaders meet online\nSir Keir Starmer hosted a call with leaders of 26 nations, *including* Ukraine & Canada. The prime minister said: \"The world needs action, not a study.\"\nItalian Prime Minister Giorgia Meloni joined.\nNATO Secretary General Mark Rutte also joined."},
		{"article.html", Meta{Outlet: "Example News", URL: "https://example.com/coalition", Published: "2025-03-15T12:00:00Z", Title: "Leaders meet online", Author: "Jo Reporter"},
			"Leaders meet online\nSir Keir Starmer hosted a call with leaders of 26 nations, including Ukraine & Canada.\nThe prime minister said: “The world needs action, not a study.”\nNATO Secretary General Mark Rutte also joined."},
		{"ninjs1.json", Meta{URL: "urn:example:1", Published: meta.Published, Modified: meta.Published, Title: meta.Title, Author: "Jo Reporter"},
			"Sir Keir Starmer hosted a call with leaders of 26 nations.\nThe prime minister said: \"The world needs action, not a study.\"\nNATO Secretary General Mark Rutte also joined the café talks."},
		{"ninjs3.json", Meta{URL: "urn:example:3", Published: meta.Published, Modified: meta.Published, Title: meta.Title, Author: "Jo Reporter"},
			"Sir Keir Starmer hosted a call with leaders of 26 nations.\nThe prime minister said: “The world needs action, not a study.”\nNATO Secretary General Mark Rutte also joined."},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "formats", tt.file)
			d, err := Load(Input{Path: path}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != tt.text {
				t.Errorf("text = %q\nwant   %q", d.Text, tt.text)
			}
			if d.Meta != tt.meta {
				t.Errorf("meta = %+v\nwant   %+v", d.Meta, tt.meta)
			}
			src, _ := os.ReadFile(path)
			checkWordsMapBack(t, d, src, strings.HasSuffix(tt.file, ".json"))
			fs := Extract(d)
			checkSpans(t, fs, src)
			// Mark Rutte is found at his place in the original file.
			var rutte *Fact
			for i := range fs {
				if fs[i].Kind == KindPerson && fs[i].Name == "Mark Rutte" {
					rutte = &fs[i]
				}
			}
			if rutte == nil {
				t.Fatal("no person fact for Mark Rutte")
			}
			want := source.NewFile(path, src).Position(strings.Index(string(src), "Mark Rutte"))
			if rutte.Pos.Line != want.Line || rutte.Pos.Column != want.Column {
				t.Errorf("Mark Rutte at %d:%d, want %d:%d", rutte.Pos.Line, rutte.Pos.Column, want.Line, want.Column)
			}
			var quote bool
			for _, f := range fs {
				if f.Kind == KindQuote && f.Quote == "The world needs action, not a study." {
					quote = true
				}
			}
			if !quote {
				t.Error("the prime minister's quote was not found")
			}
		})
	}
}

// checkSpans checks that each fact's text is the file's bytes at its span,
// and that its line and column are those of its offset.
func checkSpans(t *testing.T, fs []Fact, src []byte) {
	t.Helper()
	f := source.NewFile("x", src)
	for _, fact := range fs {
		if got := string(src[fact.Pos.Offset:fact.End.Offset]); got != fact.Text {
			t.Errorf("%s fact: file bytes at span %q != text %q", fact.Kind, got, fact.Text)
		}
		if p := f.Position(fact.Pos.Offset); p.Line != fact.Pos.Line || p.Column != fact.Pos.Column {
			t.Errorf("%s fact %q: position %d:%d, offset says %d:%d", fact.Kind, fact.Text, fact.Pos.Line, fact.Pos.Column, p.Line, p.Column)
		}
	}
}

// checkWordsMapBack checks that every word of the document's text maps to
// the same word in the file, once the file's escapes are decoded and its
// text normalised.
func checkWordsMapBack(t *testing.T, d *Document, src []byte, json bool) {
	t.Helper()
	for _, s := range Sentences(d.Text) {
		for _, tok := range tokenize(d.Text, s.Start, s.End, nil) {
			if tok.kind == tPunct {
				continue
			}
			orig := d.OrigText(tok.start, tok.end)
			if json {
				if u, err := strconv.Unquote(`"` + orig + `"`); err == nil {
					orig = u
				}
			}
			orig = norm.NFC.String(strings.ReplaceAll(html.UnescapeString(orig), "\u00ad", ""))
			orig = strings.ReplaceAll(orig, "\u00a0", " ")
			if orig != tok.text {
				t.Errorf("word %q maps to %q in the file", tok.text, orig)
			}
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"crlf", "a\r\nb\rc", "a\nb\nc"},
		{"nbsp", "26\u00a0nations", "26 nations"},
		{"soft hyphen", "ac\u00adtion", "action"},
		{"nfc", "cafe\u0301 and re\u0301sume\u0301", "café and résumé"},
		{"bom and zero width", "\ufeffone\u200btwo", "onetwo"},
		{"curly quotes and dashes kept", "“a” – ‘b’ — c", "“a” – ‘b’ — c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := normalize("t.txt", []byte(tt.in))
			if d.Text != tt.want {
				t.Fatalf("text = %q, want %q", d.Text, tt.want)
			}
			// Each rune of the text maps into the file, in order, and the
			// whole text maps to the whole file.
			last := -1
			for i := range d.Text {
				o := d.Orig(i)
				if o < last || o > len(tt.in) {
					t.Fatalf("offset %d maps to %d after %d", i, o, last)
				}
				last = o
			}
			if d.OrigEnd(len(d.Text)) != len(tt.in) {
				t.Errorf("end maps to %d, want %d", d.OrigEnd(len(d.Text)), len(tt.in))
			}
		})
	}
	// A word after a changed character points at its place in the file.
	d := normalize("t.txt", []byte("x\u00a0\u00a0cafe\u0301 Mark Rutte"))
	i := strings.Index(d.Text, "Mark")
	if got := d.OrigText(i, i+len("Mark Rutte")); got != "Mark Rutte" {
		t.Errorf("OrigText = %q", got)
	}
	if p := d.Position(i); p.Column != 10 {
		t.Errorf("column %d, want 10", p.Column)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, file, content, want string
		line, col                 int
	}{
		{"broken json", "bad.json", "{\n  \"uri\": \"x\",\n  oops\n}", "invalid JSON", 3, 0},
		{"not ninjs", "other.json", `{"name": "package"}`, "not an IPTC ninjs document", 1, 1},
		{"ninjs without body", "nobody.json", `{"uri": "urn:x"}`, "ninjs document has no body", 1, 1},
		{"bad front matter", "bad.md", "---\ntitle: [unclosed\n---\nText.", "front matter:", 2, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load(Input{Path: path}, nil)
			var se *source.Error
			if !errors.As(err, &se) {
				t.Fatalf("error %v is not a source.Error", err)
			}
			if !strings.HasPrefix(se.Msg, tt.want) || se.Code != source.CodeInput {
				t.Errorf("msg %q code %q, want prefix %q", se.Msg, se.Code, tt.want)
			}
			if se.Pos.Line != tt.line || tt.col != 0 && se.Pos.Column != tt.col {
				t.Errorf("at %d:%d, want %d:%d", se.Pos.Line, se.Pos.Column, tt.line, tt.col)
			}
			if !utf8.ValidString(se.Error()) {
				t.Error("message is not valid UTF-8")
			}
		})
	}
}

// A page's navigation, related stories and footer are not article text.
func TestHTMLBoilerplate(t *testing.T) {
	d, err := Load(Input{Path: filepath.Join("testdata", "formats", "article.html")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Home", "World News", "Share this", "Related", "Copyright", "Example News"} {
		if strings.Contains(d.Text, w) {
			t.Errorf("text holds %q", w)
		}
	}
	// Without an <article>, the JSON-LD articleBody is the text, and its
	// offsets point inside the JSON string in the page.
	page := `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","articleBody":"Mark Rutte said: \"We agree.\""}</script></head><body><nav>Menu</nav></body></html>`
	d, err = loadHTML("p.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != `Mark Rutte said: "We agree."` {
		t.Fatalf("text = %q", d.Text)
	}
	fs := Extract(d)
	checkSpans(t, fs, []byte(page))
	for _, f := range fs {
		if f.Kind == KindQuote && f.Text != `\"We agree.\"` {
			t.Errorf("quote text %q", f.Text)
		}
	}
}

// A span that ends before markup or a trimmed space stops at the word.
func TestSpanEndsAtWord(t *testing.T) {
	page := "<article><p>Leaders <b>joined</b> </p><p>Mark Rutte said: “We agree.” </p></article>"
	d, err := loadHTML("p.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"joined", "“We agree.”"} {
		i := strings.Index(d.Text, w)
		if i < 0 {
			t.Fatalf("text %q lacks %q", d.Text, w)
		}
		if got := d.OrigText(i, i+len(w)); got != w {
			t.Errorf("OrigText(%q) = %q", w, got)
		}
	}
}
