// Command factlint checks that documents about one story agree on the facts
// they state, by the rules in a rule file.
package main

import "os"

func main() {
	setGC(os.Getenv)
	os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
