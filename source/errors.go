package source

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// Error codes name the stage that produced an error. They are stable: the JSON
// and SARIF reports carry them.
const (
	CodeParse   = "parse"   // the rule file does not follow the grammar
	CodeCompile = "compile" // the rule file parses but means nothing valid
	CodeInput   = "input"   // a document cannot be read or decoded
	CodeUsage   = "usage"   // the command line is wrong
	CodeOutput  = "output"  // a report cannot be written
)

// An Error is a problem at a place in a source file. Msg is lowercase, has
// no final period and no position: Error prints "file:line:col: msg".
type Error struct {
	Pos  Position
	Code string
	Msg  string
	// LineText is the source line Pos points into, for the caret display;
	// empty when unknown.
	LineText string
}

// Errorf returns an Error at p with a formatted message.
func Errorf(p Pos, code, format string, args ...any) *Error {
	e := &Error{Pos: p.Position(), Code: code, Msg: fmt.Sprintf(format, args...)}
	if p.file != nil {
		e.LineText = p.file.Line(e.Pos.Line)
	}
	return e
}

func (e *Error) Error() string {
	if e.Pos.Filename != "" || e.Pos.IsValid() {
		return e.Pos.String() + ": " + e.Msg
	}
	return e.Msg
}

// An ErrorList is a list of *Errors. The zero value is an empty list ready
// to use.
type ErrorList []*Error

// MaxErrors is how many errors an ErrorList reports before "and N more".
const MaxErrors = 10

// Add appends an error at pos with the given code and message.
func (l *ErrorList) Add(p Pos, code, format string, args ...any) {
	*l = append(*l, Errorf(p, code, format, args...))
}

// Len, Swap and Less implement sort.Interface: by file, line, column, message.
func (l ErrorList) Len() int      { return len(l) }
func (l ErrorList) Swap(i, j int) { l[i], l[j] = l[j], l[i] }
func (l ErrorList) Less(i, j int) bool {
	a, b := l[i].Pos, l[j].Pos
	if a.Filename != b.Filename {
		return a.Filename < b.Filename
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	if a.Column != b.Column {
		return a.Column < b.Column
	}
	return l[i].Msg < l[j].Msg
}

// Sort sorts the list in place.
func (l ErrorList) Sort() { sort.Stable(l) }

// RemoveMultiples sorts the list and keeps only the first error per line.
func (l *ErrorList) RemoveMultiples() {
	l.Sort()
	var last Position
	out := (*l)[:0]
	for _, e := range *l {
		if e.Pos.Filename != last.Filename || e.Pos.Line != last.Line || !e.Pos.IsValid() {
			last = e.Pos
			out = append(out, e)
		}
	}
	*l = out
}

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	case 2:
		return fmt.Sprintf("%s (and 1 more error)", l[0])
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns nil when the list is empty, else the list itself.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Print writes err to w the way a person should read it: for positioned
// errors one "file:line:col: message" line each (at most MaxErrors), the
// source line and a caret under the column; other errors as their text.
func Print(w io.Writer, err error) {
	var list ErrorList
	var one *Error
	switch {
	case errors.As(err, &list):
	case errors.As(err, &one):
		list = ErrorList{one}
	default:
		fmt.Fprintln(w, err)
		return
	}
	for i, e := range list {
		if i == MaxErrors {
			fmt.Fprintf(w, "too many errors (%d more)\n", len(list)-MaxErrors)
			break
		}
		fmt.Fprintln(w, e.Error())
		if e.LineText != "" && e.Pos.Column > 0 {
			line := strings.ReplaceAll(e.LineText, "\t", " ")
			fmt.Fprintf(w, "\t%s\n\t%s^\n", line, strings.Repeat(" ", caretIndent(line, e.Pos.Column)))
		}
	}
}

// caretIndent returns how many spaces put a caret under column col of line.
func caretIndent(line string, col int) int {
	n := 0
	for i := 0; i < len(line) && n < col-1; {
		_, size := utf8.DecodeRuneInString(line[i:])
		i += size
		n++
	}
	return n
}
