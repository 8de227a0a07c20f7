package facts

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factlint/factlint/internal/corpusgen/gen"
	"github.com/factlint/factlint/internal/cputime"
)

var loadCorpus struct {
	once  sync.Once
	dir   string // removed by TestMain
	byExt map[string][]Input
	err   error
}

// loadCorpusFiles generates a 3 MB news-like corpus once per test binary and
// returns its articles by extension, as Expand finds them.
func loadCorpusFiles(b *testing.B) map[string][]Input {
	loadCorpus.once.Do(func() {
		dir, err := os.MkdirTemp("", "factlint-loadbench-")
		if err != nil {
			loadCorpus.err = err
			return
		}
		loadCorpus.dir = dir
		o := gen.DefaultOptions()
		o.Dir, o.Size = filepath.Join(dir, "corpus"), 3_000_000
		if _, err := gen.Generate(o); err != nil {
			loadCorpus.err = err
			return
		}
		inputs, err := Expand([]string{o.Dir})
		if err != nil {
			loadCorpus.err = err
			return
		}
		loadCorpus.byExt = map[string][]Input{}
		for _, in := range inputs {
			ext := strings.TrimPrefix(filepath.Ext(in.Path), ".")
			loadCorpus.byExt[ext] = append(loadCorpus.byExt[ext], in)
		}
	})
	if loadCorpus.err != nil {
		b.Fatal(loadCorpus.err)
	}
	return loadCorpus.byExt
}

// BenchmarkLoadCorpus is Load (file read, decode, parse, normalise) over the
// generated corpus's articles, one sub-benchmark per format: many small
// documents, as a real run reads.
func BenchmarkLoadCorpus(b *testing.B) {
	byExt := loadCorpusFiles(b)
	for _, ext := range []string{"txt", "md", "html", "json"} {
		inputs := byExt[ext]
		b.Run(ext, func(b *testing.B) {
			var size int64
			for _, in := range inputs {
				fi, err := os.Stat(in.Path)
				if err != nil {
					b.Fatal(err)
				}
				size += fi.Size()
			}
			b.SetBytes(size)
			b.ReportAllocs()
			cpu := cputime.Used()
			for b.Loop() {
				for _, in := range inputs {
					if _, err := Load(in, nil); err != nil {
						b.Fatal(err)
					}
				}
			}
			reportCPU(b, size, cpu)
		})
	}
}

// reportCPU reports MB per CPU-second since cpu (a cpuTime) for b.N
// iterations over size bytes each.
func reportCPU(b *testing.B, size int64, cpu time.Duration) {
	if d := cputime.Used() - cpu; d > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/d.Seconds(), "cpuMB/s")
	}
}
