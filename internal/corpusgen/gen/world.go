package gen

// The invented world the stories happen in: outlets, people's names, places.
// Everything here is made up; real country names appear only in the lists of
// nations attending a summit.

// A format is the file format an outlet publishes in.
type format uint8

const (
	formatTxt format = iota
	formatMD
	formatHTML
	formatJSON
)

var formatExt = [...]string{".txt", ".md", ".html", ".json"}

// An outlet is an invented news organisation with a house style.
type outlet struct {
	name     string
	slug     string // file-name part
	domain   string // for URLs; always under .example
	british  bool   // £-first spelling, "per cent", "Mr Smith", "15 March"
	straight bool   // straight quotation marks instead of curly ones
	format   format
	section  string // URL path section
}

var outlets = []outlet{
	{"Meridian Wire", "meridian-wire", "meridianwire.example", true, false, formatTxt, "world"},
	{"The Northern Courier", "northern-courier", "northerncourier.example", true, false, formatTxt, "news"},
	{"Harbour Post", "harbour-post", "harbourpost.example", true, false, formatTxt, "world"},
	{"Continental Press Agency", "continental-press", "cpa-news.example", false, true, formatTxt, "wire"},
	{"The Daily Ledger", "daily-ledger", "dailyledger.example", true, false, formatTxt, "news"},
	{"Atlantic Dispatch", "atlantic-dispatch", "atlanticdispatch.example", false, false, formatTxt, "international"},
	{"Eastbridge Gazette", "eastbridge-gazette", "eastbridgegazette.example", true, false, formatTxt, "world"},
	{"The Sentinel Review", "sentinel-review", "sentinelreview.example", false, false, formatTxt, "world"},
	{"Crown Street Chronicle", "crown-street-chronicle", "crownstreet.example", true, false, formatTxt, "politics"},
	{"Westmoor Times", "westmoor-times", "westmoortimes.example", true, false, formatTxt, "world"},
	{"Pacific Newsline", "pacific-newsline", "pacificnewsline.example", false, true, formatTxt, "news"},
	{"The Evening Standard-Bearer", "standard-bearer", "standardbearer.example", true, false, formatTxt, "news"},
	{"Global Affairs Daily", "global-affairs-daily", "globalaffairs.example", false, false, formatTxt, "world"},
	{"The Lantern", "the-lantern", "thelantern.example", true, false, formatTxt, "world"},
	{"Riverside Herald", "riverside-herald", "riversideherald.example", false, false, formatTxt, "world"},
	{"News Channel Nine", "news-channel-nine", "nc9.example", true, false, formatTxt, "world"},
	{"The Observer-Post", "observer-post", "observerpost.example", false, false, formatTxt, "international"},
	{"Union Press Service", "union-press", "ups-wire.example", false, true, formatTxt, "wire"},
	{"The Highland Record", "highland-record", "highlandrecord.example", true, false, formatMD, "news"},
	{"Capital Insight", "capital-insight", "capitalinsight.example", false, false, formatMD, "politics"},
	{"The Civic Monitor", "civic-monitor", "civicmonitor.example", true, false, formatMD, "world"},
	{"Fourth Estate Weekly", "fourth-estate", "fourthestate.example", true, false, formatMD, "analysis"},
	{"Signal and Noise", "signal-noise", "signalnoise.example", false, false, formatMD, "news"},
	{"The Broadsheet Online", "broadsheet-online", "broadsheet.example", true, false, formatMD, "world"},
	{"Metro Daily News", "metro-daily", "metrodaily.example", false, false, formatHTML, "world"},
	{"The Compass", "the-compass", "thecompass.example", true, false, formatHTML, "world"},
	{"Bayside Journal", "bayside-journal", "baysidejournal.example", false, false, formatHTML, "news"},
	{"Radio Seaboard", "radio-seaboard", "radioseaboard.example", true, false, formatHTML, "news"},
	{"Newsfeed International", "newsfeed-intl", "newsfeed.example", false, false, formatJSON, "wire"},
	{"Allied Wire Service", "allied-wire", "alliedwire.example", true, false, formatJSON, "wire"},
}

// A country is an invented state with its places and currency.
type country struct {
	name     string
	demonym  string
	capital  string
	cities   []string
	region   string
	currency string // symbol written before amounts
}

var countries = []country{
	{"Valdoria", "Valdorian", "Castel Rho", []string{"Mirenza", "Porto Alba", "Santa Velha", "Ostrana"}, "the northern Veyra province", "€"},
	{"Norland", "Norlandic", "Haverholm", []string{"Kelby", "Stranmoor", "Eskdale", "Fennick"}, "the Westfold region", "£"},
	{"Kestrava", "Kestravan", "Brelogrod", []string{"Zavnik", "Tolmir", "Drevska", "Ulgorin"}, "the eastern Karsk district", "€"},
	{"Marovia", "Marovian", "Port Selene", []string{"Caldera Bay", "Ansel", "Ruvo", "Talmar"}, "the coastal Solen province", "$"},
	{"Ostrelia", "Ostrelian", "Vantis", []string{"Corvel", "Idrasa", "Lunesk", "Merrow"}, "the southern Idra valley", "€"},
	{"Tessaly Republic", "Tessalian", "Aurenne", []string{"Belcourt", "Marive", "Soulanges", "Petit-Roc"}, "the Haute-Valence region", "€"},
	{"Calder Isles", "Calder", "Kirkhaven", []string{"Port Lorne", "Strathmere", "Dunmaird", "Innisfell"}, "the outer islands", "£"},
	{"Zaruba", "Zaruban", "Nkomeri", []string{"Lisawe", "Tembo Bay", "Marundi", "Kasanga"}, "the Upper Lisa region", "$"},
	{"Serravia", "Serravian", "Montevalle", []string{"Acquaviva", "San Teodoro", "Rocca Bruna", "Valtorre"}, "the Alta Serra mountains", "€"},
	{"Pelloria", "Pellorian", "Duarte", []string{"Costa Real", "Vila Nova", "Almirante", "Boa Esperança"}, "the Rio Claro basin", "$"},
	{"Halvard", "Halvardian", "Jorvik Sound", []string{"Skarnes", "Lindholt", "Ormsund", "Vesterby"}, "the northern fjords", "£"},
	{"Dravinia", "Dravinian", "Kalograd", []string{"Ostrava Nova", "Polimir", "Svetla", "Radun"}, "the Drava river plain", "€"},
}

// summitNations are the real country names drawn for summit attendance lists.
var summitNations = []string{
	"Australia", "Austria", "Belgium", "Bulgaria", "Canada", "Croatia", "Cyprus",
	"the Czech Republic", "Denmark", "Estonia", "Finland", "France", "Germany",
	"Greece", "Iceland", "Ireland", "Italy", "Japan", "Latvia", "Lithuania",
	"Luxembourg", "Malta", "the Netherlands", "New Zealand", "Norway", "Poland",
	"Portugal", "Romania", "Slovakia", "Slovenia", "South Korea", "Spain",
	"Sweden", "Switzerland", "Turkey", "the UK", "Chile", "Mexico", "Brazil",
	"Argentina", "Kenya", "Ghana", "India", "Indonesia",
}

var givenFemale = []string{
	"Ana", "Giorgia", "Helena", "Maria", "Sofia", "Katarina", "Elena", "Ingrid",
	"Lucia", "Marta", "Nadia", "Olga", "Petra", "Rosa", "Sabine", "Teresa",
	"Valentina", "Yasmin", "Amara", "Beatrice", "Camille", "Daria", "Esther",
	"Fiona", "Greta", "Hannah", "Irene", "Joanna", "Karin", "Leila", "Miriam",
	"Noemi", "Paloma", "Renata", "Silvia", "Tamara", "Ursula", "Vera", "Wanda",
	"Zofia", "Francesca", "Margarethe", "Caroline", "Alessandra",
}

var givenMale = []string{
	"Anton", "Bruno", "Carlos", "Dmitri", "Emil", "Felix", "Gustav", "Henrik",
	"Igor", "Jonas", "Karel", "Lorenzo", "Marek", "Nikolai", "Oskar", "Pavel",
	"Rafael", "Stefan", "Tomas", "Viktor", "Walter", "Yusuf", "Anthony", "Benedikt",
	"Cyril", "Daniel", "Edvard", "Fabian", "Gregor", "Hugo", "Ivan", "Julian",
	"Konstantin", "Leon", "Matteo", "Nathaniel", "Otto", "Patrick", "Roman",
	"Sebastian", "Teodor", "Emmanuel", "Volodymyr", "Augustin",
}

var surnames = []string{
	"Petrova", "Albanese", "Marchetti", "Lindqvist", "Novak", "Horvath", "Kovalenko",
	"Brandt", "Castellano", "Dufresne", "Eriksen", "Ferreira", "Gallagher", "Haddad",
	"Ivanova", "Jansen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor",
	"Pereira", "Quinlan", "Rossi", "Sandoval", "Tamm", "Urquhart", "Vasquez",
	"Wojcik", "Yilmaz", "Zeller", "Abernathy", "Bianchi", "Costa", "Dimitrov",
	"Esposito", "Fischer", "Grant", "Holm", "Iversen", "Jovanovic", "Keller",
	"Lombardi", "Mendes", "Nilsen", "Orlov", "Popescu", "Rahman", "Stavros",
	"Toivonen", "Varga", "Whitlock", "Aydin", "Berisha", "Calloway", "Delacroix",
	"Ekström", "Falk", "Gruber", "Hartmann", "Mbeki", "Osei", "Reyes", "Sokolov",
}

var reporters = []string{
	"Laura Kemp", "James Whitfield", "Priya Natarajan", "Tom Hollis", "Chiara Benedetti",
	"Marcus Adeyemi", "Sarah Lindgren", "David Okonkwo", "Ellen Marsh", "Pablo Ruiz",
	"Hannah Brooke", "Oliver Grange", "Nina Castell", "Samuel Ferrer", "Ruth Ambler",
}

var weekdays = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

var months = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var smallNumbers = [...]string{"zero", "one", "two", "three", "four", "five", "six",
	"seven", "eight", "nine", "ten", "eleven", "twelve"}
