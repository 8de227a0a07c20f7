package main

import (
	"os"
	"path/filepath"
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
// The repository's examples are copied into each script's work directory,
// so scripts run the README's commands with the README's paths.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			return os.CopyFS(filepath.Join(env.WorkDir, "examples"), os.DirFS(filepath.Join("..", "..", "examples")))
		},
	})
}
