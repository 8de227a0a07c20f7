package gen

import (
	"strconv"
)

// A Planted is one deliberate disagreement between a story's articles, or
// one apparent difference that is not a disagreement and must not be
// reported (Kind "not-conflict").
type Planted struct {
	Story string `json:"story"`
	// Kind is "count", "person", "title", "quote" or "not-conflict".
	Kind string `json:"kind"`
	// Of says what a not-conflict is about: "count", "person" or "duration".
	Of string `json:"of,omitempty"`
	// Subject names what disagrees: what is counted ("killed"), the person
	// as correctly named, or the speaker of a quote.
	Subject string `json:"subject,omitempty"`
	// Noun is the head noun of a count as written ("people").
	Noun string `json:"noun,omitempty"`
	// Sources are the articles involved, relative to the corpus directory.
	Sources []string `json:"sources"`
	// Odd is the source that disagrees with the others.
	Odd string `json:"odd,omitempty"`
	// Values are the differing texts as written, the correct one first:
	// ["26", "as many as 25"], ["Giorgia Meloni", "Georgia Meloni"]. A count
	// that opens a sentence has its first letter capitalised in the text
	// ("As many as 25 countries"). A title is written before the Subject's
	// name, capitalised at the start of a sentence: "Interior Minister Ana
	// Petrova", "former Finance Minister Anton Rossi". A quote's values are its words
	// without the closing punctuation.
	Values []string `json:"values"`
}

// plantConflicts plants one or two disagreements of different kinds, each
// in one article.
func (s *story) plantConflicts(r *rng) {
	kinds := []string{"count", "person", "title", "quote"}
	r.Shuffle(len(kinds), func(i, j int) { kinds[i], kinds[j] = kinds[j], kinds[i] })
	n := 1 + r.IntN(2)
	misspelt := -1 // the person already planted on: one plant per person
	for _, kind := range kinds[:n] {
		odd := r.IntN(len(s.arts))
		switch kind {
		case "count":
			v := s.counts[0]
			for i := range s.arts {
				s.arts[i].form[0], s.arts[i].formN[0] = formExact, v
				s.arts[i].mustCount[0] = true
			}
			a := &s.arts[odd]
			a.noList = true
			if m := roundDown(v); r.IntN(2) == 0 && m > 0 {
				a.form[0], a.formN[0] = formAsManyAs, m
			} else {
				step := s.kind.counts[0].step
				d := step * (1 + r.IntN(max(1, v/10/step)))
				if r.IntN(2) == 0 && v-d > 0 {
					d = -d
				}
				a.formN[0] = v + d
			}
			s.add(Planted{Kind: "count", Subject: s.kind.counts[0].name, Noun: s.kind.counts[0].noun,
				Odd: a.path, Values: []string{string(appendDigits(nil, v)), string(countText(nil, a.form[0], a.formN[0], "as many as"))}})
		case "person":
			pi := r.IntN(len(s.people))
			if pi == misspelt {
				pi = (pi + 1) % len(s.people)
			}
			misspelt = pi
			p := &s.people[pi]
			wrong := misspell(r, p.given)
			for i := range s.arts {
				s.arts[i].mustPerson[pi] = true
			}
			s.arts[odd].given[pi] = wrong
			s.add(Planted{Kind: "person", Subject: p.given + " " + p.surname, Odd: s.arts[odd].path,
				Values: []string{p.given + " " + p.surname, wrong + " " + p.surname}})
		case "title":
			pi := r.IntN(len(s.people))
			if pi == misspelt {
				pi = (pi + 1) % len(s.people)
			}
			misspelt = pi
			p := &s.people[pi]
			for i := range s.arts {
				s.arts[i].mustPerson[pi] = true
			}
			s.arts[odd].title[pi] = p.role.alt
			s.add(Planted{Kind: "title", Subject: p.given + " " + p.surname, Odd: s.arts[odd].path,
				Values: []string{p.role.title, p.role.alt}})
		case "quote":
			qi := r.IntN(len(s.quotes))
			for i := range s.arts {
				s.arts[i].wholeQuote = qi
			}
			s.arts[odd].quoteAlt = qi
			q := &s.quotes[qi]
			altered := newQuote(r, s.kind.quotes[qi])
			q.alt, q.altSplit = altered.alt, altered.altSplit
			sp := &s.people[q.speaker]
			s.add(Planted{Kind: "quote", Subject: sp.given + " " + sp.surname, Odd: s.arts[odd].path,
				Values: []string{q.text, q.alt}})
		}
	}
}

// plantNotConflict plants one difference that is not a disagreement.
func (s *story) plantNotConflict(r *rng) {
	a := &s.arts[r.IntN(len(s.arts))]
	switch r.IntN(4) {
	case 0, 1: // "more than 20" beside 26, "about 300" beside 310
		countPlanted := s.arts[0].mustCount[0]
		for _, k := range r.Perm(len(s.counts)) {
			cs := s.kind.counts[k]
			v := s.counts[k]
			if !cs.qualify || (k == 0 && countPlanted) || v < 20 {
				continue
			}
			form, n := formMoreThan, roundDown(v)
			if ab, ok := roundAbout(v); ok && ab != v && r.IntN(2) == 0 {
				form, n = formAbout, ab
			}
			for i := range s.arts {
				s.arts[i].form[k], s.arts[i].formN[k] = formExact, v
				s.arts[i].mustCount[k] = true
			}
			a.form[k], a.formN[k] = form, n
			s.add(Planted{Kind: "not-conflict", Of: "count", Subject: cs.name, Noun: cs.noun, Odd: a.path,
				Values: []string{string(appendDigits(nil, v)), string(countText(nil, form, n, aboutWord(a)))}})
			return
		}
		fallthrough
	case 2: // Anthony Albanese and Francesca Albanese
		j := r.IntN(len(s.people))
		for i := range s.arts {
			if s.arts[i].given[j] != s.people[j].given {
				return // misspelt in some article: the pair would be ambiguous
			}
		}
		p := &s.people[j]
		e := &person{surname: p.surname, female: r.IntN(2) == 0}
		for {
			e.given = pickGiven(r, e.female)
			if e.given[0] != p.given[0] {
				break
			}
		}
		s.extra = e
		a.extra = true
		a.mustPerson[j] = true
		s.add(Planted{Kind: "not-conflict", Of: "person", Subject: p.surname, Odd: a.path,
			Values: []string{p.given + " " + p.surname, e.given + " " + e.surname}})
		s.planted[len(s.planted)-1].Sources = []string{a.path}
	case 3: // a 30-day ceasefire beside the 60-day truce of another year
		a.otherDur = true
		a.mustDur = true
		// The values are filled in as the article writes them (article.go).
		s.add(Planted{Kind: "not-conflict", Of: "duration", Subject: "duration", Odd: a.path,
			Values: []string{strconv.Itoa(s.dur), strconv.Itoa(s.odur)}})
		s.planted[len(s.planted)-1].Sources = []string{a.path}
		s.durPlant = len(s.planted) - 1
	}
}

// add records a planted item; Sources are every article of the story, all
// of which state the fact (the odd one differently).
func (s *story) add(p Planted) {
	p.Story = s.id
	for i := range s.arts {
		p.Sources = append(p.Sources, s.arts[i].path)
	}
	s.planted = append(s.planted, p)
}

// aboutWord is the word an outlet uses for an approximate figure.
func aboutWord(a *artPlan) string {
	if a.o.british {
		return "about"
	}
	return "around"
}

// countText appends a count as written in form: "26", "more than 20".
func countText(b []byte, form countForm, n int, about string) []byte {
	switch form {
	case formAtLeast:
		b = append(b, "at least "...)
	case formMoreThan:
		b = append(b, "more than "...)
	case formAbout:
		b = append(b, about...)
		b = append(b, ' ')
	case formAsManyAs:
		b = append(b, "as many as "...)
	}
	return appendInt(b, n)
}
