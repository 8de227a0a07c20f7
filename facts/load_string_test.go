package facts

// The loaders take a file's bytes as a string; these are their forms for
// bytes, as tests give them, not knowing whether the text is plain.

func normalize(name string, src []byte) *Document { return normalizeString(name, string(src), false) }

func loadHTML(name string, src []byte) (*Document, error) {
	return loadHTMLString(name, string(src), false)
}

func loadMarkdown(name string, src []byte) (*Document, error) {
	return loadMarkdownString(name, string(src), false)
}

func loadJSON(name string, src []byte) (*Document, error) {
	return loadJSONString(name, string(src), false)
}
