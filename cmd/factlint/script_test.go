package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"factlint": func() { os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScript runs the end-to-end tests in testdata/script, one
// <command>_<case>.txtar each.
func TestScript(t *testing.T) {
	ruletests, err := filepath.Abs("testdata/ruletests")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		// Rule tests are txtar archives themselves, so they cannot nest in
		// a script: scripts copy them from $RULETESTS.
		Setup: func(e *testscript.Env) error {
			e.Setenv("RULETESTS", ruletests)
			return nil
		},
	})
}
