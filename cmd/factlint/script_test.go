package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/encoding/unicode"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(cleanupM{m}, map[string]func(){
		"factlint": func() { os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// cleanupM removes the benchmarks' generated corpus once the tests have run
// (testscript.Main exits the process itself).
type cleanupM struct{ *testing.M }

func (m cleanupM) Run() int {
	code := m.M.Run()
	if benchCorpus.dir != "" {
		os.RemoveAll(filepath.Dir(benchCorpus.dir))
	}
	return code
}

// TestScript runs the end-to-end tests in testdata/script, one command and
// case per file: <command>_<case>.txtar. $SEEDS and $RULES point at the
// repository's seed corpus and bundled rules; the repository's examples are
// copied into each script's work directory, so scripts run the README's
// commands with the README's paths.
func TestScript(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	// Rule tests are txtar archives themselves, so they cannot nest in a
	// script: scripts copy them from $RULETESTS.
	ruletests := filepath.Join(root, "cmd", "factlint", "testdata", "ruletests")
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("SEEDS", filepath.Join(root, "seeds"))
			env.Setenv("RULES", filepath.Join(root, "rules"))
			env.Setenv("NO_COLOR", "1")
			env.Setenv("RULETESTS", ruletests)
			return os.CopyFS(filepath.Join(env.WorkDir, "examples"), os.DirFS(filepath.Join(root, "examples")))
		},
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "root":
				// Permissions do not stop root from reading or writing.
				return os.Geteuid() == 0, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// writebytes FILE QUOTED writes the bytes of a Go-quoted string,
			// for content a txtar archive cannot hold (NUL, invalid UTF-8,
			// lone CR).
			"writebytes": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: writebytes FILE QUOTED")
				}
				b, err := strconv.Unquote(`"` + args[1] + `"`)
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(b), 0o644))
			},
			// utf16 SRC DST writes SRC as UTF-16 (little endian, with a BOM).
			"utf16": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: utf16 SRC DST")
				}
				b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(ts.ReadFile(args[0])))
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[1]), b, 0o644))
			},
			// mkfifo PATH makes a named pipe: reading it blocks until a
			// writer comes.
			"mkfifo": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 1 {
					ts.Fatalf("usage: mkfifo PATH")
				}
				ts.Check(syscall.Mkfifo(ts.MkAbs(args[0]), 0o644))
			},
			// waitglob PATTERN waits until a file matches PATTERN, for a
			// background command to reach a known point.
			"waitglob": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 1 {
					ts.Fatalf("usage: waitglob PATTERN")
				}
				for {
					m, err := filepath.Glob(ts.MkAbs(args[0]))
					ts.Check(err)
					if len(m) > 0 {
						return
					}
					time.Sleep(10 * time.Millisecond)
				}
			},
			// exitcode N CMD ARGS... runs CMD and fails unless it exits with N.
			"exitcode": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) < 2 {
					ts.Fatalf("usage: exitcode N command [args...]")
				}
				want, err := strconv.Atoi(args[0])
				if err != nil {
					ts.Fatalf("exitcode: %v", err)
				}
				err = ts.Exec(args[1], args[2:]...)
				got := 0
				var ee *exec.ExitError
				if errors.As(err, &ee) {
					got = ee.ExitCode()
				} else if err != nil {
					ts.Fatalf("exitcode: %v", err)
				}
				if (got == want) == neg {
					ts.Fatalf("%s exited with %d, want %d", args[1], got, want)
				}
			},
		},
	})
}
