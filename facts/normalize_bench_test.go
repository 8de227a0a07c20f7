package facts

import (
	"encoding/json"
	"html"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/cputime"
)

func BenchmarkNormalizeText(b *testing.B) {
	src := seedText(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	defer reportCPU(b, int64(len(src)), cputime.Used())
	for b.Loop() {
		normalize("seeds.txt", src)
	}
}

func BenchmarkLoadMarkdown(b *testing.B) {
	src := []byte("---\noutlet: Example\npublished: 2025-03-15\n---\n" + strings.ReplaceAll(string(seedText(b)), "\n", "\n\n"))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	defer reportCPU(b, int64(len(src)), cputime.Used())
	for b.Loop() {
		if _, err := loadMarkdown("seeds.md", src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadHTML(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("<html><body><nav>Home</nav><article>")
	for _, line := range strings.Split(string(seedText(b)), "\n") {
		sb.WriteString("<p>" + html.EscapeString(line) + "</p>\n")
	}
	sb.WriteString("</article></body></html>")
	src := []byte(sb.String())
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	defer reportCPU(b, int64(len(src)), cputime.Used())
	for b.Loop() {
		if _, err := loadHTML("seeds.html", src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadNinjs(b *testing.B) {
	body, _ := json.Marshal(string(seedText(b)))
	src := []byte(`{"uri":"urn:x","headline":"H","body_text":` + string(body) + `}`)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	defer reportCPU(b, int64(len(src)), cputime.Used())
	for b.Loop() {
		if _, err := loadJSON("seeds.json", src); err != nil {
			b.Fatal(err)
		}
	}
}
