package gen

import (
	"strconv"
	"time"
)

// A span is a piece of art.b: a sentence, a headline, a crosshead.
type span struct {
	start, end int32
	kind       spanKind
}

type spanKind uint8

const (
	spanText      spanKind = iota
	spanQuote              // a quotation: starts its own paragraph
	spanCrosshead          // a subheading between paragraphs
	spanNoise              // a caption or promo line in scraped text
)

// An item is a sentence the article has decided to include, before the
// order is shuffled and the text written.
type item struct {
	kind itemKind
	t    *tmpl
	who  int // person for person lines, quote index for quotes
}

type itemKind uint8

const (
	itemTmpl itemKind = iota
	itemPerson
	itemQuote
)

// An art writes one article. It is reused from article to article so that
// its buffers are allocated once per run, not once per article.
type art struct {
	r  *rng
	st *story
	p  *artPlan
	o  *outlet

	b        []byte // the text of every span
	spans    []span
	order    []int // body spans in reading order
	headline span
	items    []item
	perm     []int
	blocks   []block

	introduced [maxPeople]bool
	mentioned  [maxCounts]bool
	durSaid    bool
	cur        int

	countText                             [maxCounts][]byte
	moneyText, pctText, dayText, nextText []byte
	durSeen, odurSeen                     string

	out []byte // the article file
}

// write writes the article planned by p into a.out.
func (a *art) write(s *story, p *artPlan) {
	a.st, a.p, a.o = s, p, p.o
	a.b, a.spans, a.order, a.items = a.b[:0], a.spans[:0], a.order[:0], a.items[:0]
	a.introduced = [maxPeople]bool{}
	a.mentioned = [maxCounts]bool{}
	a.durSaid = false
	a.durSeen, a.odurSeen = "", ""
	a.prepare()
	k := s.kind

	// The headline may name people and figures, but the body still
	// introduces them.
	start := len(a.b)
	a.pick(k.headlineT).expand(a)
	a.headline = span{start: int32(start), end: int32(len(a.b))}
	a.introduced = [maxPeople]bool{}
	a.mentioned = [maxCounts]bool{}

	a.sentence(a.pick(k.leadT), spanText)
	lead := len(a.spans)

	// What this article will say besides the lead.
	for i := range s.counts {
		if p.mustCount[i] || a.r.IntN(10) < 8 {
			a.items = a.pickSome(a.items, itemTmpl, k.counts[i].t, 0)
		}
	}
	for i := range s.people {
		if p.mustPerson[i] || a.r.IntN(10) < 7 {
			a.items = a.pickSome(a.items, itemPerson, k.roles[i].t, i)
		}
	}
	quoted := false
	for i := range s.quotes {
		if i == p.wholeQuote || a.r.IntN(20) < 11 {
			a.items = append(a.items, item{kind: itemQuote, who: i})
			quoted = true
		}
	}
	if !quoted {
		a.items = append(a.items, item{kind: itemQuote, who: a.r.IntN(len(s.quotes))})
	}
	a.maybe(6, k.moneyT)
	a.maybe(6, k.pctT)
	if p.mustDur {
		a.items = append(a.items, item{kind: itemTmpl, t: a.pick(k.durT)})
	} else {
		a.maybe(7, k.durT)
	}
	a.maybe(5, k.nextT)
	if k.list && !p.noList && p.form[0] == formExact && p.formN[0] == s.counts[0] {
		a.maybe(6, k.listT)
	}
	if p.otherDur {
		a.items = append(a.items, item{kind: itemTmpl, t: a.pick(k.otherDurT)})
	}
	if p.extra {
		a.items = append(a.items, item{kind: itemTmpl, t: a.pick(extraPersonT)})
	}
	a.r.Shuffle(len(a.items), func(i, j int) { a.items[i], a.items[j] = a.items[j], a.items[i] })
	for _, it := range a.items {
		a.render(it)
	}

	// Whatever a plan requires and the draw left out is said last.
	for i := range s.counts {
		if p.mustCount[i] && !a.mentioned[i] {
			a.sentence(a.pick(k.counts[i].t), spanText)
		}
	}
	for i := range s.people {
		if p.mustPerson[i] && !a.introduced[i] {
			a.render(item{kind: itemPerson, t: a.pick(k.roles[i].t), who: i})
		}
	}
	if p.mustDur && !a.durSaid {
		a.sentence(a.pick(k.durT), spanText)
	}
	for i := range a.spans {
		a.order = append(a.order, i)
	}

	// Filler up to the article's length, spread through the body: a few
	// lines about this kind of event, then general ones, none twice.
	target := 2100 + a.r.IntN(5700)
	a.fill(k.fillerT, 2+a.r.IntN(3), lead, target)
	a.fill(fillerT, len(fillerT), lead, target)

	if s.durPlant >= 0 && p.otherDur {
		s.planted[s.durPlant].Values = []string{a.durSeen, a.odurSeen}
	}
	a.format()
}

// prepare writes the figures and dates as this outlet states them.
func (a *art) prepare() {
	s, p := a.st, a.p
	about := aboutWord(p)
	for i := range s.counts {
		a.countText[i] = countText(a.countText[i][:0], p.form[i], p.formN[i], about)
	}

	// £0.7 billion is written £700 million.
	money, unit := s.money, s.kind.moneyUnit
	if unit == "billion" && money < 1 {
		money, unit = float64(int(money*1000+0.5)), "million"
	}
	a.moneyText = append(a.moneyText[:0], s.c.currency...)
	a.moneyText = strconv.AppendFloat(a.moneyText, money, 'f', -1, 64)
	short := a.o.british && a.r.IntN(2) == 0
	switch {
	case short && unit == "billion":
		a.moneyText = append(a.moneyText, "bn"...)
	case short:
		a.moneyText = append(a.moneyText, 'm')
	default:
		a.moneyText = append(a.moneyText, ' ')
		a.moneyText = append(a.moneyText, unit...)
	}

	a.pctText = strconv.AppendFloat(a.pctText[:0], s.pct, 'f', -1, 64)
	switch {
	case a.r.IntN(2) == 0:
		a.pctText = append(a.pctText, '%')
	case a.o.british:
		a.pctText = append(a.pctText, " per cent"...)
	default:
		a.pctText = append(a.pctText, " percent"...)
	}

	a.dayText = a.appendDay(a.dayText[:0], s.event)
	a.nextText = a.appendDay(a.nextText[:0], s.follow)
}

// appendDay appends "on Saturday" for a day within a week of publication,
// "on 12 March" ("on March 12") otherwise.
func (a *art) appendDay(b []byte, day time.Time) []byte {
	pub := a.p.pub.Truncate(24 * time.Hour)
	d := day.Sub(pub) / (24 * time.Hour)
	b = append(b, "on "...)
	if d >= -6 && d <= 6 {
		return append(b, weekdays[day.Weekday()]...)
	}
	return a.appendDate(b, day)
}

func (a *art) appendDate(b []byte, day time.Time) []byte {
	if a.o.british {
		b = strconv.AppendInt(b, int64(day.Day()), 10)
		b = append(b, ' ')
		return append(b, months[day.Month()-1]...)
	}
	b = append(b, months[day.Month()-1]...)
	b = append(b, ' ')
	return strconv.AppendInt(b, int64(day.Day()), 10)
}

func (a *art) pick(ts []*tmpl) *tmpl { return ts[a.r.IntN(len(ts))] }

// pickSome adds one of ts to items, sometimes two different ones.
func (a *art) pickSome(items []item, kind itemKind, ts []*tmpl, who int) []item {
	i := a.r.IntN(len(ts))
	items = append(items, item{kind: kind, t: ts[i], who: who})
	if len(ts) > 1 && a.r.IntN(3) == 0 {
		items = append(items, item{kind: kind, t: ts[(i+1+a.r.IntN(len(ts)-1))%len(ts)], who: who})
	}
	return items
}

// maybe includes one of ts with probability tenths/10.
func (a *art) maybe(tenths int, ts []*tmpl) {
	if len(ts) > 0 && a.r.IntN(10) < tenths {
		a.items = append(a.items, item{kind: itemTmpl, t: a.pick(ts)})
	}
}

func (a *art) sentence(t *tmpl, kind spanKind) {
	start := len(a.b)
	t.expand(a)
	a.spans = append(a.spans, span{start: int32(start), end: int32(len(a.b)), kind: kind})
}

func (a *art) render(it item) {
	switch it.kind {
	case itemTmpl:
		a.sentence(it.t, spanText)
	case itemPerson:
		a.cur = it.who
		a.sentence(it.t, spanText)
	case itemQuote:
		start := len(a.b)
		a.quote(it.who)
		a.spans = append(a.spans, span{start: int32(start), end: int32(len(a.b)), kind: spanQuote})
	}
}

// fill adds up to n sentences from ts, in random order and none twice, at
// random places after the lead, until the body reaches target bytes.
func (a *art) fill(ts []*tmpl, n, lead, target int) {
	a.perm = a.perm[:0]
	for i := range ts {
		a.perm = append(a.perm, i)
	}
	for i := len(a.perm) - 1; i > 0; i-- {
		j := a.r.IntN(i + 1)
		a.perm[i], a.perm[j] = a.perm[j], a.perm[i]
	}
	for _, ti := range a.perm[:min(n, len(a.perm))] {
		if len(a.b) >= target {
			return
		}
		a.sentence(ts[ti], spanText)
		at := lead + a.r.IntN(len(a.order)-lead+1)
		a.order = append(a.order, 0)
		copy(a.order[at+1:], a.order[at:])
		a.order[at] = len(a.spans) - 1
	}
}

// mention names person i: title and full name the first time, then the
// short form.
func (a *art) mention(i int) {
	if !a.introduced[i] {
		a.full(i)
		return
	}
	p := &a.st.people[i]
	switch {
	case p.role.short != "":
		a.b = append(a.b, p.role.short...)
		a.b = append(a.b, ' ')
	case a.o.british && p.female:
		a.b = append(a.b, "Ms "...)
	case a.o.british:
		a.b = append(a.b, "Mr "...)
	}
	a.b = append(a.b, p.surname...)
}

func (a *art) full(i int) {
	a.introduced[i] = true
	a.b = append(a.b, a.p.title[i]...)
	a.b = append(a.b, ' ')
	a.name(i)
}

func (a *art) name(i int) {
	a.b = a.st.people[i].appendName(a.b, a.p.given[i])
}

// duration writes the story's duration or, with other, another event's,
// and remembers the first of each as written for the manifest.
func (a *art) duration(other, adjective, article bool) {
	n := a.st.dur
	if other {
		n = a.st.odur
	}
	start := len(a.b)
	a.b = appendDuration(a.b, n, a.st.kind.durUnit, adjective, article)
	if article {
		start += 2 // "a " or "an …": keep the figure
		if a.b[start] == ' ' {
			start++
		}
	}
	if !other {
		a.durSaid = true
	}
	if a.p.otherDur {
		switch {
		case other && a.odurSeen == "":
			a.odurSeen = string(a.b[start:])
		case !other && a.durSeen == "":
			a.durSeen = string(a.b[start:])
		}
	}
}

var (
	saidColon = []string{" said: ", " told reporters: ", " said in a statement: ", " added: "}
	saidAfter = []string{" said.", " told reporters.", " added.", " said in a statement."}
)

// quote writes quote qi with its attribution in one of several forms; some
// break the quote around the attribution. The quote planted for drift is
// written whole so its words can be compared.
func (a *art) quote(qi int) {
	q := &a.st.quotes[qi]
	text, split := q.text, q.split
	if a.p.quoteAlt == qi {
		text, split = q.alt, q.altSplit
	}
	open, shut := "“", "”"
	if a.o.straight {
		open, shut = `"`, `"`
	}
	form := a.r.IntN(5)
	if form >= 3 && (split < 0 || qi == a.p.wholeQuote) {
		form = a.r.IntN(3)
	}
	switch form {
	case 0: // Ms Petrova said: “We will rebuild.”
		a.speaker(q.speaker, true)
		a.b = append(a.b, saidColon[a.r.IntN(len(saidColon))]...)
		a.b = append(a.b, open...)
		a.b = append(a.b, text...)
		a.b = append(a.b, '.')
		a.b = append(a.b, shut...)
	case 1: // “We will rebuild,” Ms Petrova said.
		a.b = append(a.b, open...)
		a.b = append(a.b, text...)
		a.b = append(a.b, ',')
		a.b = append(a.b, shut...)
		a.b = append(a.b, ' ')
		if a.r.IntN(2) == 0 {
			a.b = append(a.b, "said "...)
			a.speaker(q.speaker, false)
			a.b = append(a.b, '.')
		} else {
			a.speaker(q.speaker, false)
			a.b = append(a.b, saidAfter[a.r.IntN(len(saidAfter))]...)
		}
	case 2: // “We will rebuild,” Ms Petrova told reporters in Mirenza.
		a.b = append(a.b, open...)
		a.b = append(a.b, text...)
		a.b = append(a.b, ',')
		a.b = append(a.b, shut...)
		a.b = append(a.b, ' ')
		a.speaker(q.speaker, false)
		a.b = append(a.b, " told reporters in "...)
		a.b = append(a.b, a.st.place...)
		a.b = append(a.b, '.')
	default: // “We will rebuild,” she said. “Nobody will be left behind.”
		a.b = append(a.b, open...)
		a.b = append(a.b, text[:split-1]...)
		a.b = append(a.b, ',')
		a.b = append(a.b, shut...)
		a.b = append(a.b, ' ')
		a.speaker(q.speaker, false)
		if text[split-1] == '.' {
			a.b = append(a.b, " said. "...)
		} else {
			a.b = append(a.b, " said, "...)
		}
		a.b = append(a.b, open...)
		a.b = append(a.b, text[split+1:]...)
		a.b = append(a.b, '.')
		a.b = append(a.b, shut...)
	}
}

// speaker names person i, capitalised at the start of a sentence.
func (a *art) speaker(i int, capital bool) {
	start := len(a.b)
	a.mention(i)
	if c := a.b[start]; capital && c >= 'a' && c <= 'z' {
		a.b[start] = c - 'a' + 'A'
	}
}
