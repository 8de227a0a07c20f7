package facts

import (
	"bytes"
	"strconv"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"

	"github.com/factlint/factlint/source"
)

// A Warning is a problem with an input that does not stop the run: an empty
// file, a binary file skipped, invalid UTF-8.
type Warning = source.Error

// CodeWarning is the code of input warnings in reports.
const CodeWarning = "input-warning"

// binarySniff is how many leading bytes are looked at for a NUL, as git does.
const binarySniff = 8000

// decodeStart checks a file's bytes before loading and returns the UTF-8
// bytes to load. A UTF-16 file with a byte-order mark is decoded (line and
// column, counted in characters, are the same in either encoding); a UTF-8
// byte-order mark is dropped. skip is true for a binary file, which holds no
// text to check. check is true when the bytes are text, not empty, to be
// checked for invalid UTF-8 (see checkUTF8): that is left to the caller,
// which looks at the text as a string. Invalid UTF-8 is kept as it is, with
// a warning at its first place; extraction reads each bad byte as one
// unknown character.
func decodeStart(name string, src []byte) (out []byte, warnings []*Warning, skip, check bool) {
	warn := func(msg string) {
		warnings = append(warnings, &Warning{Pos: source.Position{Filename: name}, Code: CodeWarning, Msg: msg})
	}
	switch {
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}), bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		u, err := dec.Bytes(src)
		if err != nil {
			warn("cannot decode UTF-16: " + err.Error() + "; skipped")
			return nil, warnings, true, false
		}
		src = u
	case bytes.HasPrefix(src, []byte{0xEF, 0xBB, 0xBF}):
		src = src[3:]
	}
	if i := bytes.IndexByte(src[:min(len(src), binarySniff)], 0); i >= 0 {
		warn("binary file (NUL byte at offset " + strconv.Itoa(i) + "); skipped")
		return nil, warnings, true, false
	}
	if len(bytes.TrimSpace(src)) == 0 {
		warn("empty file; no facts")
		return src, warnings, false, false
	}
	return src, warnings, false, true
}

// checkUTF8 appends to warnings the one for invalid UTF-8 in src, if any.
func checkUTF8(name, src string, warnings []*Warning) []*Warning {
	if utf8.ValidString(src) {
		return warnings
	}
	return invalidUTF8(name, src, warnings)
}

// invalidUTF8 appends to warnings the one for src's first invalid byte.
func invalidUTF8(name, src string, warnings []*Warning) []*Warning {
	off := firstInvalidUTF8(src)
	return append(warnings, &Warning{Pos: source.NewFileString(name, src).Position(off), Code: CodeWarning,
		Msg: "invalid UTF-8 at byte offset " + strconv.Itoa(off) + "; extraction continues"})
}

func firstInvalidUTF8(b string) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRuneInString(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}
