package facts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// lexProbeWords are words to ask the fast paths about: every word of the
// sets, each in other cases and with a possessive, and every token of the
// seed articles.
func lexProbeWords(t *testing.T) []string {
	seen := map[string]bool{"": true, "s": true, "'s": true, "’s": true, "x's": true}
	for _, set := range wordLexSets() {
		for w := range set {
			for _, v := range []string{w, strings.ToLower(w), strings.ToUpper(w), strings.Title(w), w + "'s", w + "’s", w + "s", w[:len(w)-1]} {
				seen[v] = true
			}
		}
	}
	d := normalize("seeds.txt", seedBytes(t))
	for _, toks := range tokenizeAll(d, Sentences(d.Text)) {
		for _, tk := range toks {
			seen[tk.text], seen[tk.low] = true, true
		}
	}
	out := make([]string, 0, len(seen))
	for w := range seen {
		out = append(out, w)
	}
	return out
}

// wordLex must answer as the word sets it folds together.
func TestWordLex(t *testing.T) {
	sets := wordLexSets()
	for _, w := range lexProbeWords(t) {
		var want uint32
		for f, set := range sets {
			if set[w] {
				want |= f
			}
		}
		if got := wordLex(w); got != want {
			t.Errorf("wordLex(%q) = %b, want %b", w, got, want)
		}
		if got, want := notNamesStop(w), notNamesStopPlain(w); got != want {
			t.Errorf("notNamesStop(%q) = %v, want %v", w, got, want)
		}
	}
}

// notNamesStopPlain is notNamesStop as a switch, before the lexicon.
func notNamesStopPlain(w string) bool {
	switch w {
	case "The", "A", "An", "And", "But", "Or", "So", "If", "In", "On", "At", "To", "For", "From",
		"With", "By", "Of", "As", "While", "Although", "Despite", "After", "Before", "During", "Since",
		"Meanwhile", "However", "Notably", "Image", "Pic", "It", "Its", "This", "That", "These", "Those",
		"He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "Who", "What",
		"When", "Where", "Why", "How", "Until", "Speaking", "Asked", "Answering", "Addressing", "Responding",
		"Elsewhere", "Earlier", "Later", "Also", "Significantly", "According", "Critics", "Onlookers",
		"Warning", "Watch", "Listen", "Read", "More", "Follow", "Related", "Photo", "Video", "Today",
		"Yesterday", "Tomorrow", "Then", "Now", "There", "Here", "Some", "Many", "Most", "All", "Both",
		"Each", "Every", "Other", "Another", "One", "Two", "Three", "Not", "No", "Yes", "Please", "Scan",
		"Top", "Senior", "Former", "Away", "Indirect", "Whether", "Being", "Having", "Trying",
		"Under", "Over", "Through", "Against", "Without", "Within", "Among", "Between", "About", "Around":
		return true
	}
	_, cut := possessive(w)
	return cut > 0
}

// seedBytes is seedText for tests.
func seedBytes(t testing.TB) []byte {
	paths, _ := filepath.Glob("../seeds/*.txt")
	var all []byte
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		all = append(append(all, src...), '\n')
	}
	if len(all) == 0 {
		t.Fatal("no seeds")
	}
	return all
}
