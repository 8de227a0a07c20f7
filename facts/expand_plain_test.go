package facts

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// expandPlain is Expand's walk of a directory as it was, with
// filepath.WalkDir and a sort of every path, which walk and Expand's
// check for order replaced.
func expandPlain(p string) ([]Input, error) {
	var found []Input
	err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return inputError(path, err)
		}
		if !d.IsDir() {
			if in := (Input{Path: path, regular: d.Type().IsRegular()}); in.supported() {
				found = append(found, in)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(found, func(i, j int) bool { return found[i].Path < found[j].Path })
	return found, nil
}

// TestExpandWalkPlain holds Expand to expandPlain over a tree whose names
// sort apart from their paths, with symbolic links, documents of every
// kind and files that are not documents, from roots written several ways.
func TestExpandWalkPlain(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt": "x", "a/1.txt": "x", "a/b.md": "x", "a-b/c.html": "x", "a.b/d.txt": "x",
		"a/b/1.txt": "x", "a/z.txt": "x", "z/n.json": `{"uri": "u"}`, "z/o.json": `[1]`,
		"z/p.bin": "x", "Z/Q.TXT": "x", ".hidden/h.txt": "x", "a/b/c/d/e.md": "x",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(dir, "a"), filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "z/l.txt")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	defer func(w func() int) { walkWorkers = w }(walkWorkers)
	for _, workers := range []int{1, 4} { // the root's directories one by one, and on several goroutines
		walkWorkers = func() int { return workers }
		expandMatchesPlain(t, dir)
	}
}

// expandMatchesPlain holds Expand to expandPlain from roots written
// several ways, dir being the tree's and the working directory.
func expandMatchesPlain(t *testing.T, dir string) {
	t.Helper()
	for _, root := range []string{dir, dir + "/", dir + "//a/../a", ".", "./", "a", "./a/", "a/b", "link", filepath.Join(dir, "link"), "z"} {
		want, werr := expandPlain(root)
		got, gerr := Expand([]string{root})
		if len(want) == 0 && werr == nil {
			if gerr == nil {
				t.Errorf("Expand(%q) = %v, want no documents found", root, got)
			}
			continue
		}
		if (gerr == nil) != (werr == nil) || (gerr != nil && gerr.Error() != werr.Error()) {
			t.Errorf("Expand(%q): error %v, want %v", root, gerr, werr)
			continue
		}
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(Input{}), cmpopts.IgnoreFields(Input{}, "root")); diff != "" {
			t.Errorf("Expand(%q) differs from the plain walk (-want +got):\n%s", root, diff)
		}
		// An input Expand found, opened relative to its root, is read as
		// its path alone is.
		for _, in := range got {
			src, err := readInputCopy(in)
			want, werr := readInputCopy(Input{Path: in.Path})
			if fmt.Sprint(err) != fmt.Sprint(werr) || !bytes.Equal(src, want) {
				t.Errorf("Expand(%q): %s read as %q, %v; want %q, %v", root, in.Path, src, err, want, werr)
			}
		}
	}
}

// readInputCopy is readInput with the bytes copied out of the pool.
func readInputCopy(in Input) ([]byte, error) {
	src, pooled, err := readInput(in, nil)
	if pooled != nil {
		src = bytes.Clone(src)
		readPool.Put(pooled)
	}
	return src, err
}
