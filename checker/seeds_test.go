package checker

import (
	"testing"

	"github.com/factlint/factlint/facts"
)

// TestSeedJudgements runs people, titles and quotes over the names, titles
// and quotes of the seed articles as a careful reader extracts them, with
// the coalition reference sheet: it must find Georgia/Giorgia Meloni,
// Emanuel/Emmanuel Macron, President Netanyahu and Starmer's reworded
// quote, and nothing about Zelensky/Zelenskyy, the two Albaneses or
// Secretary General/Secretary-General.
func TestSeedJudgements(t *testing.T) {
	const s0, s1, s2, s3, s4 = "seeds/000_c93fa8805574a62a.txt", "seeds/001_4f9421fb867c1b8c.txt", "seeds/002_e69fd65f23987ceb.txt", "seeds/003_20e7820ea15acb11.txt", "seeds/004_f1c40bd5971a8bd1.txt"
	all := []facts.Fact{
		person(s0, 1, "Sir Keir Starmer"),
		person(s0, 5, "Volodymyr Zelenskyy"),
		person(s0, 12, "Georgia Meloni"),
		person(s0, 61, "Francesca Albanese"),
		person(s0, 63, "Albanese"),
		person(s0, 90, "Benjamin Netanyahu"),
		person(s1, 12, "Emanuel Macron"),
		person(s1, 40, "Volodymyr Zelenskyy"),
		person(s1, 40, "Emmanuel Macron"),
		person(s2, 10, "Giorgia Meloni"),
		person(s2, 11, "Emmanuel Macron"),
		person(s2, 11, "Volodymyr Zelensky"),
		person(s3, 5, "Emmanuel Macron"),
		person(s3, 12, "Anthony Albanese"),
		person(s3, 13, "Albanese"),
		person(s3, 17, "Volodymyr Zelenskyy"),
		person(s4, 13, "Donald Trump"),

		titled(s0, 12, "Italian Prime Minister Georgia Meloni", "Georgia Meloni", "Italian Prime Minister"),
		titled(s0, 43, "NATO Secretary General Mark Rutte", "Mark Rutte", "NATO Secretary General"),
		titled(s0, 61, "Francesca Albanese, the UN Human Rights Council’s special rapporteur", "Francesca Albanese", "the UN Human Rights Council’s special rapporteur"),
		titled(s0, 89, "Israel’s prime minister", "Benjamin Netanyahu", "Israel’s prime minister"),
		titled(s0, 105, "President Netanyahu", "Netanyahu", "President"),
		titled(s1, 12, "French President Emanuel Macron", "Emanuel Macron", "French President"),
		titled(s2, 10, "Italian Prime Minister Giorgia Meloni", "Giorgia Meloni", "Italian Prime Minister"),
		titled(s2, 11, "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "Ukrainian President"),
		titled(s3, 12, "Anthony Albanese, Australia’s prime minister", "Anthony Albanese", "Australia’s prime minister"),
		titled(s3, 13, "Prime Minister Albanese", "Albanese", "Prime Minister"),
		titled(s4, 13, "US President Donald Trump", "Donald Trump", "US President"),
		titled(s4, 20, "Nato Secretary-General Mark Rutte", "Mark Rutte", "Nato Secretary-General"),

		quote(s0, 22, "Keir Starmer", "So this is the moment that the guns fall silent, that the barbaric attacks on Ukraine once and for all stop and agree to a ceasefire now."),
		quote(s0, 34, "Volodymyr Zelenskyy", "must begin unconditionally"),
		quote(s1, 16, "Keir Starmer", "But the world needs action. My message is very clear, Putin will have to come to the table, so this is the moment, let the guns fall silent, let the barbaric attacks on Ukraine stop once and for all,"),
		quote(s1, 25, "Volodymyr Zelenskyy", "Putin is lying to everyone"),
		quote(s0, 35, "Volodymyr Zelenskyy", "lying to everyone"),
		quote(s2, 7, "Sir Keir", "Let the guns fall silent, let the barbaric attacks on Ukraine stop once and for all, and agree to a ceasefire now."),
		quote(s0, 63, "Francesca Albanese", "It doesn’t make sense"),
	}
	people, titles, quotes := peopleRule(true), titleRule(true), quoteRule()
	people.Name, titles.Name, quotes.Name = "people", "titles", "quotes"
	prog := &Program{Approx: DefaultApprox, Reference: *coalitionRef, Rules: []*Rule{&people, &titles, &quotes}}
	var got []Finding
	for _, f := range prog.Check(all).Findings {
		f.Message = f.Rule + ": " + f.Message
		got = append(got, f)
	}
	checkFindings(t, got, []string{
		"people: the reference sheet spells it Giorgia Meloni (r.rules:2); 'Georgia Meloni' (000_c93fa8805574a62a.txt:12) differs; grouped: same surname Meloni, given names Georgia/Giorgia differ by one letter",
		"people: the reference sheet spells it Emmanuel Macron (r.rules:3); 'Emanuel Macron' (001_4f9421fb867c1b8c.txt:12) differs; grouped: same surname Macron, given names Emanuel/Emmanuel differ by one letter",
		"titles: the reference sheet calls Benjamin Netanyahu Prime Minister of Israel (r.rules:4); 'President Netanyahu' (000_c93fa8805574a62a.txt:105) says president; grouped: same name Benjamin Netanyahu; Netanyahu alone names only Benjamin Netanyahu in the sources",
		"quotes: Keir Starmer is quoted in different words: 'So this is the moment that …' (000_c93fa8805574a62a.txt:22) against 'Let the guns fall silent, let …' (002_e69fd65f23987ceb.txt:7): [-Let-] the guns fall silent [-let-]{+that+} the barbaric attacks on Ukraine [-stop-] once and for all {+stop+} and agree to a ceasefire now; 19 of 22 words shared in order; grouped: same speaker Keir Starmer",
	})
}
