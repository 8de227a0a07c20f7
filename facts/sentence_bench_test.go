package facts

import "testing"

// BenchmarkSentencesArchive splits every document of the generated archive
// into sentences, as Extract does (with the File's line table for a plain
// text): the splitter alone on a corpus too large for the branch predictor
// to learn.
func BenchmarkSentencesArchive(b *testing.B) {
	docs, size := archiveDocs(b)
	var out []Sentence
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			var lines []int
			if d.File != nil && d.File.Text() == d.Text {
				lines = d.File.LFLineStarts()
			}
			out = sentencesInto(d.Text, lines, out)
		}
	}
}

// BenchmarkLowerArchive lowers the text of every document of the
// generated archive, as tokenizeInto does.
func BenchmarkLowerArchive(b *testing.B) {
	docs, size := archiveDocs(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			lowerInPlace(d.Text)
		}
	}
}
