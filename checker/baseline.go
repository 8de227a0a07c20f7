package checker

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/source"
)

// BaselineVersion is the version of the baseline file's shape.
const BaselineVersion = 1

// StaleRule is the name and ID of the findings for baseline entries that no
// longer match anything.
const StaleRule = "stale-baseline"

// A Baseline is a reviewed set of findings that should no longer fail a
// check: each entry matches a finding by a fingerprint that survives edits
// elsewhere in the sources (it hashes the rule, the mentions' texts and
// their sources, not line numbers).
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`

	name string // the file it was read from, for stale findings
	src  []byte
}

// A BaselineEntry is one accepted finding. Rule, Message and Mentions are
// there for the reviewer reading the file; only Fingerprint matches.
type BaselineEntry struct {
	Fingerprint string   `json:"fingerprint"`
	Rule        string   `json:"rule"`
	Message     string   `json:"message"`
	Mentions    []string `json:"mentions"`
	Reason      string   `json:"reason,omitempty"`
	Reviewer    string   `json:"reviewer,omitempty"`
}

// Fingerprint returns a finding's stable identity: a hash of its rule ID and
// the sorted, normalised texts and sources of its mentions.
func Fingerprint(f Finding) string {
	var parts []string
	for _, m := range f.Mentions {
		src := path.Clean(strings.ReplaceAll(m.Source, "\\", "/"))
		parts = append(parts, src+"\x00"+foldSpace(m.Text))
	}
	sort.Strings(parts)
	h := sha256.New()
	io.WriteString(h, f.RuleID)
	for _, p := range parts {
		io.WriteString(h, "\x01"+p)
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))[:32]
}

// NewBaseline records the report's findings. Reasons and reviewers of
// entries in prev (which may be nil) with the same fingerprint are kept.
func NewBaseline(r *Report, prev *Baseline) *Baseline {
	kept := map[string]BaselineEntry{}
	if prev != nil {
		for _, e := range prev.Findings {
			kept[e.Fingerprint] = e
		}
	}
	b := &Baseline{Version: BaselineVersion, Findings: []BaselineEntry{}}
	seen := map[string]bool{}
	for _, f := range r.Findings {
		fp := Fingerprint(f)
		if seen[fp] {
			continue
		}
		seen[fp] = true
		e := BaselineEntry{Fingerprint: fp, Rule: f.RuleID, Message: f.Message}
		for _, m := range f.Mentions {
			e.Mentions = append(e.Mentions, fmt.Sprintf("%s:%d: %s", m.Source, m.Pos.Line, m.Text))
		}
		if old, ok := kept[fp]; ok {
			e.Reason, e.Reviewer = old.Reason, old.Reviewer
		}
		b.Findings = append(b.Findings, e)
	}
	return b
}

// Write writes the baseline as indented JSON.
func (b *Baseline) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// ReadBaseline reads a baseline file's contents; name is used in errors and
// in stale findings.
func ReadBaseline(name string, src []byte) (*Baseline, error) {
	var b Baseline
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, &source.Error{Pos: baselinePos(name, src, err), Code: source.CodeInput, Msg: "bad baseline: " + strings.TrimPrefix(err.Error(), "json: ")}
	}
	if b.Version != BaselineVersion {
		return nil, &source.Error{Pos: source.Position{Filename: name}, Code: source.CodeInput, Msg: fmt.Sprintf("baseline version %d, expected %d", b.Version, BaselineVersion)}
	}
	for i, e := range b.Findings {
		if !strings.HasPrefix(e.Fingerprint, "sha256:") {
			return nil, &source.Error{Pos: source.Position{Filename: name}, Code: source.CodeInput, Msg: fmt.Sprintf("baseline entry %d has no sha256 fingerprint", i+1)}
		}
	}
	b.name, b.src = name, src
	return &b, nil
}

// baselinePos places a JSON error in the file when the decoder says where.
func baselinePos(name string, src []byte, err error) source.Position {
	var off int64 = -1
	switch e := err.(type) {
	case *json.SyntaxError:
		off = e.Offset - 1 // the offset is just after the bad byte
	case *json.UnmarshalTypeError:
		off = e.Offset
	}
	if off < 0 || off > int64(len(src)) {
		return source.Position{Filename: name}
	}
	return lineCol(name, src, int(off))
}

func lineCol(name string, src []byte, off int) source.Position {
	line := 1 + bytes.Count(src[:off], []byte("\n"))
	col := 1 + utf8.RuneCount(src[bytes.LastIndexByte(src[:off], '\n')+1:off])
	return source.Position{Filename: name, Offset: off, Line: line, Column: col}
}

// Apply hides the report's findings that the baseline accepts, counts them
// in r.Baselined, updates the rules' statuses, and adds a warning for every
// entry that matched nothing: a stale entry should be removed.
func (b *Baseline) Apply(r *Report) {
	a := b.Applier()
	r.Findings = a.Hide(r.Findings)
	a.Finish(r)
}

// A BaselineApplier applies a baseline to findings that come a story at a
// time: Hide each story's findings as they come, then Finish the report
// that holds the rules.
type BaselineApplier struct {
	b       *Baseline
	entries map[string]bool // the baseline's fingerprints
	used    map[string]bool // those that matched a finding
	failing map[string]bool // rule IDs with a finding kept
	hidden  int
}

// Applier returns an applier of the baseline.
func (b *Baseline) Applier() *BaselineApplier {
	a := &BaselineApplier{b: b, entries: map[string]bool{}, used: map[string]bool{}, failing: map[string]bool{}}
	for _, e := range b.Findings {
		a.entries[e.Fingerprint] = true
	}
	return a
}

// Hide returns the findings the baseline does not accept.
func (a *BaselineApplier) Hide(fs []Finding) []Finding {
	var kept []Finding
	for _, f := range fs {
		fp := Fingerprint(f)
		if a.entries[fp] {
			a.used[fp] = true
			a.hidden++
			continue
		}
		a.failing[f.RuleID] = true
		kept = append(kept, f)
	}
	return kept
}

// Finish counts the hidden findings in r.Baselined, passes the rules whose
// every finding was hidden, and adds to r a warning for every entry that
// matched nothing and a rule result for the baseline itself.
func (a *BaselineApplier) Finish(r *Report) {
	b := a.b
	r.Baselined += a.hidden
	for i := range r.Rules {
		if r.Rules[i].Status == StatusFail && !a.failing[r.Rules[i].ID] {
			r.Rules[i].Status = StatusPass
		}
	}
	used := a.used
	stale := 0
	for _, e := range b.Findings {
		if used[e.Fingerprint] {
			continue
		}
		stale++
		pos := source.Position{Filename: b.name}
		if k := bytes.Index(b.src, []byte(e.Fingerprint)); k >= 0 {
			pos = lineCol(b.name, b.src, k)
		}
		r.Findings = append(r.Findings, Finding{
			Rule: StaleRule, RuleID: StaleRule, Severity: SeverityWarning,
			Message:  fmt.Sprintf("baseline entry for %s matches no finding; remove it (it was: %s)", e.Rule, e.Message),
			Mentions: []Mention{{Source: b.name, Pos: pos, End: pos, Text: e.Fingerprint, Agrees: false}},
		})
	}
	if len(b.Findings) > 0 {
		res := RuleResult{Name: StaleRule, ID: StaleRule, Severity: SeverityWarning, Status: StatusPass, Mentions: len(b.Findings), Sources: 1}
		if stale > 0 {
			res.Status = StatusFail
		}
		r.Rules = append(r.Rules, res)
	}
}
