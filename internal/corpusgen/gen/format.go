package gen

import (
	"strconv"
	"strings"
	"time"
)

// A block is a paragraph of body sentences (order[from:to]) or a single
// crosshead or noise span (spans[from], to == -1).
type block struct {
	kind     spanKind
	from, to int
}

// format lays the article's spans out as paragraphs and writes the file in
// the outlet's format into a.out.
func (a *art) format() {
	blocks := a.paragraphs()
	a.out = a.out[:0]
	switch a.o.format {
	case formatTxt:
		a.formatTxt(blocks)
	case formatMD:
		a.formatMD(blocks)
	case formatHTML:
		a.formatHTML(blocks)
	case formatJSON:
		a.formatJSON(blocks)
	}
}

func (a *art) paragraphs() []block {
	blocks := a.blocks[:0]
	defer func() { a.blocks = blocks }()
	per := 2
	if !a.o.british {
		per = 3
	}
	crossheads, noise := 0, 0
	first := a.r.IntN(len(crossheadT)) // two crossheads are two different ones
	for i := 0; i < len(a.order); {
		if i > 3 && crossheads < 2 && a.o.format != formatJSON && a.r.IntN(100) < 8 {
			a.sentence(crossheadT[(first+crossheads)%len(crossheadT)], spanCrosshead)
			crossheads++
			blocks = append(blocks, block{kind: spanCrosshead, from: len(a.spans) - 1, to: -1})
		}
		if i > 0 && noise < 3 && a.o.format == formatTxt && a.r.IntN(100) < 7 {
			noise++
			a.sentence(a.pick(noiseT), spanNoise)
			blocks = append(blocks, block{kind: spanNoise, from: len(a.spans) - 1, to: -1})
		}
		n := 1 + a.r.IntN(per)
		j := i + 1
		if a.spans[a.order[i]].kind != spanQuote {
			for j < len(a.order) && j-i < n && a.spans[a.order[j]].kind != spanQuote {
				j++
			}
		}
		blocks = append(blocks, block{kind: spanText, from: i, to: j})
		i = j
	}
	return blocks
}

// escaper appends text escaped for the output format.
type escaper func(b, s []byte) []byte

func plain(b, s []byte) []byte { return append(b, s...) }

// appendPara appends a block's text: its sentences joined by spaces.
func (a *art) appendPara(bl block, esc escaper) {
	if bl.to < 0 {
		sp := a.spans[bl.from]
		a.out = esc(a.out, a.b[sp.start:sp.end])
		return
	}
	for i := bl.from; i < bl.to; i++ {
		if i > bl.from {
			a.out = append(a.out, ' ')
		}
		sp := a.spans[a.order[i]]
		a.out = esc(a.out, a.b[sp.start:sp.end])
	}
}

func (a *art) headlineText() []byte { return a.b[a.headline.start:a.headline.end] }

// dateline is the wire services' opening: "CASTEL RHO, 15 March (Meridian Wire) – ".
func (a *art) appendDateline() {
	if a.o.section != "wire" {
		return
	}
	a.out = append(a.out, strings.ToUpper(a.st.c.capital)...)
	a.out = append(a.out, ", "...)
	a.out = a.appendDate(a.out, a.p.pub)
	a.out = append(a.out, " ("...)
	a.out = append(a.out, a.o.name...)
	a.out = append(a.out, ") – "...)
}

func (a *art) reporter() string { return reporters[a.r.IntN(len(reporters))] }

func (a *art) url() string {
	return "https://" + a.o.domain + "/" + a.o.section + "/" + a.p.pub.Format("2006/01/02") + "/" + a.st.id + "-" + a.st.kind.name
}

func (a *art) formatTxt(blocks []block) {
	sep := "\n\n"
	if a.o.british {
		sep = "\n"
	}
	a.out = append(a.out, a.headlineText()...)
	a.out = append(a.out, '\n')
	if a.r.IntN(5) < 2 {
		a.out = append(a.out, "By "...)
		a.out = append(a.out, a.reporter()...)
		a.out = append(a.out, '\n')
	}
	a.out = append(a.out, '\n')
	for i, bl := range blocks {
		if i > 0 {
			a.out = append(a.out, sep...)
		}
		if i == 0 {
			a.appendDateline()
		}
		a.appendPara(bl, plain)
	}
	a.out = append(a.out, '\n')
}

func (a *art) formatMD(blocks []block) {
	a.out = append(a.out, "---\ntitle: "...)
	a.out = appendJSONString(a.out, a.headlineText())
	a.out = append(a.out, "\noutlet: "...)
	a.out = append(a.out, a.o.name...)
	a.out = append(a.out, "\nurl: "...)
	a.out = append(a.out, a.url()...)
	a.out = append(a.out, "\npublished: "...)
	a.out = a.p.pub.AppendFormat(a.out, time.RFC3339)
	a.out = append(a.out, "\nauthor: "...)
	a.out = append(a.out, a.reporter()...)
	a.out = append(a.out, "\n---\n\n# "...)
	a.out = append(a.out, a.headlineText()...)
	a.out = append(a.out, "\n\n"...)
	for i, bl := range blocks {
		if i > 0 {
			a.out = append(a.out, "\n\n"...)
		}
		if bl.kind == spanCrosshead {
			a.out = append(a.out, "## "...)
		}
		a.appendPara(bl, plain)
	}
	if a.r.IntN(3) == 0 {
		a.out = append(a.out, "\n\n*Additional reporting by "...)
		a.out = append(a.out, a.reporter()...)
		a.out = append(a.out, '*')
	}
	a.out = append(a.out, '\n')
}

func (a *art) formatHTML(blocks []block) {
	url := a.url()
	author := a.reporter()
	a.out = append(a.out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"...)
	a.out = appendHTML(a.out, a.headlineText())
	a.out = append(a.out, " | "...)
	a.out = append(a.out, a.o.name...)
	a.out = append(a.out, "</title>\n<link rel=\"canonical\" href=\""...)
	a.out = append(a.out, url...)
	a.out = append(a.out, "\">\n<script type=\"application/ld+json\">\n{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":"...)
	a.out = appendJSONString(a.out, a.headlineText())
	a.out = append(a.out, ",\"datePublished\":\""...)
	a.out = a.p.pub.AppendFormat(a.out, time.RFC3339)
	a.out = append(a.out, "\",\"dateModified\":\""...)
	a.out = a.p.pub.Add(time.Duration(a.r.IntN(180))*time.Minute).AppendFormat(a.out, time.RFC3339)
	a.out = append(a.out, "\",\"author\":{\"@type\":\"Person\",\"name\":"...)
	a.out = appendJSONString(a.out, []byte(author))
	a.out = append(a.out, "},\"publisher\":{\"@type\":\"Organization\",\"name\":"...)
	a.out = appendJSONString(a.out, []byte(a.o.name))
	a.out = append(a.out, "},\"url\":\""...)
	a.out = append(a.out, url...)
	a.out = append(a.out, "\"}\n</script>\n</head>\n<body>\n<header>\n<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/politics\">Politics</a> <a href=\"/business\">Business</a> <a href=\"/sport\">Sport</a></nav>\n</header>\n<main>\n<article>\n<h1>"...)
	a.out = appendHTML(a.out, a.headlineText())
	a.out = append(a.out, "</h1>\n<p class=\"byline\">By "...)
	a.out = append(a.out, author...)
	a.out = append(a.out, "</p>\n<time datetime=\""...)
	a.out = a.p.pub.AppendFormat(a.out, time.RFC3339)
	a.out = append(a.out, "\">"...)
	a.out = a.appendDate(a.out, a.p.pub)
	if a.o.british {
		a.out = append(a.out, ' ')
	} else {
		a.out = append(a.out, ", "...)
	}
	a.out = strconv.AppendInt(a.out, int64(a.p.pub.Year()), 10)
	a.out = append(a.out, "</time>\n"...)
	for _, bl := range blocks {
		if bl.kind == spanCrosshead {
			a.out = append(a.out, "<h2>"...)
			a.appendPara(bl, appendHTML)
			a.out = append(a.out, "</h2>\n"...)
			continue
		}
		a.out = append(a.out, "<p>"...)
		a.appendPara(bl, appendHTML)
		a.out = append(a.out, "</p>\n"...)
	}
	a.out = append(a.out, "</article>\n<aside class=\"most-read\">\n<h2>Most read</h2>\n<ol><li><a href=\"/news/1\">Weather warning issued for the weekend</a></li><li><a href=\"/news/2\">Markets close higher</a></li></ol>\n</aside>\n</main>\n<footer><p>© "...)
	a.out = strconv.AppendInt(a.out, int64(a.p.pub.Year()), 10)
	a.out = append(a.out, ' ')
	a.out = append(a.out, a.o.name...)
	a.out = append(a.out, ". All rights reserved.</p></footer>\n</body>\n</html>\n"...)
}

// formatJSON writes an IPTC ninjs document: version 1.x field names for one
// agency, 3.x for the other.
func (a *art) formatJSON(blocks []block) {
	v3 := a.o.british
	a.out = append(a.out, "{\n  \"uri\": \""...)
	a.out = append(a.out, a.url()...)
	a.out = append(a.out, "\",\n  \"type\": \"text\",\n  \"language\": \"en\",\n"...)
	if v3 {
		a.out = append(a.out, "  \"versionCreated\": \""...)
	} else {
		a.out = append(a.out, "  \"version\": \"1\",\n  \"versioncreated\": \""...)
	}
	a.out = a.p.pub.AppendFormat(a.out, time.RFC3339)
	a.out = append(a.out, "\",\n"...)
	if v3 {
		a.out = append(a.out, "  \"headlines\": [{\"role\": \"main\", \"value\": "...)
		a.out = appendJSONString(a.out, a.headlineText())
		a.out = append(a.out, "}],\n  \"by\": "...)
	} else {
		a.out = append(a.out, "  \"headline\": "...)
		a.out = appendJSONString(a.out, a.headlineText())
		a.out = append(a.out, ",\n  \"byline\": "...)
	}
	a.out = appendJSONString(a.out, []byte(a.reporter()))
	if v3 {
		a.out = append(a.out, ",\n  \"bodies\": [{\"role\": \"main\", \"contentType\": \"text/plain\", \"value\": \""...)
	} else {
		a.out = append(a.out, ",\n  \"body_text\": \""...)
	}
	for i, bl := range blocks {
		if i > 0 {
			a.out = append(a.out, `\n\n`...)
		}
		a.appendPara(bl, appendJSONText)
	}
	if v3 {
		a.out = append(a.out, "\"}]\n}\n"...)
	} else {
		a.out = append(a.out, "\"\n}\n"...)
	}
}

// appendHTML appends s with &, < and > escaped.
func appendHTML(b, s []byte) []byte {
	last := 0
	for i, c := range s {
		var rep string
		switch c {
		case '&':
			rep = "&amp;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		default:
			continue
		}
		b = append(b, s[last:i]...)
		b = append(b, rep...)
		last = i + 1
	}
	return append(b, s[last:]...)
}

// appendJSONString appends s as a quoted JSON string.
func appendJSONString(b, s []byte) []byte {
	b = append(b, '"')
	b = appendJSONText(b, s)
	return append(b, '"')
}

// appendJSONText appends s escaped for the inside of a JSON string; '<' is
// escaped too so the text is safe inside a <script> element.
func appendJSONText(b, s []byte) []byte {
	const hex = "0123456789abcdef"
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c != '<' {
			continue
		}
		b = append(b, s[last:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		last = i + 1
	}
	return append(b, s[last:]...)
}
