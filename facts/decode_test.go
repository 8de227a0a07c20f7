package facts

import (
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// decodeSource is what loadBytes makes of a file's bytes before its loader:
// decodeStart and the check for invalid UTF-8.
func decodeSource(name string, src []byte) (out []byte, warnings []*Warning, skip bool) {
	out, warnings, skip, check := decodeStart(name, src)
	if check {
		warnings = checkUTF8(name, string(out), warnings)
	}
	return out, warnings, skip
}

func TestDecodeSource(t *testing.T) {
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("Leaders of 26 nations met.\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		src     []byte
		out     string
		warning string
		skip    bool
	}{
		{"plain", []byte("26 nations"), "26 nations", "", false},
		{"utf-8 bom dropped", []byte("\xEF\xBB\xBF26 nations"), "26 nations", "", false},
		{"utf-16 with bom decoded", utf16, "Leaders of 26 nations met.\n", "", false},
		{"binary skipped", []byte("PK\x03\x04\x00\x00rest"), "", "a.txt: binary file (NUL byte at offset 4); skipped", true},
		{"empty", []byte(" \n\t"), " \n\t", "a.txt: empty file; no facts", false},
		{"invalid utf-8 placed", []byte("ok line\nbad \xff byte"), "ok line\nbad \xff byte", "a.txt:2:5: invalid UTF-8 at byte offset 12; extraction continues", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, warns, skip := decodeSource("a.txt", tt.src)
			if string(out) != tt.out || skip != tt.skip {
				t.Errorf("got %q skip=%v, want %q skip=%v", out, skip, tt.out, tt.skip)
			}
			got := ""
			if len(warns) > 0 {
				got = warns[0].Error()
			}
			if got != tt.warning {
				t.Errorf("warning = %q, want %q", got, tt.warning)
			}
		})
	}
}
