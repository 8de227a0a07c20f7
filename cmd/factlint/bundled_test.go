package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// run calls Main and returns its exit code and output.
func run(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := Main(args, nil, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// TestBundledRules checks that the bundled rule files vet clean, are
// formatted, and pass the rule tests beside them.
func TestBundledRules(t *testing.T) {
	files, _ := filepath.Glob("../../rules/*.rules")
	if len(files) == 0 {
		t.Fatal("no bundled rules")
	}
	for _, cmd := range [][]string{{"vet"}, {"fmt", "-d"}, {"test"}} {
		t.Run(cmd[0], func(t *testing.T) {
			code, out, errOut := run(append(cmd, files...)...)
			if code != 0 {
				t.Errorf("factlint %v: exit %d\n%s%s", cmd, code, out, errOut)
			}
			if cmd[0] != "test" && out != "" {
				t.Errorf("factlint %v printed:\n%s", cmd, out)
			}
		})
	}
}

// TestFmtWriteUntouched checks that fmt -w does not rewrite a file that is
// already formatted, and replaces one that is not by renaming.
func TestFmtWriteUntouched(t *testing.T) {
	dir := t.TempDir()
	tidy := filepath.Join(dir, "tidy.rules")
	messy := filepath.Join(dir, "messy.rules")
	if err := os.WriteFile(tidy, []byte("fact f {\n  count\n}\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(messy, []byte("fact f { count }"), 0o640); err != nil {
		t.Fatal(err)
	}
	before := map[string]os.FileInfo{}
	for _, f := range []string{tidy, messy} {
		fi, err := os.Stat(f)
		if err != nil {
			t.Fatal(err)
		}
		before[f] = fi
	}
	if code, out, errOut := run("fmt", "-w", tidy, messy); code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
	after, _ := os.Stat(tidy)
	if !os.SameFile(before[tidy], after) {
		t.Errorf("fmt -w replaced a formatted file")
	}
	after, _ = os.Stat(messy)
	if os.SameFile(before[messy], after) {
		t.Errorf("fmt -w did not replace the file through a rename")
	}
	if after.Mode().Perm() != 0o640 {
		t.Errorf("mode = %v, want 0640 kept", after.Mode().Perm())
	}
	got, _ := os.ReadFile(messy)
	if string(got) != "fact f {\n  count\n}\n" {
		t.Errorf("messy.rules = %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("fmt -w left %d files, want 2", len(entries))
	}
}
