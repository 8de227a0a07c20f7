package gen

import "strings"

// Sentences that carry no countable fact, so any story can use them without
// adding a figure that could disagree with another outlet. They name no
// person: people are introduced by fact and person lines only.
var fillerS = []string{
	"{Officials|Authorities} in {capital} {did not respond to|have not responded to} a request for comment.",
	"{The government has|The authorities have} faced {mounting|growing} criticism over {the handling of the crisis|the response}.",
	"{Analysts|Observers} said the coming days would be {critical|crucial|decisive}.",
	"It was not immediately clear {how the authorities would respond|what would happen next}.",
	"{Opposition|Rival} politicians {called for|demanded} {an independent inquiry|a full investigation}.",
	"The {news|announcement} {was met with|drew} {a mixed reaction|scepticism} {in|across} {country}.",
	"{Residents|Local people} {said|told reporters} they had {received little information|been left in the dark}.",
	"{State television|The national broadcaster} {showed|broadcast} {images|footage} from {place} throughout the day.",
	"Further details are expected {in the coming days|later this week}.",
	"{The|This} {story|report} {will be updated|is being updated} as more information becomes available.",
	"{Neighbouring|Several neighbouring} countries {offered|have offered} {assistance|help}.",
	"The {European Union|United Nations} said it was {following events closely|monitoring the situation}.",
	"{Critics|Campaigners} {argue|say} that {warnings|repeated warnings} {were ignored|went unheeded} for years.",
	"{Markets|The currency} {fell|slipped} slightly {on the news|after the announcement}.",
	"In {place}, {life|daily life} {has been|was} {badly disrupted|turned upside down}.",
	"A spokesperson for the {ministry|government} said {the situation was under control|all options were being considered}.",
	"The {crisis|events} {dominated|led} the front pages of {the national newspapers|newspapers} in {capital}.",
	"{Commentators|Columnists} {questioned|asked} whether the {government|authorities} had been {prepared|ready}.",
	"Local media reported {scenes of confusion|long queues} {in|around} {place}.",
	"The {demonym} government {has come under|came under} pressure to {act|respond} {quickly|more decisively}.",
	"{Human rights groups|Civil society groups} {urged|called on} the authorities to {be transparent|publish all the facts}.",
	"{Much|Some} of the {anger|frustration} has been directed at {the capital|officials in {capital}}.",
	"{Tensions|Frustrations} had been building for {weeks|months} before {the events|this week}.",
	"The {episode|crisis} {has revived|revived} {an old|a long-running} debate about {public spending|regional inequality}.",
	"{Schools|Several schools} {in the area|nearby} {were closed|remained closed} {as a precaution|for the day}.",
	"{Church bells|Sirens} {rang out|sounded} across {place} {at noon|in the evening}.",
	"{Volunteers|Neighbours} {organised|set up} {collections|food banks} {within hours|almost immediately}.",
	"{People|Many} {gathered|came together} in the main square of {place} {in the evening|after dark}.",
	"{Tributes|Messages of support} {poured in|arrived} from {abroad|around the world}.",
	"The {ministry|government} {published|released} {a statement|a brief statement} {late in the evening|shortly before midnight}.",
	"{Questions|Doubts} {remain|persist} about {who knew what, and when|how the decision was taken}.",
	"{Several|Some} {diplomats|officials} spoke on condition of anonymity because they were not authorised to {speak publicly|brief the press}.",
	"{The mood|The atmosphere} in {capital} was {tense|sombre|subdued}.",
	"{It|The episode} is the {latest|most serious} {in a series of|of several} {setbacks|crises} for the government.",
	"{Editorials in the {demonym} press were|Commentary in the {demonym} press was} {largely critical|broadly supportive}.",
	"{Businesses|Shops} in {place} {stayed shut|remained closed} {for most of the day|until the afternoon}.",
	"{Train|Bus} services {to and from|around} {place} {were suspended|were disrupted}.",
	"{The|A} {parliamentary committee|select committee} is expected to {examine|look into} the {matter|events}.",
	"{Officials|Ministers} {insisted|maintained} that {lessons would be learned|the right decisions had been taken}.",
	"The {weather|forecast} {for the coming days|for the weekend} {is mixed|remains uncertain}.",
	"{Social media|Online forums} {filled|were filled} with {eyewitness accounts|photographs and videos}.",
	"{Reporters|Journalists} {were kept|were held} {back|away} {from the scene|behind a cordon} {for hours|until the evening}.",
	"The {demonym} {president's office|government} {called for calm|appealed for calm}.",
	"{Aid|Relief} {organisations|agencies} said they were {ready to help|preparing to step in}.",
	"{For many|For some} in {place}, the {events|day} {brought back memories|revived memories} of {earlier|past} {crises|disasters}.",
	"{Supporters|Critics} of the government {took to|gathered on} the streets of {capital}.",
	"{This|It} was {not the first time|the second time in a decade} that {place} had {made headlines|drawn international attention}.",
	"{According to|Citing} {local officials|officials in {region}}, {the situation remained fluid|the picture was still unclear}.",
	"{Others|Some residents} {said|insisted} they would {stay|not leave} {whatever happened|until told otherwise}.",
	"{Ministers|The cabinet} met {in emergency session|late into the night} in {capital}.",
	"{Speaking|Writing} {on social media|in a post online}, {a local councillor|a community leader} described the {scenes|situation} as {heartbreaking|unprecedented}.",
	"{Officials|Authorities} {stressed|emphasised} that {the figures were|the information was} provisional.",
	"{Rumours|Speculation} {spread quickly|circulated} {online|on messaging apps} {before officials|until officials} {issued a statement|spoke}.",
	"The {events|developments} {are likely to|could} {shape|overshadow} {the rest of the year|the government's agenda} in {country}.",
	"{Foreign|International} {governments|embassies} {advised|warned} their citizens to {avoid the area|follow local instructions}.",
	"{Aerial footage|Television pictures} {showed|revealed} the {scale|extent} of the {disruption|crowds}.",
	"{It remains to be seen|Nobody yet knows} whether the {measures|promises} will {be enough|satisfy critics}.",
	"{Polls|Surveys} {suggest|show} that public {trust|confidence} in institutions {has fallen|has been falling} {for years|steadily}.",
	"{The|A} {mayor's office|town hall} in {place} {opened|set up} {a helpline|an information centre} for {residents|families}.",
	"{Elsewhere|Meanwhile}, {life|business} in {capital} {carried on|continued} {largely as normal|much as usual}.",
}

// noiseS are the stray lines scraped text carries: captions, links, promos.
// Only plain-text outlets keep them.
var noiseS = []string{
	"Image: {place}, {region}. Pic: {Reuters|AP|AFP|PA}",
	"Image: The scene in {place} on {weekday}. Pic: {AP|Reuters|EPA}",
	"More from {World|Europe|Politics|Business}",
	"Related Topics:",
	"Follow {outlet} on {WhatsApp|social media}",
	"Please use Chrome browser for a more accessible video player",
	"Read more:",
	"Scan the QR code on your mobile device for all the latest news from around the country",
}

var crossheadS = []string{
	"What happens next?",
	"Why does it matter?",
	"{A day of|Hours of} {confusion|uncertainty}",
	"{Reaction|Reactions} from {capital}",
	"What we know so far",
	"{Anger|Questions} in {place}",
}

var fillerT, noiseT, crossheadT []*tmpl

func compileTemplates() {
	for _, k := range kinds {
		for i := range k.counts {
			k.counts[i].t = compileAll(k.counts[i].text...)
		}
		for i := range k.roles {
			k.roles[i].t = compileAll(k.roles[i].lines...)
		}
		k.headlineT = compileAll(k.headlines...)
		k.leadT = compileAll(k.leads...)
		k.moneyT = compileAll(k.moneyS...)
		k.pctT = compileAll(k.pctS...)
		k.durT = compileAll(k.durS...)
		k.otherDurT = compileAll(k.otherDurS...)
		k.nextT = compileAll(k.nextS...)
		k.listT = compileAll(k.listS...)
		k.fillerT = compileAll(k.filler...)
		for i := range k.quotes {
			k.quotes[i].said = newQuote(newRNG(0, 0), k.quotes[i])
			k.quotes[i].said.alt, k.quotes[i].said.altSplit = "", -1
		}
	}
	fillerT = compileAll(fillerS...)
	noiseT = compileAll(noiseS...)
	crossheadT = compileAll(crossheadS...)
	extraPersonT = compileAll(extraPersonS...)
}

// extraPersonS introduce a second person who shares a surname with one of
// the story's people: a planted non-conflict.
var extraPersonS = []string{
	"Separately, {extra}, a {local councillor|spokesperson for a residents' group|senior aid official}, said {people|residents} {wanted answers|needed help quickly}.",
	"{Extra}, {who runs|who chairs} a {charity|community group} in {place}, said the {response|reaction} had been {slow|encouraging}.",
}

var extraPersonT []*tmpl

// curly turns the straight apostrophes of the template sources into the
// typographic ones the outlets print.
func curly(s string) string { return strings.ReplaceAll(s, "'", "’") }
