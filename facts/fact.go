package facts

import (
	"github.com/factlint/factlint/source"
)

// A Fact is one statement found in a document, with the exact place it came
// from. Fields that do not apply to the fact's kind are zero.
type Fact struct {
	Kind   Kind
	Source string          // the document's name, as the user gave it
	Story  string          // facts compare only within one story; "" when the run is one story
	Pos    source.Position // first character of Text, in the original file
	End    source.Position // just after the last character of Text

	Text      string // the exact characters of the original file at [Pos, End)
	Sentence  string // the sentence the fact was found in, normalised
	Paragraph string // the paragraph the fact was found in, normalised

	// Where Text is, for annotations (W3C Web Annotation selectors):
	// character offsets (code points from 0, end excluded) in the original
	// file, up to ContextChars characters of the file on either side of Text,
	// and Text's byte offsets within Sentence.
	CharStart, CharEnd int
	Prefix, Suffix     string
	SentStart, SentEnd int

	// Numeric kinds.
	Qualifier Qualifier
	Stated    []float64 // the figures as written, in order: [20, 30] for "between 20 and 30"
	Noun      string    // the counted noun as written: "nations"
	Class     string    // the noun's class: "nations" for nations, countries, states
	Unit      string    // the unit of a duration, percent or money

	// Person and title.
	Name  string
	Title string

	// Quote.
	Quote   string
	Speaker string
	Partial bool // a few quoted words inside the writer's own sentence

	// List.
	Items []string

	// Date.
	Value string

	// File is the file the fact was found in, set only by an extraction
	// that left the fact's places to Resolve (Options.Lazy) until they
	// are worked out; nil otherwise.
	File *source.File
}

// Interval reads the fact's figures into an interval; approx is the width of
// "about N" (0.1 for 10%).
func (f *Fact) Interval(approx float64) Interval {
	return f.Qualifier.Interval(f.Stated, approx)
}

// Reading shows how the fact was read: "26", "≤25", ">20", "≈25 (22.5–27.5)",
// with the unit of money, percentages and durations: "GBP 1600000000",
// "2.5%", "30 days". A date reads as its Value; a figure-less mention (a
// relative ordinal, "a small percentage") as its Value or "unstated".
func (f *Fact) Reading(approx float64) string {
	if f.Kind == KindDate || f.Kind.IsNumeric() && len(f.Stated) == 0 {
		if f.Value != "" {
			return f.Value
		}
		return "unstated"
	}
	r := f.reading(approx)
	switch f.Kind {
	case KindMoney:
		return f.Unit + " " + r
	case KindPercent:
		if f.Unit == "%" {
			return r + "%"
		}
		return r + " " + f.Unit
	case KindDuration:
		return r + " " + f.Unit
	}
	return r
}

func (f *Fact) reading(approx float64) string {
	iv := f.Interval(approx)
	switch f.Qualifier {
	case QualAbout:
		return "≈" + FormatNumber(f.Stated[0]) + " (" + FormatNumber(iv.Min) + "–" + FormatNumber(iv.Max) + ")"
	case QualNearly:
		return "nearly " + FormatNumber(f.Stated[0]) + " (" + iv.String() + ")"
	}
	return iv.String()
}
