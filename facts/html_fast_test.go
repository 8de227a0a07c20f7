package facts

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html/atom"

	"github.com/factlint/factlint/internal/corpusgen/gen"
)

// scanHTMLBoth scans src with scanHTMLFast and, where it reads the page,
// fails t unless the tokenizer's scan is the same. It reports whether the
// fast scan read the page.
func scanHTMLBoth(t *testing.T, src string) bool {
	t.Helper()
	m := identity(src, 0)
	var fast, slow htmlScanState
	fast.init(m)
	if !scanHTMLFast(m, &fast) {
		return false
	}
	slow.init(m)
	scanHTMLTokenizer(m, &slow)
	if !reflect.DeepEqual(fast.sc, slow.sc) {
		t.Fatalf("%q:\nfast %+v\nslow %+v", src, fast.sc, slow.sc)
	}
	return true
}

// htmlFastPieces are bits of pages of the shape scanHTMLFast reads, and a
// few it leaves to the tokenizer.
var htmlFastPieces = []string{
	"<!DOCTYPE html>", "<!doctype html>", "<html lang=\"en\">", "<head>", "</head>", "<meta charset=\"utf-8\">",
	`<meta property="og:title" content="A title">`, `<meta name='author' content="Jo Bloggs" />`,
	"<title>T &amp; t</title>", "<title></title>", "<body>", "</body>", "<article>", "</article>", "<main>", "</main>",
	`<div role="main">`, `<div class="share">`, `<div id = "x" hidden>`, `<span aria-hidden="true">`, "</div>", "</span>",
	"<p>", "</p>", `<p class="byline">`, "<h1>", "</h1>", "<nav>", "</nav>", "<header>", "</header>", "<br>", "<br/>", "<br />",
	"<script>var a = '</p>'; if (a < b) {}</script>", "<script></script>", "<script>x</SCRIPT >", "<script/>",
	`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","articleBody":"Body 26 text"}</script>`,
	"<style>p > a { color: red }</style>", "<textarea>a<b></textarea>", "<noscript><p>x</p></noscript>",
	"<!-- c -->", "<!---->", "<!-->", "<!-- a -- b -->", "<?xml version=\"1.0\"?>", "<![CDATA[x]]>",
	"Text of 26 nations.", " words  and \n spaces ", "a < b", "a <3 b", "&nbsp;", "&amp;", "caf\u00e9", "\r\n",
	"<a href=\"/x\">link</a>", "<img src='x.jpg' alt=\"\"/>", "<td>", "<th>", "<x-y>", "</x-y>", "<a<b>", "<a\"b>",
	// Left to the tokenizer.
	"<P>", "</P >", "<a href=x>", "<a title=\"&amp;\">", "</>", "</ x>", "<!--->", "<!-- --!>", "<p", "<", "<!--", "\x00",
	"<script><!-- x --></script>", "<plaintext>", "<a CLASS=\"x\">", "<a =x>",
}

func randomHTML(r *rand.Rand, pieces []string) string {
	var sb strings.Builder
	for n := r.IntN(24); n > 0; n-- {
		sb.WriteString(pieces[r.IntN(len(pieces))])
	}
	return sb.String()
}

func TestScanHTMLFastMatchesTokenizer(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	fast, n := 0, 30000
	for range n {
		if scanHTMLBoth(t, randomHTML(r, htmlFastPieces)) {
			fast++
		}
		scanHTMLBoth(t, randomHTML(r, htmlDocPieces))
	}
	// The pieces are chosen so that many pages take the fast path, or the
	// test would hold it to little.
	if fast < n/10 {
		t.Errorf("the fast scan read %d of %d pages", fast, n)
	}
}

// TestScanHTMLFastReadsPages checks that the fast scan reads the project's
// HTML pages and a generated archive's, and reads them as the tokenizer
// does: were it to give up on them, loading would lose its speed unseen.
func TestScanHTMLFastReadsPages(t *testing.T) {
	dir := t.TempDir()
	o := gen.DefaultOptions()
	o.Dir, o.Size = filepath.Join(dir, "corpus"), 1_000_000
	if _, err := gen.Generate(o); err != nil {
		t.Fatal(err)
	}
	var pages []string
	for _, root := range []string{o.Dir, "testdata", "../seeds"} {
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".html") {
				pages = append(pages, p)
			}
			return nil
		})
	}
	if len(pages) < 20 {
		t.Fatalf("only %d pages", len(pages))
	}
	for _, p := range pages {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !scanHTMLBoth(t, string(src)) {
			t.Errorf("%s: the fast scan gave up", p)
		}
	}
}

func FuzzScanHTMLFast(f *testing.F) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 40 {
		f.Add(randomHTML(r, htmlFastPieces))
	}
	f.Fuzz(func(t *testing.T, src string) { scanHTMLBoth(t, src) })
}

func TestTagFlagsMatchMaps(t *testing.T) {
	atoms := []atom.Atom{0, atom.A, atom.Span, atom.Em, atom.Time, atom.Title, atom.Td, atom.Th, atom.Atom(1), atom.Atom(0xffffffff)}
	for _, m := range []map[atom.Atom]bool{skipTags, blockTags, voidTags} {
		for a := range m {
			atoms = append(atoms, a)
		}
	}
	for _, a := range atoms {
		f := tagFlags(a)
		if f&tagSkip != 0 != skipTags[a] || f&tagBlock != 0 != blockTags[a] || f&tagVoid != 0 != voidTags[a] {
			t.Errorf("tagFlags(%v) = %b", a, f)
		}
	}
}

// htmlRunBoth runs htmlRun and refHTMLRun over text, as one exact run after
// prefix, and fails t unless they build the same.
func htmlRunBoth(t *testing.T, prefix, text string) {
	t.Helper()
	src := "<" + text + "<"
	m := identity(src, 3)
	// In a plain file too (builder.plain, as a loader tells it): htmlRun
	// takes htmlSimpleRun's path then.
	for _, plain := range []bool{false, unchanged(src)} {
		got, want := newBuilder(0), newBuilder(0)
		for _, b := range []*builder{got, want} {
			if prefix != "" {
				b.add(0, prefix)
			}
		}
		got.plain = plain
		htmlRun(got, m, 1, 1+len(text))
		refHTMLRun(want, m, 1, 1+len(text))
		if string(got.buf) != string(want.buf) || !reflect.DeepEqual(got.segs, want.segs) || got.next != want.next || got.last != want.last {
			t.Fatalf("htmlRun(%q) after %q, plain %v:\n got %q %v\nwant %q %v", text, prefix, plain, got.buf, got.segs, want.buf, want.segs)
		}
	}
}

// TestHTMLRunLongMatchesReference holds htmlRun to the reference on runs
// of many words, longer than TestHTMLRunMatchesReference's.
func TestHTMLRunLongMatchesReference(t *testing.T) {
	pieces := append([]string{"council", "voted", "7-2", "on", "Tuesday.", "I", "(x)", "~", "!", "\"q\""}, htmlRunPieces...)
	r := rand.New(rand.NewPCG(21, 22))
	for range 20000 {
		var sb strings.Builder
		for n := r.IntN(40); n > 0; n-- {
			sb.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(3) > 0 {
				sb.WriteByte(' ')
			}
		}
		htmlRunBoth(t, []string{"", "x", "x ", "x\n"}[r.IntN(4)], sb.String())
	}
}

func FuzzHTMLRun(f *testing.F) {
	f.Add("x", "The council voted 7-2 on Tuesday to approve the budget &amp; more.")
	f.Add("", " Leading  double  spaces and\ttabs\nand caf\u00e9 words ")
	f.Fuzz(func(t *testing.T, prefix, text string) {
		if strings.Contains(prefix, "<") {
			return
		}
		htmlRunBoth(t, prefix, text)
	})
}

// TestFurnitureMatchesBoilerplate holds htmlScanState.furniture, which
// remembers its answers, to the regexp, asked again and past maxKnown.
func TestFurnitureMatchesBoilerplate(t *testing.T) {
	words := []string{"nav", "Nav", "story", "share-bar", "ad", "add", "x_menu", "menus", "sr-only", "", " ", "comments", "comment-x", "é-ads"}
	r := rand.New(rand.NewPCG(31, 32))
	var st htmlScanState
	for i := range 3 * maxKnown {
		s := words[r.IntN(len(words))]
		if r.IntN(2) == 0 {
			s += fmt.Sprint(i%(2*maxKnown), " ", words[r.IntN(len(words))])
		}
		for range 2 {
			if got, want := st.furniture(s), boilerplate.MatchString(s); got != want {
				t.Fatalf("furniture(%q) = %v, want %v", s, got, want)
			}
		}
	}
	if len(st.known) > maxKnown {
		t.Fatalf("%d answers kept, more than %d", len(st.known), maxKnown)
	}
}

// TestLookupAtomCommon holds lookupAtom, whose switch answers common tags,
// to atom.Lookup.
func TestLookupAtomCommon(t *testing.T) {
	names := strings.Fields("p a b i em strong span div br li ul ol h1 h2 h3 h4 h5 h6 article section main header footer nav aside time figure figcaption img meta link script style title head body html blockquote table tr td th button form input small sup sub")
	names = append(names, "", "P", "x", "pp", "abbr", "svg", "noscript", "template", "iframe", "custom-tag", "averyveryverylongtagname", "h7", "Div")
	for _, n := range names {
		if got, want := lookupAtom(n), atom.Lookup([]byte(n)); got != want {
			t.Errorf("lookupAtom(%q) = %v, want %v", n, got, want)
		}
	}
}
