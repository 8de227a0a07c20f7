package dsl

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestFormatGolden formats testdata/format/*.rules and compares with the
// .golden beside each; the golden output must itself be left unchanged.
func TestFormatGolden(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/format/*.rules")
	if len(inputs) == 0 {
		t.Fatal("no inputs")
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Source(in, src)
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(in, ".rules") + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("format(%s) differs from %s:\n%s", in, golden, got)
			}
			again, err := Source(golden, want)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(again, want) {
				t.Errorf("formatting %s changes it:\n%s", golden, again)
			}
		})
	}
}

// TestBundledRulesFormatted checks that the bundled rule files are in the
// canonical layout.
func TestBundledRulesFormatted(t *testing.T) {
	files, _ := filepath.Glob("../rules/*.rules")
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		out, err := Source(name, src)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, src) {
			t.Errorf("%s is not formatted; run factlint fmt -w %s", name, name)
		}
	}
}

// TestGrammarDoc pins the grammar: docs/language.md carries the EBNF the
// parser reports, between the grammar markers.
func TestGrammarDoc(t *testing.T) {
	const doc = "../docs/language.md"
	src, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile("(?s)(<!-- grammar:begin -->\n```ebnf\n)(.*?)(```\n<!-- grammar:end -->)")
	m := re.FindSubmatch(src)
	if m == nil {
		t.Fatalf("%s has no grammar block between <!-- grammar:begin --> and <!-- grammar:end -->", doc)
	}
	want := Grammar() + "\n"
	if *update {
		src = re.ReplaceAllLiteral(src, append(append(append([]byte(nil), m[1]...), want...), m[3]...))
		if err := os.WriteFile(doc, src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(m[2]) != want {
		t.Errorf("the grammar in %s is stale; run go test ./dsl -update\nwant:\n%s", doc, want)
	}
}
