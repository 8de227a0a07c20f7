package dsl

import (
	"os"
	"testing"
)

func BenchmarkParseCoalition(b *testing.B) {
	src, err := os.ReadFile("../rules/coalition.rules")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseFile("coalition.rules", src); err != nil {
			b.Fatal(err)
		}
	}
}
