/**
 * Issue 15, round 20: visit reports that sign several documents, the form the frozen halves'
 * aggregate errors name most ("several-agreements", "plural-unnamed-agreements", "visit-report").
 * Made-up releases written for this test: documents exchanged at a ceremony, a counted plural whose
 * topics follow a comma, and subjects that name no party ("Ministers", "a package of documents").
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));

const visit = (body: string) => `Prime Minister visits Hanoi\n\n${body}\n`;

describe("documents signed at a visit", () => {
  it("reads 'witnessed the exchange of' documents as their signing", () => {
    const text = visit(
      "Australia's Prime Minister and the Prime Minister of Vietnam witnessed the exchange of a memorandum of understanding on education.",
    );
    expect(agreements(text)).toEqual([
      { title: "Memorandum of Understanding on education", parties: ["Australia", "Vietnam"] },
    ]);
  });

  it("keeps an exchange of views on an agreement talk", () => {
    const text = visit(
      "Australia's Prime Minister and the Prime Minister of Vietnam held an exchange of views on the free trade agreement.",
    );
    expect(agreements(text)).toEqual([]);
  });

  it("counts off the topics that follow a comma after a counted plural", () => {
    const text = visit(
      "Australia and Vietnam signed four memoranda of understanding, on education, agriculture, defence industry and tourism.",
    );
    expect(agreements(text).map((a) => a.title)).toEqual([
      "Memorandum of Understanding on education",
      "Memorandum of Understanding on agriculture",
      "Memorandum of Understanding on defence industry",
      "Memorandum of Understanding on tourism",
    ]);
  });

  it("reads no list after a comma when the count does not match the topics", () => {
    const text = visit("Australia and Vietnam signed two agreements, on Tuesday, in Hanoi and Hue.");
    expect(agreements(text)).toEqual([{ title: "Agreement", parties: ["Australia", "Vietnam"] }]);
  });

  it("gives a package of documents no party: the two states whose talks it followed", () => {
    const text =
      "Russian-Turkish talks\n\nA package of intergovernmental and interdepartmental documents was signed following the Russian-Turkish talks, in particular a memorandum on cooperation in the field of tourism.\n";
    expect(agreements(text)).toEqual([
      { title: "Memorandum on cooperation in the field of tourism", parties: ["Russia", "Türkiye"] },
    ]);
  });

  it("takes 'Ministers' at a sentence's start for no party", () => {
    const text = visit(
      "The President and the Chancellor signed a Joint Declaration of Intent. Ministers also signed an agreement on energy.",
    );
    expect(agreements(text).find((a) => a.title === "Agreement on energy")?.parties).toEqual([]);
  });

  it("ends a lower-case topic before a purpose ('as a means of …') and takes 'Leaders further' for no party", () => {
    const text = visit(
      "Australia and Malaysia held talks in Canberra. Leaders further welcomed the signing of a Memorandum of Understanding on sports cooperation as a means of expanding people-to-people links.",
    );
    expect(agreements(text)).toEqual([
      { title: "Memorandum of Understanding on sports cooperation", parties: ["Australia", "Malaysia"] },
    ]);
  });
});

describe("documents of before, and names that only look like documents", () => {
  it("takes a document bearing an earlier year in brackets for one signed before", () => {
    const text =
      "Joint statement, 19 March 2015\n\nThe two leaders welcomed the Memorandum of Understanding on Defence Cooperation (2013), and witnessed the signing of the Arrangement on Food Safety between New Zealand and Viet Nam.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Arrangement on Food Safety"]);
  });

  it("reads 'looked forward to the signing of' as a signing still to come", () => {
    const text = visit(
      "Leaders looked forward to the signing of a Memorandum of Understanding on Civil Maritime Law Enforcement Operations between Australia and Malaysia.",
    );
    expect(agreements(text)).toEqual([]);
  });

  it("reads 'since the Declaration … was signed' as a signing of before", () => {
    const text = visit(
      "Four and a half months have passed since the Declaration of the Union State Supreme State Council was signed by Russia and Belarus.",
    );
    expect(agreements(text)).toEqual([]);
  });

  it("takes 'agreed that the … Agreements are the key' for a view shared, not a signing", () => {
    const text = visit(
      "The President of Belarus and I agreed that the Minsk Agreements are the key to restoring civil peace in Ukraine.",
    );
    expect(agreements(text)).toEqual([]);
  });

  it("keeps a document's name that qualifies something else ('Treaty of Waitangi claims') out", () => {
    const text =
      "Iwi sign letters\n\nThe agreements outline settlement packages that the parties have agreed will settle all their historical Treaty of Waitangi claims.\n";
    expect(agreements(text).map((a) => a.title)).not.toContain("Treaty of Waitangi");
  });

  it("keeps a treaty's forum ('the Conference of the Parties of the … Convention') out", () => {
    const text =
      "Emissions deal signed\n\nThe governments of New Zealand and Austria have signed a co-operation arrangement on emission reduction projects. They signed on Saturday during the 10th meeting of the Conference of the Parties of the United Nations Framework Convention on Climate Change.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Co-operation Arrangement on emission reduction projects"]);
  });

  it("keeps a document a release looks back on as 'recent' out", () => {
    const text = visit(
      "The two sides acknowledged the recent positive developments in defence cooperation such as the signing of the Defence Cooperation Action Plan between New Zealand and Viet Nam.",
    );
    expect(agreements(text)).toEqual([]);
  });

  it("reads 'consistent also with', 'forms part of' and 'international law, including' as references", () => {
    const text = visit(
      "The arrangement, signed in Hanoi, forms part of the Joint Plan of Action between New Zealand and Viet Nam. It is consistent also with the Bogor Declaration of Common Resolve. They called for disputes to be settled in accordance with international law, including the UN Convention on the Law of the Sea.",
    );
    expect(agreements(text).map((a) => a.title)).toEqual([]);
  });

  it("reads 'a possible free trade agreement' and 'an intention to accede to the Convention' as to come", () => {
    const text = visit(
      "Once the framework is signed, New Zealand and China will begin a feasibility study on a possible free trade agreement, and later on a possible Free Trade Agreement. The Prime Minister told the Summit of New Zealand's intention to accede to the Convention for the Suppression of Terrorist Bombings.",
    );
    expect(agreements(text)).toEqual([]);
  });

  it("takes a quoted partnership in a headline-like line for a relationship, not a document", () => {
    const text =
      "Joint statement\n\nTaking the New Zealand-Japan “Strategic Cooperative Partnership” to the Next Level\n\nThe two prime ministers held a productive meeting in Tokyo.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("lists of treaties with descriptions", () => {
  it("ends a list item's title at the sentence that describes it, and keeps a title-case topic after 'to the'", () => {
    const text = [
      "Millennium Summit",
      "",
      "The treaties which New Zealand signed are:",
      "",
      "· Optional Protocols to the Convention on the Rights of the Child. Designed to protect children in armed conflict.",
      "",
      "· Desertification Convention. This addresses the encroaching deserts.",
      "",
      "· Lease Contract for the Gebze logistics centre.",
      "",
    ].join("\n");
    expect(agreements(text).map((a) => a.title)).toEqual([
      "Optional Protocols to the Convention on the Rights of the Child",
      "Desertification Convention",
      "Lease Contract",
    ]);
  });
});

describe("documents a joint statement only refers to", () => {
  it("reads 'concluded the negotiations on a … Agreement' as talks ended, nothing signed", () => {
    const text = visit(
      "Our ministers signed the Supply Chain Agreement, and substantially concluded the negotiations on a Clean Economy Agreement and an innovative Fair Economy Agreement.",
    );
    expect(agreements(text).map((a) => a.title)).toEqual(["Supply Chain Agreement"]);
  });

  it("reads 'committed to', 'co-guarantors of', 'the terms of' and 'related agreements' as references", () => {
    const text = visit(
      "The United States and Ireland are unequivocally committed to the Good Friday Agreement. They are co-guarantors of the Belfast Agreement. Cooperation is governed by the terms of the Science Agreement signed in 2009 and related agreements.",
    );
    expect(agreements(text)).toEqual([]);
  });

  it("keeps 'the signing of the relevant memoranda' a signing told here", () => {
    const text = visit(
      "Ukraine and Qatar held talks in Kyiv. “We already have the first results – the signing of the relevant memoranda,” the President said.",
    );
    expect(agreements(text).map((a) => a.parties)).toEqual([["Ukraine", "Qatar"]]);
  });
});

describe("a list after 'the signing of four agreements … The agreements were:'", () => {
  it("reads its items, their names cut before what they are for, their parties before 'in education'", () => {
    const text = [
      "Visit of the Chairman",
      "",
      "After their meeting, the two witnessed the signing of four agreements to expand cooperation between Australia and China in education, trade and resources.",
      "",
      "The agreements were:",
      "",
      "* A bilateral Arrangement on Higher Education and Qualifications Recognition to provide guidance for the recognition of each other's qualifications.",
      "* A general cooperation agreement between EXIM Bank of China and Westpac Banking Corporation to promote close cooperation.",
      "",
    ].join("\n");
    expect(agreements(text)).toEqual([
      { title: "Arrangement on Higher Education and Qualifications Recognition", parties: ["Australia", "China"] },
      { title: "General cooperation agreement", parties: ["EXIM Bank of China", "Westpac Banking Corporation"] },
    ]);
  });
});

describe("documents on topics set off by semicolons", () => {
  it("reads 'signed cooperation documents on: A; B; and C' as one document a topic", () => {
    const text =
      "Joint statement\n\nDuring the visit, Australia and China signed cooperation documents on: prevention of illegal logging; protection of cultural relics; and education and training.\n";
    expect(agreements(text).map((a) => a.title)).toEqual([
      "Cooperation Document on prevention of illegal logging",
      "Cooperation Document on protection of cultural relics",
      "Cooperation Document on education and training",
    ]);
  });
});

describe("conclusions hoped for or noted, and texts agreed", () => {
  it("keeps 'the early conclusion of a … Free Trade Agreement', 'the recent … conclusion of the … Treaty' and a declaration 'agreed today' out", () => {
    const text = visit(
      "We reaffirmed the importance of the early conclusion of a high-quality Free Trade Agreement between ASEAN, Australia and New Zealand. The leaders noted the recent normalization of relations and the conclusion of the Friendship Treaty between China and Japan. The Leaders Declaration agreed today moved forward the commitment to trade.",
    );
    expect(agreements(text)).toEqual([]);
  });
});
