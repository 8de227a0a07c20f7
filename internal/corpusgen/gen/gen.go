// Package gen writes a synthetic corpus of multi-outlet news coverage for
// benchmarks and end-to-end tests: many stories, each a directory of three to
// six articles by different invented outlets about one invented event, with
// counts, money, percentages, durations, dates, people, titles, quotes and
// lists, and a known set of planted disagreements listed in planted.jsonl.
//
// The manifest lists what was planted, not every difference a checker may
// see. Facts that are right but easy to misread are left in on purpose, as
// real coverage has them: a total beside a count of the same noun ("225
// seats" and "of the 400 seats"), a magnitude ("a magnitude 7.1
// earthquake"), years, a figure that opens a sentence, consistent
// qualifiers ("at least 40" beside 43, "more than 80,000" beside 81,000).
//
// The output is a pure function of Options: the same seed gives the same
// bytes. Each story draws from its own generator seeded by (seed, story
// number), so story 7 is the same whatever the size asked for.
package gen

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// ManifestName is the manifest's file name inside the corpus directory.
const ManifestName = "planted.jsonl"

// Options says what corpus to write. The zero value of each fraction means
// none; DefaultOptions gives the command's defaults.
type Options struct {
	Dir  string // where to write; created if missing, must be empty
	Size int64  // bytes of articles to write, at least one article
	Seed uint64
	// Conflicts is the fraction of stories with planted disagreements (one
	// or two each).
	Conflicts float64
	// NotConflicts is the fraction of stories with one planted difference
	// that is not a disagreement.
	NotConflicts float64
}

// DefaultOptions returns the options the command starts from.
func DefaultOptions() Options {
	return Options{Size: 10_000_000, Seed: 1, Conflicts: 0.3, NotConflicts: 0.3}
}

// A Manifest describes a written corpus.
type Manifest struct {
	Stories  int
	Articles int
	Bytes    int64 // bytes of articles, the manifest file not included
	Planted  []Planted
}

// Generate writes the corpus and its manifest, DIR/planted.jsonl. It stops
// at the article that brings the corpus closest to Options.Size; a story cut
// short keeps only the planted items whose sources were all written.
func Generate(o Options) (*Manifest, error) {
	if o.Dir == "" {
		return nil, errors.New("no output directory")
	}
	if o.Size <= 0 {
		return nil, fmt.Errorf("size must be positive, not %d", o.Size)
	}
	if o.Conflicts < 0 || o.Conflicts > 1 || o.NotConflicts < 0 || o.NotConflicts > 1 {
		return nil, errors.New("conflict fractions must be between 0 and 1")
	}
	if err := os.MkdirAll(o.Dir, 0o755); err != nil {
		return nil, err
	}
	if ents, err := os.ReadDir(o.Dir); err != nil {
		return nil, err
	} else if len(ents) > 0 {
		return nil, fmt.Errorf("%s: output directory is not empty", o.Dir)
	}

	m, err := generate(o, newDirWriter(o.Dir))
	if err != nil {
		return nil, err
	}
	if err := writeManifest(filepath.Join(o.Dir, ManifestName), m.Planted); err != nil {
		return nil, err
	}
	return m, nil
}

// A storyOut is one generated story: its articles in order and what was
// planted in it.
type storyOut struct {
	id      string
	paths   []string
	data    [][]byte
	arts    []artPlan
	planted []Planted
}

// A sink takes stories to keep. close waits for pending work and reports
// the first error.
type sink interface {
	story(s *storyOut) error
	close() error
}

// generate makes the corpus and hands it to w story by story, in order.
// Stories are written on a pool of workers, one generator each, and taken
// back in story order, so the output does not depend on the number of
// workers or on scheduling.
func generate(o Options, w sink) (*Manifest, error) {
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan job)
	order := make(chan chan *storyOut, 4*workers)
	done := make(chan struct{})
	go func() {
		defer close(jobs)
		defer close(order)
		for index := 1; ; index++ {
			ch := make(chan *storyOut, 1)
			select {
			case order <- ch:
			case <-done:
				return
			}
			select {
			case jobs <- job{index, ch}:
			case <-done:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a := &art{}
			for j := range jobs {
				j.out <- makeStory(a, o, j.index)
			}
		}()
	}
	defer wg.Wait()
	defer close(done)

	m := &Manifest{}
	for ch := range order {
		s := <-ch
		n := 0
		for n < len(s.data) && (m.Bytes == 0 || m.Bytes+int64(len(s.data[n])/2) <= o.Size) {
			m.Bytes += int64(len(s.data[n]))
			n++
		}
		if n == 0 {
			break
		}
		for _, p := range s.planted {
			if allWritten(p.Sources, s.arts[:n]) {
				m.Planted = append(m.Planted, p)
			}
		}
		s.paths, s.data = s.paths[:n], s.data[:n]
		m.Stories++
		m.Articles += n
		if err := w.story(s); err != nil {
			w.close()
			return nil, err
		}
		if n < len(s.arts) || m.Bytes >= o.Size {
			break
		}
	}
	if err := w.close(); err != nil {
		return nil, err
	}
	return m, nil
}

type job struct {
	index int
	out   chan *storyOut
}

// makeStory invents and writes story number index.
func makeStory(a *art, o Options, index int) *storyOut {
	s, r := newStory(o.Seed, index, o.Conflicts, o.NotConflicts)
	a.r = r
	out := &storyOut{id: s.id}
	for i := range s.arts {
		a.out = getBuf() // the article is written straight into the buffer kept
		a.write(s, &s.arts[i])
		out.paths = append(out.paths, s.arts[i].path)
		out.data = append(out.data, a.out)
	}
	a.out = nil
	out.arts, out.planted = s.arts, s.planted
	return out
}

var bufs sync.Pool

func getBuf() []byte {
	if b, ok := bufs.Get().(*[]byte); ok {
		return (*b)[:0]
	}
	return make([]byte, 0, 8192)
}

func putBuf(b []byte) { bufs.Put(&b) }

func allWritten(paths []string, arts []artPlan) bool {
	for _, p := range paths {
		if !slices.ContainsFunc(arts, func(a artPlan) bool { return a.path == p }) {
			return false
		}
	}
	return true
}

func writeManifest(path string, planted []Planted) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, p := range planted {
		if err := enc.Encode(p); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// ReadManifest reads a corpus directory's planted.jsonl.
func ReadManifest(dir string) ([]Planted, error) {
	data, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if err != nil {
		return nil, err
	}
	var out []Planted
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if line == "" {
			continue
		}
		var p Planted
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", ManifestName, i+1, err)
		}
		out = append(out, p)
	}
	return out, nil
}

// ParseSize reads a size: plain bytes ("65536") or a number with a unit,
// decimal (KB, MB, GB) or binary (KiB, MiB, GiB), case-insensitive:
// "100MB", "10MB", "500KB", "1.5GB".
func ParseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	mult := 1.0
	for _, u := range []struct {
		suffix string
		mult   float64
	}{
		{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
		{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"k", 1e3}, {"m", 1e6}, {"g", 1e9}, {"b", 1},
	} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v <= 0 || v*mult < 1 || v*mult > 1<<50 {
		return 0, fmt.Errorf("invalid size %q (want bytes or a number with KB, MB, GB)", s)
	}
	return int64(v * mult), nil
}
