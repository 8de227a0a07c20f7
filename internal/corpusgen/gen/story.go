package gen

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

const (
	maxPeople = 4
	maxCounts = 4
)

// A person is someone a story quotes or names.
type person struct {
	given   string
	surname string
	female  bool
	role    *roleSpec
}

// appendName appends the person's name with the given name as spelled.
func (p *person) appendName(b []byte, given string) []byte {
	b = append(b, given...)
	b = append(b, ' ')
	return append(b, p.surname...)
}

// A quote is something a person said, as said (text) and as a careless
// outlet reproduces it (alt). split is the byte offset just after the '.' or
// ',' where an outlet may break the quote with its attribution, or -1.
type quote struct {
	speaker         int
	text, alt       string
	split, altSplit int
}

// A countForm is how an outlet writes a count.
type countForm uint8

const (
	formExact    countForm = iota // 26
	formAtLeast                   // at least 26 (or a lower figure)
	formMoreThan                  // more than 20
	formAbout                     // about 300, around 300, some 300
	formAsManyAs                  // as many as 25: planted conflicts only
)

// A story is one event and the articles several outlets wrote about it.
type story struct {
	id      string
	kind    *kindSpec
	c       *country
	place   string
	year    int
	event   time.Time // the day it happened
	follow  time.Time // a later day the articles look ahead to
	people  []person
	extra   *person // shares a surname with one of people; may be nil
	counts  []int
	money   float64
	pct     float64
	dur     int
	odur    int // another event's duration
	quotes  []quote
	list    []string
	x       [3]string
	arts    []artPlan
	planted []Planted
	// durPlant is the index in planted of the other-duration not-conflict,
	// whose values are taken from the text as written; -1 if none.
	durPlant int
}

// An artPlan is what one article of a story will say and how.
type artPlan struct {
	o          *outlet
	pub        time.Time
	path       string // relative to the corpus directory
	form       [maxCounts]countForm
	formN      [maxCounts]int
	mustCount  [maxCounts]bool
	mustPerson [maxPeople]bool
	given      [maxPeople]string // given names as this outlet spells them
	title      [maxPeople]string
	quoteAlt   int // the quote reproduced in altered words, or -1
	wholeQuote int // the quote that must appear unbroken, or -1
	otherDur   bool
	mustDur    bool
	extra      bool
	noList     bool
}

func storyRand(seed uint64, index int) *rng {
	return newRNG(seed, uint64(index))
}

// newStory invents story number index (from 1). Everything it decides comes
// from a generator seeded by (seed, index), so a story is the same whatever
// was generated before it.
func newStory(seed uint64, index int, conflicts, notConflicts float64) (*story, *rng) {
	r := storyRand(seed, index)
	k := kinds[r.IntN(len(kinds))]
	c := &countries[r.IntN(len(countries))]
	s := &story{
		id:    "story-" + pad5(index),
		kind:  k,
		c:     c,
		place: c.cities[r.IntN(len(c.cities))],
		year:  2019 + r.IntN(7),

		durPlant: -1,
	}
	s.event = time.Date(s.year, time.January, 1+r.IntN(365), 0, 0, 0, 0, time.UTC)
	s.follow = s.event.AddDate(0, 0, 4+r.IntN(7))
	for i := range k.x {
		s.x[i] = k.x[i][r.IntN(len(k.x[i]))]
	}

	// People, with distinct surnames.
	used := map[string]bool{}
	for i := range k.roles {
		p := person{role: &k.roles[i], female: r.IntN(2) == 0}
		p.given = pickGiven(r, p.female)
		for {
			p.surname = surnames[r.IntN(len(surnames))]
			if !used[p.surname] {
				break
			}
		}
		used[p.surname] = true
		s.people = append(s.people, p)
	}

	// Counts; a summit's attendance list fixes its first count.
	for _, cs := range k.counts {
		n := (cs.max - cs.min) / cs.step
		s.counts = append(s.counts, cs.min+r.IntN(n+1)*cs.step)
	}
	if k.list {
		idx := r.Perm(len(summitNations))[:s.counts[0]]
		slices.Sort(idx)
		for _, i := range idx {
			s.list = append(s.list, summitNations[i])
		}
	}
	s.money = pickFloat(r, k.money)
	if k.moneyUnit == "million" && s.money >= 100 {
		s.money = float64(int(s.money) / 10 * 10) // £450 million, not £457 million
	}
	s.pct = pickFloat(r, k.pct)
	s.dur = k.dur[0] + r.IntN(k.dur[1]-k.dur[0]+1)
	for s.odur = s.dur; s.odur == s.dur; {
		s.odur = k.dur[0] + r.IntN(2*k.dur[1]-k.dur[0]+1)
	}
	// A quote's altered wording is made only when one is planted.
	for _, qs := range k.quotes {
		s.quotes = append(s.quotes, qs.said)
	}

	// Outlets and their articles.
	n := 3 + r.IntN(4)
	perm := r.Perm(len(outlets))[:n]
	for _, oi := range perm {
		o := &outlets[oi]
		p := artPlan{o: o, quoteAlt: -1, wholeQuote: -1}
		p.pub = s.event.AddDate(0, 0, r.IntN(4)).Add(time.Duration(6*60+r.IntN(16*60)) * time.Minute)
		p.path = s.id + "/" + p.pub.Format("2006-01-02") + "-" + o.slug + formatExt[o.format]
		for i := range s.people {
			p.given[i] = s.people[i].given
			p.title[i] = s.people[i].role.title
		}
		for i, cs := range k.counts {
			p.form[i], p.formN[i] = pickForm(r, cs, s.counts[i])
		}
		s.arts = append(s.arts, p)
	}
	slices.SortFunc(s.arts, func(a, b artPlan) int { return strings.Compare(a.path, b.path) })

	if r.Float64() < conflicts {
		s.plantConflicts(r)
	}
	if r.Float64() < notConflicts {
		s.plantNotConflict(r)
	}
	return s, r
}

func pad5(n int) string {
	s := strconv.Itoa(n)
	if len(s) < 5 {
		s = strings.Repeat("0", 5-len(s)) + s
	}
	return s
}

func pickGiven(r *rng, female bool) string {
	if female {
		return givenFemale[r.IntN(len(givenFemale))]
	}
	return givenMale[r.IntN(len(givenMale))]
}

// pickFloat draws a value in [spec[0], spec[1]] with spec[2] decimals.
func pickFloat(r *rng, spec [3]float64) float64 {
	v := spec[0] + r.Float64()*(spec[1]-spec[0])
	scale := 1.0
	for range int(spec[2]) {
		scale *= 10
	}
	return float64(int(v*scale+0.5)) / scale
}

// newQuote expands a quote template: the first alternative at every [a|b]
// point is what was said; the altered version changes one or two points.
func newQuote(r *rng, qs quoteSpec) quote {
	points := strings.Count(qs.text, "[")
	change := map[int]bool{r.IntN(points): true}
	if points > 1 && r.IntN(3) == 0 {
		change[r.IntN(points)] = true
	}
	var canon, alt strings.Builder
	split, altSplit := -1, -1
	s := qs.text
	point := 0
	for len(s) > 0 {
		switch s[0] {
		case '[':
			end := strings.IndexByte(s, ']')
			alts := strings.Split(s[1:end], "|")
			canon.WriteString(alts[0])
			if change[point] {
				alt.WriteString(alts[1+r.IntN(len(alts)-1)])
			} else {
				alt.WriteString(alts[0])
			}
			point++
			s = s[end+1:]
		case '/':
			// "… lost. / Nobody …": break after the punctuation.
			split, altSplit = canon.Len(), alt.Len()
			s = strings.TrimPrefix(s[1:], " ")
			canon.WriteByte(' ')
			alt.WriteByte(' ')
		default:
			i := strings.IndexAny(s, "[/")
			if i < 0 {
				i = len(s)
			}
			canon.WriteString(s[:i])
			alt.WriteString(s[:i])
			s = s[i:]
		}
	}
	q := quote{speaker: qs.speaker, text: curly(canon.String()), alt: curly(alt.String()), split: split, altSplit: altSplit}
	// The marker follows a space: "lost. / Nobody" became "lost.  Nobody".
	q.text, q.split = squeeze(q.text, q.split)
	q.alt, q.altSplit = squeeze(q.alt, q.altSplit)
	return q
}

// squeeze removes the doubled space the split marker leaves and moves the
// split point to just after the punctuation before it.
func squeeze(s string, split int) (string, int) {
	if split < 0 {
		return s, -1
	}
	for split > 0 && s[split-1] == ' ' {
		s = s[:split-1] + s[split:]
		split--
	}
	return s, split
}

// pickForm chooses how an outlet writes count value v.
func pickForm(r *rng, cs countSpec, v int) (countForm, int) {
	if !cs.qualify {
		return formExact, v
	}
	switch r.IntN(6) {
	case 0:
		if m := roundDown(v); m > 0 && r.IntN(2) == 0 && cs.step == 1 {
			return formAtLeast, m
		}
		return formAtLeast, v
	case 1:
		if m := roundDown(v); m > 0 {
			return formMoreThan, m
		}
	case 2:
		if a, ok := roundAbout(v); ok {
			return formAbout, a
		}
	}
	return formExact, v
}

// roundStep is the step a reporter rounds v to.
func roundStep(v int) int {
	switch {
	case v < 100:
		return 5
	case v < 1000:
		return 10
	case v < 10000:
		return 100
	}
	return 1000
}

// roundDown is the round figure just below v, for "more than 20" when there
// are 26; 0 if there is none.
func roundDown(v int) int {
	s := roundStep(v)
	return (v - 1) / s * s
}

// roundAbout is v rounded for "about 300" when there are 310, if that is
// within 5% of v.
func roundAbout(v int) (int, bool) {
	s := roundStep(v)
	a := (v + s/2) / s * s
	d := a - v
	if d < 0 {
		d = -d
	}
	return a, a > 0 && d*20 <= v
}

// misspell changes one vowel of a given name after its first letter:
// Giorgia becomes Georgia or Giurgia.
func misspell(r *rng, name string) string {
	const vowels = "aeiou"
	var at []int
	for i := 1; i < len(name); i++ {
		if strings.IndexByte(vowels, name[i]) >= 0 {
			at = append(at, i)
		}
	}
	if len(at) == 0 {
		return name + "e"
	}
	i := at[r.IntN(len(at))]
	for {
		v := vowels[r.IntN(len(vowels))]
		if v != name[i] {
			return name[:i] + string(v) + name[i+1:]
		}
	}
}
