package facts

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/factlint/factlint/source"
)

// An Input is one document to read: a file, or standard input when Path is
// "-".
type Input struct {
	Path string
}

// Name returns the name facts carry for the input.
func (in Input) Name() string {
	if in.Path == "-" {
		return "<stdin>"
	}
	return in.Path
}

// loaders maps a file extension to the function that turns the file's bytes
// into a Document.
var loaders = map[string]func(name string, src []byte) (*Document, error){
	".txt":  loadText,
	".text": loadText,
	".md":   loadMarkdown,
	".html": loadHTML,
	".htm":  loadHTML,
	".json": loadJSON,
}

// Supported reports whether files with path's extension are read when a
// directory is walked. A JSON file is read only when it looks like an IPTC
// ninjs document, since a folder of articles may hold other JSON files.
func Supported(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	if _, ok := loaders[ext]; !ok {
		return false
	}
	return ext != ".json" || looksLikeNinjs(path)
}

// looksLikeNinjs reports whether the file at path is a JSON object with a
// "uri" member, as every ninjs document is.
func looksLikeNinjs(path string) bool {
	src, err := os.ReadFile(path)
	if err != nil {
		return true // let Load report the error
	}
	s := strings.TrimLeft(string(src), " \t\r\n\ufeff")
	return strings.HasPrefix(s, "{") && strings.Contains(s, `"uri"`)
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
		var found []Input
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return inputError(path, err)
			}
			if !d.IsDir() && Supported(path) {
				found = append(found, Input{Path: path})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(found) == 0 {
			return nil, &source.Error{Pos: source.Position{Filename: p}, Code: source.CodeInput, Msg: "no documents found (looked for " + strings.Join(extensions(), ", ") + ")"}
		}
		sort.Slice(found, func(i, j int) bool { return found[i].Path < found[j].Path })
		out = append(out, found...)
	}
	return out, nil
}

func extensions() []string {
	var exts []string
	for e := range loaders {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	return exts
}

// Load reads and decodes one input. stdin is read for "-".
func Load(in Input, stdin io.Reader) (*Document, error) {
	var src []byte
	var err error
	if in.Path == "-" {
		src, err = io.ReadAll(stdin)
	} else {
		src, err = os.ReadFile(in.Path)
	}
	if err != nil {
		return nil, inputError(in.Name(), err)
	}
	load, ok := loaders[strings.ToLower(filepath.Ext(in.Path))]
	if !ok {
		load = loadText // a file named on the command line is read as text
	}
	return load(in.Name(), src)
}

// loadText reads plain text, normalised (see normalize.go).
func loadText(name string, src []byte) (*Document, error) {
	if err := checkText(name, src); err != nil {
		return nil, err
	}
	return normalize(name, src), nil
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
