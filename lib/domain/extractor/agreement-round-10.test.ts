/**
 * Agreements in formats of embassy and news-agency releases (issue 15, round 10), written as made-up
 * releases: signatories with honorifics, one of them serving a named state; a plural "governments
 * of A and B" in lower case.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));

describe("signatories with honorifics", () => {
  it("reads past 'H.E. Mr.' and gives the other signatory the other state of the release", () => {
    const text =
      "Embassy of Japan in Kenya\n\nNairobi, January 23, 2020 – A grant agreement for the improvement of the port road was signed by H.E. Mr. Ryoichi Horie, Ambassador of Japan to Kenya, and Mr. Ukur Yatani, Cabinet Secretary for the National Treasury.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Japan", "Kenya"]]);
  });

  it("leaves signatories as they are when the release is not about two states", () => {
    const text =
      "Tarn University\n\nTarn, 3 May 2024 – A research agreement was signed by Prof. Ann Roe, Dean of Science, and Dr. Li Wei, Director of the Ovel Institute.\n";
    expect(agreements(text).flatMap((a) => a.parties)).not.toContain("Japan");
  });
});

describe("plural bodies in lower case", () => {
  it("splits 'the governments of A and B' into the two states' governments", () => {
    const text =
      "Accra, 9 December 2021 -- The governments of Ghana and Cote d'Ivoire on Thursday signed a memorandum of understanding on cocoa pricing, officials said.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Government of Ghana", "Government of Cote d'Ivoire"]]);
  });
});

describe("notes exchanged", () => {
  it("takes notes signed and exchanged by two governments as a document signed here", () => {
    const text =
      "Nairobi, January 23, 2020 – The Government of Japan and the Government of the Republic of Kenya signed and exchanged notes concerning a grant of 1.2 billion yen for the improvement of the port road.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([
      ["Government of Japan", "Government of the Republic of Kenya"],
    ]);
  });

  it("takes 'The Exchange of Notes was signed by …' after it for the same document", () => {
    const text =
      "Nairobi, January 23, 2020 – The Government of Japan and the Government of the Republic of Kenya signed and exchanged notes concerning a grant for the port road.\n\nThe Exchange of Notes was signed by H.E. Mr. Ryoichi Horie, Ambassador of Japan to Kenya, and Mr. Ukur Yatani, Cabinet Secretary for the National Treasury.\n";
    expect(agreements(text)).toHaveLength(1);
  });

  it("takes notes exchanged after an Exchange of Notes named before for the same document", () => {
    const text =
      "Nairobi, January 23, 2020 – An Exchange of Notes between Japan and Kenya on a grant for the port road was signed today.\n\nThe Government of Japan and the Government of Kenya exchanged notes concerning the grant at the Treasury.\n";
    expect(agreements(text)).toHaveLength(1);
  });

  it("takes no other notes", () => {
    const text =
      "Nairobi, January 23, 2020 – The ministers compared notes on the port road. Notes to editors: the Government of Japan and the Government of Kenya met on Monday.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("a document signed here beside one signed before", () => {
  it("keeps the document signed here when another, named after it, is dated before", () => {
    const text =
      "Lakeport, 8 May 2024 – Ovel City and Tarn City today signed a twinning agreement, upgraded from an MoU signed in 2019.\n";
    expect(agreements(text)).toEqual([{ title: "Twinning Agreement", parties: ["Ovel City", "Tarn City"] }]);
  });

  it("still drops a document dated before by its own verb", () => {
    const text =
      "Lakeport, 8 May 2024 – The mayors discussed the twinning agreement signed in 2019 between Ovel City and Tarn City.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("what stands before the parties", () => {
  it("leaves out an opening 'Under the framework …,' and reads 'the two cities' as the parties named before", () => {
    const text =
      "Lakeport, 8 May 2024 – Ovel City and Tarn City today signed a twinning agreement. Under the framework treaty between their countries, the two cities also signed a memorandum on school exchanges.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([
      ["Ovel City", "Tarn City"],
      ["Ovel City", "Tarn City"],
    ]);
  });

  it("ends a list of topics at 'according to'", () => {
    const text =
      "BEIJING, Sept. 3, 2024 -- China and Egypt on Tuesday signed agreements covering trade, agriculture and health, according to the Ministry of Commerce.\n";
    expect(agreements(text).map((a) => a.title)).toEqual([
      "Agreement on trade",
      "Agreement on agriculture",
      "Agreement on health",
    ]);
  });
});

describe("a topic in lower case", () => {
  it("ends at the day of the signing", () => {
    const text = "Ovel and Tarn sign deal\n\nOvel and Tarn signed an agreement on trade on 4 March 2022 in Lakeport.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Agreement on trade"]);
    const us = "Ovel and Tarn sign deal\n\nOvel and Tarn signed an agreement on trade on March 4, 2022 in Lakeport.\n";
    expect(agreements(us).map((a) => a.title)).toEqual(["Agreement on trade"]);
  });
});

describe("documents an obligation is held under", () => {
  it("takes no document the signatories are committed to, nor the ones listed after it", () => {
    const text =
      "LAKEPORT, 3 May 2024 – Sylvania signed the Lunar Accords on Tuesday. The Accords strengthen the commitment by Freedonia and the signatory nations to the Registration Convention, the Rescue and Return Agreement, as well as best practices for sharing data.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Lunar Accords"]);
  });

  it("still takes documents listed after a signing verb", () => {
    const text =
      "LAKEPORT, 3 May 2024 – Freedonia and Sylvania signed the Fisheries Agreement, the Transport Agreement and the Tourism Agreement.\n";
    expect(agreements(text)).toHaveLength(3);
  });
});

describe("news-agency subjects (batch 22 development formats, made up)", () => {
  it("leaves out an opening date with its year ('On September 19, 2018,')", () => {
    const text =
      "Ovel news\n\nOn September 19, 2018, Cyprus and Egypt signed an agreement to export gas through two ports.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Cyprus", "Egypt"]]);
  });

  it("reads the name after what kind of body it is ('the Greek gas producer Energean')", () => {
    const text =
      "Ovel news\n\nEarlier that day, the Greek gas producer Energean signed a letter of intent with the Greek gas supplier DEPA.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Energean", "DEPA"]]);
  });
});

describe("documents named by what they concern", () => {
  it("reads one document per topic of 'The documents signed … concern cooperation on A, B, and C'", () => {
    const text =
      "Talks between Norway and Finland\n\nA package of documents was signed during the visit. The documents signed by respective agencies of the two countries concern cooperation on exchanging satellite data, sharing experience in digital transformation, and training personnel for nuclear power plants.\n";
    expect(agreements(text)).toEqual([
      { title: "Document on exchanging satellite data", parties: ["Norway", "Finland"] },
      { title: "Document on sharing experience in digital transformation", parties: ["Norway", "Finland"] },
      { title: "Document on training personnel for nuclear power plants", parties: ["Norway", "Finland"] },
    ]);
  });

  it("takes no documents a sentence only discusses", () => {
    const text =
      "Freedonia and Sylvania\n\nThe ministers discussed documents that concern trade, tourism and health.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("batch 23 development formats, made up", () => {
  it("ends parties at 'to' + a verb", () => {
    const text =
      "Peters signs agreement with France\n\nThe signing of an agreement between New Zealand and France to cooperate on maritime surveillance makes a significant contribution to the region, says the minister.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["New Zealand", "France"]]);
  });

  it("ends a topic in lower case at what the document does", () => {
    const text =
      "Peters signs agreement with France\n\nToday New Zealand and France signed an agreement on maritime surveillance and illegal fishing that makes a significant contribution to the region.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Agreement on maritime surveillance and illegal fishing"]);
  });

  it("takes no document from what an earlier one was called", () => {
    const text =
      "Wellington, 3 May 2024 – New Zealand and Australia signed a Sustainable Trade Declaration today. “When CER was signed in 1983, it was hailed as a world-leading agreement,” the minister said.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Sustainable Trade Declaration"]);
  });
});

describe("a plural document signed with several others", () => {
  it("is one document with each of them", () => {
    const text =
      "Wellington, 3 May 2024 – New Zealand has signed additional side letters with Brunei Darussalam, Malaysia, Peru and Viet Nam.\n";
    expect(agreements(text)).toEqual(
      ["Brunei Darussalam", "Malaysia", "Peru", "Viet Nam"].map((c) => ({
        title: "Side Letter",
        parties: ["New Zealand", c],
      })),
    );
    const two = "Tarn, 3 May 2024 – Tarn University signed agreements with Ovel University and Zeta College.\n";
    expect(agreements(two).map((a) => a.parties)).toEqual([
      ["Tarn University", "Ovel University"],
      ["Tarn University", "Zeta College"],
    ]);
  });

  it("keeps one document signed with one other", () => {
    const text = "Tarn, 3 May 2024 – Tarn University signed agreements with Ovel University on student exchange.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Tarn University", "Ovel University"]]);
  });
});

describe("visit reports with several documents (made up, Kremlin style)", () => {
  const H =
    "Talks between the President of Russia and the President of Kazakhstan\n\nThe President of Russia held talks with President of Kazakhstan Kassym-Jomart Tokayev. ";

  it("keeps the topic after a word that only classifies the document", () => {
    expect(
      agreements(
        H +
          "Following the talks, the sides signed an intergovernmental agreement on cooperation in geological exploration.\n",
      ).map((a) => a.title),
    ).toEqual(["Intergovernmental Agreement on cooperation in geological exploration"]);
  });

  it("reads every document listed after 'the signing of eight documents:'", () => {
    const text =
      H +
      "The two leaders also witnessed the signing of eight documents: agreements on customs and on transport, memorandums on education, health and tourism, and a plan of consultations between the foreign ministries.\n";
    expect(agreements(text).map((a) => a.title)).toEqual([
      "Agreement on customs",
      "Agreement on transport",
      "Memorandum on education",
      "Memorandum on health",
      "Memorandum on tourism",
      "Plan",
    ]);
  });

  it("gives 'Also signed were …' the parties of the document before", () => {
    const text =
      "Talks\n\nRussia and Kazakhstan signed an agreement on trade. Also signed were an agreement on labour migration and a memorandum of understanding on space research.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([
      ["Russia", "Kazakhstan"],
      ["Russia", "Kazakhstan"],
      ["Russia", "Kazakhstan"],
    ]);
  });

  it("reads 'Among them are …' after a sentence that tells of bilateral documents signed", () => {
    const text =
      H +
      "A package of bilateral documents was signed in the presence of the two heads of state. Among them are an agreement on military-technical cooperation and a memorandum on cooperation in the field of energy.\n";
    expect(agreements(text)).toEqual([
      { title: "Agreement on military-technical cooperation", parties: ["Russia", "Kazakhstan"] },
      { title: "Memorandum on cooperation in the field of energy", parties: ["Russia", "Kazakhstan"] },
    ]);
  });

  it("takes nothing from 'They include …' after documents adopted, not signed", () => {
    const text =
      H +
      "A joint statement and a package of documents have been adopted within the framework of the visit. They include an intergovernmental agreement on cooperation in competition policy.\n";
    expect(agreements(text).map((a) => a.title)).not.toContain(
      "Intergovernmental Agreement on cooperation in competition policy",
    );
  });
});

describe("documents summed up", () => {
  it("proposes 'More than 20 documents were signed' as the two states' documents when none is named", () => {
    const text =
      "Talks between the President of Russia and the President of Kazakhstan\n\nThe President of Russia held talks with President of Kazakhstan Kassym-Jomart Tokayev. More than 20 documents were signed following the talks.\n";
    expect(agreements(text)).toEqual([{ title: "Documents", parties: ["Russia", "Kazakhstan"] }]);
  });

  it("does not add them beside a document that is named", () => {
    const text =
      "Talks\n\nRussia and Kazakhstan signed an agreement on trade. More than 20 documents were signed following the talks.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Agreement on trade"]);
  });
});

describe("signatories named after the document (made up)", () => {
  it("reads 'Signing the agreement were Mr A, Chairman of X, and Ms B, CEO of Y' as X and Y", () => {
    const text =
      "Tarn news\n\nTarn, 3 May 2024 – A supply agreement was signed at the ceremony. Signing the agreement were Mr Tom Reed, Chairman of Acme Ltd, and Ms Jane Poe, CEO of Zeta Inc.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Acme Ltd", "Zeta Inc"]]);
  });

  it("reads 'The grant agreement was signed on behalf of A by X and on behalf of B by Y'", () => {
    const text =
      "Nairobi, 3 May 2024 – The grant agreement was signed on behalf of the Government of Japan by Ambassador Ryoichi Horie and on behalf of the Government of Kenya by Cabinet Secretary Ukur Yatani.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Japan", "Kenya"]]);
  });
});

describe("documents a transcript's speaker says were signed (made up)", () => {
  const H =
    "Press statements following Russian-Kazakhstani talks\n\nVladimir Putin and Kassym-Jomart Tokayev made press statements. ";

  it("gives 'we signed' in a release about two states to the two", () => {
    const text =
      H +
      "President of Russia Vladimir Putin: Mr President, ladies and gentlemen, today we signed an intergovernmental agreement on cooperation in the nuclear sector and a memorandum on education.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([
      ["Russia", "Kazakhstan"],
      ["Russia", "Kazakhstan"],
    ]);
  });

  it("takes neither the speaker's label nor the people addressed for a party", () => {
    const text =
      H +
      "President of Russia Vladimir Putin: Colleagues, a package of documents has been signed today, including an agreement on labour migration.\n";
    expect(
      agreements(text)
        .flatMap((a) => a.parties)
        .join(" "),
    ).not.toMatch(/Putin|Colleagues/);
  });
});

describe("old transcripts (made up)", () => {
  const text =
    "PRIME MINISTER\n\nFOR PRESS 3 MAY 1974\n\nThe Prime Minister, Mr Whitlam, announced today that Australia and Japan had signed an agreement on cultural\ncooperation.\n";

  it("reads the date after 'FOR PRESS'", () => {
    expect(extractRelease(text).dateline.date).toBe("1974-05-03");
  });

  it("reads the subject of what was announced, and a topic over a wrapped line", () => {
    expect(agreements(text)).toEqual([{ title: "Agreement on cultural cooperation", parties: ["Australia", "Japan"] }]);
  });
});
