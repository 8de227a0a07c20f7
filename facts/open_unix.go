//go:build unix

package facts

import (
	"io"
	"io/fs"
	"syscall"
)

// A rawFile is an open file read with plain system calls, not an *os.File:
// os.Open makes three more system calls per file (set non-blocking,
// register with epoll, which refuses a regular file, clear non-blocking),
// a third of reading a small article; and an *os.File, its Stat and its
// Close allocate and register a cleanup, about 1,500 instructions a file.
// Reads block, as they do for a regular file anyway.
type rawFile struct{ fd int }

// openFile opens path for reading.
func openFile(path string) (rawFile, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return rawFile{-1}, &fs.PathError{Op: "open", Path: path, Err: err}
		}
		return rawFile{fd}, nil
	}
}

// Read reads into p, as os.File's Read does: io.EOF at the end, the
// system's error (an errno) otherwise.
func (f rawFile) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	p = p[:min(len(p), 1<<30)] // as os.File: no single read of more than 1 GiB
	for {
		n, err := syscall.Read(f.fd, p)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, err
		}
		if n == 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

// size returns the file's size when it is a regular file.
func (f rawFile) size() (int64, bool) {
	var st syscall.Stat_t
	for {
		err := syscall.Fstat(f.fd, &st)
		if err == syscall.EINTR {
			continue
		}
		if err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
			return 0, false
		}
		return st.Size, true
	}
}

// Close closes the file.
func (f rawFile) Close() error { return syscall.Close(f.fd) }
