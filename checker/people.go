package checker

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/factlint/factlint/facts"
)

// peopleAgree groups the person mentions into people and reports a person
// whose name is spelled more than one way: "Georgia" and "Giorgia" Meloni.
// Spellings the reference sheet accepts (the house name and its aliases)
// count as one. With the reference, a spelling other than the house one is
// a finding even when every source agrees on it, and so is a spelling the
// sheet's prefer list rejects. A surname alone never makes a conflict:
// "Albanese" may be Anthony or Francesca.
func peopleAgree(p *pass) {
	ref := p.reference()
	// Each mention's parsed name, looked up once: the index is made of
	// them, and each mention's group and spelling read from them (three
	// map lookups of a name a mention fewer).
	c := p.cache
	if c == nil {
		c = &storyCache{}
	}
	if ref == nil && p.draft == "" && skipDistinctSurnames && distinctSurnames(c.allFull(p.all), &c.names) {
		// The story's full names have distinct surnames (see below),
		// and so have the mentions', some of them: found before each
		// mention's name is looked up, from the names the titles and
		// quotes rules find all the same (BenchmarkCheckCorpusDefault
		// 60.42 -> 58.91 M instructions, GOGC=off).
		return
	}
	names := make([]string, len(p.mentions))
	ents := make([]*nameEntry, len(p.mentions))
	for i, m := range p.mentions {
		names[i] = m.Name
		if i > 0 && m.Name == names[i-1] {
			ents[i] = ents[i-1] // a name and its title, often
			continue
		}
		ents[i] = c.names.entry(m.Name)
	}
	full := distinctFullOf(names, ents, &c.names)
	if ref == nil && p.draft == "" && skipDistinctSurnames && distinctSurnames(full, &c.names) {
		// Without a reference sheet, two full names are one person's
		// only if their surnames have one skeleton (samePersonWhy; the
		// same spelling folded has one surname too): with none shared,
		// every person is spelled one way, and there is nothing to
		// report. So it is for most stories (85% of a generated
		// archive's); their index is made by the titles rule all the
		// same. BenchmarkCheckCorpusDefault 77.2 -> 74.8 M instructions,
		// GOGC=off; TestDistinctSurnamesFastPath holds it to the plain
		// code.
		return
	}
	idx := c.index(ref, full)
	// Each mention's group, then the groups' mentions cut from one slice:
	// a list grown for each group was a fifth of a check's allocations.
	gis := make([]int32, len(p.mentions))
	count := make([]int32, len(idx.groups))
	var order []int
	kept := 0
	for i, e := range ents {
		gi := -1
		if e.name.full() {
			gi = idx.lookupEntry(names[i], e)
		}
		gis[i] = int32(gi)
		if gi < 0 {
			continue
		}
		if count[gi] == 0 {
			order = append(order, gi)
		}
		count[gi]++
		kept++
	}
	byGroup := make([][]*facts.Fact, len(idx.groups))
	entsOf := make([][]*nameEntry, len(idx.groups))
	slab, eslab := make([]*facts.Fact, kept), make([]*nameEntry, kept)
	for _, gi := range order {
		byGroup[gi], slab = slab[:0:count[gi]], slab[count[gi]:]
		entsOf[gi], eslab = eslab[:0:count[gi]], eslab[count[gi]:]
	}
	for i, m := range p.mentions {
		if gi := gis[i]; gi >= 0 {
			byGroup[gi] = append(byGroup[gi], m)
			entsOf[gi] = append(entsOf[gi], ents[i])
		}
	}
	var flagged map[*facts.Fact]bool // made for the first finding
	var keys []string                // one slice for every group's
	for _, gi := range order {
		g, ms := idx.groups[gi], byGroup[gi]
		// Each mention's spelling key, worked out once: split compares
		// every pair.
		keys = slices.Grow(keys[:0], len(ms))[:len(ms)]
		for i, m := range ms {
			if i > 0 && m.Name == ms[i-1].Name {
				keys[i] = keys[i-1]
				continue
			}
			n := entsOf[gi][i].name
			if g.accepted(n) {
				keys[i] = g.house().key()
			} else {
				keys[i] = n.key()
			}
		}
		withRef := p.rule.WithReference && g.ref != nil
		if !withRef && p.draft == "" && oneKey(keys) {
			// Spelled one way, as most people are: every mention agrees
			// (what splitByKey would find, with a slice or three).
			continue
		}
		var agrees []bool
		var right string
		decided := withRef || p.draft != "" // else a tie between spellings is left open
		if withRef {
			agrees = make([]bool, len(ms))
			for i, m := range ms {
				agrees[i] = !p.judged(m) || keys[i] == g.house().key()
			}
			right = g.ref.Name
		} else {
			var best int
			agrees, best = p.splitByKey(ms, numbered(keys))
			if best < 0 {
				continue
			}
			right = spellingIn(g, ms[best], idx.names)
			if g.ref != nil && p.draft == "" && !allAgree(agrees) {
				// Spelled more than one way: the house spelling, if used, is right.
				for i := range ms {
					if keys[i] == g.house().key() {
						right, decided = g.ref.Name, true
						for i := range ms {
							agrees[i] = keys[i] == g.house().key()
						}
						break
					}
				}
			}
		}
		if allAgree(agrees) {
			continue
		}
		p.report(peopleFinding(g, ms, agrees, right, withRef, decided, idx.names))
		for i, m := range ms {
			if !agrees[i] {
				if flagged == nil {
					flagged = map[*facts.Fact]bool{}
				}
				flagged[m] = true
			}
		}
	}
	if p.rule.WithReference && ref != nil {
		p.preferred(ref, flagged)
	}
}

// skipDistinctSurnames lets peopleAgree pass over a story whose full
// names have distinct surnames; the tests turn it off to compare.
var skipDistinctSurnames = true

// distinctSurnames reports whether the full names, distinct, have
// surnames of distinct skeletons.
func distinctSurnames(full []string, c *nameCache) bool {
	if len(full) > 64 {
		seen := make(map[string]bool, len(full))
		for _, s := range full {
			k := c.parse(s).surSkel
			if seen[k] {
				return false
			}
			seen[k] = true
		}
		return true
	}
	var buf [64]string
	skels := buf[:0]
	for _, s := range full {
		k := c.parse(s).surSkel
		if slices.Contains(skels, k) {
			return false
		}
		skels = append(skels, k)
	}
	return true
}

// oneKey reports whether the keys are all the same.
func oneKey(keys []string) bool {
	for _, k := range keys {
		if k != keys[0] {
			return false
		}
	}
	return true
}

// numbered numbers the distinct values of ss from 0, in order of first
// appearance.
func numbered[T comparable](ss []T) []int {
	num, _ := valueNumbers(ss)
	return num
}

// reference is the program's reference sheet, or nil when it is empty.
func (p *pass) reference() *Reference {
	if p.ref == nil || len(p.ref.People) == 0 && len(p.ref.Prefer) == 0 {
		return nil
	}
	return p.ref
}

// spellingIn is spellingOf, parsing names with c.
func spellingIn(g *personGroup, m *facts.Fact, c *nameCache) string {
	n := c.parse(m.Name)
	if g.accepted(n) {
		return g.house().spelling()
	}
	return n.spelling()
}

func peopleFinding(g *personGroup, ms []*facts.Fact, agrees []bool, right string, withRef, decided bool, c *nameCache) Finding {
	var f Finding
	if withRef {
		f.Mentions = append(f.Mentions, refMention(g.ref, g.ref.Name))
	}
	agreeing := 0
	seenSource := map[string]bool{}
	outliers := map[string][]string{} // spelling -> places
	var outlierOrder []string
	for i, m := range ms {
		sp := spellingIn(g, m, c)
		if agrees[i] {
			agreeing++
			if seenSource[m.Source] {
				continue // one agreeing mention per source is evidence enough
			}
			seenSource[m.Source] = true
		} else {
			if _, ok := outliers[sp]; !ok {
				outlierOrder = append(outlierOrder, sp)
			}
			outliers[sp] = append(outliers[sp], place(m))
		}
		f.Mentions = append(f.Mentions, textMention(m, sp, agrees[i]))
	}
	var parts, reasons []string
	tie := false
	for _, places := range outliers {
		tie = tie || !decided && len(places) >= agreeing
	}
	switch {
	case withRef:
		parts = append(parts, fmt.Sprintf("the reference sheet spells it %s (%s)", right, refPlace(g.ref)))
	case tie:
		// No spelling has more mentions: say so rather than pick one.
		var first []string
		for i, m := range ms {
			if agrees[i] {
				first = append(first, place(m))
			}
		}
		parts = append(parts, fmt.Sprintf("spelled %d ways: '%s' (%s)", len(outliers)+1, right, strings.Join(first, ", ")))
	default:
		parts = append(parts, fmt.Sprintf("%s it %s", verb(agreeing, "spells", "spell"), right))
	}
	rn := parseName(right)
	for _, sp := range outlierOrder {
		if tie {
			parts = append(parts, fmt.Sprintf("'%s' (%s)", sp, strings.Join(outliers[sp], ", ")))
		} else {
			parts = append(parts, fmt.Sprintf("'%s' (%s) differs", sp, strings.Join(outliers[sp], ", ")))
		}
		tmp := &personGroup{ref: g.ref, names: []personName{rn}}
		_, why := tmp.matches(parseName(sp))
		reasons = append(reasons, why)
	}
	msg := strings.Join(parts, "; ")
	if r := joinReasons(reasons); r != "" {
		msg += "; grouped: " + r
	}
	f.Message = msg
	return f
}

// preferred reports mentions whose name uses a spelling the reference
// sheet's prefer list rejects, unless already reported.
func (p *pass) preferred(ref *Reference, flagged map[*facts.Fact]bool) {
	wrongs := make([]string, 0, len(ref.Prefer))
	for w := range ref.Prefer {
		wrongs = append(wrongs, w)
	}
	sort.Strings(wrongs)
	res := make([]*regexp.Regexp, len(wrongs))
	for i, w := range wrongs {
		res[i] = regexp.MustCompile(`(?:^|[^\p{L}\p{N}])` + regexp.QuoteMeta(w) + `(?:$|[^\p{L}\p{N}])`)
	}
	for _, m := range p.mentions {
		if flagged[m] || !p.judged(m) {
			continue
		}
		for i, re := range res {
			if re.MatchString(m.Name) || re.MatchString(m.Text) {
				right := ref.Prefer[wrongs[i]]
				p.report(Finding{
					Message:  fmt.Sprintf("'%s' (%s) writes %s; the reference sheet prefers %s", m.Text, place(m), wrongs[i], right),
					Mentions: []Mention{textMention(m, m.Name, false)},
				})
				break
			}
		}
	}
}
