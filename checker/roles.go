package checker

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

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
//
// The words are read in place, without splitting the sentence into a slice
// of words or lower-casing a copy of each: countRole was the largest part
// of judging counts, for the words it allocated. TestCountRoleFastPath holds
// it to the plain code.
func countRole(m *facts.Fact) string {
	s := m.Sentence
	if m.SentStart < 0 || m.SentEnd > len(s) || m.SentStart > m.SentEnd {
		return ""
	}
	if r := roleOf(m.Noun); r != "" {
		return r
	}
	after, ok := roleAfterASCII(s[m.SentEnd:], 5)
	if !ok {
		after = roleAfter(s[m.SentEnd:], 5)
	}
	if after != "" {
		return after
	}
	if r, ok := objectRoleBeforeASCII(s[:m.SentStart], 4); ok {
		return r
	}
	return objectRoleBefore(s[:m.SentStart], 4)
}

// Byte classes of the ASCII fast paths of countRole: a letter, a clause
// break (a field rune too), anything else, and a byte of a multi-byte rune.
const (
	roleOther uint8 = iota
	roleLetter
	roleBreak
	roleNonASCII
)

var roleClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = roleNonASCII
		case c == ';' || c == ':' || c == '.':
			t[c] = roleBreak
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			t[c] = roleLetter
		}
	}
	return t
}()

// roleAfterASCII is roleAfter(s, n) read a byte at a time, each word
// hashed as it is read and looked up in roleTable once, through a table
// of byte classes: nextField, fieldRune and roleOf over the same words
// made countKey cost 4,500 instructions a count, now 2,250
// (BenchmarkCheckCorpusDefault 186.4 -> 170.8 M instructions). ok is
// false, and the role unknown, when it meets a byte that is not ASCII
// before it knows the role. TestCountRoleFastPath and FuzzCountRole hold
// both fast paths to the plain code.
func roleAfterASCII(s string, n int) (role string, ok bool) {
	i := 0
	for seen := 0; seen < n; seen++ {
		for i < len(s) && roleClass[s[i]] == roleOther {
			i++
		}
		if i == len(s) {
			return "", true
		}
		start, h := i, uint32(0)
		for ; i < len(s); i++ {
			c := s[i]
			if roleClass[c] != roleLetter {
				break
			}
			h = h*31 + uint32(c|0x20)
		}
		k := roleOther
		if i < len(s) {
			k = roleClass[s[i]]
		}
		switch k {
		case roleNonASCII:
			return "", false // a letter may go on the field, or a byte of another
		case roleBreak:
			return roleLookup(s[start:i], h), true // "" when the field starts with the break
		}
		if r := roleLookup(s[start:i], h); r != "" {
			return r, true
		}
	}
	return "", true
}

// objectRoleBeforeASCII is objectRoleBefore(s, n) read backwards a byte at
// a time, like roleAfterASCII. ok is false when it meets a byte that is not
// ASCII before it knows the role; the bytes it read are ASCII, which read
// backwards cut the same fields as forwards even when s is not valid UTF-8.
func objectRoleBeforeASCII(s string, n int) (role string, ok bool) {
	end := len(s)
	for seen := 0; seen < n; seen++ {
		for end > 0 && roleClass[s[end-1]] == roleOther {
			end--
		}
		if end == 0 {
			return "", true
		}
		start := end
		for start > 0 && roleClass[s[start-1]] == roleLetter {
			start--
		}
		k := roleOther
		if start > 0 {
			k = roleClass[s[start-1]]
		}
		if k == roleNonASCII {
			return "", false
		}
		if start < end {
			h := uint32(0)
			for i := start; i < end; i++ {
				h = h*31 + uint32(s[i]|0x20)
			}
			if r := roleLookup(s[start:end], h); r != "" && objectRoles[r] {
				return r, true
			}
		}
		if k == roleBreak {
			return "", true // a clause break ends the search
		}
		end = start
	}
	return "", true
}

// roleLookup returns the role of ASCII letters w, whose lower case hashes
// to h as in roleOf.
func roleLookup(w string, h uint32) string {
	if len(w) == 0 || len(w) > longestRoleWord {
		return ""
	}
	for i := h & roleTableMask; ; i = (i + 1) & roleTableMask {
		e := &roleTable[i]
		if e.word == "" {
			return ""
		}
		if len(e.word) == len(w) && equalLowerASCII(e.word, w) {
			return e.role
		}
	}
}

// equalLowerASCII reports whether lower-case low is ASCII letters w in
// lower case (both of one length).
func equalLowerASCII(low, w string) bool {
	for i := 0; i < len(w); i++ {
		if low[i] != w[i]|0x20 {
			return false
		}
	}
	return true
}

// objectRoles are the roles a verb before a count gives it, the count being
// its object: "killed 27 soldiers", "rescued six crew", "forecast 80 seats".
// Verbs of meeting are left out: "met officials from 31 nations" says
// nothing about what the 31 did.
var objectRoles = map[string]bool{
	"died": true, "injured": true, "treated": true, "rescued": true, "displaced": true,
	"arrested": true, "predicted": true, "stolen": true, "hired": true, "cut": true, "won": true,
}

// longestRoleWord is the length of the longest key of roleWords.
var longestRoleWord = func() int {
	n := 0
	for w := range roleWords {
		n = max(n, len(w))
	}
	return n
}()

// roleOf returns roleWords[strings.ToLower(w)].
//
// An ASCII word is lower-cased and hashed in one pass and looked up in
// roleTable: most words near a count are no role word, and the map lookup
// was two fifths of countRole (BenchmarkCheckCorpusDefault 200.4 M ->
// 194.6 M instructions). TestRoleOfFastPath holds it to the map.
func roleOf(w string) string {
	// Lower-case ASCII keeps its length: a longer word is no role word.
	if len(w) > longestRoleWord {
		if isASCII(w) {
			return ""
		}
		return roleWords[strings.ToLower(w)]
	}
	var buf [32]byte
	h := uint32(0)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return roleWords[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
		h = h*31 + uint32(c)
	}
	low := buf[:len(w)]
	for i := h & roleTableMask; ; i = (i + 1) & roleTableMask {
		e := &roleTable[i]
		if e.word == "" {
			return ""
		}
		if e.word == string(low) { // no allocation: a comparison
			return e.role
		}
	}
}

// roleTable holds roleWords by roleHash, probed in turn from the hash
// on: an open-addressed table at most a third full, so a word that is
// no role word mostly finds an empty slot at once.
var roleTable = func() (t [256]struct{ word, role string }) {
	if 3*len(roleWords) > len(t) {
		panic("roleTable too small")
	}
	for w, r := range roleWords {
		h := uint32(0)
		for i := 0; i < len(w); i++ {
			h = h*31 + uint32(w[i])
		}
		i := h & roleTableMask
		for t[i].word != "" {
			i = (i + 1) & roleTableMask
		}
		t[i].word, t[i].role = w, r
	}
	return t
}()

const roleTableMask = 255

// lowerASCII appends ASCII w in lower case to b: with b a stack buffer, a
// map lookup of the result allocates nothing.
func lowerASCII(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// A field is a run of letters and clause breaks (";", ":" or a full stop):
// the pieces words are cut from. nextField returns the first field of s at
// or after byte i, as [start, end), and where its first clause break is
// (-1 for none); start is -1 when there is no field.
func nextField(s string, i int) (start, end, brk int) {
	start, brk = -1, -1
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		in, isBrk := fieldRune(r)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			return start, i, brk
		}
		if isBrk && brk < 0 {
			brk = i
		}
		i += size
	}
	return start, len(s), brk
}

// fieldRune reports whether r belongs in a field, and whether it is a
// clause break.
func fieldRune(r rune) (in, brk bool) {
	switch {
	case r == ';' || r == ':' || r == '.':
		return true, true
	case r < utf8.RuneSelf:
		return 'a' <= r|0x20 && r|0x20 <= 'z', false
	}
	return unicode.IsLetter(r), false
}

// roleAfter returns the role of the first of the first n words of s that
// has one; a clause break ends the search.
func roleAfter(s string, n int) string {
	for i, seen := 0, 0; seen < n; seen++ {
		start, end, brk := nextField(s, i)
		if start < 0 {
			return ""
		}
		if brk >= 0 {
			if brk > start {
				return roleOf(s[start:brk])
			}
			return ""
		}
		if r := roleOf(s[start:end]); r != "" {
			return r
		}
		i = end
	}
	return ""
}

// objectRoleBefore returns the object role (see objectRoles) of the first
// of the last n words of s, read backwards, that has one; a clause break
// ends the search.
func objectRoleBefore(s string, n int) string {
	if !utf8.ValidString(s) {
		return objectRoleBeforeForwards(s, n)
	}
	// Valid UTF-8 is read backwards from its end, which cuts the same
	// fields as reading forwards.
	for k, end := 0, len(s); k < n; k++ {
		start, e, brk := prevField(s, end)
		if start < 0 {
			return ""
		}
		w := s[start:e]
		if brk >= 0 {
			w = s[brk+1 : e]
		}
		if w != "" {
			if r := roleOf(w); r != "" && objectRoles[r] {
				return r
			}
		}
		if brk >= 0 {
			return ""
		}
		end = start
	}
	return ""
}

// objectRoleBeforeForwards is objectRoleBefore for text that is not valid
// UTF-8: it reads the fields forwards, keeping the last n.
func objectRoleBeforeForwards(s string, n int) string {
	var ring [8][2]int
	n = min(n, len(ring))
	seen := 0
	for i := 0; ; seen++ {
		start, end, _ := nextField(s, i)
		if start < 0 {
			break
		}
		ring[seen%n], i = [2]int{start, end}, end
	}
	for k := 0; k < n && k < seen; k++ {
		f := ring[(seen-1-k)%n]
		w := s[f[0]:f[1]]
		last := false
		if j := strings.LastIndexAny(w, ";:."); j >= 0 {
			w, last = w[j+1:], true
		}
		if w != "" {
			if r := roleOf(w); r != "" && objectRoles[r] {
				return r
			}
		}
		if last {
			return ""
		}
	}
	return ""
}

// prevField returns the last field of valid UTF-8 s[:end] (see nextField)
// as [start, end), and where its last clause break is (-1 for none); start
// is -1 when there is no field.
func prevField(s string, end int) (start, fieldEnd, brk int) {
	fieldEnd, brk = -1, -1
	for i := end; i > 0; {
		r, size := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s[:i])
		}
		in, isBrk := fieldRune(r)
		switch {
		case in && fieldEnd < 0:
			fieldEnd = i
		case !in && fieldEnd >= 0:
			return i, fieldEnd, brk
		}
		if isBrk && brk < 0 {
			brk = i - size
		}
		i -= size
	}
	if fieldEnd < 0 {
		return -1, -1, -1
	}
	return 0, fieldEnd, brk
}

// isTotal reports whether count m is the whole another figure is a part
// of: "took 154 of the 400 seats", "three out of 12 judges". The whole is
// not the count the article is about.
func isTotal(m *facts.Fact) bool {
	if m.SentStart <= 0 || m.SentStart > len(m.Sentence) {
		return false
	}
	// Only the last few words matter: lower-case those, not the sentence,
	// and ASCII into a buffer on the stack (asked of every count).
	before := strings.TrimRight(m.Sentence[:m.SentStart], " ")
	tail := before[max(0, len(before)-32):]
	if !isASCII(tail) {
		return isTotalLower([]byte(strings.ToLower(tail)))
	}
	var buf [32]byte
	return isTotalLower(lowerASCII(buf[:0], tail))
}

// isTotalLower is isTotal given the lower-cased end of the words before
// the count.
func isTotalLower(before []byte) bool {
	cut := false
	for _, of := range [...]string{" out of the", " out of", " of the", " of"} {
		if len(before) >= len(of) && string(before[len(before)-len(of):]) == of {
			before, cut = before[:len(before)-len(of)], true
			break
		}
	}
	if !cut {
		return false
	}
	w := before[bytes.LastIndexByte(before, ' ')+1:]
	return len(w) > 0 && (w[0] >= '0' && w[0] <= '9' || numberWords[string(w)])
}

// numberWords are the small numbers written out that can stand before "of
// the" as a part: "two of the 400 seats".
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "all": true, "most": true,
	"half": true, "some": true, "many": true, "none": true,
}

// countKey is how the built-in counts are grouped: the noun class, moved to
// the class of its role for people who died or were hurt, and the role.
func countKey(m *facts.Fact) (class, role string) {
	class, role = m.Class, countRole(m)
	if isTotal(m) {
		role = "total"
	}
	if c, ok := roleClasses[role]; ok && (peopleClasses[class] || class == c) {
		class = c
	}
	return class, role
}

// roleGroups splits the mentions of one noun class by role; mentions of
// two different roles are never compared. A mention with no role joins the
// class's only role, since the article did not say otherwise; when the class
// has several roles, the mentions without one are compared among
// themselves. The class is ms[part[...]], and keys[i] is ms[i]'s countKey
// (only counts have a role).
func roleGroups(ms []*facts.Fact, keys []countKeys, part []int) [][]*facts.Fact {
	first, several := "", false
	for _, i := range part {
		if r := keys[i].role; r != "" {
			if first == "" {
				first = r
			} else if r != first {
				several = true
			}
		}
	}
	if !several {
		g := make([]*facts.Fact, len(part))
		for k, i := range part {
			g[k] = ms[i]
		}
		return [][]*facts.Fact{g}
	}
	var out [][]*facts.Fact
	for _, sub := range partitionIndex(len(part), func(k int) string { return keys[part[k]].role }) {
		g := make([]*facts.Fact, len(sub))
		for k, j := range sub {
			g[k] = ms[part[j]]
		}
		out = append(out, g)
	}
	return out
}
