package gen

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/factlint/factlint/internal/cputime"
)

// corpus generates a corpus into a fresh temporary directory.
func corpus(t testing.TB, size int64, seed uint64) (string, *Manifest) {
	t.Helper()
	o := DefaultOptions()
	o.Dir = t.TempDir()
	o.Size = size
	o.Seed = seed
	m, err := Generate(o)
	if err != nil {
		t.Fatal(err)
	}
	return o.Dir, m
}

// readAll maps each file under dir (slash paths relative to dir) to its bytes.
func readAll(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestDeterministic(t *testing.T) {
	dir1, _ := corpus(t, 400_000, 7)
	// Stories are made on GOMAXPROCS workers: one worker must give the same.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	dir2, _ := corpus(t, 400_000, 7)
	dir3, _ := corpus(t, 400_000, 8)
	a, b, c := readAll(t, dir1), readAll(t, dir2), readAll(t, dir3)
	if len(a) != len(b) {
		t.Fatalf("same seed: %d files, then %d", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("same seed: %s differs between runs", name)
		}
	}
	same := 0
	for name, data := range a {
		if bytes.Equal(data, c[name]) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("seeds 7 and 8 wrote %d identical files", same)
	}
}

// TestStoriesIndependentOfSize checks that a story does not depend on how
// much is generated after it: a small corpus is a prefix of a larger one.
func TestStoriesIndependentOfSize(t *testing.T) {
	small, _ := corpus(t, 100_000, 3)
	large, _ := corpus(t, 300_000, 3)
	s, l := readAll(t, small), readAll(t, large)
	for name, data := range s {
		if name == ManifestName {
			continue
		}
		if !bytes.Equal(data, l[name]) {
			t.Errorf("%s differs between a 100 kB and a 300 kB corpus", name)
		}
	}
}

func TestSize(t *testing.T) {
	// A corpus stops at the article boundary nearest the size asked for;
	// articles are at most about 9 kB, so a tiny corpus may be off by half
	// of one, a larger one must be within 5%.
	for _, size := range []int64{20_000, 300_000, 2_000_000} {
		t.Run(strconv.FormatInt(size, 10), func(t *testing.T) {
			dir, m := corpus(t, size, 1)
			var total, articles int64
			for name, data := range readAll(t, dir) {
				total += int64(len(data))
				if name != ManifestName {
					articles += int64(len(data))
				}
			}
			if articles != m.Bytes {
				t.Errorf("manifest says %d bytes of articles, directory holds %d", m.Bytes, articles)
			}
			tolerance := max(size/20, 4500)
			if d := total - size; d < -tolerance || d > tolerance {
				t.Errorf("asked for %d bytes, wrote %d (%+.1f%%)", size, total, 100*float64(d)/float64(size))
			}
		})
	}
}

func TestArticles(t *testing.T) {
	dir, m := corpus(t, 1_500_000, 11)
	files := readAll(t, dir)
	exts := map[string]int{}
	sizes := []int{}
	for name, data := range files {
		if name == ManifestName {
			continue
		}
		ext := filepath.Ext(name)
		exts[ext]++
		sizes = append(sizes, len(data))
		if !regexp.MustCompile(`^story-\d{5}/\d{4}-\d\d-\d\d-[a-z0-9-]+\.(txt|md|html|json)$`).MatchString(name) {
			t.Errorf("unexpected file name %s", name)
		}
		switch ext {
		case ".md":
			for _, field := range []string{"\noutlet: ", "\nurl: https://", "\npublished: 20"} {
				if !bytes.HasPrefix(data, []byte("---\n")) || !bytes.Contains(data[:bytes.Index(data[4:], []byte("---\n"))+4], []byte(field)) {
					t.Errorf("%s: front matter lacks %q", name, strings.TrimSpace(field))
				}
			}
		case ".html":
			if !bytes.Contains(data, []byte("<article>")) || !bytes.Contains(data, []byte("</article>")) {
				t.Errorf("%s: no <article> body", name)
			}
			ld := between(data, `<script type="application/ld+json">`, "</script>")
			var v struct {
				Type      string                `json:"@type"`
				Headline  string                `json:"headline"`
				Published string                `json:"datePublished"`
				Publisher struct{ Name string } `json:"publisher"`
			}
			if err := json.Unmarshal(ld, &v); err != nil || v.Type != "NewsArticle" || v.Headline == "" || v.Published == "" || v.Publisher.Name == "" {
				t.Errorf("%s: JSON-LD %q: %v", name, ld, err)
			}
		case ".json":
			var v map[string]any
			if err := json.Unmarshal(data, &v); err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			_, body1 := v["body_text"]
			_, body3 := v["bodies"]
			if v["uri"] == nil || !body1 && !body3 {
				t.Errorf("%s: not ninjs: no uri or body", name)
			}
		}
	}
	for _, ext := range []string{".txt", ".md", ".html", ".json"} {
		if exts[ext] == 0 {
			t.Errorf("no %s articles among %d", ext, m.Articles)
		}
	}
	if exts[".txt"] < m.Articles/2 {
		t.Errorf("%d of %d articles are .txt, want most", exts[".txt"], m.Articles)
	}
	slices.Sort(sizes)
	if sizes[0] < 1800 || sizes[len(sizes)-1] > 9000 {
		t.Errorf("article sizes range %d–%d bytes, want about 2–8 kB", sizes[0], sizes[len(sizes)-1])
	}
}

func between(b []byte, start, end string) []byte {
	i := bytes.Index(b, []byte(start))
	if i < 0 {
		return nil
	}
	b = b[i+len(start):]
	if j := bytes.Index(b, []byte(end)); j >= 0 {
		return b[:j]
	}
	return nil
}

// TestManifest checks every planted item against the files: each source
// exists, the odd one says the odd value, the others say the right one.
func TestManifest(t *testing.T) {
	dir, m := corpus(t, 2_000_000, 5)
	files := readAll(t, dir)
	read, err := ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.EqualFunc(read, m.Planted, func(a, b Planted) bool { return slices.Equal(a.Values, b.Values) && a.Odd == b.Odd }) {
		t.Fatalf("planted.jsonl does not match the returned manifest")
	}
	kinds := map[string]int{}
	conflicted := map[string]bool{}
	for _, p := range m.Planted {
		label := p.Kind + "/" + p.Of
		kinds[label]++
		if p.Kind != "not-conflict" {
			conflicted[p.Story] = true
		}
		if len(p.Values) != 2 || p.Values[0] == p.Values[1] || p.Values[0] == "" || p.Values[1] == "" {
			t.Errorf("%s %s: values %q", p.Story, label, p.Values)
			continue
		}
		if !slices.Contains(p.Sources, p.Odd) {
			t.Errorf("%s %s: odd source %s not among sources", p.Story, label, p.Odd)
		}
		for _, src := range p.Sources {
			if _, ok := files[src]; !ok || !strings.HasPrefix(src, p.Story+"/") {
				t.Errorf("%s %s: source %s not written", p.Story, label, src)
			}
		}
		// A count or a title may open a sentence: "As many as 25
		// countries", "Former Finance Minister Anton Rossi".
		text := func(src string) string {
			if p.Kind == "count" || p.Of == "count" || p.Kind == "title" {
				return strings.ToLower(string(files[src]))
			}
			return string(files[src])
		}
		odd := text(p.Odd)
		want := p.Values[1]
		if p.Kind == "title" {
			want = strings.ToLower(p.Values[1] + " " + p.Subject)
		}
		if !strings.Contains(odd, want) {
			t.Errorf("%s %s: %s does not say %q", p.Story, label, p.Odd, want)
		}
		switch p.Kind {
		case "count", "person", "quote", "title":
			right := p.Values[0]
			if p.Kind == "title" {
				right = strings.ToLower(p.Values[0] + " " + p.Subject)
			}
			for _, src := range p.Sources {
				if src != p.Odd && !strings.Contains(text(src), right) {
					t.Errorf("%s %s: %s does not say %q", p.Story, label, src, right)
				}
			}
			if p.Kind != "count" && strings.Contains(odd, right) {
				t.Errorf("%s %s: odd source %s also says %q", p.Story, label, p.Odd, right)
			}
		case "not-conflict":
			switch p.Of {
			case "count":
				for _, src := range p.Sources {
					if src != p.Odd && !strings.Contains(text(src), p.Values[0]) {
						t.Errorf("%s %s: %s does not say %q", p.Story, label, src, p.Values[0])
					}
				}
			case "person", "duration":
				if !strings.Contains(odd, p.Values[0]) {
					t.Errorf("%s %s: %s does not say %q", p.Story, label, p.Odd, p.Values[0])
				}
			default:
				t.Errorf("%s: not-conflict of unknown %q", p.Story, p.Of)
			}
		default:
			t.Errorf("%s: unknown kind %q", p.Story, p.Kind)
		}
	}
	for _, k := range []string{"count/", "person/", "title/", "quote/", "not-conflict/count", "not-conflict/person", "not-conflict/duration"} {
		if kinds[k] == 0 {
			t.Errorf("no %s planted in %d stories", k, m.Stories)
		}
	}
	if f := float64(len(conflicted)) / float64(m.Stories); f < 0.22 || f > 0.38 {
		t.Errorf("%d of %d stories have conflicts (%.2f), want about 0.3", len(conflicted), m.Stories, f)
	}
}

func TestNoConflicts(t *testing.T) {
	o := DefaultOptions()
	o.Dir, o.Size, o.Conflicts, o.NotConflicts = t.TempDir(), 300_000, 0, 0
	m, err := Generate(o)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Planted) != 0 {
		t.Errorf("planted %d items with both fractions 0", len(m.Planted))
	}
}

// TestNoRepeatedSentence checks that no sentence occurs twice in one article.
func TestNoRepeatedSentence(t *testing.T) {
	a := &art{}
	for index := 1; index <= 200; index++ {
		s, r := newStory(9, index, 0.3, 0.3)
		a.r = r
		for i := range s.arts {
			a.write(s, &s.arts[i])
			seen := map[string]bool{}
			for _, si := range a.order {
				sp := a.spans[si]
				text := string(a.b[sp.start:sp.end])
				if seen[text] {
					t.Errorf("%s: sentence twice: %q", s.arts[i].path, text)
				}
				seen[text] = true
			}
		}
	}
}

func TestGenerateErrors(t *testing.T) {
	full := t.TempDir()
	if err := os.WriteFile(filepath.Join(full, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		o    Options
		want string
	}{
		{"no dir", Options{Size: 10}, "no output directory"},
		{"zero size", Options{Dir: t.TempDir()}, "size must be positive"},
		{"bad fraction", Options{Dir: t.TempDir(), Size: 10, Conflicts: 1.5}, "between 0 and 1"},
		{"not empty", Options{Dir: full, Size: 10}, "not empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Generate(tc.o)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func TestParseSize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
	}{
		{"100MB", 100_000_000},
		{"10mb", 10_000_000},
		{"500KB", 500_000},
		{"65536", 65536},
		{"1.5GB", 1_500_000_000},
		{"2MiB", 2 << 20},
		{"64KiB", 64 << 10},
		{" 12 kb ", 12_000},
		{"300B", 300},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseSize(tc.in)
			if err != nil || got != tc.want {
				t.Errorf("ParseSize(%q) = %d, %v; want %d", tc.in, got, err, tc.want)
			}
		})
	}
	for _, in := range []string{"", "MB", "-5MB", "0", "ten", "5TB", "0.1B"} {
		t.Run("bad "+in, func(t *testing.T) {
			if n, err := ParseSize(in); err == nil {
				t.Errorf("ParseSize(%q) = %d, want an error", in, n)
			}
		})
	}
}

// BenchmarkGenerate measures generation alone, without the file system.
func BenchmarkGenerate(b *testing.B) {
	o := DefaultOptions()
	o.Size = 20_000_000
	b.SetBytes(o.Size)
	start := cputime.Used()
	for b.Loop() {
		if _, err := generate(o, discard{}); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start, o.Size)
}

// reportCPU reports MB written per CPU-second used, all threads counted.
func reportCPU(b *testing.B, start time.Duration, size int64) {
	if used := cputime.Used() - start; used > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/used.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkGenerateDir measures writing a corpus to a directory, as the
// command does.
func BenchmarkGenerateDir(b *testing.B) {
	o := DefaultOptions()
	o.Size = 20_000_000
	b.SetBytes(o.Size)
	start := cputime.Used()
	for b.Loop() {
		o.Dir = b.TempDir()
		if _, err := Generate(o); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start, o.Size)
}
