package main

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/report"
	"github.com/factlint/factlint/source"
)

// An output is one --format: a renderer and where it writes, standard
// output when path is empty. A file is written atomically: into a
// temporary file beside it, renamed over it only when complete.
type output struct {
	format string
	path   string
	render report.Renderer
	tmp    *os.File // the temporary file, between open and write
	forget func()   // stops the interrupt handler removing tmp
}

// open creates the temporary file for a file output.
func (o *output) open() error {
	if o.path == "" {
		return nil
	}
	if info, err := os.Stat(o.path); err == nil && info.IsDir() {
		return o.error(errors.New("is a directory"))
	}
	tmp, err := os.CreateTemp(filepath.Dir(o.path), "."+filepath.Base(o.path)+".*.tmp")
	if err != nil {
		return o.error(err)
	}
	o.tmp = tmp
	o.forget = registerTemp(tmp.Name())
	return nil
}

// write renders the report to standard output, or into the temporary file
// and then over the real one.
func (o *output) write(e *env, r *checker.Report, opts report.Options) error {
	if o.path == "" {
		return o.render(e.stdout, r, opts)
	}
	return o.commit(func(w io.Writer) error { return o.render(w, r, opts) })
}

// commit writes the temporary file with fill and renames it over the real
// file. On any failure the temporary file is removed and the real file is
// left as it was.
func (o *output) commit(fill func(io.Writer) error) error {
	tmp := o.tmp
	o.tmp = nil
	defer o.forget()
	b := bufio.NewWriter(tmp)
	err := fill(b)
	if err == nil {
		err = b.Flush()
	}
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), o.path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return o.error(err)
	}
	return nil
}

// abort removes the temporary file of an output that was not written.
func (o *output) abort() {
	if o.tmp != nil {
		o.tmp.Close()
		os.Remove(o.tmp.Name())
		o.tmp = nil
		o.forget()
	}
}

// error names the output path, not the temporary file, in an error.
func (o *output) error(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	return &source.Error{Pos: source.Position{Filename: o.path}, Code: source.CodeOutput, Msg: "cannot write " + o.format + " report: " + err.Error()}
}
