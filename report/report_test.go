package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/dsl"
	"github.com/factlint/factlint/facts"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// checkCorpus runs the real pipeline — parse, compile, load, extract, check —
// from the repository root, so sources are named as a user names them.
func checkCorpus(t *testing.T, rulesFile string, paths ...string) *checker.Report {
	t.Helper()
	src, err := os.ReadFile(rulesFile)
	if err != nil {
		t.Fatal(err)
	}
	f, err := dsl.ParseFile(rulesFile, src)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := checker.Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	inputs, err := facts.Expand(paths)
	if err != nil {
		t.Fatal(err)
	}
	var all []facts.Fact
	for _, in := range inputs {
		d, err := facts.Load(in, nil)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, facts.Extract(d)...)
	}
	return prog.Check(all)
}

// seedsReport is the report on the seed corpus with the coalition rules.
func seedsReport(t *testing.T) *checker.Report {
	t.Helper()
	t.Chdir("..")
	return checkCorpus(t, "rules/coalition.rules", "seeds")
}

// golden compares got with the file at path, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := name
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs from the golden file (-want +got); run go test ./report -update if the change is right:\n%s", path, diff)
	}
}

func TestGolden(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	rep := seedsReport(t)
	if len(rep.Findings) == 0 {
		t.Fatal("the seeds gave no findings; the golden files would show nothing")
	}
	tests := []struct {
		file   string
		format string
		opts   Options
	}{
		{"coalition.table.txt", "table", Options{}},
		{"coalition.table-color.txt", "table", Options{Color: true}},
		{"coalition.summary.txt", "table", Options{Summary: true}},
		{"coalition.md", "markdown", Options{}},
		{"coalition.summary.md", "markdown", Options{Summary: true}},
		{"coalition.json", "json", Options{}},
		{"coalition.sarif", "sarif", Options{Version: "v0.0.0-test"}},
		{"coalition.github.txt", "github", Options{}},
		{"coalition.junit.xml", "junit", Options{}},
		{"coalition.html", "html", Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var b bytes.Buffer
			if err := Formats[tt.format](&b, rep, tt.opts); err != nil {
				t.Fatal(err)
			}
			// Rendering twice gives the same bytes.
			var again bytes.Buffer
			if err := Formats[tt.format](&again, rep, tt.opts); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b.Bytes(), again.Bytes()) {
				t.Error("two renderings of one report differ")
			}
			golden(t, filepath.Join(wd, "testdata", "golden", tt.file), b.Bytes())
		})
	}
}
