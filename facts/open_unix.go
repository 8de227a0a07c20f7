//go:build unix

package facts

import (
	"io/fs"
	"os"
	"syscall"
)

// openFile opens path for reading, as os.Open does but without offering the
// file to the runtime's poller: os.Open makes three more system calls per
// file (set non-blocking, register with epoll, which refuses a regular file,
// clear non-blocking), a third of reading a small article. Reads block, as
// they do for a regular file anyway.
func openFile(path string) (*os.File, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: path, Err: err}
		}
		return os.NewFile(uintptr(fd), path), nil
	}
}
