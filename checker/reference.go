package checker

import "github.com/factlint/factlint/source"

// A Reference is the compiled house sheet: the spellings and titles that are
// right. The zero Reference is empty and ready to use.
type Reference struct {
	People []RefPerson
	// Prefer maps a wrong spelling to the house spelling.
	Prefer map[string]string
	// PreferPos maps a wrong spelling to where the prefer entry names it.
	PreferPos map[string]source.Position
}

// A RefPerson is one person of the reference sheet.
type RefPerson struct {
	Name    string
	Title   string // "" when the sheet gives none
	Aliases []string
	Pos     source.Position // where the person entry is
}
