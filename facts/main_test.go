package facts

import (
	"os"
	"testing"
)

// TestMain removes the corpus the load benchmarks generate, once per test
// binary, when the tests are done.
func TestMain(m *testing.M) {
	code := m.Run()
	if loadCorpus.dir != "" {
		os.RemoveAll(loadCorpus.dir)
	}
	os.Exit(code)
}
