import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

// Formats of company wires, UK-style government pages and embassy notes that the real-release
// batches did not show the rules (issue 15); the texts here are made up.
const quotes = (text: string) => extractRelease(text).quotes.map((q) => ({ speaker: q.speaker, text: q.text }));

describe("single quotation marks", () => {
  const text = [
    "Norway and the UK sign wind agreement",
    "The UK and Norway have signed a memorandum of understanding to connect their offshore wind farms.",
    "Energy Secretary Claire Coutinho said:",
    "‘This agreement means cheaper power for families in both countries. It is a big step.’",
    "Norway’s Minister of Energy, Terje Aasland, said: ‘We have shared the North Sea for centuries, and now we share its wind.’",
    "'It is a milestone for the whole industry,' said Claire Coutinho.",
    "Leaders met at the ‘Blue Economy’ forum and the countries’ negotiators’ teams will meet again.",
  ].join("\n\n");

  it("reads curly and straight single quotations as speech, with their speakers", () => {
    expect(quotes(text)).toEqual([
      {
        speaker: "Claire Coutinho",
        text: "This agreement means cheaper power for families in both countries. It is a big step.",
      },
      {
        speaker: "Terje Aasland",
        text: "We have shared the North Sea for centuries, and now we share its wind.",
      },
      { speaker: "Claire Coutinho", text: "It is a milestone for the whole industry." },
    ]);
  });

  it("does not take apostrophes or a quoted name for a quotation", () => {
    expect(quotes(text).some((q) => /Blue Economy|negotiators/.test(q.text))).toBe(false);
  });
});

describe("wire layouts", () => {
  it("dates a release issued from two cities", () => {
    const r = extractRelease(
      "BOSTON and ZURICH, June 2, 2021 /PRNewswire/ -- Carrow Bio and Delta Labs AG today announced a licence agreement.",
    );
    expect(r.dateline).toMatchObject({ place: "Boston and Zurich", date: "2021-06-02" });
  });

  it("takes the signature on the line below a quotation as its speaker", () => {
    const text = [
      "BOSTON, June 2, 2021 /PRNewswire/ -- Carrow Bio and Delta Labs AG today announced a collaboration.",
      '"This collaboration pairs their discovery platform with our clinical expertise."',
      "- Helen Brooks, PhD, CEO, Carrow Bio",
      "“We have long admired Carrow's team and look forward to working together.”",
      "— Marc Weber, Chief Scientific Officer, Delta Labs",
    ].join("\n\n");
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Helen Brooks", "Marc Weber"]);
  });

  it("gives “she added” to the person who spoke, not to the company named in her title", () => {
    const text = [
      "BOSTON, June 2, 2021 /PRNewswire/ -- Carrow Bio signed a term sheet with Delta Labs AG.",
      'Helen Brooks, Chief Executive Officer of Carrow, said, "The term sheet is a first step toward a licence." She added, "Patients are waiting, and we intend to move quickly."',
    ].join("\n\n");
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Helen Brooks", "Helen Brooks"]);
  });
});

describe("a sentence that hands over to the quotation with a colon", () => {
  it("gives the quotation to the sentence's subject", () => {
    const text = [
      "ACCRA – Ambassador Linda Green and Minister of Health Dr. Paul Mensah signed a Letter of Intent on disease surveillance.",
      'At the ceremony, Ambassador Green stated, "The United States is proud to stand with Ghana."',
      "Dr. Mensah thanked the American people: “Ghana will not forget this support.”",
    ].join("\n\n");
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Linda Green", "Paul Mensah"]);
  });
});

describe("a page's date label on a line of its own", () => {
  it("reads the date on the line below “Published”", () => {
    const text = [
      "Press release",
      "UK and Norway sign agreement on wind",
      "From:",
      "Department for Energy Security and Net Zero",
      "Published",
      "14 March 2024",
      "The UK and Norway have signed a memorandum of understanding.",
    ].join("\n");
    expect(extractRelease(text).dateline.date).toBe("2024-03-14");
  });
});

describe("a bulleted list of signed documents", () => {
  const text = [
    "Nairobi, 5 June 2022 – Uganda and Kenya today signed three documents during the state visit.",
    "The parties signed:",
    "- a Memorandum of Understanding on Cooperation in Standards and Metrology;",
    "- an Agreement on the Avoidance of Double Taxation.",
    "The documents were signed by Minister Jane Roe for Uganda and Cabinet Secretary Peter Kamau for Kenya.",
  ].join("\n\n");

  it("titles each item without the article and stops at the prose after the list", () => {
    expect(extractRelease(text).agreements.map((a) => a.title)).toEqual([
      "Memorandum of Understanding on Cooperation in Standards and Metrology",
      "Agreement on the Avoidance of Double Taxation",
    ]);
  });
});

describe("a quoted name before a single-mark quotation", () => {
  it("starts the quotation at its own opening mark", () => {
    const text =
      "Minister Ana Ruiz opened the ‘Blue Economy’ forum and said: ‘Our oceans feed millions of people every day.’";
    expect(quotes(text)).toEqual([{ speaker: "Ana Ruiz", text: "Our oceans feed millions of people every day." }]);
  });
});

describe("agreements under other names", () => {
  const agreements = (text: string) =>
    extractRelease(text).agreements.map(({ title, parties }) => ({ title, parties }));

  it("reads an accord, an exchange of notes and a passive signing a few words after the title", () => {
    const text = [
      "LONDON, 12 September 2022 – Separately, the Georgian Railway signed an accord with Azerbaijan Railways to speed up freight.",
      "In addition, a Grant Agreement worth £2 million was signed between the Foreign Office and UNICEF Nigeria.",
      "Also signed was an Exchange of Notes between the United Kingdom and Nigeria on a debt swap.",
    ].join("\n\n");
    expect(agreements(text)).toEqual([
      { title: "Accord", parties: ["Georgian Railway", "Azerbaijan Railways"] },
      { title: "Grant Agreement", parties: ["Foreign Office", "UNICEF Nigeria"] },
      { title: "Exchange of Notes on a debt swap", parties: ["United Kingdom", "Nigeria"] },
    ]);
  });

  it("keeps the topic when the passive signing names the signatories", () => {
    const text =
      "PALIKIR, 13 December 2016 – An Agreement on Economic and Technical Cooperation was signed between Secretary Lorin Bell and Ambassador Li Jie on behalf of their governments.";
    expect(agreements(text).map((a) => a.title)).toEqual(["Agreement on Economic and Technical Cooperation"]);
  });
});

describe("a speaker with a middle initial and a company after the title", () => {
  it("names the whole person for both quotations, the second given by a pronoun", () => {
    const text = [
      "DALLAS, May 4, 2010 /PRNewswire/ -- Orbit Pharma, Inc. signed a research agreement with a large drug maker.",
      "“We have made great progress in our delivery programs over the past year,” said Jeffrey B. Dale, President and CEO, Orbit Pharmaceuticals, Inc. He continued, “We look forward to the collaborative work ahead.”",
    ].join("\n\n");
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Jeffrey B. Dale", "Jeffrey B. Dale"]);
  });
});

describe("more ways a quotation is handed to its speaker", () => {
  it("reads letters after a name, 'said that;' and a sentence that names the speaker before a comma", () => {
    const text = [
      'Hon. Minister Ruth Banda MP, Minister of Mining for Malawi stated: "The signing marks a proud day for our mining sector."',
      "Prof. Ken Okello said that; “We had two kinds of collaboration with the ministry this year.”",
      'Chief Economist Asghar Malik expressed his gratitude to the partners for their support, "We are grateful for the chance to work together on this."',
    ].join("\n\n");
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Ruth Banda", "Ken Okello", "Asghar Malik"]);
  });
});

describe("more datelines of stored pages", () => {
  it("reads a byline without its author and an ACCESSWIRE dateline", () => {
    expect(
      extractRelease("Acme and Zeta Sign MoU\nBy: April 15, 2022 ,The Full Story\nThe two signed an MoU.").dateline
        .date,
    ).toBe("2022-04-15");
    expect(
      extractRelease(
        "Highlights\nLONDON, UK AND VANCOUVER, BC / ACCESSWIRE / July 29, 2024 / Acme Resources Ltd. is pleased to announce an agreement.",
      ).dateline,
    ).toMatchObject({ place: "London, UK", date: "2024-07-29" });
  });
});

describe("a body speaking as itself", () => {
  it("gives “the ministry said” to the ministry named before", () => {
    const text = [
      "MOSCOW, 18 September 2019 – The minister and the fund's director signed a memorandum of understanding, the Northland Foreign Ministry said on Tuesday.",
      '"The memorandum raises our cooperation with the Fund to a strategic level," the ministry said.',
    ].join("\n\n");
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Northland Foreign Ministry"]);
  });

  it("gives it to nobody when no such body was named", () => {
    const text = '"The memorandum raises our cooperation with the Fund to a new level," the ministry said.';
    expect(quotes(text).map((q) => q.speaker)).toEqual([null]);
  });
});

describe("agreements that were and were not signed here", () => {
  const titles = (text: string) => extractRelease(text).agreements.map((a) => a.title);

  it("does not count a named agreement that a sentence only talks about", () => {
    expect(
      titles(
        "PORT LOUIS, 3 March 2021 – The High Commissioner paid a courtesy call on the Minister. Trade is high on the agenda in terms of new Economic Partnership Agreements.",
      ),
    ).toEqual([]);
  });

  it("does not count an agreement someone intends to execute, or talks on its execution", () => {
    expect(
      titles(
        "SUVA, 5 May 2022 – The Attorney General expressed intentions to execute a Development Co-operation Agreement between Fiji and Pakistan. The Permanent Secretary agreed to initiate talks with the envoy on the execution of the Agreement between Fiji and Pakistan.",
      ),
    ).toEqual([]);
  });

  it("counts a signing told as a noun, or as what a meeting was used for", () => {
    expect(
      titles(
        "CARDIFF, 2 May 2019 – The two ministers used their first meeting to sign a declaration of intent on innovation.",
      ),
    ).toEqual(["Declaration of Intent on innovation"]);
    expect(
      titles(
        "RADFORD, 9 October 2019 – The college and Acme Solutions formalized their partnership through a memorandum of understanding (MOU) signing in Kyle Hall.",
      ),
    ).toEqual(["Memorandum of Understanding"]);
  });

  it("does not count a document looked back on as signed", () => {
    const text =
      "KINGSTON, 15 April 2022 – Jamaica and Rwanda signed a memorandum of understanding on tourism development. With respect to the signed agreement on tourism, the prime minister said the sector matters to both economies.";
    expect(titles(text)).toEqual(["Memorandum of Understanding on tourism development"]);
  });

  it("reads a list of signed documents across its subheadings", () => {
    const text = [
      "NEW DELHI, 22 April 2022 – India and the UK signed four memoranda of understanding.",
      "The MoUs signed include:",
      "Government to Government",
      "MoU on implementation of the Innovation Partnership between the Ministry of External Affairs and the Foreign Office.",
      "Non-Governmental",
      "MoU on the establishment of a Chair at Lakeside University between ICCR and Lakeside University.",
    ].join("\n\n");
    expect(extractRelease(text).agreements.map(({ title, parties }) => ({ title, parties }))).toEqual([
      {
        title: "MoU on implementation of the Innovation Partnership",
        parties: ["Ministry of External Affairs", "Foreign Office"],
      },
      { title: "MoU on the establishment of a Chair at Lakeside University", parties: ["ICCR", "Lakeside University"] },
    ]);
  });
});

describe("a quotation after a sentence that reports someone's words", () => {
  it("goes on with that person's words, in the next paragraph or the same one", () => {
    const text = [
      "AUCKLAND, 2 March 2018 – Acme Milk extended its supply contract with Zeta Foods.",
      "Geoffrey Babb, Managing Director of Acme Milk, implied that the agreement fits the company's strategy.",
      "‘This new agreement has been carefully developed to give the company security of supply.’",
      "“We look forward to the cooperation with all our partners.” said Bramson. Zeta's vice-president, Dr. Mo Elbe, says the contract is the first step in a long partnership. “Capitalizing on our strengths will create unique opportunities for everyone.”",
    ].join("\n\n");
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Geoffrey Babb", "Bramson", "Mo Elbe"]);
  });
});

describe("“he said” after sentences about several people", () => {
  it("is the one the sentences before say is speaking, not the last person named", () => {
    const text = [
      "NICOSIA, 3 May 2022 – Cyprus and the UK signed a memorandum of understanding.",
      "Speaking after the ceremony, Kasoulis said he was “very pleased to meet Secretary Clever.”",
      "“We had the opportunity to discuss a whole spectrum of relations between our countries,” he noted.",
    ].join("\n\n");
    expect(quotes(text).at(-1)?.speaker).toBe("Kasoulis");
  });

  it("goes back over “he said” to the person named, and finds who holds a role", () => {
    const text = [
      "COLOMBO, 26 January 2021 – India’s High Commissioner to Sri Lanka Gopal Bagla said that he is confident of the future.",
      "The High Commissioner said this in a statement to mark Republic Day.",
      "“Ever since my arrival in Colombo, I have worked with the Sri Lankan side with a sense of purpose,” he said.",
    ].join("\n\n");
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Gopal Bagla"]);
  });
});

describe("more speakers from dev-6's forms", () => {
  it("closes a quotation at two right single marks", () => {
    const text = "“The mission reflects our close relationship with our Pacific neighbours,’’ says Mr Kee.";
    expect(quotes(text)).toEqual([
      { speaker: "Kee", text: "The mission reflects our close relationship with our Pacific neighbours." },
    ]);
  });

  it("finds the minister behind “the head of the … Ministry”, of the right country", () => {
    const text = [
      "Yesterday, the Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov held a call with the Minister of Foreign Affairs of Mongolia Battsetseg Batmunkh.",
      "“We had a telephone conversation with the Mongolian minister today,” the head of the Uzbekistan Foreign Ministry wrote on his channel.",
      "After talks with the Minister of Foreign Affairs of Mongolia Battsetseg Batmunkh in the city of Tashkent, the head of the Ministry of Foreign Affairs of Uzbekistan wrote on his channel: “We welcome the decision to open an embassy.”",
    ].join("\n\n");
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Bakhtiyor Saidov", "Bakhtiyor Saidov"]);
  });
});

describe("documents counted off in one plural", () => {
  const found = (text: string) => extractRelease(text).agreements.map(({ title, parties }) => ({ title, parties }));

  it("makes one document of each listed topic, with the sentence's parties", () => {
    expect(
      found(
        "BEIJING, Sept. 5 (Xinhua) -- China and Kenya on Tuesday signed three agreements relating to transportation, environmental protection and the renovation of Lamu Airport.",
      ),
    ).toEqual([
      { title: "Agreement on transportation", parties: ["China", "Kenya"] },
      { title: "Agreement on environmental protection", parties: ["China", "Kenya"] },
      { title: "Agreement on the renovation of Lamu Airport", parties: ["China", "Kenya"] },
    ]);
  });

  it("reads “A and B” as two only when the count says two", () => {
    expect(
      found(
        "ABUJA, 12 May 2021 – Nigeria and France signed two letters of intent on the financing of a fibre network and the rehabilitation of a railway.",
      ).map((a) => a.title),
    ).toEqual([
      "Letter of Intent on the financing of a fibre network",
      "Letter of Intent on the rehabilitation of a railway",
    ]);
    expect(
      found(
        "WASHINGTON, 18 April 2006 – China and Chile signed several agreements on expanding cooperation in science and technology.",
      ),
    ).toHaveLength(1);
  });
});

describe("documents in quoted posts and plans still being worked on", () => {
  it("does not take a quoted post for a title nor its opening for parties", () => {
    const text = [
      "KATHMANDU, 6 January 2021 – The Embassy of India and the Ministry of Federal Affairs signed a memorandum of understanding for a school building.",
      'Sharing a post on X, spokesperson Ravi Jai wrote, "Today, @IndiaInNepal & @mofaga signed an MoU for 3 projects in Nepal in Edu, Health & Water Sectors, at',
    ].join("\n\n");
    const found = extractRelease(text).agreements;
    expect(found.every((a) => a.title.split(/\s+/).length < 12)).toBe(true);
    expect(found.flatMap((a) => a.parties).some((p) => /Sharing|"/.test(p))).toBe(false);
  });

  it("does not count an MoU the sides are working towards", () => {
    const text =
      "KUALA LUMPUR, April 27 — The minister said both countries were working towards an MoU on the defence industry.";
    expect(extractRelease(text).agreements).toEqual([]);
  });
});
