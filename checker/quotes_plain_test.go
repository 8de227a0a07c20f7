package checker

import (
	"fmt"
	"slices"
	"strings"

	"github.com/factlint/factlint/facts"
)

// quotesAgreePlain is quotesAgree as it was before quotes were related
// form to form and only related pairs kept: every pair of quotes related,
// in two n×n matrices per story. TestQuotesAgreeSparse holds quotesAgree
// to it.
func quotesAgreePlain(p *pass) {
	var qs []*facts.Fact
	var words [][]word
	for _, m := range p.mentions {
		if ws := quoteWords(m.Quote); len(ws) > 0 {
			qs, words = append(qs, m), append(words, ws)
		}
	}
	var names []string
	for i := range p.all {
		if n := p.all[i].Name; n != "" {
			names = append(names, n)
		}
	}
	for _, q := range qs {
		names = append(names, q.Speaker)
	}
	idx := p.cache.personIndex(p.reference(), names)
	speaker := make([]int, len(qs))
	for i, q := range qs {
		speaker[i] = -1
		if q.Speaker != "" {
			speaker[i] = idx.lookup(q.Speaker)
		}
	}
	rel := make([][]quoteRelation, len(qs))
	shared := make([][]int, len(qs))
	for i := range qs {
		rel[i], shared[i] = make([]quoteRelation, len(qs)), make([]int, len(qs))
	}
	// The words compared, each a number: comparing quotes compares words
	// many times over, and numbers compare and hash faster than strings.
	ns := make([][]int32, len(qs))
	total := 0
	for _, ws := range words {
		total += len(ws)
	}
	wordIDs := make(map[string]int32, total/2)
	for i := range qs {
		ns[i] = make([]int32, 0, len(words[i]))
		for _, w := range words[i] {
			if isArticle(w.norm) {
				continue // as compared does
			}
			id, ok := wordIDs[w.norm]
			if !ok {
				id = int32(len(wordIDs))
				wordIDs[w.norm] = id
			}
			ns[i] = append(ns[i], id)
		}
	}
	counter := make(wordCounter, len(wordIDs))
	// Each long quote's word trigrams, made once when first asked for:
	// most quotes never are.
	tri := make([]map[[3]int32]bool, len(qs))
	trigramsOf := func(i int) map[[3]int32]bool {
		if tri[i] == nil {
			tri[i] = trigrams(ns[i])
		}
		return tri[i]
	}
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			var r quoteRelation
			var n int
			switch {
			case speaker[i] < 0 || speaker[j] < 0:
				continue // nothing to judge without both speakers
			case speaker[i] == speaker[j]:
				r, n = relateCounting(ns[i], ns[j], counter.common)
			case min(len(words[i]), len(words[j])) >= attribMinWords:
				// Different speakers: only the same words matter, and
				// finding those needs no alignment.
				if equalWords(ns[i], ns[j]) {
					r, n = sameWords, len(ns[i])
				} else if len(ns[i]) < len(ns[j]) && indexWords(ns[j], ns[i]) >= 0 || len(ns[j]) < len(ns[i]) && indexWords(ns[i], ns[j]) >= 0 {
					r, n = partOf, min(len(ns[i]), len(ns[j]))
				} else if min(len(ns[i]), len(ns[j])) >= attribNearWords && sharesTrigramIn(trigramsOf(i), ns[j]) {
					// A long passage with a few words changed is the
					// same words too.
					if rr, nn := relateCounting(ns[i], ns[j], counter.common); rr == drift && float64(nn) >= attribNearShare*float64(min(len(ns[i]), len(ns[j]))) {
						r, n = nearWords, nn
					}
				}
			}
			rel[i][j], rel[j][i], shared[i][j], shared[j][i] = r, r, n, n
		}
	}

	// Drift: clusters of one speaker's quotes joined by drift. Quotes that
	// are only excerpts or parts of one another never join a cluster: a
	// speaker's many short quotes would chain unrelated sayings together,
	// and a saying that fits none of a rewording's words would then look
	// like the version the sources agree on.
	drifting := newUnionFind(len(qs))
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			if speaker[i] >= 0 && speaker[i] == speaker[j] && rel[i][j] == drift {
				drifting.union(i, j)
			}
		}
	}
	exact := func(i, j int) bool {
		return speaker[i] == speaker[j] && (rel[i][j] == sameWords || rel[i][j] == partOf || rel[i][j] == excerpts)
	}
	inDraft := func(i int) bool { return p.draft != "" && qs[i].Source == p.draft }
	for _, cluster := range drifting.sets() {
		if len(cluster) < 2 {
			continue
		}
		// The version the sources back: the one whose words other quotes
		// of the speaker repeat exactly, counted in shared words. A draft
		// backs nothing.
		best, bestScore := -1, -1
		for _, c := range cluster {
			if inDraft(c) {
				continue
			}
			score := 0
			for j := range qs {
				if j != c && !inDraft(j) && exact(c, j) {
					score += shared[c][j]
				}
			}
			if score > bestScore {
				best, bestScore = c, score
			}
		}
		if best < 0 {
			continue
		}
		agrees := map[int]bool{}
		for _, i := range cluster {
			switch {
			case !inDraft(i):
				agrees[i] = p.draft != "" || i == best || rel[best][i] != drift
			default:
				// A draft quote is right when a source has its words, or
				// when it rewords none of the sources' quotes.
				agrees[i] = true
				backed := false
				for j := range qs {
					if !inDraft(j) && exact(i, j) {
						backed = true
					}
				}
				for _, j := range cluster {
					if !inDraft(j) && rel[i][j] == drift && !backed {
						agrees[i] = false
					}
				}
			}
		}
		members := slices.Clone(cluster)
		for j := range qs {
			if !slices.Contains(members, j) && !inDraft(j) && exact(best, j) {
				members = append(members, j) // evidence for the version kept
				agrees[j] = true
			}
		}
		slices.Sort(members)
		g := idx.groups[speaker[cluster[0]]]
		f := Finding{}
		var diffs []string
		for _, i := range members {
			f.Mentions = append(f.Mentions, textMention(qs[i], "quote by "+qs[i].Speaker, agrees[i]))
			if agrees[i] {
				continue
			}
			// Compare with the agreeing version closest to this one.
			b := best
			for _, j := range cluster {
				if agrees[j] && rel[i][j] == drift && closer(shared[i][j], len(ns[i]), len(ns[j]), shared[i][b], len(ns[b])) {
					b = j
				}
			}
			n, _, _ := lcs(norms(words[b]), norms(words[i]))
			diffs = append(diffs, fmt.Sprintf("'%s' (%s) against '%s' (%s): %s; %d of %d words shared in order",
				short(qs[i].Quote, 6), place(qs[i]), short(qs[b].Quote, 6), place(qs[b]), wordDiff(words[b], words[i]),
				n, min(len(words[b]), len(words[i]))))
		}
		if len(diffs) == 0 {
			continue
		}
		f.Message = fmt.Sprintf("%s is quoted in different words: %s; grouped: same speaker %s", g.display(), strings.Join(diffs, "; "), g.display())
		p.report(f)
	}

	// Attribution: the same words credited to different speakers.
	same := newUnionFind(len(qs))
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			if speaker[i] >= 0 && speaker[j] >= 0 && speaker[i] != speaker[j] &&
				(rel[i][j] == sameWords || rel[i][j] == partOf || rel[i][j] == nearWords) && min(len(words[i]), len(words[j])) >= attribMinWords {
				same.union(i, j)
			}
		}
	}
	for _, cluster := range same.sets() {
		if len(cluster) < 2 {
			continue
		}
		ms := make([]*facts.Fact, len(cluster))
		for k, i := range cluster {
			ms[k] = qs[i]
		}
		agrees, best := p.split(ms, func(a, b int) bool { return speaker[cluster[a]] == speaker[cluster[b]] })
		if best < 0 || allAgree(agrees) {
			continue
		}
		f := Finding{}
		var credits []string
		for k, i := range cluster {
			f.Mentions = append(f.Mentions, textMention(qs[i], "quote by "+qs[i].Speaker, agrees[k]))
			credits = append(credits, fmt.Sprintf("%s (%s)", idx.groups[speaker[i]].display(), place(qs[i])))
		}
		why := "the words, or an exact part of them, are the same once quote marks, case and punctuation are set aside"
		b := cluster[best]
		for _, i := range cluster {
			if rel[b][i] == nearWords {
				n, _, _ := lcs(norms(words[b]), norms(words[i]))
				why = fmt.Sprintf("'%s' (%s) against '%s' (%s): %s; %d of %d words shared in order",
					short(qs[i].Quote, 6), place(qs[i]), short(qs[b].Quote, 6), place(qs[b]), wordDiff(words[b], words[i]), n, min(len(words[b]), len(words[i])))
				break
			}
		}
		f.Message = fmt.Sprintf("the same words '%s' are credited to %s; grouped: %s", short(qs[b].Quote, 8), strings.Join(credits, ", "), why)
		p.report(f)
	}
}

// sharesTrigramIn reports whether two word sequences share three words in a
// row: a cheap test before aligning them.
func sharesTrigramIn[W comparable](seen map[[3]W]bool, b []W) bool {
	for i := 0; i+3 <= len(b); i++ {
		if seen[[3]W(b[i:i+3])] {
			return true
		}
	}
	return false
}

func trigrams[W comparable](a []W) map[[3]W]bool {
	seen := make(map[[3]W]bool, len(a))
	for i := 0; i+3 <= len(a); i++ {
		seen[[3]W(a[i:i+3])] = true
	}
	return seen
}
