import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";
import { findQuoteSpans, quoteContent } from "./quote-spans";
import { paragraphs } from "./text-utils";

const quotes = (text: string) => extractRelease(text).quotes.map(({ speaker, text: t }) => ({ speaker, text: t }));

describe("quote spans", () => {
  it("pairs straight and curly marks and leaves nested marks of another kind alone", () => {
    const text = 'He said "one two three" and then “four \"five\" six”.';
    const spans = findQuoteSpans(text, paragraphs(text));
    expect(spans.map((s) => quoteContent(text, s))).toEqual(["one two three", 'four "five" six']);
  });

  it("continues a quotation into a paragraph that opens with a quotation mark", () => {
    const text = '"First paragraph of the statement.\n\n"Second paragraph of it.\n\n"Third and last."\n\nAfter.';
    const spans = findQuoteSpans(text, paragraphs(text));
    expect(spans).toHaveLength(1);
    expect(quoteContent(text, spans[0]!)).toBe(
      "First paragraph of the statement.\n\nSecond paragraph of it.\n\nThird and last.",
    );
  });

  it("ends an unclosed quotation at the end of its paragraph", () => {
    const text = 'She noted: "The work goes on as planned.\n\nIn addition, the sides met.';
    const spans = findQuoteSpans(text, paragraphs(text));
    expect(spans).toHaveLength(1);
    expect(spans[0]!.close).toBeNull();
    expect(quoteContent(text, spans[0]!)).toBe("The work goes on as planned.");
  });
});

describe("quotes", () => {
  it("attributes 'X said:' with straight quotes and 'X noted:' with curly quotes", () => {
    const text =
      'Ambassador Hiroshi Tanaka said: "Direct flights will bring our peoples closer together."\n\nMinister Aidar Nurlanov noted: “The next step is a common list of priority projects.”';
    expect(quotes(text)).toEqual([
      { speaker: "Hiroshi Tanaka", text: "Direct flights will bring our peoples closer together." },
      { speaker: "Aidar Nurlanov", text: "The next step is a common list of priority projects." },
    ]);
  });

  it("attributes after the quotation and turns the final comma into a full stop", () => {
    const text =
      "“Small warehouses have been priced out of automation for too long,” said Maria Lindqvist, chief executive officer of Northwind Robotics. “With Kestrel, an operator can start small.”";
    const r = extractRelease(text).quotes;
    expect(r.map((q) => [q.speaker, q.role, q.organisation, q.text])).toEqual([
      [
        "Maria Lindqvist",
        "Chief Executive Officer",
        "Northwind Robotics",
        "Small warehouses have been priced out of automation for too long.",
      ],
      [
        "Maria Lindqvist",
        "Chief Executive Officer",
        "Northwind Robotics",
        "With Kestrel, an operator can start small.",
      ],
    ]);
    expect(text.slice(r[0]!.range[0], r[0]!.range[1])).toBe(
      "Small warehouses have been priced out of automation for too long,",
    );
  });

  it("reads a quotation over several paragraphs introduced in the paragraph before", () => {
    const text =
      'Opening the meeting, Minister of Energy Rashad Karimli said:\n\n"Azerbaijan has been a reliable supplier of gas for decades.\n\n"We will build new capacity in wind and solar power."\n\nThe sides then met.';
    expect(quotes(text)).toEqual([
      {
        speaker: "Rashad Karimli",
        text: "Azerbaijan has been a reliable supplier of gas for decades.\n\nWe will build new capacity in wind and solar power.",
      },
    ]);
  });

  it("keeps a quotation whose closing mark is missing, up to the end of its paragraph", () => {
    const text =
      "Speaking to journalists, A. Nurlanov noted: “The next step is a common list of priority projects, which the group will present in June.\n\nThe sides also discussed logistics.";
    expect(quotes(text)).toEqual([
      {
        speaker: "A. Nurlanov",
        text: "The next step is a common list of priority projects, which the group will present in June.",
      },
    ]);
  });

  it("does not take quoted names and titles for speech", () => {
    const text =
      'Azerbaijan supports the "One China" policy. The forum "Middle Corridor: New Opportunities for Trade" opened, and the "Memorandum of Understanding between the Government of Azerbaijan and the Government of Georgia on transit" was signed. The "Digital Silk Way" project was presented.';
    expect(quotes(text)).toEqual([]);
  });

  it("takes the speaker from 'according to X'", () => {
    const text =
      "The document was signed by Minister of Investments Bekzod Tursunov.\n\nAccording to B. Tursunov, “the first projects of the centre are already being prepared by businesses of both countries.”";
    expect(quotes(text)).toEqual([
      {
        speaker: "Bekzod Tursunov",
        text: "the first projects of the centre are already being prepared by businesses of both countries.",
      },
    ]);
  });

  it("resolves 'he added' to an unnamed role when the sentence before names nobody", () => {
    const text =
      'Minister Rashad Karimli said: "We count on the Agency."\n\nThe Executive Director praised the progress made.\n\n"Azerbaijan\'s experience shows that producers can lead the transition," he added.';
    const r = extractRelease(text).quotes;
    expect(r[1]).toMatchObject({ speaker: null, role: "Executive Director" });
  });

  it("does not take a role for a name: 'said the High Representative'", () => {
    const text =
      "“Armenia is a valued partner of the European Union,” said the High Representative. “We will continue to support its reforms.”";
    expect(extractRelease(text).quotes.map((q) => [q.speaker, q.role])).toEqual([
      [null, "High Representative"],
      [null, "High Representative"],
    ]);
  });

  it("resolves 'he said' to the person named before", () => {
    const text =
      'Guliyev said the two countries would work on a preferential trade agreement with his counterpart. "The first round of talks will take place in Baku in March," he said.';
    expect(quotes(text)).toEqual([
      { speaker: "Guliyev", text: "The first round of talks will take place in Baku in March." },
    ]);
  });

  it("resolves 'the minister said' to the minister named in the text", () => {
    const text =
      'Minister of Foreign Affairs of the Republic of Azerbaijan Tural Mammadov noted that the documents matter.\n\n"Uzbekistan is our strategic partner in Central Asia", the minister said.';
    expect(quotes(text)).toEqual([
      { speaker: "Tural Mammadov", text: "Uzbekistan is our strategic partner in Central Asia" },
    ]);
  });

  it("does not let an attribution reach into the next paragraph", () => {
    const text =
      '"This contract shows that our gas remains in demand," Musayev said. "We are also discussing more volumes."\n\nFerri noted that Italy wants long-term contracts.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Musayev", "Musayev"]);
  });
});

describe("speakers introduced with initials and no full stops", () => {
  it("resolves a later surname to the name given with its initials ('K P Rao' … 'Rao said')", () => {
    const text =
      "Hillcrest Institute of Technology (HIT) has partnered with Lakeside Polytechnic. K P Rao, vice chancellor, HIT, signed the memorandum with Anna Berg, rector of Lakeside Polytechnic.\n\n" +
      "“The partnership opens our laboratories to both student bodies,” Rao said.";
    expect(quotes(text)).toEqual([
      { speaker: "K P Rao", text: "The partnership opens our laboratories to both student bodies." },
    ]);
  });

  it("does not take the article 'A' for an initial", () => {
    const text = "A Lakeside spokesperson, Tom Reed, said: “The exchange begins in autumn.”";
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Tom Reed"]);
  });
});

describe("speakers named by a title with their country, and names with an inner capital", () => {
  it("takes 'the Norwegian minister' for the Norwegian one of two ministers", () => {
    const text =
      "OSLO. Norway Minister Ingrid Dahl and Finland Minister Mikko Lahti signed a fisheries agreement on 3 May.\n\n" +
      '"Our coasts share one sea and now one rulebook," the Norwegian minister told reporters.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Ingrid Dahl"]);
  });

  it("reads McKenna and DeWitt as surnames, so 'he said' finds the person named last", () => {
    const text =
      "Governor Alan McKenna, who attended the signing, praised the universities.\n\n" +
      "“This partnership will bring students across the ocean,” he said.";
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Alan McKenna"]);
  });
});

describe("attributions after the quotation, broken marks and fragments", () => {
  const lead =
    "OSLO, 3 May 2024 - Norway's Minister of Trade Ingrid Dahl and Acme AS chief executive John Berg signed an agreement.\n\n";
  const said = (body: string) => quotes(lead + body).map((q) => [q.speaker, q.text]);

  it("reads '…,' said the minister (verb first, then a role)", () => {
    expect(said('"Trade will grow," said the minister.')).toEqual([["Ingrid Dahl", "Trade will grow."]]);
  });

  it("reads a signature after a dash", () => {
    expect(said('"Trade will grow." – Ingrid Dahl, Minister of Trade')).toEqual([["Ingrid Dahl", "Trade will grow."]]);
  });

  it("does not give one person's role to the next name after 'and'", () => {
    expect(said('In her speech, the minister said: "Trade will grow."')).toEqual([["Ingrid Dahl", "Trade will grow."]]);
  });

  it("does not take words quoted inside reported speech for a quotation", () => {
    expect(said('"Trade will grow," Berg noted, adding that "the plant opens in June."')).toEqual([
      ["John Berg", "Trade will grow."],
    ]);
  });

  it("closes a quotation whose closing mark went to the start of the next paragraph", () => {
    const body =
      'Highlighting the agreement, Minister Dahl said, "Trade will grow between our countries.\n\n"Turning to the plant, chief executive John Berg said, "Production starts in June."';
    expect(said(body)).toEqual([
      ["Ingrid Dahl", "Trade will grow between our countries."],
      ["John Berg", "Production starts in June."],
    ]);
  });
});

describe("given names that are also country adjectives", () => {
  it("reads 'Representatives German Valdez and …' and resolves a later 'Valdez said'", () => {
    const text =
      "ISLAMABAD, 8 September 2024 - Agency Representatives German Valdez and Fund Representative Omar Ali signed the agreement.\n\n" +
      'Highlighting its significance, Representative Valdez said, "A girl in school is a girl with a future."';
    expect(quotes(text).map((q) => q.speaker)).toEqual(["German Valdez"]);
  });
});

describe("quotations that end outside their marks or lost their spaces", () => {
  it("reads a quotation that is a sentence by itself, its full stop after the closing mark", () => {
    const text =
      "OSLO, 3 May 2024 - Minister Ana Ruiz spoke with her counterpart.\n“We spoke by phone today,” Ana Ruiz wrote on her channel. “We discussed trade, energy and the next round of talks”.\nThe ministers will meet in June.";
    expect(quotes(text)).toEqual([
      { speaker: "Ana Ruiz", text: "We spoke by phone today." },
      { speaker: "Ana Ruiz", text: "We discussed trade, energy and the next round of talks" },
    ]);
    // A name quoted inside the writer's sentence stays a name.
    expect(quotes('OSLO, 3 May 2024 - The ministry opened the "Clean Water for Every Village".')).toEqual([]);
  });

  it("opens a straight quotation glued to the sentence before it", () => {
    const text =
      'OSLO, 3 May 2024 - Ovel and Tarn signed an MoU in Oslo.The MoU covers hydrogen supply."This partnership is an important step for the industry," said Mr. Ola Berg.';
    expect(quotes(text)).toEqual([
      { speaker: "Ola Berg", text: "This partnership is an important step for the industry." },
    ]);
  });
});

describe("'he said' after words that name someone else", () => {
  it("is not the person the quotation speaks of, and a possessive is not part of a name", () => {
    const text =
      "OSLO, 3 May 2024 - Norway and Finland signed agreements during Finnish Prime Minister Ana Ruiz's first visit to Oslo.\n\n" +
      "Talks were held between Norwegian President Ola Berg and Ruiz in the morning.\n\n" +
      '"We had in-depth talks on a wide range of topics," Berg told reporters.\n\n' +
      '"I discussed many issues with President Berg, which will take our relations forward," she said.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Ola Berg", "Ana Ruiz"]);
  });
});

describe("attributions after the quotation with the name first", () => {
  const lead = "OSLO, 3 May 2024 - Ovel Holdings and the Tarn Institute signed a memorandum on battery research.\n\n";
  const who = (line: string) => extractRelease(lead + line).quotes.map((q) => [q.speaker, q.role]);

  it("reads 'Name, appositive, said' and 'Name, who …, said'", () => {
    expect(who("“This is a big day for our company and the region,” Jane Doe, CEO of Ovel Holdings, said.")).toEqual([
      ["Jane Doe", "CEO"],
    ]);
    expect(who("“This is a big day for our company and the region,” Jane Doe, the CEO, said in a statement.")).toEqual([
      ["Jane Doe", "CEO"],
    ]);
    expect(who("“This is a big day for our institute and the region,” Berg, who leads the institute, said.")).toEqual([
      ["Berg", null],
    ]);
  });

  it("reads 'the <organisation> <role> Name said' and a role in brackets", () => {
    expect(
      who("“This is a big day for our institute and the region,” the Tarn Institute director Ola Berg said."),
    ).toEqual([["Ola Berg", "Tarn Institute Director"]]);
    expect(
      who("Ola Berg (Director, Tarn Institute) said: “This is a big day for our institute and the region.”"),
    ).toEqual([["Ola Berg", "Director"]]);
  });
});

describe("more attributions", () => {
  const lead =
    "OSLO, 3 May 2024 - Ovel Holdings and the Tarn Institute signed a memorandum on battery research. Ovel CEO Jane Doe and Tarn Institute director Ola Berg signed it.\n\n";
  const who = (body: string) => extractRelease(lead + body).quotes.map((q) => q.speaker);

  it("reads 'according to' after the quotation and a subject with clauses after the name", () => {
    expect(who("“This is a big day for our company and for the region,” according to Ms. Doe.")).toEqual(["Jane Doe"]);
    expect(
      who("Jane Doe, 45, who joined Ovel in 2019, said: “This is a big day for our company and the region.”"),
    ).toEqual(["Jane Doe"]);
  });

  it("goes on with the speaker past a paragraph that names nobody, not past one that names someone", () => {
    expect(
      who(
        "“This is a big day for our institute,” said Berg.\n\nThe institute was founded in 1990.\n\n“We will open a lab next year and hire twenty people.”",
      ),
    ).toEqual(["Ola Berg", "Ola Berg"]);
    expect(
      who(
        "“This is a big day for our institute,” said Berg.\n\nMinister Ana Ruiz attended the signing.\n\n“We will open a lab next year and hire twenty people.”",
      ),
    ).toEqual(["Ola Berg", null]);
  });
});

describe("'she said' and 'he said' with people the text titles", () => {
  it("does not give a woman's words to the man named last", () => {
    const text =
      "OSLO, 3 May 2024 - Ms. Jane Doe, chief executive of Ovel, met Mr. Ola Berg, director of the Tarn Institute.\n\n" +
      "“This is a big day for our company and for the region,” she said.";
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Jane Doe"]);
  });
});

describe("a name before a colon", () => {
  it("gives the words to a person the text names elsewhere, not to any label", () => {
    const lead = "OSLO, 3 May 2024 - Ovel CEO Jane Doe and Tarn Institute director Ola Berg met in Oslo.\n\n";
    expect(
      quotes(lead + "Jane Doe: “This is a big day for our company and for the region.”").map((q) => q.speaker),
    ).toEqual(["Jane Doe"]);
    expect(
      quotes(lead + "Background: “The talks went on for many hours and ended late.”").map((q) => q.speaker),
    ).toEqual([null]);
  });
});

describe("a quotation cut off before its end", () => {
  it("is speech when it holds several sentences, and goes on with the speaker before it", () => {
    const text =
      "OSLO, 3 May 2024 - Ovel and Tarn signed a memorandum.\n\n“This is a big day for our company,” said Jane Doe, CEO of Ovel.\n\n“We have great plans in all fields of research. We have been able to achieve great success in addressing the";
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Jane Doe", "Jane Doe"]);
  });
});

describe("roles written another way after the quotation", () => {
  const lead =
    "OSLO, 3 May 2024 - Norwegian Ambassador Ola Berg and Minister of Health of Finland Ana Ruiz signed an agreement on hospitals.\n\n";
  const who = (line: string) => quotes(lead + line).map((q) => q.speaker);

  it("takes 'the Norwegian envoy' for the ambassador and reads a possessive before the role", () => {
    expect(who("“This agreement will save many lives in both countries,” the Norwegian envoy said.")).toEqual([
      "Ola Berg",
    ]);
    expect(who("“This agreement will save many lives in both countries,” Finland’s health minister said.")).toEqual([
      "Ana Ruiz",
    ]);
  });
});

describe("a cut-off quotation after a sentence reporting speech", () => {
  it("gives it to the person the sentence before reports", () => {
    const text =
      "OSLO, 3 May 2024 - Norway opened an embassy in Tarn.\n\nIn his speech, Foreign Minister Ola Berg noted that the embassy marks a milestone.\n\n“Every time an embassy opens, we know we have done something right. Whether it is trade or culture, we grow closer to";
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Ola Berg"]);
  });
});

describe("speakers named by their office, and pronouns that continue a sentence's subject", () => {
  const Q = "This memorandum opens a new chapter in our work on clean water for the region";
  const speakerOf = (intro: string, quote: string) =>
    quotes(`Water pact\n\nOSLO, 3 May 2024 - ${intro}\n\n${quote}\n\nThe work starts in June.\n`)[0]?.speaker;

  it("reads an academic title as how a person is addressed, the office beside it as the role", () => {
    for (const intro of [
      "Professor John Roe, Rector of Tarn University, welcomed the delegation.",
      "The Rector of Tarn University, Professor John Roe, welcomed the delegation.",
      "The memorandum was signed by Jane Doe, Director of the Ovel Water Board, and Professor John Roe, Rector of Tarn University.",
    ])
      expect(speakerOf(intro, `“${Q},” the Rector said.`)).toBe("John Roe");
  });

  it("gives 'he said' inside a sentence to the sentence's subject, not to the person named last", () => {
    expect(
      speakerOf(
        "Rector John Roe of Tarn University and Director Jane Doe of the Ovel Water Board signed the memorandum.",
        `The Rector thanked Director Jane Doe for her visit and hoped both bodies would gain from the work. The memorandum will help both of them, he said, adding: “${Q}.”`,
      ),
    ).toBe("John Roe");
  });
});

describe("quotations whose opening mark was lost", () => {
  it("reads speech that goes on after 'she said' and closes at the end of a later paragraph", () => {
    const got = quotes(
      "New posts\n\nOSLO, 3 May 2024 - Norway opens two embassies. Foreign Minister Kari Nordmann announced the posts on Friday.\n\n“As a family of nations, it is in our shared interest to boost trade,” she said.\n\nThese new posts are in regions which provide huge potential for our businesses and will help us deepen our relationships.\n\nAfter this year, Norway will remain open for business and a champion of the international order.”\n\nThe posts open in June.\n",
    );
    expect(got.map((q) => q.speaker)).toEqual(["Kari Nordmann", "Kari Nordmann"]);
    expect(got[1]!.text).toMatch(/^These new posts .* international order\.$/s);
  });

  it("closes a quotation left open at the end of its paragraph where a later paragraph closes it", () => {
    const got = quotes(
      "New posts\n\nOSLO, 3 May 2024 - Norway opens two embassies.\n\nForeign Minister Kari Nordmann said: “These new posts are in regions which provide huge potential for our businesses.\n\nAfter this year, Norway will remain open for business and a champion of the international order.”\n\nThe posts open in June.\n",
    );
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ speaker: "Kari Nordmann" });
    expect(got[0]!.text).toMatch(/^These new posts .*businesses\.\n\nAfter this year, .* order\.$/s);
  });
});

describe("attributions naming a body's officer", () => {
  const intro =
    "Water pact\n\nOSLO, 3 May 2024 - The Ovel Water Board and Tarn University signed a memorandum of understanding on water research on Friday.\n\n";
  const speakers = (body: string) => quotes(`${intro}${body}\n\nThe work starts in June.\n`).map((q) => q.speaker);

  it("never takes the end of a body's name for a person", () => {
    expect(
      speakers("“We are proud of this partnership,” said the Director of the Ovel Water Board, Jane Doe."),
    ).toEqual(["Jane Doe"]);
  });

  it("reads 'said X, Title of Y, adding: “…”' for both quotations", () => {
    expect(
      speakers(
        "“We are proud of this partnership. It is a milestone,” said Jane Doe, Director of the Ovel Water Board, adding: “It will bring clean water to thousands of families.”",
      ),
    ).toEqual(["Jane Doe", "Jane Doe"]);
  });
});

describe("mixed marks and speech reported with a participle", () => {
  it("closes a curly mark with a straight one right after a word", () => {
    const text =
      'VANCOUVER, Sept. 9, 2021 (GLOBE NEWSWIRE) -- Ovel Growing Ltd. (“the Company") (NASDAQ: OVGR), an AgTech company, today announced the signing of a Memorandum of Understanding (“MOU”) with Tarn Bliss, Ltd.';
    expect(findQuoteSpans(text, paragraphs(text)).map((s) => quoteContent(text, s))).toEqual(["the Company", "MOU"]);
  });

  it("gives an unattributed quotation to the subject of a sentence that reports speech with 'saying'", () => {
    const got = quotes(
      "Project Cure\n\nLAGOS - Mr Moses Owharo, the director of the Ovel Foundation, spoke at the signing.\n\nOwharo listed the benefiting countries to include Ghana and Togo, saying that the foundation would work closely with partners.\n\n“For the success of this project we will work with the diplomatic community and local stakeholders.”\n\nThe project starts in June.",
    );
    expect(got).toEqual([expect.objectContaining({ speaker: "Moses Owharo" })]);
  });
});

describe("speech cut off where the text ends, and bodies that speak", () => {
  it("keeps a quotation cut off by the end of the text, with the speaker it continues", () => {
    const got = quotes(
      'Access signs deal\n\nDALLAS, June 1, 2010 - Access signed a license with ASK.\n\n"We are very pleased to have ASK as our first partner for ProLindac," said Jeffrey B. Davis, Access President. "ASK is the second largest supplier of platinum based oncology agents in China and has a long history of',
    );
    expect(got.map((q) => q.speaker)).toEqual(["Jeffrey B. Davis", "Jeffrey B. Davis"]);
    expect(got[1]!.text).toMatch(/^ASK is the second largest/);
  });

  it("gives a quotation to the body that said or tweeted it", () => {
    const got = quotes(
      'Schools for Nepal\n\nThe Embassy of India and the Ministry of Education of Nepal on Monday signed an MoU for three schools.\n\nThe Embassy of India in Nepal further said, "As close neighbours, India and Nepal share wide-ranging cooperation."\n\nIndian Embassy in Nepal tweeted, "Today we signed an MoU for three schools in Nepal."',
    );
    expect(got.map((q) => q.speaker)).toEqual(["Embassy of India in Nepal", "Indian Embassy in Nepal"]);
  });
});

describe("a speech verb with its occasion before 'that'", () => {
  it("attributes 'X said in his address to the media that “…”' to X", () => {
    const got = quotes(
      "WHO and Sylvania sign agreement\n\nJuba, 25 October 2013 -- The agreement was signed today. Regional Director Dr Luis Sambo spoke at the ceremony. Dr Sambo said in his address to the media that “WHO will remain a reliable partner of the Government and people of Sylvania.” He thanked the government.",
    );
    expect(got.map((q) => q.speaker)).toEqual(["Luis Sambo"]);
  });
});

describe("speech nobody is named for", () => {
  it("goes to the person named last in the paragraph before, when no other quotation is near", () => {
    const got = quotes(
      "Tarn opens a lab\n\nOSLO, 3 May 2024 - Tarn University and Ovel Labs signed a memorandum of understanding on Friday. Rector Ola Berg welcomed the partners to the campus.\n\n“We will open a lab next year and hire twenty people.”\n\nThe lab opens in June.",
    );
    expect(got.map((q) => q.speaker)).toEqual(["Ola Berg"]);
  });
});
