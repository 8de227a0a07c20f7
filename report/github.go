package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/factlint/factlint/checker"
)

// GitHub writes GitHub Actions workflow commands, one line per flagged
// mention (see flagged): "::error file=PATH,line=N,col=N,…,title=RULE::MESSAGE",
// warning for warnings and notice for infos, so the mentions show as
// annotations on the pull request. A long message is cut (see
// shortMessage): each line repeats it.
func GitHub(w io.Writer, r *checker.Report, o Options) error {
	b := bufio.NewWriter(w)
	for i := range r.Findings {
		f := &r.Findings[i]
		level := "notice"
		switch f.Severity {
		case checker.SeverityError:
			level = "error"
		case checker.SeverityWarning:
			level = "warning"
		}
		msg := ghData(shortMessage(f.Message))
		ms := flagged(f)
		if len(ms) == 0 {
			fmt.Fprintf(b, "::%s title=%s::%s\n", level, ghProperty(f.Rule), msg)
			continue
		}
		for _, m := range ms {
			props := []string{"file=" + ghProperty(relPath(m.Source, o.BaseDir))}
			if m.Pos.Line > 0 {
				props = append(props,
					fmt.Sprintf("line=%d", m.Pos.Line), fmt.Sprintf("col=%d", m.Pos.Column),
					fmt.Sprintf("endLine=%d", m.End.Line), fmt.Sprintf("endColumn=%d", m.End.Column))
			}
			props = append(props, "title="+ghProperty(f.Rule))
			fmt.Fprintf(b, "::%s %s::%s\n", level, strings.Join(props, ","), msg)
		}
	}
	return b.Flush()
}

// ghData escapes a workflow command's message: %, \r and \n, and shows
// other control characters (escape sequences in a CI log) as text.
func ghData(s string) string {
	return ghDataReplacer.Replace(escapeControls(s, "\r\n\t"))
}

var ghDataReplacer = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

// ghProperty escapes a workflow command's property value: as data, and also
// the separators : and ,.
func ghProperty(s string) string {
	return ghPropertyReplacer.Replace(escapeControls(s, "\r\n\t"))
}

var ghPropertyReplacer = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
