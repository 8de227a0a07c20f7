package checker

import (
	"slices"

	"github.com/agnivade/levenshtein"
)

// suggest returns the candidate closest to name by edit distance, when it is
// close enough to be a likely typo; "" otherwise.
func suggest(name string, candidates []string) string {
	candidates = slices.Sorted(slices.Values(candidates))
	best, bestD := "", len(name)/2+2
	for _, c := range candidates {
		if d := levenshtein.ComputeDistance(name, c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}
