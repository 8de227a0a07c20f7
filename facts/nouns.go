package facts

import "strings"

// nounClasses puts nouns that count the same thing into one class. It is the
// one table of such equivalences: the checker compares counts by class.
var nounClasses = map[string]string{
	"nations": "nations", "countries": "nations", "states": "nations",
	"nation": "nations", "country": "nations", "state": "nations",

	"dead": "dead", "killed": "dead", "deaths": "dead", "fatalities": "dead",
	"death": "dead", "fatality": "dead", "lives": "dead",

	"people": "people", "persons": "people", "person": "people", "individuals": "people",

	"injured": "injured", "wounded": "injured", "injuries": "injured",

	"troops": "troops", "soldiers": "troops",
}

// NounClass returns the class of a counted noun: "nations" for "countries".
// A noun outside the table is its own class, in lower case, in a string of
// its own: the noun given is often cut from a document's lower-case copy,
// and a fact's class that held it kept the whole copy alive (32 MB of a
// 30 MB archive checked as one story).
func NounClass(noun string) string {
	low := strings.ToLower(noun)
	if c, ok := nounClasses[low]; ok {
		return c
	}
	return strings.Clone(low)
}

// irregularPlurals are counted nouns that do not end in "s".
var irregularPlurals = map[string]bool{
	"people": true, "men": true, "women": true, "children": true, "police": true,
	"personnel": true, "staff": true, "dead": true, "injured": true, "wounded": true,
	"killed": true, "missing": true, "crew": true, "cattle": true, "sheep": true,
	"fish": true, "aircraft": true, "livestock": true, "civilians": true,
	"kibbutzim": true, "criteria": true, "feet": true, "teeth": true, "mice": true,
	"geese": true, "media": true, "data": true, "alumni": true,
}

// timeUnits follow a figure that is a duration, not a count.
var timeUnits = map[string]bool{
	"second": true, "seconds": true, "minute": true, "minutes": true, "hour": true,
	"hours": true, "day": true, "days": true, "week": true, "weeks": true,
	"weekend": true, "weekends": true, "fortnight": true, "fortnights": true,
	"month": true, "months": true, "year": true, "years": true, "decade": true,
	"decades": true, "century": true, "centuries": true,
}

// monthNames follow a day of the month: "7 October" is a date, not a count.
var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

// stopWords end the search for a counted noun: a figure followed by one of
// these counts nothing.
var stopWords = map[string]bool{
	"of": true, "the": true, "a": true, "an": true, "and": true, "or": true,
	"to": true, "in": true, "on": true, "at": true, "for": true, "with": true,
	"by": true, "from": true, "is": true, "are": true, "was": true, "were": true,
	"has": true, "have": true, "had": true, "will": true, "would": true,
	"that": true, "which": true, "who": true, "as": true, "than": true, "per": true,
	"percent": true, "cent": true, "but": true, "if": true, "it": true, "its": true,
	"this": true, "these": true, "those": true, "be": true, "been": true, "not": true,
	"more": true, "less": true, "times": true, "into": true, "after": true, "before": true,
}

// isPluralNoun reports whether a lower-case word looks like a plural noun.
func isPluralNoun(w string) bool {
	if irregularPlurals[w] {
		return true
	}
	if len(w) < 3 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}
