// Command specscore measures factlint's number, percentage, ordinal and
// money extraction against Microsoft Recognizers-Text's English test cases.
//
//	go run ./internal/cmd/specscore [-v] [DIR]
//
// DIR holds NumberModel.json, PercentModel.json, OrdinalModel.json and
// CurrencyModel.json (default ../shared/specs/recognizers-text). A case
// passes when the set of (text, value) pairs found equals the expected set;
// texts compare in lower case, values as numbers to 1e-9 relative. The
// cases are another project's tests: they are read, never copied.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/factlint/factlint/facts"
)

type specCase struct {
	Input   string
	Results []struct {
		Text       string
		Resolution map[string]any
	}
}

// A pair is a figure found or expected: its text and its value.
type pair struct{ text, value string }

// model is how one spec file is measured: what the extractor found in a
// case's input.
type model struct {
	file  string
	found func(input string) []pair
}

var models = []model{
	{"NumberModel.json", numbers},
	{"PercentModel.json", kind(facts.KindPercent)},
	{"OrdinalModel.json", kind(facts.KindOrdinal)},
	{"CurrencyModel.json", kind(facts.KindMoney)},
}

func numbers(input string) []pair {
	var out []pair
	for _, m := range facts.Numbers(input) {
		out = append(out, pair{strings.ToLower(input[m.Start:m.End]), facts.FormatNumber(m.Value)})
	}
	return out
}

func kind(k facts.Kind) func(string) []pair {
	return func(input string) []pair {
		var out []pair
		d := facts.NewDocument("spec", []byte(input))
		for _, f := range facts.Extract(d) {
			if f.Kind != k {
				continue
			}
			text := strings.ToLower(facts.TrimQualifier(f.Text))
			var v string
			switch {
			case len(f.Stated) > 0:
				v = facts.FormatNumber(f.Stated[0])
			case f.Value != "":
				v = f.Value
			default:
				v = "null" // a mention without a figure, as the specs write it
			}
			if k == facts.KindPercent && len(f.Stated) > 0 {
				v += "%"
			}
			out = append(out, pair{text, v})
		}
		return out
	}
}

func main() {
	verbose := flag.Bool("v", false, "list the cases that fail")
	flag.Parse()
	dir := "../shared/specs/recognizers-text"
	if flag.NArg() > 0 {
		dir = flag.Arg(0)
	}
	status := 0
	for _, m := range models {
		pass, total, err := score(filepath.Join(dir, m.file), m, *verbose)
		if err != nil {
			fmt.Fprintf(os.Stderr, "specscore: %v\n", err)
			status = 2
			continue
		}
		fmt.Printf("%-20s %4d/%-4d %5.1f%%\n", m.file, pass, total, 100*float64(pass)/float64(total))
	}
	os.Exit(status)
}

func score(path string, m model, verbose bool) (pass, total int, err error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return 0, 0, err
	}
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	var cases []specCase
	if err := json.Unmarshal(src, &cases); err != nil {
		return 0, 0, fmt.Errorf("%s: %v", path, err)
	}
	for _, c := range cases {
		var want []pair
		for _, r := range c.Results {
			v, _ := r.Resolution["value"].(string)
			want = append(want, pair{strings.ToLower(r.Text), v})
		}
		got := m.found(c.Input)
		if sameSet(want, got) {
			pass++
		} else if verbose {
			fmt.Printf("  FAIL %q\n       want %v\n       got  %v\n", c.Input, dedupe(want), dedupe(got))
		}
	}
	return pass, len(cases), nil
}

func dedupe(ps []pair) []pair {
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].text != ps[j].text {
			return ps[i].text < ps[j].text
		}
		return ps[i].value < ps[j].value
	})
	out := ps[:0:0]
	for i, p := range ps {
		if i == 0 || p != ps[i-1] {
			out = append(out, p)
		}
	}
	return out
}

func sameSet(want, got []pair) bool {
	want, got = dedupe(want), dedupe(got)
	if len(want) != len(got) {
		return false
	}
	used := make([]bool, len(got))
	for _, w := range want {
		found := false
		for k, g := range got {
			if !used[k] && g.text == w.text && sameValue(w.value, g.value) {
				used[k], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// sameValue compares "103.666666666667" with 103.66666666666667, "20%" with
// "20%", and "end-1" with "end-1".
func sameValue(a, b string) bool {
	if a == b {
		return true
	}
	pa, pb := strings.HasSuffix(a, "%"), strings.HasSuffix(b, "%")
	if pa != pb {
		return false
	}
	x, err1 := strconv.ParseFloat(strings.TrimSuffix(a, "%"), 64)
	y, err2 := strconv.ParseFloat(strings.TrimSuffix(b, "%"), 64)
	if err1 != nil || err2 != nil {
		return false
	}
	return math.Abs(x-y) <= 1e-9*math.Max(1, math.Max(math.Abs(x), math.Abs(y)))
}
