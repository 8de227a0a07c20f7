package facts

import (
	"bytes"
	"html"
	"io"
	"math/bits"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// loadHTML extracts an HTML article's body text, not its navigation: the
// <article> with the most paragraph text, else <main>, else <body>, without
// nav, header (outside the article), footer, aside, script, style, forms and
// elements whose class, id or role says they are navigation, sharing or
// promotion. Character references are decoded and white space collapsed;
// every offset maps back to the HTML bytes. A schema.org NewsArticle in
// JSON-LD fills Meta, and its articleBody is the text when the page has no
// body text.
func loadHTMLString(name, src string, plain bool) (*Document, error) {
	var b builder
	b.init(len(src))
	b.plain = plain
	meta, ldBody := htmlText(&b, identity(src, 0))
	// Whether the text is white space alone, looked at only when there is
	// a JSON-LD body to take instead (strings.TrimSpace of the text copied
	// it, a copy of every page's text).
	if ldBody != nil && len(bytes.TrimSpace(b.buf)) == 0 {
		b.init(len(ldBody.text))
		b.plain = plain
		plainText(&b, ldBody)
	}
	d := b.document(name, src)
	d.Meta = meta
	return d, nil
}

// plainText appends text whose line breaks are paragraph breaks.
func plainText(b *builder, m *mapped) {
	b.text(m, 0, len(m.text))
}

// skipTags are elements whose content is never article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Form: true,
	atom.Button: true, atom.Svg: true, atom.Select: true, atom.Iframe: true,
	atom.Head: true, atom.Object: true, atom.Canvas: true, atom.Dialog: true,
	atom.Menu: true, atom.Textarea: true,
}

// blockTags end a paragraph of text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Br: true,
	atom.Blockquote: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Tr: true, atom.Ul: true, atom.Ol: true, atom.Figure: true, atom.Figcaption: true,
	atom.Dd: true, atom.Dt: true, atom.Dl: true, atom.Hr: true, atom.Table: true,
	atom.Main: true, atom.Pre: true, atom.Address: true, atom.Caption: true, atom.Body: true,
}

var voidTags = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Param: true,
}

// Flags of an element in tagFlags.
const (
	tagSkip  = 1 << iota // in skipTags
	tagBlock             // in blockTags
	tagVoid              // in voidTags
)

// tagFlags returns the flags of the element a, as the three maps say, from
// a small open-addressed table: the maps' lookups were a twentieth of
// loading an HTML page.
func tagFlags(a atom.Atom) uint8 {
	for i := tagSlot(a); ; i = (i + 1) % uint32(len(tagFlagTab)) {
		if s := &tagFlagTab[i]; s.a == a || s.a == 0 {
			return s.f // 0 from an empty slot
		}
	}
}

func tagSlot(a atom.Atom) uint32 { return uint32(a) * 0x9e3779b1 >> 24 }

var tagFlagTab = func() (t [256]struct {
	a atom.Atom
	f uint8
}) {
	for _, m := range []struct {
		tags map[atom.Atom]bool
		f    uint8
	}{{skipTags, tagSkip}, {blockTags, tagBlock}, {voidTags, tagVoid}} {
		for a := range m.tags {
			i := tagSlot(a)
			for t[i].a != 0 && t[i].a != a {
				i = (i + 1) % uint32(len(t))
			}
			t[i].a = a
			t[i].f |= m.f
		}
	}
	return t
}()

// boilerplate matches class and id words of page furniture.
var boilerplate = regexp.MustCompile(`(?i)(^|[\s_-])(nav|navbar|menu|share|sharing|social|related|promo|advert|advertisement|ad|ads|cookie|cookies|newsletter|comments?|breadcrumbs?|subscribe|sidebar|masthead|byline-share|skip-link|visually-hidden|sr-only)($|[\s_-])`)

var skipRoles = map[string]bool{"navigation": true, "banner": true, "contentinfo": true, "complementary": true, "search": true, "dialog": true}

type htmlTag struct {
	a          atom.Atom
	name       string
	class, id  string
	role, typ  string
	prop, cont string
	hidden     bool
}

func readTag(z *xhtml.Tokenizer) htmlTag {
	n, hasAttr := z.TagName()
	t := htmlTag{a: atom.Lookup(n)}
	if t.a != 0 {
		t.name = t.a.String() // the same bytes, without a copy
	} else {
		t.name = string(n)
	}
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		setAttr(&t, k, v)
	}
	return t
}

// setAttr records the attribute k=v of t, if it is one the reader uses.
// It takes bytes from the tokenizer and strings from scanHTMLFast.
func setAttr[K, V []byte | string](t *htmlTag, k K, v V) {
	switch string(k) {
	case "class":
		t.class = string(v)
	case "id":
		t.id = string(v)
	case "role":
		t.role = strings.ToLower(string(v))
	case "type":
		t.typ = strings.ToLower(string(v))
	case "property", "name", "itemprop":
		if t.prop == "" {
			t.prop = strings.ToLower(string(v))
		}
	case "content":
		t.cont = string(v)
	case "hidden":
		t.hidden = true
	case "aria-hidden":
		t.hidden = string(v) == "true"
	}
}

// endTagName returns the name of the end tag z is at, as z.TagName does,
// but read from the tag's bytes where it can: z.TagName copies the name
// (to replace NUL bytes), a tenth of loading an HTML page. A name with a NUL
// or an upper-case letter, or an unusual tag, is left to z.TagName.
func endTagName(z *xhtml.Tokenizer) []byte {
	raw := z.Raw()
	if len(raw) >= 4 && raw[0] == '<' && raw[1] == '/' && raw[len(raw)-1] == '>' {
		for j := 2; j < len(raw); j++ {
			switch c := raw[j]; {
			case c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '/' || c == '>':
				if j > 2 {
					return raw[2:j]
				}
			case c == 0 || 'A' <= c && c <= 'Z':
			default:
				continue
			}
			break
		}
	}
	n, _ := z.TagName()
	return n
}

// skipped reports whether the element's content is not article text.
// inArticle keeps an article's own header (its headline).
// furniture reports whether a class or id matches boilerplate (the
// regexp, or a cache of its answers).
func (t htmlTag) skipped(inArticle bool, furniture func(string) bool) bool {
	if tagFlags(t.a)&tagSkip != 0 || t.hidden || t.role != "" && skipRoles[t.role] {
		return true
	}
	if t.a == atom.Header && !inArticle {
		return true
	}
	// boilerplate cannot match an empty string, and most tags have no class
	// or id: skip the regexp then.
	return t.class != "" && furniture(t.class) || t.id != "" && furniture(t.id)
}

// htmlScan is what a first pass over a page finds.
type htmlScan struct {
	bestArticle int // index of the top-level <article> with the most <p> text, or -1
	hasMain     bool
	ldJSON      [][2]int // offsets of JSON-LD script contents
	meta        Meta
	title       string

	// The page's tokens, for the second pass: tokenizing a page twice was
	// a quarter of loading it. Comments and doctypes are left out.
	toks  []htmlTok
	tags  []htmlTag // of start and self-closing tags
	names []string  // of end tags
	err   error     // the tokenizer's error at the end
}

// An htmlTok is a token of the page m.text[start:end]. It holds no pointer,
// so a page's tokens are cheap to keep.
type htmlTok struct {
	tt         xhtml.TokenType
	a          atom.Atom // end tags: the name's atom
	start, end int
	tag        int // index in htmlScan.tags, or for end tags in htmlScan.names
}

// scanHTML makes the first pass over the page in m: by scanHTMLFast where
// the page is as simple as it reads, else by x/net/html's tokenizer.
//
// The state comes from htmlScanPool, and the caller gives it back with
// release: a page's tokens and tags took four times its size in new memory.
func scanHTML(m *mapped) *htmlScanState {
	st := htmlScanPool.Get().(*htmlScanState)
	st.init(m)
	if scanHTMLFast(m, st) {
		return st
	}
	st.init(m)
	scanHTMLTokenizer(m, st)
	return st
}

var htmlScanPool = sync.Pool{New: func() any { return new(htmlScanState) }}

// release gives st back to htmlScanPool, unless its arrays are unusually
// large. The tags and names are cleared so that the pool holds no page.
func (st *htmlScanState) release() {
	if cap(st.sc.toks) > 1<<16 {
		return
	}
	clear(st.sc.tags)
	clear(st.sc.names)
	st.sc.ldJSON, st.sc.title, st.sc.meta, st.sc.err = nil, "", Meta{}, nil
	htmlScanPool.Put(st)
}

// scanHTMLTokenizer makes the first pass with x/net/html's tokenizer.
func scanHTMLTokenizer(m *mapped, st *htmlScanState) {
	z := xhtml.NewTokenizer(strings.NewReader(m.text))
	off := 0
	for {
		tt := z.Next()
		raw := len(z.Raw())
		start := off
		off += raw
		switch tt {
		case xhtml.ErrorToken:
			st.end(start, start+raw, z.Err())
			return
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			st.startTag(tt, readTag(z), start, start+raw)
		case xhtml.EndTagToken:
			n := endTagName(z)
			name := string(n)
			if start+2+len(n) <= len(m.text) && m.text[start+2:start+2+len(n)] == string(n) {
				name = m.text[start+2 : start+2+len(n)] // no copy
			}
			st.endTag(name, atom.Lookup(n), start, start+raw)
		case xhtml.TextToken:
			st.text(m, start, start+raw)
		}
	}
}

// htmlScanState is the first pass's state, fed the page's tokens in order.
type htmlScanState struct {
	sc                htmlScan
	article, artDepth int
	pDepth            int
	inTitle, inLD     bool
	lens              []int // <p> text of each top-level <article>

	// known holds boilerplate's answers for the classes and ids met on
	// pages before (kept from page to page with the state): the pages of
	// an outlet share them, and the regexp was a twentieth of loading a
	// page (BenchmarkLoadCorpus/html 18.44 M -> 17.53 M instructions,
	// GOGC=off).
	known map[string]bool
}

// maxKnown bounds htmlScanState.known.
const maxKnown = 1024

// furniture is boilerplate.MatchString(s), from st.known when s was met.
func (st *htmlScanState) furniture(s string) bool {
	v, ok := st.known[s]
	if !ok {
		v = boilerplate.MatchString(s)
		if st.known == nil {
			st.known = make(map[string]bool)
		}
		if len(st.known) < maxKnown {
			st.known[strings.Clone(s)] = v // not a piece of the page
		}
	}
	return v
}

// init readies st for the page in m, keeping the arrays it has.
func (st *htmlScanState) init(m *mapped) {
	clear(st.sc.tags) // what a scan given up wrote
	clear(st.sc.names)
	toks, tags, names := st.sc.toks[:0], st.sc.tags[:0], st.sc.names[:0]
	if toks == nil {
		toks, tags = make([]htmlTok, 0, len(m.text)/16), make([]htmlTag, 0, len(m.text)/64)
	}
	*st = htmlScanState{sc: htmlScan{bestArticle: -1, toks: toks, tags: tags, names: names}, article: -1, lens: st.lens[:0], known: st.known}
}

func (st *htmlScanState) startTag(tt xhtml.TokenType, t htmlTag, start, end int) {
	sc := &st.sc
	sc.toks = append(sc.toks, htmlTok{tt: tt, start: start, end: end, tag: len(sc.tags)})
	sc.tags = append(sc.tags, t)
	switch {
	case t.a == atom.Article:
		if st.artDepth == 0 {
			st.article = len(st.lens)
			st.lens = append(st.lens, 0)
		}
		st.artDepth++
	case t.a == atom.Main || t.role == "main":
		sc.hasMain = true
	case t.a == atom.P:
		st.pDepth++
	case t.a == atom.Title:
		st.inTitle = true
	case t.a == atom.Script && t.typ == "application/ld+json":
		st.inLD = true
	case t.a == atom.Meta:
		sc.metaTag(t)
	}
}

// endTag records an end tag named name, whose atom is a.
func (st *htmlScanState) endTag(name string, a atom.Atom, start, end int) {
	sc := &st.sc
	sc.toks = append(sc.toks, htmlTok{tt: xhtml.EndTagToken, start: start, end: end, a: a, tag: len(sc.names)})
	sc.names = append(sc.names, name)
	switch a {
	case atom.Article:
		if st.artDepth > 0 {
			st.artDepth--
		}
	case atom.P:
		st.pDepth = max(0, st.pDepth-1)
	case atom.Title:
		st.inTitle = false
	case atom.Script:
		st.inLD = false
	}
}

// text records the text token m.text[start:end].
func (st *htmlScanState) text(m *mapped, start, end int) {
	sc := &st.sc
	sc.toks = append(sc.toks, htmlTok{tt: xhtml.TextToken, start: start, end: end})
	switch {
	case st.inLD:
		sc.ldJSON = append(sc.ldJSON, [2]int{start, end})
	case st.inTitle:
		sc.title += html.UnescapeString(m.text[start:end])
	case st.artDepth > 0 && st.pDepth > 0:
		st.lens[st.article] += end - start
	}
}

// end records the error token that ends the page, with the tokenizer's
// error err (io.EOF at the end of the page), and chooses the article.
func (st *htmlScanState) end(start, end int, err error) {
	sc := &st.sc
	sc.toks = append(sc.toks, htmlTok{tt: xhtml.ErrorToken, start: start, end: end})
	sc.err = err
	best := 0
	for i, n := range st.lens {
		if n > best {
			sc.bestArticle, best = i, n
		}
	}
}

func (sc *htmlScan) metaTag(t htmlTag) {
	switch t.prop {
	case "og:title":
		sc.meta.Title = t.cont
	case "og:site_name":
		sc.meta.Outlet = t.cont
	case "og:url":
		sc.meta.URL = t.cont
	case "article:published_time", "datepublished":
		sc.meta.Published = t.cont
	case "article:modified_time", "datemodified":
		sc.meta.Modified = t.cont
	case "author":
		sc.meta.Author = t.cont
	}
}

// htmlText appends the article text of the page in m to b and returns the
// page's metadata and its JSON-LD articleBody, if any.
func htmlText(b *builder, m *mapped) (Meta, *mapped) {
	st := scanHTML(m)
	defer st.release()
	sc := &st.sc
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
	for _, tk := range sc.toks {
		switch tt := tk.tt; tt {
		case xhtml.ErrorToken:
			if sc.err != io.EOF {
				return meta, ldBody
			}
			paragraphBreak(b)
			trimTrailingNewline(b)
			return meta, ldBody
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			t := &sc.tags[tk.tag]
			flags := tagFlags(t.a)
			void := flags&tagVoid != 0 || tt == xhtml.SelfClosingTagToken
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
			if t.skipped(scopeTag == atom.Article, st.furniture) {
				if !void {
					skip, skipDepth = t.name, 1
				}
				continue
			}
			if flags&tagBlock != 0 {
				paragraphBreak(b)
			} else if t.a == atom.Td || t.a == atom.Th {
				if len(b.buf) > 0 && !b.endsWith(" ") && !b.endsWith("\n") {
					b.synth(" ")
				}
			}
		case xhtml.EndTagToken:
			if skip != "" {
				if sc.names[tk.tag] == skip {
					if skipDepth--; skipDepth == 0 {
						skip = ""
					}
				}
				continue
			}
			if !inScope {
				continue
			}
			a := tk.a
			if scopeDepth > 0 && a == scopeTag {
				if scopeDepth--; scopeDepth == 0 {
					inScope = false
					paragraphBreak(b)
					continue
				}
			}
			if tagFlags(a)&tagBlock != 0 {
				paragraphBreak(b)
			}
		case xhtml.TextToken:
			if skip == "" && inScope {
				htmlRun(b, m, tk.start, tk.end)
			}
		}
	}
	return meta, ldBody // not reached: the last token is an error token
}

func trimTrailingNewline(b *builder) {
	if b.endsWith("\n") {
		b.trim()
	}
}

// htmlRun appends an HTML text run m.text[start:end]: references decoded,
// each run of white space one space, none at the start of a paragraph.
func htmlRun(b *builder, m *mapped, start, end int) {
	s := m.text
	// Words of plain printable ASCII (no "&") and characters that
	// normalising leaves alone, separated by single spaces, append
	// themselves and the spaces unchanged, so when m maps its text
	// as one exact run they are appended together, not word by word (which
	// was a third of loading an HTML page). i is where the text not yet
	// appended starts, w where the current word starts; text[i:w] is such
	// words and spaces.
	together := len(m.runs) == 1 && m.runs[0].exact
	if start < end && htmlByte[s[start]] == htmlSpace && skipHTMLSpace(s[:end], start) == end {
		// White space alone, as between the tags of most lines of a
		// page: what the loop below does for it, without the calls that
		// append nothing before and after it.
		htmlSpaces(b, m, start, end)
		return
	}
	if together && b.plain && start < end && htmlSimpleRun(s[start:end]) {
		// What the loop below appends of such a run, at one look at its
		// bytes instead of a pass of htmlWords and the loop at each word:
		// BenchmarkLoadCorpus/html 21.95 M -> 19.32 M instructions
		// (GOGC=off), the 100 MB job 12.27 G -> 12.18 G.
		if s[start] == ' ' {
			htmlSpaces(b, m, start, start+1)
			start++
		}
		b.textPlain(m, start, end)
		return
	}
	i, w, plain := start, start, true
	for j := start; j < end; {
		if together && plain && (j > w || s[j] != ' ') {
			if j, w = htmlWords(s, j, w, end); j == end {
				break
			}
		}
		c := s[j]
		switch htmlByte[c] {
		case htmlPlain:
			j++
			continue
		case htmlOther:
			if together && plain && c >= utf8.RuneSelf {
				// A character that normalising leaves alone wherever it
				// is (see unchanged) joins the plain words around it:
				// news text has a curly quote or dash every few lines.
				if r, size := utf8.DecodeRuneInString(s[j:end]); inert(r) {
					if n, _ := special(s[j:end]); n == 0 {
						j += size
						continue
					}
				}
			}
			plain = false
			j++
			continue
		}
		// White space.
		k := j
		for k < end && htmlByte[s[k]] == htmlSpace {
			k++
		}
		if together && plain && j > w && k-j == 1 && c == ' ' {
			// After a plain word the buffer ends in neither space nor
			// newline, so the space is kept: see below.
			j, w = k, k
			continue
		}
		if w > i {
			b.textPlain(m, i, w)
		}
		inlineText(b, m, w, j, false)
		htmlSpaces(b, m, j, k)
		i, j, w, plain = k, k, k, true
	}
	if w > i {
		b.textPlain(m, i, w)
	}
	inlineText(b, m, w, end, false)
}

// htmlSimpleRun reports whether htmlRun appends the text run t of a plain
// file (see builder.plain) as it is, but for a space at its start: t has no
// "&", no control character (no white space but spaces) and no two spaces
// in a row. Other bytes that stop htmlWords (a DEL, a character that is not
// ASCII) are appended as they are, through inlineText, by htmlRun's loop.
// "&" is looked for by strings.IndexByte, the rest sixteen bytes at a time
// (a byte after one that fails the test may be marked too, and a "!" after
// a space, which sends a run the long way, through the loop): looking for
// all in one pass, eight bytes at a time, cost 5 instructions a byte
// (BenchmarkLoadCorpus/html 16.45 M -> 16.17 M instructions, GOGC=off).
func htmlSimpleRun(t string) bool {
	if strings.IndexByte(t, '&') >= 0 {
		return false
	}
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	var last uint64 // 0x80 when the byte before t is a space
	for ; len(t) >= 16; t = t[16:] {
		x, v := load64(t), load64(t[8:])
		y, w := x^(lo*' '), v^(lo*' ')
		sp, sq := (y-lo)&^y&hi, (w-lo)&^w&hi // the spaces
		ctl := ((x-lo*0x20)&^x | (v-lo*0x20)&^v) & hi
		if ctl|sp&(sp<<8|last)|sq&(sq<<8|sp>>56) != 0 {
			return false
		}
		last = sq >> 56
	}
	space := last != 0
	for i := range len(t) {
		switch c := t[i]; {
		case c < 0x20 || c == ' ' && space:
			return false
		default:
			space = c == ' '
		}
	}
	return true
}

// htmlSpaces appends the run of white space m.text[start:end]: nothing at
// the start of a paragraph or after a space, else one space.
func htmlSpaces(b *builder, m *mapped, start, end int) {
	switch {
	case len(b.buf) == 0 || b.endsWith("\n") || b.endsWith(" "):
		b.decoded(m, start, end, "")
	case end-start == 1 && m.text[start] == ' ':
		b.text(m, start, end)
	default:
		b.decoded(m, start, end, " ")
	}
}

// htmlWords passes, eight bytes at a time, what htmlRun's loop would pass
// byte by byte appending nothing: plain words (bytes of class htmlPlain)
// each followed by one space. The text from j on is such words, the one at
// w (w <= j) begun. It returns the offset where htmlRun's loop must look
// at a byte itself, and where the word there starts: at end, before a byte
// that is not plain nor a space, before a space followed by one that is not
// plain (which takes in every run of white space longer than a space), or
// where fewer than eight bytes are left. The loop a byte at a time was
// two thirds of htmlRun and a fifth of loading an HTML page; this takes
// BenchmarkLoadCorpus/html from 30.9 M to 26.6 M instructions.
func htmlWords(s string, j, w, end int) (int, int) {
	const lo, hi, low7 = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	for ; j+8 <= end; j += 8 {
		t := s[j : j+8]
		x := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		// The high bit of each byte that is not plain nor a space: below
		// 0x20, 0x7f and above, or "&". A borrow or carry may mark bytes
		// after such a byte too, but never one before it.
		a := x ^ (lo * '&')
		stop := ((x-lo*0x20)&^x | x | (x + lo) | (a-lo)&^a) & hi
		// The high bit of each space, exactly.
		y := x ^ (lo * ' ')
		sp := ^((y&low7 + low7) | y) & hi
		cand := stop | sp&((stop|sp)>>8)
		if sp>>63 != 0 && j+8 < end && htmlByte[s[j+8]] != htmlPlain {
			cand |= 1 << 63
		}
		if cand != 0 {
			n := bits.TrailingZeros64(cand) / 8
			if sp &= 1<<(8*n) - 1; sp != 0 {
				w = j + (63-bits.LeadingZeros64(sp))/8 + 1
			}
			return j + n, w
		}
		if sp != 0 {
			w = j + (63-bits.LeadingZeros64(sp))/8 + 1
		}
	}
	return j, w
}

// Classes of bytes in htmlRun, looked up in htmlByte (a table: comparing
// each byte was a fifth of loading an HTML page).
const (
	htmlPlain = iota // printable ASCII but "&"
	htmlSpace        // HTML white space
	htmlOther        // anything else
)

var htmlByte = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			t[c] = htmlSpace
		case c < ' ' || c >= 0x7f || c == '&':
			t[c] = htmlOther
		}
	}
	return t
}()

// entityAt decodes the character reference at the start of s ("&amp;",
// "&#8217;", "&#x2019;") and returns its length, or 0.
func entityAt(s string) (int, string) {
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 32 {
		return 0, ""
	}
	ref := s[:end+1]
	dec := html.UnescapeString(ref)
	if dec == ref {
		return 0, ""
	}
	return len(ref), dec
}
