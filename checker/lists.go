package checker

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/factlint/factlint/facts"
)

// introGap is how many bytes may separate the end of the sentence
// introducing a list from the list's first item: a line break and a bullet.
const introGap = 8

// listsMatchCounts reports a list whose items do not number what a count
// says of it: "26 nations" with a 25-name list. The count is the list's own
// ("the 26 nations were: …"), or a count in the list's sentence, or in the
// sentence just before that introduces it, or the nearest earlier count of
// the list's noun class in the same source.
func listsMatchCounts(p *pass) {
	for _, l := range p.mentions {
		if len(l.Items) == 0 {
			continue
		}
		c, why := p.statedCount(l)
		if c == nil {
			continue
		}
		n := float64(len(l.Items))
		iv := c.Interval(p.approx)
		lo, hi, ok := iv.Integers()
		if ok && lo <= n && n <= hi {
			continue
		}
		partial := partialList(l)
		if partial && (!ok || n <= hi) {
			continue // "30 nations, including Australia, Canada and New Zealand"
		}
		f := Finding{Message: fmt.Sprintf("%s %s; the list (%s) has %s: %s; grouped: %s",
			where(c), reads(c, p.approx), place(l), plural(len(l.Items), "item"), short(strings.Join(l.Items, ", "), 12), why)}
		if c != l {
			f.Mentions = append(f.Mentions, mention(c, p.approx, false))
		}
		f.Mentions = append(f.Mentions, textMention(l, plural(len(l.Items), "item"), false))
		p.report(f)
	}
}

// partialWords introduce a list that names only some of what was counted.
var partialWords = []string{"including", "include", "includes", "included", "such as", "among them", "among", "like", "notably", "for example", "for instance", "e.g.", "incl."}

// partialList reports whether a list names only some of the things counted:
// the words just before it are "including", "such as" and the like.
func partialList(l *facts.Fact) bool {
	if l.SentStart < 0 || l.SentStart > len(l.Sentence) {
		return false
	}
	// The word may be a few words back: "including key European allies,
	// Australia, Canada and New Zealand".
	fields := strings.FieldsFunc(strings.ToLower(l.Sentence[:l.SentStart]), func(r rune) bool { return r == ' ' || r == ',' || r == ':' || r == '\n' })
	from := max(0, len(fields)-partialReach)
	for k := from; k < len(fields); k++ {
		for _, w := range partialWords {
			ws := strings.Fields(w)
			if k+len(ws) <= len(fields) && strings.Join(fields[k:k+len(ws)], " ") == w {
				return true
			}
		}
	}
	return false
}

// partialReach is how many words before a list may hold "including".
const partialReach = 5

// statedCount finds the count that states how many items list l has, and
// says why it was taken.
func (p *pass) statedCount(l *facts.Fact) (*facts.Fact, string) {
	// A list's own Stated is the number of its items, as extracted; the
	// count stated for it is a count fact beside it.
	// p.all is sorted by source and place: the facts of l's source before
	// it are one run, found by binary search. Scanning the whole story for
	// each list was quadratic: a 30 MB archive checked as one story spent
	// a fifth of its time here.
	from, _ := slices.BinarySearchFunc(p.all, l.Source, func(c *facts.Fact, src string) int { return strings.Compare(c.Source, src) })
	to, _ := slices.BinarySearchFunc(p.all[from:], l, func(c, l *facts.Fact) int {
		return cmp.Or(strings.Compare(c.Source, l.Source), cmp.Compare(c.Pos.Offset, l.Pos.Offset))
	})
	var before []*facts.Fact
	for _, c := range p.all[from : from+to] {
		if c.Kind == facts.KindCount {
			before = append(before, c)
		}
	}
	sameClass := func(c *facts.Fact) bool { return l.Class == "" || c.Class == "" || c.Class == l.Class }
	for i := len(before) - 1; i >= 0; i-- {
		if c := before[i]; c.Sentence == l.Sentence && sameClass(c) {
			return c, "the count is in the list's sentence"
		}
	}
	if n := len(before); n > 0 {
		c := before[n-1]
		tail := len(c.Sentence)
		if k := strings.Index(c.Sentence, c.Text); k >= 0 {
			tail = len(c.Sentence) - k - len(c.Text)
		}
		if sameClass(c) && l.Pos.Offset-c.End.Offset <= tail+introGap {
			return c, "the count is in the sentence introducing the list"
		}
	}
	if l.Class != "" {
		for i := len(before) - 1; i >= 0; i-- {
			if c := before[i]; c.Class == l.Class {
				return c, "the nearest earlier count of " + l.Class
			}
		}
	}
	return nil, ""
}
