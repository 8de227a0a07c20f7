package facts

import (
	"html"
	"io"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// refScanHTML and refHTMLText are the HTML reader as it was before it
// tokenized a page once: the reference the one-pass reader must match.
func refScanHTML(m *mapped) htmlScan {
	sc := htmlScan{bestArticle: -1}
	z := xhtml.NewTokenizer(strings.NewReader(m.text))
	off := 0
	article, artDepth, pDepth, inTitle, inLD := -1, 0, 0, false, false
	var lens []int
	for {
		tt := z.Next()
		raw := len(z.Raw())
		start := off
		off += raw
		switch tt {
		case xhtml.ErrorToken:
			best := 0
			for i, n := range lens {
				if n > best {
					sc.bestArticle, best = i, n
				}
			}
			return sc
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			t := readTag(z)
			switch {
			case t.a == atom.Article:
				if artDepth == 0 {
					article = len(lens)
					lens = append(lens, 0)
				}
				artDepth++
			case t.a == atom.Main || t.role == "main":
				sc.hasMain = true
			case t.a == atom.P:
				pDepth++
			case t.a == atom.Title:
				inTitle = true
			case t.a == atom.Script && t.typ == "application/ld+json":
				inLD = true
			case t.a == atom.Meta:
				sc.metaTag(t)
			}
		case xhtml.EndTagToken:
			n := endTagName(z)
			switch atom.Lookup(n) {
			case atom.Article:
				if artDepth > 0 {
					artDepth--
				}
			case atom.P:
				pDepth = max(0, pDepth-1)
			case atom.Title:
				inTitle = false
			case atom.Script:
				inLD = false
			}
		case xhtml.TextToken:
			switch {
			case inLD:
				sc.ldJSON = append(sc.ldJSON, [2]int{start, start + raw})
			case inTitle:
				sc.title += html.UnescapeString(string(z.Raw()))
			case artDepth > 0 && pDepth > 0:
				lens[article] += raw
			}
		}
	}
}

// htmlText appends the article text of the page in m to b and returns the
// page's metadata and its JSON-LD articleBody, if any.
func refHTMLText(b *builder, m *mapped) (Meta, *mapped) {
	sc := refScanHTML(m)
	meta := sc.meta
	if meta.Title == "" {
		meta.Title = strings.TrimSpace(sc.title)
	}
	var ldBody *mapped
	for _, r := range sc.ldJSON {
		if body := jsonLD(m, r[0], r[1], &meta); body != nil && ldBody == nil {
			ldBody = body
		}
	}

	z := xhtml.NewTokenizer(strings.NewReader(m.text))
	off := 0
	// scope: inside the chosen article (or main, or anywhere).
	scopeTag := atom.Atom(0)
	switch {
	case sc.bestArticle >= 0:
		scopeTag = atom.Article
	case sc.hasMain:
		scopeTag = atom.Main
	}
	inScope := scopeTag == 0
	scopeDepth, article := 0, -1
	var skip string
	skipDepth := 0
	for {
		tt := z.Next()
		raw := len(z.Raw())
		start := off
		off += raw
		switch tt {
		case xhtml.ErrorToken:
			if z.Err() != io.EOF {
				return meta, ldBody
			}
			paragraphBreak(b)
			trimTrailingNewline(b)
			return meta, ldBody
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			t := readTag(z)
			void := voidTags[t.a] || tt == xhtml.SelfClosingTagToken
			if skip != "" {
				if t.name == skip && !void {
					skipDepth++
				}
				continue
			}
			if !inScope {
				if scopeTag == atom.Article && t.a == atom.Article {
					article++
					if article == sc.bestArticle {
						inScope, scopeDepth = true, 1
					}
				} else if scopeTag == atom.Main && (t.a == atom.Main || t.role == "main") {
					inScope, scopeDepth, scopeTag = true, 1, t.a
				}
				continue
			}
			if scopeDepth > 0 && t.a == scopeTag {
				scopeDepth++
			}
			if t.skipped(scopeTag == atom.Article, boilerplate.MatchString) {
				if !void {
					skip, skipDepth = t.name, 1
				}
				continue
			}
			if blockTags[t.a] {
				paragraphBreak(b)
			} else if t.a == atom.Td || t.a == atom.Th {
				if len(b.buf) > 0 && !b.endsWith(" ") && !b.endsWith("\n") {
					b.synth(" ")
				}
			}
		case xhtml.EndTagToken:
			n := endTagName(z)
			if skip != "" {
				if string(n) == skip {
					if skipDepth--; skipDepth == 0 {
						skip = ""
					}
				}
				continue
			}
			if !inScope {
				continue
			}
			a := atom.Lookup(n)
			if scopeDepth > 0 && a == scopeTag {
				if scopeDepth--; scopeDepth == 0 {
					inScope = false
					paragraphBreak(b)
					continue
				}
			}
			if blockTags[a] {
				paragraphBreak(b)
			}
		case xhtml.TextToken:
			if skip == "" && inScope {
				refHTMLRun(b, m, start, start+raw)
			}
		}
	}
}

var htmlDocPieces = []string{
	"<html>", "<body>", "</body>", "<article>", "</article>", "<main>", "</main>", "<div role=main>", "<p>", "</p>", "<P>", "</P >",
	"<nav>Home</nav>", "<div class=share>x</div>", "<div class='a sidebar'>", "</div>", "<header>", "</header>", "<h1>", "</h1>",
	"<script>var a = '</p>';</script>", `<script type=application/ld+json>{"@type":"NewsArticle","headline":"H","articleBody":"Body 26 text"}</script>`,
	"<title>T &amp; t</title>", "<meta property=og:title content=OG>", "<br>", "<br/>", "<img src=x>", "<td>", "<th>", "<span hidden>h</span>",
	"<!-- c -->", "<!DOCTYPE html>", "Text of 26 nations.", " words  and \n spaces ", "&nbsp;", "&amp;", "caf\u00e9", "\u00a0", "\r\n", "</x\x00y>",
	"<section>", "</section>", "<aside>", "</aside>", "<ul><li>One</li><li>Two</li></ul>", "<textarea>a</textarea>", "</>", "<p", "&",
}

func TestHTMLTextMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 18))
	for range 20000 {
		var sb strings.Builder
		for n := r.IntN(20); n > 0; n-- {
			sb.WriteString(htmlDocPieces[r.IntN(len(htmlDocPieces))])
		}
		src := sb.String()
		m := identity(src, 0)
		got, want := newBuilder(0), newBuilder(0)
		gm, gl := htmlText(got, m)
		wm, wl := refHTMLText(want, m)
		if string(got.buf) != string(want.buf) || !reflect.DeepEqual(got.segs, want.segs) || gm != wm || !reflect.DeepEqual(gl, wl) {
			t.Fatalf("%q:\n got %q %v %+v\nwant %q %v %+v", src, got.buf, got.segs, gm, want.buf, want.segs, wm)
		}
	}
}
