package gen

import "strconv"

// Slots a template may use. Each writes the story's fact as the current
// article states it, so every mention inside one article agrees and a planted
// disagreement lives in one outlet only.
//
//	{place} {country} {demonym} {capital} {region}   where it happened
//	{c0}…{c3}         a count with the article's qualifier: "26", "more than 20"
//	{p0}…{p3}         a person: title and full name the first time, then "Ms Petrova"
//	{p0full}…         title and full name, always
//	{p0name}…         full name without title; does not count as the introduction
//	{p}               the person a person line is about
//	{money} {pct}     "£1.6 billion", "4.5 per cent"
//	{dur} {durn}      "30-day", "30 days"; {adur} "a 30-day"; {odur} {odurn} {aodur}
//	                  are another event's duration
//	{day}             the event's day as seen from the publication date: "on Saturday"
//	{next}            a follow-up date: "on Thursday", "on 2 April"; {nextdate} without "on"
//	{pastyear}        a year before the story
//	{x0} {x1} {x2}    story-level names: an organisation, a ship, a party
//	{list}            the attendance list: "Austria, Belgium and Chile"
//	{outlet}          the outlet's name
func init() {
	for i := range maxPeople {
		slots["p"+strconv.Itoa(i)] = func(a *art) { a.mention(i) }
		slots["p"+strconv.Itoa(i)+"full"] = func(a *art) { a.full(i) }
		slots["p"+strconv.Itoa(i)+"name"] = func(a *art) { a.name(i) }
	}
	for i := range maxCounts {
		slots["c"+strconv.Itoa(i)] = func(a *art) {
			a.b = append(a.b, a.countText[i]...)
			a.mentioned[i] = true
		}
	}
	for i := range 3 {
		slots["x"+strconv.Itoa(i)] = func(a *art) { a.b = append(a.b, a.st.x[i]...) }
	}
	slots["p"] = func(a *art) { a.mention(a.cur) }
	slots["place"] = func(a *art) { a.b = append(a.b, a.st.place...) }
	slots["country"] = func(a *art) { a.b = append(a.b, a.st.c.name...) }
	slots["demonym"] = func(a *art) { a.b = append(a.b, a.st.c.demonym...) }
	slots["capital"] = func(a *art) { a.b = append(a.b, a.st.c.capital...) }
	slots["region"] = func(a *art) { a.b = append(a.b, a.st.c.region...) }
	slots["money"] = func(a *art) { a.b = append(a.b, a.moneyText...) }
	slots["pct"] = func(a *art) { a.b = append(a.b, a.pctText...) }
	slots["dur"] = func(a *art) { a.duration(false, true, false) }
	slots["durn"] = func(a *art) { a.duration(false, false, false) }
	slots["adur"] = func(a *art) { a.duration(false, true, true) }
	slots["odur"] = func(a *art) { a.duration(true, true, false) }
	slots["odurn"] = func(a *art) { a.duration(true, false, false) }
	slots["aodur"] = func(a *art) { a.duration(true, true, true) }
	slots["day"] = func(a *art) { a.b = append(a.b, a.dayText...) }
	slots["next"] = func(a *art) { a.b = append(a.b, a.nextText...) }
	slots["nextdate"] = func(a *art) { a.b = append(a.b, a.nextText[3:]...) }
	slots["pastyear"] = func(a *art) { a.b = strconv.AppendInt(a.b, int64(a.st.year-2-a.r.IntN(14)), 10) }
	slots["list"] = func(a *art) { a.b = appendList(a.b, a.st.list, !a.o.british) }
	slots["weekday"] = func(a *art) { a.b = append(a.b, weekdays[a.st.event.Weekday()]...) }
	slots["extra"] = func(a *art) { a.b = a.st.extra.appendName(a.b, a.st.extra.given) }
	slots["outlet"] = func(a *art) { a.b = append(a.b, a.o.name...) }

	// Templates can only be compiled once every slot is known.
	compileTemplates()
}

// appendInt appends n as news prose writes a count: words below ten, digits
// with thousands separators above.
func appendInt(b []byte, n int) []byte {
	if n >= 0 && n < 10 {
		return append(b, smallNumbers[n]...)
	}
	return appendDigits(b, n)
}

// appendDigits appends n in digits with thousands separators: 45,000.
func appendDigits(b []byte, n int) []byte {
	if n < 1000 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	b = appendDigits(b, n/1000)
	r := n % 1000
	return append(b, ',', byte('0'+r/100), byte('0'+r/10%10), byte('0'+r%10))
}

// appendDuration appends a duration: "30 days", or as an adjective "30-day"
// ("a 30-day ceasefire"), with "a" or "an" before it when article is set.
func appendDuration(b []byte, n int, unit string, adjective, article bool) []byte {
	if article {
		if startsWithVowelSound(n) {
			b = append(b, "an "...)
		} else {
			b = append(b, "a "...)
		}
	}
	b = appendInt(b, n)
	if adjective {
		b = append(b, '-')
		return append(b, unit...)
	}
	b = append(b, ' ')
	b = append(b, unit...)
	if n != 1 {
		b = append(b, 's')
	}
	return b
}

// startsWithVowelSound reports whether n as written takes "an": 8, 11, 18, 80…
func startsWithVowelSound(n int) bool {
	switch {
	case n == 8 || n == 11 || n == 18:
		return true
	case n >= 80 && n < 90:
		return true
	case n >= 800 && n < 900:
		return true
	}
	return false
}

// appendList appends items as "A, B and C" ("A, B, and C" with the serial
// comma).
func appendList(b []byte, items []string, serial bool) []byte {
	for i, it := range items {
		switch {
		case i == 0:
		case i == len(items)-1 && serial:
			b = append(b, ", and "...)
		case i == len(items)-1:
			b = append(b, " and "...)
		default:
			b = append(b, ", "...)
		}
		b = append(b, it...)
	}
	return b
}
