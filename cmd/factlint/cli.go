package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/alecthomas/kong"

	"github.com/factlint/factlint/source"
)

// Exit codes, the linter convention.
const (
	exitOK       = 0 // no finding at or above --fail-on
	exitFindings = 1 // findings
	exitError    = 2 // usage, rule-file or input error
	exitSignal   = 130
)

// cli is the command line; each command is a struct with a Run method in its
// own file.
type cli struct {
	Check   checkCmd   `cmd:"" help:"Check documents against the rules and report conflicts."`
	Facts   factsCmd   `cmd:"" help:"Show the facts extracted from documents."`
	Fmt     fmtCmd     `cmd:"" help:"Format rule files in the canonical layout."`
	Vet     vetCmd     `cmd:"" help:"Check rule files for mistakes and for rules that cannot fire."`
	Test    testCmd    `cmd:"" help:"Run the rule tests kept beside rule files (FILE.txtar)."`
	Version versionCmd `cmd:"" help:"Print the version."`

	CPUProfile string `name:"cpu-profile" hidden:"" type:"path" help:"Write a CPU profile (pprof) of the run to FILE, for speed work."`
}

// env is what a command may touch: its streams. Commands return an exit
// code and an error; Main prints the error once.
type env struct {
	ctx            context.Context // cancelled on SIGINT or SIGTERM
	stdin          io.Reader
	stdout, stderr io.Writer
	code           int   // set by a command that succeeded with findings
	maxSize        int64 // the size limit of an input in bytes; 0 for the default

	// progress, when set, is told after each document is read: done of
	// total.
	progress func(done, total int)
}

// exitRequest is how kong's --help and usage errors leave Main.
type exitRequest int

// Main runs factlint with args and returns the exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan struct{})
	defer close(done)
	watchSignals(cancel, done, stderr)
	e := &env{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr}
	var c cli
	parser, err := kong.New(&c,
		kong.Name("factlint"),
		kong.Description("factlint finds where documents about one story disagree: counts, names, titles, quotes."),
		kong.Writers(stdout, stderr),
		kong.Exit(func(code int) { panic(exitRequest(code)) }),
		kong.UsageOnError(),
		kong.ConfigureHelp(kong.HelpOptions{Compact: true}),
		kong.Bind(e),
	)
	if err != nil {
		fmt.Fprintln(stderr, "factlint:", err)
		return exitError
	}
	defer func() {
		if r := recover(); r != nil {
			req, ok := r.(exitRequest)
			if !ok {
				panic(r)
			}
			code = int(req)
			if code != 0 {
				code = exitError
			}
		}
	}()
	kctx, err := parser.Parse(args)
	if err != nil {
		fmt.Fprintln(stderr, "factlint:", err)
		return exitError
	}
	if c.CPUProfile != "" {
		stop, err := startCPUProfile(c.CPUProfile)
		if err != nil {
			fmt.Fprintln(stderr, "factlint:", err)
			return exitError
		}
		defer stop()
	}
	if err := kctx.Run(e); err != nil {
		if ctx.Err() != nil {
			removeTemps()
			fmt.Fprintln(stderr, "factlint: interrupted")
			return exitSignal
		}
		printError(stderr, err)
		return exitError
	}
	return e.code
}

// printError prints positioned errors with their source line and caret, and
// anything else on one line.
func printError(w io.Writer, err error) {
	var list source.ErrorList
	var one *source.Error
	if errors.As(err, &list) || errors.As(err, &one) {
		source.Print(w, err)
		return
	}
	fmt.Fprintln(w, "factlint:", err)
}
