package checker

import (
	"path"
	"strings"

	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/source"
)

// An Ignore drops mentions from one rule, with the reason a reviewer gave:
// every mention of a source, or mentions whose text contains Text. With
// both set, a mention must match both.
type Ignore struct {
	Source string // a source name or glob: "seeds/003_*.txt" or "003_*.txt"
	Text   string // words the mention's text contains, ignoring case and spacing
	Reason string
	Pos    source.Position // where the ignore is written
}

// matches reports whether the ignore drops m.
func (ig Ignore) matches(m *facts.Fact) bool {
	if ig.Source == "" && ig.Text == "" {
		return false
	}
	if ig.Source != "" && !sourceMatches(ig.Source, m.Source) {
		return false
	}
	if ig.Text != "" && !strings.Contains(foldSpace(m.Text), foldSpace(ig.Text)) {
		return false
	}
	return true
}

// sourceMatches reports whether the source name matches pattern, as a whole
// path or by its base name; a pattern that is not a valid glob must equal it.
func sourceMatches(pattern, name string) bool {
	name = path.Clean(strings.ReplaceAll(name, "\\", "/"))
	pattern = path.Clean(strings.ReplaceAll(pattern, "\\", "/"))
	if pattern == name {
		return true
	}
	if ok, err := path.Match(pattern, name); err == nil && ok {
		return true
	}
	ok, err := path.Match(pattern, path.Base(name))
	return err == nil && ok
}

// foldSpace lower-cases s and turns every run of white space into one space.
func foldSpace(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// ignore returns the mentions none of the ignores drops.
func ignore(igs []Ignore, ms []*facts.Fact) []*facts.Fact {
	if len(igs) == 0 {
		return ms
	}
	var out []*facts.Fact
next:
	for _, m := range ms {
		for _, ig := range igs {
			if ig.matches(m) {
				continue next
			}
		}
		out = append(out, m)
	}
	return out
}
