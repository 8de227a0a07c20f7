package dsl

import (
	"errors"
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"github.com/factlint/factlint/source"
)

// A ReadFunc reads a rule file by name: os.ReadFile, or fs.ReadFile over an
// embedded file system.
type ReadFunc func(name string) ([]byte, error)

// Load parses the rule file name and, depth first, every file it includes,
// each once. An include names a file relative to the including file. The
// result lists included files before the files that include them. A cycle of
// includes is an error at the include that closes it, naming the chain.
func Load(name string, read ReadFunc) ([]*File, error) {
	l := &loader{read: read, done: map[string]bool{}}
	l.load(name, nil, source.Pos{})
	return l.files, finish(l.errs)
}

type loader struct {
	read  ReadFunc
	done  map[string]bool
	stack []string
	files []*File
	errs  source.ErrorList
}

func (l *loader) load(name string, _ []string, at source.Pos) {
	key := filepath.Clean(name)
	for i, s := range l.stack {
		if s == key {
			chain := append(append([]string(nil), l.stack[i:]...), key)
			l.errs.Add(at, CodeInclude, "include cycle: %s", strings.Join(chain, " → "))
			return
		}
	}
	if l.done[key] {
		return
	}
	l.done[key] = true
	src, err := l.read(name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		if at.IsValid() {
			l.errs.Add(at, CodeInclude, "cannot include %s: %s", name, err)
		} else {
			l.errs = append(l.errs, &source.Error{Pos: source.Position{Filename: name}, Code: source.CodeInput, Msg: err.Error()})
		}
		return
	}
	f, err := ParseFile(name, src)
	if err != nil {
		var list source.ErrorList
		if errors.As(err, &list) {
			l.errs = append(l.errs, list...)
		}
		return
	}
	l.stack = append(l.stack, key)
	for _, d := range f.Decls {
		if inc, ok := d.(*IncludeDecl); ok {
			l.load(joinRel(name, inc.Path.Value), nil, inc.Path.Start)
		}
	}
	l.stack = l.stack[:len(l.stack)-1]
	l.files = append(l.files, f)
}

// joinRel resolves an included name against the including file's directory.
func joinRel(from, name string) string {
	if filepath.IsAbs(name) {
		return name
	}
	if strings.Contains(from, "/") && !strings.Contains(from, `\`) {
		return path.Join(path.Dir(from), name)
	}
	return filepath.Join(filepath.Dir(from), name)
}
