package facts

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// checkParseJSONFast compares parseJSONFast with the json.Decoder path on
// src; it reports whether the fast parser took src.
func checkParseJSONFast(t *testing.T, src string) bool {
	t.Helper()
	m := identity(src, 3)
	got, ok := parseJSONFast(m, src, 0)
	want, err := parseJSONDecoder(m, 0, len(src))
	if !ok {
		return false
	}
	if err != nil {
		t.Fatalf("%q: fast parser accepted it, decoder says %v", src, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: trees differ", src)
	}
	return true
}

var jsonPieces = []string{
	`{`, `}`, `[`, `]`, `,`, `:`, ` `, "\n", "\t", "\r", `"uri"`, `"body_text"`, `"a\"b"`, `"x\\"`, `"\u00e9\ud83d\ude00"`, `"\ud83d"`, `"\uZZZZ"`, `"\q"`,
	`"caf` + "\u00e9" + `"`, `"` + "\xff" + `"`, `"ctl` + "\x01" + `"`, `"k\u0041"`, `0`, `-1`, `1.5`, `1e10`, `-0.0E+3`, `01`, `1.`, `.5`, `-`, `1e`,
	`true`, `false`, `null`, `tru`, `nul`, `"text with &amp; and \n newline"`, `{"a":1}`, `{"a":"b","a":"c"}`, `[1,2,]`, `{"a":1,}`, `[]`, `{}`, "\ufeff", `x`,
}

func TestParseJSONFastMatchesDecoder(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	taken := 0
	for range 30000 {
		var sb strings.Builder
		// Mostly well-formed documents, with a random piece now and then.
		var gen func(depth int)
		gen = func(depth int) {
			if r.IntN(10) == 0 {
				sb.WriteString(jsonPieces[r.IntN(len(jsonPieces))])
			}
			switch k := r.IntN(6); {
			case k == 0 && depth < 4:
				sb.WriteString("{")
				for i := r.IntN(4); i > 0; i-- {
					sb.WriteString(jsonPieces[10+r.IntN(12)] + ":")
					gen(depth + 1)
					if i > 1 {
						sb.WriteString(",")
					}
				}
				sb.WriteString("}")
			case k == 1 && depth < 4:
				sb.WriteString("[")
				for i := r.IntN(4); i > 0; i-- {
					gen(depth + 1)
					if i > 1 {
						sb.WriteString(", ")
					}
				}
				sb.WriteString("]")
			default:
				sb.WriteString(jsonPieces[10+r.IntN(len(jsonPieces)-10)])
			}
		}
		gen(0)
		if checkParseJSONFast(t, sb.String()) {
			taken++
		}
	}
	if taken < 3000 {
		t.Errorf("only %d of 30000 documents read by the fast parser", taken)
	}
	deep := strings.Repeat("[", 2*jsonFastDepth) + strings.Repeat("]", 2*jsonFastDepth)
	if checkParseJSONFast(t, deep) {
		t.Error("fast parser read a document nested deeper than jsonFastDepth")
	}
}

func FuzzParseJSONFast(f *testing.F) {
	f.Add(`{"uri":"urn:x","headline":"H","body_text":"A \"quoted\" line\nnext \u2019s"}`)
	f.Add(`[1, -2.5e3, true, false, null, {"a": []}]`)
	f.Fuzz(func(t *testing.T, src string) {
		checkParseJSONFast(t, src)
	})
}

// jsonStrSpanPlain is jsonStrSpan a byte at a time.
func jsonStrSpanPlain(s string, i int) int {
	for ; i < len(s); i++ {
		if c := s[i]; c == '"' || c == '\\' || c < 0x20 {
			return i
		}
	}
	return len(s)
}

// checkJSONStrSpan holds jsonStrSpan to its plain form at every starting
// index of s.
func checkJSONStrSpan(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s); i++ {
		if got, want := jsonStrSpan(s, i), jsonStrSpanPlain(s, i); got != want {
			t.Fatalf("jsonStrSpan(%q, %d) = %d, want %d", s, i, got, want)
		}
	}
}

func TestJSONStrSpanMatchesPlain(t *testing.T) {
	base := "The council voted 7-2 on Tuesday to approve the budget."
	for _, odd := range []string{`"`, `\`, "\x00", "\x1f", "\x20", "\x21", "\x5b", "\x5d", "\x23", "\x01\"", "\x7f", "\x80", "\xa2", "\xdc", "\xff", "’"} {
		for at := 0; at <= len(base); at++ {
			checkJSONStrSpan(t, base[:at]+odd+base[at:])
		}
	}
	checkJSONStrSpan(t, "")
}

func FuzzJSONStrSpan(f *testing.F) {
	f.Add("a JSON string body, long enough for eight-byte words\\n\"")
	f.Fuzz(func(t *testing.T, s string) {
		// checkJSONStrSpan reads on from every offset, in time quadratic in
		// the input (64 KiB of letters: 2.5 s), and the fuzzer's inputs
		// grow that long: one still running when the time runs out is
		// reported as "context deadline exceeded", as CI saw in three runs.
		// The scan's eight-byte words and its stops are all met within
		// 1 KiB (0.4 ms).
		if len(s) > 1<<10 {
			s = s[:1<<10]
		}
		checkJSONStrSpan(t, s)
	})
}
