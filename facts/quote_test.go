package facts

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

type quoteOf struct {
	Quote, Speaker string
	Partial        bool
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []quoteOf
	}{
		{"curly, speaker after", "“We will act,” Sir Keir Starmer said.", []quoteOf{{"We will act,", "Keir Starmer", false}}},
		{"straight, speaker before with colon", `Sir Keir Starmer said: "We will act."`, []quoteOf{{"We will act.", "Keir Starmer", false}}},
		{"said before name", "“We will act,” said Sir Keir Starmer.", []quoteOf{{"We will act,", "Keir Starmer", false}}},
		{"broken by attribution", `Sir Keir Starmer spoke. "The world is watching," he warned, "but we can't wait."`,
			[]quoteOf{{"The world is watching, but we can't wait.", "Keir Starmer", false}}},
		{"broken by named attribution", "Sir Keir Starmer spoke. “Thirdly,” Starmer added, “keep the pressure on.”",
			[]quoteOf{{"Thirdly, keep the pressure on.", "Keir Starmer", false}}},
		{"several sentences", "Ms Francesca Albanese said: “It is wrong. It must stop.”", []quoteOf{{"It is wrong. It must stop.", "Francesca Albanese", false}}},
		{"runs over paragraphs", "Sir Keir Starmer said: “The world needs action.\n“So this is the moment.”\nLater he left.",
			[]quoteOf{{"The world needs action. So this is the moment.", "Keir Starmer", false}}},
		{"single quotes inside", "“They call it ‘peace’ now,” Mr Tom Smith said.", []quoteOf{{"They call it ‘peace’ now,", "Tom Smith", false}}},
		{"pronoun resolves to last named subject", "Benjamin Netanyahu met Donald Trump. He said: “Peace is near.”",
			[]quoteOf{{"Peace is near.", "Benjamin Netanyahu", false}}},
		{"she after a woman's full name", "Francesca Albanese spoke to Yalda Hakim. “It is wrong,” she added.",
			[]quoteOf{{"It is wrong,", "Francesca Albanese", false}}},
		{"partial quote", "Putin said there were “lots of questions” about it.", []quoteOf{{"lots of questions", "", true}}},
		{"partial quote with speaker", "Vladimir Putin said there were “lots of questions” about it.", []quoteOf{{"lots of questions", "Vladimir Putin", true}}},
		{"scare quotes", "The “coalition of the willing” met.", []quoteOf{{"coalition of the willing", "", true}}},
		{"next sentence continues the speaker", "“It doesn’t make sense,” Ms Jane Doe said. “This is not a war.”",
			[]quoteOf{{"It doesn’t make sense,", "Jane Doe", false}, {"This is not a war.", "Jane Doe", false}}},
		{"anonymous speaker", "“It is great,” said one British official.", []quoteOf{{"It is great,", "", false}}},
		{"name inside the quote is not the speaker", "Sir Keir Starmer spoke. He added: “Putin will breach it.”",
			[]quoteOf{{"Putin will breach it.", "Keir Starmer", false}}},
		{"unclosed at paragraph end", "Mr John Ray said: “It is over.\nNext paragraph.", []quoteOf{{"It is over.", "John Ray", false}}},
		{"single marks", "Russia’s ‘reassurance force’ isn’t ready.", []quoteOf{{"reassurance force", "", true}}},
		{"headline in single marks", "‘World needs action, not a study’", []quoteOf{{"World needs action, not a study", "", false}}},
		{"straight single marks", "An analyst says Donald Trump's wish is 'genuine'.", []quoteOf{{"genuine", "", true}}},
		{"apostrophes are not quotes", "The leaders’ plan isn’t Trump's; the ’90s and rock 'n' roll are over.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []quoteOf
			for _, f := range factsOf(tt.text, KindQuote) {
				got = append(got, quoteOf{f.Quote, f.Speaker, f.Partial})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestQuoteSpan(t *testing.T) {
	text := "Starmer spoke.\n\"The world is watching,\" he warned, \"but not for long.\"\n"
	got := factsOf(text, KindQuote)
	if len(got) != 1 {
		t.Fatalf("got %d quotes, want 1", len(got))
	}
	f := got[0]
	if want := `"The world is watching," he warned, "but not for long."`; f.Text != want {
		t.Errorf("text = %q, want %q", f.Text, want)
	}
	if f.Pos.Line != 2 || f.Pos.Column != 1 {
		t.Errorf("position %d:%d, want 2:1", f.Pos.Line, f.Pos.Column)
	}
	// A quote over paragraphs keeps all its sentences, and its offsets
	// within them.
	got = factsOf("Mr Tom Smith said: “One.\n“Two.”\nLater.", KindQuote)
	if len(got) != 1 || got[0].Sentence != "Mr Tom Smith said: “One.\n“Two.”" || got[0].Sentence[got[0].SentStart:got[0].SentEnd] != got[0].Text {
		t.Errorf("quote over paragraphs: %+v", got)
	}
	// Its paragraph is all its lines, with or without a fact before it in
	// its first: a person or a date there once made it that line alone.
	for _, first := range []string{"“One.", "On Monday: “One.", "Mr Tom Smith said: “One."} {
		got = factsOf("Later.\n"+first+"\n“Two,” the minister said.\n", KindQuote)
		if want := first + "\n“Two,” the minister said."; len(got) != 1 || got[0].Paragraph != want {
			t.Errorf("quote over paragraphs after %q: %+v, want paragraph %q", first, got, want)
		}
	}
}

func TestLists(t *testing.T) {
	tests := []struct {
		name, text string
		items      []string
		noun       string
	}{
		{"colon list", "The leaders involved in Saturday’s call were from: Australia, Belgium, New Zealand, Ukraine and the UK.",
			[]string{"Australia", "Belgium", "New Zealand", "Ukraine", "UK"}, "leaders"},
		{"serial comma", "Three countries attended: France, Germany, and Italy.", []string{"France", "Germany", "Italy"}, ""},
		{"counted noun", "Leaders of 3 nations: France, Germany or Italy.", []string{"France", "Germany", "Italy"}, "nations"},
		{"two items are no list", "They came from: France and Germany.", nil, ""},
		{"a clause after a colon is no list", "The prime minister said: the world needs action, not a study, not empty words and conditions.", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := factsOf(tt.text, KindList)
			if tt.items == nil {
				if len(got) != 0 {
					t.Fatalf("got list %q, want none", got[0].Items)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("got %d lists, want 1", len(got))
			}
			if diff := cmp.Diff(tt.items, got[0].Items); diff != "" {
				t.Errorf("items (-want +got):\n%s", diff)
			}
			if got[0].Noun != tt.noun || got[0].Stated[0] != float64(len(tt.items)) {
				t.Errorf("noun %q count %v, want %q %d", got[0].Noun, got[0].Stated, tt.noun, len(tt.items))
			}
		})
	}
}
