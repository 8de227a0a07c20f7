package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/factlint/factlint/source"
)

// writeAtomic replaces path with data so that a reader, or a kill at any
// moment, sees the old file or the new one, never a mix: the data goes to a
// temporary file in the same directory, is synced, and is renamed over path.
// An existing file keeps its permissions; a new one gets 0644. On failure no
// temporary file is left behind.
func writeAtomic(path string, data []byte) error {
	perm := fs.FileMode(0o644)
	if info, err := os.Stat(path); err == nil {
		perm = info.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return inputError(path, err)
	}
	forget := registerTemp(tmp.Name())
	defer forget()
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return inputError(path, err)
	}
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return inputError(path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return inputError(path, err)
	}
	if err := tmp.Close(); err != nil {
		return inputError(path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return inputError(path, err)
	}
	return nil
}

// inputError names the file an I/O error is about, once.
func inputError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &source.Error{Pos: source.Position{Filename: path}, Code: source.CodeInput, Msg: err.Error()}
}
