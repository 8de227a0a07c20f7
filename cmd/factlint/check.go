package main

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/mattn/go-isatty"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/report"
	"github.com/factlint/factlint/source"
)

type checkCmd struct {
	Rules         []string `name:"rules" placeholder:"FILE" help:"Rule file (repeatable). Default: ./.factlint.rules, else the bundled default rules."`
	Formats       []string `name:"format" short:"f" default:"table" sep:"none" placeholder:"FORMAT[=FILE]" help:"Output format, to standard output or to FILE (repeatable): table, markdown, json, sarif, github, junit, html. Files are written atomically."`
	FailOn        string   `name:"fail-on" default:"error" enum:"error,warning,info,never" help:"Exit 1 when a finding is at or above this severity: error, warning, info, never."`
	Summary       bool     `name:"summary" help:"Table and markdown: print only the one-screen standup table (rule, status, the values seen, how many sources said each)."`
	NoColor       bool     `name:"no-color" help:"Never colour the table (colour is used only on a terminal, and never when NO_COLOR is set)."`
	Draft         string   `name:"draft" placeholder:"FILE" help:"Check only this draft's facts against the sources; sources may disagree among themselves."`
	Baseline      string   `name:"baseline" placeholder:"FILE" help:"Hide the findings recorded in this baseline file; report its stale entries."`
	WriteBaseline string   `name:"write-baseline" placeholder:"FILE" help:"Record the current findings in this baseline file (reasons of --baseline entries are kept)."`
	PerDirectory  bool     `name:"per-directory" help:"Treat each directory as its own story: facts are compared only with facts from the same directory (for archives of many stories)."`
	Paths         []string `arg:"" optional:"" name:"path" help:"Files or directories to check; - reads standard input. Default: the rule files' corpus."`
	maxSizeFlag
}

func (c *checkCmd) Run(e *env) error {
	e.maxSize = c.bytes()
	outs, err := parseOutputs(c.Formats)
	if err != nil {
		return err
	}
	// Open every output file before any work, so that an unwritable path
	// fails fast and leaves nothing behind.
	defer func() {
		for _, o := range outs {
			o.abort()
		}
	}()
	for _, o := range outs {
		if err := o.open(); err != nil {
			return err
		}
	}
	prog, err := loadProgram(c.Rules)
	if err != nil {
		return err
	}
	if len(prog.Rules) == 0 {
		// A gate that checks nothing must not pass quietly.
		return &source.Error{Pos: source.Position{Filename: strings.Join(c.Rules, ", ")}, Code: source.CodeUsage, Msg: "no rules to check: the rule files declare no rule"}
	}
	paths, err := corpusPaths(c.Paths, prog)
	if err != nil {
		return err
	}
	if c.streamable(outs) {
		return c.checkStreaming(e, prog, paths, outs)
	}
	bar := newProgress(e.stderr)
	e.progress = bar.step
	var rep *checker.Report
	if c.PerDirectory && c.Draft == "" {
		rep = &checker.Report{}
		err = checkStories(e, prog, paths, rep, func(*checker.Report) error { return nil })
		if len(rep.Rules) == 0 {
			rep = prog.Check(nil)
		}
	} else {
		// A draft is checked against every figure and quote of its
		// sources: every kind is extracted.
		var opts func([]facts.Input) facts.Options
		if c.Draft == "" {
			opts = func(in []facts.Input) facts.Options { return checkOptions(prog, in) }
		}
		if c.Draft != "" {
			var all []facts.Fact
			if all, err = extractAll(e, paths, opts); err == nil {
				rep, err = checkDraft(e, prog, c.Draft, all)
			}
		} else {
			var docs [][]facts.Fact
			if docs, err = extractDocs(e, paths, opts); err == nil {
				hintPerDirectory(e, docs)
				rep = prog.CheckMergedDocs(docs, nil)
			}
		}
	}
	bar.finish()
	e.progress = nil
	if err != nil {
		return err
	}
	if err := c.applyBaselines(e, rep); err != nil {
		return err
	}
	opts := c.reportOptions()
	for _, o := range outs {
		oo := opts
		oo.Color = o.path == "" && c.color(e)
		if err := o.write(e, rep, oo); err != nil {
			return err
		}
	}
	if c.failsAt(rep.FailsAt) {
		e.code = exitFindings
	}
	return nil
}

// failsAt reports whether the run fails by --fail-on, asking fails whether
// any finding is at or above a severity.
func (c *checkCmd) failsAt(fails func(checker.Severity) bool) bool {
	if c.FailOn == "never" {
		return false
	}
	level, _ := checker.ParseSeverity(c.FailOn)
	return fails(level)
}

// streamable reports whether the run can write its reports story by story:
// an archive run whose every report is a file in a format that can be
// written so (JSON), with no baseline to record. Memory then holds one
// story's documents and findings whatever the size of the archive; a
// report on standard output is built whole, so that a run that fails
// half-way leaves no half report behind.
func (c *checkCmd) streamable(outs []*output) bool {
	if !c.PerDirectory || c.Draft != "" || c.WriteBaseline != "" {
		return false
	}
	for _, o := range outs {
		if _, ok := report.Streams[o.format]; !ok || o.path == "" {
			return false
		}
	}
	return true
}

// checkStreaming checks an archive story by story, writing each story's
// findings to the reports as soon as it is checked and keeping only the
// rules' results. The reports' bytes are those of the whole-report path.
func (c *checkCmd) checkStreaming(e *env, prog *checker.Program, paths []string, outs []*output) error {
	var applier *checker.BaselineApplier
	if c.Baseline != "" {
		b, err := c.readBaseline()
		if err != nil {
			return err
		}
		applier = b.Applier()
	}
	opts := c.reportOptions()
	streams := make([]report.Stream, len(outs))
	for i, o := range outs {
		streams[i] = report.Streams[o.format](o.tmp, opts)
	}
	total := &checker.Report{}
	var worst checker.Severity // of the findings written
	bar := newProgress(e.stderr)
	e.progress = bar.step
	err := checkStories(e, prog, paths, total, func(r *checker.Report) error {
		fs := r.Findings
		if applier != nil {
			fs = applier.Hide(fs)
		}
		for _, f := range fs {
			worst = max(worst, f.Severity)
		}
		for i, s := range streams {
			if err := s.Add(fs); err != nil {
				return outs[i].error(err)
			}
		}
		r.Findings = nil // written: the total keeps the rules' results alone
		return nil
	})
	bar.finish()
	e.progress = nil
	if err != nil {
		return err
	}
	if len(total.Rules) == 0 {
		total = prog.Check(nil)
	}
	if applier != nil {
		applier.Finish(total)
	}
	for i, o := range outs {
		if err := o.commit(func(io.Writer) error { return streams[i].Close(total) }); err != nil {
			return err
		}
	}
	if c.failsAt(func(s checker.Severity) bool { return worst >= s || total.FailsAt(s) }) {
		e.code = exitFindings
	}
	return nil
}

// checkDraft checks the draft's facts against the sources' facts; the draft
// is left out of the sources if a directory named it too.
func checkDraft(e *env, prog *checker.Program, draft string, sources []facts.Fact) (*checker.Report, error) {
	in := facts.Input{Path: draft, MaxSize: e.maxSize}
	d, err := facts.Load(in, e.stdin)
	if err != nil {
		return nil, err
	}
	printWarnings(e, d.Warnings)
	name := in.Name()
	all := facts.Extract(d)
	for _, f := range sources {
		if filepath.Clean(f.Source) != filepath.Clean(name) {
			all = append(all, f)
		}
	}
	return prog.CheckDraft(name, all), nil
}

// applyBaselines reads --baseline and hides what it accepts, or, with
// --write-baseline, records every finding (keeping --baseline's reasons)
// and hides them all.
func (c *checkCmd) applyBaselines(e *env, rep *checker.Report) error {
	var prev *checker.Baseline
	if c.Baseline != "" {
		var err error
		if prev, err = c.readBaseline(); err != nil {
			return err
		}
	}
	if c.WriteBaseline == "" {
		if prev != nil {
			prev.Apply(rep)
		}
		return nil
	}
	b := checker.NewBaseline(rep, prev)
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		return err
	}
	if err := writeAtomic(c.WriteBaseline, buf.Bytes()); err != nil {
		return inputError(c.WriteBaseline, err)
	}
	fmt.Fprintf(e.stderr, "factlint: recorded %d findings in %s\n", len(b.Findings), c.WriteBaseline)
	b.Apply(rep)
	return nil
}

// readBaseline reads the --baseline file.
func (c *checkCmd) readBaseline() (*checker.Baseline, error) {
	src, err := os.ReadFile(c.Baseline)
	if err != nil {
		return nil, inputError(c.Baseline, err)
	}
	return checker.ReadBaseline(c.Baseline, src)
}

// reportOptions are the options every report of the run is written with.
func (c *checkCmd) reportOptions() report.Options {
	opts := report.Options{Summary: c.Summary, Version: versionString()}
	if wd, err := os.Getwd(); err == nil {
		opts.BaseDir = wd
	}
	return opts
}

// color reports whether the table on standard output may be coloured: not
// with --no-color or NO_COLOR (https://no-color.org), and otherwise only on
// a terminal, or when CLICOLOR_FORCE asks for it.
func (c *checkCmd) color(e *env) bool {
	if c.NoColor || os.Getenv("NO_COLOR") != "" {
		return false
	}
	if f := os.Getenv("CLICOLOR_FORCE"); f != "" && f != "0" {
		return true
	}
	return isTerminal(e.stdout)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// parseOutputs reads --format values, "FORMAT" or "FORMAT=FILE" ("-" is
// standard output). At most one format may write to standard output.
func parseOutputs(specs []string) ([]*output, error) {
	var outs []*output
	var stdout string
	files := map[string]bool{}
	for _, spec := range specs {
		name, path, _ := strings.Cut(spec, "=")
		render, ok := report.Formats[name]
		if !ok {
			return nil, &source.Error{Code: source.CodeUsage, Msg: fmt.Sprintf("unknown format %q in --format %s, expected one of %s", name, spec, strings.Join(report.FormatNames(), ", "))}
		}
		if path == "-" {
			path = ""
		}
		switch {
		case path == "" && stdout != "":
			return nil, &source.Error{Code: source.CodeUsage, Msg: fmt.Sprintf("formats %s and %s both write to standard output; give one a file: --format %s=FILE", stdout, name, name)}
		case path == "":
			stdout = name
		case files[path]:
			return nil, &source.Error{Code: source.CodeUsage, Msg: fmt.Sprintf("two formats write to %s", path)}
		default:
			files[path] = true
		}
		outs = append(outs, &output{format: name, path: path, render: render})
	}
	return outs, nil
}

// checkStories checks an archive story by story: each directory is a story,
// its documents are read together, checked as soon as the next story starts
// (on as many goroutines as GOMAXPROCS, while the next are read), and then
// dropped, so memory holds a few stories at a time whatever the size of the
// archive. each receives every story's report, in order, before it is
// merged into total.
func checkStories(e *env, prog *checker.Program, paths []string, total *checker.Report, each func(*checker.Report) error) error {
	// A story's documents must come together: "a/1.txt", "a/b/1.txt" and
	// "a/z.txt" are two stories, a and a/b.
	byStory := func(inputs []facts.Input) { sortByStory(inputs) }
	// The floors of the values the reports merged so far keep (see
	// checker.Report.ValueFloor), for the checks to leave out the values
	// a merge would drop; each merges, in the writer, while stories are
	// checked.
	floors := make([]atomic.Int32, len(prog.Rules))
	merge := func(r *checker.Report) error {
		if err := each(r); err != nil {
			return err
		}
		total.Merge(r)
		for i := range floors {
			floors[i].Store(int32(total.ValueFloor(i)))
		}
		return nil
	}
	checks := newStoryChecks(prog, runtime.GOMAXPROCS(0), func(rule int) int { return int(floors[rule].Load()) }, merge)
	// A story's documents' arrays of facts, as extraction returns them:
	// checked together, then given back to extraction (facts.Recycle).
	var story string
	var docs [][]facts.Fact
	flush := func() error {
		if len(docs) == 0 {
			return nil
		}
		err := checks.add(docs)
		docs = checks.buffer()
		return err
	}
	err := streamDocs(e, paths, byStory, func([]facts.Input) facts.Options { return prog.ExtractOptions() }, func(r facts.Result) error {
		if s := filepath.Dir(r.Input.Path); s != story {
			if err := flush(); err != nil {
				return err
			}
			story = s
		}
		if len(r.Facts) == 0 {
			facts.Recycle(r.Facts)
			return nil
		}
		for i := range r.Facts {
			r.Facts[i].Story = story
		}
		docs = append(docs, r.Facts)
		return nil
	})
	if err == nil {
		err = flush()
	}
	return cmp.Or(checks.wait(), err)
}

// sortByStory puts inputs in order of their directories, keeping the order
// of those of one directory. Each directory is found once, not twice for
// each comparison: filepath.Dir cleans and copies the path, and the sort
// compared 22,046 inputs ~300,000 times (-0.3% of an archive's job,
// 10.54 G -> 10.51 G instructions). Expand lists a walk's documents
// sorted by path, so those of an archive of flat story directories come in
// order already, and the sort is skipped.
func sortByStory(inputs []facts.Input) {
	type keyed struct {
		dir string
		in  facts.Input
	}
	ks := make([]keyed, len(inputs))
	sorted := true
	for i, in := range inputs {
		ks[i] = keyed{filepath.Dir(in.Path), in}
		sorted = sorted && (i == 0 || ks[i-1].dir <= ks[i].dir)
	}
	if sorted {
		return
	}
	slices.SortStableFunc(ks, func(a, b keyed) int { return strings.Compare(a.dir, b.dir) })
	for i := range ks {
		inputs[i] = ks[i].in
	}
}

// storyChecks checks stories on n goroutines while the next are read, and
// hands each report to each in the order the stories came: checking in
// the goroutine that reads had one core check while the other extracted,
// 1.4–1.5× one core's speed on two once extraction had got faster. At most
// n stories are checked or waiting at once, so memory stays bounded.
type storyChecks struct {
	prog  *checker.Program
	each  func(*checker.Report) error
	jobs  chan *storyCheck // to the checkers
	order chan *storyCheck // to the writer, in the stories' order
	free  chan [][]facts.Fact
	done  chan struct{} // closed when the writer has handed every report on
	err   error         // each's first error; read after done
	stop  atomic.Bool   // set when each has failed: reading stops

	// With one goroutine to check on (one core), add checks each story
	// and hands its report on itself: a checker and a writer goroutine
	// only switched goroutines three times a story, with nothing to run
	// beside them (10.14 G -> 10.12 G instructions for an archive's job).
	inline bool
	floor  func(rule int) int
	spare  [][]facts.Fact // inline: the array to gather the next story in
}

// A storyCheck is one story's facts, an array per document, and, once
// checked, its report.
type storyCheck struct {
	docs    [][]facts.Fact
	report  *checker.Report
	checked chan struct{}
}

func newStoryChecks(prog *checker.Program, n int, floor func(rule int) int, each func(*checker.Report) error) *storyChecks {
	c := &storyChecks{prog: prog, each: each,
		jobs: make(chan *storyCheck, n), order: make(chan *storyCheck, n),
		free: make(chan [][]facts.Fact, n+1), done: make(chan struct{})}
	if n <= 1 {
		c.inline, c.floor = true, floor
		return c
	}
	for range n {
		go func() {
			for j := range c.jobs {
				j.report = prog.CheckMergedDocs(j.docs, floor)
				close(j.checked)
			}
		}()
	}
	go func() {
		defer close(c.done)
		for j := range c.order {
			<-j.checked
			if c.err == nil {
				if c.err = c.each(j.report); c.err != nil {
					c.stop.Store(true)
				}
			}
			select {
			case c.free <- recycle(j.docs):
			default:
			}
		}
	}()
	return c
}

// add queues a story's facts, an array per document; it waits while n
// stories are in hand. It returns an error once handing a report on has
// failed.
func (c *storyChecks) add(story [][]facts.Fact) error {
	if c.stop.Load() {
		return errStoryChecks
	}
	if c.inline {
		if c.err = c.each(c.prog.CheckMergedDocs(story, c.floor)); c.err != nil {
			c.stop.Store(true)
		}
		c.spare = recycle(story) // as the writer does
		return nil
	}
	j := &storyCheck{docs: story, checked: make(chan struct{})}
	c.order <- j
	c.jobs <- j
	return nil
}

// recycle gives a checked story's arrays of facts back to extraction:
// nothing keeps the facts (each writes or copies what it keeps). It
// returns the emptied list, to gather the next story's in.
func recycle(docs [][]facts.Fact) [][]facts.Fact {
	for i, d := range docs {
		facts.Recycle(d)
		docs[i] = nil
	}
	return docs[:0]
}

// buffer returns an emptied list to gather the next story's arrays of
// facts in.
func (c *storyChecks) buffer() [][]facts.Fact {
	if c.inline {
		b := c.spare
		c.spare = nil
		return b
	}
	select {
	case b := <-c.free:
		return b
	default:
		return nil
	}
}

// wait waits for every queued story to be checked and handed on, and
// returns each's first error.
func (c *storyChecks) wait() error {
	if c.inline {
		return c.err
	}
	close(c.jobs)
	close(c.order)
	<-c.done
	return c.err
}

// errStoryChecks stops reading once a report could not be handed on; wait
// returns the error that did it.
var errStoryChecks = errors.New("a story's report could not be written")

// Checked as one story, the documents of an archive are all compared with
// one another: slow, memory-hungry and mostly false alarms. Past these
// sizes a run says so, and how to check each directory on its own.
const (
	hintDocuments   = 200
	hintDirectories = 10
)

// checkOptions returns what to extract for a run over inputs checked as
// one story: what prog reads, unless hintPerDirectory may print its note.
// It counts the documents with facts of any kind, so then every kind is
// extracted, still without places, which the checker alone reads; each
// input is one document, so with fewer inputs or directories than it
// asks for, it cannot.
func checkOptions(prog *checker.Program, inputs []facts.Input) facts.Options {
	dirs := map[string]bool{}
	for _, in := range inputs {
		dirs[filepath.Dir(in.Name())] = true
	}
	if len(inputs) >= hintDocuments && len(dirs) >= hintDirectories {
		return facts.Options{Lazy: true}
	}
	return prog.ExtractOptions()
}

// hintPerDirectory prints a note on standard error when the facts come from
// many documents in many directories, as an archive's do.
func hintPerDirectory(e *env, docs [][]facts.Fact) {
	dirs := map[string]bool{}
	for _, d := range docs {
		dirs[filepath.Dir(d[0].Source)] = true
	}
	if len(docs) >= hintDocuments && len(dirs) >= hintDirectories {
		fmt.Fprintf(e.stderr, "factlint: note: %d documents from %d directories are checked as one story, every fact against every other; to check each directory as its own story, use --per-directory\n", len(docs), len(dirs))
	}
}
