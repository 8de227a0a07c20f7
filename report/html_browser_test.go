package report

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/factlint/factlint/checker"
)

// chromium returns the path of a Chromium or Chrome binary, or "" when none
// is installed.
func chromium() string {
	if p := os.Getenv("FACTLINT_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts headless Chromium for one test and returns its context.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := chromium()
	if path == "" {
		t.Skip("no Chromium found (apt-get install -y chromium, or set FACTLINT_CHROMIUM): skipping the HTML report's browser test")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	return ctx
}

// writePage renders r as HTML into a temporary file and returns its URL.
func writePage(t *testing.T, r *checker.Report) string {
	t.Helper()
	var b bytes.Buffer
	if err := HTML(&b, r, Options{}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// TestHTMLInBrowser opens the seeds' report in headless Chromium: all six
// conflicts are visible with their words highlighted, and the filters work
// (which also shows that the page's own script runs under its
// Content-Security-Policy). With -update it writes the screenshot the README
// shows.
func TestHTMLInBrowser(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	page := writePage(t, seedsReport(t))
	ctx := browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(page)); err != nil {
		t.Fatal(err)
	}
	if got := eval[int](t, ctx, `document.querySelectorAll("section.finding:not([hidden])").length`); got != 6 {
		t.Errorf("%d conflicts visible, want 6", got)
	}
	marks := eval[[]string](t, ctx, `Array.from(document.querySelectorAll(".disagrees mark")).map(m => m.textContent.slice(0, 40))`)
	want := []string{"as many as 25 countries", "31 allied nations", "Georgia Meloni", "Emanuel Macron", "President", "“The world needs action, not a study, no"}
	if !equal(marks, want) {
		t.Errorf("disagreeing words highlighted: %q, want %q", marks, want)
	}
	if got := eval[int](t, ctx, `document.querySelectorAll("section.finding .sources .source").length`); got != 16 {
		t.Errorf("%d source columns, want 16 (one per mention)", got)
	}
	if got := eval[string](t, ctx, `getComputedStyle(document.querySelector(".sources")).display`); got != "grid" {
		t.Errorf("sources are laid out as %q, want side by side in a grid", got)
	}

	if *update {
		shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(wd, "testdata", "html-report.png"), shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// Filter by rule, then by severity.
	visible := `Array.from(document.querySelectorAll("section.finding:not([hidden]) h2")).map(h => h.textContent)`
	eval[bool](t, ctx, `(() => { const s = document.getElementById("rule-filter"); s.value = "military-chiefs-count-agrees"; s.dispatchEvent(new Event("change")); return true })()`)
	if got := eval[[]string](t, ctx, visible); len(got) != 1 || !bytes.Contains([]byte(got[0]), []byte("Military chiefs")) {
		t.Errorf("filtered by rule, visible: %q, want only the military chiefs' conflict", got)
	}
	eval[bool](t, ctx, `(() => { const s = document.getElementById("rule-filter"); s.value = ""; s.dispatchEvent(new Event("change")); return true })()`)
	if err := chromedp.Do(ctx, chromedp.Click(`#filters input[value=error]`)); err != nil {
		t.Fatal(err)
	}
	if got := eval[[]string](t, ctx, visible); len(got) != 4 {
		t.Errorf("with errors unticked, visible: %q, want the four warnings", got)
	}
	if err := chromedp.Do(ctx, chromedp.Click(`#filters input[value=warning]`)); err != nil {
		t.Fatal(err)
	}
	if got := eval[[]string](t, ctx, visible); len(got) != 0 {
		t.Errorf("with errors and warnings unticked, visible: %q, want none", got)
	}
	if hidden := eval[bool](t, ctx, `document.getElementById("nothing").hidden`); hidden {
		t.Error(`"no finding matches" is hidden when nothing is shown`)
	}
}

// TestHTMLRunsNoArticleMarkup checks in Chromium that an article carrying
// <script> and onerror= markup runs nothing, and shows the markup as text.
func TestHTMLRunsNoArticleMarkup(t *testing.T) {
	t.Chdir("..")
	dir := t.TempDir()
	evil := "Leaders of 26 nations joined the virtual call on Saturday.\n\n" +
		`Officials said the video call <script>document.title="pwned";window.pwned=1</script> drew leaders of 40 nations <img src=x onerror="document.title='pwned-img';window.pwned=2"> <svg onload="window.pwned=3"></svg> on Saturday.` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "evil.txt"), []byte(evil), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := checkCorpus(t, "rules/coalition.rules", "seeds", filepath.Join(dir, "evil.txt"))
	page := writePage(t, rep)
	ctx := browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(page)); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](t, ctx, `document.title`); got != "factlint report" {
		t.Errorf("document.title is %q: article markup ran", got)
	}
	if got := eval[string](t, ctx, `typeof window.pwned`); got != "undefined" {
		t.Errorf("window.pwned is set: article markup ran")
	}
	if got := eval[int](t, ctx, `document.querySelectorAll("main script, main img, main svg").length`); got != 0 {
		t.Errorf("%d script, img or svg elements inside the report body, want none", got)
	}
	text := eval[string](t, ctx, `document.querySelector("main").innerText`)
	for _, want := range []string{`<script>document.title="pwned";window.pwned=1</script>`, `onerror="document.title='pwned-img';window.pwned=2"`, "40 nations"} {
		if !bytes.Contains([]byte(text), []byte(want)) {
			t.Errorf("the page does not show %q as text", want)
		}
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
