import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";
import { splitParties } from "./agreement-party-lists";
import { isIntentOnly } from "./agreement-signals";

const agreements = (text: string) =>
  extractRelease(text).agreements.map(({ type, title, parties }) => ({ type, title, parties }));

describe("agreements", () => {
  it("finds none in a release without agreements", () => {
    const text =
      "Northwind Robotics Unveils Picking Arm\n\nSAN FRANCISCO, June 9, 2023 /PRNewswire/ -- Northwind Robotics Inc. today announced the launch of Kestrel. Under the agreement with its distributor, shipping starts in September. The companies reached agreement on pricing.";
    expect(agreements(text)).toEqual([]);
  });

  it("finds none when the text only wants, plans or is expected to sign", () => {
    const text = [
      "Georgia intends to sign an agreement with Armenia on the joint use of power lines.",
      "The two governments plan to sign a memorandum of understanding on a new power line.",
      "Azerbaijan wants to sign a Treaty on Friendship with Hungary.",
      "The ministers will sign the Protocol on Consultations tomorrow.",
      "The Armenian side is expected to sign the protocol of the intergovernmental commission.",
      "A Contract for the supply of buses is expected to be signed in May.",
      "The ministers discussed a draft agreement on synchronising their power systems.",
    ].join(" ");
    expect(agreements(text)).toEqual([]);
  });

  it("tells a signed document from a planned one in the same text", () => {
    const text =
      "ANKARA, Jan 15 (Reuters) - Turkey and Azerbaijan signed a memorandum of understanding on cooperation in renewable energy on Monday and said they would sign a new trade agreement later in the year.";
    expect(agreements(text)).toEqual([
      {
        type: "MEMORANDUM_OF_UNDERSTANDING",
        title: "Memorandum of Understanding on cooperation in renewable energy",
        parties: ["Turkey", "Azerbaijan"],
      },
    ]);
  });

  it("reads a list of signed documents, with parties from each between-clause", () => {
    const text = [
      "The following documents were signed during the visit:",
      "- Agreement between the Government of the Republic of Uzbekistan and the Government of the Republic of Korea on the Promotion and Protection of Investments;",
      "- Protocol on Amendments to the Convention between the Republic of Uzbekistan and the Republic of Korea for the Avoidance of Double Taxation;",
      "- Letter of Intent between the Uzbekistan Railways joint-stock company and the Korea Railroad Corporation on the modernisation of rolling stock;",
      "- Contract for the supply of 42 electric buses between the Tashkent City Administration and Hanbit Motor Company.",
    ].join("\n");
    expect(agreements(text)).toEqual([
      {
        type: "AGREEMENT",
        title: "Agreement on the Promotion and Protection of Investments",
        parties: ["Government of the Republic of Uzbekistan", "Government of the Republic of Korea"],
      },
      {
        type: "PROTOCOL",
        title: "Protocol on Amendments to the Convention for the Avoidance of Double Taxation",
        parties: ["Republic of Uzbekistan", "Republic of Korea"],
      },
      {
        type: "MEMORANDUM_OF_UNDERSTANDING",
        title: "Letter of Intent on the modernisation of rolling stock",
        parties: ["Uzbekistan Railways joint-stock company", "Korea Railroad Corporation"],
      },
      {
        type: "CONTRACT",
        title: "Contract for the supply of 42 electric buses",
        parties: ["Tashkent City Administration", "Hanbit Motor Company"],
      },
    ]);
  });

  it("ignores a list whose documents are still to be signed", () => {
    const text =
      "The following documents are expected to be signed:\n- Agreement on Visa Exemption;\n- Protocol on Consultations.";
    expect(agreements(text)).toEqual([]);
  });

  it("splits an enumeration of several agreements in one sentence", () => {
    const text =
      "On 4 July 2024 in Astana, Azerbaijan and China signed an Agreement on Civil Aviation, a Memorandum of Understanding on Cooperation in Tourism and a Protocol on Amendments to the Agreement on Trade.";
    expect(agreements(text)).toEqual([
      { type: "AGREEMENT", title: "Agreement on Civil Aviation", parties: ["Azerbaijan", "China"] },
      {
        type: "MEMORANDUM_OF_UNDERSTANDING",
        title: "Memorandum of Understanding on Cooperation in Tourism",
        parties: ["Azerbaijan", "China"],
      },
      { type: "PROTOCOL", title: "Protocol on Amendments to the Agreement on Trade", parties: ["Azerbaijan", "China"] },
    ]);
  });

  it("reads a quoted title and removes its between-clause", () => {
    const text =
      'The sides noted that the "Memorandum of Understanding between the Ministry of Digital Development of the Republic of Azerbaijan and the Ministry of Communications of Georgia on cooperation in satellite services" is being implemented.';
    expect(agreements(text)).toEqual([
      {
        type: "MEMORANDUM_OF_UNDERSTANDING",
        title: "Memorandum of Understanding on cooperation in satellite services",
        parties: [
          "Ministry of Digital Development of the Republic of Azerbaijan",
          "Ministry of Communications of Georgia",
        ],
      },
    ]);
  });

  it("mends a garbled quoted title whose modifier stands before its between-clause", () => {
    // Same shape as the seed's third agreement, different words: the general rule, not the string.
    const text =
      'They also welcomed the "Green Energy between the Ministry of Energy of the Republic of Azerbaijan and the Ministry of Energy of the Republic of Kazakhstan The Agreement on Joint Development of the Investment Plan for the Corridor".';
    expect(agreements(text)).toEqual([
      {
        type: "AGREEMENT",
        title: "Agreement on Joint Development of the Investment Plan for the Green Energy Corridor",
        parties: [
          "Ministry of Energy of the Republic of Azerbaijan",
          "Ministry of Energy of the Republic of Kazakhstan",
        ],
      },
    ]);
  });

  it("expands collective parties over the two countries acting", () => {
    const text =
      "Azerbaijan and Uzbekistan held talks. The agreement between the MFAs on visa-free travel for diplomats to the country and the reciprocity of this will help tourism. The memorandum between the ministries of agriculture on veterinary matters was also welcomed.";
    expect(agreements(text)).toEqual([
      {
        type: "AGREEMENT",
        title: "Agreement on visa-free travel for diplomats",
        parties: ["Ministry of Foreign Affairs of Azerbaijan", "Ministry of Foreign Affairs of Uzbekistan"],
      },
      {
        type: "MEMORANDUM_OF_UNDERSTANDING",
        title: "Memorandum on veterinary matters",
        parties: ["Ministry of Agriculture of Azerbaijan", "Ministry of Agriculture of Uzbekistan"],
      },
    ]);
  });

  it("maps a Master Franchise Agreement to AGREEMENT and takes the 'with' party", () => {
    const text =
      "Baku, 2023-11-20 — Caspian Coffee Company, the operator of the Mocha House chain, has signed a Master Franchise Agreement with Tbilisi-based Kartli Hospitality Group for the development of coffee shops.";
    expect(agreements(text)).toEqual([
      {
        type: "AGREEMENT",
        title: "Master Franchise Agreement",
        parties: ["Caspian Coffee Company", "Kartli Hospitality Group"],
      },
    ]);
  });

  it("maps a Joint Declaration and gives it the two states of its sentence", () => {
    const text =
      "The heads of state of the Republic of Azerbaijan and the People's Republic of China met. The heads of state of Azerbaijan and China issued a Joint Declaration on the Establishment of Strategic Partnership.";
    expect(agreements(text)).toEqual([
      {
        type: "JOINT_DECLARATION",
        title: "Joint Declaration on the Establishment of Strategic Partnership",
        parties: ["Republic of Azerbaijan", "People's Republic of China"],
      },
    ]);
  });

  it("does not repeat an agreement referred to again, nor count a headline mention", () => {
    const text =
      "Azerbaijan and Georgia sign agreement on transit\n\nAzerbaijan and Georgia signed an Agreement on International Transit. The Agreement on International Transit enters into force next year. The agreement was signed by the two ministers.";
    expect(agreements(text)).toEqual([
      { type: "AGREEMENT", title: "Agreement on International Transit", parties: ["Azerbaijan", "Georgia"] },
    ]);
  });

  it("reads a numbered list with named documents, company suffixes and purposes", () => {
    const text = [
      "As part of the transaction, the following agreements were signed on 2 October:",
      "1. Share Purchase Agreement between Silk Route Logistics A.Ş. and the shareholders of Anatolia Freight Ltd.;",
      "2. Transitional Services Agreement for a period of twelve months;",
      "3. Lease Contract for the Gebze logistics centre.",
    ].join("\n");
    expect(agreements(text)).toEqual([
      {
        type: "AGREEMENT",
        title: "Share Purchase Agreement",
        parties: ["Silk Route Logistics A.Ş.", "shareholders of Anatolia Freight Ltd."],
      },
      { type: "AGREEMENT", title: "Transitional Services Agreement", parties: [] },
      { type: "CONTRACT", title: "Lease Contract", parties: [] },
    ]);
  });

  it("keeps capitalised modifiers joined by 'and' in the title", () => {
    const text =
      "The parties welcomed the entry into force of the Comprehensive and Enhanced Partnership Agreement between the European Union and Armenia.";
    expect(agreements(text)).toEqual([
      {
        type: "AGREEMENT",
        title: "Comprehensive and Enhanced Partnership Agreement",
        parties: ["European Union", "Armenia"],
      },
    ]);
  });

  it("keeps the range of each agreement in the source", () => {
    const text = "The companies signed a Protocol on Technical Cooperation yesterday.";
    const [a] = extractRelease(text).agreements;
    expect(a).toBeDefined();
    expect(text.slice(a!.range[0], a!.range[1])).toBe("Protocol on Technical Cooperation");
  });
});

describe("isIntentOnly", () => {
  it("reads the last signing verb before the mention", () => {
    const s = "After they signed the MoU, the sides plan to sign a contract";
    expect(isIntentOnly(s, s.indexOf("MoU"))).toBe(false);
    expect(isIntentOnly(s, s.indexOf("contract"))).toBe(true);
  });
});

describe("splitParties", () => {
  it("splits at 'and the' before splitting at 'and' inside names", () => {
    expect(
      splitParties(
        "the Ministry of Economy of the Republic of Azerbaijan and the National Development and Reform Commission of the People's Republic of China",
      ),
    ).toEqual([
      "Ministry of Economy of the Republic of Azerbaijan",
      "National Development and Reform Commission of the People's Republic of China",
    ]);
    expect(splitParties("Azerbaijan, Georgia and Türkiye")).toEqual(["Azerbaijan", "Georgia", "Türkiye"]);
  });
});

describe("parties of a list of signed documents and names with 'and' inside", () => {
  it("splits 'Ministry of Road and Transport of Freedonia and Ministry of Ports of Sylvania' between the bodies", () => {
    expect(splitParties("Ministry of Road and Transport of Freedonia and Ministry of Ports of Sylvania")).toEqual([
      "Ministry of Road and Transport of Freedonia",
      "Ministry of Ports of Sylvania",
    ]);
    expect(splitParties("Ministry of Food, Agriculture and Light Industry and Ministry of Trade of Norway")).toEqual([
      "Ministry of Food, Agriculture and Light Industry",
      "Ministry of Trade of Norway",
    ]);
  });

  it("gives an item without parties those of the intro, and keeps its topic in the title", () => {
    const text =
      "After the talks, a signing ceremony of 3 agreements between Norway and Finland took place, with the following documents signed:\n\n" +
      "Intergovernmental agreement on hydropower cooperation,\n\n" +
      "Agreement between Norwegian Rail AS and Finnish Track Oy on maintenance of border lines,\n\n" +
      "Memorandum on tourism between the Norwegian Tourist Board and Visit Finland.";
    expect(agreements(text)).toEqual([
      {
        type: "AGREEMENT",
        title: "Intergovernmental agreement on hydropower cooperation",
        parties: ["Norway", "Finland"],
      },
      {
        type: "AGREEMENT",
        title: "Agreement on maintenance of border lines",
        parties: ["Norwegian Rail AS", "Finnish Track Oy"],
      },
      {
        type: "MEMORANDUM_OF_UNDERSTANDING",
        title: "Memorandum on tourism",
        parties: ["Norwegian Tourist Board", "Visit Finland"],
      },
    ]);
  });
});

describe("company wire releases", () => {
  it("reads 'X announced it has signed an exclusive sales and distribution agreement with Y'", () => {
    const text =
      "AUSTIN, Texas, May 2, 2023 (GLOBE NEWSWIRE) -- Quillon Diagnostics, Inc. (Nasdaq: QDX) announced it has signed an exclusive sales and distribution agreement with Meridia Health for the sale of its test kits in Brazil.";
    expect(agreements(text)).toEqual([
      {
        type: "AGREEMENT",
        title: "Exclusive Sales and Distribution Agreement",
        parties: ["Quillon Diagnostics, Inc.", "Meridia Health"],
      },
    ]);
  });

  it("reads 'A, a …, and B, a …, today announced the execution of a license agreement'", () => {
    const text =
      "Harbor Biotech Inc., a specialty pharmaceutical company, and Ridge Labs, a unit of Ridge Medical Center, today announced the execution of a license agreement.";
    expect(agreements(text)).toEqual([
      { type: "AGREEMENT", title: "License Agreement", parties: ["Harbor Biotech Inc.", "Ridge Labs"] },
    ]);
  });
});

describe("agreements named by type only, plurals and earlier signings", () => {
  const one = (body: string) => agreements(`OSLO, 3 May 2024 - ${body}`);

  it("reads 'A and B signed the contract' when no document was named before", () => {
    expect(one("Acme Shipping AS and Beta Ports Oy signed the contract on Monday.")).toEqual([
      { type: "CONTRACT", title: "Contract", parties: ["Acme Shipping AS", "Beta Ports Oy"] },
    ]);
  });

  it("reads 'Agreements were concluded between A and B' as one agreement of the pair", () => {
    expect(
      one(
        "Agreements were concluded between the Information Ministry of Norway and the Ministry of Culture of Finland.",
      ),
    ).toEqual([
      {
        type: "AGREEMENT",
        title: "Agreement",
        parties: ["Information Ministry of Norway", "Ministry of Culture of Finland"],
      },
    ]);
  });

  it("takes 'both the countries' and 'the two ministers' for the two states", () => {
    expect(
      one(
        "Norway and Finland held talks in Oslo. Both the countries also inked an MoU for cooperation on health research.",
      ).map((a) => a.parties),
    ).toEqual([["Norway", "Finland"]]);
    expect(
      one("Norway and Finland met. The two ministers signed a memorandum of understanding.").map((a) => a.parties),
    ).toEqual([["Norway", "Finland"]]);
  });

  it("does not count a signing dated in an earlier year in front of the sentence", () => {
    expect(one("In 2015 the two countries signed an agreement on fisheries.")).toEqual([]);
  });

  it("reads a count or a bare plural of documents signed as one summary, with the parties signing", () => {
    expect(one("Norway and Finland signed $40 million in bilateral agreements this week.")).toEqual([
      { type: "AGREEMENT", title: "Agreement", parties: ["Norway", "Finland"] },
    ]);
    expect(
      one("Norway and Finland held talks in Oslo. After the talks, twelve agreements were signed on trade and energy."),
    ).toEqual([{ type: "AGREEMENT", title: "Agreement", parties: ["Norway", "Finland"] }]);
  });

  it("takes 'the agreements' after a summary for the same documents", () => {
    expect(
      one(
        "The Tarn Relief Fund and the Government of Finland have signed agreements to fund school meals. Ana Ruiz, the Fund's director, signed the agreements with Ola Berg.",
      ),
    ).toEqual([{ type: "AGREEMENT", title: "Agreement", parties: ["Tarn Relief Fund", "Government of Finland"] }]);
  });

  it("does not make a proposal of a plural that sums up documents named elsewhere", () => {
    expect(one("In total, agreements worth more than 6 billion dollars were signed during the visit.")).toEqual([]);
  });
});

describe("long lower-case treaty titles", () => {
  it("keeps 'and the prevention of …' and 'with respect to …' in the topic", () => {
    const text =
      "ASHGABAT, 3 May 2024 - The presidents of Norway and Finland signed an agreement on the avoidance of double taxation and the prevention of tax evasion with respect to income taxes, and an agreement on trade.";
    expect(agreements(text).map((a) => a.title)).toEqual([
      "Agreement on the avoidance of double taxation and the prevention of tax evasion with respect to income taxes",
      "Agreement on trade",
    ]);
  });
});

describe("a day named after 'on' is a date", () => {
  it("does not take 'the agreement on the International Day of Literacy' for a title", () => {
    const text =
      "ISLAMABAD, 8 September 2024 - UNICEF and WFP signed an agreement on girls' education. Signing of the agreement on the International Day of Literacy has a special significance.";
    expect(agreements(text).map((a) => a.title)).toEqual(["Agreement on girls' education"]);
  });
});

describe("defined terms", () => {
  it("does not make a proposal of a defined term in brackets", () => {
    const text =
      'NEW YORK, May 3, 2024 - Acme Holdings announced that its board approved a stockholder plan (the "Plan Agreement") today.';
    expect(agreements(text)).toEqual([]);
  });
});

describe("running lists signed by delegations", () => {
  it("keeps 'on sports and the youth' whole and gives 'the two delegations' as the two states", () => {
    const text =
      "BAKU, 3 May 2024 - Norway and Finland signed documents. An MoU on sports and the youth, and an MoU on health were signed by the two delegations.";
    expect(agreements(text)).toEqual([
      { type: "MEMORANDUM_OF_UNDERSTANDING", title: "MoU on sports and the youth", parties: ["Norway", "Finland"] },
      { type: "MEMORANDUM_OF_UNDERSTANDING", title: "MoU on health", parties: ["Norway", "Finland"] },
    ]);
  });
});

describe("running lists of documents signed between two states", () => {
  const head =
    "Norway and Finland sign documents\n\nOSLO, 3 May 2024 - Prime Ministers Ola Berg of Norway and Aino Virtanen of Finland held talks in Oslo on Friday. ";
  const got = (sentence: string) =>
    agreements(`${head}${sentence}\n\nThe next meeting will be held in Helsinki.\n`).map((a) => [
      a.title,
      a.parties.join("; "),
    ]);

  it("reads one document per topic after 'the signing of agreements on …' and 'three agreements: on …'", () => {
    expect(
      got(
        "The leaders witnessed the signing of agreements on air services, on customs cooperation and on the mutual protection of investments.",
      ),
    ).toEqual([
      ["Agreement on air services", "Norway; Finland"],
      ["Agreement on customs cooperation", "Norway; Finland"],
      ["Agreement on the mutual protection of investments", "Norway; Finland"],
    ]);
    expect(
      got("The two countries signed three agreements: on air services, on education and on customs cooperation."),
    ).toHaveLength(3);
  });

  it("gives documents signed by no one named the two states, never 'the documents'", () => {
    expect(
      got(
        "The documents signed include the Agreement on Air Services, the Memorandum of Understanding on Cooperation in Education and the Protocol on Customs Cooperation.",
      ).map(([, p]) => p),
    ).toEqual(["Norway; Finland", "Norway; Finland", "Norway; Finland"]);
    expect(
      got("The visit saw the signing of the Agreement on Air Services and the Customs Cooperation Protocol.").map(
        ([, p]) => p,
      ),
    ).toEqual(["Norway; Finland", "Norway; Finland"]);
  });

  it("reads a list whose sentence ends 'were the eight agreements signed by the two delegations'", () => {
    expect(
      got(
        "An MoU on sports, an MoU on health cooperation, as well as an agreement on joint investment in a railway were the three agreements signed by the two delegations.",
      ).map(([t]) => t),
    ).toEqual(["MoU on sports", "MoU on health cooperation", "Agreement on joint investment in a railway"]);
  });
});

describe("a list of fields after a signed memorandum", () => {
  it("takes no document from bullet items that label a field and describe it", () => {
    const got = agreements(
      "Tarn University signs an MoU with Ovel State University\n\nOn 7 March 2024, Tarn University signed a memorandum of understanding with Ovel State University.\n\nThe MoU signed between the two universities aims to enhance collaboration in research and exchange. These include:\n\n  • Academic Partnerships: Field schools and articulation programmes.\n  • Customized Short-term Education Programmes: Offering short-term courses for students.\n",
    );
    expect(got.map((a) => a.title)).toEqual(["Memorandum of Understanding"]);
  });
});

describe("an amount instead of the article", () => {
  it("reads 'has signed N600 million Memorandum of Understanding with …' as a signing", () => {
    expect(
      agreements(
        "Sylvania work plan\n\nThe Ovel Children’s Fund has signed N600 million Memorandum of Understanding with Sylvania Government for the 2017 annual work plan.\n\nThe plan runs to December.",
      ).map((a) => a.parties),
    ).toEqual([["Ovel Children’s Fund", "Sylvania Government"]]);
  });
});
