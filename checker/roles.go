package checker

import (
	"strings"
	"unicode"

	"github.com/factlint/factlint/facts"
)

// roleWords maps a word near a count to the role the count plays: the
// governing word. "40 people were killed" and "12 dead" count the dead;
// "1,200 people in shelters" counts the displaced. Counts of one noun class
// are compared only when their roles do not differ.
var roleWords = map[string]string{
	"killed": "died", "died": "died", "dead": "died", "deaths": "died", "death": "died",
	"fatalities": "died", "perished": "died", "drowned": "died", "lives": "died",
	"injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
	"treated": "treated", "hospitalised": "treated", "hospitalized": "treated",
	"rescued": "rescued", "saved": "rescued", "airlifted": "rescued",
	"missing": "missing", "unaccounted": "missing",
	"shelters": "displaced", "shelter": "displaced", "displaced": "displaced",
	"evacuated": "displaced", "homeless": "displaced", "fled": "displaced",
	"arrested": "arrested", "detained": "arrested", "charged": "arrested",
	"aboard": "aboard", "onboard": "aboard", "carrying": "aboard",
	"attended": "attended", "attending": "attended", "attendance": "attended",
	"joined": "attended", "participated": "attended", "gathered": "attended",
	"met": "attended", "involved": "attended",
	"forecast": "predicted", "predicted": "predicted", "projected": "predicted",
	"expected": "predicted", "poll": "predicted", "polls": "predicted",
	"won": "won", "win": "won", "secured": "won", "lost": "lost",
	"stolen": "stolen", "stole": "stolen", "taken": "stolen",
	"hired": "hired", "cut": "cut", "laid": "cut", "redundant": "cut",
}

// roleClasses turns a role into the noun class a count of people in that
// role belongs to: "14 people died" counts the dead, as "14 dead" does.
var roleClasses = map[string]string{"died": "dead", "injured": "injured"}

// peopleClasses are the noun classes a role can re-class.
var peopleClasses = map[string]bool{"people": true, "civilians": true, "residents": true, "passengers": true, "victims": true, "troops": true, "men": true, "women": true, "children": true}

// countRole returns the role of count m: the first role word within a few
// words after the count, else within a few words before it. "" when none.
func countRole(m *facts.Fact) string {
	s := m.Sentence
	if m.SentStart < 0 || m.SentEnd > len(s) || m.SentStart > m.SentEnd {
		return ""
	}
	if r := roleOf(m.Noun); r != "" {
		return r
	}
	after := words(s[m.SentEnd:], 5, false)
	for _, w := range after {
		if r := roleOf(w); r != "" {
			return r
		}
	}
	before := words(s[:m.SentStart], 4, true)
	for _, w := range before {
		if r := roleOf(w); r != "" && objectRoles[r] {
			return r
		}
	}
	return ""
}

// objectRoles are the roles a verb before a count gives it, the count being
// its object: "killed 27 soldiers", "rescued six crew", "forecast 80 seats".
// Verbs of meeting are left out: "met officials from 31 nations" says
// nothing about what the 31 did.
var objectRoles = map[string]bool{
	"died": true, "injured": true, "treated": true, "rescued": true, "displaced": true,
	"arrested": true, "predicted": true, "stolen": true, "hired": true, "cut": true, "won": true,
}

func roleOf(w string) string {
	return roleWords[strings.ToLower(w)]
}

// words returns up to n words of s, from its start or, with fromEnd, from
// its end backwards; a clause break (";", ":" or a full stop) ends the
// search.
func words(s string, n int, fromEnd bool) []string {
	var out []string
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != ';' && r != ':' && r != '.' })
	if fromEnd {
		for i := len(f) - 1; i >= 0 && len(out) < n; i-- {
			if j := strings.LastIndexAny(f[i], ";:."); j >= 0 {
				if w := f[i][j+1:]; w != "" {
					out = append(out, w)
				}
				break
			}
			out = append(out, f[i])
		}
		return out
	}
	for _, w := range f {
		if len(out) == n {
			break
		}
		if j := strings.IndexAny(w, ";:."); j >= 0 {
			if j > 0 {
				out = append(out, w[:j])
			}
			break
		}
		out = append(out, w)
	}
	return out
}

// countKey is how the built-in counts are grouped: the noun class, moved to
// the class of its role for people who died or were hurt, and the role.
func countKey(m *facts.Fact) (class, role string) {
	class, role = m.Class, countRole(m)
	if c, ok := roleClasses[role]; ok && (peopleClasses[class] || class == c) {
		class = c
	}
	return class, role
}

// roleGroups splits the mentions of one noun class by role; mentions of
// two different roles are never compared. A mention with no role joins the
// class's only role, since the article did not say otherwise; when the class
// has several roles, the mentions without one are compared among
// themselves.
func roleGroups(ms []*facts.Fact) [][]*facts.Fact {
	roles := map[*facts.Fact]string{}
	known := map[string]bool{}
	for _, m := range ms {
		if m.Kind != facts.KindCount {
			continue
		}
		if _, r := countKey(m); r != "" {
			roles[m], known[r] = r, true
		}
	}
	if len(known) <= 1 {
		return [][]*facts.Fact{ms}
	}
	return partition(ms, func(m *facts.Fact) string { return roles[m] })
}
