package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/internal/corpusgen/gen"
)

// runMain runs Main and returns its exit code, standard output and error.
func runMain(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Main(args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// A 100 MB file with no newline is refused before it is read, naming the
// file and the limit, and memory stays bounded. Run in a child process so
// that its peak resident set size (VmHWM) is this case's alone.
func TestHugeFileBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 100 MB file")
	}
	if os.Getenv("FACTLINT_HUGE_CHILD") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHugeFileBounded$", "-test.v")
		cmd.Env = append(os.Environ(), "FACTLINT_HUGE_CHILD="+t.TempDir())
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("child: %v\n%s", err, out)
		}
		for _, line := range strings.Split(string(out), "\n") {
			if strings.Contains(line, "peak") {
				t.Log(strings.TrimSpace(line))
			}
		}
		return
	}
	path := filepath.Join(os.Getenv("FACTLINT_HUGE_CHILD"), "huge.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	chunk := []byte("Leaders of 26 nations met the prime minister, officials said, and ")
	for n := 0; n < 100<<20; n += len(chunk) {
		w.Write(chunk)
	}
	if err := firstErr(w.Flush(), f.Close()); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runMain(t, "check", path)
	want := path + ": 100 MiB, larger than the 16 MiB limit on an input; raise it with --max-size\n"
	if code != exitError || stdout != "" || stderr != want {
		t.Errorf("exit %d, stdout %q, stderr %q; want 2 and %q", code, stdout, stderr, want)
	}
	hwm := vmHWM(t)
	t.Logf("peak resident set size (VmHWM) %d MiB", hwm>>20)
	if hwm > 100<<20 {
		t.Errorf("peak resident set size %d MiB, want under 100 MiB", hwm>>20)
	}
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// vmHWM returns the process's peak resident set size in bytes.
func vmHWM(t *testing.T) int64 {
	src, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status:", err)
	}
	for _, line := range strings.Split(string(src), "\n") {
		var kb int64
		if _, err := fmt.Sscanf(line, "VmHWM: %d kB", &kb); err == nil {
			return kb << 10
		}
	}
	t.Fatal("no VmHWM in /proc/self/status")
	return 0
}

// A file that vanishes between listing and reading: exit 2 naming it.
func TestVanishedFile(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Leaders of 26 nations met.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gone := filepath.Join(dir, "b.txt")
	afterExpand = func(context.Context, []facts.Input) { os.Remove(gone) }
	defer func() { afterExpand = nil }()
	code, stdout, stderr := runMain(t, "check", dir)
	if want := gone + ": no such file or directory\n"; code != exitError || stdout != "" || stderr != want {
		t.Errorf("exit %d, stdout %q, stderr %q; want 2 and %q", code, stdout, stderr, want)
	}
}

// Parentheses nested 100,000 deep are refused at their place, without a
// stack overflow.
func TestDeepParentheses(t *testing.T) {
	dir := t.TempDir()
	rules := filepath.Join(dir, "deep.rules")
	src := "fact x { count where " + strings.Repeat("(", 100_000) + `sentence has "a"` + strings.Repeat(")", 100_000) + " }\n"
	if err := os.WriteFile(rules, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(doc, []byte("Leaders of 26 nations met.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runMain(t, "check", "--rules", rules, doc)
	first, _, _ := strings.Cut(stderr, "\n")
	if code != exitError || !strings.HasPrefix(first, rules+":1:") || !strings.Contains(first, "nest") {
		t.Errorf("exit %d, stderr %.300q", code, stderr)
	}
}

// A 10 MB rule file of many rules is read and checked to the end.
func TestLargeRuleFile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 10 MB rule file")
	}
	dir := t.TempDir()
	var b strings.Builder
	for i := 0; b.Len() < 10<<20; i++ {
		fmt.Fprintf(&b, "# rule %d\nfact f%d {\n  count of \"nations\", \"countries\"\n  where sentence has \"call\" and not sentence matches /draft %d/\n}\n\nrule \"Rule %d agrees\" {\n  expect f%d agrees across sources\n  severity warning\n}\n\n", i, i, i, i, i)
	}
	rules := filepath.Join(dir, "big.rules")
	if err := os.WriteFile(rules, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(doc, []byte("Leaders of 26 nations joined the call.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	code, stdout, stderr := runMain(t, "check", "--format", "json", "--rules", rules, doc)
	t.Logf("10 MB rule file (%d bytes): check took %v", b.Len(), time.Since(start))
	if code != exitOK || stderr != "" || !strings.Contains(stdout, `"Rule 0 agrees"`) {
		t.Errorf("exit %d, stderr %.300q", code, stderr)
	}
}

// SIGINT during a run: exit 130 and no report file, whole or partial. The
// hook sends the signal once the inputs are listed and waits for the run to
// notice, so the run cannot finish first.
func TestInterruptLeavesNoOutput(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(doc, []byte("Leaders of 26 nations met.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out", "report.json")
	if err := os.Mkdir(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	afterExpand = func(ctx context.Context, _ []facts.Input) {
		p, err := os.FindProcess(os.Getpid())
		if err != nil {
			t.Error(err)
			return
		}
		p.Signal(os.Interrupt)
		<-ctx.Done()
	}
	defer func() { afterExpand = nil }()
	code, _, stderr := runMain(t, "check", "--format", "json="+out, doc)
	if code != exitSignal || stderr != "factlint: interrupted\n" {
		t.Errorf("exit %d, stderr %q; want 130", code, stderr)
	}
	left, err := os.ReadDir(filepath.Dir(out))
	if err != nil || len(left) != 0 {
		t.Errorf("left behind %v (%v)", left, err)
	}
}

// factlint writes nowhere but its report files: with HOME and TMPDIR empty
// and the working directory snapshot before and after a check that writes
// a json report, the report is the only change.
func TestWritesOnlyReports(t *testing.T) {
	home, tmp, work := t.TempDir(), t.TempDir(), t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("TMPDIR", tmp)
	t.Setenv("XDG_CACHE_HOME", "")
	t.Setenv("XDG_CONFIG_HOME", "")
	seeds, err := filepath.Abs("../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(work)
	before := snapshot(t, work, home, tmp, seeds)
	code, _, stderr := runMain(t, "check", "--format", "json=report.json", "--format", "sarif=sub.sarif", "--write-baseline", "base.json", seeds)
	if code != exitOK && code != exitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	after := snapshot(t, work, home, tmp, seeds)
	for _, want := range []string{"report.json", "sub.sarif", "base.json"} {
		p := filepath.Join(work, want)
		if after[p] == "" {
			t.Errorf("%s not written", want)
		}
		delete(after, p)
	}
	for p, v := range after {
		if before[p] != v {
			t.Errorf("%s written", p)
		}
	}
	for p := range before {
		if _, ok := after[p]; !ok {
			t.Errorf("%s removed", p)
		}
	}
}

// snapshot maps every file under dirs to its size and modification time.
func snapshot(t *testing.T, dirs ...string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			info, err := d.Info()
			if err != nil {
				return err
			}
			m[p] = fmt.Sprint(info.Mode())
			if !d.IsDir() { // a directory's time changes with what it holds
				m[p] = fmt.Sprint(info.Size(), info.ModTime().UnixNano(), info.Mode())
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return m
}

// Reports are byte-identical across runs and GOMAXPROCS values, on the
// seeds and on a generated corpus.
func TestReportsDeterministic(t *testing.T) {
	seeds, err := filepath.Abs("../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	o := gen.DefaultOptions()
	o.Dir, o.Size = filepath.Join(t.TempDir(), "corpus"), 300_000
	if _, err := gen.Generate(o); err != nil {
		t.Fatal(err)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, corpus := range []string{seeds, o.Dir} {
		for _, format := range []string{"json", "sarif", "table"} {
			t.Run(filepath.Base(corpus)+"/"+format, func(t *testing.T) {
				var first string
				for i, procs := range []int{1, 8, 1, 8, 3} {
					runtime.GOMAXPROCS(procs)
					code, stdout, stderr := runMain(t, "check", "--format", format, corpus)
					if code != exitOK && code != exitFindings {
						t.Fatalf("exit %d: %s", code, stderr)
					}
					if i == 0 {
						first = stdout
					} else if stdout != first {
						t.Fatalf("run %d at GOMAXPROCS %d differs from the first", i, procs)
					}
				}
			})
		}
	}
}
