package dsl

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/agnivade/levenshtein"

	"github.com/factlint/factlint/source"
)

// An Op is an expectation: what a rule expects of its fact's mentions.
type Op uint8

// The expectations.
const (
	OpAgreeAcross      Op = iota + 1 // agrees across sources
	OpAgreeWithin                    // agrees within each source
	OpAgreeWith                      // agrees with OTHER
	OpAgreeReference                 // agree with reference
	OpAgree                          // agree (people, titles, quotes)
	OpEquals                         // equals N
	OpBetween                        // between A and B
	OpAtLeast                        // at least N
	OpAtMost                         // at most N
	OpPresentInEvery                 // is present in every source
	OpPresentInAtLeast               // is present in at least N sources
	OpMatchCounts                    // match counts (lists)
)

// phrases are the expectations as written; AGREE stands for "agree" or
// "agrees", NAME for a fact name, N for a number. Order matters: the first
// that matches wins, so "with reference" comes before "with NAME".
var phrases = []struct {
	op    Op
	words string
}{
	{OpAgreeAcross, "AGREE across sources"},
	{OpAgreeWithin, "AGREE within each source"},
	{OpAgreeReference, "AGREE with reference"},
	{OpAgreeWith, "AGREE with NAME"},
	{OpAgree, "AGREE"},
	{OpEquals, "equals N"},
	{OpBetween, "between N and N"},
	{OpAtLeast, "at least N"},
	{OpAtMost, "at most N"},
	{OpPresentInEvery, "is present in every source"},
	{OpPresentInAtLeast, "is present in at least N sources"},
	{OpMatchCounts, "match counts"},
}

// String returns the expectation's phrase with placeholders: "agrees with NAME".
func (op Op) String() string {
	for _, p := range phrases {
		if p.op == op {
			return strings.Replace(p.words, "AGREE", "agrees", 1)
		}
	}
	return fmt.Sprintf("Op(%d)", op)
}

// Expectations returns every expectation phrase, for error messages and docs.
func Expectations() []string {
	var out []string
	for _, p := range phrases {
		out = append(out, p.op.String())
	}
	return append(out, "… within N", "… within N%")
}

// word is one word of an expectation, with its place.
type word struct {
	start, end source.Pos
	text       string
}

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil && s != "" && (s[0] == '-' || s[0] >= '0' && s[0] <= '9')
}

// matchExpectation fills c from the words after the subject, or returns an
// error that lists the valid phrases.
func matchExpectation(c *ExpectClause, ws []word, after source.Pos) *source.Error {
	all := ws
	// A trailing "within N" or "within N %" is the tolerance.
	if n := len(ws); n >= 2 {
		switch {
		case n >= 3 && ws[n-1].text == "%" && isNumber(ws[n-2].text) && ws[n-3].text == "within":
			c.Within, c.Percent = numberOf(ws[n-2]), true
			ws = ws[:n-3]
		case isNumber(ws[n-1].text) && ws[n-2].text == "within":
			c.Within = numberOf(ws[n-1])
			ws = ws[:n-2]
		}
	}
	for _, p := range phrases {
		if matchPhrase(c, p.words, ws) {
			c.Op = p.op
			c.End = all[len(all)-1].end
			return nil
		}
	}
	c.Within, c.Percent = nil, false
	// A whole phrase and then a misspelled keyword: "agrees across sources
	// sevrity error".
	for k := len(all) - 1; k > 0; k-- {
		kw := keywordLike(all[k].text)
		if kw == "" {
			continue
		}
		for _, p := range phrases {
			if matchPhrase(&ExpectClause{}, p.words, all[:k]) {
				return source.Errorf(all[k].start, CodeExpect, "unexpected %q after %q; did you mean %q?", all[k].text, p.op.String(), kw)
			}
		}
	}
	if len(all) == 0 {
		return source.Errorf(after, CodeExpect, "expected an expectation after %q, one of: %s", c.Subject.Name, strings.Join(Expectations(), "; "))
	}
	var text []string
	for _, w := range all {
		text = append(text, w.text)
	}
	got := strings.Join(text, " ")
	msg := fmt.Sprintf("unknown expectation %q", got)
	if s := closestPhrase(got); s != "" {
		msg += fmt.Sprintf(", did you mean %q?", s)
	}
	return source.Errorf(all[0].start, CodeExpect, "%s; expected one of: %s", msg, strings.Join(Expectations(), "; "))
}

func matchPhrase(c *ExpectClause, pattern string, ws []word) bool {
	pw := strings.Fields(pattern)
	if len(pw) != len(ws) {
		return false
	}
	var args []*Number
	var other *Ident
	verb := ""
	for i, p := range pw {
		w := ws[i]
		switch p {
		case "AGREE":
			if w.text != "agree" && w.text != "agrees" {
				return false
			}
			verb = w.text
		case "N":
			if !isNumber(w.text) {
				return false
			}
			args = append(args, numberOf(w))
		case "NAME":
			if isNumber(w.text) || !isIdent(w.text) {
				return false
			}
			other = &Ident{Start: w.start, End: w.end, Name: w.text}
		case "sources", "source":
			if w.text != "sources" && w.text != "source" {
				return false
			}
		case "match":
			if w.text != "match" && w.text != "matches" {
				return false
			}
			verb = w.text
		default:
			if w.text != p {
				return false
			}
		}
	}
	c.Verb, c.Args, c.Other = verb, args, other
	return true
}

func isIdent(s string) bool {
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return s != ""
}

func numberOf(w word) *Number {
	v, _ := strconv.ParseFloat(w.text, 64)
	return &Number{Start: w.start, End: w.end, Value: v, Text: w.text}
}

// closestPhrase returns the phrase closest to got, when close enough to be
// a typo.
func closestPhrase(got string) string {
	best, bestD := "", len(got)/3+2
	for _, p := range phrases {
		for _, verb := range []string{"agrees", "agree"} {
			s := strings.Replace(p.op.String(), "agrees", verb, 1)
			if d := levenshtein.ComputeDistance(got, s); d < bestD {
				best, bestD = s, d
			}
		}
	}
	return best
}

// levenshteinClosest returns the candidate closest to s, when close enough.
func levenshteinClosest(s string, candidates []string) string {
	best, bestD := "", len(s)/2+2
	for _, c := range candidates {
		if d := levenshtein.ComputeDistance(s, c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}
