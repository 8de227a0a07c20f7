package facts

import "testing"

// BenchmarkScanQuotesArchive is the pairing of quotation marks alone, over
// the generated archive's documents: mostly searches of the whole text.
func BenchmarkScanQuotesArchive(b *testing.B) {
	docs, size := archiveDocs(b)
	b.SetBytes(size)
	var raws []rawQuote
	var parts [][2]int
	for b.Loop() {
		for _, d := range docs {
			raws, parts = scanQuotesInto(raws[:0], parts[:0], d.Text)
		}
	}
}
