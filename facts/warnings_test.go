package facts

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"

	"github.com/factlint/factlint/source"
)

// Bad bytes in an input of any format are warnings, not errors: an empty
// file has no facts, a binary file is skipped, invalid UTF-8 is placed and
// read on, UTF-16 with a byte-order mark is decoded.
func TestLoadWarnings(t *testing.T) {
	utf16 := func(s string) string {
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	bodies := map[string]func(text string) string{
		".txt":  func(s string) string { return s },
		".md":   func(s string) string { return "# Title\n\n" + s },
		".html": func(s string) string { return "<html><body><p>" + s + "</p></body></html>" },
		".json": func(s string) string { return `{"uri": "urn:x", "body_text": "` + s + `"}` },
	}
	dir := t.TempDir()
	for ext, body := range bodies {
		tests := []struct {
			name, content string
			warning       string // prefix after the file name; "" for none
			fact          string // text of a fact expected, "" for no facts
		}{
			{"empty", "", "empty file; no facts", ""},
			{"blank", " \n\t\n", "empty file; no facts", ""},
			{"binary", body("Leaders of 26 nations met.\x00\x01"), "binary file (NUL byte at offset", ""},
			{"invalid utf-8", body("Bad \xff byte. Leaders of 26 nations met."), "invalid UTF-8 at byte offset", "26 nations"},
			{"utf-16 bom", utf16(body("Leaders of 26 nations met.")), "", "26 nations"},
		}
		for _, tt := range tests {
			t.Run(ext+"/"+tt.name, func(t *testing.T) {
				path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "_")+ext)
				if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
					t.Fatal(err)
				}
				d, err := Load(Input{Path: path}, nil)
				if err != nil {
					t.Fatalf("Load: %v", err)
				}
				switch {
				case tt.warning == "" && len(d.Warnings) > 0:
					t.Errorf("warnings %v, want none", d.Warnings)
				case tt.warning != "" && len(d.Warnings) != 1:
					t.Errorf("warnings %v, want one %q", d.Warnings, tt.warning)
				case tt.warning != "":
					w := d.Warnings[0]
					if !strings.HasPrefix(w.Msg, tt.warning) || w.Pos.Filename != path || w.Code != CodeWarning {
						t.Errorf("warning %v (code %s), want %q", w, w.Code, tt.warning)
					}
				}
				fs := Extract(d)
				found := false
				for _, f := range fs {
					found = found || f.Text == tt.fact
				}
				if tt.fact == "" && len(fs) > 0 || tt.fact != "" && !found {
					t.Errorf("facts %v, want %q", fs, tt.fact)
				}
			})
		}
	}
}

// Invalid UTF-8 is placed by line and column as well as byte offset.
func TestLoadInvalidUTF8Position(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.txt")
	if err := os.WriteFile(path, []byte("ok\nab\xffcd"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Load(Input{Path: path}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Warnings) != 1 || d.Warnings[0].Error() != path+":2:3: invalid UTF-8 at byte offset 5; extraction continues" {
		t.Errorf("warnings %v", d.Warnings)
	}
}

// An input over the size limit is an error naming it and the limit; the
// limit applies to standard input too.
func TestLoadTooLarge(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, []byte(strings.Repeat("x", 3000)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, in := range []Input{{Path: path, MaxSize: 2048}, {Path: "-", MaxSize: 2048}} {
		t.Run(in.Name(), func(t *testing.T) {
			_, err := Load(in, strings.NewReader(strings.Repeat("x", 3000)))
			var se *source.Error
			if !errors.As(err, &se) || se.Pos.Filename != in.Name() || !strings.Contains(se.Msg, "larger than the 2048 bytes limit") || !strings.Contains(se.Msg, "--max-size") {
				t.Errorf("error %v", err)
			}
		})
		in.MaxSize = 4096
		if _, err := Load(in, strings.NewReader(strings.Repeat("x", 3000))); err != nil {
			t.Errorf("under the limit: %v", err)
		}
	}
}
