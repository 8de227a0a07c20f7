//go:build linux

package facts

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"syscall"
	"testing"
)

// TestWalkMatchesWalkPlain holds walk to walkPlain (filepath.WalkDir) and
// Expand's order to a plain sort of its paths, over a tree with every kind
// of entry Expand meets: supported and other files, ninjs and other JSON,
// names that sort between a directory's and its files', links to files and
// to directories, a named pipe, empty and nested directories, and roots
// given with a trailing slash, a dot, relative, and as a link.
func TestWalkMatchesWalkPlain(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "root")
	files := map[string]string{
		"a.txt": "A", "b.md": "# B", "c.html": "<p>C</p>", "d.json": `{"uri":"u","body_text":"D"}`, "e.json": `[1]`,
		"f.go": "package f", "G.TXT": "G", "sub/x.txt": "X", "sub.txt": "S", "sub-a/y.md": "Y", "sub/deeper/z.htm": "Z",
		"sub/deeper/more/w.text": "W", "sub0/v.txt": "V", "é/u.txt": "U",
	}
	for name, src := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 400 { // more than one read of the directory
		files[fmt.Sprintf("many/article-%03d-with-a-longer-name-than-most.txt", i)] = "M"
	}
	for name, src := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range []string{"empty", "sub/empty"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for link, to := range map[string]string{"link.txt": "a.txt", "dirlink": "sub", "dirlink.txt": "sub", "dangling.md": "nowhere"} {
		if err := os.Symlink(to, filepath.Join(root, link)); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(root, "pipe.txt"), 0o644); err != nil {
		t.Log("no named pipe:", err)
	}
	if err := os.Symlink("root", filepath.Join(dir, "rootlink")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	for _, r := range []string{root, root + "/", root + "/.", root + "//sub/..", "root", "./root/", "root/sub", "rootlink", filepath.Join(dir, "rootlink")} {
		got, err := walk(r)
		want, wantErr := walkPlain(r)
		if err != nil || wantErr != nil {
			t.Fatalf("walk(%q): %v; walkPlain: %v", r, err, wantErr)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("walk(%q) =\n%v\nwant\n%v", r, got, want)
		}
		if len(want) == 0 {
			continue
		}
		in, err := Expand([]string{r})
		if err != nil {
			t.Fatal(err)
		}
		sort.Slice(want, func(i, j int) bool { return want[i].Path < want[j].Path })
		if !reflect.DeepEqual(in, want) {
			t.Fatalf("Expand(%q) =\n%v\nwant\n%v", r, in, want)
		}
	}
	if _, err := walk(filepath.Join(dir, "missing")); err == nil {
		t.Error("walk of a missing directory: no error")
	}
}
