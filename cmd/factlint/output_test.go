package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutputAtomic checks that a report file is replaced whole or not at
// all: a renderer that fails half-way leaves the old file and no temporary
// file behind.
func TestOutputAtomic(t *testing.T) {
	tests := []struct {
		name    string
		fill    func(io.Writer) error
		want    string
		wantErr string
	}{
		{"complete", func(w io.Writer) error { _, err := io.WriteString(w, "new report\n"); return err }, "new report\n", ""},
		{"fails half-way", func(w io.Writer) error {
			io.WriteString(w, strings.Repeat("half", 10000))
			return errors.New("renderer broke")
		}, "old report\n", "report.txt: cannot write json report: renderer broke"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "report.txt")
			if err := os.WriteFile(path, []byte("old report\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			o := &output{format: "json", path: path}
			if err := o.open(); err != nil {
				t.Fatal(err)
			}
			err := o.commit(tt.fill)
			if tt.wantErr == "" && err != nil {
				t.Fatalf("commit: %v", err)
			}
			if tt.wantErr != "" && (err == nil || !strings.HasSuffix(err.Error(), tt.wantErr)) {
				t.Fatalf("commit: got error %v, want one ending %q", err, tt.wantErr)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("file holds %.40q, want %q", got, tt.want)
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(entries) != 1 {
				var names []string
				for _, e := range entries {
					names = append(names, e.Name())
				}
				t.Errorf("directory holds %v, want only report.txt", names)
			}
		})
	}
}

// TestProgress checks that the bar appears only for runs of at least
// progressMin documents and only on a terminal.
func TestProgress(t *testing.T) {
	tests := []struct {
		name     string
		terminal bool
		total    int
		want     bool
	}{
		{"few documents", true, progressMin - 1, false},
		{"many documents", true, progressMin, true},
		{"not a terminal", false, progressMin * 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			p := newProgress(&b) // a buffer is not a terminal
			if tt.terminal {
				p = &progress{w: &b}
			}
			for i := 1; i <= tt.total; i++ {
				p.step(i, tt.total)
			}
			p.finish()
			if got := b.Len() > 0; got != tt.want {
				t.Errorf("bar shown: %v, want %v (stderr %q)", got, tt.want, fmt.Sprintf("%.80s", b.String()))
			}
		})
	}
}
