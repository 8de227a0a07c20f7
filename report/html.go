package report

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/checker"
)

// HTML writes one self-contained page for an editor: a summary on top, then
// each conflict with its sources side by side and each mention's sentence
// with the mention's words highlighted — red where it disagrees, green where
// it sides with the largest agreeing group — and filters by rule and
// severity. It loads nothing from the network; html/template escapes all
// article text, and a Content-Security-Policy allows only the page's own
// script, so markup in an article cannot run even if it slipped through.
func HTML(w io.Writer, r *checker.Report, _ Options) error {
	d := htmlData{Summary: summaryLine(r), Script: template.JS(htmlScript)}
	sum := sha256.Sum256([]byte(htmlScript))
	d.ScriptHash = "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
	seenRule := map[string]bool{}
	for i := range r.Rules {
		res := &r.Rules[i]
		hr := htmlRule{Name: hs(res.Name), ID: res.ID, Severity: res.Severity.String(), Status: string(res.Status)}
		for _, v := range res.Values {
			hr.Values = append(hr.Values, htmlValue{Value: hs(v.Value), Sources: plural(len(v.Sources), "source"), Title: hs(strings.Join(v.Sources, "\n"))})
		}
		d.Rules = append(d.Rules, hr)
	}
	seenSev := map[string]bool{}
	for i := range r.Findings {
		f := &r.Findings[i]
		hf := htmlFinding{N: i + 1, Rule: hs(f.Rule), RuleID: hs(f.RuleID), Severity: f.Severity.String(), Message: hs(f.Message)}
		if f.RulePos.IsValid() {
			hf.RulePos = f.RulePos.String()
		}
		if !seenRule[f.RuleID] {
			seenRule[f.RuleID] = true
			d.RuleOptions = append(d.RuleOptions, htmlOption{ID: hs(f.RuleID), Name: hs(f.Rule)})
		}
		seenSev[hf.Severity] = true
		idx := map[string]int{}
		for _, m := range f.Mentions {
			j, ok := idx[m.Source]
			if !ok {
				j = len(hf.Sources)
				idx[m.Source] = j
				hf.Sources = append(hf.Sources, htmlSource{Name: hs(m.Source)})
			}
			hm := htmlMention{Agrees: m.Agrees, Text: hs(m.Text), Reading: hs(reading(&m)), Where: "place unknown"}
			if m.Pos.Line > 0 {
				hm.Where = fmt.Sprintf("line %d, column %d", m.Pos.Line, m.Pos.Column)
			}
			hm.Before, hm.Mark, hm.After = highlight(&m)
			hm.Before, hm.Mark, hm.After = hs(hm.Before), hs(hm.Mark), hs(hm.After)
			hf.Sources[j].Mentions = append(hf.Sources[j].Mentions, hm)
		}
		d.Findings = append(d.Findings, hf)
	}
	for _, s := range []string{"error", "warning", "info"} {
		if seenSev[s] {
			d.Severities = append(d.Severities, s)
		}
	}
	return htmlTemplate.Execute(w, d)
}

// hs shows the control and bidi characters of article text as \uXXXX, so
// that they cannot reorder or hide what the page shows; html/template does
// the HTML escaping.
func hs(s string) string { return escapeControls(s, "\n") }

// highlight splits a mention's sentence around its text: by the recorded
// offsets when they are sound, else by finding the text in the sentence.
// When the text is not in the sentence, the whole sentence comes back in
// before.
func highlight(m *checker.Mention) (before, mark, after string) {
	s := m.Sentence
	a, b := m.SentStart, m.SentEnd
	if !(0 <= a && a < b && b <= len(s) && utf8.RuneStart(s[a]) && (b == len(s) || utf8.RuneStart(s[b]))) {
		a = -1
		if m.Text != "" {
			a = strings.Index(s, m.Text)
		}
		if a < 0 {
			return s, "", ""
		}
		b = a + len(m.Text)
	}
	return s[:a], s[a:b], s[b:]
}

type htmlData struct {
	Summary     string
	Rules       []htmlRule
	RuleOptions []htmlOption
	Severities  []string
	Findings    []htmlFinding
	Script      template.JS
	ScriptHash  string
}

type htmlRule struct {
	Name, ID, Severity, Status string
	Values                     []htmlValue
}

type htmlValue struct{ Value, Sources, Title string }

type htmlOption struct{ ID, Name string }

type htmlFinding struct {
	N                                        int
	Rule, RuleID, Severity, Message, RulePos string
	Sources                                  []htmlSource
}

type htmlSource struct {
	Name     string
	Mentions []htmlMention
}

type htmlMention struct {
	Agrees               bool
	Text, Reading, Where string
	Before, Mark, After  string
}

// htmlScript applies the filters. Its hash goes into the page's
// Content-Security-Policy, which allows no other script.
const htmlScript = `
(function () {
  var rule = document.getElementById("rule-filter");
  var sevs = document.querySelectorAll("#filters input[name=severity]");
  function apply() {
    var want = {}, shown = 0;
    sevs.forEach(function (c) { want[c.value] = c.checked; });
    document.querySelectorAll("section.finding").forEach(function (s) {
      var ok = (!rule.value || s.dataset.rule === rule.value) && want[s.dataset.severity];
      s.hidden = !ok;
      if (ok) shown++;
    });
    document.getElementById("shown").textContent = shown;
    document.getElementById("nothing").hidden = shown > 0;
  }
  rule.addEventListener("change", apply);
  sevs.forEach(function (c) { c.addEventListener("change", apply); });
  apply();
})();
`

var htmlTemplate = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '{{.ScriptHash}}'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>factlint report</title>
<style>
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1d1d1f; background: #f6f6f4; }
header, main { max-width: 80rem; margin: 0 auto; padding: 1rem 1.5rem; }
header { background: #fff; border-bottom: 1px solid #ddd; max-width: none; }
header > * { max-width: 80rem; margin-left: auto; margin-right: auto; }
h1 { font-size: 1.4rem; margin: .2rem auto; }
table.rules { border-collapse: collapse; margin: .8rem auto; width: 100%; }
table.rules th, table.rules td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #e4e4e4; vertical-align: top; }
table.rules ul { margin: 0; padding: 0; list-style: none; }
.status-fail { color: #b3261e; font-weight: 600; }
.status-pass { color: #1b7f3b; }
.status-no-facts { color: #777; }
#filters { display: flex; gap: 1.2rem; align-items: center; flex-wrap: wrap; padding: .4rem 0; }
section.finding { background: #fff; border: 1px solid #ddd; border-left: 6px solid #999; border-radius: 6px; margin: 1rem 0; padding: .6rem 1rem 1rem; }
section.sev-error { border-left-color: #b3261e; }
section.sev-warning { border-left-color: #c77700; }
section.sev-info { border-left-color: #2f5fb3; }
section.finding h2 { font-size: 1.1rem; margin: .3rem 0; }
.badge { display: inline-block; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; padding: .05rem .45rem; border-radius: 3px; color: #fff; background: #777; vertical-align: middle; }
.sev-error .badge { background: #b3261e; }
.sev-warning .badge { background: #c77700; }
.sev-info .badge { background: #2f5fb3; }
.rulepos { color: #777; font-size: .85rem; }
.sources { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: .8rem; }
.source { border: 1px solid #e4e4e4; border-radius: 4px; padding: .4rem .7rem; background: #fcfcfb; min-width: 0; }
.source h3 { font-size: .85rem; font-family: ui-monospace, monospace; margin: .2rem 0 .4rem; overflow-wrap: anywhere; }
.mention { margin: .5rem 0; }
.where { font-size: .8rem; color: #555; margin: 0; }
blockquote { margin: .2rem 0; padding-left: .6rem; border-left: 3px solid #ddd; overflow-wrap: anywhere; }
mark { padding: 0 .15rem; border-radius: 2px; }
.disagrees mark { background: #f9d2cf; outline: 1px solid #b3261e; }
.agrees mark { background: #d3f0da; }
.verdict { font-weight: 600; }
.disagrees .verdict { color: #b3261e; }
.agrees .verdict { color: #1b7f3b; }
</style>
</head>
<body>
<header>
<h1>factlint report</h1>
<p id="summary">{{.Summary}}</p>
<table class="rules">
<thead><tr><th>rule</th><th>severity</th><th>status</th><th>values seen</th></tr></thead>
<tbody>
{{- range .Rules}}
<tr><td>{{.Name}}</td><td>{{.Severity}}</td><td class="status-{{.Status}}">{{.Status}}</td><td><ul>{{range .Values}}<li title="{{.Title}}">{{.Value}} — {{.Sources}}</li>{{else}}<li>—</li>{{end}}</ul></td></tr>
{{- end}}
</tbody>
</table>
{{- if .Findings}}
<form id="filters">
<label>Rule <select id="rule-filter"><option value="">all rules</option>{{range .RuleOptions}}<option value="{{.ID}}">{{.Name}}</option>{{end}}</select></label>
<span>Severity {{range .Severities}}<label><input type="checkbox" name="severity" value="{{.}}" checked> {{.}}</label> {{end}}</span>
<span><span id="shown">{{len .Findings}}</span> shown</span>
</form>
{{- end}}
</header>
<main>
{{- range .Findings}}
<section class="finding sev-{{.Severity}}" id="finding-{{.N}}" data-rule="{{.RuleID}}" data-severity="{{.Severity}}">
<h2><span class="badge">{{.Severity}}</span> {{.Rule}}{{if .RulePos}} <span class="rulepos">{{.RulePos}}</span>{{end}}</h2>
<p class="message">{{.Message}}</p>
<div class="sources">
{{- range .Sources}}
<article class="source">
<h3>{{.Name}}</h3>
{{- range .Mentions}}
<div class="mention {{if .Agrees}}agrees{{else}}disagrees{{end}}">
<p class="where"><span class="verdict">{{if .Agrees}}✓ agrees{{else}}✗ disagrees{{end}}</span> · {{.Where}} · read as {{.Reading}}</p>
<blockquote>{{.Before}}{{if .Mark}}<mark>{{.Mark}}</mark>{{end}}{{.After}}</blockquote>
{{- if not .Mark}}
<p class="where">says: <mark>{{.Text}}</mark></p>
{{- end}}
</div>
{{- end}}
</article>
{{- end}}
</div>
</section>
{{- else}}
<p>No conflicts found.</p>
{{- end}}
<p id="nothing" hidden>No finding matches the filters.</p>
</main>
{{- if .Findings}}
<script>{{.Script}}</script>
{{- end}}
</body>
</html>
`))
