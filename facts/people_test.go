package facts

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// factsOf extracts the facts of one kind from plain text.
func factsOf(text string, k Kind) []Fact {
	var out []Fact
	for _, f := range Extract(normalize("t.txt", []byte(text))) {
		if f.Kind == k {
			out = append(out, f)
		}
	}
	return out
}

type personOf struct{ Text, Name, Title string }

func TestPeople(t *testing.T) {
	tests := []struct {
		name, text string
		want       []personOf
	}{
		{"honorific", "Sir Keir Starmer hosted the call.", []personOf{{"Keir Starmer", "Keir Starmer", ""}}},
		{"title and honorific", "Prime Minister Sir Keir Starmer spoke.", []personOf{{"Keir Starmer", "Keir Starmer", "Prime Minister"}}},
		{"national title", "Italian Prime Minister Giorgia Meloni joined.", []personOf{{"Giorgia Meloni", "Giorgia Meloni", "Italian Prime Minister"}}},
		{"organisation title", "NATO Secretary General Mark Rutte also joined.", []personOf{{"Mark Rutte", "Mark Rutte", "NATO Secretary General"}}},
		{"hyphenated title", "NATO Secretary-General Mark Rutte spoke.", []personOf{{"Mark Rutte", "Mark Rutte", "NATO Secretary-General"}}},
		{"particles", "EU Commission President Ursula von der Leyen spoke.", []personOf{{"Ursula von der Leyen", "Ursula von der Leyen", "EU Commission President"}}},
		{"honorific surname links back", "Volodymyr Zelenskyy spoke. Later Mr Zelenskyy left.", []personOf{
			{"Volodymyr Zelenskyy", "Volodymyr Zelenskyy", ""}, {"Zelenskyy", "Volodymyr Zelenskyy", ""}}},
		{"bare surname links back", "Sir Keir Starmer spoke. Starmer insisted on it.", []personOf{
			{"Keir Starmer", "Keir Starmer", ""}, {"Starmer", "Keir Starmer", ""}}},
		{"given name after Sir", "Sir Keir Starmer spoke. Then Sir Keir left.", []personOf{
			{"Keir Starmer", "Keir Starmer", ""}, {"Keir", "Keir Starmer", ""}}},
		{"given name after Sir with no full name keeps the honorific", "Then Sir Keir left.", []personOf{
			{"Keir", "Sir Keir", ""}}},
		{"surname before full name links forward", "Mr Netanyahu spoke. Benjamin Netanyahu left.", []personOf{
			{"Netanyahu", "Benjamin Netanyahu", ""}, {"Benjamin Netanyahu", "Benjamin Netanyahu", ""}}},
		{"capitalised modifier opening a headline", "Former minister Nathaniel Mendes guilty of fraud", []personOf{
			{"Nathaniel Mendes", "Nathaniel Mendes", "Former minister"}}},
		{"job title opening a sentence", "Lawyer Roman Zeller said his client would appeal.", []personOf{
			{"Roman Zeller", "Roman Zeller", "Lawyer"}}},
		{"capitalised modifier opening a sentence", "Deputy mayor Ana Petrova resigned.", []personOf{
			{"Ana Petrova", "Ana Petrova", "Deputy mayor"}}},
		{"possessive", "Sir Keir Starmer’s coalition met.", []personOf{{"Keir Starmer", "Keir Starmer", ""}}},
		{"title links surname", "President Netanyahu has said no.", []personOf{{"Netanyahu", "Netanyahu", "President"}}},
		{"apposition after", "Anthony Albanese, Australia’s prime minister, will join.", []personOf{
			{"Anthony Albanese", "Anthony Albanese", "Australia’s prime minister"}}},
		{"apposition with relative clause", "Jonathan Conricus, a former IDF spokesman who is now a fellow, said so.", []personOf{
			{"Jonathan Conricus", "Jonathan Conricus", "former IDF spokesman"}}},
		{"apposition before", "America’s Middle East envoy, Steve Witkoff, will travel.", []personOf{
			{"Steve Witkoff", "Steve Witkoff", "America’s Middle East envoy"}}},
		{"lower-case title", "Norway’s foreign minister Espen Barth Eide told the BBC.", []personOf{
			{"Espen Barth Eide", "Espen Barth Eide", "foreign minister"}}},
		{"lower-case title before rank", "Britain was represented by chief of defence staff Admiral Sir Tony Radakin.", []personOf{
			{"Tony Radakin", "Tony Radakin", "chief of defence staff Admiral"}}},
		{"two people sharing a surname", "Anthony Albanese spoke. Francesca Albanese spoke. Ms Albanese said more.", []personOf{
			{"Anthony Albanese", "Anthony Albanese", ""}, {"Francesca Albanese", "Francesca Albanese", ""}, {"Albanese", "Francesca Albanese", ""}}},
		{"cross-sentence title", "Israel’s prime minister has nominated Donald Trump.\nBenjamin Netanyahu made the announcement.", []personOf{
			{"Donald Trump", "Donald Trump", ""}, {"Benjamin Netanyahu", "Benjamin Netanyahu", "Israel’s prime minister"}}},
		{"places are not people", "Downing Street and the White House met in the Oval Office, said Sky News.", nil},
		{"organisations are not people", "The Liberal Democrats posted on Truth Social from Number 10.", nil},
		{"months and weekdays", "On Saturday 15 March New Zealand joined.", nil},
		{"common words are not people", "Sexual Violence in Conflict was the title.", nil},
		{"reporting verb makes a person", "But Masoud Pezeshkian said no.", []personOf{{"Masoud Pezeshkian", "Masoud Pezeshkian", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []personOf
			for _, f := range factsOf(tt.text, KindPerson) {
				got = append(got, personOf{f.Text, f.Name, f.Title})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestTitleFacts(t *testing.T) {
	got := factsOf("NATO Secretary General Mark Rutte and US President Donald Trump met.", KindTitle)
	want := []personOf{{"NATO Secretary General", "Mark Rutte", "NATO Secretary General"}, {"US President", "Donald Trump", "US President"}}
	var have []personOf
	for _, f := range got {
		have = append(have, personOf{f.Text, f.Name, f.Title})
	}
	if diff := cmp.Diff(want, have); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// The cross-sentence title points at the first sentence's words.
	got = factsOf("Israel’s prime minister has nominated Donald Trump.\nBenjamin Netanyahu made the announcement.", KindTitle)
	if len(got) != 1 || got[0].Pos.Line != 1 || got[0].Name != "Benjamin Netanyahu" || got[0].Sentence != "Israel’s prime minister has nominated Donald Trump." {
		t.Errorf("cross-sentence title = %+v", got)
	}
}

func TestNormalizeTitle(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Secretary General", "secretary-general"},
		{"NATO Secretary-General", "nato secretary general"},
		{"the prime minister", "Prime Minister"},
		{"Israel's prime minister", "prime minister of Israel"},
		{"Israel’s prime minister", "Prime Minister of Israel"},
		{"Ukraine’s President", "president of ukraine"},
	}
	for _, tt := range tests {
		t.Run(tt.a, func(t *testing.T) {
			if a, b := NormalizeTitle(tt.a), NormalizeTitle(tt.b); a != b {
				t.Errorf("NormalizeTitle(%q) = %q, NormalizeTitle(%q) = %q; want equal", tt.a, a, tt.b, b)
			}
		})
	}
	if NormalizeTitle("President") == NormalizeTitle("Prime Minister") {
		t.Error("different titles compare equal")
	}
}
