package checker

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/factlint/factlint/facts"
)

// split judges the mentions of one group against each other. It picks the
// mention the most others are compatible with (then the one seen in more
// sources, then the first) and reports which mentions are compatible with
// it. In draft mode the sources are taken as they are: a draft mention
// agrees when any source mention is compatible with it, and best is the
// sources' own choice. compat(i, j) says whether g[i] and g[j] are
// compatible; callers answer it from values worked out once per mention,
// since split asks it of every pair.
func (p *pass) split(g []*facts.Fact, compat func(i, j int) bool) (agrees []bool, best int) {
	agrees = make([]bool, len(g))
	// Sources by number, and a stamp per source, to count a candidate's
	// distinct sources without a map per candidate.
	src, nsrc := sourceNumbers(g)
	stamp := make([]int, nsrc)
	best, bestScore, bestSrcs := -1, -1, -1
	for i, c := range g {
		if p.draft != "" && c.Source == p.draft {
			continue
		}
		score, srcs := 0, 0
		for j, m := range g {
			if p.draft != "" && m.Source == p.draft {
				continue
			}
			if compat(i, j) {
				score++
				if stamp[src[j]] != i+1 {
					stamp[src[j]] = i + 1
					srcs++
				}
			}
		}
		if score > bestScore || score == bestScore && srcs > bestSrcs {
			best, bestScore, bestSrcs = i, score, srcs
		}
	}
	for i, m := range g {
		switch {
		case p.draft == "":
			agrees[i] = compat(best, i)
		case m.Source != p.draft || best < 0:
			agrees[i] = true
		default:
			for j, s := range g {
				if s.Source != p.draft && compat(j, i) {
					agrees[i] = true
					break
				}
			}
		}
	}
	return agrees, best
}

// splitByKey is split with compat(i, j) being key[i] == key[j], keys
// numbered from 0: it counts each key's mentions and sources once rather
// than comparing every pair, which made split the larger part of
// peopleAgree for people named many times.
func (p *pass) splitByKey(g []*facts.Fact, key []int) (agrees []bool, best int) {
	if len(g) <= 16 {
		// Few pairs: comparing them is cheaper than counting.
		return p.split(g, func(i, j int) bool { return key[i] == key[j] })
	}
	agrees = make([]bool, len(g))
	nkeys := 0
	for _, k := range key {
		nkeys = max(nkeys, k+1)
	}
	// Per key: its mentions and distinct sources, drafts left out; a stamp
	// per source and key tells a source already counted.
	count, srcs := make([]int, nkeys), make([]int, nkeys)
	src, nsrc := sourceNumbers(g)
	seen := make(map[[2]int]bool, nsrc)
	for j, m := range g {
		if p.draft != "" && m.Source == p.draft {
			continue
		}
		count[key[j]]++
		if k := [2]int{key[j], src[j]}; !seen[k] {
			seen[k] = true
			srcs[key[j]]++
		}
	}
	best, bestScore, bestSrcs := -1, -1, -1
	for i, c := range g {
		if p.draft != "" && c.Source == p.draft {
			continue
		}
		if score, n := count[key[i]], srcs[key[i]]; score > bestScore || score == bestScore && n > bestSrcs {
			best, bestScore, bestSrcs = i, score, n
		}
	}
	for i, m := range g {
		switch {
		case p.draft == "":
			agrees[i] = key[best] == key[i]
		case m.Source != p.draft || best < 0:
			agrees[i] = true
		default:
			agrees[i] = count[key[i]] > 0 // a source mention has its key
		}
	}
	return agrees, best
}

// sourceNumbers numbers the distinct sources of ms from 0, in order of first
// appearance: src[i] is ms[i]'s, n how many there are.
func sourceNumbers(ms []*facts.Fact) (src []int, n int) {
	src = make([]int, len(ms))
	var buf [16]string
	names := buf[:0]
	for i, m := range ms {
		// A group's mentions come from a few sources, often in runs.
		k := -1
		if i > 0 && m.Source == ms[i-1].Source {
			k = src[i-1]
		} else if k = slices.Index(names, m.Source); k < 0 && len(names) < 16 {
			k = len(names)
			names = append(names, m.Source)
		}
		if k < 0 {
			return sourceNumbersMap(ms)
		}
		src[i] = k
	}
	return src, len(names)
}

// valueNumbers numbers the distinct values of ss from 0, in order of
// first appearance: num[i] is ss[i]'s, n how many there are.
func valueNumbers[T comparable](ss []T) (num []int, n int) {
	num = make([]int, len(ss))
	var distinct []T // searched while there are few
	var idx map[T]int
	for i, s := range ss {
		if i > 0 && s == ss[i-1] {
			num[i] = num[i-1]
			continue
		}
		k := -1
		if idx == nil {
			k = slices.Index(distinct, s)
		} else if kk, ok := idx[s]; ok {
			k = kk
		}
		if k < 0 {
			k = len(distinct)
			if distinct = append(distinct, s); idx == nil && len(distinct) > 8 {
				idx = make(map[T]int, 2*len(distinct))
				for kk, d := range distinct {
					idx[d] = kk
				}
			} else if idx != nil {
				idx[s] = k
			}
		}
		num[i] = k
	}
	return num, len(distinct)
}

// sourceNumbersMap is sourceNumbers for mentions from many sources.
func sourceNumbersMap(ms []*facts.Fact) (src []int, n int) {
	src = make([]int, len(ms))
	idx := map[string]int{}
	for i, m := range ms {
		k, ok := idx[m.Source]
		if !ok {
			k = len(idx)
			idx[m.Source] = k
		}
		src[i] = k
	}
	return src, len(idx)
}

// allAgree reports whether every entry is true.
func allAgree(agrees []bool) bool {
	for _, a := range agrees {
		if !a {
			return false
		}
	}
	return true
}

// place is a mention's file name and line, for messages: "001_….txt:37".
func place(m *facts.Fact) string {
	m.Resolve()
	return fmt.Sprintf("%s:%d", filepath.Base(m.Source), m.Pos.Line)
}

// short cuts a long text to its first words for a message.
func short(s string, words int) string {
	f := strings.Fields(s)
	if len(f) <= words {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:words], " ") + " …"
}

// textMention is the evidence for a non-numeric mention, read as reading.
func textMention(m *facts.Fact, reading string, agrees bool) Mention {
	m.Resolve()
	return Mention{Source: m.Source, Pos: m.Pos, End: m.End, Text: m.Text, Sentence: m.Sentence, Reading: reading, Agrees: agrees,
		CharStart: m.CharStart, CharEnd: m.CharEnd, Prefix: m.Prefix, Suffix: m.Suffix, SentStart: m.SentStart, SentEnd: m.SentEnd}
}

// refMention points at a reference sheet entry as evidence: at the name or
// the title as written in the rule file when text is one of them.
func refMention(r *RefPerson, text string) Mention {
	m := Mention{Source: r.Pos.Filename, Pos: r.Pos, End: r.Pos, Text: text, Reading: "reference sheet", Agrees: true}
	at := r.NameAt
	if text == r.Title && text != r.Name {
		at = r.TitleAt
	}
	if at.CharEnd > at.CharStart {
		m.Pos, m.End, m.CharStart, m.CharEnd, m.Prefix, m.Suffix = at.Pos, at.End, at.CharStart, at.CharEnd, at.Prefix, at.Suffix
	}
	return m
}

// joinReasons lists distinct reasons in order.
func joinReasons(reasons []string) string {
	seen := map[string]bool{}
	var out []string
	for _, r := range reasons {
		if r != "" && !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return strings.Join(out, "; ")
}

// verb agrees a verb with a count of mentions: "1 mention spells", "2
// mentions spell".
func verb(n int, singular, pl string) string {
	if n == 1 {
		return "1 mention " + singular
	}
	return fmt.Sprintf("%d mentions %s", n, pl)
}
