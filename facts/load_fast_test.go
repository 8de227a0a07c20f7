package facts

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"
)

// plainSpanPlain is plainSpan a byte at a time.
func plainSpanPlain(s string, i int) int {
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] == '\r' {
			return i
		}
	}
	return len(s)
}

// nonASCIIPlain is nonASCII a byte at a time.
func nonASCIIPlain(s string, i int) int {
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i
		}
	}
	return len(s)
}

// checkPlainSpans holds plainSpan and nonASCII to their plain forms at every
// starting index of s.
func checkPlainSpans(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s); i++ {
		if got, want := plainSpan(s, i), plainSpanPlain(s, i); got != want {
			t.Fatalf("plainSpan(%q, %d) = %d, want %d", s, i, got, want)
		}
		if got, want := nonASCII(s, i), nonASCIIPlain(s, i); got != want {
			t.Fatalf("nonASCII(%q, %d) = %d, want %d", s, i, got, want)
		}
	}
}

func TestSpansMatchPlain(t *testing.T) {
	base := "The council voted 7-2 on Tuesday to approve the budget."
	for _, odd := range []string{"\r", "\r\n", "é", "\x80", "\x7f", "\x0c", "\x8d", "\xff", "’"} {
		for at := 0; at <= len(base); at++ {
			checkPlainSpans(t, base[:at]+odd+base[at:])
		}
	}
	checkPlainSpans(t, "")
	checkPlainSpans(t, base)
}

func FuzzSpans(f *testing.F) {
	f.Add("plain ascii text, long enough for eight-byte words\r\n")
	f.Add("caf\u00e9 \u2019quoted\u2019 \r")
	f.Fuzz(func(t *testing.T, s string) {
		// Every offset's span, quadratic in the input: the first KiB holds
		// every case of the eight-byte scan (see FuzzJSONStrSpan).
		if len(s) > 1<<10 {
			s = s[:1<<10]
		}
		checkPlainSpans(t, s)
	})
}

// TestReadAllMatchesReadAll holds readAll to io.ReadAll over a reader
// limited to limit+1 bytes, for true, stale (the file grew or shrank since
// its size was taken) and unknown sizes. A reader that fills its buffer
// stands for a regular file, which is read short only at its end.
func TestReadAllMatchesReadAll(t *testing.T) {
	for _, n := range []int{0, 1, 7, 100, 4096} {
		src := bytes.Repeat([]byte("abcdefg\n"), n)[:n*8/7]
		for _, size := range []int64{-1, 0, int64(len(src)) / 2, int64(len(src)), int64(len(src)) + 3} {
			for _, limit := range []int64{0, 5, int64(len(src)) - 1, int64(len(src)), 1 << 20} {
				if limit < 0 || size > limit {
					continue // readFile refuses it before reading
				}
				want, _ := io.ReadAll(io.LimitReader(bytes.NewReader(src), limit+1))
				got, err := readAll(bytes.NewReader(src), size, limit)
				if err != nil || !bytes.Equal(got, want) {
					t.Errorf("len %d size %d limit %d: readAll = %d bytes, %v; want %d bytes", len(src), size, limit, len(got), err, len(want))
				}
				if size == int64(len(src)) || size < 0 {
					got, err := readAll(iotest.OneByteReader(bytes.NewReader(src)), size, limit)
					if err != nil || !bytes.Equal(got, want) {
						t.Errorf("one byte a read, len %d size %d limit %d: readAll = %d bytes, %v; want %d bytes", len(src), size, limit, len(got), err, len(want))
					}
				}
			}
		}
	}
}

// readFileCopy is readFile with the bytes copied out of a pooled buffer.
func readFileCopy(in Input, limit int64) ([]byte, error) {
	src, pooled, err := readFile(in, limit)
	if pooled != nil {
		src = bytes.Clone(src)
		readPool.Put(pooled)
	}
	return src, err
}

// TestReadRegularMatchesReadFile holds the reading of a regular file that
// Expand found (one read into a pooled buffer, no size) to readFile's
// reading of any file, around the buffer's size and the limit.
func TestReadRegularMatchesReadFile(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{0, 1, 100, readChunk - 1, readChunk, readChunk + 1, 3*readChunk + 7} {
		src := bytes.Repeat([]byte("abcdefg\n"), n/8+1)[:n]
		path := filepath.Join(dir, fmt.Sprintf("f%d.txt", n))
		if err := os.WriteFile(path, src, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, limit := range []int64{1, 99, 100, readChunk - 1, readChunk, readChunk + 5, 3 * readChunk, DefaultMaxSize} {
			want, wantErr := readFileCopy(Input{Path: path}, limit)
			got, err := readFileCopy(Input{Path: path, regular: true}, limit)
			if fmt.Sprint(err) != fmt.Sprint(wantErr) || !bytes.Equal(got, want) || (got == nil) != (want == nil) {
				t.Errorf("len %d limit %d: read %d bytes, %v; want %d bytes, %v", n, limit, len(got), err, len(want), wantErr)
			}
		}
		json := append([]byte(" {\"a\":\""), src...)
		for _, end := range []string{`","uri":"u"}`, `"}`} {
			if err := os.WriteFile(path, append(json, end...), 0o644); err != nil {
				t.Fatal(err)
			}
			if got, want := (Input{Path: path, regular: true}).ninjs(), (Input{Path: path}).ninjs(); got != want {
				t.Errorf("len %d, ending %s: ninjs = %v, want %v", n, end, got, want)
			}
		}
	}
	inputs, err := Expand([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range inputs {
		if !in.regular {
			t.Errorf("Expand: %s not known as a regular file", in.Path)
		}
	}
}

// mdPlainPlain is mdSeen's plain a byte at a time, without the table.
func mdPlainPlain(t string) bool {
	if t == "" || t[len(t)-1] == ' ' {
		return false
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; c < 0x20 || strings.IndexByte("\\`*_[]!<\x7f", c) >= 0 {
			return false
		}
	}
	return true
}

// checkMdSeen holds mdSeen to mdPlainPlain and to what s holds.
func checkMdSeen(t *testing.T, s string) {
	t.Helper()
	seen, ok := mdSeen(s)
	if want := mdPlainPlain(s); ok != want {
		t.Fatalf("mdSeen(%q) plain = %v, want %v", s, ok, want)
	}
	if !ok {
		return
	}
	var want uint8
	if strings.IndexByte(s, '&') >= 0 {
		want |= mdAmp
	}
	if nonASCIIPlain(s, 0) < len(s) {
		want |= mdNonASCII
	}
	if seen != want {
		t.Fatalf("mdSeen(%q) = %b, want %b", s, seen, want)
	}
}

func TestMdPlainMatchesPlain(t *testing.T) {
	base := "Leaders of 26 nations met in Brussels on Tuesday, officials said."
	if _, ok := mdSeen(base); !ok {
		t.Fatal("plain text refused")
	}
	for c := range 256 {
		for _, at := range []int{0, 1, 7, 8, 9, 30, len(base) - 1} {
			s := base[:at] + string(rune(c))[:1] + base[at:]
			if c >= 0x80 {
				s = base[:at] + string([]byte{byte(c)}) + base[at:]
			}
			for _, end := range []int{len(s), len(s) - 3, at + 1, 5} {
				if end < 0 || end > len(s) {
					continue
				}
				checkMdSeen(t, s[:end])
			}
		}
	}
}

func FuzzMdPlain(f *testing.F) {
	f.Add("Leaders of 26 nations met in Brussels [on] Tuesday.")
	f.Add("caf\u00e9 \u2019quoted\u2019 *x* ")
	f.Fuzz(func(t *testing.T, s string) { checkMdSeen(t, s) })
}
