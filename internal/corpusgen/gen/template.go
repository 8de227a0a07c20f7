package gen

import (
	"fmt"
	"strings"
)

// A tmpl is a compiled sentence template: literal text, slots filled from the
// article being written ({place}, {c0}, {P1}…) and alternations chosen at
// random each time the template is expanded ({said|told reporters}).
// Alternatives may hold slots and further alternations. A slot whose name
// starts with a capital letter is the lower-case slot with its first letter
// capitalised, for use at the start of a sentence.
//
// Templates are compiled once, at package initialisation, so expansion is a
// walk over segments that appends bytes: no parsing, maps or fmt per use.
type tmpl struct {
	segs []seg
}

// A seg is one piece of a template: exactly one of lit, slot or alts is set.
type seg struct {
	lit  string
	slot slotFunc
	cap  bool // capitalise the first letter the slot writes
	alts []*tmpl
	lits []string // alts when every alternative is plain text: no recursion
}

// A slotFunc appends a slot's text for the article a to a.b.
type slotFunc func(a *art)

// slots maps slot names to the functions that fill them; see slots.go.
var slots = map[string]slotFunc{}

// compile compiles a template, panicking on a malformed one: templates are
// constants of this package, so an error is a bug caught by any test.
func compile(src string) *tmpl {
	src = curly(src)
	t, rest := parseSeq(src, src, false)
	if rest != "" {
		panic(fmt.Sprintf("corpusgen: template %q: unexpected %q", src, rest))
	}
	return t
}

func compileAll(srcs ...string) []*tmpl {
	ts := make([]*tmpl, len(srcs))
	for i, s := range srcs {
		ts[i] = compile(s)
	}
	return ts
}

// parseSeq parses segments up to the end of s or, inside braces, up to the
// '|' or '}' that ends the current alternative.
func parseSeq(full, s string, inner bool) (*tmpl, string) {
	t := &tmpl{}
	for len(s) > 0 {
		i := strings.IndexAny(s, "{}|")
		if i < 0 {
			t.segs = append(t.segs, seg{lit: s})
			return t, ""
		}
		if i > 0 {
			t.segs = append(t.segs, seg{lit: s[:i]})
		}
		switch s[i] {
		case '}', '|':
			if !inner {
				panic(fmt.Sprintf("corpusgen: template %q: stray %q", full, s[i]))
			}
			return t, s[i:]
		}
		s = s[i+1:]
		// A brace holding no '|' or '{' before its '}' is a slot.
		if j := strings.IndexAny(s, "{}|"); j >= 0 && s[j] == '}' {
			t.segs = append(t.segs, slotSeg(full, s[:j]))
			s = s[j+1:]
			continue
		}
		var alts []*tmpl
		for {
			var alt *tmpl
			alt, s = parseSeq(full, s, true)
			alts = append(alts, alt)
			if s == "" {
				panic(fmt.Sprintf("corpusgen: template %q: unclosed '{'", full))
			}
			c := s[0]
			s = s[1:]
			if c == '}' {
				break
			}
		}
		sg := seg{alts: alts}
		if lits, ok := literals(alts); ok {
			sg = seg{lits: lits}
		}
		t.segs = append(t.segs, sg)
	}
	return t, ""
}

func slotSeg(full, name string) seg {
	capital := name != "" && name[0] >= 'A' && name[0] <= 'Z'
	if capital {
		name = strings.ToLower(name[:1]) + name[1:]
	}
	f, ok := slots[name]
	if !ok {
		panic(fmt.Sprintf("corpusgen: template %q: unknown slot %q", full, name))
	}
	return seg{slot: f, cap: capital}
}

// expand appends the template's text to a.b.
func (t *tmpl) expand(a *art) {
	for i := range t.segs {
		s := &t.segs[i]
		switch {
		case s.slot != nil:
			start := len(a.b)
			s.slot(a)
			if s.cap && start < len(a.b) {
				if c := a.b[start]; c >= 'a' && c <= 'z' {
					a.b[start] = c - 'a' + 'A'
				}
			}
		case s.lits != nil:
			a.b = append(a.b, s.lits[a.r.IntN(len(s.lits))]...)
		case s.alts != nil:
			s.alts[a.r.IntN(len(s.alts))].expand(a)
		default:
			a.b = append(a.b, s.lit...)
		}
	}
}

// literals returns the alternatives' text if each is plain text.
func literals(alts []*tmpl) ([]string, bool) {
	lits := make([]string, len(alts))
	for i, t := range alts {
		switch {
		case len(t.segs) == 0:
		case len(t.segs) == 1 && t.segs[0].slot == nil && t.segs[0].alts == nil && t.segs[0].lits == nil:
			lits[i] = t.segs[0].lit
		default:
			return nil, false
		}
	}
	return lits, true
}
