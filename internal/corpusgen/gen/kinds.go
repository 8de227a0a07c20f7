package gen

// The kinds of event a story can be about. Each kind says what is counted,
// who speaks, what they say, and the sentences that state those facts. Slots
// are described in slots.go; {a|b} picks one alternative at random.
//
// Counts are stated in every article through the lead (c0) and usually again
// in the body, so a planted disagreement always has several sources to
// disagree with. Quotes use [a|b] for a wording point: the first alternative
// is what was said, the others are how a careless outlet reproduces it; '/'
// marks where an outlet may break the quote with its attribution.

// A countSpec is one counted thing in a kind of story.
type countSpec struct {
	name    string // what is counted, for the manifest ("killed")
	noun    string // the head noun as written ("people")
	min     int
	max     int
	step    int  // values are multiples of step
	qualify bool // outlets may write "more than", "about", "at least"
	text    []string
	t       []*tmpl
}

// A roleSpec is a person's part in a story.
type roleSpec struct {
	title string // written before the name: "Interior Minister"
	alt   string // the wrong title a careless outlet gives instead
	short string // written before the surname later ("Judge"); "" means Mr/Ms
	lines []string
	t     []*tmpl
}

// A quoteSpec is something a person says.
type quoteSpec struct {
	speaker int // role index
	text    string
	said    quote // the words as said, expanded once at initialisation
}

type kindSpec struct {
	name      string
	counts    []countSpec
	roles     []roleSpec
	money     [3]float64 // min, max, decimals
	moneyUnit string     // "billion" or "million"
	pct       [3]float64 // min, max, decimals
	dur       [2]int     // min, max
	durUnit   string     // "day", "hour", "month", "week", "year"
	x         [][]string // story-level names for {x0}, {x1}, {x2}
	list      bool       // c0 counts summitNations, listed by some outlets
	quotes    []quoteSpec

	headlines, leads, moneyS, pctS, durS, otherDurS, nextS, listS, filler []string

	headlineT, leadT, moneyT, pctT, durT, otherDurT, nextT, listT, fillerT []*tmpl
}

var kinds = []*kindSpec{
	{
		name: "summit",
		counts: []countSpec{
			{name: "nations", noun: "nations", min: 14, max: 34, step: 1, text: []string{
				"Leaders of {c0} {nations|countries} {took part|were represented}, {officials said|according to officials|organisers said}.",
				"The {meeting|gathering} in {place} brought together {delegations|leaders} from {c0} {nations|countries}.",
				"{C0} {countries|nations} signed the joint statement issued at the end of the talks.",
			}},
			{name: "troops", noun: "troops", min: 3000, max: 40000, step: 500, qualify: true, text: []string{
				"Military planners have discussed a force of {c1} troops, {according to|said} officials familiar with the talks.",
				"The proposed mission would involve {c1} troops drawn from {several|a number of} member states.",
			}},
		},
		roles: []roleSpec{
			{title: "Prime Minister", alt: "President", lines: []string{
				"{P} said the {talks|discussions} had {moved into an operational phase|entered a practical phase}.",
				"{P} {hosted|chaired} the {meeting|talks} from {x1}.",
			}},
			{title: "Foreign Minister", alt: "Defence Minister", lines: []string{
				"{P} briefed {journalists|reporters} after the {first session|opening session}.",
				"{P} said further {details|commitments} would be set out {in the coming days|before the end of the month}.",
			}},
			{title: "Secretary General", alt: "Director General", lines: []string{
				"{P} of {x0} also {joined the call|attended|took part}.",
			}},
		},
		money: [3]float64{0.8, 9.5, 1}, moneyUnit: "billion",
		pct: [3]float64{1.5, 3.5, 1},
		dur: [2]int{14, 90}, durUnit: "day",
		x: [][]string{
			{"the Atlantic Security Compact", "the Northern Cooperation Council", "the Continental Defence Union", "the Concord Group"},
			{"Government House", "the Chancellery", "the Palace of Nations", "the Foreign Ministry"},
		},
		list: true,
		quotes: []quoteSpec{
			{speaker: 0, text: "The world needs action, [not another study|not more studies|not a study], and [not empty words|not words]. / Sooner or later, [they will have to come|they must come] to the table"},
			{speaker: 0, text: "If there is going to be [lasting|durable] peace, / there [are going to have|will need] to be security arrangements"},
			{speaker: 1, text: "We are [ready to play|prepared to play] a leading role, / but [the shape of any deal|any agreement] has to come first"},
			{speaker: 2, text: "This is [a moment of real unity|a moment of unity] for [our alliance|the alliance]"},
		},
		headlines: []string{
			"Leaders of {c0} {nations|countries} back {dur} ceasefire plan at {place} summit",
			"{Place} summit: {c0} {countries|nations} pledge support as talks enter {new|operational} phase",
			"Military chiefs to meet {next} after {place} summit",
			"{Country} hosts {emergency|virtual} summit on ceasefire",
		},
		leads: []string{
			"Leaders of {c0} {nations|countries} {agreed|pledged} {day} to back {adur} ceasefire, {p0} {said|announced} after hosting a summit in {place}.",
			"{P0} {hosted|convened} a {virtual |}meeting of {c0} {nations|countries} {day} to discuss {securing|enforcing} any ceasefire, {as military planning intensifies|as pressure grows for a deal}.",
			"{C0} {countries|nations} {have signed up|signed up} {day} to a {plan|proposal} for {adur} ceasefire, {p0} said at the close of talks in {place}.",
		},
		moneyS: []string{
			"{Members|Participants} {pledged|committed} {money} in {new military aid|support for reconstruction}, {officials said|according to a statement}.",
			"A fund of {money} will be set up to {pay for the mission|cover the costs of monitoring the truce}.",
		},
		pctS: []string{
			"{P1} said {member states|governments} had agreed to raise defence spending to {pct} of national output.",
			"Several {governments|members} have promised to lift defence budgets to {pct} of GDP {by the end of the decade|within four years}.",
		},
		durS: []string{
			"The {dur} ceasefire would {be monitored by|be overseen by} a {joint|multinational} mission.",
			"Under the proposal, fighting would stop for {durn} while negotiators {work on|draw up} a lasting settlement.",
		},
		otherDurS: []string{
			"{Aodur} truce agreed in {pastyear} collapsed {within weeks|amid mutual accusations}.",
			"{Diplomats|Observers} recalled that an earlier {odur} pause in fighting {was never fully observed|broke down quickly}.",
		},
		nextS: []string{
			"Military chiefs from the group will meet in {capital} {next} to draw up {operational plans|detailed plans}.",
			"A follow-up meeting of defence ministers is {scheduled|expected} {next}.",
		},
		listS: []string{
			"The {countries|nations} {represented|taking part} were: {list}.",
			"{Those|Leaders} {taking part|on the call} came from {list}.",
		},
		filler: []string{
			"Notably absent from the {call|meeting} was any representative of {x0}'s largest member.",
			"{Officials|Diplomats} said the {meeting|talks} had lasted {longer than planned|well into the evening}.",
			"The {talks|summit} came at the end of a week of {intense|frantic} diplomacy.",
			"Not all {countries|members} in the group are prepared to {commit troops|put boots on the ground}, {officials conceded|diplomats acknowledged}.",
			"{Some|Several} governments are waiting to see the shape of any deal before {committing|making firm commitments}.",
			"The {plan|proposal} still needs the backing of {the main parties to the conflict|both sides}.",
			"Who is part of the {coalition|group}?",
		},
	},
	{
		name: "earthquake",
		counts: []countSpec{
			{name: "killed", noun: "people", min: 12, max: 480, step: 1, qualify: true, text: []string{
				"{C0} people {were killed|died} and {c1} {were injured|were hurt}, {according to|said} {x0}.",
				"The death toll rose to {c0} {overnight|by the evening}, {officials said|the interior ministry said}.",
				"Rescuers {have recovered|recovered} the bodies of {c0} people, {x0} said.",
			}},
			{name: "injured", noun: "injured", min: 120, max: 2400, step: 1, qualify: true, text: []string{
				"Hospitals in {place} {were treating|treated} {c1} injured, {many of them|some of them} in a serious condition.",
				"{C1} were injured, {the health ministry said|according to the health ministry}.",
			}},
			{name: "buildings", noun: "buildings", min: 150, max: 6000, step: 10, qualify: true, text: []string{
				"{C2} buildings {collapsed|were destroyed or badly damaged} {in the old town|across the region}.",
				"Engineers {have inspected|inspected} {c2} buildings {so far|since the quake}.",
			}},
		},
		roles: []roleSpec{
			{title: "President", alt: "Prime Minister", lines: []string{
				"{P} {visited|toured} {the worst-hit areas|the ruins of the old town} {day}.",
				"{P} {declared|announced} a state of emergency in {region}.",
			}},
			{title: "Interior Minister", alt: "Justice Minister", lines: []string{
				"{P} said {search teams|rescue teams} were {still working|working through the night} in {place}.",
				"{P} {told|briefed} {parliament|reporters} on the {rescue effort|relief operation}.",
			}},
			{title: "Dr", alt: "Professor", short: "Dr", lines: []string{
				"{P}, a seismologist at the national geophysics institute, said {aftershocks|further tremors} were likely.",
			}},
		},
		money: [3]float64{20, 900, 0}, moneyUnit: "million",
		pct: [3]float64{20, 85, 0},
		dur: [2]int{3, 7}, durUnit: "day",
		x: [][]string{
			{"the civil protection agency", "the national disaster authority", "emergency services", "the Red Crescent"},
			{"magnitude 6.4", "magnitude 6.8", "magnitude 7.1", "magnitude 5.9"},
		},
		quotes: []quoteSpec{
			{speaker: 0, text: "We will rebuild [every home|every house] that [was lost|has been lost]. / Nobody will be [left behind|forgotten]"},
			{speaker: 1, text: "The [next 24 hours|coming hours] are [critical|crucial] for anyone still trapped"},
			{speaker: 1, text: "Our teams [have not stopped|have not rested] since the first tremor, / and they [will not stop|won't stop] until everyone is found"},
			{speaker: 2, text: "This [was a shallow quake|was a shallow earthquake], / which is why the [damage|destruction] was so severe"},
		},
		headlines: []string{
			"Earthquake in {country} kills {c0}",
			"{Place} earthquake: death toll rises to {c0}",
			"Rescuers search rubble after deadly {country} quake",
			"{C0} dead as {x1} earthquake strikes {region}",
		},
		leads: []string{
			"{C0} people were killed when a {x1} earthquake struck {region} of {country} {day}, {officials said|the authorities said}.",
			"A powerful earthquake {struck|hit} {place} {day}, killing {c0} people and {leaving thousands homeless|flattening much of the old town}.",
			"Rescue teams in {country} {were searching|searched} collapsed buildings for survivors after an earthquake {day} killed {c0} people.",
		},
		moneyS: []string{
			"The government {released|approved} {money} in emergency funds for {the affected region|reconstruction}.",
			"{International donors|Aid agencies} {have pledged|pledged} {money} {for relief|towards the relief effort}.",
		},
		pctS: []string{
			"About {pct} of homes in {place} {were damaged|were left uninhabitable}, {according to|said} {x0}.",
			"{X0} estimated that {pct} of the town's water network had been {destroyed|knocked out}.",
		},
		durS: []string{
			"{P0} declared {adur} period of national mourning.",
			"Flags will fly at half-mast for {durn} of national mourning.",
		},
		otherDurS: []string{
			"After {aodur} search following a quake in {pastyear}, {rescuers|teams} pulled a child alive from the rubble.",
			"The region was {last|previously} hit in {pastyear}, when {aftershocks|tremors} continued for {odurn}.",
		},
		nextS: []string{
			"{P1} said a first assessment of the damage would be published {next}.",
			"Schools in the region will remain closed until at least {nextdate}.",
		},
		filler: []string{
			"The quake struck at a depth of about 10km, {according to|said} the national geophysics institute.",
			"{Footage|Video} shared on social media showed {residents|people} digging through rubble with their bare hands.",
			"Several aftershocks {were felt|rattled the region} through the night.",
			"Roads into the mountain villages were blocked by landslides, slowing the {rescue effort|arrival of aid}.",
			"Many {residents|families} spent the night outdoors, {fearing|afraid of} further tremors.",
			"Field hospitals were set up in {school yards|sports halls} on the edge of {place}.",
			"The region sits on a {major|active} fault line and has a history of deadly earthquakes.",
			"Teams with {sniffer dogs|thermal cameras} arrived from {neighbouring countries|abroad} {overnight|in the morning}.",
		},
	},
	{
		name: "ferry",
		counts: []countSpec{
			{name: "on board", noun: "passengers", min: 120, max: 900, step: 1, text: []string{
				"The ferry was carrying {c0} passengers {and crew|}, {according to|said} {x0}.",
				"{C0} passengers were on board when the vessel {left|sailed from} {place}, {the operator said|according to the operator}.",
			}},
			{name: "dead", noun: "bodies", min: 12, max: 90, step: 1, qualify: true, text: []string{
				"Divers {have recovered|recovered} {c1} bodies from the wreck, {x0} said.",
				"{C1} bodies had been {brought ashore|recovered} by {nightfall|the evening}.",
			}},
			{name: "rescued", noun: "survivors", min: 60, max: 400, step: 1, qualify: true, text: []string{
				"Rescuers pulled {c2} survivors from the water, {many|some} suffering from hypothermia.",
				"{C2} survivors were {taken|brought} to hospitals in {place}.",
			}},
		},
		roles: []roleSpec{
			{title: "Transport Minister", alt: "Maritime Minister", lines: []string{
				"{P} {ordered|announced} an inquiry into the {sinking|disaster}.",
				"{P} travelled to {place} to meet {relatives|families of the missing}.",
			}},
			{title: "Coastguard Commander", alt: "Navy Commander", lines: []string{
				"{P} said {poor visibility|high waves} had {hampered|slowed} the search.",
			}},
			{title: "Chief Executive", alt: "Managing Director", lines: []string{
				"{P} of {x1} apologised to the families {day}.",
				"{P}, who runs {x1}, said the company was {cooperating fully|working closely} with investigators.",
			}},
		},
		money: [3]float64{2, 60, 0}, moneyUnit: "million",
		pct: [3]float64{110, 160, 0},
		dur: [2]int{24, 72}, durUnit: "hour",
		x: [][]string{
			{"the coastguard", "the maritime authority", "port officials", "the navy"},
			{"Blue Horizon Lines", "Aegis Ferries", "Seaway Maritime", "Northstar Shipping"},
			{"MV Stella Maris", "MV Aurora", "MV Santa Clara", "MV Seabird"},
		},
		quotes: []quoteSpec{
			{speaker: 0, text: "Those responsible [will be held|must be held] to account. / [We owe that|We owe it] to the families"},
			{speaker: 1, text: "We are [still hoping|continuing to hope] to find survivors, / but [the conditions|conditions] are [extremely difficult|very difficult]"},
			{speaker: 2, text: "Our thoughts are [with|entirely with] the passengers and their families"},
		},
		headlines: []string{
			"Ferry sinks off {country} with {c0} on board",
			"{X2} sinking: search for survivors continues",
			"Dozens dead after ferry capsizes near {place}",
			"{Country} orders inquiry into {x2} disaster",
		},
		leads: []string{
			"A ferry carrying {c0} passengers sank off the coast of {country} {day}, {and rescuers were searching for survivors|prompting a major rescue operation}.",
			"The {x2}, {with|carrying} {c0} passengers on board, capsized {in heavy seas|in rough weather} near {place} {day}, {officials said|the coastguard said}.",
			"Rescuers {were searching|searched} the waters off {place} after the ferry {x2} went down {day} with {c0} passengers on board.",
		},
		moneyS: []string{
			"The operator {has offered|offered} {money} in compensation to {victims' families|the families of the victims}.",
			"{X1} {was fined|had been fined} {money} in {pastyear} for safety breaches.",
		},
		pctS: []string{
			"The vessel {may have been|was reportedly} carrying {pct} of its licensed capacity.",
			"{Investigators|Officials} said the ferry {could have been|was} loaded to {pct} of its permitted weight.",
		},
		durS: []string{
			"{X0} said the search would continue for at least {durn}.",
			"{Adur} search of the area {was ordered|has been ordered} by {p0}.",
		},
		otherDurS: []string{
			"A similar sinking in {pastyear} was followed by {aodur} search {that found no survivors|that recovered only a few bodies}.",
		},
		nextS: []string{
			"A salvage team is expected to reach the wreck {next}.",
			"The inquiry {will open|is due to open} {next} in {capital}.",
		},
		filler: []string{
			"The {ferry|vessel} was {built|launched} in the 1990s and had recently been {refitted|sold to a new owner}.",
			"Relatives gathered at the port in {place}, waiting for news.",
			"{Weather|Sea} conditions {had worsened|deteriorated} shortly after the {ferry|vessel} left port.",
			"Fishing boats joined the {search|rescue effort} {overnight|at first light}.",
			"The route is one of the busiest in the region, {linking|connecting} the mainland with the islands.",
			"It was not immediately clear what caused the {vessel|ferry} to {capsize|sink}.",
			"Survivors described {water flooding|water pouring into} the lower deck within minutes.",
		},
	},
	{
		name: "strike",
		counts: []countSpec{
			{name: "workers", noun: "workers", min: 8000, max: 160000, step: 1000, qualify: true, text: []string{
				"{C0} workers {walked out|joined the walkout} {day}, {according to|said} {x0}.",
				"The union said {c0} workers had {joined the action|taken part}.",
			}},
			{name: "services", noun: "services", min: 200, max: 3000, step: 10, qualify: true, text: []string{
				"{C1} {train|rail} services were cancelled {across the country|nationwide}, {operators said|according to operators}.",
				"Operators {said|reported} {c1} services had been {cancelled|called off}.",
			}},
		},
		roles: []roleSpec{
			{title: "General Secretary", alt: "Union President", lines: []string{
				"{P} of {x0} said members had been {left with no choice|pushed too far}.",
				"{P} addressed {a rally|strikers} outside the main station in {capital}.",
			}},
			{title: "Transport Minister", alt: "Labour Minister", lines: []string{
				"{P} {called the strike|described the walkout as} {unjustified|irresponsible}.",
				"{P} said the government's door {remained open|was always open}.",
			}},
			{title: "Chief Executive", alt: "Chairman", lines: []string{
				"{P} of {x1} said the {offer|pay offer} was {fair|the best available}.",
			}},
		},
		money: [3]float64{0.2, 2.4, 1}, moneyUnit: "billion",
		pct: [3]float64{3, 9, 1},
		dur: [2]int{24, 72}, durUnit: "hour",
		x: [][]string{
			{"the Rail and Transport Workers' Union", "the National Union of Transport Staff", "the General Workers' Federation"},
			{"National Rail Services", "the state rail operator", "Metro Transit", "the rail operator"},
		},
		quotes: []quoteSpec{
			{speaker: 0, text: "Our members [have been pushed|were pushed] to breaking point. / Nobody [takes this decision|takes strike action] lightly"},
			{speaker: 1, text: "This strike [will cause|is causing] misery for [millions of|ordinary] passengers"},
			{speaker: 0, text: "We [remain ready|are ready] to talk [at any time|any time], / but the offer on the table [is not good enough|falls short]"},
			{speaker: 2, text: "The offer is [fair and affordable|fair], / and it [remains on the table|is still on the table]"},
		},
		headlines: []string{
			"{Dur} rail strike {brings|causes} disruption across {country}",
			"{C0} workers walk out in pay dispute",
			"Strike {halts|cripples} trains as talks fail",
			"Union rejects {pct} pay offer as strike begins",
		},
		leads: []string{
			"{C0} rail workers in {country} began {adur} strike {day}, {bringing much of the network to a halt|causing widespread disruption}.",
			"{Adur} strike by {c0} workers {shut down|halted} {most of|much of} {country}'s rail network {day} after talks over pay {broke down|collapsed}.",
			"Commuters {faced|were facing} {travel chaos|major disruption} {day} as {c0} workers {walked out|went on strike} in a dispute over pay.",
		},
		moneyS: []string{
			"Business groups {estimated|said} the strike could cost the economy {money}.",
			"The pay deal would cost {x1} {money} over three years, {the company said|according to the company}.",
		},
		pctS: []string{
			"The {union|workers} rejected a pay offer of {pct} {this year|over two years}.",
			"{X1} has offered a rise of {pct}, {well below|below} what the union is demanding.",
		},
		durS: []string{
			"The {dur} walkout is the latest in a series of stoppages this year.",
			"Services are not expected to return to normal until the {dur} strike ends.",
		},
		otherDurS: []string{
			"{Aodur} strike by {airport|port} staff in {pastyear} {ended|was settled} with a {modest|one-off} payment.",
		},
		nextS: []string{
			"Talks between the two sides are {due to resume|scheduled to resume} {next}.",
			"The union {has said|said} it will ballot members on further action {next}.",
		},
		filler: []string{
			"Stations in {capital} were {largely deserted|almost empty} during the morning rush hour.",
			"{Picket lines|Pickets} formed outside depots {from early morning|before dawn}.",
			"Some commuters {switched to|turned to} buses and bicycles, {clogging|crowding} roads into {capital}.",
			"The dispute has {dragged on|been running} for {several|many} months.",
			"Opposition politicians urged both sides to return to the negotiating table.",
			"Freight services were also {affected|disrupted}, {according to|said} industry groups.",
			"Passengers were advised to {check before travelling|work from home if they could}.",
		},
	},
	{
		name: "election",
		counts: []countSpec{
			{name: "seats", noun: "seats", min: 150, max: 260, step: 1, text: []string{
				"The {x0} won {c0} seats in the {400-member|400-seat} parliament, {according to|said} the electoral commission.",
				"With {c0} seats, the {x0} {will be able to|can} govern without a coalition partner.",
			}},
			{name: "opposition MPs", noun: "MPs", min: 60, max: 140, step: 1, text: []string{
				"The opposition {x1} will have {c1} MPs in the new parliament, its {worst|weakest} result in {decades|a generation}.",
			}},
			{name: "observers", noun: "observers", min: 200, max: 900, step: 10, qualify: true, text: []string{
				"{C2} international observers monitored the vote, {according to|said} the electoral commission.",
			}},
		},
		roles: []roleSpec{
			{title: "Prime Minister", alt: "President", lines: []string{
				"{P} {claimed victory|declared victory} {in the early hours|shortly after midnight}.",
				"{P} thanked {supporters|voters} at a rally in {capital}.",
			}},
			{title: "Opposition Leader", alt: "Opposition Chief Whip", lines: []string{
				"{P} conceded defeat {day} but {said|insisted} the {x1} would {rebuild|fight on}.",
			}},
			{title: "Commission Chair", alt: "Commission Secretary", lines: []string{
				"{P} said the count had been {conducted|carried out} {without major incident|smoothly}.",
			}},
		},
		money: [3]float64{5, 80, 0}, moneyUnit: "million",
		pct: [3]float64{48, 79, 1},
		dur: [2]int{4, 5}, durUnit: "year",
		x: [][]string{
			{"Democratic Alliance", "People's Renewal Party", "Civic Union", "Social Progress Party"},
			{"National Front for Change", "Liberal Forum", "Green Union", "Conservative League"},
		},
		quotes: []quoteSpec{
			{speaker: 0, text: "Tonight [the people|voters] [have spoken|have chosen] clearly. / We will [govern for everyone|govern for all]"},
			{speaker: 1, text: "We accept [the result|this result], / but our [fight for change|campaign] [does not end|is not over] tonight"},
			{speaker: 2, text: "The vote [was free and fair|was fair and free]"},
		},
		headlines: []string{
			"{X0} wins {country} election with {c0} seats",
			"{Country} election: {p0full} claims victory",
			"Turnout {of|at} {pct} as {country} votes",
			"Landslide for {x0} in {country}",
		},
		leads: []string{
			"The {x0} won {c0} seats in {country}'s parliamentary election {day}, {giving|handing} {p0} a {comfortable|clear} majority.",
			"{P0} claimed victory {day} after the {x0} {took|secured} {c0} of the 400 seats in parliament, {according to|in} official results.",
			"{Country}'s governing {x0} {won|secured} {c0} seats in {the election held|the vote} {day}, preliminary results showed.",
		},
		moneyS: []string{
			"The campaign cost the parties {money}, {according to|said} the electoral commission.",
			"The {x0} has promised {money} for {new hospitals|schools and roads}.",
		},
		pctS: []string{
			"Turnout was {pct}, {the commission said|according to the commission}.",
			"{Pct} of registered voters cast a ballot, {the commission said|the electoral commission said}.",
		},
		durS: []string{
			"The new parliament will serve {adur} term.",
			"{P0} will now {serve|govern for} another {durn}.",
		},
		otherDurS: []string{
			"The previous coalition lasted {odurn} before collapsing in {pastyear}.",
		},
		nextS: []string{
			"The new parliament will be sworn in {next}.",
			"Final results are due {next}.",
		},
		filler: []string{
			"Queues formed outside polling stations in {capital} {before they opened|from early morning}.",
			"The campaign was dominated by {the cost of living|housing and prices|migration and the economy}.",
			"{Supporters|Party activists} celebrated in the streets of {capital} {late into the night|until dawn}.",
			"Smaller parties {struggled|failed} to clear the threshold for entering parliament.",
			"Voting was extended in some districts because of long queues.",
			"Observers {noted|reported} isolated irregularities but said they were unlikely to affect the result.",
		},
	},
	{
		name: "wildfire",
		counts: []countSpec{
			{name: "evacuated", noun: "residents", min: 2000, max: 60000, step: 100, qualify: true, text: []string{
				"{C0} residents {were evacuated|were ordered to leave} {as the flames spread|as the fire advanced}.",
				"{X0} said {c0} residents had been {moved to safety|evacuated} {so far|since the weekend}.",
			}},
			{name: "homes", noun: "homes", min: 40, max: 900, step: 1, qualify: true, text: []string{
				"The fire {has destroyed|destroyed} {c1} homes, {according to|said} {x0}.",
				"{C1} homes {were destroyed|burned down} {in the hills above|on the edge of} {place}.",
			}},
			{name: "firefighters", noun: "firefighters", min: 300, max: 4000, step: 50, qualify: true, text: []string{
				"{C2} firefighters, backed by {water-bombing aircraft|helicopters}, {were battling|battled} the blaze.",
				"{X0} {deployed|sent} {c2} firefighters to {the front line|the area}.",
			}},
		},
		roles: []roleSpec{
			{title: "Governor", alt: "Mayor", lines: []string{
				"{P} {declared|announced} a state of emergency across {region}.",
				"{P} said {the fire|the blaze} was {the worst|the most destructive} the region had seen.",
			}},
			{title: "Fire Chief", alt: "Fire Commissioner", lines: []string{
				"{P} said {strong winds|shifting winds} were {pushing|driving} the fire {towards|into} populated areas.",
			}},
			{title: "Environment Minister", alt: "Agriculture Minister", lines: []string{
				"{P} {blamed|linked} the fire on {a prolonged drought|record temperatures}.",
			}},
		},
		money: [3]float64{50, 950, 0}, moneyUnit: "million",
		pct: [3]float64{10, 40, 0},
		dur: [2]int{5, 16}, durUnit: "day",
		x: [][]string{
			{"the fire service", "civil protection officials", "the regional authorities", "the forestry agency"},
		},
		quotes: []quoteSpec{
			{speaker: 0, text: "We have [lost homes|lost houses], / but [we have not lost|we will not lose] our community"},
			{speaker: 1, text: "The [next two days|coming days] will be [decisive|critical]. / The wind is [our biggest enemy|our main enemy]"},
			{speaker: 2, text: "These fires are [the price of|a consequence of] a [warming|hotter] climate"},
		},
		headlines: []string{
			"{Country} wildfire forces {c0} to flee",
			"Wildfire burns for {durn} near {place}",
			"Thousands evacuated as fire sweeps {region}",
			"{C1} homes destroyed in {country} fire",
		},
		leads: []string{
			"{C0} residents were evacuated from their homes in {region} of {country} as a wildfire that has burned for {durn} {spread|advanced} {day}.",
			"A wildfire {raging|burning} in the hills above {place} {has forced|forced} {c0} residents to flee, {officials said|according to officials} {day}.",
			"Firefighters in {country} {were battling|battled} {a wildfire|a fierce blaze} {day} that {has destroyed|destroyed} {c1} homes and forced {c0} residents to leave.",
		},
		moneyS: []string{
			"Insurers estimated the damage at {money}.",
			"The government {approved|set aside} {money} {in emergency aid|for those who lost their homes}.",
		},
		pctS: []string{
			"About {pct} of the regional forest {has burned|has been burned} this summer.",
			"{Rainfall|Rain} this year has been {pct} below the average, {according to|said} the weather service.",
		},
		durS: []string{
			"The fire has been burning for {durn}.",
			"{After|Following} {durn} of {fighting the flames|firefighting}, crews {said|reported} some progress.",
		},
		otherDurS: []string{
			"{Aodur} fire in {pastyear} {destroyed|burned} large areas of the same forest.",
		},
		nextS: []string{
			"Rain is forecast {next}, {which could help|bringing some hope to} firefighters.",
			"Evacuees {may be allowed|could be allowed} to return {next}, officials said.",
		},
		filler: []string{
			"Thick smoke {hung over|blanketed} {place}, {forcing schools to close|prompting health warnings}.",
			"Residents described {flames|fire} {racing|tearing} down the hillside {within minutes|in minutes}.",
			"Temperatures {reached|climbed above} 40C {earlier in the week|at the weekend}.",
			"Volunteers {handed out|distributed} water and food at evacuation centres.",
			"The cause of the fire is under investigation.",
			"Firefighting aircraft were sent from {neighbouring countries|across the region} to help.",
			"Roads out of the area were {jammed|clogged} with cars as residents fled.",
		},
	},
	{
		name: "trial",
		counts: []countSpec{
			{name: "witnesses", noun: "witnesses", min: 20, max: 140, step: 1, text: []string{
				"The court heard from {c0} witnesses {during the trial|over the course of the trial}.",
				"{C0} witnesses {gave evidence|testified}, {including|among them} former {colleagues|associates} of the defendant.",
			}},
			{name: "charges", noun: "charges", min: 12, max: 40, step: 1, text: []string{
				"{P1} was found guilty on {c1} charges of {fraud and embezzlement|bribery and fraud}.",
				"{Prosecutors|The prosecution} brought {c1} charges against {p1}.",
			}},
			{name: "victims", noun: "investors", min: 300, max: 9000, step: 10, qualify: true, text: []string{
				"{C2} investors lost money in the scheme, {prosecutors said|according to prosecutors}.",
			}},
		},
		roles: []roleSpec{
			{title: "Judge", alt: "Magistrate", short: "Judge", lines: []string{
				"{P} said the {offences|crimes} had {betrayed the public's trust|caused enormous harm}.",
			}},
			{title: "former Finance Minister", alt: "former Economy Minister", lines: []string{
				"{P} {showed no emotion|stood silently} as the verdict was read.",
				"{P} has always denied wrongdoing.",
			}},
			{title: "Chief Prosecutor", alt: "Deputy Prosecutor", lines: []string{
				"{P} {welcomed|praised} the verdict outside the court.",
			}},
			{title: "Defence Lawyer", alt: "Defence Counsel", lines: []string{
				"{P} said {the defence|her client's team|the legal team} would appeal.",
			}},
		},
		money: [3]float64{0.3, 4.5, 1}, moneyUnit: "billion",
		pct: [3]float64{15, 60, 0},
		dur: [2]int{9, 30}, durUnit: "month",
		x: [][]string{
			{"the Supreme Court", "the High Court", "the criminal court", "the national court"},
			{"the Meridian Infrastructure Fund", "the state development bank", "the national pension fund"},
		},
		quotes: []quoteSpec{
			{speaker: 0, text: "No one [is above the law|stands above the law], / however [senior|powerful] they may be"},
			{speaker: 3, text: "My client [is innocent|has done nothing wrong] [and we will appeal|and will appeal]"},
			{speaker: 2, text: "Today [justice has been done|justice was done] for [thousands of|the] investors"},
		},
		headlines: []string{
			"Former minister {p1name} guilty of fraud",
			"{P1name} convicted after {dur} trial",
			"{Country} court convicts ex-minister over {money} fraud",
			"Verdict in {country}'s biggest corruption trial",
		},
		leads: []string{
			"{Country}'s former finance minister, {p1name}, was found guilty {day} of fraud {involving|connected with} {x1}, at the end of a trial that lasted {durn}.",
			"{X0} in {capital} convicted {p1} {day} on {c1} charges, ending a trial that heard from {c0} witnesses.",
			"A court in {capital} {found|has found} {p1} guilty {day} of {embezzling|diverting} {money} from {x1}.",
		},
		moneyS: []string{
			"Prosecutors said {money} was diverted from {x1} {over a decade|over several years}.",
			"The court ordered the seizure of assets worth {money}.",
		},
		pctS: []string{
			"Investors recovered only {pct} of their savings, {the court heard|according to evidence}.",
		},
		durS: []string{
			"The trial lasted {durn}.",
			"The {dur} trial {gripped|transfixed} the country.",
		},
		otherDurS: []string{
			"A separate {odur} investigation into {x1} {ended|concluded} in {pastyear} without charges.",
		},
		nextS: []string{
			"Sentencing is expected {next}.",
			"{P1} will be sentenced {next}.",
		},
		filler: []string{
			"Supporters and critics {gathered|crowded} outside the courthouse {before dawn|from early morning}.",
			"The case {has dominated|dominated} headlines in {country} for years.",
			"The defence argued that {the decisions|the transactions} had been approved by the cabinet.",
			"The verdict took several hours to read out.",
			"Prosecutors {described|portrayed} the scheme as {the largest|one of the largest} frauds in the country's history.",
			"Anti-corruption campaigners {welcomed|hailed} the verdict.",
		},
	},
	{
		name: "budget",
		counts: []countSpec{
			{name: "jobs", noun: "jobs", min: 5000, max: 90000, step: 500, qualify: true, text: []string{
				"The government {said|claims} the measures will create {c0} jobs.",
				"{P0} said the {investment plan|package} would create {c0} jobs {by the end of the parliament|within five years}.",
			}},
			{name: "schools", noun: "schools", min: 40, max: 600, step: 10, qualify: true, text: []string{
				"The budget {includes|sets aside} money to rebuild {c1} schools.",
			}},
		},
		roles: []roleSpec{
			{title: "Finance Minister", alt: "Economy Minister", lines: []string{
				"{P} presented the budget to parliament {day}.",
				"{P} said the plan would {restore|bring back} growth without raising taxes on working people.",
			}},
			{title: "Opposition Leader", alt: "Shadow Finance Minister", lines: []string{
				"{P} called the budget {a con|a missed opportunity}.",
			}},
			{title: "Central Bank Governor", alt: "Central Bank President", lines: []string{
				"{P} {warned|cautioned} that borrowing costs {could rise|may rise}.",
			}},
		},
		money: [3]float64{0.8, 25, 1}, moneyUnit: "billion",
		pct: [3]float64{0.4, 3.5, 1},
		dur: [2]int{2, 5}, durUnit: "year",
		x: [][]string{
			{"the fiscal council", "the budget office", "the national audit office"},
		},
		quotes: []quoteSpec{
			{speaker: 0, text: "This is a budget [for growth|for jobs and growth]. / It puts [money back|more money] in people's pockets"},
			{speaker: 1, text: "The numbers [simply do not add up|do not add up]"},
			{speaker: 2, text: "We [will not hesitate|won't hesitate] to act [if inflation returns|should inflation return]"},
		},
		headlines: []string{
			"{Country} budget: {money} for health as growth forecast cut",
			"{P0name} unveils {money} spending plan",
			"Budget promises {c0} jobs",
			"{Country} growth forecast cut to {pct}",
		},
		leads: []string{
			"{P0} unveiled {money} in new spending on {health and housing|hospitals and schools} {day}, as {the government|ministers} cut the growth forecast to {pct}.",
			"{Country}'s government {announced|set out} a budget {day} that {it says|it claims} will create {c0} jobs, {including|with} {money} for {infrastructure|public services}.",
			"The {country} government will spend an extra {money} on {public services|health} over the next {durn}, {p0} said {day}.",
		},
		moneyS: []string{
			"The package includes {money} for {the health service|hospitals}.",
			"{X0} said the {plans|measures} would cost {money} {a year|in total}.",
		},
		pctS: []string{
			"Growth is now forecast at {pct} {this year|for the year}, {down from an earlier estimate|lower than previously expected}.",
			"{X0} expects the economy to grow by {pct}.",
		},
		durS: []string{
			"Public sector pay will be frozen for {durn}.",
			"The {dur} plan will be reviewed {annually|each year} by {x0}.",
		},
		otherDurS: []string{
			"{Aodur} spending freeze introduced in {pastyear} {was abandoned|was scrapped} {early|after protests}.",
		},
		nextS: []string{
			"Parliament will vote on the budget {next}.",
			"{X0} will publish its assessment of the plans {next}.",
		},
		filler: []string{
			"Markets {reacted calmly|were largely unmoved} {to the announcement|after the statement}.",
			"Business groups {welcomed|broadly welcomed} the {investment|spending} plans but {warned about|criticised} {new taxes|higher costs}.",
			"The budget is the first since the government took office.",
			"Economists said the {forecasts|figures} {looked optimistic|were optimistic}.",
			"Unions said the pay freeze would {deepen|worsen} staff shortages.",
			"Borrowing is expected to {fall|remain high} over the next few years.",
		},
	},
}
