package facts

import (
	xhtml "golang.org/x/net/html"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// refHTMLRun is htmlRun as it was before it appended plain words together:
// the reference it must match.
func refHTMLRun(b *builder, m *mapped, start, end int) {
	s := m.text
	i := start
	for j := start; j < end; {
		c := s[j]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			k := j
			for k < end && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r' || s[k] == '\f') {
				k++
			}
			inlineText(b, m, i, j, false)
			atStart := len(b.buf) == 0 || b.endsWith("\n") || b.endsWith(" ")
			switch {
			case atStart:
				b.decoded(m, j, k, "")
			case k-j == 1 && c == ' ':
				b.text(m, j, k)
			default:
				b.decoded(m, j, k, " ")
			}
			i, j = k, k
			continue
		}
		j++
	}
	inlineText(b, m, i, end, false)
}

var htmlRunPieces = []string{
	"word", "a", "The", "3.5%", "x,y", " ", " ", " ", "  ", "\t", "\n", " \n ", "\r\n", "\f", "&amp;", "&nbsp;", "&amp", "&#8217;", "&bogus;",
	"\u00a0", "\u00ad", "\u200b", "caf\u00e9", "e\u0301", "\u0301", "\u0301\u0327", "’", "—", "\x7f", "\x01", "\xff", "&amp x;",
}

func TestHTMLRunMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	for range 30000 {
		var sb strings.Builder
		for n := r.IntN(12); n > 0; n-- {
			sb.WriteString(htmlRunPieces[r.IntN(len(htmlRunPieces))])
		}
		text := sb.String()
		prefix := []string{"", "x", "x ", "x\n"}[r.IntN(4)]
		pre := len(prefix) + r.IntN(3)
		src := strings.Repeat("<", pre) + text + "<"
		var m *mapped
		if r.IntN(4) == 0 {
			// Two runs, as a decoded JSON string has.
			cut := pre + r.IntN(len(text)+1)
			m = &mapped{text: src, runs: []run{{0, cut, 0, cut, true}, {cut, len(src), cut + 2, len(src) + 2, true}}}
		} else {
			m = identity(src, 5)
		}
		got, want := newBuilder(0), newBuilder(0)
		for _, b := range []*builder{got, want} {
			if prefix != "" {
				b.add(0, prefix)
			}
		}
		got.plain = unchanged(src) // as a loader tells it of a plain file
		htmlRun(got, m, pre, pre+len(text))
		refHTMLRun(want, m, pre, pre+len(text))
		if string(got.buf) != string(want.buf) || !reflect.DeepEqual(got.segs, want.segs) || got.next != want.next || got.last != want.last {
			t.Fatalf("htmlRun(%q) after %q:\n got %q %v\nwant %q %v", text, prefix, got.buf, got.segs, want.buf, want.segs)
		}
	}
}

var endTagPieces = []string{
	"</p>", "</P>", "</div >", "</div\n>", "</a/>", "</script>", "</x\x00y>", "</>", "</ p>", "</p", "</é>", "</h1 class=x>", "</a\tb>",
	"<p>", "<script>", "</script >", "<title>", "</title>", "<style>a</style>", "text", "<!-- c -->", "</br>", "<textarea>", "</textarea>",
}

func TestEndTagNameMatchesTagName(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	for range 20000 {
		var sb strings.Builder
		for n := r.IntN(10); n > 0; n-- {
			sb.WriteString(endTagPieces[r.IntN(len(endTagPieces))])
		}
		src := sb.String()
		z1 := xhtml.NewTokenizer(strings.NewReader(src))
		z2 := xhtml.NewTokenizer(strings.NewReader(src))
		for {
			tt := z1.Next()
			z2.Next()
			if tt == xhtml.ErrorToken {
				break
			}
			if tt == xhtml.EndTagToken {
				got := string(endTagName(z1))
				want, _ := z2.TagName()
				if got != string(want) {
					t.Fatalf("%q: end tag %q, TagName %q", src, got, want)
				}
			}
		}
	}
}

// checkHTMLRun holds htmlRun to refHTMLRun on text, after prefix, in a
// page that maps as one exact run, or as two cut at cut when cut >= 0.
func checkHTMLRun(t *testing.T, text, prefix string, cut int) {
	t.Helper()
	pre := len(prefix) + 1
	src := strings.Repeat("<", pre) + text + "<"
	m := identity(src, 5)
	if cut >= 0 {
		cut = pre + cut%(len(text)+1)
		m = &mapped{text: src, runs: []run{{0, cut, 0, cut, true}, {cut, len(src), cut + 2, len(src) + 2, true}}}
	}
	got, want := newBuilder(0), newBuilder(0)
	for _, b := range []*builder{got, want} {
		if prefix != "" {
			b.add(0, prefix)
		}
	}
	htmlRun(got, m, pre, pre+len(text))
	refHTMLRun(want, m, pre, pre+len(text))
	if string(got.buf) != string(want.buf) || !reflect.DeepEqual(got.segs, want.segs) || got.next != want.next || got.last != want.last {
		t.Fatalf("htmlRun(%q) after %q:\n got %q %v\nwant %q %v", text, prefix, got.buf, got.segs, want.buf, want.segs)
	}
}

// TestHTMLWordsMatchesReference is TestHTMLRunMatchesReference over longer
// texts of mostly plain words, where htmlWords takes eight bytes at a time.
func TestHTMLWordsMatchesReference(t *testing.T) {
	pieces := append([]string{"The council voted", " on Tuesday", "approve", "budget.", " ", " ", "!", "x", "12345678", "1234567 ", "abcdefg  h"}, htmlRunPieces...)
	r := rand.New(rand.NewPCG(15, 16))
	for range 30000 {
		var sb strings.Builder
		for n := r.IntN(30); n > 0; n-- {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		cut := -1
		if r.IntN(4) == 0 {
			cut = r.IntN(1000)
		}
		checkHTMLRun(t, sb.String(), []string{"", "x", "x ", "x\n"}[r.IntN(4)], cut)
	}
}

// TestHTMLRunPlainMatchesReference holds htmlRun in a plain file (its
// htmlSimpleRun path, mostly) to the reference, with pieces a plain file
// may hold.
func TestHTMLRunPlainMatchesReference(t *testing.T) {
	pieces := []string{"word", "a", "The", "3.5%", "x,y", "!", " !", " ", " ", "  ", "\t", "\n", "\f", "\x01", "\x7f",
		"&amp;", "&", "’", "—", "caf\u00e9", "seventeen", "12345678"}
	r := rand.New(rand.NewPCG(15, 16))
	for range 30000 {
		var sb strings.Builder
		for n := r.IntN(16); n > 0; n-- {
			p := pieces[r.IntN(len(pieces))]
			if r.IntN(3) > 0 {
				p = pieces[r.IntN(6)] + " " // mostly words and single spaces
			}
			sb.WriteString(p)
		}
		text := sb.String()
		prefix := []string{"", "x", "x ", "x\n"}[r.IntN(4)]
		pre := len(prefix) + r.IntN(3)
		src := strings.Repeat("<", pre) + text + "<"
		m := identity(src, 5)
		got, want := newBuilder(0), newBuilder(0)
		for _, b := range []*builder{got, want} {
			if prefix != "" {
				b.add(0, prefix)
			}
		}
		got.plain = true
		htmlRun(got, m, pre, pre+len(text))
		refHTMLRun(want, m, pre, pre+len(text))
		if string(got.buf) != string(want.buf) || !reflect.DeepEqual(got.segs, want.segs) || got.next != want.next || got.last != want.last {
			t.Fatalf("htmlRun(%q) after %q:\n got %q %v\nwant %q %v", text, prefix, got.buf, got.segs, want.buf, want.segs)
		}
	}
}
