package facts

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/factlint/factlint/source"
)

// An Input is one document to read: a file, or standard input when Path is
// "-".
type Input struct {
	Path string

	// MaxSize is the largest input read, in bytes; a larger one is an
	// error naming the file and the limit. Zero means DefaultMaxSize.
	MaxSize int64

	// regular is true when Expand found the input in a directory listing
	// as a regular file: its type is known without a system call, and so
	// a read that comes back short has reached its end (see readRegular).
	regular bool

	// root, when not nil, is the directory Expand found the input under,
	// held open: the input is opened relative to it (see walkRoot).
	root *walkRoot
}

// DefaultMaxSize is the size limit of an input, far above any article: a
// document is held in memory whole while its facts are extracted, so the
// limit bounds the memory a run takes.
const DefaultMaxSize = 16 << 20

// Name returns the name facts carry for the input.
func (in Input) Name() string {
	if in.Path == "-" {
		return "<stdin>"
	}
	return in.Path
}

// loaders maps a file extension to the function that turns the file's bytes
// into a Document.
//
// A loader is told plain when unchanged(src) is true (see loadBytes); when
// false, it may or may not be.
var loaders = map[string]func(name, src string, plain bool) (*Document, error){
	".txt":  loadText,
	".text": loadText,
	".md":   loadMarkdownString,
	".html": loadHTMLString,
	".htm":  loadHTMLString,
	".json": loadJSONString,
}

// Supported reports whether files with path's extension are read when a
// directory is walked. A JSON file is read only when it looks like an IPTC
// ninjs document, since a folder of articles may hold other JSON files.
func Supported(path string) bool {
	return Input{Path: path}.supported()
}

// supported is Supported for the input, which Expand found in a
// directory listing.
func (in Input) supported() bool {
	ext := strings.ToLower(filepath.Ext(in.Path))
	if _, ok := loaders[ext]; !ok {
		return false
	}
	return ext != ".json" || in.ninjs()
}

// ninjs reports whether the input's file is a JSON object with a "uri"
// member, as every ninjs document is. A regular file no longer than a
// pooled buffer is read into it, without its size or a copy.
//
// Keeping the bytes of a ninjs file for Load, not to open and read it
// twice, saved the 1,428 JSON files of a 100 MB archive 1,428 opens, reads
// and closes (about 10 M of its 360 M kernel instructions), but held their
// 6.4 MB from the walk on, which raised the collector's goal: 4,000 more
// page faults and a peak of 84 MB instead of 63-72 MB, for no gain seen.
func (in Input) ninjs() bool {
	path, regular := in.Path, in.regular
	f, err := openIn(in.root, path)
	if err != nil {
		return true // let Load report the error
	}
	defer f.Close()
	var src []byte
	if regular {
		p := readPool.Get().(*[]byte)
		defer readPool.Put(p)
		var done bool
		if src, done, err = readShort(f, *p, DefaultMaxSize-1); !done && err == nil {
			src, err = readRest(f, src, DefaultMaxSize-1)
		}
	} else {
		size := int64(-1)
		if n, ok := f.size(); ok {
			size = min(n, DefaultMaxSize)
		}
		src, err = readAll(f, size, DefaultMaxSize-1)
	}
	if err != nil {
		return true
	}
	s := bytes.TrimLeft(src, " \t\r\n\ufeff")
	return bytes.HasPrefix(s, []byte("{")) && bytes.Contains(s, []byte(`"uri"`))
}

// Expand turns command-line paths into inputs: files as given, directories
// walked recursively in sorted order keeping supported files, "-" as standard
// input. Errors name the path.
func Expand(paths []string) ([]Input, error) {
	var out []Input
	for _, p := range paths {
		if p == "-" {
			out = append(out, Input{Path: "-"})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return nil, inputError(p, err)
		}
		if !info.IsDir() {
			out = append(out, Input{Path: p})
			continue
		}
		found, err := walk(p)
		if err != nil {
			return nil, err
		}
		if len(found) == 0 {
			return nil, &source.Error{Pos: source.Position{Filename: p}, Code: source.CodeInput, Msg: "no documents found (looked for " + strings.Join(extensions(), ", ") + ")"}
		}
		// The walk lists each directory sorted by name, which is the
		// paths' order unless a name sorts before a directory's name it
		// begins with ("a.txt" and "a/"): the check is cheaper than the sort.
		byPath := func(a, b Input) int { return strings.Compare(a.Path, b.Path) }
		if !slices.IsSortedFunc(found, byPath) {
			slices.SortFunc(found, byPath)
		}
		out = append(out, found...)
	}
	return out, nil
}

// walk lists the supported documents under root as filepath.WalkDir
// visits them, with its errors, but without its callback and its
// filepath.Join for each entry: below root's own entries a directory's
// path is clean, and a name from it is one element, so joining them is
// concatenating them (Expand over an archive of 22,046 documents: 176 M
// -> 141 M instructions; the whole job 10.17 G -> 10.14 G).
func walk(root string) ([]Input, error) {
	info, err := os.Lstat(root)
	if err != nil {
		return nil, inputError(root, err)
	}
	if !info.IsDir() {
		// A symbolic link to a directory is not walked into.
		if in := (Input{Path: root, regular: info.Mode().IsRegular()}); in.supported() {
			return []Input{in}, nil
		}
		return nil, nil
	}
	// The paths found begin with the clean root (filepath.Join cleans
	// it), so their rest names them relative to it.
	top := openRoot(filepath.Clean(root))
	ents, err := readDir(top, root, true)
	if err != nil {
		return nil, inputError(root, err)
	}
	// The root's entries: their paths, and the root to open them from.
	type entry struct {
		path string
		at   *walkRoot
		dirEntry
	}
	es := make([]entry, len(ents))
	at, dirs := top, 0
	for i, d := range ents {
		p := filepath.Join(root, d.name)
		if at != nil && len(p)-len(d.name) != at.rel {
			at = nil // not so after all: open by path
		}
		es[i] = entry{p, at, d}
		if d.dir {
			dirs++
		}
	}
	// Each directory's documents, walked on every core: an archive's root
	// holds a directory a story, and listing them comes before any is
	// read (a 100 MB archive's 4,905 on two cores: 51–66 ms -> 37–47 ms
	// of a 0.8 s job; one core lists them one by one, as before). The
	// first error in the root's order is the walk's, as when walked one by
	// one.
	subs, errs := make([][]Input, len(es)), make([]error, len(es))
	walkDir := func(i int) { errs[i] = walkBelow(&subs[i], es[i].path, es[i].at) }
	n := min(walkWorkers(), dirs)
	if n > 1 {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range n {
			wg.Go(func() {
				for i := int(next.Add(1) - 1); i < len(es); i = int(next.Add(1) - 1) {
					if es[i].dir {
						walkDir(i)
					}
				}
			})
		}
		wg.Wait()
	}
	var found []Input
	for i, e := range es {
		if e.dir {
			if n <= 1 {
				walkDir(i) // one by one, in order
			}
			if errs[i] != nil {
				return nil, errs[i]
			}
			found = append(found, subs[i]...)
		} else if in := (Input{Path: e.path, regular: e.regular, root: e.at}); in.supported() {
			found = append(found, in)
		}
	}
	return found, nil
}

// walkWorkers is how many goroutines walk a root's directories (a
// variable so that a test can walk them one by one, or on many).
var walkWorkers = func() int { return runtime.GOMAXPROCS(0) }

// walkBelow appends to found the documents below directory path, whose
// path names it relative to at when at is not nil. Below the root a
// directory's path is clean, and a name from it is one element, so
// joining them is concatenating them.
func walkBelow(found *[]Input, path string, at *walkRoot) error {
	ents, err := readDir(at, path, false)
	if err != nil {
		return inputError(path, err)
	}
	for _, d := range ents {
		p := path + string(filepath.Separator) + d.name
		if d.dir {
			if err := walkBelow(found, p, at); err != nil {
				return err
			}
		} else if in := (Input{Path: p, regular: d.regular, root: at}); in.supported() {
			*found = append(*found, in)
		}
	}
	return nil
}

// readDirPlain lists the directory path with os.ReadDir.
func readDirPlain(path string) ([]dirEntry, error) {
	ds, err := os.ReadDir(path)
	if err != nil {
		return nil, err
	}
	ents := make([]dirEntry, len(ds))
	for i, d := range ds {
		ents[i] = dirEntry{name: d.Name(), dir: d.IsDir(), regular: d.Type().IsRegular()}
	}
	return ents, nil
}

func extensions() []string {
	var exts []string
	for e := range loaders {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	return exts
}

// Load reads and decodes one input. stdin is read for "-". Problems that
// do not stop the run (an empty file, a binary file, invalid UTF-8) are
// the document's Warnings; a binary file gives an empty document.
func Load(in Input, stdin io.Reader) (*Document, error) {
	src, pooled, err := readInput(in, stdin)
	if err != nil {
		return nil, err
	}
	d, err := loadBytes(in.Name(), strings.ToLower(filepath.Ext(in.Path)), src)
	if pooled != nil {
		readPool.Put(pooled)
	}
	return d, err
}

// loadBytes decodes and loads an input's bytes by its extension ext. It
// keeps nothing of src: the document holds one string copy of the bytes it
// loads, for its File and its loader's parsing both.
func loadBytes(name, ext string, src []byte) (*Document, error) {
	load, ok := loaders[ext]
	if !ok {
		load = loadText // a file named on the command line is read as text
	}
	src, warnings, skip, check := decodeStart(name, src)
	if skip || len(bytes.TrimSpace(src)) == 0 {
		load = loadText // nothing to parse: an empty document
	}
	s := string(src)
	// Text that normalising leaves alone is valid UTF-8 (unchanged refuses
	// an invalid byte): most files are, and this one look at their bytes
	// stands for utf8.Valid's, and tells the loader too.
	plain := false
	if check {
		if plain = unchanged(s); !plain {
			warnings = checkUTF8(name, s, warnings)
		}
	}
	d, err := load(name, s, plain)
	if err != nil {
		return nil, err
	}
	d.Warnings = append(warnings, d.Warnings...)
	return d, nil
}

// readInput reads an input's bytes, refusing one larger than its MaxSize.
// When pooled is not nil, src is in that buffer of readPool, which the
// caller puts back when done with src.
func readInput(in Input, stdin io.Reader) (src []byte, pooled *[]byte, err error) {
	limit := in.MaxSize
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	if in.Path == "-" {
		src, err = readAll(stdin, -1, limit)
	} else {
		src, pooled, err = readFile(in, limit)
	}
	if err != nil {
		return nil, nil, err
	}
	if int64(len(src)) > limit {
		if pooled != nil {
			readPool.Put(pooled)
		}
		return nil, nil, tooLarge(in.Name(), -1, limit)
	}
	return src, pooled, nil
}

// readFile reads the file of a named input, refusing one whose size is
// over limit; it may return up to limit+1 bytes when the size was not known.
// When pooled is not nil, src is in that buffer of readPool (see
// readRegular).
func readFile(in Input, limit int64) (src []byte, pooled *[]byte, err error) {
	f, err := openIn(in.root, in.Path)
	if err != nil {
		return nil, nil, inputError(in.Name(), err)
	}
	defer f.Close()
	if in.regular {
		return readRegular(f, in, limit)
	}
	size, ok := f.size()
	if !ok {
		size = -1 // unknown
	} else if size > limit {
		return nil, nil, tooLarge(in.Name(), size, limit)
	}
	src, err = readAll(f, size, limit)
	if err != nil {
		return nil, nil, inputError(in.Name(), err)
	}
	return src, nil, nil
}

// readRegular is readFile for a regular file that Expand found: the file is
// read first into a pooled buffer, and one that fits (a read that comes
// back short has reached the end of a regular file) is returned in it,
// without the system call that takes its size: a fifth of the system calls
// of reading an article, and on this machine about 1 µs and 1,500
// instructions. The loader makes its one string copy of the bytes from the
// buffer: copying them out of it first was one more copy of every article.
// A larger file, or one whose first read fills the buffer, is read as
// readFile reads any file, with its size, going on from the bytes read.
func readRegular(f rawFile, in Input, limit int64) ([]byte, *[]byte, error) {
	p := readPool.Get().(*[]byte)
	src, done, err := readShort(f, *p, limit)
	if err != nil {
		readPool.Put(p)
		return nil, nil, inputError(in.Name(), err)
	}
	if done {
		return src, p, nil
	}
	defer readPool.Put(p)
	size, ok := f.size()
	if !ok {
		size = -1
	} else if size > limit {
		return nil, nil, tooLarge(in.Name(), size, limit)
	}
	b := make([]byte, len(src), max(size, int64(len(src)))+1)
	copy(b, src)
	if int64(len(b)) == size {
		return b, nil, nil
	}
	if src, err = readFrom(f, b, size, limit); err != nil {
		return nil, nil, inputError(in.Name(), err)
	}
	return src, nil, nil
}

// readChunk is the size of readPool's buffers: far above most articles.
const readChunk = 64 << 10

var readPool = sync.Pool{New: func() any { b := make([]byte, readChunk); return &b }}

// readShort makes one read of a regular file f into buf, of at most limit+1
// bytes. done is true, with the bytes, when the read came back short: the
// file ends there. Else the bytes read fill buf, or limit+1 bytes of it.
func readShort(f rawFile, buf []byte, limit int64) (src []byte, done bool, err error) {
	buf = buf[:min(int64(len(buf)), limit+1)]
	n, err := f.Read(buf)
	if err == io.EOF {
		return buf[:0], true, nil
	}
	if err != nil {
		return nil, false, err
	}
	return buf[:n], n < len(buf), nil
}

// readRest reads the rest of a file after its first bytes src, to its end
// or limit+1 bytes in all, as readAll does with the size unknown.
func readRest(f rawFile, src []byte, limit int64) ([]byte, error) {
	return readFrom(f, src, -1, limit)
}

// readAll reads r to its end, or to limit+1 bytes. It is io.ReadAll with a
// first buffer for size bytes, when known (-1 when not), and room for the
// read that finds the end: a file is read with one allocation and no
// copying instead of io.ReadAll's growing from 512 bytes.
//
// A read that brings the bytes to the known size ends the reading without
// the read that would find the end: a regular file is read short only at its
// end, so that read could only find bytes written since its size was taken,
// as a read just after would. It was one system call in five of reading an
// article, on this machine about 2,500 cycles a file.
//
// readAll is generic so that a rawFile is not boxed in an interface.
func readAll[R io.Reader](r R, size, limit int64) ([]byte, error) {
	if size < 0 {
		return io.ReadAll(io.LimitReader(r, limit+1))
	}
	return readFrom(r, make([]byte, 0, size+1), size, limit)
}

// readFrom is readAll going on after the bytes b already read (fewer than
// limit+1), in a buffer with room for size+1 bytes when size is known.
func readFrom[R io.Reader](r R, b []byte, size, limit int64) ([]byte, error) {
	if len(b) == cap(b) && int64(len(b)) <= limit {
		b = append(b, 0)[:len(b)]
	}
	for {
		p := b[len(b):cap(b)]
		if rest := limit + 1 - int64(len(b)); int64(len(p)) > rest {
			p = p[:rest]
		}
		if len(p) == 0 { // limit+1 bytes read
			return b, nil
		}
		n, err := r.Read(p)
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if n > 0 && int64(len(b)) == size {
			return b, nil
		}
		if len(b) == cap(b) { // the file grew since its size was taken
			b = append(b, 0)[:len(b)]
		}
	}
}

// tooLarge is the error for an input over the size limit; size is -1 when
// not known (standard input).
func tooLarge(name string, size, limit int64) error {
	msg := "larger than"
	if size >= 0 {
		msg = fmt.Sprintf("%s, larger than", mib(size))
	}
	return &source.Error{Pos: source.Position{Filename: name}, Code: source.CodeInput,
		Msg: fmt.Sprintf("%s the %s limit on an input; raise it with --max-size", msg, mib(limit))}
}

// mib formats a size in bytes as MiB, or bytes when small.
func mib(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d bytes", n)
	}
	return strings.TrimSuffix(strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64), ".0") + " MiB"
}

// loadText reads plain text, normalised (see normalize.go).
func loadText(name, src string, plain bool) (*Document, error) {
	return normalizeString(name, src, plain), nil
}

// inputError turns an OS error into a source.Error naming the path once.
func inputError(path string, err error) error {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	return &source.Error{Pos: source.Position{Filename: path}, Code: source.CodeInput, Msg: msg}
}
