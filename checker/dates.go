package checker

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/factlint/factlint/facts"
)

// datesAgree reports an event placed on different dates across sources.
// The rule's fact defines the event: every mention it selects must name the
// same day. Resolved values are ISO dates and agree when one contains the
// other ("2025-03" and "2025-03-15") or when a weekday names the date's
// day; unresolved values ("Saturday", "next week") are compared as written;
// a resolved and an unresolved value that is not a weekday cannot be
// compared and are taken to agree.
func datesAgree(p *pass) {
	srcs := map[string]bool{}
	var ms []*facts.Fact
	for _, m := range p.mentions {
		if dateValue(m) != "" {
			ms = append(ms, m)
			srcs[m.Source] = true
		}
	}
	if len(srcs) < 2 {
		return
	}
	agrees, best := p.split(ms, func(a, b *facts.Fact) bool { return datesCompatible(dateValue(a), dateValue(b)) })
	if best < 0 || allAgree(agrees) {
		return
	}
	f := Finding{}
	n := 0
	var outliers []string
	for i, m := range ms {
		f.Mentions = append(f.Mentions, textMention(m, dateValue(m), agrees[i]))
		if agrees[i] {
			n++
		} else {
			outliers = append(outliers, fmt.Sprintf("%s says %s", where(m), dateValue(m)))
		}
	}
	f.Message = fmt.Sprintf("%s it on %s; %s; grouped: all are mentions of %s", verb(n, "places", "place"), dateValue(ms[best]), strings.Join(outliers, "; "), p.rule.Fact.Name)
	p.report(f)
}

// dateValue is a date mention's value: the resolved ISO date, else the text
// as written without a leading "on".
func dateValue(m *facts.Fact) string {
	v := strings.TrimSpace(m.Value)
	if v == "" {
		v = strings.TrimSpace(m.Text)
	}
	low := strings.ToLower(v)
	if strings.HasPrefix(low, "on ") {
		v = strings.TrimSpace(v[3:])
	}
	return v
}

var isoDate = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// datesCompatible reports whether two date values may name the same day.
func datesCompatible(a, b string) bool {
	ia, ib := isoDate.MatchString(a), isoDate.MatchString(b)
	switch {
	case ia && ib:
		return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
	case ia:
		return weekdayFits(a, b)
	case ib:
		return weekdayFits(b, a)
	}
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// weekdayFits reports whether an unresolved value fits an ISO date: a
// weekday must be the date's; anything else cannot be judged.
func weekdayFits(iso, rel string) bool {
	wd, ok := weekday(rel)
	if !ok {
		return true
	}
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return true
	}
	return t.Weekday() == wd
}

func weekday(s string) (time.Weekday, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for d := time.Sunday; d <= time.Saturday; d++ {
		if s == strings.ToLower(d.String()) {
			return d, true
		}
	}
	return 0, false
}
