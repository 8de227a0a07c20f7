package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	os.Exit(testscript.RunMain(m, map[string]func() int{
		"factlint": func() int { return Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr) },
	}))
}

// TestScript runs the end-to-end scripts in testdata/script, one command
// and case per file: <command>_<case>.txtar.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{Dir: "testdata/script"})
}
