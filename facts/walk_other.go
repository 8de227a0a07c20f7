//go:build !linux

package facts

// walk walks the directory root and returns the supported files in it, in
// the walk's order.
func walk(root string) ([]Input, error) { return walkPlain(root) }
