// Command corpusgen writes a synthetic multi-outlet news corpus with planted
// disagreements, for benchmarks and end-to-end tests:
//
//	go run ./internal/corpusgen -size 100MB -out DIR [-seed N] [-conflicts 0.3]
//
// The articles go to DIR/story-NNNNN/, the list of planted disagreements to
// DIR/planted.jsonl. The same seed writes the same bytes. The work is done
// by package gen, which tests elsewhere can call directly.
//
// Generation runs at well over 100 MB/s of CPU, but a 100 MB corpus is some
// 22,000 files, and on the ext4 disks of this project's machines the kernel
// spends over a millisecond creating each one: write benchmark corpora to a
// tmpfs such as /dev/shm, where 100 MB takes a few seconds.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/factlint/factlint/internal/corpusgen/gen"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	o := gen.DefaultOptions()
	fs := flag.NewFlagSet("corpusgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	size := fs.String("size", "10MB", "bytes of articles to write: 100MB, 500KB, 65536")
	fs.StringVar(&o.Dir, "out", "", "output directory (created; must be empty)")
	fs.Uint64Var(&o.Seed, "seed", o.Seed, "random seed: the same seed writes the same bytes")
	fs.Float64Var(&o.Conflicts, "conflicts", o.Conflicts, "fraction of stories with planted disagreements")
	fs.Float64Var(&o.NotConflicts, "notconflicts", o.NotConflicts, "fraction of stories with a planted difference that is not a disagreement")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if o.Dir == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: corpusgen -size SIZE -out DIR [-seed N] [-conflicts F] [-notconflicts F]")
		return 2
	}
	n, err := gen.ParseSize(*size)
	if err != nil {
		fmt.Fprintln(stderr, "corpusgen:", err)
		return 2
	}
	o.Size = n
	start := time.Now()
	m, err := gen.Generate(o)
	if err != nil {
		fmt.Fprintln(stderr, "corpusgen:", err)
		return 2
	}
	d := time.Since(start)
	fmt.Fprintf(stderr, "corpusgen: %d stories, %d articles, %d bytes, %d planted items in %v (%.0f MB/s)\n",
		m.Stories, m.Articles, m.Bytes, len(m.Planted), d.Round(time.Millisecond), float64(m.Bytes)/1e6/d.Seconds())
	return 0
}
