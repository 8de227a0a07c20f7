package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/dsl"
	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/rules"
	"github.com/factlint/factlint/source"
)

// localRules is the rule file used when --rules is not given, if present.
const localRules = ".factlint.rules"

// loadProgram parses and compiles the rule files; with none, ./.factlint.rules
// or else the bundled default rules.
func loadProgram(paths []string) (*checker.Program, error) {
	if len(paths) == 0 {
		if _, err := os.Stat(localRules); err == nil {
			paths = []string{localRules}
		}
	}
	var files []*dsl.File
	if len(paths) == 0 {
		fs, err := dsl.Load("rules/"+rules.DefaultName, readBundled)
		if err != nil {
			return nil, err
		}
		files = append(files, fs...)
	}
	// Every rule file's errors are reported, not only the first file's.
	var errs source.ErrorList
	for _, p := range paths {
		fs, err := dsl.Load(p, os.ReadFile)
		var list source.ErrorList
		switch {
		case errors.As(err, &list):
			errs = append(errs, list...)
			continue
		case err != nil:
			return nil, err
		}
		files = append(files, fs...)
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return checker.Compile(files...)
}

// readBundled reads a bundled rule file, named "rules/NAME".
func readBundled(name string) ([]byte, error) {
	return fs.ReadFile(rules.FS, path.Base(name))
}

// corpusPaths returns the documents to read: the command line's, or else the
// rule files' corpus globs.
func corpusPaths(args []string, prog *checker.Program) ([]string, error) {
	if len(args) > 0 {
		return args, nil
	}
	var out []string
	for _, g := range prog.Corpus {
		m, err := filepath.Glob(g)
		if err != nil {
			return nil, &source.Error{Code: source.CodeUsage, Msg: "bad corpus glob " + g + ": " + err.Error()}
		}
		out = append(out, m...)
	}
	if len(out) == 0 {
		return nil, &source.Error{Code: source.CodeUsage, Msg: "no documents given: name files or directories, or - for standard input"}
	}
	return out, nil
}

// extractAll loads every input and extracts its facts on a pool of workers;
// the facts come back in input order. The first unreadable input stops the
// run with its error. After each document it calls e.progress, when set.
// opts, when not nil, says what to extract (see streamDocs).
func extractAll(e *env, paths []string, opts func([]facts.Input) facts.Options) ([]facts.Fact, error) {
	var all []facts.Fact
	err := streamDocs(e, paths, nil, opts, func(r facts.Result) error {
		all = append(all, r.Facts...)
		facts.Recycle(r.Facts)
		return nil
	})
	return all, err
}

// extractDocs is extractAll keeping each document's facts in an array of
// their own, of their exact length: a run over a whole archive as one story
// holds every fact, and one array grown by doubling held up to twice their
// size, copied at every growth (a 30 MB archive's 174,377 facts are 74 MB).
func extractDocs(e *env, paths []string, opts func([]facts.Input) facts.Options) ([][]facts.Fact, error) {
	var docs [][]facts.Fact
	err := streamDocs(e, paths, nil, opts, func(r facts.Result) error {
		if len(r.Facts) > 0 {
			docs = append(docs, slices.Clone(r.Facts))
		}
		facts.Recycle(r.Facts)
		return nil
	})
	return docs, err
}

// streamDocs is the one way commands read documents: expand the paths,
// apply the size limit, put the inputs in order (arrange may reorder them),
// extract on the worker pool, print each document's warnings once, advance
// the progress bar, and hand each document's facts to use in order. The
// first unreadable input stops the run with its error. opts, when not nil,
// says from the inputs what to extract (facts.Options); else every kind
// is, whole.
func streamDocs(e *env, paths []string, arrange func([]facts.Input), opts func([]facts.Input) facts.Options, use func(facts.Result) error) error {
	inputs, err := facts.Expand(paths)
	if err != nil {
		return err
	}
	for i := range inputs {
		inputs[i].MaxSize = e.maxSize
	}
	if arrange != nil {
		arrange(inputs)
	}
	if afterExpand != nil {
		afterExpand(e.ctx, inputs)
	}
	var o facts.Options
	if opts != nil {
		o = opts(inputs)
	}
	done := 0
	return facts.StreamWith(e.ctx, inputs, e.stdin, 0, o, func(r facts.Result) error {
		if r.Err != nil {
			return r.Err
		}
		printWarnings(e, r.Warnings)
		if err := use(r); err != nil {
			return err
		}
		if done++; e.progress != nil {
			e.progress(done, len(inputs))
		}
		return nil
	})
}

// afterExpand, when set by a test, runs between listing the inputs and
// reading them.
var afterExpand func(context.Context, []facts.Input)

// printWarnings prints input warnings on standard error, one a line:
// file:line:col: warning: message, or file: warning: message when the
// warning has no place in the file.
func printWarnings(e *env, ws []*facts.Warning) {
	for _, w := range ws {
		fmt.Fprintf(e.stderr, "%s: warning: %s\n", w.Pos, w.Msg)
	}
}

// maxSizeFlag is the --max-size flag of the commands that read documents.
type maxSizeFlag struct {
	MaxSize int64 `name:"max-size" default:"16" placeholder:"MiB" help:"Refuse a document larger than this many MiB (a document is held in memory while it is read)."`
}

func (f maxSizeFlag) bytes() int64 { return f.MaxSize << 20 }
