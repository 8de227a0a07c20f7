package checker

import "github.com/factlint/factlint/source"

// A Reference is the house reference sheet: the spellings and titles that
// are right. The zero Reference is empty and ready to use.
type Reference struct {
	People []RefPerson
	Prefer map[string]string // wrong spelling -> house spelling
}

// A RefPerson is one person on the reference sheet: the house spelling of
// the name, the house title, and other spellings that are also accepted.
type RefPerson struct {
	Name, Title string
	Aliases     []string
	Pos         source.Position // where the entry is declared
}
