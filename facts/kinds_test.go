package facts

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// kindSetsToTry are the sets of kinds the filtered extraction is held to:
// each kind alone, the default rules' kinds (as checker.Program.Kinds gives
// them), money, percent and duration alone together, each kind left out,
// and none (every kind).
func kindSetsToTry() []KindSet {
	sets := []KindSet{
		0,
		AllKinds,
		KindsOf(KindCount, KindPerson, KindTitle, KindQuote, KindList, KindDate),
		KindsOf(KindMoney, KindPercent, KindDuration),
		KindsOf(KindNumber, KindOrdinal),
		KindsOf(KindQuote),
	}
	for k := KindCount; k <= KindList; k++ {
		sets = append(sets, KindsOf(k), AllKinds&^KindsOf(k))
	}
	return sets
}

// ofKinds returns the facts of fs of the kinds of o (all for none), with
// no paragraph for the kinds of o.NoParagraph.
func ofKinds(fs []Fact, o Options) []Fact {
	var out []Fact
	for _, f := range fs {
		if o.Kinds == 0 || o.Kinds.Has(f.Kind) {
			if o.NoParagraph.Has(f.Kind) {
				f.Paragraph = ""
			}
			out = append(out, f)
		}
	}
	return out
}

// checkExtractWith checks that ExtractWith(d, o) returns exactly the facts
// of those kinds that Extract(d) returns, in the same order, with no
// paragraph for the kinds of o.NoParagraph.
func checkExtractWith(t *testing.T, d *Document, o Options) {
	t.Helper()
	all := Extract(d)
	want := ofKinds(all, o)
	got := ExtractWith(d, o)
	if o.Lazy {
		// Places are left to Resolve, which makes them as Extract does.
		for i := range got {
			if f := &got[i]; f.File != d.File || f.Pos.Line != 0 || f.CharEnd != 0 || f.Prefix != "" || f.Suffix != "" {
				t.Fatalf("%s: lazy fact %d placed or without its file: %+v", d.Name, i, *f)
			}
			got[i].Resolve()
		}
	}
	kinds := o.Kinds
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		for i := range max(len(got), len(want)) {
			var g, w Fact
			if i < len(got) {
				g = got[i]
			}
			if i < len(want) {
				w = want[i]
			}
			if !reflect.DeepEqual(g, w) {
				t.Fatalf("%s, kinds %s, no paragraph %s: fact %d of %d (want %d):\ngot  %+v\nwant %+v", d.Name, kinds, o.NoParagraph, i, len(got), len(want), g, w)
			}
		}
	}
}

// The filtered extraction must return the unfiltered facts of its kinds,
// over the labelled corpus and the seeds: the extractors of the kinds left
// out still claim the words the others would take.
func TestExtractWithMatchesExtract(t *testing.T) {
	inputs, err := Expand([]string{"testdata/corpus", "../seeds"})
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) < 20 {
		t.Fatalf("only %d documents", len(inputs))
	}
	for _, in := range inputs {
		d, err := Load(in, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range kindSetsToTry() {
			checkExtractWith(t, d, Options{Kinds: s})
			checkExtractWith(t, d, Options{Kinds: s, NoParagraph: AllKinds &^ KindsOf(KindQuote)})
			checkExtractWith(t, d, Options{Kinds: s, NoParagraph: AllKinds &^ KindsOf(KindDate)})
			checkExtractWith(t, d, Options{Kinds: s, Lazy: true})
		}
	}
}

// Random sets of kinds over the seeds: any set, not only those above.
func TestExtractWithRandomKinds(t *testing.T) {
	inputs, err := Expand([]string{"../seeds"})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(6, 6))
	for _, in := range inputs {
		d, err := Load(in, nil)
		if err != nil {
			t.Fatal(err)
		}
		for range 40 {
			checkExtractWith(t, d, Options{Kinds: KindSet(r.Uint32()) & AllKinds, NoParagraph: KindSet(r.Uint32()) & AllKinds})
		}
	}
}

// FuzzExtractWith holds ExtractWith to Extract on any text, as each
// format loads it, with any kinds and paragraphs asked for.
func FuzzExtractWith(f *testing.F) {
	for _, s := range []string{
		"Leaders of 26 nations met on 15 March 2025 for two weeks; £1.6bn, 40% and the third day.",
		"The leaders were from: France, Germany, Italy and Spain. \"We will stay,\" said Sir Keir Starmer.",
		"About 20 countries, between 20 and 30 people, two thirds of voters, the second round, 1.5 million.",
		"On the third day, the prime minister said: “We will stay.\n“And the ceasefire will hold.”\n\n12 nations.",
	} {
		f.Add(".txt", s, uint16(KindsOf(KindCount, KindDate, KindQuote)), uint16(AllKinds&^KindsOf(KindDate)))
		f.Add(".html", "<p>"+s+"</p>", uint16(KindsOf(KindQuote)), uint16(0))
		f.Add(".md", s, uint16(0), uint16(0x8000))
	}
	f.Fuzz(func(t *testing.T, ext, text string, kinds, noPara uint16) {
		if _, ok := loaders[ext]; !ok {
			return
		}
		d, err := loadBytes("f"+ext, ext, []byte(text))
		if err != nil {
			return
		}
		// The top bit of noPara, no kind's, asks for lazy places.
		checkExtractWith(t, d, Options{Kinds: KindSet(kinds) & AllKinds, NoParagraph: KindSet(noPara) & AllKinds, Lazy: noPara&0x8000 != 0})
	})
}

func TestKindSet(t *testing.T) {
	s := KindsOf(KindCount, KindDate)
	if !s.Has(KindCount) || !s.Has(KindDate) || s.Has(KindMoney) {
		t.Errorf("KindsOf(count, date) = %s", s)
	}
	if got := s.String(); got != "{count, date}" {
		t.Errorf("String() = %q", got)
	}
	for k := KindCount; k <= KindList; k++ {
		if !AllKinds.Has(k) {
			t.Errorf("AllKinds lacks %s", k)
		}
	}
	if AllKinds.Has(0) || AllKinds.Has(KindList+1) {
		t.Errorf("AllKinds = %b holds more than the kinds", AllKinds)
	}
	if numericKinds|peopleKinds|listKinds != AllKinds || numericKinds&peopleKinds != 0 || numericKinds&listKinds != 0 || peopleKinds&listKinds != 0 {
		t.Error("the extractors' kinds do not split AllKinds")
	}
}
