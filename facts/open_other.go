//go:build !unix

package facts

import "os"

// A rawFile is an open file.
type rawFile struct{ *os.File }

// openFile opens path for reading.
func openFile(path string) (rawFile, error) {
	f, err := os.Open(path)
	return rawFile{f}, err
}

// size returns the file's size when it is a regular file.
func (f rawFile) size() (int64, bool) {
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		return 0, false
	}
	return info.Size(), true
}
