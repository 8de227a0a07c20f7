//go:build !linux

package facts

// A walkRoot is a directory Expand walked; only on Linux are files opened
// relative to it (see open_linux.go).
type walkRoot struct{ rel int }

// openRoot returns nil: files are opened by their paths.
func openRoot(string) *walkRoot { return nil }

// openIn opens path for reading.
func openIn(_ *walkRoot, path string) (rawFile, error) { return openFile(path) }

// A dirEntry is a name in a directory, and whether it is a directory
// (not a link to one) or a regular file.
type dirEntry struct {
	name         string
	dir, regular bool
}

// readDir lists the directory path sorted by name.
func readDir(_ *walkRoot, path string, _ bool) ([]dirEntry, error) {
	return readDirPlain(path)
}
