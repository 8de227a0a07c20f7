package checker

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/factlint/factlint/facts"
)

// A pass is one rule's run over the mentions its fact selected, like an
// analysis.Pass: the rule reads Mentions and calls Report.
type pass struct {
	rule     *Rule
	prog     *Program
	approx   float64
	all      []*facts.Fact // every fact of the story, sorted by source and place
	draft    string        // the draft's source name in draft mode; "" otherwise
	mentions []*facts.Fact
	others   []*facts.Fact // the mentions of Rule.Other, for "agrees with"
	sources  []string      // every source of the corpus, sorted
	ref      *Reference
	cache    *storyCache // what the rules of the story share; nil for none
	findings []Finding
}

// report records a finding. In draft mode only findings in which a draft
// mention disagrees count: the sources may disagree among themselves.
func (p *pass) report(f Finding) {
	f.Rule, f.RuleID, f.Severity, f.RulePos = p.rule.Name, p.rule.ID, p.rule.Severity, p.rule.Pos
	if p.draft != "" && !draftDisagrees(f, p.draft) {
		return
	}
	if p.rule.Message != "" {
		f.Message = p.expand(f)
	}
	p.findings = append(p.findings, f)
}

// judged reports whether m may be reported as disagreeing: any mention
// normally, only the draft's in draft mode.
func (p *pass) judged(m *facts.Fact) bool { return p.draft == "" || m.Source == p.draft }

func draftDisagrees(f Finding, draft string) bool {
	for _, m := range f.Mentions {
		if m.Source == draft && !m.Agrees {
			return true
		}
	}
	return false
}

// Select returns the facts that fact f collects, in the order given.
func (p *Program) Select(f *Fact, all []facts.Fact) []*facts.Fact {
	ptrs := make([]*facts.Fact, len(all))
	for i := range all {
		ptrs[i] = &all[i]
	}
	return p.selectFacts(f, ptrs)
}

func (p *Program) selectFacts(f *Fact, all []*facts.Fact) []*facts.Fact {
	// A fact of a kind alone (the built-in facts) selects all of a story's
	// facts of that kind, as ofKind gives them: they need no copy. Capped,
	// so that an append to the mentions cannot write into ofKind's list.
	if f.Classes == nil && f.Where == nil && allOfKind(all, f.Kind) {
		return all[:len(all):len(all)]
	}
	var out []*facts.Fact
	for _, m := range all {
		if m.Kind != f.Kind {
			continue
		}
		if f.Classes != nil && !contains(f.Classes, m.Class) {
			continue
		}
		if f.Where != nil && !f.Where(m) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// allOfKind reports whether every fact of fs is of kind k.
func allOfKind(fs []*facts.Fact, k facts.Kind) bool {
	for _, m := range fs {
		if m.Kind != k {
			return false
		}
	}
	return true
}

// Check evaluates every rule over the facts of a corpus. Facts are compared
// only within one story (Fact.Story); a run over one story leaves it empty.
// The report is deterministic for the same facts, whatever their order.
func (p *Program) Check(all []facts.Fact) *Report {
	return p.check(all, "", nil)
}

// CheckMerged checks all as Check does, for a report to be merged (see
// Report.Merge) into one whose ValueFloor of rule i is then at least
// floor(i): a rule's values of no more sources than that, which the merge
// would drop, are left out. A run over an archive of stories of a few
// sources each kept 20 values of 6 sources per rule after a few stories,
// and worked out every story's values for nothing (2% of the job).
func (p *Program) CheckMerged(all []facts.Fact, floor func(rule int) int) *Report {
	return p.check(all, "", floor)
}

// CheckMergedDocs is CheckMerged of the facts of docs, one array of facts
// per document, in order: a story's documents' arrays, as extraction
// returns them, need not be copied into one (every fact, 424 bytes, was
// copied once and cleared once: 0.5% of an archive's job).
func (p *Program) CheckMergedDocs(docs [][]facts.Fact, floor func(rule int) int) *Report {
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	sorted := make([]*facts.Fact, 0, n)
	for _, d := range docs {
		for i := range d {
			sorted = append(sorted, &d[i])
		}
	}
	return p.checkSorted(sorted, "", floor)
}

func (p *Program) check(all []facts.Fact, draft string, floor func(rule int) int) *Report {
	// Sort pointers, not the facts themselves: a Fact is large.
	sorted := make([]*facts.Fact, len(all))
	for i := range all {
		sorted[i] = &all[i]
	}
	return p.checkSorted(sorted, draft, floor)
}

// checkSorted checks the facts sorted points at, sorting the pointers
// first when they are out of order. Facts usually arrive sorted, in input
// order, and then need no sorting.
func (p *Program) checkSorted(sorted []*facts.Fact, draft string, floor func(rule int) int) *Report {
	if !factsSorted(sorted) {
		slices.SortFunc(sorted, compareFacts)
	}
	var stories [][]*facts.Fact
	if len(sorted) > 0 && oneStory(sorted) {
		stories = [][]*facts.Fact{sorted} // a run over one story: no map needed
	} else {
		stories = partition(sorted, func(f *facts.Fact) string { return f.Story })
	}
	slices.SortFunc(stories, func(a, b []*facts.Fact) int { return strings.Compare(a[0].Story, b[0].Story) })
	rep := &Report{Rules: make([]RuleResult, 0, len(p.Rules))}
	caches := make([]storyCache, len(stories))
	sources := make([][]string, len(stories))
	for i, story := range stories {
		sources[i] = sourcesOf(story)
	}
	ps := &pass{} // one for every run: a pass escapes to the rule it runs
	var srcs sourceSet
	for ri, r := range p.Rules {
		res := RuleResult{Name: r.Name, ID: r.ID, Severity: r.Severity, Pos: r.Pos, Status: StatusPass}
		srcs.reset()
		var seen []*facts.Fact
		failed := false
		for si, story := range stories {
			c := &caches[si]
			*ps = pass{rule: r, prog: p, approx: p.Approx, all: story, draft: draft, sources: sources[si], ref: &p.Reference, cache: c,
				mentions: ignore(r.Ignores, p.selectFacts(r.Fact, c.ofKind(story, r.Fact.Kind)))}
			if r.Other != nil {
				ps.others = ignore(r.Ignores, p.selectFacts(r.Other, c.ofKind(story, r.Other.Kind)))
			}
			r.run(ps)
			res.Mentions += len(ps.mentions)
			if len(stories) == 1 {
				seen = ps.mentions // read, not changed: no copy
			} else {
				seen = append(seen, ps.mentions...)
			}
			for i, m := range ps.mentions {
				if i == 0 || m.Source != ps.mentions[i-1].Source { // in runs of one source
					srcs.add(m.Source)
				}
			}
			failed = failed || len(ps.findings) > 0
			rep.Findings = append(rep.Findings, ps.findings...)
		}
		res.Sources = srcs.len()
		fl := 0
		if floor != nil {
			fl = floor(ri)
		}
		// A value has at most the rule's sources: at the floor or below,
		// none would be kept.
		if res.Sources > fl {
			res.Values = values(involved(seen, rep.Findings, r.ID), p.Approx, fl)
		}
		switch {
		case failed:
			res.Status = StatusFail
		case res.Mentions == 0:
			res.Status = StatusNoFacts
		}
		rep.Rules = append(rep.Rules, res)
	}
	return rep
}

// A sourceSet is a set of sources: a list searched while it is short, as a
// story's sources are, then a map. A map a rule of every story was a
// tenth of a check's allocations.
type sourceSet struct {
	list []string
	m    map[string]bool
}

func (s *sourceSet) reset() {
	clear(s.list)
	s.list, s.m = s.list[:0], nil
}

func (s *sourceSet) add(src string) {
	switch {
	case s.m != nil:
		s.m[src] = true
	case slices.Contains(s.list, src):
	case len(s.list) < 32:
		s.list = append(s.list, src)
	default:
		s.m = make(map[string]bool, 2*len(s.list))
		for _, x := range s.list {
			s.m[x] = true
		}
		s.m[src] = true
	}
}

func (s *sourceSet) len() int {
	if s.m != nil {
		return len(s.m)
	}
	return len(s.list)
}

// ofKind returns the facts of the story of kind k, in order: the rules
// select facts of one kind each, and the story's facts are sorted into
// kinds once rather than read through by every rule.
func (c *storyCache) ofKind(story []*facts.Fact, k facts.Kind) []*facts.Fact {
	if c.kinds == nil {
		// Count each kind, then cut the lists from one slice: growing a
		// list per kind was 6% of a check's allocations.
		var count [16]int
		var n facts.Kind
		for _, f := range story {
			n = max(n, f.Kind)
			if int(f.Kind) < len(count) {
				count[f.Kind]++
			}
		}
		c.kinds = make([][]*facts.Fact, int(n)+1)
		slab := make([]*facts.Fact, len(story))
		for k := range c.kinds {
			if k < len(count) {
				c.kinds[k], slab = slab[:0:count[k]], slab[count[k]:]
			}
		}
		for _, f := range story {
			c.kinds[f.Kind] = append(c.kinds[f.Kind], f)
		}
	}
	if int(k) >= len(c.kinds) {
		return nil
	}
	return c.kinds[k]
}

// oneStory reports whether the facts are all of one story.
func oneStory(fs []*facts.Fact) bool {
	for _, f := range fs {
		if f.Story != fs[0].Story {
			return false
		}
	}
	return true
}

// factsSorted reports whether fs are sorted by compareFacts: facts of a
// source come in order of place, mostly, and are told so without a call
// to compare them (BenchmarkCheckCorpusDefault 67.5 -> 67.0 M
// instructions, GOGC=off). TestFactsSorted holds it to slices.IsSortedFunc.
func factsSorted(fs []*facts.Fact) bool {
	for i := 1; i < len(fs); i++ {
		a, b := fs[i-1], fs[i]
		if a.Pos.Offset < b.Pos.Offset && a.Source == b.Source {
			continue
		}
		if compareFacts(a, b) > 0 {
			return false
		}
	}
	return true
}

// compareFacts orders facts by source, place, kind and text: a total
// order, so the result does not depend on the input order.
func compareFacts(a, b *facts.Fact) int {
	// cmp.Or would work out every comparison first; most pairs differ
	// in place, and the texts need not be compared.
	if a.Source != b.Source {
		return strings.Compare(a.Source, b.Source)
	}
	if c := cmp.Compare(a.Pos.Offset, b.Pos.Offset); c != 0 {
		return c
	}
	if c := cmp.Compare(a.End.Offset, b.End.Offset); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Kind, b.Kind); c != 0 {
		return c
	}
	return strings.Compare(a.Text, b.Text)
}

// groups splits mentions by noun class when the fact asks for it, keeping
// the classes in order of first appearance.
func groups(f *Fact, ms []*facts.Fact) [][]*facts.Fact {
	if !f.ByClass {
		return [][]*facts.Fact{ms}
	}
	// Each count's key, worked out once: reading a count's role is not
	// cheap, and roleGroups needs the roles again.
	keys := make([]countKeys, 0, len(ms))
	kept := ms[:0:0]
	for _, m := range ms {
		var k countKeys
		if m.Kind == facts.KindCount {
			k.class, k.role = countKey(m)
			if k.role == "" && m.Vague() {
				// "Several schools" says too little to stand against a
				// figure grouped by noun class alone ("several schools
				// remained closed", "money to rebuild 140 schools"): only a
				// role ("dozens died") says it counts the same thing.
				continue
			}
		} else {
			k.class = m.Class
		}
		keys, kept = append(keys, k), append(kept, m)
	}
	ms = kept
	var split [][]*facts.Fact
	for _, g := range partitionIndex(len(ms), func(i int) string { return keys[i].class }) {
		split = append(split, roleGroups(ms, keys, g)...)
	}
	return split
}

// countKeys are a mention's countKey: for a mention not a count, its class
// and no role.
type countKeys struct{ class, role string }

// partitionIndex splits the indices 0 to n-1 by key, keeping the keys in
// order of first appearance and each part's indices in order.
func partitionIndex(n int, key func(int) string) [][]int {
	// Each index's part first, then the parts cut from one slice: a list
	// grown for each part was a twentieth of a check's allocations.
	var out [][]int
	part := make([]int, n)
	var ks []string // the keys, searched while there are few
	var idx map[string]int
	for i := range n {
		k := key(i)
		j := -1
		if idx == nil {
			j = slices.Index(ks, k)
		} else if jj, ok := idx[k]; ok {
			j = jj
		}
		if j < 0 {
			j = len(ks)
			if ks = append(ks, k); idx == nil && len(ks) > 8 {
				idx = make(map[string]int, 2*len(ks))
				for jj, kk := range ks {
					idx[kk] = jj
				}
			} else if idx != nil {
				idx[k] = j
			}
		}
		part[i] = j
	}
	if n == 0 {
		return nil
	}
	count := make([]int, len(ks))
	for _, j := range part {
		count[j]++
	}
	out = make([][]int, len(ks))
	slab := make([]int, n)
	for j := range out {
		out[j], slab = slab[:0:count[j]], slab[count[j]:]
	}
	for i, j := range part {
		out[j] = append(out[j], i)
	}
	return out
}

// partition splits facts by key, keeping the keys in order of first
// appearance and each part's facts in the order given.
func partition(fs []*facts.Fact, key func(*facts.Fact) string) [][]*facts.Fact {
	idx := map[string]int{}
	var out [][]*facts.Fact
	for _, f := range fs {
		k := key(f)
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], f)
	}
	return out
}

func bySource(f *facts.Fact) string { return f.Source }

// agreesAcrossSources reports, per group, the mentions that no single value
// reconciles with the largest agreeing group. Mentions from one source alone
// are never a conflict across sources. A tolerance widens every interval.
func agreesAcrossSources(p *pass) {
	ms := p.mentions
	if p.rule.Fact.ByClass && p.draft == "" {
		ms = unsettled(p, ms)
	}
	for _, g := range groups(p.rule.Fact, ms) {
		if oneSource(g) {
			continue
		}
		p.agree(g)
	}
}

// unsettled returns the mentions of ms, in order, less those of every noun
// class that cannot be in conflict: the mentions of a class that only its
// own mentions can end in (see countKey: not a people class nor one a role
// moves counts to), from one source or all fitting one value. groups
// splits such a class's mentions, less vague ones, by role: each group is
// a part of them, and a part of mentions of one source or of one common
// value is no conflict. So are the people classes and the classes roles
// move counts to, taken together, when their mentions are of one source or
// fit one value. Working out every count's role (countKey, 2,100
// instructions a count) only for the groups agree then found in accord was
// 6% of BenchmarkCheckCorpusDefault. TestUnsettledFastPath holds it to
// the plain code.
func unsettled(p *pass, ms []*facts.Fact) []*facts.Fact {
	// The classes, and each mention's: counted, not gathered into a list
	// each (a list a class was 8% of a check's allocations).
	type class struct {
		name      string
		source    string // the first mention's
		n         int
		oneSource bool
		// family is whether it is a people class or one a role moves
		// counts to: one only its own mentions can end in otherwise.
		family bool
		fit    commonFit // of the mentions, when oneFits asks
	}
	var cbuf [16]class
	classes := cbuf[:0]
	var obuf [256]uint8
	of := obuf[:0] // each mention's class
	if len(ms) > len(obuf) {
		of = make([]uint8, 0, len(ms))
	}
	for _, m := range ms {
		j := len(classes) - 1
		for ; j >= 0 && classes[j].name != m.Class; j-- {
		}
		if j < 0 {
			if len(classes) == len(cbuf) {
				return ms // a story of many classes: not worth it
			}
			j = len(classes)
			classes = append(classes, class{name: m.Class, source: m.Source, oneSource: true,
				family: peopleClasses[m.Class] || roleClassOf(m.Class)})
		}
		c := &classes[j]
		c.n++
		c.oneSource = c.oneSource && m.Source == c.source
		of = append(of, uint8(j))
	}
	// The people classes and the classes roles move counts to: a role
	// moves counts only from the one to the other, so their mentions end
	// in groups of their own, parts of them all; of one source or of one
	// common value, they too are no conflict (a third of the mentions
	// left after the other classes, in a generated archive;
	// BenchmarkCheckCorpusDefault 74.8 -> 73.3 M instructions, GOGC=off;
	// each class told a family once, not a map lookup a mention: 73.3 ->
	// 70.9 M).
	var family commonFit
	famN, famSource, famOneSource := 0, "", true
	for j := range classes {
		if c := &classes[j]; c.family {
			if famN == 0 {
				famSource = c.source
			}
			famN += c.n
			famOneSource = famOneSource && c.oneSource && c.source == famSource
		}
	}
	// The classes that could be settled, and are unless their mentions
	// disagree: p.oneFits of their mentions, worked out for them alone.
	// A mention of a class of the family counts towards the family's.
	fits := func(c *class) bool {
		if c.family {
			return !famOneSource && famN <= oneFitsMax
		}
		return c.name != "" && !c.oneSource && c.n <= oneFitsMax
	}
	fitting := false
	for j := range classes {
		fitting = fitting || fits(&classes[j])
	}
	if fitting {
		integers := p.rule.Fact.Kind == facts.KindCount && p.rule.Within == 0
		for k, m := range ms {
			switch c := &classes[of[k]]; {
			case !fits(c):
			case c.family:
				family.add(p.interval(m, 0.5), integers)
			default:
				c.fit.add(p.interval(m, 0.5), integers)
			}
		}
	}
	famSettled := famN > 0 && (famOneSource || famN <= oneFitsMax && family.fits())
	settled := 0
	for j := range classes {
		c := &classes[j]
		if c.family && famSettled || !c.family && c.name != "" && (c.oneSource || c.n <= oneFitsMax && c.fit.fits()) {
			settled += c.n
			c.n = 0 // settled: none kept
		}
	}
	if settled == 0 {
		return ms
	}
	out := make([]*facts.Fact, 0, len(ms)-settled)
	for k, m := range ms {
		if classes[of[k]].n > 0 {
			out = append(out, m)
		}
	}
	return out
}

// roleClassOf reports whether class is one a role moves counts to.
func roleClassOf(class string) bool { return slices.Contains(roleClassList, class) }

// roleClassList are the values of roleClasses: ranging over the map was
// a tenth of unsettled.
var roleClassList = slices.Collect(maps.Values(roleClasses))

// oneSource reports whether the mentions all come from one source (or
// there are none).
func oneSource(g []*facts.Fact) bool {
	for _, m := range g {
		if m.Source != g[0].Source {
			return false
		}
	}
	return true
}

// agree reports the mentions of g that no single value reconciles with the
// largest agreeing group, widened by the rule's tolerance. In draft mode it
// judges only the draft's mentions, against the sources.
func (p *pass) agree(g []*facts.Fact) {
	if p.draft == "" && p.oneFits(g) {
		return // largestAgreeing would find every mention agrees
	}
	ivs := make([]facts.Interval, len(g))
	srcs := make([]string, len(g))
	for i, m := range g {
		ivs[i], srcs[i] = p.interval(m, 0.5), m.Source
	}
	if p.draft != "" {
		p.draftAgrees(g, ivs, srcs)
		return
	}
	integers := p.rule.Fact.Kind == facts.KindCount && p.rule.Within == 0
	members, fit := largestAgreeing(ivs, srcs, integers)
	if len(members) == len(g) {
		return
	}
	in := make([]bool, len(g))
	for _, i := range members {
		in[i] = true
	}
	f := Finding{}
	var outliers []string
	for i, m := range g {
		f.Mentions = append(f.Mentions, mention(m, p.approx, in[i]))
		if !in[i] {
			outliers = append(outliers, p.says(m))
		}
	}
	f.Message = p.fits(len(members), fit) + "; " + strings.Join(outliers, "; ")
	if len(members) == 0 {
		f.Message = "no value fits any mention; " + strings.Join(outliers, "; ")
	}
	f.Message += "; grouped: " + p.numbersGrouped(g)
	p.report(f)
}

// oneFits reports whether one value fits every mention of g, widened as
// agree widens them: commonValue of their intervals, without a slice.
func (p *pass) oneFits(g []*facts.Fact) bool {
	if len(g) > oneFitsMax {
		return false // left to largestAgreeing
	}
	integers := p.rule.Fact.Kind == facts.KindCount && p.rule.Within == 0
	var c commonFit
	for _, m := range g {
		c.add(p.interval(m, 0.5), integers)
	}
	return c.fits()
}

// oneFitsMax is the most mentions oneFits tries.
const oneFitsMax = 16

// draftAgrees reports each draft mention of a group that no source mention
// agrees with; the sources may disagree among themselves.
func (p *pass) draftAgrees(g []*facts.Fact, ivs []facts.Interval, srcs []string) {
	counts := p.rule.Fact.Kind == facts.KindCount
	integers := counts && p.rule.Within == 0
	var srcIvs []facts.Interval
	var srcNames []string
	var srcMentions []*facts.Fact
	for i, m := range g {
		if m.Source != p.draft {
			srcIvs, srcNames, srcMentions = append(srcIvs, ivs[i]), append(srcNames, srcs[i]), append(srcMentions, m)
		}
	}
	if len(srcMentions) == 0 {
		return // nothing to judge against: see unsupported
	}
	for i, d := range g {
		if d.Source != p.draft {
			continue
		}
		supported := false
		for _, siv := range srcIvs {
			if m, _ := largestAgreeing([]facts.Interval{ivs[i], siv}, []string{p.draft, ""}, integers); len(m) == 2 {
				supported = true
				break
			}
		}
		if supported {
			continue
		}
		members, fit := largestAgreeing(srcIvs, srcNames, integers)
		f := Finding{Mentions: []Mention{mention(d, p.approx, false)}}
		for _, m := range srcMentions {
			f.Mentions = append(f.Mentions, mention(m, p.approx, true))
		}
		f.Message = p.says(d) + "; no source agrees: " + p.fits(len(members), fit) + "; grouped: " + p.numbersGrouped(g)
		p.report(f)
	}
}

// numbersGrouped says why figures were compared: they are what the rule's
// fact selects, and for built-in facts, of one noun class.
func (p *pass) numbersGrouped(g []*facts.Fact) string {
	m := g[0]
	if !p.rule.Fact.ByClass || m.Class == "" {
		return "all are mentions of " + p.rule.Fact.Name
	}
	if m.Kind != facts.KindCount {
		return fmt.Sprintf("%s of %s", p.rule.Fact.Name, m.Class)
	}
	class, role := countKey(m)
	for _, x := range g[1:] {
		if role != "" {
			break
		}
		_, role = countKey(x)
	}
	if role == "" {
		return fmt.Sprintf("%s of %s", p.rule.Fact.Name, class)
	}
	return fmt.Sprintf("%s of %s, role %q", p.rule.Fact.Name, class, role)
}

// fits says how many mentions agree and on what: "4 mentions fit 26".
func (p *pass) fits(n int, fit facts.Interval) string {
	s := fmt.Sprintf("%s %s", verb(n, "fits", "fit"), fit)
	if t := p.rule.Within; t > 0 {
		if p.rule.WithinPercent {
			s += fmt.Sprintf(" (within %s%%)", facts.FormatNumber(t*100))
		} else {
			s += fmt.Sprintf(" (within %s)", facts.FormatNumber(t))
		}
	}
	return s
}

// says describes one mention the way its qualifier reads:
// "'as many as 25 countries' (001_….txt:37) allows at most 25".
func (p *pass) says(m *facts.Fact) string {
	return fmt.Sprintf("%s %s", where(m), reads(m, p.approx))
}

// where names a mention for a message: its text, file name and line.
func where(m *facts.Fact) string {
	m.Resolve()
	return fmt.Sprintf("'%s' (%s:%d)", m.Text, filepath.Base(m.Source), m.Pos.Line)
}

// reads phrases a figure by its qualifier: says 26, allows at most 25,
// needs more than 20, reads about 25 (22.5–27.5).
func reads(m *facts.Fact, approx float64) string {
	if len(m.Stated) == 0 {
		return "reads " + m.Reading(approx)
	}
	n := facts.FormatNumber(m.Stated[0])
	iv := m.Interval(approx)
	switch m.Qualifier {
	case facts.QualAbout:
		return fmt.Sprintf("reads about %s (%s–%s)", n, facts.FormatNumber(iv.Min), facts.FormatNumber(iv.Max))
	case facts.QualNearly:
		return fmt.Sprintf("reads nearly %s (%s to just under %s)", n, facts.FormatNumber(iv.Min), n)
	case facts.QualOver:
		return "needs more than " + n
	case facts.QualAtLeast:
		return "needs at least " + n
	case facts.QualUpTo, facts.QualAtMost:
		return "allows at most " + n
	case facts.QualUnder:
		return "allows fewer than " + n
	case facts.QualBetween:
		if len(m.Stated) > 1 {
			return fmt.Sprintf("says between %s and %s", n, facts.FormatNumber(m.Stated[1]))
		}
	}
	return "says " + n
}

func mention(m *facts.Fact, approx float64, agrees bool) Mention {
	return textMention(m, m.Reading(approx), agrees)
}

// values groups mentions by how they were read, with the sources that said
// each; the most widely said first, ties in order of first appearance;
// only those of more than floor sources (see aboveFloor).
//
// A value has no more sources than mentions: the values of floor
// mentions or fewer are dropped before their sources are gathered, and
// when the mentions have floor sources or fewer, nothing is worked out.
// Once the merged report keeps maxValues values, most of a story's values
// have too few (351 values of 2,228 worked out were kept in a generated
// archive; BenchmarkCheckCorpusDefault 65.73 -> 65.52 M instructions,
// GOGC=off). TestValuesFastPath holds it to aboveFloor of the plain code.
func values(ms []*facts.Fact, approx float64, floor int) []Value {
	if len(ms) == 0 || floor > 0 && !moreSourcesThan(ms, floor) {
		return nil
	}
	out := make([]Value, 0, min(len(ms), 8)) // not grown one by one
	var idx map[string]int                   // the values, looked up once there are many
	vi := make([]int, len(ms))               // each mention's value
	for k, m := range ms {
		v := valueOf(m, approx)
		i := -1
		if idx == nil {
			// A rule's mentions in a story have a few values: searching
			// them is cheaper than hashing every reading into a map.
			for j := range out {
				if out[j].Value == v {
					i = j
					break
				}
			}
		} else if j, ok := idx[v]; ok {
			i = j
		}
		if i < 0 {
			i = len(out)
			out = append(out, Value{Value: v})
			if idx == nil && len(out) > 8 {
				idx = make(map[string]int, 2*len(out))
				for j := range out {
					idx[out[j].Value] = j
				}
			} else if idx != nil {
				idx[v] = i
			}
		}
		out[i].Mentions++
		vi[k] = i
	}
	if floor > 0 {
		// Drop the values of too few mentions, renumbering the others.
		kept := 0
		renum := make([]int, len(out))
		for i := range out {
			renum[i] = -1
			if out[i].Mentions > floor {
				renum[i] = kept
				out[kept] = out[i]
				kept++
			}
		}
		clear(out[kept:])
		out = out[:kept]
		if kept == 0 {
			return out
		}
		for k := range vi {
			vi[k] = renum[vi[k]]
		}
	}
	// A value has at most as many sources as mentions: cut every value's
	// Sources from one slice, rather than growing each.
	total := 0
	for i := range out {
		total += out[i].Mentions
	}
	slab := make([]string, total)
	for i := range out {
		out[i].Sources, slab = slab[:0:out[i].Mentions], slab[out[i].Mentions:]
	}
	var seen map[[2]string]bool // for values of many sources
	for k, m := range ms {
		if vi[k] < 0 {
			continue // a value dropped
		}
		i, v := vi[k], out[vi[k]].Value
		// Sources holds each source once. Mentions come in runs of one
		// source, so the last is tried first; then the sources of a
		// value of a few are searched, of many looked up.
		srcs := out[i].Sources
		var have bool
		switch n := len(srcs); {
		case n > 0 && srcs[n-1] == m.Source:
			have = true
		case n < manySources:
			have = slices.Contains(srcs, m.Source)
		default:
			have = seen[[2]string{v, m.Source}]
		}
		if have {
			continue
		}
		out[i].Sources = append(srcs, m.Source)
		switch n := len(out[i].Sources); {
		case n == manySources:
			if seen == nil {
				seen = map[[2]string]bool{}
			}
			for _, s := range out[i].Sources {
				seen[[2]string{v, s}] = true
			}
		case n > manySources:
			seen[[2]string{v, m.Source}] = true
		}
	}
	for i := range out {
		slices.Sort(out[i].Sources)
	}
	slices.SortStableFunc(out, func(a, b Value) int { return cmp.Compare(len(b.Sources), len(a.Sources)) })
	return aboveFloor(out, floor)
}

// moreSourcesThan reports whether the mentions, in runs of one source,
// have more than n sources.
func moreSourcesThan(ms []*facts.Fact, n int) bool {
	var buf [8]string
	seen := buf[:0]
	for i, m := range ms {
		if i > 0 && m.Source == ms[i-1].Source || slices.Contains(seen, m.Source) {
			continue
		}
		if seen = append(seen, m.Source); len(seen) > n {
			return true
		}
	}
	return false
}

// manySources is how many sources of a value values looks up in a map
// rather than searches.
const manySources = 16

// valueOf is what a mention says, for the standup table.
func valueOf(m *facts.Fact, approx float64) string {
	switch {
	case m.Kind == facts.KindCount && m.Qualifier == facts.QualExact && len(m.Stated) > 0:
		// A count as written, a whole number: what Reading makes of it
		// through FormatFloat, without it (and without allocating below
		// 100). Reading was two fifths of values, asked of every count.
		// TestValueOfFastPath and FuzzValueOf hold it to Reading.
		if v := m.Stated[0]; v == math.Trunc(v) && math.Abs(v) < 1e15 && !(v == 0 && math.Signbit(v)) {
			return strconv.FormatInt(int64(v), 10)
		}
		return m.Reading(approx)
	case m.Kind.IsNumeric() && len(m.Stated) > 0:
		return m.Reading(approx)
	case m.Kind == facts.KindTitle && m.Title != "":
		return m.Title
	case m.Name != "":
		return m.Name
	case m.Quote != "":
		return m.Quote
	case m.Value != "":
		return m.Value
	}
	return m.Text
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// sourcesOf lists the sources of sorted facts, once each, in order.
func sourcesOf(fs []*facts.Fact) []string {
	var out []string
	for i, f := range fs {
		if i == 0 || f.Source != fs[i-1].Source {
			out = append(out, f.Source)
		}
	}
	return out
}

// involved narrows a failed rule's mentions to those its findings name, so
// the standup table shows the values in dispute rather than every value
// the rule looked at; a rule without findings keeps them all.
func involved(seen []*facts.Fact, findings []Finding, ruleID string) []*facts.Fact {
	type place struct {
		source     string
		start, end int
	}
	named := map[place]bool{}
	for _, f := range findings {
		if f.RuleID != ruleID {
			continue
		}
		for _, m := range f.Mentions {
			named[place{m.Source, m.Pos.Offset, m.End.Offset}] = true
		}
	}
	if len(named) == 0 {
		return seen
	}
	var out []*facts.Fact
	for _, m := range seen {
		if named[place{m.Source, m.Pos.Offset, m.End.Offset}] {
			out = append(out, m)
		}
	}
	return out
}
