package checker

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/factlint/factlint/dsl"
	"github.com/factlint/factlint/source"
)

// errorRE finds an expectation written beside the input: # ERROR "regexp".
var errorRE = regexp.MustCompile(`# ERROR ("(?:\\.|[^"\\])*")`)

// TestErrors parses and compiles each testdata/errors/*.rules (with the
// files it includes) and checks every error against the # ERROR comments:
// an error must be on a line whose comment matches it, and each comment
// must be matched. Every error must carry a code.
func TestErrors(t *testing.T) {
	files, _ := filepath.Glob("testdata/errors/*.rules")
	if len(files) == 0 {
		t.Fatal("no test files")
	}
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			want := expectations(t, name)
			if inc, _ := filepath.Glob(strings.TrimSuffix(name, ".rules") + ".inc"); len(inc) > 0 {
				for k, v := range expectations(t, inc[0]) {
					want[k] = v
				}
			}
			var list source.ErrorList
			parsed, err := dsl.Load(name, os.ReadFile)
			if err == nil {
				_, err = Compile(parsed...)
			}
			if !errors.As(err, &list) {
				t.Fatalf("err = %v, want an ErrorList", err)
			}
			for _, e := range list {
				if e.Code == "" {
					t.Errorf("%s: error has no code", e)
				}
				key := lineKey(e.Pos.Filename, e.Pos.Line)
				re, ok := want[key]
				if !ok {
					t.Errorf("unexpected error: %s", e)
					continue
				}
				if !re.MatchString(e.Msg) {
					t.Errorf("%s: error %q does not match %q", key, e.Msg, re)
				}
				delete(want, key)
			}
			for key, re := range want {
				t.Errorf("%s: no error matching %q", key, re)
			}
		})
	}
}

func lineKey(file string, line int) string {
	return filepath.Clean(file) + ":" + strconv.Itoa(line)
}

func expectations(t *testing.T, name string) map[string]*regexp.Regexp {
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*regexp.Regexp{}
	for i, line := range strings.Split(string(src), "\n") {
		m := errorRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		// The regexp is written as is, with \" for a quote mark.
		pat := strings.ReplaceAll(m[1][1:len(m[1])-1], `\"`, `"`)
		re, err := regexp.Compile(pat)
		if err != nil {
			t.Fatalf("%s:%d: bad ERROR regexp: %v", name, i+1, err)
		}
		out[lineKey(name, i+1)] = re
	}
	return out
}
