// Material for realistic generated releases: countries with their capitals and UTC offsets, issuing
// bodies, topics, people, sentence templates. Search and filters behave on generated text as on real
// press releases only if the text varies like theirs: many distinct words, a few very common ones
// ("cooperation", "ministry"), and rarer ones that make a search selective.

export interface Country {
  code: string;
  name: string;
  capital: string;
  offsetMinutes: number;
}

export const COUNTRIES: Country[] = [
  { code: "AZ", name: "Azerbaijan", capital: "Baku", offsetMinutes: 240 },
  { code: "GE", name: "Georgia", capital: "Tbilisi", offsetMinutes: 240 },
  { code: "TR", name: "Turkiye", capital: "Ankara", offsetMinutes: 180 },
  { code: "CN", name: "China", capital: "Beijing", offsetMinutes: 480 },
  { code: "KZ", name: "Kazakhstan", capital: "Astana", offsetMinutes: 300 },
  { code: "UZ", name: "Uzbekistan", capital: "Tashkent", offsetMinutes: 300 },
  { code: "TM", name: "Turkmenistan", capital: "Ashgabat", offsetMinutes: 300 },
  { code: "KG", name: "Kyrgyzstan", capital: "Bishkek", offsetMinutes: 360 },
  { code: "DE", name: "Germany", capital: "Berlin", offsetMinutes: 60 },
  { code: "FR", name: "France", capital: "Paris", offsetMinutes: 60 },
  { code: "IT", name: "Italy", capital: "Rome", offsetMinutes: 60 },
  { code: "ES", name: "Spain", capital: "Madrid", offsetMinutes: 60 },
  { code: "GB", name: "the United Kingdom", capital: "London", offsetMinutes: 0 },
  { code: "US", name: "the United States", capital: "Washington", offsetMinutes: -300 },
  { code: "CA", name: "Canada", capital: "Ottawa", offsetMinutes: -300 },
  { code: "BR", name: "Brazil", capital: "Brasilia", offsetMinutes: -180 },
  { code: "MX", name: "Mexico", capital: "Mexico City", offsetMinutes: -360 },
  { code: "JP", name: "Japan", capital: "Tokyo", offsetMinutes: 540 },
  { code: "KR", name: "the Republic of Korea", capital: "Seoul", offsetMinutes: 540 },
  { code: "IN", name: "India", capital: "New Delhi", offsetMinutes: 330 },
  { code: "PK", name: "Pakistan", capital: "Islamabad", offsetMinutes: 300 },
  { code: "ID", name: "Indonesia", capital: "Jakarta", offsetMinutes: 420 },
  { code: "MY", name: "Malaysia", capital: "Kuala Lumpur", offsetMinutes: 480 },
  { code: "SG", name: "Singapore", capital: "Singapore", offsetMinutes: 480 },
  { code: "AU", name: "Australia", capital: "Canberra", offsetMinutes: 600 },
  { code: "SA", name: "Saudi Arabia", capital: "Riyadh", offsetMinutes: 180 },
  { code: "AE", name: "the United Arab Emirates", capital: "Abu Dhabi", offsetMinutes: 240 },
  { code: "QA", name: "Qatar", capital: "Doha", offsetMinutes: 180 },
  { code: "EG", name: "Egypt", capital: "Cairo", offsetMinutes: 120 },
  { code: "MA", name: "Morocco", capital: "Rabat", offsetMinutes: 60 },
  { code: "NG", name: "Nigeria", capital: "Abuja", offsetMinutes: 60 },
  { code: "KE", name: "Kenya", capital: "Nairobi", offsetMinutes: 180 },
  { code: "ZA", name: "South Africa", capital: "Pretoria", offsetMinutes: 120 },
  { code: "PL", name: "Poland", capital: "Warsaw", offsetMinutes: 60 },
  { code: "RO", name: "Romania", capital: "Bucharest", offsetMinutes: 120 },
  { code: "HU", name: "Hungary", capital: "Budapest", offsetMinutes: 60 },
  { code: "UA", name: "Ukraine", capital: "Kyiv", offsetMinutes: 120 },
  { code: "NO", name: "Norway", capital: "Oslo", offsetMinutes: 60 },
  { code: "NL", name: "the Netherlands", capital: "Amsterdam", offsetMinutes: 60 },
  { code: "CH", name: "Switzerland", capital: "Bern", offsetMinutes: 60 },
];

export const BODIES = [
  "Ministry of Economy",
  "Ministry of Foreign Affairs",
  "Ministry of Energy",
  "Ministry of Digital Development and Transport",
  "Ministry of Agriculture",
  "Ministry of Science and Education",
  "Ministry of Health",
  "Ministry of Culture",
  "Ministry of Finance",
  "Ministry of Ecology and Natural Resources",
  "Ministry of Labour and Social Protection",
  "Ministry of Youth and Sports",
  "Ministry of Justice",
  "State Customs Committee",
  "State Tourism Agency",
  "Central Bank",
  "Investment Promotion Agency",
  "Space Agency",
  "Civil Aviation Authority",
  "Chamber of Commerce",
];

export const TOPICS = [
  "renewable energy", "rail freight", "customs cooperation", "digital trade", "water management",
  "higher education", "public health", "cultural heritage", "tourism", "investment protection",
  "agricultural exports", "green hydrogen", "civil aviation", "cybersecurity", "space research",
  "pharmaceutical production", "critical minerals", "fisheries", "vocational training",
  "small business lending", "port logistics", "electricity interconnection", "satellite communications",
  "wheat supplies", "vaccine research", "museum exchanges", "film co-production", "judicial training",
  "anti-money-laundering", "pension reform", "youth exchanges", "flood prevention", "forest protection",
  "carbon markets", "offshore wind", "nuclear safety", "food security", "e-government services",
  "mobile payments", "artificial intelligence", "semiconductor supply chains", "cotton processing",
  "silk road heritage", "air cargo", "highway construction", "hospital construction", "drought resilience",
];

export const AGREEMENT_KINDS: Array<{ type: string; label: string }> = [
  { type: "MEMORANDUM_OF_UNDERSTANDING", label: "Memorandum of Understanding" },
  { type: "AGREEMENT", label: "Agreement" },
  { type: "JOINT_DECLARATION", label: "Joint Declaration" },
  { type: "PROTOCOL", label: "Protocol" },
  { type: "CONTRACT", label: "Contract" },
  { type: "TREATY", label: "Treaty" },
  { type: "OTHER", label: "Roadmap" },
];

export const FIRST_NAMES = [
  "Leyla", "Aykhan", "Nino", "Giorgi", "Mehmet", "Elif", "Wei", "Li", "Aruzhan", "Nursultan", "Dilnoza",
  "Timur", "Anna", "Lukas", "Camille", "Julien", "Giulia", "Marco", "Lucia", "Javier", "Emily", "James",
  "Sarah", "Michael", "Chloe", "Ana", "Rafael", "Haruto", "Yui", "Minjun", "Seoyeon", "Priya", "Arjun",
  "Ayesha", "Imran", "Siti", "Budi", "Fatima", "Omar", "Noura", "Khalid", "Amina", "Chinedu", "Wanjiru",
  "Thabo", "Agnieszka", "Piotr", "Ioana", "Andrei", "Zsofia", "Oksana", "Ingrid", "Sanne", "Matthias",
];

export const LAST_NAMES = [
  "Mammadova", "Hajizade", "Beridze", "Kapanadze", "Yilmaz", "Demir", "Zhang", "Wang", "Seitkali",
  "Abenov", "Karimova", "Rashidov", "Schmidt", "Weber", "Dubois", "Laurent", "Rossi", "Bianchi", "Garcia",
  "Fernandez", "Clarke", "Thompson", "Miller", "Tremblay", "Silva", "Santos", "Hernandez", "Tanaka",
  "Sato", "Kim", "Park", "Sharma", "Patel", "Khan", "Qureshi", "Wijaya", "Rahman", "Al-Saud", "Al-Mansouri",
  "Al-Thani", "Hassan", "Benali", "Okafor", "Mwangi", "Nkosi", "Kowalska", "Nowak", "Popescu", "Ionescu",
  "Nagy", "Kovalenko", "Hansen", "de Vries", "Keller",
];

export const ROLES = [
  "Minister", "Deputy Minister", "Ambassador", "Director General", "Chairman", "Head of Department",
  "Spokesperson", "Governor", "Special Envoy", "Secretary of State",
];

/** Words sprinkled into bodies so that documents differ beyond their template (the long tail of a search index). */
export const WORDS = [
  "infrastructure", "corridor", "logistics", "transit", "capacity", "tariffs", "standards", "certification",
  "innovation", "startups", "incubator", "laboratory", "curriculum", "scholarships", "internships",
  "vaccination", "clinics", "telemedicine", "archives", "manuscripts", "exhibitions", "festivals",
  "pipelines", "substations", "turbines", "batteries", "electrolysers", "irrigation", "reservoirs",
  "desalination", "greenhouses", "orchards", "livestock", "fertilisers", "grain", "containers", "terminals",
  "ferries", "railcars", "locomotives", "runways", "airspace", "satellites", "launchers", "telescopes",
  "encryption", "datacentres", "broadband", "fibre", "spectrum", "licences", "procurement", "audits",
  "guarantees", "bonds", "microfinance", "remittances", "insurance", "pensions", "apprenticeships",
  "workshops", "seminars", "delegations", "consultations", "roadmaps", "benchmarks", "indicators",
  "monitoring", "inspections", "compliance", "sanitation", "recycling", "emissions", "reforestation",
  "wetlands", "glaciers", "earthquakes", "floods", "wildfires", "drought", "heatwaves", "resilience",
  "mediation", "arbitration", "extradition", "visas", "consulates", "diaspora", "translation", "heritage",
  "mosaics", "caravanserai", "carpets", "ceramics", "orchestras", "theatres", "cinema", "athletes",
  "stadiums", "marathon", "chess", "wrestling", "volunteers", "universities", "polytechnics", "robotics",
  "semiconductors", "lithium", "copper", "uranium", "hydropower", "geothermal", "solar", "windfarms",
];

/**
 * Sentence templates. Slots: {A}/{B} the two countries, {C} the city, {M} the issuing body, {T}/{T2}
 * topics, {W1}/{W2} words, {N} a number, {P} a person, {R} a role, {Y} a year.
 */
export const SENTENCES = [
  "The {M} of {A} and its counterparts from {B} met in {C} to discuss {T}.",
  "The delegations reviewed progress on {T} and agreed to expand cooperation on {T2}.",
  "Both sides stressed the importance of {W1} and {W2} for the coming years.",
  "The parties signed documents on {T}, which provide for joint projects worth {N} million dollars.",
  "{P}, {R}, said that cooperation between {A} and {B} had reached a new level.",
  "Trade between the two countries grew by {N} per cent in {Y}, driven by {W1}.",
  "A joint working group on {T2} will meet twice a year, alternately in {A} and {B}.",
  "The meeting also addressed {W1}, {W2} and the modernisation of {T}.",
  "Experts from {B} will visit {C} next month to assess {W1} projects.",
  "The sides agreed to simplify procedures for {W2} and to exchange data on {T}.",
  "The programme includes training for {N} specialists in {T2}.",
  "Particular attention was paid to {W1}, where both countries see considerable potential.",
  "The {M} noted that the agreements on {T} would create {N} jobs by {Y}.",
  "Representatives of private companies from {A} and {B} took part in a business forum on {T2}.",
  "The next round of consultations on {T} is scheduled for {Y} in {C}.",
  "{P} thanked the delegation of {B} for its constructive approach to {W2}.",
  "The parties exchanged views on regional issues, including {W1} and {T2}.",
  "A pilot project on {W2} will start in {C} and later extend to other regions.",
  "The documents signed today open new opportunities for {T} and {W1}.",
  "The two governments will report on the implementation of the agreements on {T} by {Y}.",
];

export const QUOTES = [
  "Our cooperation on {T} shows what two partners can achieve together.",
  "This agreement opens a new chapter in the relations between {A} and {B}.",
  "We expect the first results in {T2} before the end of {Y}.",
  "The investments in {W1} will benefit people in both countries.",
  "We are ready to share our experience in {T} with our friends from {B}.",
  "Today we have turned our plans for {T2} into concrete commitments.",
];
